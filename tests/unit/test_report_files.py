"""write_atomically: a reader sees the old report or the new one, never half of one."""

from __future__ import annotations

import os
import stat

import pytest

from interview_watch.errors import StoreError
from interview_watch.report import files, write_atomically


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_a_new_file_private_to_the_user(tmp_path):
    target = tmp_path / "report.html"
    write_atomically(target, "<p>é</p>\n")
    assert target.read_text(encoding="utf-8") == "<p>é</p>\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == []


def test_replaces_an_existing_file_and_keeps_its_mode(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old")
    os.chmod(target, 0o644)
    old_inode = target.stat().st_ino
    write_atomically(str(target), "new\r\nline")
    assert target.read_bytes() == b"new\r\nline"  # newlines are written as given
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.stat().st_ino != old_inode  # renamed over, not rewritten in place
    assert leftovers(tmp_path) == []


def test_a_failed_rename_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    target.write_text("old")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(StoreError, match="No space left on device"):
        write_atomically(target, "new")
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="missing"):
        write_atomically(tmp_path / "missing" / "report.html", "x")
