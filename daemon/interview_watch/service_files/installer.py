"""Render the systemd user unit and the launchd agent from their templates. Pure: no I/O but
reading the templates shipped beside this module (systemd/ holds the same files for people).
"""

from __future__ import annotations

import plistlib
from importlib import resources
from pathlib import Path, PurePosixPath

from interview_watch.errors import ServiceError

UNIT_NAME = "interview-watch.service"
AGENT_LABEL = "com.interview-watch.agent"
PLIST_NAME = f"{AGENT_LABEL}.plist"
LOG_FILE_NAME = "interview-watch.log"


def template_text(name: str) -> str:
    """Return the text of the template `name` (UNIT_NAME or PLIST_NAME)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def render_systemd_unit(python: str, config: Path) -> str:
    """Given absolute paths to the interpreter and the configuration, return the unit file text.

    Paths are quoted for systemd's ExecStart= (spaces, quotes, backslashes) and its specifier
    and variable expansion. Raise ServiceError for a relative path or one with a control
    character, which no unit file can carry, and for an interpreter path with quotes or
    backslashes, which systemd refuses to execute.
    """
    python = _checked_path(python, "interpreter")
    if any(ch in python for ch in "\"'\\"):
        raise ServiceError(
            f"systemd cannot run an interpreter whose path contains quotes or backslashes: {python!r}"
        )
    exec_python = _systemd_word(python, executable=True)
    exec_config = _systemd_word(_checked_path(str(config), "configuration"))
    text = template_text(UNIT_NAME)
    return text.replace("@PYTHON@", exec_python).replace("@CONFIG@", exec_config)


def render_launchd_plist(python: str, config: Path, log_dir: Path) -> bytes:
    """Given absolute paths to the interpreter, the configuration and the log folder, return the
    agent's plist as XML bytes. plistlib does the escaping. Raise ServiceError as above."""
    values = {
        "@PYTHON@": _checked_path(python, "interpreter"),
        "@CONFIG@": _checked_path(str(config), "configuration"),
        "@LOG_DIR@": _checked_path(str(log_dir), "log folder"),
    }
    data = plistlib.loads(template_text(PLIST_NAME).encode("utf-8"))
    return plistlib.dumps(_substitute(data, values), fmt=plistlib.FMT_XML, sort_keys=False)


def _substitute(value, values: dict[str, str]):
    if isinstance(value, str):
        for placeholder, replacement in values.items():
            value = value.replace(placeholder, replacement)
        return value
    if isinstance(value, list):
        return [_substitute(item, values) for item in value]
    if isinstance(value, dict):
        return {key: _substitute(item, values) for key, item in value.items()}
    return value


def _checked_path(path: str, what: str) -> str:
    if not PurePosixPath(path).is_absolute():
        raise ServiceError(f"the {what} path must be absolute, got {path!r}")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in path):
        raise ServiceError(f"the {what} path contains a control character: {path!r}")
    return path


def _systemd_word(path: str, executable: bool = False) -> str:
    """Quote one ExecStart= word so systemd reads it back as exactly `path`.

    Specifiers ("%") are expanded everywhere; variables ("$") only in arguments, not in the
    executable's name."""
    escaped = path.replace("%", "%%")
    if not executable:
        escaped = escaped.replace("$", "$$")
    if not any(ch in escaped for ch in " \t\"'\\;"):
        return escaped
    return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'
