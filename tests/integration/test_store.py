"""The SQLite store on a real file: schema, de-duplication, transactions, the event outbox."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import pytest

from interview_watch.adapters.store import SCHEMA_VERSION, FolderState, Store
from interview_watch.core.models import Event, InterviewCues, Reply, ThankYou
from interview_watch.errors import NotFound, StoreError

NOW = datetime(2026, 9, 4, 15, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "db" / "iw.sqlite3")
    yield s
    s.close()


def test_schema_version_and_wal(store):
    db = sqlite3.connect(store.path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_newer_schema_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "iw.sqlite3"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer interview-watch"):
        Store(path)


def test_messages_are_stored_once_by_message_id(store):
    iid = store.add_interview("Acme", "Engineer", ("a@acme.com",), NOW, "thank_you")
    ty = ThankYou(iid, "<t@x>", NOW, ("a@acme.com",), "Thank you")
    assert store.add_thank_you(ty, "acc", "Sent") is True
    assert store.add_thank_you(ty, "acc", "Sent") is False
    reply = Reply(iid, "<r@x>", NOW, "a@acme.com", "A", "Re", "offer", 0.9, ("phrase",), "thread")
    assert store.add_reply(reply, "acc", "INBOX") is True
    assert store.add_reply(reply, "acc", "INBOX") is False
    assert store.replies() == [reply]
    assert store.thank_yous() == [ty]
    assert store.known_message_ids() == {"<t@x>", "<r@x>"}


def test_a_failed_transaction_leaves_nothing_behind(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_interview("Acme", "", (), NOW, "manual")
            store.set_folder_state("acc", "INBOX", FolderState(7, 42))
            raise RuntimeError("crash in the middle of a batch")
    assert store.interviews() == []
    assert store.folder_state("acc", "INBOX") is None


def test_cues_override_and_missing_interview(store):
    iid = store.add_interview("Acme", "", ("a@acme.com",), NOW, "manual")
    cues = InterviewCues(("eye_contact",), ("insightful_questions",), "unhurried", "good", NOW)
    store.set_cues(iid, cues)
    store.set_override(iid, "offer", NOW)
    iv = store.get_interview(iid)
    assert iv.cues == cues and iv.status_override == "offer" and iv.override_at == NOW
    with pytest.raises(NotFound, match="no interview with id 99"):
        store.set_cues(99, cues)


def test_event_outbox_delivers_each_key_once(store):
    ev = Event("iv1:reply:<r@x>:offer", 1, "status", "Acme: offer", "body", NOW)
    assert store.queue_events([ev], NOW) == 1
    assert store.queue_events([ev], NOW) == 0
    assert store.pending_events() == [ev]
    store.mark_delivered(ev.key, NOW, "shown")
    assert store.pending_events() == []
    assert store.queue_events([ev], NOW) == 0
    assert store.delivered_events() == [(ev.key, "Acme: offer", "shown")]


def test_health_keeps_last_success_and_last_error(store):
    store.record_success("acc", NOW, 10)
    store.record_error("acc", "account 'acc': connection refused", NOW)
    store.record_success("acc", NOW, 5)
    [h] = store.health()
    assert h.last_success == NOW and h.last_error.endswith("connection refused") and h.messages_seen == 15
