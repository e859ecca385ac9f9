"""classify_files: one result per file, in order; unreadable or malformed files give an error
result instead of stopping the others."""

from __future__ import annotations

import json
from pathlib import Path

from interview_watch.classify_command import classify_file, classify_files

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "corpus"

REJECTION = (b"From: Jane <jane@acme.example>\r\nTo: me@example.net\r\n"
             b"Subject: Re: Thank you\r\nMessage-ID: <r1@acme.example>\r\n"
             b"Date: Tue, 15 Sep 2026 10:00:00 +0000\r\n\r\n"
             b"Thank you for your time. We have decided not to move forward with your "
             b"application.\r\n")


def test_results_follow_the_contract_in_order(tmp_path):
    good = tmp_path / "reply.eml"
    good.write_bytes(REJECTION)
    invite = CORPUS / "en-sec-04.eml"
    results = classify_files([good, invite])
    assert [r["file"] for r in results] == [str(good), str(invite)]
    first = results[0]
    assert set(first) == {"file", "category", "confidence", "evidence"}
    assert first["category"] == "rejection"
    assert 0 < first["confidence"] <= 1
    assert isinstance(first["evidence"], list) and first["evidence"]
    assert results[1]["category"] == "second_interview"
    assert results[1]["proposed_time"].startswith("2026-09-22T15:00")
    json.dumps(results)  # every value is plain JSON


def test_auto_reply_carries_its_return_date():
    result = classify_file(CORPUS / "en-aut-01.eml")
    assert result["category"] == "auto_reply"
    assert result.get("return_date", "").startswith("2026-09-14")


def test_missing_empty_directory_and_garbage_files_give_errors(tmp_path):
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    garbage = tmp_path / "noise.eml"
    garbage.write_bytes(bytes(range(256)) * 4)
    folder = tmp_path / "folder.eml"
    folder.mkdir()
    missing = tmp_path / "missing.eml"
    results = classify_files([missing, empty, folder, garbage])
    assert len(results) == 4
    for result, word in zip(results, ("no such file", "empty", "directory", "not a readable")):
        assert result["category"] == "other"
        assert result["confidence"] == 0
        assert result["evidence"] == []
        assert word in result["error"], result


def test_unreadable_file_gives_an_error(tmp_path, monkeypatch):
    path = tmp_path / "locked.eml"
    path.write_bytes(REJECTION)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    result = classify_file(path)
    assert result["category"] == "other" and "permission denied" in result["error"]
