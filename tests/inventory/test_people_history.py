"""Data subjects with a history (issue 17): the same history of people written
by main's code before subjects had one and by today's (tests/inventory/
people_history.py). Every current people query answers as main did; `impact
--as-of 1` answers what main answered right after scan 1; a roster read again
unchanged writes no subject; a database main wrote, migrated, answers as before.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from inventory import open_inventory
from inventory.impact import impact_of
from inventory.migrations import MIGRATIONS
from inventory.object_sets import select_objects
from scanner.cli import cli
from tests.inventory.history import normalised
from tests.inventory.people_history import build, current_answers, impact_answers

FIXTURE = Path(__file__).parent / "people_history"
ROSTER, APPLICANTS, MINUTES, NOTE = "名簿.csv", "採用/応募者.csv", "議事録.txt", "健康/面談.txt"


@pytest.fixture(scope="module")
def recorded() -> dict:
    return json.loads((FIXTURE / "answers.json").read_text())


def _subjects(db) -> dict[str, list[tuple]]:
    """uri -> (subject id, added, ended) of each subject, in id order."""
    found: dict[str, list[tuple]] = {}
    for uri, *row in db.execute("select o.uri, s.id, s.added_scan, s.ended_scan from subjects s "
                                "join objects o on o.id = s.object_id order by s.id"):
        found.setdefault(uri, []).append(tuple(row))
    return found


def _changed_since(db, root: str, scan_id: int) -> int:
    return impact_of(db.conn, select_objects(db.conn, [root], scan_id)).changed_since


def test_a_database_written_before_answers_as_before(recorded, tmp_path):
    db_path = tmp_path / "before.db"
    shutil.copy(FIXTURE / "before.sqlite", db_path)
    db = open_inventory(db_path)
    assert MIGRATIONS.pending(db) == []
    root = db.execute("select distinct root from objects").fetchone()[0]
    assert normalised(current_answers(db_path, root), root) == recorded["2"]
    assert normalised(impact_answers(db, root, 2), root) == recorded["2"]["impact"]
    subjects = _subjects(db)  # present since their object was first seen, or ended with it
    assert {row[1:] for row in subjects[ROSTER] + subjects[APPLICANTS] + subjects[NOTE]} == {(1, None)}
    assert {row[1:] for row in subjects[MINUTES]} == {(1, 2)}
    assert _changed_since(db, root, 1) == 2  # the roster and the note, read again before people had a history
    assert _changed_since(db, root, 2) == 0


@pytest.mark.slow
def test_the_history_written_today_answers_now_and_as_of_each_scan(recorded, detector, tmp_path):
    work, answers = tmp_path / "work", {}
    root = str(work / "share")
    db_path = build(work, detector, lambda path, scan_id: answers.__setitem__(
        str(scan_id), normalised(current_answers(path, root), root)))
    assert answers == recorded  # the current answers after each scan: main's
    db = open_inventory(db_path)
    for scan_id in (1, 2):  # main counted the people of the present content: right after each scan
        assert normalised(impact_answers(db, root, scan_id), root) == recorded[str(scan_id)]["impact"]
        assert _changed_since(db, root, scan_id) == 0
    for as_of in ([], ["--as-of", "1"], ["--as-of", "2"]):  # the command, as an officer runs it
        result = CliRunner().invoke(cli, ["impact", "--db", str(db_path), root, *as_of, "--format", "json"], obj={})
        people = recorded[as_of[-1] if as_of else "2"]["impact"]["(all)"]["people"]
        assert [json.loads(result.output)["people"][k] for k in ("estimate", "low", "high", "with_my_number",
                                                                 "with_sensitive", "with_financial")] == people
    subjects = _subjects(db)
    roster = subjects[ROSTER]
    assert [row[1:] for row in roster] == [(1, 2), (1, 2), (1, None), (1, None), (1, None), (2, None), (2, None)]
    assert {row[1:] for row in subjects[MINUTES]} == {(1, 2)}
    assert {row[1:] for row in subjects[APPLICANTS]} == {(1, None)}
    assert [row[1:] for row in subjects[NOTE]] == [(1, 2), (2, None)]  # 要配慮 then, not now: another subject


@pytest.mark.slow
def test_a_roster_read_again_unchanged_writes_no_subject(detector, tmp_path):
    from inventory import Inventory
    from scanner.pipeline import run_scan
    from tests.inventory.history import KEY, _reader

    db_path = build(tmp_path / "work", detector)
    roster = tmp_path / "work" / "share" / ROSTER
    os.utime(roster, (roster.stat().st_mtime + 86400, roster.stat().st_mtime + 86400))  # read again
    inventory = Inventory(open_inventory(db_path), KEY)
    before = list(inventory.db.execute("select * from subjects order by id"))
    result = run_scan([str(tmp_path / "work" / "share")], inventory, _reader(detector)())
    assert result.stats["objects_extracted"] == 1
    assert list(inventory.db.execute("select * from subjects order by id")) == before
