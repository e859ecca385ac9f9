"""The JSON report: the status document itself, exactly as `status --json` prints it."""

from __future__ import annotations

import json
from typing import Any, Mapping


def render_json(doc: Mapping[str, Any]) -> str:
    """Given the status document, return it as indented JSON (no trailing newline).

    Non-ASCII text stays readable (ensure_ascii=False); the data is unchanged, so
    `json.loads(render_json(doc)) == doc`.
    """
    return json.dumps(doc, indent=2, ensure_ascii=False)
