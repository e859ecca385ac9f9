"""author_text keeps what the sender wrote and drops quotes, device lines and signatures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_watch.core.textclean import author_text, first_lines

QUOTE = "> Thank you for the interview. I am excited about the offer of a second round."

CASES = [
    ("en gmail attribution on two lines",
     "We'd like to invite you to a final round.\n\nOn Mon, Sep 14, 2026 at 5:30\u202fPM Alex "
     "Morgan <alex@x.org>\nwrote:\n\n" + QUOTE,
     "We'd like to invite you to a final round."),
    ("en attribution split inside the address",
     "Let's talk Tuesday.\n\nOn Mon, 14 Sep 2026 at 10:00, Alex Morgan <\nalex@x.org> wrote:\n"
     + QUOTE,
     "Let's talk Tuesday."),
    ("apple mail attribution",
     "Great to hear from you.\n\nOn 14 Sep 2026, at 10:00, Alex <alex@x.org> wrote:\n\n" + QUOTE,
     "Great to hear from you."),
    ("de gmail attribution",
     "Leider haben wir uns anders entschieden.\n\nAm Mo., 14. Sept. 2026 um 18:02 Uhr schrieb "
     "Alex Morgan <\nalex@x.org>:\n\n" + QUOTE,
     "Leider haben wir uns anders entschieden."),
    ("de thunderbird attribution",
     "Wir melden uns.\n\nAlex Morgan schrieb am 14.09.2026 um 18:02:\n" + QUOTE,
     "Wir melden uns."),
    ("fr attribution with nbsp",
     "Nous vous proposons un second entretien.\n\nLe lun. 14 sept. 2026 à 17:45, Alex "
     "<alex@x.org> a\u00a0écrit\u00a0:\n" + QUOTE,
     "Nous vous proposons un second entretien."),
    ("es attribution on two lines",
     "Te enviamos la oferta mañana.\n\nEl lun, 14 sept 2026 a las 19:10, Alex Morgan "
     "(<alex@x.org>)\nescribió:\n\n" + QUOTE,
     "Te enviamos la oferta mañana."),
    ("outlook en block after underscores",
     "We are still deciding.\n\n________________________________\nFrom: Alex <alex@x.org>\n"
     "Sent: Thursday, September 17, 2026 6:12 PM\nTo: Tom <tom@y.com>\nSubject: Thanks\n\n"
     "Dear Tom, I hope for an offer.",
     "We are still deciding."),
    ("outlook bold fields",
     "See you Monday.\n\n*From:* Alex <alex@x.org>\n*Sent:* Thursday\n*To:* Tom\n*Subject:* Hi\n\n"
     "old text",
     "See you Monday."),
    ("outlook de original message",
     "Gerne laden wir Sie ein.\n\n-----Ursprüngliche Nachricht-----\nVon: Alex\n"
     "Gesendet: Montag\nAn: Anna\nBetreff: Danke\n\nalter Text",
     "Gerne laden wir Sie ein."),
    ("outlook de block without separator",
     "Wir melden uns.\n\nVon: Alex <alex@x.org>\nGesendet: Montag, 21. September 2026 17:40\n"
     "An: Anna\nBetreff: Danke\n\nalter Text",
     "Wir melden uns."),
    ("outlook fr block",
     "Merci, nous revenons vers vous.\n\nDe : Alex <alex@x.org>\nEnvoyé : lundi 21 septembre "
     "2026 17:40\nÀ : Anna\nObjet : Merci\n\nancien texte",
     "Merci, nous revenons vers vous."),
    ("outlook fr message d'origine",
     "Merci.\n\n-------- Message d'origine --------\nDe : Alex\nDate : lundi\nÀ : Anna\n\nvieux",
     "Merci."),
    ("outlook es block",
     "Gracias, te escribimos pronto.\n\nDe: Alex <alex@x.org>\nEnviado: lunes, 21 de "
     "septiembre de 2026 17:40\nPara: Ana\nAsunto: Gracias\n\ntexto antiguo",
     "Gracias, te escribimos pronto."),
    ("outlook es mensaje original",
     "Perfecto.\n\n-------- Mensaje original --------\nDe: Alex\nFecha: lunes\nPara: Ana\n\nviejo",
     "Perfecto."),
    ("original message en",
     "Sounds good.\n\n-----Original Message-----\nFrom: Alex\nSent: Monday\nTo: Tom\n\nold",
     "Sounds good."),
    ("interleaved quotes keep the answers",
     "> Are you free on Monday?\nYes, Monday at 10 works.\n> Can you bring references?\n"
     "Sure.",
     "Yes, Monday at 10 works.\nSure."),
    ("device lines in four languages",
     "Offer letter attached.\n\nSent from my iPhone\nVon meinem iPhone gesendet\n"
     "Envoyé de mon iPhone\nEnviado desde mi iPhone\nGet Outlook for Android",
     "Offer letter attached."),
    ("dash signature",
     "We'd love to have you join us.\n\n-- \nJane Doe\nHead of Talent\n+1 555 0100",
     "We'd love to have you join us."),
    ("closing block cut",
     "Hi Alex,\n\nWe are moving forward with your application.\n\nBest regards,\nJane Doe\n"
     "Recruiter | Acme Inc.\n+1 555 0100\nwww.acme.example",
     "Hi Alex,\n\nWe are moving forward with your application."),
    ("de closing block cut",
     "Hallo,\n\nwir laden Sie ein.\n\nMit freundlichen Grüßen\nAnna Schmidt\nPersonalabteilung",
     "Hallo,\n\nwir laden Sie ein."),
    ("a sentence after 'Thank you.' is never cut",
     "Hi Alex,\nThank you.\nWe will not be moving forward with your candidacy.\nJane",
     "Hi Alex,\nThank you.\nWe will not be moving forward with your candidacy.\nJane"),
    ("a postscript after the closing is kept",
     "Hi Alex,\nGreat chatting.\n\nBest,\nJane\nP.S. We'd like you to meet the founders.",
     "Hi Alex,\nGreat chatting.\n\nBest,\nJane\nP.S. We'd like you to meet the founders."),
    ("a lone closing is not emptied",
     "Thanks!\nJane",
     "Thanks!\nJane"),
    ("disclaimer cut",
     "Please send two references.\n\nCONFIDENTIALITY NOTICE: This e-mail is confidential.",
     "Please send two references."),
    ("body mentioning wrote is kept",
     "As I wrote earlier, the team wants to meet you again.",
     "As I wrote earlier, the team wants to meet you again."),
    ("from line in prose is kept",
     "From: our side, everything looks great.\nWe will send an offer.",
     "From: our side, everything looks great.\nWe will send an offer."),
    ("windows newlines", "Yes.\r\n\r\nOn Mon, Alex <a@x> wrote:\r\n> hi", "Yes."),
    ("empty", "", ""),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_author_text(name, text, expected):
    assert author_text(text) == expected


def test_underscore_rule_without_header_block_is_kept():
    text = "Line one\n______________________\nLine two"
    assert author_text(text) == text


@pytest.mark.parametrize("text, n, expected", [
    ("\n\nHi Alex,\n\nWe'd like to meet.\nTuesday?\nBest", 3, "Hi Alex,\nWe'd like to meet.\nTuesday?"),
    ("one", 3, "one"),
    ("a\nb\nc", 2, "a\nb"),
    ("", 3, ""),
])
def test_first_lines(text, n, expected):
    assert first_lines(text, n) == expected


def test_first_lines_trims_long_lines():
    assert len(first_lines("x" * 1000)) == 200


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=3000))
def test_author_text_never_raises_and_never_adds(text):
    cleaned = author_text(text)
    assert isinstance(cleaned, str)
    assert len(cleaned) <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "> quoted", "On Mon, Alex <a@x> wrote:", "From: a", "Sent: b", "To: c", "Subject: d",
    "-- ", "Best,", "Jane", "We would like to invite you.", "", "-----Original Message-----",
    "Am Mo. schrieb Alex <", "a@x>:", "Von meinem iPhone gesendet", "P.S. hi", "_" * 30,
]), max_size=40))
def test_author_text_never_raises_on_mail_shaped_lines(lines):
    assert isinstance(author_text("\n".join(lines)), str)
