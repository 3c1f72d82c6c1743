"""Shared fixtures.

Every test session gets its own claimcheck cache folder (ONNX export and
embedding cache), shared by all tests of the session so the model is exported
once, and never the user's real cache.
"""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def session_cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("claimcheck-cache")


@pytest.fixture(autouse=True)
def _isolated_cache(session_cache_dir, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(session_cache_dir))


@pytest.fixture(scope="session")
def embedder(session_cache_dir):
    """The real default embedder (int8 ONNX), loaded once per session."""
    import os

    os.environ["CLAIMCHECK_CACHE_DIR"] = str(session_cache_dir)
    from claimcheck.embed import get_embedder

    return get_embedder("auto", cache=True)


def require_shared_eval():
    if not SHARED_EVAL.is_dir():
        pytest.skip("../shared/eval is not checked out beside the project")
    return SHARED_EVAL
