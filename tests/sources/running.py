"""`daicho` as the admin runs it, in this process (the session's GiNZA detector
passed in), and the inventory it wrote."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner, Result

from scanner.cli import cli


def daicho(detector, *args: str) -> Result:
    """detector None: daicho's own lazy one, which loads GiNZA only if some text needs it."""
    obj = {"detector": detector} if detector is not None else {}
    return CliRunner().invoke(cli, list(args), obj=obj, catch_exceptions=False)


def scan(detector, db: Path, *roots_and_options: str) -> Result:
    return daicho(detector, "scan", *roots_and_options, "--db", str(db))


def objects(db: Path, live: bool = True) -> dict[str, dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        where = "where deleted_scan is null" if live else ""
        return {row["uri"]: dict(row) for row in conn.execute(f"select * from objects {where}")}


def exported(detector, db: Path) -> list[dict]:
    result = daicho(detector, "export", "--db", str(db), "--format", "jsonl")
    return [json.loads(line) for line in result.output.splitlines()]


def assert_no_raw_value(values: set[str], *texts: str | bytes) -> None:
    for text in texts:
        blob = text if isinstance(text, bytes) else text.encode("utf-8")
        leaked = [v for v in values if v.encode("utf-8") in blob]
        assert not leaked, f"raw values written: {leaked[:3]}"
