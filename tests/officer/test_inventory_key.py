"""Issue 18 item 1: an inventory is tied to the HMAC key that made its hashes; a
scan with another key (another DAICHO_HOME) is a clear error naming both
fingerprints, never a silent re-hash ("新規 112 解消 112")."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from inventory import open_inventory
from inventory.keys import load_or_create_key
from scanner.cli import cli


def test_the_inventory_records_its_key_and_refuses_another(tmp_path, monkeypatch):
    from inventory.keys import KeyMismatch, fingerprint, key_for, recorded_fingerprint

    db = open_inventory(tmp_path / "inv.db")
    key = key_for(db)
    assert recorded_fingerprint(db) == fingerprint(key) and key_for(db) == key
    monkeypatch.setenv("DAICHO_HOME", str(tmp_path / "other-home"))
    other = load_or_create_key()
    with pytest.raises(KeyMismatch) as raised:
        key_for(db)
    assert (raised.value.recorded, raised.value.current) == (fingerprint(key), fingerprint(other))
    assert key.hex() not in fingerprint(key) and len(fingerprint(key)) == 19


def test_no_key_file_is_created_for_an_inventory_that_has_one(tmp_path, monkeypatch):
    from inventory.keys import KeyMismatch, key_for

    db = open_inventory(tmp_path / "inv.db")
    key_for(db)
    monkeypatch.setenv("DAICHO_HOME", str(tmp_path / "typo-home"))
    with pytest.raises(KeyMismatch) as raised:
        key_for(db)
    assert raised.value.current is None and not (tmp_path / "typo-home").exists()


@pytest.mark.slow
def test_a_scan_with_another_daicho_home_is_an_error_naming_both_keys(detector, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "名簿.csv").write_text("氏名,個人番号\n山田 太郎,176749365367\n", encoding="utf-8")
    db = str(tmp_path / "inv.db")
    run = lambda home, *extra: CliRunner().invoke(  # noqa: E731
        cli, [*extra, "scan", str(share), "--db", db], obj={"detector": detector},
        env={"DAICHO_HOME": str(tmp_path / home)})
    assert run("home-a").exit_code == 4
    typo = run("home-typo")
    assert typo.exit_code == 1 and "鍵ファイル" in typo.output and not (tmp_path / "home-typo").exists()
    from inventory.keys import fingerprint  # (after the behaviour: this name is new with the check)

    first = fingerprint(load_or_create_key(tmp_path / "home-a/hmac.key"))
    second = fingerprint(load_or_create_key(tmp_path / "home-b/hmac.key"))  # another installation
    again = run("home-b")
    assert again.exit_code == 1, again.output
    assert first in again.output and second in again.output and "DAICHO_HOME" in again.output
    assert "別の HMAC 鍵" in again.output and "Traceback" not in again.output
    english = run("home-b", "--lang", "en")
    assert english.exit_code == 1 and "another HMAC key" in english.output
    scans = sqlite3.connect(db).execute("select count(*) from scans").fetchone()[0]
    assert scans == 1  # nothing was written with the wrong key
    assert run("home-a").exit_code == 0  # the right home: nothing new
