import os
import sys
import time
from pathlib import Path

import pytest

from claimcheck import api, judge, memo, parallel
from claimcheck.embed import HashEmbedder

ROOT = Path(__file__).resolve().parents[1]


def _squares(chunk):
    return [(x, x * x, os.getpid()) for x in chunk]


@pytest.fixture
def forked(monkeypatch):
    """Fork for any input size, in small chunks, on two workers."""
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    monkeypatch.setattr(judge, "PARALLEL_MIN_PAIRS", 1)
    monkeypatch.setattr(parallel, "CHUNK", 3)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    monkeypatch.delenv(parallel.WORKERS_ENV, raising=False)
    if not parallel._can_fork():
        pytest.skip("no fork on this platform: map_chunks runs in process")


def test_chunks_come_back_in_order_from_other_processes(forked):
    items = list(range(20))
    out = parallel.map_chunks(_squares, items)
    assert [(x, y) for x, y, _pid in out] == [(x, x * x) for x in items]
    assert {pid for *_, pid in out} - {os.getpid()}, "the chunks ran in worker processes"


def _frozen(chunk):
    import gc

    return [gc.get_freeze_count() for _ in chunk]


def test_workers_see_the_parents_objects_frozen_and_the_parent_gets_them_back(forked):
    import gc

    before = gc.get_freeze_count()
    out = parallel.map_chunks(_frozen, list(range(9)))
    # In the workers the parent's objects sit in the permanent generation (their
    # collections skip them, so the parent's pages are not copied); afterwards
    # the parent's collector sees them again.
    assert min(out) > before
    assert gc.get_freeze_count() == before


def test_one_worker_or_a_small_input_runs_in_process(forked, monkeypatch):
    seen = []

    def record(chunk):
        seen.extend(chunk)
        return list(chunk)

    assert parallel.map_chunks(record, [1, 2, 3], min_items=10) == [1, 2, 3]
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    assert parallel.workers() == 1
    assert parallel.map_chunks(record, [4, 5, 6, 7]) == [4, 5, 6, 7]
    assert seen == [1, 2, 3, 4, 5, 6, 7], "in process: the side effects are visible"


def test_a_result_count_that_does_not_match_is_an_error(forked):
    with pytest.raises(ValueError, match="results for"):
        parallel.map_chunks(lambda chunk: list(chunk)[:1], list(range(7)))


def test_a_malformed_worker_cap_is_ignored(monkeypatch):
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    monkeypatch.setenv(parallel.WORKERS_ENV, "many")
    assert parallel.workers() == 2


def test_alignment_and_judging_give_the_same_report_in_worker_processes(forked, monkeypatch):
    """The pair loops of align and judge run chunked in forked workers on large
    inputs; forced onto them here, a project case gives the report one process gives."""
    case = ROOT / "quality" / "extra" / "cases" / "new26-nvidia-results"
    paths = sorted((case / "sources").iterdir())
    embedder = HashEmbedder(dim=128)
    spread = api.compare(paths, embedder=embedder)
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    alone = api.compare(paths, embedder=embedder)
    assert spread.pairs == alone.pairs
    assert len(alone.pairs) > parallel.CHUNK, "enough pairs for several chunks"


def _dies_in_a_worker(chunk):
    if os.getpid() != _PARENT:
        os._exit(1)  # a worker killed mid-run (out of memory, a signal)
    return [x + 1 for x in chunk]


_PARENT = os.getpid()


def test_a_worker_that_dies_falls_back_to_the_loop_in_process(forked):
    assert parallel.map_chunks(_dies_in_a_worker, list(range(10))) == list(range(1, 11))


def test_two_threads_mapping_at_once_each_get_their_own_results(forked):
    from concurrent.futures import ThreadPoolExecutor

    def run(offset):
        return parallel.map_chunks(lambda chunk: [x + offset for x in chunk], list(range(30)))

    with ThreadPoolExecutor(2) as threads:
        first, second = threads.map(run, (1000, 2000))
    assert first == [x + 1000 for x in range(30)]
    assert second == [x + 2000 for x in range(30)]


class _StuckStream:
    """A standard stream whose lock another thread of the parent held at the
    fork: in a child, flushing it waits forever (the parent flushes before it
    forks, so it is not stuck there)."""

    def write(self, text):
        return len(text)

    def flush(self):
        if os.getpid() != _PARENT:
            time.sleep(3600)


def test_workers_do_not_wait_on_streams_the_parent_was_writing_at_the_fork(forked, monkeypatch):
    import threading

    monkeypatch.setattr(sys, "stdout", _StuckStream())
    monkeypatch.setattr(sys, "stderr", _StuckStream())
    done = []
    runner = threading.Thread(
        target=lambda: done.append(parallel.map_chunks(_squares, list(range(9)))), daemon=True
    )
    runner.start()
    runner.join(60)
    assert done and [x for x, _sq, _pid in done[0]] == list(range(9))


def _sources_for_prepare(tmp_path):
    """Three project articles, a page-noise-only one and one without a date."""
    case = ROOT / "quality" / "extra" / "cases" / "new26-nvidia-results"
    paths = sorted((case / "sources").iterdir())
    (tmp_path / "noise.txt").write_text("Skip to content\n\nShare this article\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(
        "Results\n\nThe company said on Tuesday that sales rose 12% last week.\n", encoding="utf-8"
    )
    return api.load_sources([*paths, tmp_path / "noise.txt", tmp_path / "undated.txt"])


def test_reading_sources_in_worker_processes_gives_what_one_process_gives(
    forked, monkeypatch, tmp_path
):
    """Large inputs clean, split and read their sources in forked workers; the
    claims, noise, kept sources and warnings come back in source order."""
    from claimcheck.settings import Settings

    sources = _sources_for_prepare(tmp_path)
    monkeypatch.setattr(api, "PARALLEL_MIN_SOURCES", 1)
    spread = api.prepare_claims(sources, settings=Settings())
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    alone = api.prepare_claims(sources, settings=Settings())
    assert spread == alone
    kept, claims, _dropped, warnings = alone
    assert [s.id for s in kept] == [s.id for s in sources if s.id != "noise"]
    assert len(warnings) == 2 and "noise.txt" in warnings[0] and "undated.txt" in warnings[1]
    assert len({c.source for c in claims}) == 4


def test_reading_sources_runs_in_other_processes_when_there_are_many(forked, monkeypatch, tmp_path):
    sources = _sources_for_prepare(tmp_path)
    original = api._prepare_source

    def tagged(source, by_id, **kwargs):
        noise, extracted, _warning = original(source, by_id, **kwargs)
        return noise, extracted, str(os.getpid())

    monkeypatch.setattr(api, "_prepare_source", tagged)
    from claimcheck.settings import Settings

    monkeypatch.setattr(api, "PARALLEL_MIN_SOURCES", 1)
    _kept, _claims, _dropped, pids = api.prepare_claims(sources, settings=Settings())
    assert str(os.getpid()) not in pids
    monkeypatch.setattr(api, "PARALLEL_MIN_SOURCES", len(sources) + 1)
    _kept, _claims, _dropped, pids = api.prepare_claims(sources, settings=Settings())
    assert set(pids) == {str(os.getpid())}


_READ_IN: list[int] = []


@memo.reading(maxsize=64)
def _reading_of(text: str) -> tuple[int, str]:
    _READ_IN.append(os.getpid())
    return len(text), text[::-1]


def _read_chunk(chunk):
    return [_reading_of(text)[0] for text in chunk]


def test_the_parent_keeps_what_the_workers_read(forked):
    """A worker's sentence readings (`memo.reading`) come back with its results:
    the parent's later stages need not read those sentences again."""
    _reading_of.cache_clear()
    _READ_IN.clear()
    texts = [f"sentence {i}" for i in range(10)]
    assert parallel.map_chunks(_read_chunk, texts) == [len(t) for t in texts]
    assert _READ_IN == [], "read in the workers only"
    assert [_reading_of(t) for t in texts] == [(len(t), t[::-1]) for t in texts]
    assert _READ_IN == [], "the parent's cache holds the workers' readings"
    assert _reading_of("unseen") == (6, "neesnu") and _READ_IN == [os.getpid()]
