"""Named pipes and sockets are recorded and never opened; bytes that are no mail
are not recorded as a mail that was read."""

from __future__ import annotations

import os
import random
import socket
import tempfile

import pytest

from inventory import Inventory, load_or_create_key, open_inventory
from samples import writers as w
from scanner.app.lazy_detector import LazyDetector
from scanner.objects import ObjectScanner
from scanner.pipeline import run_scan
from scanner.workers.runners import InlineRunner


@pytest.mark.timeout(60)  # opening the FIFO would block for ever
def test_fifos_and_sockets_are_recorded_skipped_and_never_opened(tmp_path):
    root = tempfile.mkdtemp(dir="/tmp")  # a socket path must be short
    try:
        os.mkfifo(os.path.join(root, "pipe"))
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(os.path.join(root, "sock"))
        with open(os.path.join(root, "a.txt"), "w") as handle:
            handle.write("text")
        inventory = Inventory(open_inventory(tmp_path / "i.db"), load_or_create_key())
        run_scan([root], inventory, InlineRunner(ObjectScanner(LazyDetector()), inventory.key))
        rows = {r["uri"]: (r["status"], r["reason"], r["error"])
                for r in inventory.db.query("select uri, status, reason, error from objects")}
    finally:
        listener.close()
        for name in ("pipe", "sock", "a.txt"):
            os.unlink(os.path.join(root, name))
        os.rmdir(root)
    assert rows["a.txt"][:2] == ("ok", None)
    assert rows["pipe"][:2] == rows["sock"][:2] == ("skipped", "special_file")
    assert "FIFO" in rows["pipe"][2] and "socket" in rows["sock"][2]


def noise(seed: int) -> bytes:
    return random.Random(seed).randbytes(3000)


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_named_eml_or_mbox_are_not_mail(seed):
    scanner = ObjectScanner(LazyDetector())
    for name in ("x.eml", "x.mbox"):
        record = scanner.scan_bytes(name, noise(seed))
        assert (record.status, record.reason) == ("unreadable", "not_mail"), name


def test_a_mail_and_an_empty_mailbox_are_still_read(scanner):
    mail = w.make_eml("件名", "a@example.jp", "b@example.jp", "本文です。")
    assert scanner.scan_bytes("m.eml", mail).status == "ok"
    assert scanner.scan_bytes("m.mbox", w.mbox_bytes([mail])).children[0].status == "ok"
    assert scanner.scan_bytes("empty.mbox", b"").status == "ok"
