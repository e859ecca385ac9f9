"""parse_message / parse_headers on real-world formats, hostile input and arbitrary bytes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_watch.adapters.parsing import (
    MAX_PARTS,
    MAX_TEXT_CHARS,
    MalformedMessage,
    parse_headers,
    parse_message,
)
from interview_watch.errors import InterviewWatchError

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"
ALL_FORMATS = sorted(FORMATS.glob("*.eml"))


def load(name: str) -> bytes:
    return (FORMATS / name).read_bytes()


def parsed(name: str):
    return parse_message(load(name))


# --- headers -----------------------------------------------------------------------------------

def test_encoded_words_addresses_ids_and_date_are_normalised():
    msg = parsed("exchange_oof_de.eml")
    assert msg.subject == "Automatische Antwort: Vielen Dank für das Gespräch"
    assert msg.from_name == "Jürgen Müller"
    assert msg.from_addr == "juergen.mueller@beispiel-gmbh.example"
    assert msg.to == ("alex.morgan@example.org",)
    assert msg.message_id == "<FR3P281MB1518A1B2C3D4E5F6@FR3P281MB1518.DEUP281.PROD.OUTLOOK.COM>"
    assert msg.in_reply_to == ("<ty-20260911-0002@example.org>",)
    assert msg.date == datetime(2026, 9, 11, 8, 3, 10, tzinfo=timezone.utc)
    assert msg.header("Auto-Submitted") == "auto-generated"
    assert msg.header("X-MS-Exchange-Generated-Message-Source") == "Mailbox Rules Agent"


def test_upper_case_address_is_lowered_and_offset_kept():
    msg = parsed("exchange_oof_en.eml")
    assert msg.from_addr == "jane.doe@acme-corp.example"
    assert msg.date.utcoffset() == timedelta(0)
    msg = parsed("reply_en_gmail_quoted.eml")
    assert msg.date.utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize("header, expected", [
    ("<a@x> <b@y>", ("<a@x>", "<b@y>")),
    ("<a@x>,<b@y>", ("<a@x>", "<b@y>")),
    ("<a@x>,\r\n <b@y>", ("<a@x>", "<b@y>")),
    ("a@x, b@y", ("<a@x>", "<b@y>")),
    ("a@x b@y", ("<a@x>", "<b@y>")),
    ('Your message of "Mon, 14 Sep 2026" <a@x>', ("<a@x>",)),
    ("<a@x> <a@x>", ("<a@x>",)),
    ("", ()),
])
def test_references_split_on_whitespace_and_commas(header, expected):
    raw = f"From: a@x\r\nReferences: {header}\r\nIn-Reply-To: {header}\r\n\r\nhi".encode()
    msg = parse_message(raw)
    assert msg.references == expected
    assert msg.in_reply_to == expected


def test_outlook_comma_folded_references():
    msg = parsed("reply_outlook_block.eml")
    assert msg.references == ("<ty-20260917-0013@example.org>",
                              "<DM6PR11MB4321AAAA@DM6PR11MB4321.namprd11.prod.outlook.com>")


@pytest.mark.parametrize("value, expected", [
    ("<abc@host>", "<abc@host>"),
    ("  <abc@host>  (comment)", "<abc@host>"),
    ("abc@host", "<abc@host>"),
    ("< abc@host >", "<abc@host>"),
    ("", ""),
])
def test_message_id_normalised(value, expected):
    raw = f"From: a@x\r\nMessage-ID: {value}\r\n\r\nhi".encode()
    assert parse_message(raw).message_id == expected


@pytest.mark.parametrize("value, expected", [
    ("Mon, 14 Sep 2026 10:00:00 -0700",
     datetime(2026, 9, 14, 10, 0, tzinfo=timezone(timedelta(hours=-7)))),
    ("Mon, 14 Sep 2026 10:00:00 -0000", datetime(2026, 9, 14, 10, 0, tzinfo=timezone.utc)),
    ("14 Sep 2026 10:00:00", datetime(2026, 9, 14, 10, 0, tzinfo=timezone.utc)),
    ("Mon, 14 Sep 2026 10:00:00 +0200 (CEST)",
     datetime(2026, 9, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))),
    ("2026-09-14T10:00:00+02:00", datetime(2026, 9, 14, 10, 0,
                                           tzinfo=timezone(timedelta(hours=2)))),
    ("sometime last week", None),
    ("Mon, 99 Foo 2026 99:99:99", None),
])
def test_dates_are_aware_or_none(value, expected):
    msg = parse_message(f"From: a@x\r\nDate: {value}\r\n\r\nhi".encode())
    assert msg.date == expected
    if expected is None:
        assert any("Date" in d for d in msg.defects)


def test_missing_date_and_message_id_are_defects_not_errors():
    msg = parse_message(b"Subject: hello\r\n\r\nbody")
    assert msg.date is None and msg.message_id == ""
    assert "no Date" in msg.defects and "no Message-ID" in msg.defects


def test_parse_headers_matches_parse_message_headers():
    raw = load("reply_fr_quoted.eml")
    head = raw.split(b"\n\n", 1)[0] + b"\n\n"
    headers_only = parse_headers(head)
    full = parse_message(raw)
    assert headers_only.text == "" and headers_only.html == ""
    for field in ("message_id", "subject", "from_addr", "from_name", "to", "date", "in_reply_to",
                  "references", "content_type"):
        assert getattr(headers_only, field) == getattr(full, field), field
    assert headers_only.subject == "Re: Merci pour l’entretien"
    assert headers_only.from_name == "Céline Dubois"


# --- bodies ------------------------------------------------------------------------------------

def test_html_only_windows_1252_is_converted_to_text_without_style_or_script():
    msg = parsed("html_only_cp1252.eml")
    assert "we’ve decided to move forward with other candidates" in msg.text.replace("\n", " ")
    assert "résumé" in msg.text and "60 000 €" in msg.text
    assert "tracking" not in msg.text and "font-family" not in msg.text
    assert "Lumen Retail</title>" not in msg.text
    assert "https://careers.lumen-retail.example/profile?id=123" in msg.html


def test_iso_8859_1_and_8bit_body():
    msg = parsed("reply_es_quoted.eml")
    assert msg.from_name == "Lucía Fernández"
    assert "Nos gustaría que nos enviaras dos referencias" in msg.text


def test_base64_body_decoded():
    assert "We’ll be in touch." in parsed("reply_outlook_block.eml").text


def test_html_blockquote_becomes_quoted_lines():
    from interview_watch.adapters.mime_parts import html_to_text
    text = html_to_text("<p>Yes, let's meet.</p><blockquote><p>Thanks for the interview</p>"
                        "</blockquote>")
    assert "Yes, let's meet." in text
    assert "> Thanks for the interview" in text


def test_lying_and_unknown_charsets_fall_back():
    msg = parsed("no_colon_lying_charset.eml")
    assert msg.subject == "Réponse about your interview"
    assert "très bientôt" in msg.text
    raw = (b"From: a@x\r\nSubject: =?utf-8?B?Y2Fm6Q==?=\r\n"
           b"Content-Type: text/plain; charset=klingon\r\n\r\ncaf\xc3\xa9")
    msg = parse_message(raw)
    assert msg.subject == "café" and msg.text == "café"
    assert any("klingon" in d for d in msg.defects)


def test_us_ascii_label_on_utf8_text_is_read_as_utf8():
    raw = "From: a@x\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nAndré — ok".encode()
    assert parse_message(raw).text == "André — ok"


def test_header_line_without_colon_is_dropped_and_the_rest_kept():
    msg = parsed("no_colon_lying_charset.eml")
    assert msg.from_addr == "weird@oddmail.example"
    assert msg.text.startswith("Merci beaucoup")
    assert "header line without a colon dropped" in msg.defects


def test_wrong_boundary_is_recovered():
    msg = parsed("broken_boundary.eml")
    assert msg.text.strip() == "Thanks Alex, we'd like you to meet the wider team next week."


# --- special parts -----------------------------------------------------------------------------

def test_calendar_request_is_parsed():
    msg = parsed("calendar_invite.eml")
    (invite,) = msg.calendar
    assert invite.method == "REQUEST"
    assert invite.summary == "Final panel - Orbit Labs"
    assert invite.organizer == "dana@orbitlabs.example"
    assert invite.start == datetime(2026, 9, 24, 19, 0, tzinfo=timezone.utc)
    assert invite.start.utcoffset() is not None
    assert msg.attachments == ("invite.ics",)


def test_floating_calendar_time_becomes_aware():
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20260924T150000\r\n"
           "SUMMARY:Onsite\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    raw = f"From: a@x\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n{ics}".encode()
    (invite,) = parse_message(raw).calendar
    assert invite.start == datetime(2026, 9, 24, 15, 0, tzinfo=timezone.utc)


def test_broken_calendar_is_a_defect():
    raw = b"From: a@x\r\nContent-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\nnonsense"
    msg = parse_message(raw)
    assert msg.calendar == ()


def test_postfix_delivery_status_and_returned_message():
    msg = parsed("postfix_bounce.eml")
    assert msg.content_type == "multipart/report"
    (report,) = msg.delivery
    assert report.action == "failed" and report.status == "5.1.1"
    assert report.recipient == "jane.doe@acme-corp.example"
    assert "User unknown" in report.diagnostic
    assert msg.original_message_id == "<ty-20260914-0004@example.org>"
    assert "Dear Jane" not in msg.text  # the returned message is not the bounce's text


def test_delay_notice_with_rfc822_headers_part():
    msg = parsed("postfix_delay.eml")
    assert [(r.action, r.status) for r in msg.delivery] == [("delayed", "4.4.1")]
    assert msg.original_message_id == "<ty-20260915-0005@example.org>"


def test_gmail_bounce_nested_alternative():
    msg = parsed("gmail_bounce.eml")
    assert msg.delivery[0].recipient == "recruiting@closedco.example"
    assert msg.original_message_id == "<CAH1x2y3z4-thankyou@mail.gmail.com>"
    assert "Address not found" in msg.text


def test_exim_text_bounce_original_id_from_inline_copy():
    msg = parsed("exim_bounce.eml")
    assert msg.delivery == ()
    assert msg.original_message_id == "<ty-20260916-0006@example.org>"


# --- hostile input -----------------------------------------------------------------------------

def multipart(parts: list[bytes], boundary: bytes = b"b") -> bytes:
    body = b"".join(b"--" + boundary + b"\r\n" + p + b"\r\n" for p in parts)
    return (b"From: a@x\r\nSubject: many\r\nContent-Type: multipart/mixed; boundary=" + boundary
            + b"\r\n\r\n" + body + b"--" + boundary + b"--\r\n")


def test_ten_thousand_parts_are_capped():
    raw = multipart([b"Content-Type: text/plain\r\n\r\npart %d" % i for i in range(10_000)])
    msg = parse_message(raw)
    assert msg.text.startswith("part 0")
    assert f"part {MAX_PARTS + 5}" not in msg.text
    assert any("MIME parts" in d for d in msg.defects)


def test_deeply_nested_rfc822_does_not_raise():
    raw = b"From: a@x\r\nSubject: top\r\n" + b"Content-Type: message/rfc822\r\n\r\n" * 5000
    msg = parse_message(raw + b"Subject: inner\r\n\r\nhi")
    assert msg.subject == "top"


def test_deeply_nested_multipart_does_not_raise():
    nest = b"".join(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
                    for i in range(400))
    msg = parse_message(b"From: a@x\r\nSubject: deep\r\n" + nest
                        + b"Content-Type: text/plain\r\n\r\nhi\r\n")
    assert msg.subject == "deep"


def test_twenty_megabyte_attachment_is_bounded():
    attachment = (b"Content-Type: application/octet-stream\r\n"
                  b"Content-Transfer-Encoding: base64\r\n"
                  b"Content-Disposition: attachment; filename=big.bin\r\n\r\n"
                  + b"QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\r\n"
                  * 280_000)
    raw = multipart([b"Content-Type: text/plain\r\n\r\nSee attached.", attachment])
    assert len(raw) > 20_000_000
    msg = parse_message(raw)
    assert msg.text.strip() == "See attached."
    assert msg.attachments == ("big.bin",)
    assert any("read only to" in d for d in msg.defects)


def test_long_text_is_cut():
    raw = b"From: a@x\r\n\r\n" + b"word " * (MAX_TEXT_CHARS // 2)
    msg = parse_message(raw)
    assert len(msg.text) == MAX_TEXT_CHARS


@pytest.mark.parametrize("raw", [
    b"",
    b"\x00\x01\x02\x03" * 100,
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20,
    b"just some words\nwithout any header\n",
])
def test_nothing_usable_raises_malformed(raw):
    with pytest.raises(MalformedMessage) as caught:
        parse_message(raw)
    assert isinstance(caught.value, InterviewWatchError)
    assert str(caught.value)


def test_not_bytes_is_malformed():
    with pytest.raises(MalformedMessage):
        parse_message("From: a@x\r\n\r\nhi")  # type: ignore[arg-type]


def test_binary_body_with_headers_is_kept():
    msg = parsed("no_date_no_id_binary.eml")
    assert msg.subject == "missing everything"
    assert "\x00" not in msg.text


@pytest.mark.parametrize("path", ALL_FORMATS, ids=lambda p: p.name)
def test_every_format_parses_with_text_or_reports(path):
    msg = parse_message(path.read_bytes())
    assert msg.subject
    assert msg.text or msg.delivery or msg.calendar


# --- properties --------------------------------------------------------------------------------

def _parse_or_malformed(raw: bytes) -> None:
    try:
        msg = parse_message(raw)
    except MalformedMessage:
        return
    assert len(msg.text) <= MAX_TEXT_CHARS
    assert all(isinstance(v, tuple) for v in msg.headers.values())
    assert msg.date is None or msg.date.tzinfo is not None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_raise_anything_but_malformed(raw):
    _parse_or_malformed(raw)
    try:
        parse_headers(raw)
    except MalformedMessage:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ALL_FORMATS), st.data())
def test_mutated_real_messages_never_raise_anything_but_malformed(path, data):
    raw = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 12))):
        action = data.draw(st.sampled_from(("flip", "cut", "insert", "dup")))
        pos = data.draw(st.integers(0, max(0, len(raw) - 1)))
        if action == "flip" and raw:
            raw[pos] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del raw[pos:pos + data.draw(st.integers(1, 200))]
        elif action == "insert":
            raw[pos:pos] = data.draw(st.sampled_from((
                b"\r\n", b"\r\n\r\n", b"--", b"=?", b"?=", b"=?utf-8?B?", b"\x00", b":",
                b"Content-Type: multipart/mixed; boundary=x\r\n", b"charset=\"x-bogus\"",
                b"=\r\n", b"<", b">", b"\xff\xfe", b"Content-Type: message/rfc822\r\n\r\n")))
        else:
            raw[pos:pos] = raw[pos:pos + data.draw(st.integers(1, 500))]
    _parse_or_malformed(bytes(raw))
