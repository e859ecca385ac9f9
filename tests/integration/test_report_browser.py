"""The HTML report in a real browser: it draws something, one section per interview, nothing fetched."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from interview_watch.core.models import STATUSES
from interview_watch.report import render_html, write_atomically
from tests.fixtures.chromium import census, dump_dom, require_chromium, screenshot
from tests.fixtures.png_pixels import read_png
from tests.fixtures.report_docs import empty_doc, status_doc

EXTERNAL = [
    re.compile(r"https?:", re.I),
    re.compile(r"\bsrc\s*=", re.I),
    re.compile(r"url\s*\(", re.I),
    re.compile(r"@import", re.I),
    re.compile(r"//\s*[\w.-]+", re.I),  # protocol-relative //host
    re.compile(r"<\s*(script|link|img|iframe|object|embed|base|form|audio|video|source)\b", re.I),
    re.compile(r"\bxlink:href|\baction\s*=", re.I),
]


def write_report(tmp_path, doc, name="report.html"):
    path = tmp_path / name
    write_atomically(path, render_html(doc))
    return path


def test_the_fixture_covers_every_status_in_at_least_eight_interviews():
    doc = status_doc()
    assert len(doc["interviews"]) >= 8
    assert {i["status"] for i in doc["interviews"]} == set(STATUSES)


@pytest.mark.parametrize("doc", [status_doc(), status_doc("failing"), empty_doc()],
                         ids=["full", "failing", "empty"])
def test_the_html_references_nothing_outside_itself(doc):
    html = render_html(doc)
    for pattern in EXTERNAL:
        assert not pattern.search(html), f"{pattern.pattern!r} matched: {pattern.search(html).group(0)!r}"
    hrefs = [v for _, name, v in census(html).attributes if name == "href"]
    assert hrefs and all(re.fullmatch(r"#[a-z0-9-]+", h) for h in hrefs), hrefs
    assert 'name="viewport"' in html and "@media print" in html
    assert "default-src 'none'" in html  # the CSP forbids scripts and every fetch


@pytest.mark.browser
def test_the_report_draws_a_real_page_in_chromium(tmp_path):
    require_chromium()
    png = screenshot(write_report(tmp_path, status_doc()), tmp_path / "report.png")
    image = read_png(png)
    assert (image.width, image.height) == (1200, 900)
    colours = Counter(image.pixels(step=2))
    background, most = colours.most_common(1)[0]
    total = sum(colours.values())
    assert len(colours) > 200, "too few colours: a blank or error page"
    assert 1 - most / total > 0.10, "almost everything is one colour"
    assert sum(n for c, n in colours.items() if c == (255, 255, 255)) / total < 0.9
    assert any(r > g + 40 and r > b + 40 for r, g, b in colours), "no warm colour (badges, bars) drawn"


@pytest.mark.browser
def test_the_browser_builds_one_section_per_interview(tmp_path):
    require_chromium()
    doc = status_doc()
    dom = census(dump_dom(write_report(tmp_path, doc)))
    assert dom.count("article", "interview") == len(doc["interviews"])
    ids = [v for tag, name, v in dom.attributes if tag == "article" and name == "id"]
    assert ids == [f"interview-{i['id']}" for i in doc["interviews"]]
    assert dom.tags.get("svg", 0) >= 3 + len(doc["interviews"])  # three charts and a gauge per card
    assert dom.count("section", "health") == 1
    assert dom.tags.get("script", 0) == 0 and dom.tags.get("img", 0) == 0
    text = " ".join(dom.text)
    for item in doc["interviews"]:
        assert item["company"] in text and item["next_step"] in text


@pytest.mark.browser
def test_the_empty_report_is_a_helpful_page(tmp_path):
    require_chromium()
    path = write_report(tmp_path, empty_doc())
    dom = census(dump_dom(path))
    text = " ".join(dom.text)
    assert dom.count("article", "interview") == 0
    assert "No interviews yet" in text and "interview-watch interview add" in text
    assert "has not been synced yet" in text and "Never synced" in text
    image = read_png(screenshot(path, tmp_path / "empty.png"))
    assert len(Counter(image.pixels(step=2))) > 50


@pytest.mark.browser
def test_the_report_is_drawn_on_a_phone_sized_screen(tmp_path):
    require_chromium()
    image = read_png(screenshot(write_report(tmp_path, status_doc()), tmp_path / "phone.png", size="390,844"))
    assert (image.width, image.height) == (390, 844)
    assert len(Counter(image.pixels(step=2))) > 100
