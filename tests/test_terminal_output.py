"""File names and messages never drive the terminal: control characters reach it
escaped, from the scan's warnings and from `daicho status`."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

OSC_TITLE = "\x1b]0;owned\x07"  # would retitle the terminal
CSI_C1 = "\x9b2J"  # the one-character CSI: would clear the screen
BIDI = "\u202e"  # right-to-left override: would show the name reversed
CONTROLS = ("\x1b", "\x07", "\x9b", "\u202e", "\r")


def daicho(*args: str, home) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from scanner.cli import main; main()", *args],
                          capture_output=True, text=True, env={**os.environ, "DAICHO_HOME": str(home),
                                                               "PYTHONPATH": os.getcwd()})


def assert_no_controls(text: str) -> None:
    for control in CONTROLS:
        assert control not in text, repr(control)


def test_a_hostile_file_name_reaches_warnings_and_status_escaped(tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    (root / f"名簿{OSC_TITLE}{CSI_C1}{BIDI}\r.txt").write_text("個人番号 176749365367\n", encoding="utf-8")
    db = tmp_path / "inventory.db"
    scan = daicho("scan", str(root), "--db", str(db), home=tmp_path / "home")
    assert scan.returncode == 4 and "new:" in scan.stderr  # the My Number is new: a warning names the file
    assert_no_controls(scan.stdout + scan.stderr)
    status = daicho("status", "--db", str(db), home=tmp_path / "home")
    assert status.returncode == 0 and "名簿" in status.stdout
    assert_no_controls(status.stdout + status.stderr)


def test_rows_written_before_names_were_escaped_are_shown_escaped(tmp_path):
    """An inventory from an older version holds names raw; status shows them escaped."""
    root = tmp_path / "share"
    root.mkdir()
    (root / "a.txt").write_bytes(b"\xff\xfe\x00broken")
    db = tmp_path / "inventory.db"
    daicho("scan", str(root), "--db", str(db), home=tmp_path / "home")
    with sqlite3.connect(db) as connection:
        connection.execute("update objects set uri = ?, status = 'unreadable', error = ?",
                           [f"a{OSC_TITLE}.txt", f"corrupt{CSI_C1}"])
    status = daicho("status", "--db", str(db), home=tmp_path / "home")
    assert_no_controls(status.stdout + status.stderr)
    assert "a\\u001b]0;owned\\u0007.txt" in status.stdout
    as_json = daicho("status", "--db", str(db), "--format", "json", home=tmp_path / "home")
    assert_no_controls(as_json.stdout)
    assert "corrupt\\u009b2J" in as_json.stdout  # the stored message, shown escaped (valid JSON)
