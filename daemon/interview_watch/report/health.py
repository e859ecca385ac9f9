"""Judging the health record, so that a silent zero never looks like a healthy zero.

"0 replies" means "all quiet" only when every account has synced recently and without error.
An account that never synced, has not synced for a day, or reported an error is a warning, and
every renderer shows these judgements the same way. `now` is the document's `generated_at`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping

from interview_watch.report import fields

LEVELS = ("ok", "warning", "error")


@dataclass(frozen=True)
class AccountHealth:
    name: str
    level: str  # one of LEVELS
    headline: str  # "Synced 5 minutes ago", "Never synced", "Last sync failed 2 hours ago"
    detail: str  # one sentence saying what it means or what to do, "" when all is well
    last_success: datetime | None
    last_error: str
    last_error_at: datetime | None
    messages_seen: int


@dataclass(frozen=True)
class SkippedMessage:
    account: str
    folder: str
    uid: str
    message_id: str
    reason: str
    at: datetime | None


@dataclass(frozen=True)
class Health:
    accounts: tuple[AccountHealth, ...]
    skipped: tuple[SkippedMessage, ...]
    database: str
    level: str  # the worst account level; "error" when no account is known at all
    ever_synced: bool  # at least one account has a successful sync
    warnings: tuple[str, ...]  # sentences for a banner, worst first


def assess_account(entry: Mapping[str, Any], now: datetime | None) -> AccountHealth:
    """Given one `health.accounts` entry and the report time, return its judged health."""
    name = fields.one_line(entry.get("name")) or "unnamed account"
    success = fields.parse_time(entry.get("last_success"))
    error = fields.one_line(entry.get("last_error"))
    error_at = fields.parse_time(entry.get("last_error_at"))
    seen = fields.as_int(entry.get("messages_seen"))
    error_is_current = bool(error) and (success is None or error_at is None or error_at >= success)

    if success is None and error:
        level, headline = "error", "Never synced: the last attempt failed"
        detail = "No mail has been read yet, so no reply can have been seen. Run `interview-watch doctor`."
    elif success is None:
        level, headline = "warning", "Never synced"
        detail = "No mail has been read yet: zero replies here means not synced yet, not silence."
    elif error_is_current:
        level = "error"
        headline = f"Last sync failed {fields.fmt_ago(error_at, now)}".rstrip()
        detail = (f"Last success {fields.fmt_ago(success, now)}; replies since then are not counted. "
                  "Run `interview-watch doctor`.")
    elif now is not None and now - success > fields.STALE_AFTER:
        level, headline = "warning", f"No successful sync for {fields.fmt_span(success, now)}"
        detail = "Replies that arrived since then are not counted. Is the daemon running?"
    elif error:
        level, headline = "warning", f"Synced {fields.fmt_ago(success, now)}, after an error"
        detail = f"Recovered from an error {fields.fmt_ago(error_at, now)}.".replace(" .", ".")
    elif seen == 0:
        level, headline = "warning", f"Synced {fields.fmt_ago(success, now)}, but saw no messages"
        detail = "An empty mailbox is unusual: check the inbox and Sent folder names."
    else:
        level, headline, detail = "ok", f"Synced {fields.fmt_ago(success, now)}".rstrip(), ""
    return AccountHealth(name, level, headline, detail, success, error, error_at, seen)


def assess(doc: Mapping[str, Any]) -> Health:
    """Given the status document, return the judged health of its mail accounts."""
    raw = doc.get("health") if isinstance(doc, Mapping) else None
    raw = raw if isinstance(raw, Mapping) else {}
    now = fields.generated_at(doc)
    entries = raw.get("accounts") if isinstance(raw.get("accounts"), list) else []
    accounts = tuple(assess_account(e, now) for e in entries if isinstance(e, Mapping))
    skipped_raw = raw.get("skipped") if isinstance(raw.get("skipped"), list) else []
    skipped = tuple(
        SkippedMessage(
            account=fields.one_line(s.get("account")),
            folder=fields.one_line(s.get("folder")),
            uid=fields.one_line(s.get("uid")),
            message_id=fields.one_line(s.get("message_id")),
            reason=fields.one_line(s.get("reason")) or "no reason recorded",
            at=fields.parse_time(s.get("at")),
        )
        for s in skipped_raw
        if isinstance(s, Mapping)
    )
    warnings: list[str] = []
    if not accounts:
        warnings.append("No mail account has reported in: nothing is being watched yet.")
    for account in sorted(accounts, key=lambda a: -LEVELS.index(a.level)):
        if account.level == "error" and account.last_error:
            warnings.append(f"{account.name}: {account.headline}: {account.last_error}")
        elif account.level != "ok":
            warnings.append(f"{account.name}: {account.headline}.")
    if skipped:
        count = len(skipped)
        warnings.append(f"{count} message{'s were' if count != 1 else ' was'} skipped; see the reasons below.")
    level = "error" if not accounts else max((a.level for a in accounts), key=LEVELS.index)
    return Health(
        accounts=accounts,
        skipped=skipped,
        database=fields.one_line(raw.get("database")),
        level=level,
        ever_synced=any(a.last_success is not None for a in accounts),
        warnings=tuple(warnings),
    )


def zero_caveat(health: Health) -> str:
    """Why a count of zero replies cannot be trusted, or "" when it can."""
    if not health.ever_synced:
        return "not synced yet"
    if health.level != "ok":
        return "mail sync needs attention"
    return ""


def replies_phrase(reply_count: int, health: Health) -> str:
    """Say what a reply count means: '3 replies', or why a zero is not a real zero."""
    if reply_count:
        return f"{reply_count} repl{'y' if reply_count == 1 else 'ies'}"
    caveat = zero_caveat(health)
    return f"0 replies ({caveat})" if caveat else "no replies yet, all quiet"


def no_reply_note(health: Health) -> str:
    """The caveat to show beside an interview without replies, "" when the zero is trustworthy."""
    if not health.ever_synced:
        return "Mail not synced yet, so this is not a real zero."
    if health.level != "ok":
        return "Mail sync needs attention; a reply may not have been seen."
    return ""
