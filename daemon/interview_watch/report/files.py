"""Writing the report so that a reader never sees half a file: temp file, fsync, rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from interview_watch.errors import StoreError

# The report describes the user's job search: new files are private to the user.
NEW_FILE_MODE = 0o600


def write_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Given a path and text, replace the file at `path` with `text` (UTF-8) atomically.

    The text goes to a temporary file in the same directory, is fsynced, and is renamed over
    `path`, so a reader sees the old file or the new one, never a mix. An existing file keeps its
    permission bits; a new one is created 0600. Raise StoreError if the directory is missing or
    not writable; the temporary file never stays behind.
    """
    target = Path(path)
    directory = target.parent
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    except OSError as error:
        raise StoreError(f"cannot write the report {target}: {error.strerror}") from error
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise StoreError(f"cannot write the report in {directory}: {error.strerror}") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException as error:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        if isinstance(error, OSError):
            raise StoreError(f"cannot write the report {target}: {error.strerror}") from error
        raise
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; some platforms cannot open a directory, which is fine."""
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
