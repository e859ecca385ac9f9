"""A realistic local mailbox for `demo`: thank-yous, replies of every kind, and mail that is not.

Dates are relative to `now`, so every status (including silence) shows up whenever it runs.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

ME = "alex.morgan@example.org"


@dataclass(frozen=True)
class DemoThread:
    company: str
    domain: str
    contact: str
    contact_name: str
    role: str
    sent_days_ago: float
    replies: tuple[tuple[float, str, str, str], ...]  # (days after thank-you, from, subject, body)


def _thank_you(t: DemoThread) -> str:
    first = t.contact_name.split()[0]
    return (
        f"Hi {first},\n\nThank you so much for taking the time to speak with me today about the "
        f"{t.role} position at {t.company}. I really enjoyed learning about the team's roadmap, and "
        f"our conversation made me even more excited about the opportunity.\n\n"
        f"Please let me know if I can provide anything else.\n\nBest regards,\nAlex Morgan\n"
    )


def _threads() -> list[DemoThread]:
    return [
        DemoThread("Northwind", "northwind.example", "priya.shah@northwind.example", "Priya Shah",
                   "Senior Data Engineer", 6, (
                       (0.8, "priya.shah@northwind.example", "Re: Thank you – Senior Data Engineer interview",
                        "Hi Alex,\n\nThanks for your note! The team really enjoyed meeting you. We'd love to "
                        "invite you to a final panel with our VP of Engineering and two future teammates. "
                        "Could you share your availability for next Tuesday or Wednesday?\n\nBest,\nPriya\n"),)),
        DemoThread("Globex", "globex.example", "m.weber@globex.example", "Martin Weber",
                   "Backend Developer", 12, (
                       (2.5, "m.weber@globex.example", "Re: Thank you for the interview",
                        "Dear Alex,\n\nThank you for your time and for your interest in Globex. You were a "
                        "strong candidate and we were very impressed with your background. Unfortunately, "
                        "after careful consideration we have decided to move forward with another candidate "
                        "whose experience more closely matches our current needs. We'll keep your résumé on "
                        "file.\n\nKind regards,\nMartin Weber\n"),)),
        DemoThread("Initech", "initech.example", "hr@initech.example", "Dana Lee",
                   "Platform Engineer", 15, (
                       (1.2, "hr@initech.example", "Re: Thanks for today",
                        "Hi Alex,\n\nWe're delighted to extend you an offer to join Initech as a Platform "
                        "Engineer. Your compensation package and proposed start date are in the attached "
                        "letter. Please let us know if you have any questions.\n\nWarmly,\nDana\n"),)),
        DemoThread("Umbrella Health", "umbrella.example", "jo.king@umbrella.example", "Jo King",
                   "ML Engineer", 4, (
                       (1.5, "jo.king@umbrella.example", "Re: Thank you",
                        "Hi Alex,\n\nGreat speaking with you. Before we take the next step, could you send us "
                        "two professional references and a short work sample from a recent project?\n\n"
                        "Thanks,\nJo\n"),)),
        DemoThread("Hooli", "hooli.example", "sam.ortiz@hooli.example", "Sam Ortiz",
                   "Site Reliability Engineer", 5, (
                       (0.1, "sam.ortiz@hooli.example", "Automatic reply: Thank you",
                        "I am out of the office until next Monday with limited access to email. "
                        "I will respond when I return.\n"),
                       (3.0, "sam.ortiz@hooli.example", "Re: Thank you",
                        "Hi Alex,\n\nThanks again for coming in. We're still interviewing a few candidates "
                        "and expect to make a decision by the end of next week. We'll be in touch.\n\nSam\n"))),
        DemoThread("Stark Industries", "stark.example", "pepper@stark.example", "Pepper Potts",
                   "Product Designer", 16, ()),
        DemoThread("Acme Robotics", "acme-robotics.example", "hiring@acme-robotcs.example", "Lee Park",
                   "Firmware Engineer", 2, (
                       (0.01, "mailer-daemon@mail.example.org", "Undelivered Mail Returned to Sender", "BOUNCE"),)),
        DemoThread("Vandelay Imports", "vandelay.example", "art@vandelay.example", "Art Vandelay",
                   "Logistics Analyst", 0.6, ()),
    ]


def _bounce(thank_you: EmailMessage, t: DemoThread) -> EmailMessage:
    """A Postfix-style RFC 3464 delivery failure report for the thank-you."""
    from email import message_from_bytes, policy

    boundary = "bounce-boundary-4711"
    original = "".join(f"{k}: {v}\r\n" for k, v in thank_you.items())
    raw = (
        "From: Mail Delivery System <mailer-daemon@mail.example.org>\r\n"
        f"To: {ME}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mail.example.org.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n\r\n"
        f"<{t.contact}>: host mx.{t.domain} said: 550 5.1.1 <{t.contact}>:\r\n"
        "    Recipient address rejected: User unknown in virtual mailbox table\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.example.org\r\n\r\n"
        f"Final-Recipient: rfc822; {t.contact}\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/rfc822-headers\r\n\r\n"
        f"{original}\r\n"
        f"--{boundary}--\r\n"
    )
    return message_from_bytes(raw.encode(), policy=policy.default)  # type: ignore[return-value]


def _write(folder: Path, msg: EmailMessage, when: datetime, seq: int) -> None:
    for sub in ("cur", "new", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    name = f"{int(when.timestamp())}.{seq}_demo.{socket.gethostname() or 'localhost'}:2,S"
    path = folder / "cur" / name
    path.write_bytes(bytes(msg))
    os.utime(path, (when.timestamp(), when.timestamp()))


def write_demo_mailbox(root: Path, now: datetime) -> Path:
    """Given a folder and the current time, write a Maildir (INBOX and .Sent) and return its root."""
    inbox, sent = root, root / ".Sent"
    for folder in (inbox, sent):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    seq = 0
    for t in _threads():
        sent_at = now - timedelta(days=t.sent_days_ago)
        ty = EmailMessage()
        ty["From"] = f"Alex Morgan <{ME}>"
        ty["To"] = f"{t.contact_name} <{t.contact}>"
        ty["Subject"] = f"Thank you – {t.role} interview"
        ty["Date"] = format_datetime(sent_at)
        ty["Message-ID"] = make_msgid(domain="example.org")
        ty.set_content(_thank_you(t))
        seq += 1
        _write(sent, ty, sent_at, seq)
        for after, sender, subject, body in t.replies:
            when = sent_at + timedelta(days=after)
            if when > now:
                continue
            if body == "BOUNCE":
                reply = _bounce(ty, t)
            else:
                reply = EmailMessage()
                reply["From"] = f"{t.contact_name} <{sender}>"
                reply["To"] = ME
                reply["Subject"] = subject
                reply["In-Reply-To"] = ty["Message-ID"]
                reply["References"] = ty["Message-ID"]
                if subject.startswith("Automatic reply"):
                    reply["Auto-Submitted"] = "auto-replied"
                    reply["X-Auto-Response-Suppress"] = "All"
                quoted = "\n".join("> " + line for line in _thank_you(t).splitlines())
                reply.set_content(f"{body}\nOn {format_datetime(sent_at)}, Alex Morgan <{ME}> wrote:\n{quoted}\n")
            reply["Date"] = format_datetime(when)
            reply["Message-ID"] = make_msgid(domain=t.domain)
            seq += 1
            _write(inbox, reply, when, seq)
    # Mail that must not be linked: a friend's thanks, its reply, a company newsletter.
    friend = EmailMessage()
    friend["From"] = f"Alex Morgan <{ME}>"
    friend["To"] = "Jamie <jamie.friend@gmail.com>"
    friend["Subject"] = "Thanks for dinner!"
    friend["Date"] = format_datetime(now - timedelta(days=3))
    friend["Message-ID"] = make_msgid(domain="example.org")
    friend.set_content("Thank you so much for dinner last night, the lasagna was amazing. Next time is on me!\n")
    seq += 1
    _write(sent, friend, now - timedelta(days=3), seq)
    news = EmailMessage()
    news["From"] = "Northwind News <news@northwind.example>"
    news["To"] = ME
    news["Subject"] = "This month at Northwind: new office, new products"
    news["Date"] = format_datetime(now - timedelta(days=1))
    news["Message-ID"] = make_msgid(domain="northwind.example")
    news["List-Id"] = "Northwind newsletter <news.northwind.example>"
    news["List-Unsubscribe"] = "<mailto:unsubscribe@northwind.example>"
    news["Precedence"] = "bulk"
    news.set_content("We're excited to invite you to our product launch webinar next week!\n")
    seq += 1
    _write(inbox, news, now - timedelta(days=1), seq)
    return root
