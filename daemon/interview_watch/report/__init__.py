"""The status report, rendered from the status document (the dict `status --json` prints).

Renderers are pure: document in, text out. Only `write_atomically` touches the file system.

    render_html(doc) -> str        one self-contained page: inline CSS and SVG, no script, no URL
    render_markdown(doc) -> str    the same story in Markdown, every value escaped
    render_json(doc) -> str        the document itself, as `status --json` prints it
    render_table(doc, width=100, color=False) -> str   the `status` terminal table
    write_atomically(path, text)   temp file in the same folder, fsync, rename
"""

from __future__ import annotations

from interview_watch.report.files import write_atomically
from interview_watch.report.html import render_html
from interview_watch.report.jsondoc import render_json
from interview_watch.report.markdown import render_markdown
from interview_watch.report.table import render_table

__all__ = ["render_html", "render_json", "render_markdown", "render_table", "write_atomically"]
