"""Score `claimcheck check` on drafts written for this project (not tuned on).

../shared/eval has one draft (dev03). The drafts here are written against the
sources of the other dev cases, the seeds and quality/extra, in the gold format of ../shared/eval/README.md:
``<case>.txt`` is the draft and ``<case>.json`` holds its ``draft`` entries.
This script assembles each into a temporary case (the shared sources linked,
never copied) and runs ``claimcheck eval`` on them; extra arguments go to eval
(``--details``, ``--json FILE``). Only the "check (draft)" table means anything
here: the compare table scores the shared gold pairs as usual.

    .venv/bin/python quality/drafts/run.py --details
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED_EVAL = HERE.parents[1].parent / "shared" / "eval"


def build(target: Path) -> None:
    for entries in sorted(HERE.glob("*.json")):
        case = entries.stem
        roots = [SHARED_EVAL / "dev", SHARED_EVAL / "seeds", HERE.parent / "extra"]
        found = [root / "cases" / case for root in roots if (root / "cases" / case).is_dir()]
        if not found:
            sys.exit(
                f"run.py: error: case {case} not found under {SHARED_EVAL} (../shared beside the repo?)"
            )
        shared = found[0]
        folder = target / "cases" / case
        folder.mkdir(parents=True)
        (folder / "sources").symlink_to(shared / "sources", target_is_directory=True)
        (folder / "draft.txt").write_text((HERE / f"{case}.txt").read_text("utf-8"), "utf-8")
        gold_file = (
            shared / "gold.json" if (shared / "gold.json").is_file() else shared / "labels.json"
        )
        gold = json.loads(gold_file.read_text("utf-8"))
        gold["draft"] = json.loads(entries.read_text("utf-8"))["draft"]
        (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), "utf-8")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="claimcheck-drafts-") as tmp:
        build(Path(tmp) / "drafts")
        exe = Path(sys.executable).parent / "claimcheck"
        return subprocess.call([str(exe), "eval", str(Path(tmp) / "drafts"), "-q", *sys.argv[1:]])


if __name__ == "__main__":
    raise SystemExit(main())
