"""Real servers for the source tests: Dovecot and Samba started once per session
on loopback; each test gets its own mail account (a fresh mailbox) or share tree."""

from __future__ import annotations

import itertools
import os
import shutil

import pytest

from tests.sources import servers
from tests.sources.mailbox import Mailbox, fill

_accounts = itertools.count(1)


def _require(*binaries: str) -> None:
    missing = [b for b in binaries if not shutil.which(b) and not os.path.exists(b)]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian: apt-get install dovecot-imapd samba; CI installs them)")


@pytest.fixture(scope="session")
def dovecot_server():
    _require(servers.DOVECOT)
    with servers.dovecot() as server:
        yield server


@pytest.fixture(scope="session")
def samba_server():
    _require(servers.SMBD, servers.PDBEDIT)
    if os.geteuid() != 0:
        pytest.skip("smbd serves files by switching to the SMB user, which needs root (CI runs as root)")
    with servers.samba() as server:
        yield server


@pytest.fixture
def trust_test_certificate(dovecot_server, monkeypatch):
    """The test server's certificate trusted the way an admin trusts an internal CA."""
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot_server.cert))


@pytest.fixture
def new_account(dovecot_server, trust_test_certificate):
    """An empty mailbox of its own for one test."""
    user, password = dovecot_server.account(next(_accounts))
    return Mailbox(dovecot_server, user, password)


@pytest.fixture
def mailbox(new_account) -> Mailbox:
    return fill(new_account)


def write_credentials(path, host: str, user: str, password: str):
    path.write_text(f"machine {host} login {user} password {password}\n", encoding="utf-8")
    path.chmod(0o600)
    return path


@pytest.fixture
def credentials(tmp_path, mailbox):
    return write_credentials(tmp_path / "credentials", "127.0.0.1", mailbox.user, mailbox.password)
