"""A real Dovecot mailbox scanned over IMAPS and STARTTLS: every message and
attachment an object with its findings, nothing marked \\Seen, and rescans that
fetch only what is new (counted by the server)."""

from __future__ import annotations

import json

import pytest

from inventory.keys import load_or_create_key, value_hmac
from scanner.app.exit_codes import ExitCode
from tests.sources.mailbox import Mailbox, new_mail
from tests.sources.running import assert_no_raw_value, daicho, exported, objects, scan

pytestmark = pytest.mark.slow
LIMIT = ["--max-size", "200KB"]
FOLDERS = ("INBOX", "人事", "人事.採用")


def scan_mailbox(detector, db, mailbox: Mailbox, credentials, *extra: str, root: str | None = None):
    """One scan; returns (result, bodies the server sent in that session)."""
    before = mailbox.logged_sessions()
    result = scan(detector, db, root or mailbox.root(), "--credentials", str(credentials), *LIMIT, *extra)
    mailbox.sessions += 1
    fetched = mailbox.server.wait_for_sessions(mailbox.user, before + 1)
    assert len(fetched) == before + 1, "the scan's IMAP session was not logged"
    return result, fetched[-1]


def seen_flags(mailbox: Mailbox) -> dict[str, list]:
    """\\Seen as the server has it, asked by a second client."""
    seen = {}
    with mailbox.client() as client:
        for folder in FOLDERS:
            client.select_folder(folder, readonly=True)
            flags = client.get_flags(client.search(["ALL"]))
            seen[folder] = [uid for uid, f in flags.items() if b"\\Seen" in f]
    return seen


def planted_hashes(numbers: set[str]) -> set[str]:
    key = load_or_create_key()
    return {value_hmac(key, n) for n in numbers}


def test_every_message_and_attachment_is_an_object_with_its_findings(detector, mailbox, credentials, tmp_path):
    db = tmp_path / "inventory.db"
    result, fetched = scan_mailbox(detector, db, mailbox, credentials)
    assert result.exit_code == ExitCode.NEW_ALERTS, result.output
    recorded = objects(db)
    messages = {uri for uri, row in recorded.items() if row["parent_id"] is None}
    assert len(messages) == 7 and all(uri.startswith("imap://127.0.0.1/") for uri in messages)
    assert {u.rpartition("!")[0] for u in messages} == {
        "imap://127.0.0.1/INBOX", "imap://127.0.0.1/人事", "imap://127.0.0.1/人事/採用"}
    assert fetched == 6  # the seventh is over the size limit: recorded without its body
    for uri in mailbox.too_large:
        assert recorded[uri]["status"] == "too_large" and recorded[uri]["size"] > 200_000
    my_numbers: dict[str, set[str]] = {}
    for row in exported(detector, db):
        if row["entity_type"] == "MY_NUMBER":
            my_numbers.setdefault(row["path"], set()).add(row["value_hmac"])
    for uri, numbers in mailbox.my_numbers.items():
        assert recorded[uri]["status"] == "ok", uri
        assert planted_hashes(numbers) <= my_numbers.get(uri, set()), uri
    attachments = {u for u, row in recorded.items() if row["kind"] == "attachment"}
    assert {u.split("!", 2)[2] for u in attachments} == {"社員名簿.csv", "message1.eml", "message1.eml!応募者情報.csv",
                                                         "履歴書.txt", "scan.bin"} - {"scan.bin"}
    assert seen_flags(mailbox) == {folder: [] for folder in FOLDERS}
    report = [json.loads(line) for line in daicho(detector, "report", "--db", str(db), "--format", "jsonl").output.splitlines()]
    key = next(r["key"] for r in report if r["record"] == "finding" and r["path"].startswith("imap://"))
    reveal = daicho(detector, "show", key, "--db", str(db), "--reveal")
    assert reveal.exit_code == 1 and "まだ対応していません" in reveal.output
    status = daicho(detector, "status", "--db", str(db)).output
    assert_no_raw_value(mailbox.raw_values | {mailbox.password}, db.read_bytes(), result.output, status)


def test_rescans_fetch_nothing_unchanged_and_exactly_the_new_mail(detector, mailbox, credentials, tmp_path):
    db = tmp_path / "inventory.db"
    first, fetched = scan_mailbox(detector, db, mailbox, credentials)
    assert fetched == 6
    again, fetched = scan_mailbox(detector, db, mailbox, credentials, root=mailbox.root("imap"))  # STARTTLS
    assert (again.exit_code, fetched) == (ExitCode.UNREADABLE, 0)  # nothing new; the large one is still unread
    added = new_mail(mailbox, 3)
    third, fetched = scan_mailbox(detector, db, mailbox, credentials)
    assert fetched == 3 and third.exit_code == ExitCode.NEW_ALERTS
    rows = exported(detector, db)
    for uri, number in added.items():
        assert planted_hashes({number}) <= {r["value_hmac"] for r in rows if r["path"] == uri}
    assert seen_flags(mailbox) == {folder: [] for folder in FOLDERS}


def test_expunged_mail_ends_its_findings_and_a_new_uidvalidity_reads_the_folder_again(
        detector, mailbox, credentials, tmp_path):
    db = tmp_path / "inventory.db"
    scan_mailbox(detector, db, mailbox, credentials)
    first = next(uri for uri in mailbox.my_numbers if uri.startswith("imap://127.0.0.1/INBOX!"))
    hiring = next(uri for uri in mailbox.my_numbers if "/人事/採用!" in uri)
    with mailbox.client() as client:
        client.select_folder("INBOX")
        client.delete_messages([int(first.rpartition(":")[2])], silent=True)
        client.expunge()
        client.select_folder("人事.採用", readonly=True)
        kept = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"])
        client.select_folder("INBOX", readonly=True)  # a selected folder cannot be deleted
        client.delete_folder("人事.採用")
        client.create_folder("人事.採用")
    mailbox.append("人事.採用", [data[b"BODY[]"] for data in kept.values()])
    _, fetched = scan_mailbox(detector, db, mailbox, credentials)
    assert fetched == 1  # the recreated folder's one message; nothing else
    gone = objects(db, live=False)
    assert gone[first]["deleted_scan"] is not None and gone[hiring]["deleted_scan"] is not None
    current = {r["path"] for r in exported(detector, db)}
    assert first not in current and hiring not in current
    renewed = mailbox.uri("人事/採用", 1)
    assert renewed != hiring and renewed in current


def test_a_ledger_covers_mailbox_folders_by_url(detector, mailbox, credentials, tmp_path):
    ledger = tmp_path / "台帳.csv"
    ledger.write_text("個人情報名,個人情報の項目,保管期間,対象パス\n"
                      "応募書類,氏名.電話.個人番号,採否決定まで,imap://127.0.0.1/人事/**\n", encoding="utf-8")
    db = tmp_path / "inventory.db"
    assert daicho(detector, "ledger", "import", str(ledger), "--db", str(db)).exit_code == 0
    scan_mailbox(detector, db, mailbox, credentials)
    outcomes = [json.loads(line) for line in
                daicho(detector, "reconcile", "--db", str(db), "--format", "jsonl").output.splitlines()]
    unregistered = {o["path"].rpartition("!")[0] for o in outcomes if o["kind"] == "unregistered"}
    assert unregistered == {"imap://127.0.0.1/INBOX"}  # 人事 and 人事/採用 are covered


def test_a_folder_root_and_folder_globs_choose_what_is_scanned(detector, mailbox, credentials, tmp_path):
    only_hr = tmp_path / "hr.db"
    scan_mailbox(detector, only_hr, mailbox, credentials, root=mailbox.root(folder="人事"))
    assert {u.rpartition("!")[0] for u, r in objects(only_hr).items() if r["parent_id"] is None} == {
        "imap://127.0.0.1/人事", "imap://127.0.0.1/人事/採用"}
    inbox = tmp_path / "inbox.db"
    scan_mailbox(detector, inbox, mailbox, credentials, "--imap-folders", "INBOX")
    assert {u.rpartition("!")[0] for u, r in objects(inbox).items() if r["parent_id"] is None} == {
        "imap://127.0.0.1/INBOX"}
    recruiting = tmp_path / "recruiting.db"  # the one glob dialect: '*' stays within a folder name
    scan_mailbox(detector, recruiting, mailbox, credentials, "--imap-folders", "人事/*")
    assert {u.rpartition("!")[0] for u, r in objects(recruiting).items() if r["parent_id"] is None} == {
        "imap://127.0.0.1/人事/採用"}
