"""`interview-watch classify FILE.eml ...`: classify messages read from files.

The one piece of I/O around the pure classifier: read each file, parse it, classify it. A file
that cannot be read or parsed gives a result with category "other", confidence 0 and an "error"
naming the problem; it never stops the others.
"""

from __future__ import annotations

import os
from typing import Iterable

from interview_watch.adapters.parsing import MalformedMessage, parse_message
from interview_watch.core.classify import classify

MAX_FILE_BYTES = 25 * 1024 * 1024  # larger than any real reply; refuse rather than read it all


def classify_file(path: str | os.PathLike[str]) -> dict:
    """Given a path to an RFC 5322 message, return {"file", "category", "confidence",
    "evidence"} (evidence a list), plus "error" when the file could not be classified."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
        if size > MAX_FILE_BYTES:
            return _failed(name, f"file too large ({size} bytes, limit {MAX_FILE_BYTES})")
        with open(name, "rb") as handle:
            raw = handle.read()
    except IsADirectoryError:
        return _failed(name, "is a directory, not a message file")
    except FileNotFoundError:
        return _failed(name, "no such file")
    except PermissionError:
        return _failed(name, "permission denied")
    except OSError as exc:
        return _failed(name, f"cannot read: {exc.strerror or exc.__class__.__name__}")
    if not raw.strip():
        return _failed(name, "empty file")
    try:
        verdict = classify(parse_message(raw))
    except MalformedMessage as exc:
        return _failed(name, f"not a readable email message: {exc}")
    result = {
        "file": name,
        "category": verdict.category,
        "confidence": round(float(verdict.confidence), 2),
        "evidence": list(verdict.evidence),
    }
    if verdict.return_date is not None:
        result["return_date"] = verdict.return_date.isoformat()
    if verdict.proposed_time is not None:
        result["proposed_time"] = verdict.proposed_time.isoformat()
    if verdict.bounced_message_id:
        result["bounced_message_id"] = verdict.bounced_message_id
    return result


def classify_files(paths: Iterable[str | os.PathLike[str]]) -> list[dict]:
    """Classify each file in order; see classify_file for the shape of each result."""
    return [classify_file(path) for path in paths]


def _failed(name: str, problem: str) -> dict:
    return {"file": name, "category": "other", "confidence": 0.0, "evidence": [],
            "error": problem}
