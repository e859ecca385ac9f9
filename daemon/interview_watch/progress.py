"""Progress of a long first sync: a bar on a terminal, plain lines otherwise."""

from __future__ import annotations

from typing import TextIO


class Progress:
    """Called as progress(folder, done, total) after each batch."""

    def __init__(self, stream: TextIO, min_total: int = 400) -> None:
        self._stream = stream
        self._tty = hasattr(stream, "isatty") and stream.isatty()
        self._min_total = min_total  # small syncs print nothing
        self._last_tenth: dict[str, int] = {}

    def __call__(self, folder: str, done: int, total: int) -> None:
        if total < self._min_total:
            return
        if self._tty:
            width = 30
            filled = int(width * done / total)
            end = "\n" if done >= total else ""
            self._stream.write(f"\r{folder[:20]:<20} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}{end}")
            self._stream.flush()
            return
        tenth = 10 * done // total
        if tenth != self._last_tenth.get(folder):
            self._last_tenth[folder] = tenth
            self._stream.write(f"{folder}: {done}/{total} messages examined\n")
            self._stream.flush()
