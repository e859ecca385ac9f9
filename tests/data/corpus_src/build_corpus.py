"""Build tests/data/corpus/*.eml and labels.csv from the hand-written replies in this folder.

The bodies are written by hand, one per message, in the *.txt files here; this script only
templates what is mechanical: headers, the quoted thank-you under the reply (Gmail, Outlook,
Apple Mail and Thunderbird styles in each language), HTML-only parts, calendar invitations,
auto-reply headers and RFC 3464 delivery reports. Run it after editing a .txt file:

    python tests/data/corpus_src/build_corpus.py

Source format, one block per message:

    === <id> | <category> | <hard_case or -> | <options, comma-separated, or ->
    From: Name <address>
    Subject: ...
    <blank line>
    body ...

Options: quote (Gmail-style "On ... wrote:" + "> " lines), outlook (an Outlook header block),
html (HTML only), htmlraw (the body is already HTML, as an ATS table is),
cal=YYYYMMDDTHHMMSSZ (a text/calendar METHOD:REQUEST part),
auto=exchange|gmail|precedence|xautoreply|autoresponder|none (auto-reply headers),
bounce=postfix|exim|exchange|delay (a multipart/report). The language is the id's prefix.
The split (dev or holdout) is a stable hash of the id, about one message in three held out;
split=blind marks the batch written after the rules were tuned and measured once, unseen.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus"
CANDIDATES = [("Alex Morgan", "alex.morgan@example.net"), ("Jamie Rivera", "jamie.rivera@example.org"),
              ("Lena Hoffmann", "lena.hoffmann@example.de"), ("Camille Durand", "camille.durand@example.fr"),
              ("Lucía Martín", "lucia.martin@example.es"), ("Sam Okafor", "sam.okafor@example.com")]

THANK_YOU = {
    "en": ("Thank you for your time today", [
        "Hi {first},", "",
        "Thank you for taking the time to speak with me today about the {role} role. I really",
        "enjoyed learning about the team's roadmap and the challenges you described.", "",
        "I'm very excited about the opportunity and look forward to hearing from you.", "",
        "Best regards,", "{me}"]),
    "de": ("Vielen Dank für das Gespräch", [
        "Hallo {first},", "",
        "vielen Dank für das angenehme Gespräch heute zur Position {role}. Der Einblick in",
        "Ihr Team und die anstehenden Projekte hat mich sehr begeistert.", "",
        "Ich freue mich darauf, von Ihnen zu hören.", "",
        "Viele Grüße", "{me}"]),
    "fr": ("Merci pour notre entretien", [
        "Bonjour {first},", "",
        "Je vous remercie pour notre entretien d'aujourd'hui concernant le poste de {role}.",
        "J'ai beaucoup apprécié notre échange sur les projets de l'équipe.", "",
        "Je reste à votre disposition et j'espère avoir bientôt de vos nouvelles.", "",
        "Bien cordialement,", "{me}"]),
    "es": ("Gracias por la entrevista", [
        "Hola {first},", "",
        "Muchas gracias por tu tiempo hoy y por la conversación sobre el puesto de {role}.",
        "Me encantó conocer los proyectos del equipo y los retos que comentaste.", "",
        "Quedo atento a tus noticias.", "",
        "Un saludo,", "{me}"]),
}
ATTRIBUTION = {
    "en": ["On {date}, {me} <{addr}> wrote:", "On {date} at {time}, {me} <{addr}> wrote:"],
    "de": ["Am {date} um {time} schrieb {me} <{addr}>:", "{me} <{addr}> schrieb am {date}:"],
    "fr": ["Le {date} à {time}, {me} <{addr}> a écrit :", "Le {date}, {me} a écrit :"],
    "es": ["El {date}, a las {time}, {me} <{addr}> escribió:", "El {date} {me} <{addr}> escribió:"],
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}
AUTO_HEADERS = {
    "exchange": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", "{to}"),
                 ("X-MS-Exchange-Organization-AutoReply", "1")],
    "gmail": [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
    "precedence": [("Precedence", "auto_reply")],
    "xautoreply": [("X-Autoreply", "yes"), ("X-Autorespond", "vacation")],
    "autoresponder": [("Auto-Submitted", "auto-replied"), ("X-Autoresponder", "ATS")],
    "none": [],
}
BOUNCE_STATUS = {"postfix": ("failed", "5.1.1", "smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"),
                 "exim": ("failed", "5.0.0", "smtp; 550 No such user here"),
                 "exchange": ("failed", "5.4.1", "smtp;550 5.4.1 Recipient address rejected: Access denied"),
                 "quota": ("failed", "5.2.2", "smtp; 552 5.2.2 Mailbox full"),
                 "delay": ("delayed", "4.4.1", "smtp; 451 4.4.1 Connection timed out")}


def parse_sources() -> list[dict]:
    entries = []
    # Numbers sort by value (zz_blind9 before zz_blind10), so a new batch is appended and the
    # messages already built keep their index: the same candidate, dates and MIME boundaries.
    for path in sorted(HERE.glob("*.txt"),
                       key=lambda p: re.sub(r"\d+", lambda m: m.group().zfill(4), p.name)):
        blocks = re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)
        for block in blocks[1:]:
            head, _, rest = block.partition("\n")
            ident, category, hard, opts = [p.strip() for p in head.split("|")]
            header_text, _, body = rest.partition("\n\n")
            headers = dict(line.split(": ", 1) for line in header_text.splitlines() if line)
            entries.append({"id": ident, "category": category,
                            "hard": "" if hard == "-" else hard,
                            "opts": {} if opts == "-" else dict(
                                (o.split("=", 1) + [""])[:2] for o in opts.split(",")),
                            "from": headers["From"], "subject": headers["Subject"],
                            "body": body.strip("\n") + "\n", "lang": ident.split("-")[0]})
    return entries


def split_of(ident: str) -> str:
    return "holdout" if int(hashlib.sha256(ident.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def build(entry: dict, index: int) -> bytes:
    lang = entry["lang"]
    me, my_addr = CANDIDATES[index % len(CANDIDATES)]
    sender_name, sender_addr = re.match(r"(.*?)\s*<(.+)>", entry["from"]).groups()
    sent = datetime(2026, 9, 1, 9, 0, tzinfo=timezone.utc) + timedelta(days=index % 7, hours=index % 7)
    received = sent + timedelta(hours=3 + index % 50)
    domain = sender_addr.split("@")[1]
    ty_id = f"<ty-{entry['id']}@example.net>"
    role = {"en": "Product Analyst", "de": "Data Engineer", "fr": "Cheffe de projet",
            "es": "Desarrollador Backend"}[lang]
    opts = entry["opts"]
    headers = [("From", entry["from"]), ("To", f"{me} <{my_addr}>"), ("Subject", entry["subject"]),
               ("Date", format_datetime(received)), ("Message-ID", f"<{entry['id']}@{domain}>"),
               ("In-Reply-To", ty_id), ("References", ty_id), ("MIME-Version", "1.0")]
    for name, value in AUTO_HEADERS.get(opts.get("auto", ""), []):
        headers.append((name, value.format(to=my_addr)))
    body = entry["body"]
    if "quote" in opts or "outlook" in opts:
        body = body + "\n" + quoted(lang, me, my_addr, sender_name, role, sent, "outlook" in opts,
                                    index)
    if "bounce" in opts:
        return bounce(headers, body, opts["bounce"], ty_id, my_addr, entry)
    if "htmlraw" in opts:
        part = mime_part("text/html", body)
    elif "html" in opts:
        part = mime_part("text/html", to_html(body))
    else:
        part = mime_part("text/plain", body)
    if "cal" in opts:
        return multipart(headers, "mixed", [part, calendar_part(opts["cal"], entry, sender_addr,
                                                                my_addr)])
    return render(headers + part[0], part[1])


def quoted(lang, me, addr, recruiter, role, sent, outlook, index) -> str:
    subject, lines = THANK_YOU[lang]
    first = recruiter.split()[0]
    text = [line.format(first=first, role=role, me=me) for line in lines]
    date = sent.strftime("%a, %d %b %Y") if lang == "en" else sent.strftime("%d.%m.%Y")
    if outlook:
        f, s, t, subj = OUTLOOK[lang]
        block = ["________________________________", f"{f}: {me} <{addr}>",
                 f"{s}: {sent.strftime('%d %B %Y %H:%M')}", f"{t}: {recruiter}",
                 f"{subj}: {subject}", ""]
        return "\n".join(block + text) + "\n"
    attribution = ATTRIBUTION[lang][index % 2].format(date=date, time=sent.strftime("%H:%M"),
                                                      me=me, addr=addr)
    return attribution + "\n\n" + "\n".join(("> " + line).rstrip() for line in text) + "\n"


def to_html(body: str) -> str:
    paragraphs, quote = [], []
    in_quote = False
    for chunk in body.split("\n\n"):
        if chunk.startswith(("On ", "Am ", "Le ", "El ", "____")) or in_quote:
            in_quote = True
            quote.append(chunk)
            continue
        paragraphs.append("<p>" + linkify(html.escape(chunk)).replace("\n", "<br>") + "</p>")
    quote_html = ""
    if quote:
        quote_text = "\n\n".join(quote)
        head, _, rest = quote_text.partition("\n")
        rest = "\n".join(line[2:] if line.startswith("> ") else line for line in rest.splitlines())
        quote_html = (f'<div class="gmail_quote"><div>{html.escape(head)}</div><blockquote '
                      f'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                      f'{html.escape(rest).replace(chr(10), "<br>")}</blockquote></div>')
    return ('<html><head><meta charset="utf-8"><style>p{margin:0 0 1em}</style></head><body>'
            '<div dir="ltr" style="font-family:Arial,sans-serif">' + "".join(paragraphs)
            + "</div>" + quote_html + "</body></html>\n")


def linkify(text: str) -> str:
    # Links are booking pages ("Book a time"), except a form, which shows its address.
    def anchor(match: re.Match[str]) -> str:
        url = match.group(1)
        text = url if re.search(r"//forms?\.|/forms?/", url) else "Book a time"
        return f'<a href="{url}">{text}</a>'
    return re.sub(r"(https?://[^\s<]+)", anchor, text)


def mime_part(ctype: str, text: str) -> tuple[list[tuple[str, str]], str]:
    return ([("Content-Type", f'{ctype}; charset="utf-8"'),
             ("Content-Transfer-Encoding", "8bit")], text)


def calendar_part(start: str, entry: dict, organizer: str, attendee: str):
    end = datetime.strptime(start, "%Y%m%dT%H%M%SZ") + timedelta(minutes=45)
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{start}",
        f"DTEND:{end.strftime('%Y%m%dT%H%M%SZ')}", f"DTSTAMP:{start}",
        f"ORGANIZER;CN={entry['from'].split(' <')[0]}:mailto:{organizer}",
        f"UID:{entry['id']}@calendar.example",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}",
        f"SUMMARY:{entry['subject'].replace('Re: ', '')}", "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR", ""])
    return ([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
             ("Content-Transfer-Encoding", "8bit")], ics)


def multipart(headers, subtype, parts, extra="") -> bytes:
    boundary = f"=_b_{hashlib.md5(str(headers).encode()).hexdigest()[:16]}"
    chunks = [render(headers + [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"'
                                                   f"{extra}")], "").decode()]
    for part_headers, text in parts:
        chunks.append(f"--{boundary}\n" + "".join(f"{k}: {v}\n" for k, v in part_headers)
                      + "\n" + text + "\n")
    chunks.append(f"--{boundary}--\n")
    return "".join(chunks).encode("utf-8")


def bounce(headers, body, kind, ty_id, my_addr, entry) -> bytes:
    action, status, diag = BOUNCE_STATUS[kind]
    rcpt = re.search(r"[\w.\-]+@[\w.\-]+", body) or re.search(r"<(.+)>", entry["from"])
    rcpt_addr = rcpt.group(0).strip("<>")
    dsn = (f"Reporting-MTA: dns; mx1.mail.example.net\nArrival-Date: {headers[3][1]}\n\n"
           f"Final-Recipient: rfc822; {rcpt_addr}\nOriginal-Recipient: rfc822;{rcpt_addr}\n"
           f"Action: {action}\nStatus: {status}\nRemote-MTA: dns; mx.{rcpt_addr.split('@')[1]}\n"
           f"Diagnostic-Code: {diag.format(rcpt=rcpt_addr)}\n")
    original = (f"From: {my_addr}\nTo: {rcpt_addr}\nSubject: {THANK_YOU[entry['lang']][0]}\n"
                f"Message-ID: {ty_id}\nDate: {headers[3][1]}\n")
    kept = [h for h in headers if h[0] not in ("In-Reply-To", "References")]
    kept.append(("Auto-Submitted", "auto-replied"))
    parts = [mime_part("text/plain", body), ([("Content-Type", "message/delivery-status")], dsn),
             ([("Content-Type", "text/rfc822-headers")], original)]
    return multipart(kept, "report", parts, "; report-type=delivery-status")


def render(headers, body: str) -> bytes:
    return ("".join(f"{k}: {v}\n" for k, v in headers) + "\n" + body).encode("utf-8")


def main() -> None:
    entries = parse_sources()
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)), "duplicate ids"
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for index, entry in enumerate(entries):
        name = f"{entry['id']}.eml"
        (OUT / name).write_bytes(build(entry, index))
        rows.append({"file": name, "category": entry["category"], "language": entry["lang"],
                     "hard_case": entry["hard"],
                     "split": entry["opts"].get("split") or split_of(entry["id"])})
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["file", "category", "language", "hard_case", "split"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
