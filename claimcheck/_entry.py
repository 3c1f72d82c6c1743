"""The ``claimcheck`` script: the CLI, and a quiet exit on Ctrl-C while it loads.

`claimcheck.cli` turns an interrupt during a run into exit 130 without a
traceback (click's abort); an interrupt in the first fraction of a second,
while Python is still importing it, would print a ``KeyboardInterrupt``
traceback. This wrapper covers that window.
"""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def main() -> None:
    """Entry point for the ``claimcheck`` script and ``python -m claimcheck``."""
    try:
        from claimcheck.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("claimcheck: interrupted\n")
        raise SystemExit(EXIT_INTERRUPTED) from None
    run()
