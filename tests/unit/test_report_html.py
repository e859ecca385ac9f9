"""What the HTML page says, read back as text: every interview's story and the health of the sync."""

from __future__ import annotations

from html import escape

import pytest

from interview_watch.report import render_html, render_markdown, render_table
from interview_watch.report.fields import fmt_date, fmt_datetime
from tests.fixtures.chromium import census
from tests.fixtures.report_docs import empty_doc, status_doc


def page_text(doc) -> str:
    return " ".join(" ".join(census(render_html(doc)).text).split())


def article(doc, interview_id) -> str:
    """The visible text of one interview's card."""
    html = render_html(doc)
    start = html.rindex("<article", 0, html.index(f'id="interview-{interview_id}"'))
    parser = census(html[start:html.index("</article>", start)])
    return " ".join(" ".join(parser.text).split())


def test_each_card_tells_the_whole_story():
    doc = status_doc()
    for item in doc["interviews"]:
        text = article(doc, item["id"])
        assert item["company"] in text and item["role"] in text
        assert item["next_step"] in text
        assert str(item["outlook"]["score"]) in text
        for signal in item["outlook"]["signals"]:
            assert signal["sentence"] in text
        if item["interview_at"]:
            assert fmt_datetime(item["interview_at"]) in text
        if item["thank_you"]:
            assert fmt_datetime(item["thank_you"]["sent_at"]) in text
            assert all(address in text for address in item["thank_you"]["to"])
        for reply in item["replies"]:
            assert fmt_datetime(reply["received_at"]) in text
            assert reply["subject"] in text and reply["from"] in text and reply["from_name"] in text
            assert all(f"“{e}”" in text for e in reply["evidence"])


def test_cards_show_status_speed_and_business_days():
    doc = status_doc()
    text = article(doc, 3)
    assert "Info requested" in text and "Info request" in text  # status, and the reply's category
    assert "Normal" in text and "1.9 business days to reply" in text
    assert "set by hand" in article(doc, 10) and "set by hand" not in article(doc, 1)
    assert "back on Mon 17 Mar 2025" in article(doc, 5)
    assert "proposed time Wed 19 Mar 2025, 14:00" in article(doc, 2)
    assert "No thank-you found yet." in article(doc, 9)
    assert f"No reply since your thank-you on {fmt_date('2025-02-24T18:30:00+01:00')}." in article(doc, 6)


def test_badges_carry_the_category_as_a_class_and_as_text():
    html = render_html(status_doc())
    for category, label in (("offer", "Offer"), ("rejection", "Rejection"), ("bounce", "Bounce"),
                            ("auto_reply", "Auto-reply"), ("second_interview", "Second interview")):
        assert f'<span class="badge c-{category}">{label}</span>' in html


def test_the_whole_search_has_three_charts():
    html = render_html(status_doc())
    for label in ("Interviews by status", "Response time in business days",
                  "Timeline of interviews, thank-yous and replies"):
        assert f'aria-label="{label}"' in html


@pytest.mark.parametrize("kind, shown", [
    ("healthy", ["Synced 4 minutes ago", "malformed MIME: boundary never closed", "48213"]),
    ("never_synced", ["Never synced", "not synced yet, not silence", "Mail sync needs attention"]),
    ("stale", ["No successful sync for 3 days", "Is the daemon running?", "Mail sync needs attention"]),
    ("failing", ["Last sync failed 6 minutes ago", "authentication failed: check the app password"]),
    ("none", ["No mail account has reported in", "Mail sync needs attention"]),
])
def test_health_section_shows_each_state(kind, shown):
    text = page_text(status_doc(health=kind))
    for phrase in shown:
        assert phrase in text


def test_a_healthy_sync_raises_no_banner():
    doc = status_doc()
    doc["health"]["skipped"] = []
    assert "Mail sync needs attention" not in page_text(doc)


def test_zero_replies_without_a_sync_says_not_synced_yet():
    doc = status_doc(health="never_synced")
    for item in doc["interviews"]:
        item["replies"] = []
    text = page_text(doc)
    assert "not synced yet" in text and "all quiet" not in text
    assert "Mail not synced yet, so this is not a real zero." in text


def test_empty_state_page_helps():
    text = page_text(empty_doc())
    assert "No interviews yet" in text and "interview-watch interview add --company NAME" in text
    assert "interview-watch demo" in text and "Mail health" in text


def test_the_report_path_is_printed_escaped():
    doc = status_doc()
    doc["report_path"] = "/home/a&b/<report>.html"
    assert escape(doc["report_path"]) in render_html(doc)


def test_rendering_survives_missing_and_odd_fields():
    doc = {"interviews": [{"id": "x", "company": None, "replies": [{}], "history": [None], "outlook": {},
                           "thank_you": {"to": None}, "cues": {"body_language": "nods"}}, 7],
           "health": {"accounts": [{}], "skipped": [{}]}}
    html = render_html(doc)
    assert html.count('class="interview ') == 1 and "Unknown company" in html
    assert "(unknown company)" in render_markdown(doc) and "(unknown company)" in render_table(doc)
