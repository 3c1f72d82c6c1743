"""Run settings: one frozen dataclass with defaults in code, optionally overridden
by a TOML file (``claimcheck.toml`` or ``[tool.claimcheck]`` in pyproject.toml)
and then by CLI flags."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import SettingsError


@dataclass(frozen=True, slots=True)
class Settings:
    """Knobs of the pipeline. Defaults were tuned on ../shared/eval/dev."""

    backend: str = "auto"  # embedding backend: auto | onnx | torch
    min_similarity: float = 0.65  # alignment score a mutual-best pair needs
    # check mode: score (cosine + lexical + evidence, as compare aligns on) a source
    # claim needs to support a draft claim; one that conflicts on a figure, date,
    # name or direction counts from compare's min_similarity. Chosen on dev03 and
    # quality/drafts (0.73-0.77 all score the same; 0.6 on the cosine-only scale before).
    support_similarity: float = 0.75
    strong_similarity: float = 0.8  # alignment score that pairs even without mutual-best
    min_words: int = 4  # sentences shorter than this are not claims
    max_chars: int = 200_000  # bytes read per text source at most (40x a long article)
    cache: bool = True  # reuse embeddings from the on-disk cache
    # candidate search: auto | exact | approximate (HNSW index; auto uses it for
    # large inputs, see claimcheck.align)
    search: str = "auto"
    # the fitted pair model of claimcheck.align weighs every candidate from 0.45
    # up (drops proposed pairs it rates unlikely, adds ones it rates likely);
    # false: the threshold rules alone
    rescue: bool = True

    def __post_init__(self) -> None:
        # The library builds these directly: the same checks as a settings file.
        for f in dataclasses.fields(self):
            _coerce(f.name, getattr(self, f.name), f.default, "Settings")

    def as_dict(self) -> dict[str, Any]:
        """Plain dict for reports (sorted keys for stable output)."""
        return dict(sorted(dataclasses.asdict(self).items()))


SEARCHES = ("auto", "exact", "approximate")
BACKENDS = ("auto", "onnx", "torch")
_SCORES = frozenset({"min_similarity", "support_similarity", "strong_similarity"})
_POSITIVE = frozenset({"min_words", "max_chars"})


def _coerce(name: str, value: Any, default: Any, origin: str) -> Any:
    kind = type(default)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise SettingsError(f"{origin}: {name} must be {kind.__name__}, got {value!r}")
    if name == "search" and value not in SEARCHES:
        raise SettingsError(f"{origin}: search must be one of {', '.join(SEARCHES)}, got {value!r}")
    if name == "backend" and value not in BACKENDS:
        raise SettingsError(
            f"{origin}: backend must be one of {', '.join(BACKENDS)}, got {value!r}"
        )
    if name in _SCORES and not 0.0 <= value <= 1.0:  # also false for nan
        raise SettingsError(f"{origin}: {name} must be between 0 and 1, got {value!r}")
    if name in _POSITIVE and value < 1:
        raise SettingsError(f"{origin}: {name} must be at least 1, got {value!r}")
    if name == "max_chars" and value > MAX_CHARS_LIMIT:
        # A sanity bound: past it a read overflowed (2**63) or ran out of memory.
        raise SettingsError(
            f"{origin}: max_chars must be at most {MAX_CHARS_LIMIT:,} (1 GB), got {value!r}"
        )
    return value


MAX_CHARS_LIMIT = 1_000_000_000


def apply_overrides(settings: Settings, values: dict[str, Any], *, origin: str) -> Settings:
    """Return settings with ``values`` applied; unknown keys and bad types raise."""
    known = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings)}
    changes = {}
    for raw_name, value in values.items():
        name = raw_name.replace("-", "_")
        if name not in known:
            raise SettingsError(
                f"{origin}: unknown setting {raw_name!r}; known: {', '.join(sorted(known))}"
            )
        changes[name] = _coerce(name, value, known[name], origin)
    return dataclasses.replace(settings, **changes)


def load_settings(path: Path | None = None, *, search_dir: Path | None = None) -> Settings:
    """Defaults, then the TOML file: ``path`` if given, else ``claimcheck.toml`` or
    ``[tool.claimcheck]`` in ``pyproject.toml`` found in ``search_dir``."""
    settings = Settings()
    candidates: list[tuple[Path, bool]] = []
    if path is not None:
        # "--config pyproject.toml" means its [tool.claimcheck] table, as when found
        candidates.append((path, path.name == "pyproject.toml"))
    elif search_dir is not None:
        candidates += [
            (search_dir / "claimcheck.toml", False),
            (search_dir / "pyproject.toml", True),
        ]
    for candidate, in_pyproject in candidates:
        if candidate.is_dir():
            raise SettingsError(f"{candidate}: is a folder, not a settings file")
        if not candidate.is_file():
            if path is not None or candidate.is_symlink():  # a link to nothing: say so
                raise SettingsError(f"{candidate}: settings file not found")
            continue
        try:
            data = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{candidate}: not valid TOML ({exc})") from None
        if in_pyproject:
            tool = data.get("tool", {})
            table = tool.get("claimcheck", {}) if isinstance(tool, dict) else None
            if not isinstance(table, dict):
                raise SettingsError(f"{candidate}: [tool.claimcheck] must be a table of settings")
            data = table
            if not data:
                if path is not None:
                    raise SettingsError(f"{candidate}: has no [tool.claimcheck] table")
                continue
        return apply_overrides(settings, data, origin=str(candidate))
    return settings


def shadowed_settings(search_dir: Path) -> str | None:
    """A note when ``claimcheck.toml`` hides a ``[tool.claimcheck]`` table of
    pyproject.toml in the same folder (only the first file found is read)."""
    own, project = search_dir / "claimcheck.toml", search_dir / "pyproject.toml"
    if not own.is_file() or not project.is_file():
        return None
    try:
        tool = tomllib.loads(project.read_text(encoding="utf-8")).get("tool", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        return None
    if isinstance(tool, dict) and tool.get("claimcheck"):
        return (
            f"{own} is read and the [tool.claimcheck] table of {project} is not "
            "(only the first settings file found counts)"
        )
    return None
