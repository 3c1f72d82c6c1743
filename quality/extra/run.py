"""Score claimcheck on this project's own gold cases (quality/extra/cases).

Each case folder holds ``sources/*.txt`` and ``labels.json``, written in the gold
format of ../shared/eval/README.md (named apart from ``gold.json`` so the
project's own data is never mistaken for a copy of the shared eval set). This
script assembles them into a temporary set (sources linked, labels copied to
``gold.json``) and runs ``claimcheck eval`` on it; extra arguments go to eval
(``--details``, ``--json FILE``, ``--config FILE``).

    .venv/bin/python quality/extra/run.py --details
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"


def build(target: Path) -> Path:
    """Write the set into ``target`` (``target/cases/<case>``) and return ``target``."""
    for case in sorted(p for p in CASES.iterdir() if (p / "labels.json").is_file()):
        folder = target / "cases" / case.name
        folder.mkdir(parents=True)
        (folder / "sources").symlink_to(case / "sources", target_is_directory=True)
        shutil.copyfile(case / "labels.json", folder / "gold.json")
    return target


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="claimcheck-extra-") as tmp:
        target = build(Path(tmp) / "extra")
        exe = Path(sys.executable).parent / "claimcheck"
        return subprocess.call([str(exe), "eval", str(target), "-q", *sys.argv[1:]])


if __name__ == "__main__":
    raise SystemExit(main())
