"""The status report, rendered from the status document (the dict `status --json` prints).

Renderers are pure: document in, text out. Only `write_atomically` touches the file system.

    render_html(doc) -> str        one self-contained page: inline CSS and SVG, no script, no URL
    render_markdown(doc) -> str    the same story in Markdown, every value escaped
    render_json(doc) -> str        the document itself, as `status --json` prints it
    render_table(doc, width=100, color=False) -> str   the `status` terminal table
    write_atomically(path, text)   temp file in the same folder, fsync, rename
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Each name is imported from its module on first use, so a poll that writes the HTML report does
# not load the Markdown and table renderers (nor `status` the HTML one).
_HOMES = {
    "render_html": "interview_watch.report.html",
    "render_json": "interview_watch.report.jsondoc",
    "render_markdown": "interview_watch.report.markdown",
    "render_table": "interview_watch.report.table",
    "write_atomically": "interview_watch.report.files",
}
__all__ = ["render_html", "render_json", "render_markdown", "render_table", "write_atomically"]

if TYPE_CHECKING:
    from interview_watch.report.files import write_atomically
    from interview_watch.report.html import render_html
    from interview_watch.report.jsondoc import render_json
    from interview_watch.report.markdown import render_markdown
    from interview_watch.report.table import render_table


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
