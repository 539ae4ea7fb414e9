"""Issue 18 item 7: no silent traps in what the admin types. A mistyped --db is
an error (not an empty inventory and "まだスキャンがありません" with exit 0), a
misspelled or mistyped config key is an error with a suggestion, and an unknown
`triage --type` is refused instead of stored as a rule matching nothing."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from inventory import open_inventory
from scanner.cli import cli

READERS = [("status",), ("report",), ("export", "--format", "csv"), ("reconcile",), ("show", "0123456789ab"),
           ("triage", "--history"), ("triage", "a.csv", "--verdict", "accepted"), ("ledger", "show"),
           ("ledger", "refresh", "--out", "x.xlsx")]


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), obj={})


@pytest.mark.parametrize("args", READERS, ids=lambda a: " ".join(a))
def test_a_command_that_reads_refuses_a_missing_inventory(tmp_path, args):
    db = tmp_path / "typo.db"
    result = invoke(*args, "--db", str(db))
    assert result.exit_code == 1 and f"インベントリがありません: {db}" in result.output, result.output
    assert "--db" in result.output and not db.exists()
    english = invoke("--lang", "en", *args, "--db", str(db))
    assert english.exit_code == 1 and f"No inventory at {db}" in english.output


def test_a_file_that_is_not_an_inventory_is_named(tmp_path):
    ledger = tmp_path / "台帳.xlsx"
    ledger.write_bytes(b"PK\x03\x04 not sqlite at all" * 100)
    result = invoke("status", "--db", str(ledger))
    assert result.exit_code == 1 and "インベントリ (SQLite) ではありません" in result.output


def test_ledger_import_still_makes_an_inventory(tmp_path):
    from pathlib import Path

    db = tmp_path / "new.db"
    ledger = Path(__file__).resolve().parents[2] / "samples/ledger.xlsx"
    assert invoke("ledger", "import", str(ledger), "--db", str(db)).exit_code == 0 and db.exists()


def _config(tmp_path, text: str) -> str:
    path = tmp_path / "daicho.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_misspelled_config_key_is_an_error_with_a_suggestion(tmp_path):
    config = _config(tmp_path, f'db = "{tmp_path / "inv.db"}"\n[scan]\nroots = ["{tmp_path}"]\nexlude = ["*/backup/*"]\n')
    result = invoke("--config", config, "scan")
    assert result.exit_code == 2 and "[scan] exlude" in result.output and "「exclude」の誤り" in result.output
    assert not (tmp_path / "inv.db").exists()  # nothing was scanned
    english = invoke("--lang", "en", "--config", config, "scan")
    assert english.exit_code == 2 and 'Did you mean "exclude"?' in english.output


@pytest.mark.parametrize("text, expected", [
    ('[scan]\nroots = "/srv/share"\n', "[scan] roots: 文字列のリスト"),
    ('[report]\nsmtp_port = "587"\n', "[report] smtp_port: 整数で書いてください"),
    ('[report]\nmail_to = "privacy@example.co.jp"\n', "[report] mail_to: 文字列のリスト"),
    ('lang = "jp"\n', "lang: jp は使えません"),
    ('timezone = "Asia/Tokio"\n', "タイムゾーン Asia/Tokio が見つかりません"),
    ('[reprot]\ndir = "/tmp"\n', "[reprot]: このセクションは使われません。「report」の誤り"),
])
def test_wrong_config_values_are_errors(tmp_path, text, expected):
    result = invoke("--config", _config(tmp_path, text), "status", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 2 and expected in result.output, result.output


def test_a_good_config_passes(tmp_path):
    open_inventory(tmp_path / "inv.db")
    config = _config(tmp_path, f'db = "{tmp_path / "inv.db"}"\nlang = "en"\ntimezone = "Asia/Tokyo"\n'
                               '[scan]\nroots = ["/srv"]\nexclude = ["*/b/*"]\nmax_size = "1MB"\n'
                               '[report]\nmail_to = ["a@example.jp"]\nsmtp_port = 587\ndir = "/tmp"\n'
                               '[status]\nformat = "json"\n[schedule]\nat = "02:00"\n')
    result = invoke("--config", config, "status")
    assert result.exit_code == 0 and '"scans": []' in result.output


def test_an_unknown_triage_type_is_refused_listing_the_types(tmp_path):
    db = tmp_path / "inv.db"
    open_inventory(db)
    result = invoke("triage", "--glob", "営業/**", "--type", "PHONES", "--verdict", "accepted", "--db", str(db))
    assert result.exit_code == 2 and "PHONES" in result.output and "「PHONE」の誤り" in result.output
    assert "EMAIL (メールアドレス)" in result.output and "MY_NUMBER (個人番号)" in result.output
    assert open_inventory(db)["triage"].count == 0  # no rule matching nothing was stored
    ok = invoke("triage", "--glob", "営業/**", "--type", "phone", "--verdict", "accepted", "--db", str(db))
    assert ok.exit_code == 0 and "電話番号" in ok.output
    assert [r["entity_type"] for r in open_inventory(db)["triage"].rows] == ["PHONE"]
