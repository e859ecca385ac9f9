"""Benchmark 2: the cost of a poll that finds nothing new, on a 20,000-message mailbox.

After the first sync, `App.sync_account` runs again with no new mail. Counted:
- IMAP commands: tagged command lines the client sent (an imaplib tap in this process);
- bytes: IMAP bytes sent + received above TLS (the tap), and bytes on the wire through a
  FaultProxy in pass mode (TLS records, both directions);
- milliseconds: wall time of `sync_account` (median of the repeats).

Two cases. The App keeps each account's connection (and folder names) between syncs, so:
- "kept connection": a poll on the connection the previous sync left open (what the daemon pays
  for every poll but its first);
- "new connection": the first poll of a fresh App (daemon start, or after a dropped connection):
  TCP + TLS handshake, CAPABILITY/LOGIN, LIST, the sync; the connection stays open afterwards.

    .venv/bin/python benchmarks/idle_poll.py [--messages 20000] [--repeats 10]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.common import Row, median, ms, print_rows  # noqa: E402
from benchmarks.servers import PASSWORD_VAR, ImapTap, account_for, bench_dovecot, fetches_bodies  # noqa: E402

NAME = "2. idle poll"


def _sample(app, account, tap, proxy):  # noqa: ANN001, ANN202
    tap.traffic.reset()
    proxy.bytes_to_client = 0
    proxy.client_bytes.clear()
    started = time.perf_counter()
    result = app.sync_account(account)
    seconds = time.perf_counter() - started
    if result.error is not None:
        raise RuntimeError(f"sync failed: {result.error}")
    if result.outcome.examined:
        raise RuntimeError(f"the idle poll examined {result.outcome.examined} message(s)")
    traffic = tap.traffic
    return dict(seconds=seconds, commands=list(traffic.commands), lines=list(traffic.lines),
                imap_bytes=traffic.sent + traffic.received, sent=traffic.sent, received=traffic.received,
                wire=proxy.bytes_to_client + len(proxy.client_bytes))


def measure(server, box, workdir: Path, repeats: int = 10) -> list[Row]:  # noqa: ANN001
    """`box` is a loaded BigMailbox; `workdir` may already hold the first sync's database."""
    from tests.fixtures.apps import make_app
    from tests.fixtures.proxy import FaultProxy

    os.environ[PASSWORD_VAR] = server.password(box.user.name)
    with FaultProxy(server.host, server.tls_port) as proxy, ImapTap() as tap:
        account = account_for(server, box.user, proxy.port)
        app = make_app(workdir, account)
        try:
            if not app.store.folder_state(account.name, "INBOX"):
                started = time.perf_counter()
                first = app.sync_account(account)
                if first.error:
                    raise RuntimeError(f"first sync failed: {first.error}")
                print(f"[{NAME}] first sync in-process: {time.perf_counter() - started:.1f} s, "
                      f"examined {first.outcome.examined}", file=sys.stderr)
            _sample(app, account, tap, proxy)  # the connection is open now
            kept = [_sample(app, account, tap, proxy) for _ in range(repeats)]
            started = time.perf_counter()
            app.after_sync()
            after = time.perf_counter() - started
        finally:
            app.close()
        fresh = []
        for _ in range(repeats):
            app = make_app(workdir, account)
            try:
                fresh.append(_sample(app, account, tap, proxy))
            finally:
                app.close()

    one, new = kept[-1], fresh[-1]
    no_body = not fetches_bodies(one["lines"]) and not fetches_bodies(new["lines"])
    return [
        Row(NAME, "IMAP commands, kept connection (every poll but the first)", f"{len(one['commands'])}",
            "≤ 3", len(one["commands"]) <= 3, ", ".join(one["commands"]) or "none"),
        Row(NAME, "message bodies fetched", "none" if no_body else "YES", "none", no_body),
        Row(NAME, "IMAP bytes sent+received, kept connection",
            f"{one['imap_bytes']:,} B", "< 2 KB", one["imap_bytes"] < 2048,
            f"{one['sent']} sent, {one['received']} received; {one['wire']:,} B on the wire with TLS"),
        Row(NAME, "time, kept connection (p50)", ms(median(r["seconds"] for r in kept)), "", None,
            f"{repeats} runs"),
        Row(NAME, "IMAP commands, new connection (first poll after start or a drop)", f"{len(new['commands'])}",
            "", None, ", ".join(new["commands"]) + "; + TCP/TLS handshake"),
        Row(NAME, "bytes, new connection", f"{new['wire']:,} B on the wire", "", None,
            f"IMAP {new['imap_bytes']:,} B; the rest is the TLS handshake and certificate"),
        Row(NAME, "time, new connection (p50)", ms(median(r["seconds"] for r in fresh)), "", None,
            f"{repeats} runs"),
        Row(NAME, "after_sync (events, notifications, HTML report)", ms(after), "", None,
            "runs after every poll and every 60 s tick"),
    ]


def main() -> None:
    from benchmarks import mailbox

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args()
    with bench_dovecot() as server, tempfile.TemporaryDirectory(prefix="iw-bench-") as tmp:
        box = mailbox.build(server, n_inbox=args.messages)
        rows = measure(server, box, Path(tmp), args.repeats)
    print_rows(rows, args.json)


if __name__ == "__main__":
    main()
