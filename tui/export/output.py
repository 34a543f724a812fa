"""Where an export goes: a file written atomically, stdout, or a given stream.

A file is written to a temporary name beside it and renamed when complete, so a failed
export (full disk, interrupted) never leaves half a file. Large exports may be written
by several processes (`tui.export.split`); the helpers here tell it where parts go.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from tui.errors import ConflictTuiError
from tui.export.split import write_split
from tui.records import EntryFilter


class ExportError(ConflictTuiError):
    """The export could not be written (bad path, full disk, closed stream)."""

    exit_code = 1


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
def opened(path_or_stream: str | os.PathLike[str] | IO[str]) -> Iterator[IO[str]]:
    """A text stream: the given one, or a file written atomically (all or nothing)."""
    if not isinstance(path_or_stream, str | os.PathLike):
        yield path_or_stream
        return
    path = Path(path_or_stream)
    if str(path) == "-":
        import sys

        yield sys.stdout
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with open(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        # mkstemp makes the file private (0600); an export is meant to be shared
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError as exc:
        _unlink(temp)
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        _unlink(temp)
        raise


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
