"""Write reports atomically: all outputs are rendered first, then each is written to
a temporary file beside its target, and only when every temporary file is complete
are they renamed over their targets. A failed or interrupted run leaves the previous
reports intact and no temporary files behind.

Only regular files are replaced. A target that is a device or a pipe
(``-o /dev/stdout``, ``/dev/null``, a FIFO) is written in place: renaming over it
would replace the device node with a plain file. A symlink is followed, so the
file it points to gets the report and the link stays a link.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from claimcheck.errors import OutputError


def check_writable(path: Path) -> None:
    """Raise `OutputError` now if ``path`` cannot be written, before any work is done.

    This catches the usual mistakes early; a target that passes can still fail
    when written (running as root, a pseudo file system, a full disk), which
    `write_outputs` reports the same way.
    """
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name for the report")
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"{path}: {parent} is a file, not a folder; choose another output path")
    if not parent.is_dir():
        raise OutputError(f"{path}: folder {parent} does not exist; create it first")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(f"{path}: not writable; choose another output path")


def _cannot_write(path: Path, exc: OSError) -> OutputError:
    # Name the target, never the temporary file the user did not ask for.
    return OutputError(f"{path}: cannot write ({exc.strerror or exc}); choose another output path")


def _is_special(path: Path) -> bool:
    """True for an existing target that is neither a regular file nor a folder."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_in_place(path: Path, text: str) -> None:
    try:
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except OSError as exc:
        raise _cannot_write(path, exc) from None


def _file_mode(path: Path) -> int:
    """The permissions ``path`` has, or a new file would get (0666 less the umask).

    mkstemp creates 0600 files; without this, every rewrite would make a shared
    report private.
    """
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _stage(path: Path, text: str) -> Path:
    """Write ``text`` to a new temporary file beside ``path``; return its path."""
    mode = _file_mode(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            os.fchmod(fh.fileno(), mode)
            fh.write(text)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _cannot_write(path, exc) from None
        raise
    return Path(tmp)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and rename."""
    write_outputs({path: text})


def write_outputs(
    outputs: Mapping[Path, str], *, before_commit: Callable[[], None] | None = None
) -> None:
    """Write several rendered outputs, all or none.

    Every target is checked, then every text is staged in a temporary file;
    then ``before_commit`` runs (the CLI prints to standard output there);
    only then are the files renamed into place. If checking, staging or
    ``before_commit`` fails (or is interrupted), no target has been touched
    and the staged files are removed.
    """
    for path in outputs:
        check_writable(path)
    special = {path: text for path, text in outputs.items() if _is_special(path)}
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in outputs.items():
            if path not in special:
                # A symlink is followed: stage beside, and replace, the file it names.
                target = path.resolve() if path.is_symlink() else path
                staged.append((_stage(target, text), target))
        for path, text in special.items():
            _write_in_place(path, text)
        if before_commit is not None:
            before_commit()
        while staged:
            tmp, path = staged[0]
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise _cannot_write(path, exc) from None
            staged.pop(0)
    finally:
        for tmp, _path in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
