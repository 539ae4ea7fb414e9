"""Issue 18 item 9: findings.csv opens in Japanese Excel without mojibake (a UTF-8
byte order mark), with --no-bom for tools that do not want one."""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from inventory import open_inventory
from reports.export import write_csv
from scanner.cli import cli

ROW = {"root": "/srv", "path": "総務/社員名簿.xlsx", "entity_type": "MY_NUMBER", "masked": "1234 **** **18",
       "value_hmac": "ab" * 32, "score": 0.9, "location": "社員!B7", "occurrences": 1}


def test_csv_starts_with_a_bom_and_reads_back():
    out = io.StringIO()
    assert write_csv([ROW], out) == 1
    data = out.getvalue().encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbfversion,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["path"] == "総務/社員名簿.xlsx" and rows[0]["masked"] == "1234 **** **18"


def test_export_writes_the_bom_to_a_file_unless_told_not_to(tmp_path):
    db = tmp_path / "inv.db"
    open_inventory(db)
    with_bom, without = tmp_path / "findings.csv", tmp_path / "plain.csv"
    assert CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "csv", "-o", str(with_bom)]).exit_code == 0
    assert CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "csv", "-o", str(without),
                                    "--no-bom"]).exit_code == 0
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbfversion,root,path")
    assert without.read_bytes().startswith(b"version,root,path")
    jsonl = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert jsonl.exit_code == 0 and not jsonl.output.startswith("\ufeff")
