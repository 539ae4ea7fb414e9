"""IMAP and SMB scans over loopback next to local scans of the same content.

    .venv/bin/python benchmarks/remote_sources.py [--items 2000]

Starts Dovecot and Samba on loopback (as the tests do: Debian's dovecot-imapd
and samba, run as root), fills a mailbox with N short Japanese mails (APPEND)
and a share with N text files of the same bodies (a third carry a My Number),
and times whole `daicho scan` processes: the first scan and an unchanged rescan
of the mailbox and of the same mails as .eml files on disk, of the share and of
the same folder read locally. Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from samples import writers as w  # noqa: E402
from samples.synth import make_people  # noqa: E402
from tests.sources import servers  # noqa: E402
from tests.sources.mailbox import Mailbox  # noqa: E402


def bodies(count: int) -> list[tuple[str, str]]:
    """(subject, body) of N short mails or notes; a third carry a My Number."""
    items = []
    for i, person in enumerate(make_people(count, seed=16)):
        body = f"議事録 {i}\n出席: {person.name}\n連絡先 {person.mobile}\n"
        if i % 3 == 0:
            body += f"個人番号 {person.my_number}\n"
        items.append((f"議事録 {i}", body))
    return items


def fill_mailbox(mailbox: Mailbox, items: list[tuple[str, str]], eml_folder: Path) -> None:
    eml_folder.mkdir(parents=True)
    messages = [w.make_eml(subject, "soumu@example.co.jp", "jinji@example.co.jp", body) for subject, body in items]
    for i, message in enumerate(messages):
        (eml_folder / f"{i:05d}.eml").write_bytes(message)
    with mailbox.client() as client:
        for message in messages:
            client.append("INBOX", message, flags=())


def fill_folder(folder: Path, items: list[tuple[str, str]]) -> None:
    for i, (_, body) in enumerate(items):
        sub = folder / f"{i // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{i:05d}.txt"
        path.write_text(body, encoding="utf-8")
        path.chmod(0o644)
    for directory in [folder, *folder.rglob("*")]:
        if directory.is_dir():
            directory.chmod(0o755)


def timed_scan(root: str, db: Path, env: dict) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run([str(REPO / ".venv/bin/daicho"), "scan", root, "--db", str(db)],
                         capture_output=True, text=True, env=env)
    return time.perf_counter() - start, (out.stdout.strip() or out.stderr.strip()).splitlines()[-1]


def first_and_rescan(label: str, root: str, work: Path, env: dict, rows: list[str]) -> None:
    db = work / f"{label}.db"
    for run in ("first scan", "rescan, unchanged"):
        seconds, summary = timed_scan(root, db, env)
        rows.append(f"| {label} | {run} | {seconds:.1f} | {summary} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=2000)
    args = parser.parse_args()
    items = bodies(args.items)
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as tmp, servers.dovecot() as dovecot, servers.samba() as samba:
        work = Path(tmp)
        user, password = dovecot.account(1)
        env = {**os.environ, "DAICHO_HOME": str(work / "home"), "SSL_CERT_FILE": str(dovecot.cert),
               "DAICHO_IMAP_PASSWORD": password, "DAICHO_SMB_PASSWORD": samba.password}
        mailbox = Mailbox(dovecot, user, password)
        fill_mailbox(mailbox, items, work / "mail")
        fill_folder(samba.share / "議事録", items)
        first_and_rescan("local .eml files", str(work / "mail"), work, env, rows)
        first_and_rescan("IMAP (IMAPS, loopback)", mailbox.root(), work, env, rows)
        first_and_rescan("local folder", str(samba.share / "議事録"), work, env, rows)
        first_and_rescan("SMB (SMB3, loopback)", f"smb://{samba.user}@127.0.0.1:{samba.port}/share/議事録",
                         work, env, rows)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"content: {args.items} mails / files\n")
    print("| source | run | wall time (s) | summary |\n|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
