"""Remote roots, object URIs, ledger globs over them, and the reading of a DACL:
pure functions, no server."""

from __future__ import annotations

import pytest

from inventory.globs import covers
from reports.catalogue import t
from inventory.store import Scope
from scanner.crawl import CrawlOptions
from scanner.sources import RemoteOptions, SourceFailure, is_remote, open_source
from scanner.sources.imap import message_ref
from scanner.sources.smb_security import readable_by_everyone
from scanner.sources.uris import parse_root, redacted

ALLOW, DENY, INHERIT_ONLY = 0, 1, 0x08
READ, WRITE_ONLY = 0x120089, 0x000116
EVERYONE, DOMAIN_USERS, OWNER = "S-1-1-0", "S-1-5-21-1004336348-1177238915-682003330-513", "S-1-22-1-0"


@pytest.mark.parametrize("root, account, scope_uri, display", [
    ("imaps://scanner@mail.example.jp", "imap://scanner@mail.example.jp", None,
     "imaps://scanner@mail.example.jp/"),
    ("imap://scanner@mail.example.jp:1143/INBOX", "imap://scanner@mail.example.jp",
     "imap://mail.example.jp/INBOX", "imap://scanner@mail.example.jp:1143/INBOX"),
    ("imaps://scanner@mail.example.jp/%E4%BA%BA%E4%BA%8B", "imap://scanner@mail.example.jp",
     "imap://mail.example.jp/人事", "imaps://scanner@mail.example.jp/人事"),
    ("smb://fs01/share", "smb://fs01/share", None, "smb://fs01/share"),
    ("smb://scanner@fs01:4450/share/人事/2026", "smb://fs01/share",
     "smb://fs01/share/人事/2026", "smb://scanner@fs01:4450/share/人事/2026"),
])
def test_roots_keep_the_account_apart_from_what_is_covered(root, account, scope_uri, display):
    parsed = parse_root(root)
    assert is_remote(root) and parsed.display == display
    assert open_source(root, CrawlOptions(), RemoteOptions()).scope == Scope(account, scope_uri)


def test_imaps_and_starttls_roots_of_one_mailbox_share_their_objects():
    assert parse_root("imaps://u@mail.example.jp").account == parse_root("imap://u@mail.example.jp:1143").account


def test_a_password_in_a_url_is_refused_and_never_repeated():
    with pytest.raises(SourceFailure) as caught:
        parse_root("imaps://scanner:Himitsu-123@mail.example.jp/INBOX")
    for lang in ("ja", "en"):
        told = t(caught.value.note, lang)
        assert "Himitsu-123" not in told and "imaps://scanner@mail.example.jp" in told
    assert "パスワード" in t(caught.value.note, "ja") and "password" in t(caught.value.note, "en")
    assert "Himitsu-123" not in str(caught.value)  # the reason stored with the object
    assert "Himitsu" not in redacted("smb://u:Himitsu@fs01/share")


@pytest.mark.parametrize("root", ["smb://fs01", "imaps://", "smb://fs01:notaport/share"])
def test_malformed_roots_are_explained(root):
    with pytest.raises(SourceFailure) as caught:
        parse_root(root)
    assert caught.value.note.key == "source.bad_url" and "例" in t(caught.value.note, "ja")
    assert "e.g." in t(caught.value.note, "en") and str(caught.value) == t(caught.value.note, "en")


def test_names_that_would_read_as_structure_are_escaped_and_compose():
    remote = parse_root("imaps://u@mail.example.jp")
    folder = remote.object_uri(("お客様!重要", "50%"))
    assert folder == "imap://mail.example.jp/お客様%21重要/50%25"
    message = f"{folder}!1745000000:42"
    assert message_ref(message) == (folder, 1745000000, 42)
    share = parse_root("smb://fs01/share").object_uri(("share", "人事", "a!b#1.csv"))
    assert share == "smb://fs01/share/人事/a%21b%231.csv"


@pytest.mark.parametrize("pattern, uri, expected", [
    ("imap://mail.example.jp/INBOX/**", "imap://mail.example.jp/INBOX!1745000000:42", True),
    ("imap://mail.example.jp/INBOX", "imap://mail.example.jp/INBOX!1745000000:42", True),
    ("imap://mail.example.jp/INBOX/**", "imap://mail.example.jp/INBOX/採用!1:2", True),
    ("imap://mail.example.jp/INBOX/**", "imap://mail.example.jp/INBOXES!1:2", False),
    ("imap://mail.example.jp/人事/**", "imap://mail.example.jp/INBOX!1:2", False),
    ("smb://fs01/share/人事/**", "smb://fs01/share/人事/2026/名簿.xlsx", True),
    ("smb://fs01/share/人事/*.xlsx", "smb://fs01/share/人事/名簿.xlsx", True),
    ("smb://fs01/share/人事/**", "smb://fs01/share/総務/名簿.xlsx", False),
    ("人事/**", "smb://fs01/share/人事/名簿.xlsx", False),  # a relative pattern is for local roots
    ("採用/**", "採用/履歴書.pdf", True),
    ("mail/x.eml", "mail/x.eml!履歴書.xlsx", True),  # a pattern covers what is inside what it names
    ("imap://mail.example.jp/INBOX/採用", "imap://mail.example.jp/INBOX!1:2", False),
    ("*/人事/**", "smb://fs01/share/人事/名簿.xlsx", True),  # any depth: the URL's folders too
])
def test_ledger_globs_cover_mailbox_folders_and_share_paths(pattern, uri, expected):
    assert covers(pattern, uri) is expected


@pytest.mark.parametrize("aces, expected", [
    (None, True),  # no DACL: everything allowed
    ([(ALLOW, 0, 0x1F01FF, OWNER), (ALLOW, 0, READ, EVERYONE)], True),
    ([(ALLOW, 0, 0x1F01FF, OWNER), (ALLOW, 0, READ, DOMAIN_USERS)], True),
    ([(ALLOW, 0, 0x80000000, "S-1-5-11")], True),  # GENERIC_READ for Authenticated Users
    ([(ALLOW, 0, 0x1F01FF, OWNER), (ALLOW, 0, 0, EVERYONE)], False),  # Samba's mode 0640
    ([(DENY, 0, READ, EVERYONE), (ALLOW, 0, READ, EVERYONE)], False),  # deny first wins
    ([(ALLOW, INHERIT_ONLY, READ, EVERYONE)], False),  # for children only
    ([(ALLOW, 0, WRITE_ONLY, EVERYONE)], False),
    ([(ALLOW, 0, READ, "S-1-5-21-1-2-3-1105")], False),  # one domain user, not the group
    ([], False),
])
def test_readable_by_everyone(aces, expected):
    assert readable_by_everyone(aces) is expected
