"""Maildir folders recognised by their structure, wherever they are: a Maildir++
sub-folder (`.Sent/cur`) has no `tmp/` of its own."""

from __future__ import annotations

from samples import writers as w
from scanner.crawl import crawl

MAIL = w.make_eml("件名", "a@example.jp", "b@example.jp", "本文")
NAME = "1760572800.M1P100.mx01:2,S"


def mail_flags(root) -> dict[str, bool]:
    return {entry.uri: entry.is_mail for entry in crawl(root)}


def test_maildir_and_maildir_plus_plus_messages_are_mail(tmp_path):
    for folder in ("Maildir/cur", "Maildir/new", "Maildir/tmp", "Maildir/.Sent/cur", "Maildir/.Sent.2019/new",
                   "Archive/cur", "Archive/new"):
        (tmp_path / folder).mkdir(parents=True)
    for folder in ("Maildir/cur", "Maildir/.Sent/cur", "Maildir/.Sent.2019/new", "Archive/cur"):
        (tmp_path / folder / NAME).write_bytes(MAIL)
    assert mail_flags(tmp_path) == {f"{folder}/{NAME}": True for folder in (
        "Maildir/cur", "Maildir/.Sent/cur", "Maildir/.Sent.2019/new", "Archive/cur")}


def test_a_lone_folder_named_cur_is_not_a_maildir(tmp_path):
    (tmp_path / "projects/cur").mkdir(parents=True)
    (tmp_path / "projects/cur/notes.txt").write_text("x")
    assert mail_flags(tmp_path) == {"projects/cur/notes.txt": False}
