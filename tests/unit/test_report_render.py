"""The text renderers: JSON is the status document itself, the table fits, Markdown tells it all."""

from __future__ import annotations

import copy
import json
import re

import pytest

from interview_watch.report import render_json, render_markdown, render_table
from interview_watch.report.health import assess, replies_phrase
from interview_watch.report.table import display_width
from tests.fixtures.report_docs import HOSTILE, empty_doc, status_doc

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def long_doc() -> dict:
    doc = status_doc()
    doc["interviews"][0]["company"] = "Internationale Gesellschaft für Langfristige Datenverarbeitung " * 3
    doc["interviews"][0]["role"] = "Principal Staff Distinguished Senior Data Platform Engineer " * 3
    doc["interviews"][0]["next_step"] = "Reply with your availability for the final round " * 5
    doc["interviews"][1]["company"] = "株式会社ロングネーム・テクノロジーズ・インターナショナル" * 2  # wide characters
    doc["interviews"][2]["company"] = "e\u0301" * 120  # combining accents take no columns
    return doc


# --- JSON -----------------------------------------------------------------------------------------

def test_json_is_the_status_document_unchanged():
    doc = status_doc()
    doc["interviews"][0]["company"] = "Zürich Café 東京"
    text = render_json(doc)
    assert json.loads(text) == doc
    assert text == json.dumps(doc, indent=2, ensure_ascii=False)
    assert "Zürich Café 東京" in text


def test_json_does_not_touch_the_callers_document():
    doc = status_doc()
    before = copy.deepcopy(doc)
    render_json(doc), render_markdown(doc), render_table(doc)
    assert doc == before


# --- table ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("width", [100, 80, 60])
def test_table_fits_the_width_even_with_very_long_names(width):
    table = render_table(long_doc(), width=width)
    lines = table.splitlines()
    assert max(display_width(line) for line in lines) <= width, table
    assert "…" in table


def test_table_shows_every_interview_with_status_speed_outlook_and_next_step():
    doc = status_doc()
    table = render_table(doc)
    for item in doc["interviews"]:
        assert item["company"] in table
        assert item["next_step"] in table
    assert "Second interview" in table.splitlines()[0] or "2nd interview" in table
    northwind = next(line for line in table.splitlines() if line.startswith("Northwind"))
    assert "Offer" in northwind and "prompt 0.7d" in northwind and "7 Mar offer" in northwind
    assert northwind.rstrip().endswith("94")
    assert "2nd interview*" in table and "* status set by hand" in table


def test_table_prints_the_report_path():
    assert "Report: /home/sam/.local/share/interview-watch/report.html" in render_table(status_doc())


def test_table_never_passes_terminal_control_sequences_from_email():
    doc = status_doc()
    doc["interviews"][0]["company"] = "Evil\x1b]0;pwned\x07\x1b[2J Corp\r\nnext"
    doc["interviews"][0]["next_step"] = "\x1b[31mred\u202eevil"
    table = render_table(doc)
    assert "\x1b" not in table and "\x07" not in table and "\r" not in table and "\u202e" not in table
    assert "Evil]0;pwned[2J Corp next" in table


def test_table_colour_is_off_by_default_and_on_when_asked():
    assert "\x1b[" not in render_table(status_doc())
    coloured = render_table(status_doc(health="failing"), color=True)
    assert "\x1b[32m" in coloured and "\x1b[31m" in coloured
    assert max(display_width(ANSI.sub("", line)) for line in coloured.splitlines()) <= 100


def test_table_empty_state_says_what_to_do():
    table = render_table(empty_doc())
    assert "No interviews yet" in table and "interview add" in table
    assert "not synced yet" in table


@pytest.mark.parametrize("health, expected", [
    ("healthy", "11 replies"),
    ("never_synced", "Never synced"),
    ("stale", "No successful sync for 3 days"),
    ("failing", "Last sync failed 6 minutes ago (authentication failed"),
    ("none", "nothing is being watched"),
])
def test_table_footer_tells_the_health_of_the_sync(health, expected):
    assert expected in render_table(status_doc(health=health))


# --- health judgements ----------------------------------------------------------------------------

@pytest.mark.parametrize("kind, level, ever_synced", [
    ("healthy", "ok", True),
    ("never_synced", "warning", False),
    ("stale", "warning", True),
    ("failing", "error", True),
    ("recovered", "warning", True),
    ("none", "error", False),
])
def test_health_levels(kind, level, ever_synced):
    health = assess(status_doc(health=kind))
    assert health.level == level
    assert health.ever_synced is ever_synced
    assert bool(health.warnings) is (kind != "healthy" or bool(health.skipped))


def test_an_account_that_synced_but_saw_nothing_is_a_warning():
    doc = status_doc()
    doc["health"]["accounts"][0]["messages_seen"] = 0
    assert assess(doc).accounts[0].level == "warning"


@pytest.mark.parametrize("count, kind, phrase", [
    (3, "healthy", "3 replies"),
    (1, "never_synced", "1 reply"),
    (0, "never_synced", "0 replies (not synced yet)"),
    (0, "none", "0 replies (not synced yet)"),
    (0, "stale", "0 replies (mail sync needs attention)"),
    (0, "recovered", "0 replies (mail sync needs attention)"),
])
def test_a_zero_says_whether_it_can_be_trusted(count, kind, phrase):
    assert replies_phrase(count, assess(status_doc(health=kind))) == phrase


def test_a_trustworthy_zero_reads_as_quiet():
    doc = status_doc()
    doc["health"]["skipped"] = []
    assert replies_phrase(0, assess(doc)) == "no replies yet, all quiet"


# --- Markdown -------------------------------------------------------------------------------------

def test_markdown_tells_each_interview_and_the_health_section():
    doc = status_doc()
    text = render_markdown(doc)
    for item in doc["interviews"]:
        assert f"### {item['company']} — {item['role']}" in text
        assert item["next_step"] in text
    assert "## Mail health" in text and "### Skipped messages" in text
    assert "malformed MIME: boundary never closed" in text
    assert "“final panel”" in text  # evidence is quoted
    assert "Offer (set by hand)" not in text and "Second interview (set by hand)" in text
    assert "+45 They made you an offer." in text


def test_markdown_zero_replies_without_a_sync_is_not_all_quiet():
    doc = status_doc(health="never_synced")
    for item in doc["interviews"]:
        item["replies"] = []
    text = render_markdown(doc)
    assert "0 replies (not synced yet)" in text
    assert "all quiet" not in text
    assert "Mail not synced yet, so this is not a real zero." in text


def test_markdown_empty_state_is_helpful():
    text = render_markdown(empty_doc())
    assert "No interviews yet" in text and "interview-watch demo" in text and "## Mail health" in text


def test_markdown_escapes_email_text():
    doc = status_doc()
    for item in doc["interviews"]:
        item["company"] = HOSTILE
        for reply in item["replies"]:
            reply["subject"] = "[click](javascript:alert(1)) ![x](x) " + HOSTILE
            reply["excerpt"] = "# heading\n- item\n> quote\n" + HOSTILE
    text = render_markdown(doc)
    assert "<img" not in text and "<script" not in text and "<a " not in text
    assert not re.search(r"(?<!\\)\]\(", text), "an unescaped link target"
    assert not re.search(r"(?<!\\)!\[", text), "an unescaped image"
    assert "\\[click\\](javascript:alert(1))" in text
    assert "> \\# heading" in text and "> \\- item" in text


def test_a_long_report_path_gets_a_line_of_its_own_and_stays_whole():
    doc = status_doc()
    doc["report_path"] = "/home/someone-with-a-long-name/.local/share/interview-watch/reports/" + "r" * 20 + ".html"
    lines = render_table(doc).splitlines()
    assert lines[-2:] == ["Report:", doc["report_path"]]
    assert max(display_width(line) for line in lines) <= 100
