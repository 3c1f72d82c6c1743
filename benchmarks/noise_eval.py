"""Measure the cleaner and the splitter against the eval gold (dev + seeds).

Prints per source and in total:

* noise recall: gold noise lines that the cleaner dropped;
* content loss: lines holding a gold content quote that the cleaner dropped;
* other dropped: dropped lines that are neither (should be 0);
* splitter match: gold sentences (``validate.py``'s splitter, run on every
  body line) whose span our splitter reproduces exactly.

Usage: ``python benchmarks/noise_eval.py [-v]``. Reads ``../shared/eval`` next
to the repository; nothing is copied.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from claimcheck.clean import clean_source
from claimcheck.load import load_source
from claimcheck.records import Source
from claimcheck.split import split_sentences

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
CONTENT_KEYS = ("pairs", "single_source", "hard_negatives", "single_source_clauses")


def load_validate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_validate", EVAL / "validate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def eval_source(path: Path) -> Source:
    """Load a source the way the pipeline does."""
    return load_source(path)


def content_quotes(gold: dict, source: str) -> list[str]:
    out = []
    for key in CONTENT_KEYS:
        for item in gold.get(key) or []:
            for side in (item, item.get("a"), item.get("b")):
                if isinstance(side, dict) and side.get("source") == source and "quote" in side:
                    out.append(side["quote"])
    return out


def stripped_line_spans(doc) -> list[tuple[int, int]]:
    spans = []
    for start, _end, line in doc.line_spans:
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(line.strip())))
    return spans


def gold_sentence_spans(doc) -> set[tuple[int, int]]:
    spans = set()
    for start, end, seg, _line in doc.sentences:
        lead = doc.text[start:end].find(seg)
        spans.add((start + lead, start + lead + len(seg)))
    return spans


def main(verbose: bool = False) -> int:
    validate = load_validate()
    checker = validate.Validator(".", quiet=True)
    totals: Counter[str] = Counter()
    for gold_path in sorted(EVAL.glob("*/cases/*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for src_path in sorted((gold_path.parent / "sources").glob("*.txt")):
            doc = validate.Doc(src_path)
            source = eval_source(src_path)
            noise = set()
            for item in gold["noise"]:
                if item["source"] == source.id:
                    noise |= checker.noise_lines("-", doc, item["quote"], "noise")
            content = {doc.line_index(doc.text.find(q)) for q in content_quotes(gold, source.id)}
            _kept, dropped = clean_source(source)
            dropped_lines = {doc.line_index(d.start) for d in dropped if d.start >= doc.body_start}
            hit, lost = noise & dropped_lines, content & dropped_lines
            other, missed = dropped_lines - noise - content, noise - dropped_lines

            ours = {(s.start, s.end) for s in split_sentences(source, stripped_line_spans(doc))}
            gold_sents = gold_sentence_spans(doc)
            same = gold_sents & ours

            totals.update(
                noise=len(noise),
                hit=len(hit),
                content=len(content),
                lost=len(lost),
                other=len(other),
                sents=len(gold_sents),
                same=len(same),
            )
            print(
                f"{gold_path.parent.name[:22]:22} {source.id:22} noise {len(hit):2}/{len(noise):2}"
                f"  lost {len(lost)}  other {len(other)}  split {len(same)}/{len(gold_sents)}"
            )
            if verbose:
                for label, lines in (("MISSED", missed), ("LOST", lost), ("OTHER", other)):
                    for li in sorted(lines):
                        print(f"   {label:7}", doc.line_spans[li][2].strip())
                for a, b in sorted(gold_sents - ours):
                    print("   GOLD SENTENCE:", doc.text[a:b])
                for a, b in sorted(ours - gold_sents):
                    print("   OUR SENTENCE: ", doc.text[a:b])
    t = totals
    print(
        f"\nnoise recall {t['hit'] / t['noise']:.3f} ({t['hit']}/{t['noise']})"
        f"  content loss {t['lost']}/{t['content']}  other dropped {t['other']}"
        f"  splitter match {t['same'] / t['sents']:.3f} ({t['same']}/{t['sents']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(verbose="--verbose" in sys.argv or "-v" in sys.argv))
