"""claimcheck: cross-reference news reports about one event.

The public surface is small: `compare` and `check` run the pipeline on files,
`compare_sources` on loaded `Source` records, and the records they return.
Names are imported on first use so ``import claimcheck`` (and the CLI's
``--help``) stays fast.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = [
    "CheckReport",
    "ClaimcheckError",
    "Report",
    "Settings",
    "Source",
    "__version__",
    "check",
    "check_to_dict",
    "compare",
    "compare_sources",
    "load_sources",
    "pairs_frame",
    "report_to_dict",
]

_LAZY = {
    "compare": "claimcheck.api",
    "check": "claimcheck.api",
    "compare_sources": "claimcheck.api",
    "load_sources": "claimcheck.load",
    "Report": "claimcheck.records",
    "CheckReport": "claimcheck.records",
    "Source": "claimcheck.records",
    "report_to_dict": "claimcheck.render.tabular",
    "check_to_dict": "claimcheck.render.tabular",
    "pairs_frame": "claimcheck.render.tabular",
    "Settings": "claimcheck.settings",
    "ClaimcheckError": "claimcheck.errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    """The public names too, though they are imported on first use (tab completion)."""
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})
