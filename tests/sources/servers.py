"""Real Dovecot and Samba servers on loopback, started for the tests: temporary
configuration, non-privileged ports, users in temporary password databases.

Both keep their files in a world-traversable temporary folder (not pytest's
0700 one): run as root, their mail and file processes act as `nobody`.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DOVECOT, SMBD, PDBEDIT = "/usr/sbin/dovecot", "/usr/sbin/smbd", "/usr/bin/pdbedit"
NOBODY = 65534
ACCOUNTS = 100  # mail accounts on the test Dovecot


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def wait_for_ports(ports: tuple[int, ...], process: subprocess.Popen, log: Path, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited ({process.returncode}): {log.read_text(errors='replace')[-2000:]}")
        if all(_listening(port) for port in ports):
            return
        time.sleep(0.05)
    raise RuntimeError(f"server did not listen on {ports}")


@contextlib.contextmanager
def running(args: list[str], ports: tuple[int, ...], log: Path) -> Iterator[subprocess.Popen]:
    """A server in its own process group, stopped with everything it started."""
    with open(log, "ab") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_ports(ports, process, log)
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost; tests trust it with SSL_CERT_FILE."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(minutes=5))
                   .not_valid_after(now + datetime.timedelta(days=2))
                   .add_extension(x509.SubjectAlternativeName([
                       x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .sign(key, hashes.SHA256()))
    cert, key_file = folder / "cert.pem", folder / "key.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_file.chmod(0o600)
    return cert, key_file


def world_traversable_folder(prefix: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    return folder


def mail_uid() -> int:
    return NOBODY if os.geteuid() == 0 else os.geteuid()


@dataclass
class Dovecot:
    base: Path
    imap_port: int  # plain, STARTTLS offered
    imaps_port: int
    cert: Path

    @property
    def log(self) -> Path:
        return self.base / "dovecot.log"

    def account(self, number: int) -> tuple[str, str]:
        """(user, password) of one of the accounts made at start (one fresh mailbox per test)."""
        return f"shain{number}", f"Pw-{number}-ひみつ"

    def _write_accounts(self, count: int) -> None:
        # all at start: Dovecot looks at a changed passwd-file at most once a second
        with open(self.base / "passwd", "w", encoding="utf-8") as users:
            for number in range(1, count + 1):
                user, password = self.account(number)
                users.write(f"{user}:{{PLAIN}}{password}:{mail_uid()}:{mail_uid()}::{self.base}/mail/{user}::\n")

    def body_fetches(self, user: str) -> list[int]:
        """Messages whose body each finished session of user fetched, from the server's log."""
        pattern = re.compile(rf"imap\({re.escape(user)}\).*Logged out .*body_count=(\d+)")
        return [int(m.group(1)) for m in pattern.finditer(self.log.read_text(errors="replace"))]

    def wait_for_sessions(self, user: str, count: int, seconds: float = 30) -> list[int]:
        deadline = time.monotonic() + seconds
        while len(fetches := self.body_fetches(user)) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return fetches


def _dovecot_conf(base: Path, imap_port: int, imaps_port: int, cert: Path, key: Path) -> str:
    me = pwd.getpwuid(os.geteuid()).pw_name  # run by a user: its processes stay that user
    own = "" if os.geteuid() == 0 else f"default_internal_user = {me}\ndefault_login_user = {me}\n"
    return f"""{own}base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
auth_mechanisms = plain
auth_failure_delay = 0
mail_fsync = never
first_valid_uid = 1
mail_location = maildir:{base}/mail/%u
imap_logout_format = in=%i out=%o body_count=%{{fetch_body_count}} body_bytes=%{{fetch_body_bytes}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = passwd-file
  args = {base}/passwd
}}
userdb {{
  driver = passwd-file
  args = {base}/passwd
}}
"""


@contextlib.contextmanager
def dovecot() -> Iterator[Dovecot]:
    base = world_traversable_folder("daicho-dovecot-")
    try:
        for sub in ("run", "state"):
            (base / sub).mkdir()
        (base / "mail").mkdir()
        os.chown(base / "mail", mail_uid(), mail_uid())
        cert, key = self_signed_certificate(base)
        server = Dovecot(base, free_port(), free_port(), cert)
        server._write_accounts(ACCOUNTS)
        (base / "dovecot.conf").write_text(_dovecot_conf(base, server.imap_port, server.imaps_port, cert, key))
        with running([DOVECOT, "-F", "-c", str(base / "dovecot.conf")], (server.imap_port, server.imaps_port),
                     base / "stdout.log"):
            yield server
    finally:
        shutil.rmtree(base, ignore_errors=True)


@dataclass
class Samba:
    base: Path
    port: int
    share: Path  # the folder shared as `share`
    user: str
    password: str


def _smb_conf(base: Path, port: int) -> str:
    dirs = {name: base / name for name in ("private", "lock", "state", "cache", "pid", "ncalrpc")}
    for folder in dirs.values():
        folder.mkdir()
    return f"""[global]
  server role = standalone server
  smb ports = {port}
  interfaces = 127.0.0.1
  bind interfaces only = yes
  disable netbios = yes
  private dir = {dirs['private']}
  lock directory = {dirs['lock']}
  state directory = {dirs['state']}
  cache directory = {dirs['cache']}
  pid directory = {dirs['pid']}
  ncalrpc dir = {dirs['ncalrpc']}
  log file = {base}/smbd.log
  passdb backend = tdbsam:{dirs['private']}/passdb.tdb
  server min protocol = SMB2_10
  load printers = no
  printing = bsd
  printcap name = /dev/null
  disable spoolss = yes
  map to guest = never
[share]
  path = {base}/share
  read only = yes
"""


@contextlib.contextmanager
def samba(user: str = "nobody", password: str = "smb-Pass-2026") -> Iterator[Samba]:
    """smbd as root (it switches to the user to serve files); the SMB user is the
    Unix account `nobody`, added to a temporary passdb."""
    base = world_traversable_folder("daicho-samba-")
    try:
        (base / "share").mkdir(mode=0o755)
        port = free_port()
        conf = base / "smb.conf"
        conf.write_text(_smb_conf(base, port))
        subprocess.run([PDBEDIT, "-s", str(conf), "-a", "-u", user, "-t"], input=f"{password}\n{password}\n",
                       text=True, check=True, capture_output=True)
        args = [SMBD, "--foreground", "--no-process-group", "-s", str(conf), "--debug-stdout"]
        with running(args, (port,), base / "stdout.log"):
            yield Samba(base, port, base / "share", user, password)
    finally:
        shutil.rmtree(base, ignore_errors=True)
