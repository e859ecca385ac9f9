"""A realistic, seeded 20,000-message mailbox on a throwaway Dovecot, and two ways to load it.

The INBOX holds newsletters, service notifications, job-board alerts, personal and work mail and
a few ATS messages about other companies, plus a few hundred replies linked to ~20 thank-yous in
Sent (threaded, from the contact, or from someone else at the company). Messages are 3-10 KB with
real-looking header blocks (Received, DKIM, ARC, Authentication-Results: 1.2-2.6 KB), so a
header-only fetch costs what it costs on a real account. Every date falls inside the default
90-day lookback, so the first sync has to look at all of them (the worst case).

Two loaders, measured by `python benchmarks/mailbox.py --compare`:
- `maildir`: write the files straight into the user's Maildir (owned by the mail uid), mtime as
  INTERNALDATE, size in the name; Dovecot indexes them on first access (warm_up does that).
- `append`: MULTIAPPEND with LITERAL+ on one TLS connection, 500 messages per command.
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import socket
import ssl
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo importable
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.common import Stopwatch  # noqa: E402

from tests.fixtures.dovecot import DovecotServer, DovecotUser  # noqa: E402
from tests.fixtures.scenarios import ME  # noqa: E402

WORDS = ("team role product design review data pipeline customer roadmap quarter launch update "
         "meeting schedule feedback release platform service metrics budget hiring project plan "
         "weekly notes draft proposal contract invoice support ticket account security report "
         "analysis summary community event webinar offer discount shipping order delivery").split()
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne",
             "Cyberdyne", "Soylent", "Tyrell", "Wonka", "Gringotts", "Oscorp", "Aperture", "Monarch",
             "Pied Piper", "Massive Dynamic", "Dunder Mifflin", "Prestige"]
ROLES = ["Backend Engineer", "Data Analyst", "Platform Engineer", "Product Manager", "SRE",
         "Frontend Developer", "ML Engineer", "QA Lead", "Solutions Architect", "Data Engineer"]
NEWSLETTERS = [("news@mail.medium.com", "Medium Daily Digest"), ("hello@substack.com", "Substack"),
               ("deals@shop.example-store.com", "Example Store"), ("digest@quora.com", "Quora Digest"),
               ("newsletter@techcrunch.com", "TechCrunch"), ("info@meetup.com", "Meetup")]
NOTIFIERS = [("notifications@github.com", "GitHub"), ("no-reply@accounts.google.com", "Google"),
             ("noreply@slack.com", "Slack"), ("no-reply@dropbox.com", "Dropbox"),
             ("alerts@bank.example.com", "Example Bank"), ("noreply@calendly.com", "Calendly")]
JOB_BOARDS = [("jobalerts-noreply@linkedin.com", "LinkedIn Job Alerts"),
              ("alert@indeed.com", "Indeed"), ("noreply@glassdoor.com", "Glassdoor")]
FRIEND_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "posteo.de", "fastmail.com"]
REPLY_TEXTS = [
    "Thank you for your note. We'd like to invite you to a second interview with the team next "
    "week. Could you share your availability?",
    "Thanks for your patience. We are still reviewing candidates and will be in touch soon.",
    "Could you please send us two references and a recent work sample?",
    "Thank you for interviewing with us. Unfortunately, we have decided not to move forward with "
    "your application at this time.",
    "We are pleased to offer you the position. Your offer letter is attached.",
    "Thanks for the kind words, it was great talking to you as well.",
]


@dataclass
class BigMailbox:
    user: DovecotUser
    inbox: int
    sent: int
    thank_yous: int
    linked_replies: int
    inbox_bytes: int
    sent_bytes: int
    header_bytes: int
    method: str
    load_seconds: float = 0.0
    warm_seconds: float = 0.0
    thank_you_ids: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.inbox + self.sent

    @property
    def total_bytes(self) -> int:
        return self.inbox_bytes + self.sent_bytes


@dataclass
class _Mail:
    folder: str  # "INBOX" | "Sent"
    at: datetime
    raw: bytes
    seen: bool = True


class _Writer:
    """Builds raw RFC 5322 messages (CRLF) with realistic header blocks, fast and seeded."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.n = 0
        self.sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + "."
                          for _ in range(3000)]

    def words(self, count: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(count))

    def paragraphs(self, n_bytes: int) -> str:
        out, size = [], 0
        while size < n_bytes:
            line = " ".join(self.rng.choices(self.sentences, k=4))
            out.append(line)
            size += len(line) + 2
        return "\r\n".join(out)

    def trace_headers(self, frm_domain: str, at: datetime) -> str:
        r = self.rng
        hops = []
        for hop in range(r.randint(2, 4)):
            t = format_datetime(at - timedelta(seconds=hop * r.randint(1, 5)))
            hops.append(f"Received: from mail{hop}.{frm_domain} (mail{hop}.{frm_domain} "
                        f"[203.0.113.{r.randint(1, 254)}])\r\n\tby mx.example.net (Postfix) with "
                        f"ESMTPS id {r.getrandbits(40):X}\r\n\tfor <{ME}>; {t}")
        sig = base64.b64encode(r.randbytes(r.randint(255, 525))).decode()
        folded = "\r\n\t".join(sig[i:i + 76] for i in range(0, len(sig), 76))
        return ("\r\n".join(hops) + "\r\n"
                f"Authentication-Results: mx.example.net; dkim=pass header.d={frm_domain}; "
                f"spf=pass smtp.mailfrom={frm_domain}; dmarc=pass header.from={frm_domain}\r\n"
                f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={frm_domain}; s=s1;\r\n"
                f"\th=from:to:subject:date:message-id:mime-version:content-type;\r\n"
                f"\tbh={sig[:44]}=;\r\n\tb={folded}\r\n")

    def build(self, *, frm: str, to: str, subject: str, at: datetime, target: int, html: bool,
              lead: str = "", extra: dict[str, str] | None = None, trace: bool = True,
              mid: str | None = None) -> tuple[bytes, str]:
        """A message of about `target` bytes: `lead` then filler text (and its HTML twin)."""
        self.n += 1
        domain = frm.rsplit("@", 1)[-1].rstrip(">")
        mid = mid or f"<{self.n}.{self.rng.getrandbits(48):x}@{domain}>"
        head = self.trace_headers(domain, at) if trace else ""
        head += (f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {format_datetime(at)}\r\n"
                 f"Message-ID: {mid}\r\nMIME-Version: 1.0\r\n")
        for key, value in (extra or {}).items():
            head += f"{key}: {value}\r\n"
        room = target - len(head) - 120
        if not html:
            head += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
            text = lead + (self.paragraphs(room - len(lead)) if room > len(lead) else "")
            return (head + "\r\n" + text + "\r\n").encode(), mid
        text = lead + self.paragraphs(max(int((room - 250) / 2.45) - len(lead), 100))
        boundary = f"b{self.rng.getrandbits(64):x}"
        markup = "".join(f"<p style=\"margin:0 0 12px;font-family:Arial\">{p}</p>\r\n"
                         for p in text.split("\r\n"))
        body = (f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
                f"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                f"<html><body><table width=\"100%\"><tr><td>{markup}</td></tr></table></body></html>\r\n"
                f"--{boundary}--\r\n")
        head += f"Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n"
        return (head + "\r\n" + body).encode(), mid

    def reply(self, *, frm: str, subject: str, at: datetime, target: int, said: str,
              quoted_at: datetime, extra: dict[str, str] | None = None) -> tuple[bytes, str]:
        """A human reply as mail clients write it: a few lines, a signature, the quoted thread
        (">" lines under "On ... wrote:") and an HTML twin; about `target` bytes in all."""
        name = frm.split("<")[0].strip() or "Recruiting"
        lead = (f"Hi Sam,\r\n\r\n{said}\r\n\r\nBest regards,\r\n{name}\r\n\r\n"
                f"On {format_datetime(quoted_at)}, Sam Candidate <{ME}> wrote:\r\n")
        quote_room = max(int((target - 2400 - 2 * len(lead)) / 3.2), 300)
        quoted = "\r\n".join("> " + line for line in self.paragraphs(quote_room).split("\r\n"))
        return self.build(frm=frm, to=ME, subject=subject, at=at, target=0, html=True,
                          lead=lead + quoted, extra=extra)

def generate(n_inbox: int = 20_000, n_sent: int = 400, n_thank_yous: int = 20, n_replies: int = 300,
             seed: int = 7, now: datetime | None = None) -> tuple[list[_Mail], list[str]]:
    """Return the mails (both folders, each folder in date order) and the thank-yous' Message-IDs."""
    now = now or datetime.now(timezone.utc)
    rng = random.Random(seed)
    w = _Writer(rng)
    span = timedelta(days=80)
    start = now - span
    at = lambda: start + timedelta(seconds=rng.uniform(0, span.total_seconds() - 3600))  # noqa: E731
    size = lambda: int(3000 * (10_000 / 3000) ** rng.random())  # noqa: E731 - log-uniform 3-10 KB
    mails: list[_Mail] = []

    # Sent: the thank-yous (one per company) and everyday sent mail.
    interviews = []
    for i in range(n_thank_yous):
        company = COMPANIES[i % len(COMPANIES)] + ("" if i < len(COMPANIES) else f" {i}")
        domain = company.lower().replace(" ", "") + "-corp.com"
        contact = f"{rng.choice(['jane', 'bob', 'carol', 'dan', 'eve'])}.{i}@{domain}"
        role = rng.choice(ROLES)
        sent_at = start + timedelta(days=rng.uniform(5, 60))
        body = (f"Dear {contact.split('.')[0].capitalize()},\r\n\r\nThank you for taking the time to "
                f"interview me for the {role} position at {company} yesterday. I enjoyed our "
                f"conversation about the team and the product.\r\n\r\nBest regards,\r\nSam\r\n")
        raw, mid = w.build(frm=f"Sam Candidate <{ME}>", to=contact, subject=f"Thank you - {role} interview",
                           at=sent_at, target=0, lead=body, html=False, trace=False,
                           mid=f"<ty-{i}-{rng.getrandbits(32):x}@example.net>")
        interviews.append((company, domain, contact, role, sent_at, mid))
        mails.append(_Mail("Sent", sent_at, raw))
    for _ in range(n_sent - n_thank_yous):
        friend = f"friend{rng.randint(1, 60)}@{rng.choice(FRIEND_DOMAINS)}"
        when = at()
        raw, _mid = w.build(frm=f"Sam Candidate <{ME}>", to=friend, subject="Re: " + w.words(4),
                            at=when, target=size(), html=False, trace=False)
        mails.append(_Mail("Sent", when, raw))

    # INBOX: linked replies, then the rest of a busy inbox.
    for k in range(n_replies):
        company, domain, contact, role, sent_at, ty_mid = interviews[k % len(interviews)]
        when = sent_at + timedelta(hours=rng.uniform(2, 24 * 20))
        when = min(when, now - timedelta(minutes=5))
        how = rng.random()
        extra: dict[str, str] = {}
        frm = f"{contact.split('@')[0].replace('.', ' ').title()} <{contact}>"
        if how < 0.6:
            extra = {"In-Reply-To": ty_mid, "References": ty_mid}
        elif how > 0.85:
            frm = f"{company} Recruiting <recruiting@{domain}>"
        raw, _ = w.reply(frm=frm, subject=f"Re: Thank you - {role} interview", at=when,
                         target=size(), said=rng.choice(REPLY_TEXTS), quoted_at=sent_at, extra=extra)
        mails.append(_Mail("INBOX", when, raw, seen=False))
    others = n_inbox - n_replies
    for _ in range(others):
        kind = rng.random()
        when = at()
        if kind < 0.42:
            addr, name = rng.choice(NEWSLETTERS)
            raw, _ = w.build(frm=f"{name} <{addr}>", to=ME, subject=w.words(6).title(), at=when,
                             target=size(), html=True,
                             extra={"List-Id": f"{name} <list.{addr.split('@')[1]}>",
                                    "List-Unsubscribe": f"<mailto:unsubscribe@{addr.split('@')[1]}>",
                                    "Precedence": "bulk"})
        elif kind < 0.66:
            addr, name = rng.choice(NOTIFIERS)
            raw, _ = w.build(frm=f"{name} <{addr}>", to=ME, subject=f"[{name}] " + w.words(5),
                             at=when, target=size(), html=True,
                             extra={"Auto-Submitted": "auto-generated"})
        elif kind < 0.72:
            addr, name = rng.choice(JOB_BOARDS)
            raw, _ = w.build(frm=f"{name} <{addr}>", to=ME, subject=f"{rng.randint(3, 30)} new jobs for you",
                             at=when, target=size(), html=True,
                             extra={"List-Unsubscribe": f"<https://{addr.split('@')[1]}/unsub>",
                                    "Precedence": "bulk"})
        elif kind < 0.725:
            other = rng.choice(["Nakatomi Trading", "Virtucon", "Sirius Cybernetics", "Yoyodyne"])
            raw, _ = w.build(frm=f"{other} Hiring <no-reply@greenhouse.io>", to=ME,
                             subject=f"Your application at {other}", at=when,
                             target=size(), html=True)
        elif kind < 0.74:
            company, domain, *_ = rng.choice(interviews)
            raw, _ = w.build(frm=f"{company} News <news@{domain}>", to=ME, subject=f"{company} monthly",
                             at=when, target=size(), html=True,
                             extra={"List-Id": f"<news.{domain}>", "Precedence": "bulk"})
        else:
            frm = f"Friend {rng.randint(1, 300)} <friend{rng.randint(1, 300)}@{rng.choice(FRIEND_DOMAINS)}>"
            raw, _ = w.build(frm=frm, to=ME, subject=rng.choice(["", "Re: ", "Fwd: "]) + w.words(4),
                             at=when, target=size(), html=False)
        mails.append(_Mail("INBOX", when, raw, seen=rng.random() < 0.9))
    mails.sort(key=lambda m: m.at)
    return mails, [iv[5] for iv in interviews]


def header_size(raw: bytes) -> int:
    end = raw.find(b"\r\n\r\n")
    return end + 4 if end >= 0 else len(raw)


# ---- loading ------------------------------------------------------------------------------------

def load_maildir(server: DovecotServer, user: DovecotUser, mails: list[_Mail]) -> None:
    """Write the mails into the user's Maildir (INBOX at the root, Sent as '.Sent')."""
    home = server.root / "home" / user.name
    owner = os.stat(home)
    maildir = home / "Maildir"
    folders = {"INBOX": maildir, "Sent": maildir / ".Sent"}
    for path in folders.values():
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)
    (folders["Sent"] / "maildirfolder").touch()
    host = socket.gethostname()
    for i, mail in enumerate(mails):
        ts = int(mail.at.timestamp())
        flags = "S" if mail.seen else ""
        path = folders[mail.folder] / "cur" / f"{ts}.M{i}P{os.getpid()}.{host},S={len(mail.raw)}:2,{flags}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, mail.raw)
            os.utime(fd, (ts, ts))
            os.fchown(fd, owner.st_uid, owner.st_gid)
        finally:
            os.close(fd)
    for dirpath, dirnames, filenames in os.walk(maildir):
        os.chown(dirpath, owner.st_uid, owner.st_gid)
        for name in filenames:
            if not name.count(",S="):  # the messages were chowned above
                os.chown(os.path.join(dirpath, name), owner.st_uid, owner.st_gid)


def load_multiappend(server: DovecotServer, user: DovecotUser, mails: list[_Mail], per_command: int = 500) -> None:
    """APPEND every mail on one TLS connection: MULTIAPPEND + LITERAL+, `per_command` per APPEND."""
    context = ssl.create_default_context(cafile=server.ca_file)
    raw_sock = socket.create_connection((server.host, server.tls_port), timeout=60)
    sock = context.wrap_socket(raw_sock, server_hostname=server.host)
    reader = sock.makefile("rb")
    try:
        reader.readline()  # greeting
        _command(sock, reader, b"L1", f'LOGIN "{user.name}" "{server.password(user.name)}"'.encode())
        for n, folder in enumerate(("INBOX", "Sent")):
            batch = [m for m in mails if m.folder == folder]
            for start in range(0, len(batch), per_command):
                parts = [f"A{n}-{start} APPEND {folder}".encode()]
                for mail in batch[start:start + per_command]:
                    date = mail.at.strftime("%d-%b-%Y %H:%M:%S +0000")
                    flags = "(\\Seen)" if mail.seen else "()"
                    parts.append(f' {flags} "{date}" {{{len(mail.raw)}+}}\r\n'.encode() + mail.raw)
                sock.sendall(b"".join(parts) + b"\r\n")
                _expect_ok(reader, f"A{n}-{start}".encode())
        _command(sock, reader, b"L2", b"LOGOUT")
    finally:
        reader.close()
        sock.close()


def _command(sock: ssl.SSLSocket, reader, tag: bytes, line: bytes) -> None:  # noqa: ANN001
    sock.sendall(tag + b" " + line + b"\r\n")
    _expect_ok(reader, tag)


def _expect_ok(reader, tag: bytes) -> None:  # noqa: ANN001
    while True:
        line = reader.readline()
        if not line:
            raise RuntimeError(f"connection closed waiting for {tag!r}")
        if line.startswith(tag + b" "):
            if not line.startswith(tag + b" OK"):
                raise RuntimeError(line.decode(errors="replace"))
            return


def warm_up(server: DovecotServer, user: DovecotUser) -> tuple[int, int]:
    """Let Dovecot index both folders and read every file once, as a long-lived account has been.

    Return the number of messages in INBOX and Sent."""
    counts = []
    with server.admin(user.name) as client:
        for folder in ("INBOX", "Sent"):
            info = client.select_folder(folder, readonly=True)
            exists = int(info[b"EXISTS"])
            uids = client.search("ALL") if exists else []
            for start in range(0, len(uids), 5000):
                client.fetch(uids[start:start + 5000], [b"RFC822.SIZE", b"INTERNALDATE",
                                                        b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            counts.append(exists)
    return counts[0], counts[1]


def build(server: DovecotServer, *, n_inbox: int = 20_000, n_sent: int = 400, n_thank_yous: int = 20,
          n_replies: int = 300, seed: int = 7, method: str = "maildir") -> BigMailbox:
    """A new user on `server` with the generated mailbox loaded and indexed."""
    mails, ty_ids = generate(n_inbox, n_sent, n_thank_yous, n_replies, seed)
    user = server.new_user("bench")
    with Stopwatch() as load:
        (load_maildir if method == "maildir" else load_multiappend)(server, user, mails)
    with Stopwatch() as warm:
        inbox, sent = warm_up(server, user)
    if (inbox, sent) != (n_inbox, n_sent):
        raise RuntimeError(f"loaded {inbox}+{sent} messages, expected {n_inbox}+{n_sent}")
    return BigMailbox(
        user=user, inbox=inbox, sent=sent, thank_yous=n_thank_yous, linked_replies=n_replies,
        inbox_bytes=sum(len(m.raw) for m in mails if m.folder == "INBOX"),
        sent_bytes=sum(len(m.raw) for m in mails if m.folder == "Sent"),
        header_bytes=sum(header_size(m.raw) for m in mails),
        method=method, load_seconds=load.seconds, warm_seconds=warm.seconds, thank_you_ids=ty_ids,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=20_000, help="INBOX size (default 20000)")
    parser.add_argument("--compare", action="store_true", help="time both loaders")
    args = parser.parse_args()
    with Stopwatch() as gen:
        mails, _ = generate(args.messages)
    sizes = sorted(len(m.raw) for m in mails)
    heads = sorted(header_size(m.raw) for m in mails)
    print(f"generated {len(mails)} messages in {gen.seconds:.1f} s; size p5/p50/p95 "
          f"{sizes[len(sizes) // 20]}/{sizes[len(sizes) // 2]}/{sizes[len(sizes) * 19 // 20]} B, "
          f"header p50 {heads[len(heads) // 2]} B, total {sum(sizes) / 1e6:.1f} MB")
    with DovecotServer() as server:
        for method in (("maildir", "append") if args.compare else ("maildir",)):
            started = time.perf_counter()
            box = build(server, n_inbox=args.messages, method=method)
            print(f"{method}: load {box.load_seconds:.1f} s + index/warm-up {box.warm_seconds:.1f} s "
                  f"(build total {time.perf_counter() - started:.1f} s incl. generation)")


if __name__ == "__main__":
    main()
