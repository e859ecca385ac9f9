"""Classifier cases from blind batch 13 that a one-line phrasing row cannot express: HTML-only
replies whose words are written as entities, and the 'whether' clause read by conditional()."""

from __future__ import annotations

import pytest

from interview_watch.core.classify import classify
from interview_watch.core.rules import conditional, fold
from interview_watch.core.rules.boilerplate import strip_tags
from tests.unit.test_classify import reply


def test_strip_tags_reads_entities():
    assert strip_tags("<p>won&#39;t&nbsp;be moving forward, invitaci&oacute;n</p>").split() == [
        "won't", "be", "moving", "forward,", "invitación"]


@pytest.mark.parametrize("expected, html", [
    ("rejection", "<p>Thanks Sam. We won&#39;t be moving forward with your application.</p>"),
    ("second_interview", "<div>Hola,<br>el martes a las 10&nbsp;nos va bien. Te acabo de enviar "
                         "la invitaci&oacute;n.</div>"),
    ("rejection", "<p>Nous sommes contraints de <b>retirer notre offre</b>.</p>"),
])
def test_html_only_replies_with_entities(expected, html):
    assert classify(reply("", html=html)).category == expected


@pytest.mark.parametrize("text, word, waits", [
    ("we can't yet say whether we'll invite you back for a final round", "final round", True),
    ("wir wissen noch nicht, ob wir sie zu einem zweiten gesprach einladen", "einladen", True),
    ("let me know whether tuesday works for the final round", "final round", False),
])
def test_whether_clauses_wait_on_a_decision(text, word, waits):
    folded = fold(text)
    start = folded.index(word)
    assert conditional(folded, start, start + len(word)) is waits
