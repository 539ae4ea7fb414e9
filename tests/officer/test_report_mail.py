"""Issue 18 items 6 and 8: the report mail through STARTTLS or SMTPS with a login
(Microsoft 365, Gmail), with Date and Message-ID headers, naming the new 項目外 and
漏えい時報告対象 of the files it names; a server that is down is a clear error."""

from __future__ import annotations

import datetime as dt
import email
import ipaddress
import socket
import ssl
from email import policy

import pytest
from click.testing import CliRunner

from scanner.cli import cli


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def certificate(tmp_path, monkeypatch):
    """A self-signed certificate for 127.0.0.1, trusted by this test's clients."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_path))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_path, key_path)
    return context


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.logins: list[tuple[bytes, bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(envelope.content)
        return "250 OK"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult

        self.logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret", handled=False)  # False: the server answers 535


def _report(db, port, *extra, env=None):
    return CliRunner().invoke(cli, ["report", "--db", str(db), "--mail-to", "privacy@example.co.jp",
                                    "--smtp-host", "127.0.0.1", "--smtp-port", str(port),
                                    "--mail-from", "daicho@example.co.jp", *extra], obj={}, env=env)


def test_starttls_and_login_with_the_password_from_the_environment(office_db, certificate):
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=certificate, require_starttls=True,
                            authenticator=inbox.authenticate, auth_require_tls=True)
    controller.start()
    try:
        plain = _report(office_db, port)
        sent = _report(office_db, port, "--smtp-starttls", "--smtp-user", "officer",
                       env={"DAICHO_SMTP_PASSWORD": "s3cret"})
        wrong = _report(office_db, port, "--smtp-starttls", "--smtp-user", "officer",
                        env={"DAICHO_SMTP_PASSWORD": "nope"})
    finally:
        controller.stop()
    assert plain.exit_code == 1 and "レポートをメールで送れませんでした" in plain.output  # STARTTLS required
    assert sent.exit_code == 0, sent.output
    assert wrong.exit_code == 1 and "ユーザー名かパスワードが違います" in wrong.output
    assert inbox.logins[0] == (b"officer", b"s3cret") and len(inbox.messages) == 1
    message = email.message_from_bytes(inbox.messages[0], policy=policy.default)
    assert email.utils.parsedate_to_datetime(message["Date"]).tzinfo is not None
    assert message["Message-ID"].endswith("@example.co.jp>")


def test_smtps_with_a_password_file(office_db, certificate, tmp_path):
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), _free_port()
    secret = tmp_path / "smtp-password"
    secret.write_text("s3cret\n", encoding="utf-8")
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ssl_context=certificate,
                            authenticator=inbox.authenticate, auth_require_tls=False,
                            server_hostname="127.0.0.1")
    controller.start()
    try:
        sent = _report(office_db, port, "--smtp-ssl", "--smtp-user", "officer", "--smtp-password-file", str(secret))
    finally:
        controller.stop()
    assert sent.exit_code == 0, sent.output
    assert inbox.logins == [(b"officer", b"s3cret")] and len(inbox.messages) == 1


def test_a_login_without_a_password_is_refused_before_connecting(office_db):
    result = _report(office_db, _free_port(), "--smtp-user", "officer")
    assert result.exit_code == 2 and "DAICHO_SMTP_PASSWORD" in result.output
    assert "--smtp-password" not in [p.opts[0] for p in cli.commands["report"].params if p.opts[0] == "--smtp-password"]


@pytest.mark.parametrize("lang, expected", [("ja", "接続を拒否されました"), ("en", "connection refused")])
def test_a_server_that_is_down_is_a_clear_error_after_the_files_are_written(office_db, tmp_path, lang, expected):
    html = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["--lang", lang, "report", "--db", str(office_db), "--html", str(html),
                                      "--mail-to", "privacy@example.co.jp", "--smtp-host", "127.0.0.1",
                                      "--smtp-port", str(_free_port())], obj={})
    assert result.exit_code == 1 and expected in result.output, result.output
    assert str(html) in result.output and html.exists()
    assert "Traceback" not in result.output and "Errno" not in result.output


def test_the_mail_names_the_new_undeclared_items_and_breach_triggers_of_its_files(office_db):
    from inventory import open_inventory
    from reports.report_data import build_report
    from scanner.alerting import new_alerts
    from scanner.app.report_mail import compose_mail

    data = build_report(open_inventory(office_db))
    subject, body = compose_mail(data, tuple(new_alerts(data, "ja")), "ja")
    assert "要対応" in subject
    lines = body.splitlines()
    memo = [i for i, line in enumerate(lines) if "営業/メモ.txt" in line]
    assert memo and "未登録: 営業/メモ.txt" in lines[memo[0]]
    after = "\n".join(lines[memo[0]:])
    assert "漏えい時報告対象 (新規): 特定個人情報(個人番号) (本人 1 人)" in after
    assert "今日の対応事項" in body
    english = compose_mail(data, tuple(new_alerts(data, "en")), "en")[1]
    assert "breach-report trigger (new)" in english
