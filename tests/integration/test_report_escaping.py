"""Hostile email text in every field is shown as text and stays inert, in the HTML and in Chromium."""

from __future__ import annotations

import re

import pytest

from interview_watch.report import render_html, write_atomically
from tests.fixtures.chromium import census, dump_dom, require_chromium
from tests.fixtures.report_docs import HOSTILE, PAYLOADS, hostile_doc, status_doc

# Every element and attribute the renderer emits; anything else came from data.
OUR_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "header", "footer", "section", "article",
    "figure", "figcaption", "h1", "h2", "h3", "h4", "p", "span", "strong", "a", "ul", "ol", "li", "dl", "dt",
    "dd", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "code",
    "svg", "text", "rect", "line", "circle", "path",
}
OUR_ATTRIBUTES = {
    "lang", "charset", "name", "content", "http-equiv", "class", "id", "href", "aria-label", "role",
    "viewbox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "d",
    "text-anchor", "stroke-dasharray", "transform",
}


@pytest.fixture(params=[False, True], ids=["text-fields", "every-field"])
def doc(request):
    return hostile_doc(everything=request.param)


def test_the_fixture_poisons_every_email_derived_field():
    doc = hostile_doc()
    item, reply = doc["interviews"][0], doc["interviews"][0]["replies"][0]
    for value in (item["company"], item["role"], item["contacts"][0], item["thank_you"]["subject"],
                  item["thank_you"]["to"][0], reply["subject"], reply["from"], reply["from_name"],
                  reply["evidence"][0], reply["excerpt"], reply["message_id"],
                  doc["health"]["skipped"][0]["reason"], doc["health"]["accounts"][0]["name"]):
        assert HOSTILE in value


def test_no_markup_from_email_survives_in_the_html(doc):
    html = render_html(doc)
    lowered = html.lower()
    assert "<img" not in lowered and "<script" not in lowered
    assert 'href="javascript:' not in lowered and "href='javascript:" not in lowered
    assert not re.search(r"<[a-z][^<>]*\bon[a-z]+\s*=", lowered), "an event handler inside a tag"
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # shown, escaped, not dropped


def test_the_parsed_html_holds_only_our_elements_and_attributes(doc):
    page = census(render_html(doc))
    assert set(page.tags) <= OUR_TAGS, set(page.tags) - OUR_TAGS
    for tag, name, value in page.attributes:
        assert name in OUR_ATTRIBUTES, (tag, name, value)
        assert not name.startswith("on"), (tag, name)
        assert "javascript:" not in value.lower() and "alert" not in value, (tag, name, value)
        if name == "href":
            assert re.fullmatch(r"#[a-z0-9-]+", value), value
    text = "".join(page.text)
    for payload in PAYLOADS:
        assert payload in text  # visible as text, exactly as received


def test_urls_in_email_text_are_never_linked():
    doc = status_doc()
    link = "https://evil.example/schedule?x=1"
    doc["interviews"][1]["replies"][0]["excerpt"] = f"Pick a time at {link}"
    doc["interviews"][1]["replies"][0]["subject"] = f"[meet]({link})"
    page = census(render_html(doc))
    assert link in "".join(page.text)
    assert all("evil" not in value for _, _, value in page.attributes)


@pytest.mark.browser
def test_chromium_builds_no_element_from_email_text(tmp_path, doc):
    require_chromium()
    path = tmp_path / "hostile.html"
    write_atomically(path, render_html(doc))
    dom = census(dump_dom(path))
    assert dom.tags.get("img", 0) == 0 and dom.tags.get("script", 0) == 0
    assert set(dom.tags) <= OUR_TAGS | {"tbody"}, set(dom.tags) - OUR_TAGS
    assert all(not name.startswith("on") for _, name, _ in dom.attributes)
    assert all(value.startswith("#") for _, name, value in dom.attributes if name == "href")
    assert dom.count("article", "interview") == len(doc["interviews"])
    assert "<img src=x onerror=alert(1)>" in " ".join(dom.text)
