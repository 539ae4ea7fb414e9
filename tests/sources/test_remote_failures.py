"""What an admin sees when a mailbox or share cannot be read: a clear message in
Japanese (English with --lang en), the failure recorded, the other roots
scanned, exit code 3, earlier findings kept, and the password nowhere."""

from __future__ import annotations

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from scanner.app.exit_codes import ExitCode
from tests.sources.conftest import write_credentials
from tests.sources.running import assert_no_raw_value, daicho, exported, objects, scan
from tests.sources.servers import free_port
from tests.sources.test_imap_scan import scan_mailbox

WRONG = "Wrong-パスワード-1"


@pytest.fixture
def other_root(tmp_path):
    """A local folder scanned in the same run; nothing in it needs the NLP model."""
    folder = tmp_path / "共有"
    folder.mkdir()
    (folder / "~$名簿.xlsx").write_bytes(b"owner")  # an Office lock file: recorded, never read
    return folder


def test_a_wrong_password_is_told_recorded_and_the_other_roots_go_on(new_account, other_root, tmp_path):
    db = tmp_path / "inventory.db"
    credentials = write_credentials(tmp_path / "credentials", "127.0.0.1", new_account.user, WRONG)
    result = daicho(None, "-v", "scan", new_account.root(), str(other_root), "--db", str(db),
                    "--credentials", str(credentials))
    assert result.exit_code == ExitCode.UNREADABLE
    assert f"{new_account.root()}: ログインできませんでした" in result.output
    recorded = objects(db)
    assert recorded["imap://127.0.0.1"]["status"] == "unreadable"
    assert "login failed" in recorded["imap://127.0.0.1"]["error"]
    assert recorded["~$名簿.xlsx"]["status"] == "skipped"  # the local root was scanned
    english = daicho(None, "--lang", "en", "scan", new_account.root(), "--db", str(db), "--credentials", str(credentials))
    assert "login failed (wrong user name or password)" in english.output
    assert_no_raw_value({WRONG, new_account.password}, result.output, english.output, db.read_bytes())


def test_an_unreachable_server_is_a_message_not_a_traceback(tmp_path, trust_test_certificate, monkeypatch):
    monkeypatch.setenv("DAICHO_IMAP_PASSWORD", WRONG)
    monkeypatch.setenv("DAICHO_SMB_PASSWORD", WRONG)
    closed = free_port()
    for root in (f"imaps://shain@127.0.0.1:{closed}", f"smb://shain@127.0.0.1:{closed}/share"):
        result = scan(None, tmp_path / "inventory.db", root)
        assert result.exit_code == ExitCode.UNREADABLE, result.output
        assert "サーバーに接続できません" in result.output and "Traceback" not in result.output
    assert {r["status"] for r in objects(tmp_path / "inventory.db").values()} == {"unreadable"}


def test_credentials_come_from_a_private_file_the_environment_or_the_keyring(new_account, tmp_path, monkeypatch):
    db, root = tmp_path / "inventory.db", new_account.root()
    shared = write_credentials(tmp_path / "credentials", "127.0.0.1", new_account.user, new_account.password)
    shared.chmod(0o644)
    refused = scan(None, db, root, "--credentials", str(shared))
    assert refused.exit_code == ExitCode.UNREADABLE and f"chmod 600 {shared}" in refused.output
    missing = scan(None, db, root)
    assert "パスワードが見つかりません" in missing.output and "DAICHO_IMAP_PASSWORD" in missing.output
    shared.chmod(0o600)
    assert scan(None, db, root, "--credentials", str(shared)).exit_code == ExitCode.OK  # an empty mailbox
    monkeypatch.setenv("DAICHO_IMAP_PASSWORD", new_account.password)
    assert scan(None, db, root).exit_code == ExitCode.OK
    monkeypatch.delenv("DAICHO_IMAP_PASSWORD")
    store, previous = PlaintextKeyring(), keyring.get_keyring()
    store.file_path = str(tmp_path / "keyring.cfg")
    store.set_password("daicho", f"imap://{new_account.user}@127.0.0.1", new_account.password)
    keyring.set_keyring(store)
    try:
        assert scan(None, db, root).exit_code == ExitCode.OK
    finally:
        keyring.set_keyring(previous)
    assert_no_raw_value({new_account.password}, db.read_bytes(), refused.output, missing.output)


def test_a_password_in_the_url_is_refused_before_anything_runs(tmp_path):
    result = scan(None, tmp_path / "inventory.db", "imaps://shain:Himitsu-9@127.0.0.1/INBOX")
    assert result.exit_code == 2 and "URL にパスワードを書かないでください" in result.output
    assert "Himitsu-9" not in result.output and not (tmp_path / "inventory.db").exists()


@pytest.mark.slow
def test_a_password_in_a_configured_root_is_refused_in_the_readers_language(tmp_path):
    config = tmp_path / "daicho.toml"
    config.write_text('[scan]\nroots = ["imaps://shain:Himitsu-9@127.0.0.1/INBOX"]\n', encoding="utf-8")
    for lang, told in (("ja", "URL にパスワードを書かないでください"), ("en", "do not put a password in the URL")):
        result = daicho(None, "--config", str(config), "--lang", lang, "scan", "--db", str(tmp_path / "inv.db"))
        assert result.exit_code == ExitCode.ERROR and told in result.output
        assert "Himitsu-9" not in result.output and "Traceback" not in result.output
    assert not (tmp_path / "inv.db").exists()  # refused before anything runs


def test_a_failed_root_keeps_its_findings_and_the_next_scan_resumes(detector, mailbox, credentials, tmp_path):
    db = tmp_path / "inventory.db"
    scan_mailbox(detector, db, mailbox, credentials)
    before = {(r["path"], r["value_hmac"]) for r in exported(detector, db)}
    wrong = write_credentials(tmp_path / "wrong", "127.0.0.1", mailbox.user, WRONG)
    failed = scan(detector, db, mailbox.root(), "--credentials", str(wrong))
    assert failed.exit_code == ExitCode.UNREADABLE
    assert {(r["path"], r["value_hmac"]) for r in exported(detector, db)} == before  # not a deletion
    assert objects(db)["imap://127.0.0.1"]["status"] == "unreadable"
    resumed, fetched = scan_mailbox(detector, db, mailbox, credentials)
    assert fetched == 0 and "imap://127.0.0.1" not in objects(db)
    assert {(r["path"], r["value_hmac"]) for r in exported(detector, db)} == before
    assert_no_raw_value({WRONG, mailbox.password}, failed.output, resumed.output, db.read_bytes())


@pytest.mark.slow
def test_nightly_takes_remote_roots_from_its_config(detector, mailbox, credentials, tmp_path):
    config = tmp_path / "daicho.toml"
    config.write_text(f'db = "{tmp_path / "inventory.db"}"\n[scan]\nroots = ["{mailbox.root(folder="人事")}"]\n'
                      f'credentials = "{credentials}"\nmax_size = "200KB"\n[report]\ndir = "{tmp_path / "reports"}"\n',
                      encoding="utf-8")
    log = tmp_path / "nightly.log"
    result = daicho(detector, "--config", str(config), "nightly", "--log-file", str(log))
    assert result.exit_code in (3, 4), result.output
    assert {u.rpartition("!")[0] for u, r in objects(tmp_path / "inventory.db").items() if r["parent_id"] is None} == {
        "imap://127.0.0.1/人事", "imap://127.0.0.1/人事/採用"}
    assert list((tmp_path / "reports").glob("daicho_*.html"))
    assert_no_raw_value(mailbox.raw_values | {mailbox.password}, log.read_bytes(), result.output)
