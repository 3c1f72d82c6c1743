"""Write reports atomically: all outputs are rendered first, then each is written to
a temporary file beside its target and renamed over it, so a failed or
interrupted run leaves the previous report intact."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from claimcheck.errors import OutputError


def check_writable(path: Path) -> None:
    """Raise `OutputError` now if ``path`` cannot be written, before any work is done."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name for the report")
    if not parent.is_dir():
        raise OutputError(f"{path}: folder {parent} does not exist; create it first")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(f"{path}: not writable; choose another output path")


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and rename."""
    check_writable(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def write_outputs(outputs: Mapping[Path, str]) -> None:
    """Write several rendered outputs; every target is checked before the first write."""
    for path in outputs:
        check_writable(path)
    for path, text in outputs.items():
        write_atomic(path, text)
