"""The officer's morning on a real share: change it, rescan, and check the report,
triage, alerts, e-mail and that no raw value leaves in any output."""

from __future__ import annotations

import json
import shutil
import socket
import zipfile

import pytest
from click.testing import CliRunner

from scanner.app.exit_codes import ExitCode
from scanner.cli import cli

EXIT_NEW_ALERTS, EXIT_OK = ExitCode.NEW_ALERTS, ExitCode.OK

pytestmark = pytest.mark.slow


def run(detector, *args):
    return CliRunner().invoke(cli, list(args), obj={"detector": detector}, catch_exceptions=False)


def jsonl(detector, db, *extra):
    out = run(detector, "report", "--db", db, "--format", "jsonl", *extra).output
    return [json.loads(line) for line in out.splitlines()]


NAMES = ("PERSON",)  # the planted names are detected too; these tests follow the numbers


def items(rows, status, record="finding"):
    return sorted((r["path"], r["entity_type"]) for r in rows
                  if r["record"] == record and r["status"] == status and r["entity_type"] not in NAMES)


@pytest.fixture
def clean_share(tmp_path):
    """A share of plain files only, so that exit codes speak of findings alone."""
    root = tmp_path / "share"
    (root / "総務").mkdir(parents=True)
    (root / "総務/名簿.csv").write_text("氏名,個人番号,電話\n山田,176749365367,03-1234-5678\n"
                                      "佐藤,861564985029,03-2345-6789\n", encoding="utf-8")
    (root / "総務/メモ.txt").write_text("連絡先 hanako@example.jp\n", encoding="utf-8")
    (root / "営業").mkdir()
    (root / "営業/顧客.csv").write_text("氏名,メール\n鈴木,suzuki@example.jp\n", encoding="utf-8")
    return root


def test_add_edit_delete_move_gives_exact_new_resolved_still(detector, clean_share, tmp_path):
    db = str(tmp_path / "inv.db")
    assert run(detector, "scan", str(clean_share), "--db", db).exit_code == EXIT_NEW_ALERTS  # first: all new
    (clean_share / "総務/メモ.txt").unlink()  # delete
    shutil.move(clean_share / "営業/顧客.csv", clean_share / "営業/顧客_2026.csv")  # move
    with open(clean_share / "総務/名簿.csv", "a", encoding="utf-8") as handle:  # edit: add a row
        handle.write("田中,942849815402,03-3456-7890\n")
    (clean_share / "新規.txt").write_text("携帯 090-1234-5678\n", encoding="utf-8")  # add
    assert run(detector, "scan", str(clean_share), "--db", db).exit_code == EXIT_NEW_ALERTS  # a new My Number
    rows = jsonl(detector, db)
    assert items(rows, "new") == [("営業/顧客_2026.csv", "EMAIL"), ("新規.txt", "PHONE"),
                                  ("総務/名簿.csv", "MY_NUMBER"), ("総務/名簿.csv", "PHONE")]
    assert items(rows, "resolved") == [("営業/顧客.csv", "EMAIL"), ("総務/メモ.txt", "EMAIL")]
    data_rows = {(r["path"], r["masked"]) for r in rows}
    assert ("総務/名簿.csv", "9428******02") in data_rows
    still = run(detector, "report", "--db", db).output
    assert "新規 6 解消 3" in still and "現在 12" in still  # with the names: 田中 new, 鈴木 moved
    assert run(detector, "scan", str(clean_share), "--db", db).exit_code == EXIT_OK  # nothing new


def test_triage_sticks_and_remediated_reappears(detector, clean_share, tmp_path):
    db = str(tmp_path / "inv.db")
    run(detector, "scan", str(clean_share), "--db", db)
    memo = next(r for r in jsonl(detector, db) if r["path"] == "総務/メモ.txt")
    assert run(detector, "triage", memo["key"], "--db", db, "--verdict", "false_positive",
               "--note", "代表アドレス").exit_code == 0
    run(detector, "triage", "総務/名簿.csv", "--db", db, "--verdict", "remediated")
    run(detector, "triage", "--glob", "営業/**", "--type", "EMAIL", "--db", db, "--verdict", "accepted")
    (clean_share / "総務/メモ.txt").write_text("連絡先 hanako@example.jp\n追記\n", encoding="utf-8")  # rescanned
    assert run(detector, "scan", str(clean_share), "--db", db).exit_code == EXIT_NEW_ALERTS  # remediated is back
    rows = jsonl(detector, db, "--since", "1")
    assert not any(r["path"] == "総務/メモ.txt" for r in rows)  # the false positive stays out
    assert items(rows, "reappeared") == [("総務/名簿.csv", "MY_NUMBER"), ("総務/名簿.csv", "MY_NUMBER"),
                                         ("総務/名簿.csv", "PHONE"), ("総務/名簿.csv", "PHONE")]
    history = run(detector, "triage", "--history", "--db", db).output.splitlines()
    assert len(history) == 3 and "代表アドレス" in history[0]


def test_show_reveal_rereads_the_source(detector, clean_share, tmp_path):
    db = str(tmp_path / "inv.db")
    run(detector, "scan", str(clean_share), "--db", db)
    key = next(r["key"] for r in jsonl(detector, db) if r["entity_type"] == "MY_NUMBER")
    masked = run(detector, "show", key, "--db", db).output
    assert "176749365367" not in masked and "861564985029" not in masked
    revealed = run(detector, "show", key, "--db", db, "--reveal").output
    assert "値: 176749365367" in revealed or "値: 861564985029" in revealed
    assert "前後:" in revealed


def test_reports_hold_no_raw_value_and_mail_is_sent(detector, sample_share, tmp_path):
    from aiosmtpd.controller import Controller

    class Inbox:
        messages: list = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
            self.messages.append(envelope.content)
            return "250 OK"

    inbox = Inbox()
    with socket.socket() as probe:  # a free port on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        db, html, xlsx = str(tmp_path / "inv.db"), tmp_path / "r.html", tmp_path / "r.xlsx"
        run(detector, "scan", str(sample_share.root), "--db", db, "--max-size", "1MB")
        result = run(detector, "report", "--db", db, "--html", str(html), "--xlsx", str(xlsx),
                     "--mail-to", "privacy@example.co.jp", "--smtp-host", "127.0.0.1",
                     "--smtp-port", str(port))
        assert result.exit_code == 0
    finally:
        controller.stop()
    (mail,) = inbox.messages
    assert b"r.html" in mail and b"r.xlsx" in mail
    with zipfile.ZipFile(xlsx) as archive:
        xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    outputs = [html.read_text(encoding="utf-8"), xml, "\n".join(json.dumps(r) for r in jsonl(detector, db)),
               mail.decode("utf-8", "replace")]
    assert [v for v in sample_share.raw_values if any(v in text for text in outputs)] == []
