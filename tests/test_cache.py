"""The cache folder's inventory and pruning (`claimcheck.cache`, `claimcheck cache`).

Built on scratch folders with fake exports and real SQLite rows: no model loads.
"""

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from claimcheck import cache, embed
from claimcheck.cli import app
from claimcheck.slots import names

runner = CliRunner()
OLD_EXPORT = "minilm-l6-v2-0.0.9-ort1.0.0-torch1.0.0+cpu-int8"


def _export(folder, name, manifest=True):
    path = folder / name
    path.mkdir(parents=True)
    (path / embed.ONNX_FILE).write_bytes(b"x" * 1000)
    if manifest:
        (path / embed.ONNX_MANIFEST).write_text(json.dumps({"model_package": "test"}), "utf-8")
    return path


def _rows(folder, backend, key, texts):
    store = embed.EmbeddingCache(folder / embed.CACHE_DB_NAME)
    vectors = [np.full(4, i, dtype=np.float32) for i, _ in enumerate(texts)]
    items = [
        (embed.text_digest(t), embed._to_bytes(v)) for t, v in zip(texts, vectors, strict=False)
    ]
    store.put_many(backend, key, items)
    store.close()


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A cache folder with one current and one stale entry of each kind."""
    monkeypatch.setenv(embed.CACHE_ENV, str(tmp_path))
    onnx, torch = embed.OnnxEmbedder(root=tmp_path), embed.TorchEmbedder()
    _export(tmp_path, embed.onnx_model_key())
    _export(tmp_path, OLD_EXPORT)
    _export(tmp_path, "minilm-half-built", manifest=False)  # another run's export in progress
    _rows(tmp_path, onnx.name, onnx.model_key, ["a b c d", "e f g h"])
    _rows(tmp_path, torch.name, torch.model_key, ["a b c d"])
    _rows(tmp_path, onnx.name, OLD_EXPORT, ["a b c d", "x y z w", "q r s t"])
    current_geo = names.geonames_cache_name() or "geonames-none.json"
    (tmp_path / current_geo).write_text("{}", "utf-8")
    (tmp_path / "geonames-0.0.1-v1.json").write_text("{}", "utf-8")
    return tmp_path


def _flags(report):
    return {(e.kind, e.name): e.current for e in report.entries}


def test_inspect_marks_what_this_install_reads(folder):
    report = cache.inspect_cache(folder)
    flags = _flags(report)
    onnx = embed.OnnxEmbedder(root=folder)
    assert flags[("export", embed.onnx_model_key())] is True
    assert flags[("export", OLD_EXPORT)] is False
    # An export without its manifest is another run's build in progress: not listed.
    assert not any("half-built" in name for _, name in flags)
    assert flags[("embeddings", f"{onnx.name} {onnx.model_key}")] is True
    assert flags[("embeddings", f"{onnx.name} {OLD_EXPORT}")] is False
    assert flags[("geonames", "geonames-0.0.1-v1.json")] is False
    stale = {e.name: e for e in report.stale}
    assert stale[f"{onnx.name} {OLD_EXPORT}"].vectors == 3
    assert len(report.stale) == 3


def test_prune_removes_only_stale_entries_and_keeps_current_vectors(folder):
    onnx = embed.OnnxEmbedder(root=folder)
    removed = cache.prune_cache(folder)
    assert sorted(e.kind for e in removed.entries) == ["embeddings", "export", "geonames"]
    assert not (folder / OLD_EXPORT).exists()
    assert (folder / embed.onnx_model_key() / embed.ONNX_MANIFEST).is_file()
    assert (folder / "minilm-half-built").is_dir()
    assert not (folder / "geonames-0.0.1-v1.json").exists()
    store = embed.EmbeddingCache(folder / embed.CACHE_DB_NAME)
    kept = store.get_many(onnx.name, onnx.model_key, [embed.text_digest("e f g h")])
    gone = store.get_many(onnx.name, OLD_EXPORT, [embed.text_digest("x y z w")])
    store.close()
    assert np.frombuffer(kept[embed.text_digest("e f g h")], dtype="<f4").tolist() == [1.0] * 4
    assert gone == {}
    assert cache.inspect_cache(folder).stale == ()
    assert cache.prune_cache(folder).entries == ()


def test_a_missing_folder_is_an_empty_cache(tmp_path):
    assert cache.inspect_cache(tmp_path / "nowhere").entries == ()


def test_cli_lists_and_prunes(folder):
    listed = runner.invoke(app, ["cache"])
    assert listed.exit_code == 0, listed.output
    assert f"cache folder: {folder}" in listed.output
    assert "stale: 3 entries" in listed.output and "--prune" in listed.output
    pruned = runner.invoke(app, ["cache", "--prune"])
    assert pruned.exit_code == 0, pruned.output
    assert "removed 3 stale entries" in pruned.output
    again = runner.invoke(app, ["cache", "--prune"])
    assert again.exit_code == 0 and "nothing stale to remove" in again.output


def test_cli_a_corrupt_embedding_cache_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setenv(embed.CACHE_ENV, str(tmp_path))
    (tmp_path / embed.CACHE_DB_NAME).write_bytes(b"not a database" * 100)
    result = runner.invoke(app, ["cache"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[-1].startswith("claimcheck: error: ") and "embedding cache" in lines[-1]
    assert "Traceback" not in result.output


def test_prune_beside_a_run_reading_the_cache_does_not_wait_for_it(folder):
    import sqlite3
    import time

    onnx = embed.OnnxEmbedder(root=folder)
    reader = sqlite3.connect(folder / embed.CACHE_DB_NAME)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM embeddings").fetchone()  # holds a read transaction
    try:
        began = time.perf_counter()
        removed = cache.prune_cache(folder)
        waited = time.perf_counter() - began
    finally:
        reader.rollback()
        reader.close()
    assert len(removed.entries) == 3
    assert waited < 10, "compacting gives up quickly instead of waiting 30 s"
    store = embed.EmbeddingCache(folder / embed.CACHE_DB_NAME)
    assert store.get_many(onnx.name, OLD_EXPORT, [embed.text_digest("x y z w")]) == {}
    store.close()


@pytest.mark.slow
def test_a_damaged_embeddings_file_is_said_on_stderr_and_the_report_is_the_same(
    tmp_path, session_cache_dir, embedder
):
    """QA pass 16: a damaged cache was skipped in silence by the CLI, and
    `claimcheck cache` then failed without saying what to do."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    seeds = [str(root / "seeds" / "RFERL.txt"), str(root / "seeds" / "DW.txt")]
    embedder.embed(["The export exists once this has run."])
    for export in Path(session_cache_dir).glob("minilm-*"):
        (tmp_path / export.name).symlink_to(export)  # the model, not the vectors
    (tmp_path / "embeddings.sqlite3").write_bytes(b"not a database, " * 1000)
    env = {**__import__("os").environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path)}
    out = tmp_path / "r.md"
    run = subprocess.run(
        [sys.executable, "-m", "claimcheck", "compare", *seeds, "-q", "-o", str(out)],
        capture_output=True, text=True, cwd=root, env=env,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Embedding cache" in run.stderr and "Fix: delete the file" in run.stderr
    assert out.read_text(encoding="utf-8") == (root / "reports" / "seeds.md").read_text(
        encoding="utf-8"
    )
    listing = subprocess.run(
        [sys.executable, "-m", "claimcheck", "cache"], capture_output=True, text=True, env=env
    )
    assert listing.returncode == 2 and "Fix: delete the file" in listing.stderr
