"""Where an export goes: a file written atomically, stdout, or a given stream.

A file is written to a temporary name beside it and renamed when complete, so a failed
export (full disk, interrupted, SIGTERM) never leaves half a file. Large exports may be
written by several processes (`tui.export.split`); the helpers here tell it where parts go.

Careful with what is already there: a file keeps its mode; a symlink or a read-only file
is replaced only with `force`; a missing directory is an error, never created; parts
older than STALE_PART_S left by a process killed outright are removed.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from tui.errors import ConflictTuiError
from tui.export.split import PART_PREFIX, PART_SUFFIX, write_split
from tui.records import EntryFilter


class ExportError(ConflictTuiError):
    """The export could not be written (bad path, full disk, closed stream)."""

    exit_code = 1


class ExportTargetError(ExportError):
    """The output path is unusable as given: a missing directory, a symlink, a read-only
    file (the last two are replaced with --force). A usage error: status 2."""

    exit_code = 2


STALE_PART_S = 3600
NEW_FILE_MODE = 0o644  # an export is meant to be shared


def generated_time(value: datetime | str | int | float | None = None) -> str:
    """The generation time as written in exports: UTC, ISO 8601 to the second, with Z.

    None means now, unless SOURCE_DATE_EPOCH is set (reproducible builds convention).
    """
    if value is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        value = int(epoch) if epoch.isdigit() else datetime.now(UTC)
    if isinstance(value, int | float):
        value = datetime.fromtimestamp(value, UTC)
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit():
            return generated_time(int(text))
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ExportError(f"not a date and time: {value!r} (use ISO 8601)") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@contextmanager
def opened(
    path_or_stream: str | os.PathLike[str] | IO[str], *, force: bool = False
) -> Iterator[IO[str]]:
    """A text stream: the given one, or a file written atomically (all or nothing).

    An existing file keeps its mode (a new one is NEW_FILE_MODE); `force` allows
    replacing a symlink (the link itself, never what it points to) or a read-only file.
    """
    if not isinstance(path_or_stream, str | os.PathLike):
        yield path_or_stream
        return
    path = Path(path_or_stream)
    if str(path) == "-":
        import sys

        yield sys.stdout
        return
    mode = check_target(path, force=force)
    remove_stale_parts(path.parent)
    try:
        handle, temp = tempfile.mkstemp(prefix=PART_PREFIX, suffix=PART_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with open(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        os.chmod(temp, mode)  # mkstemp makes it 0600
        os.replace(temp, path)
    except OSError as exc:
        _unlink(temp)
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        _unlink(temp)
        raise


def check_target(path: Path, *, force: bool = False) -> int:
    """The mode the written file gets; raises ExportTargetError for an unusable target."""
    parent = path.parent
    if not parent.is_dir():
        missing = parent
        while not missing.parent.is_dir() and missing.parent != missing:
            missing = missing.parent
        what = "not a directory" if missing.exists() else "no such directory"
        raise ExportTargetError(
            f"{path}: cannot write: {missing}: {what} (export does not create directories)"
        )
    try:
        info = path.lstat()
    except FileNotFoundError:
        return NEW_FILE_MODE
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    if stat.S_ISLNK(info.st_mode):
        if not force:
            raise ExportTargetError(
                f"{path}: is a symbolic link; not replacing it (--force replaces the link "
                "itself with the export, not the file it points to)"
            )
        try:
            return stat.S_IMODE(path.stat().st_mode)
        except OSError:
            return NEW_FILE_MODE
    if not stat.S_ISREG(info.st_mode):
        raise ExportTargetError(f"{path}: not a regular file; not replacing it")
    mode = stat.S_IMODE(info.st_mode)
    if not force and (not mode & 0o222 or not os.access(path, os.W_OK)):
        raise ExportTargetError(
            f"{path}: is read-only; not replacing it (--force replaces it, keeping its mode)"
        )
    return mode


def remove_stale_parts(directory: Path, older_than: float = STALE_PART_S) -> int:
    """Remove export parts a killed export left in `directory`; returns how many.

    Only files named as this program names them (PART_PREFIX...PART_SUFFIX), and only
    when older than `older_than` seconds: a running export's parts are never touched.
    """
    removed = 0
    cutoff = time.time() - older_than
    with suppress(OSError):
        for entry in os.scandir(directory):
            name = entry.name
            if not (name.startswith(PART_PREFIX) and name.endswith(PART_SUFFIX)):
                continue
            with suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
    return removed


def split_output(
    store: Any,
    entry_filter: EntryFilter,
    path_or_stream: str | os.PathLike[str] | IO[str],
    stream: IO[str],
    write_part: Callable[..., Any],
    jobs: int | None,
    first_share: float,
) -> list[Any] | None:
    """`write_split` for an export to `path_or_stream` (parts beside a path output)."""
    return write_split(
        store,
        entry_filter,
        stream,
        write_part,
        jobs,
        part_dir=_directory_of(path_or_stream),
        binary=_plain_utf8(path_or_stream),
        first_share=first_share,
    )


def _plain_utf8(path_or_stream: str | os.PathLike[str] | IO[str]) -> bool:
    """Whether the output writes UTF-8 and "\n" unchanged: a file `opened` opens, or
    stdout on a system whose line end is "\n" (its encoding is checked when copying)."""
    if isinstance(path_or_stream, str | os.PathLike):
        return str(path_or_stream) != "-" or os.linesep == "\n"
    return False


def _directory_of(path_or_stream: str | os.PathLike[str] | IO[str]) -> Path | None:
    """The directory an output path is written in (None for a stream or stdout)."""
    if isinstance(path_or_stream, str | os.PathLike) and str(path_or_stream) != "-":
        return Path(path_or_stream).parent
    return None


def _unlink(path: str) -> None:
    with suppress(OSError):
        os.unlink(path)


class Buffered:
    """Collects small writes and hands them to the stream in large chunks (speed)."""

    def __init__(self, stream: IO[str], limit: int = 1 << 16) -> None:
        self.stream = stream
        self.parts: list[str] = []
        self.size = 0
        self.limit = limit

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= self.limit:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.stream.write("".join(self.parts))
            self.parts = []
            self.size = 0
