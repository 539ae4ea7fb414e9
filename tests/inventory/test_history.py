"""Old and new answers on the same history (tests/inventory/history.py).

A database the code before findings intervals wrote, opened (and migrated) by
today's code, answers every query as that code did: the one of main at 8a7c0c2
(through every migration since), and the one of 34c7e45 (worker processes,
people, reasons: the schema an inventory has just before intervals). Today's
code, writing the history itself, answers as 34c7e45's code did (the same
detection rules) for the history's steady twin (the night the file could not be
decoded replaced by an unchanged rewrite): a failed read is not a deletion. Only
the failure itself shows: one more unreadable object in that scan's counts.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from inventory.migrations import MIGRATIONS
from inventory import open_inventory
from tests.inventory.history import answers, build_history, normalised

pytestmark = pytest.mark.slow
FIXTURE = Path(__file__).parent / "history"
FAILED_SCAN = 2  # the scan that could not decode 名簿.csv
ADDED_SINCE_8A7C0C2 = ("reason",)  # the code of an object's failed read (m013), in status's failed objects


def _recorded(name: str) -> dict:
    return json.loads((FIXTURE / name).read_text())


@pytest.fixture(scope="module")
def recorded() -> dict:
    """Answers of the code just before intervals (34c7e45)."""
    return _recorded("answers_before_intervals.json")


def _without_unverified(found: dict) -> tuple[dict, list]:
    """Answers as the code before gave them, and the objects listed as not
    verified (status gained that list)."""
    found = copy.deepcopy(found)
    return found, found["status"].pop("unverified_objects")


def _migrated(fixture: str, tmp_path) -> Path:
    db_path = tmp_path / "old.db"
    shutil.copy(FIXTURE / fixture, db_path)
    assert MIGRATIONS.pending(open_inventory(db_path)) == []  # every migration since applies
    return db_path


def test_the_database_of_8a7c0c2_answers_as_before(tmp_path):
    old = _recorded("answers.json")
    found, unverified = _without_unverified(normalised(answers(_migrated("old.sqlite", tmp_path)), old["root"]))
    for failed in found["status"]["failed_objects"]:
        assert all(failed.pop(column) is None for column in ADDED_SINCE_8A7C0C2)  # unknown for old objects
    assert found == old["answers"] and unverified == []


def test_the_database_before_intervals_answers_as_before(recorded, tmp_path):
    found, unverified = _without_unverified(
        normalised(answers(_migrated("before_intervals.sqlite", tmp_path)), recorded["root"]))
    assert found == recorded["answers"] and unverified == []


def _failure_counted(steady: dict) -> dict:
    """The steady twin's answers with the failed read counted where scans are."""
    expected = copy.deepcopy(steady)
    expected["during"]["s2"]["stats"]["objects_failed"] += 1
    expected["during"]["s2_report"]["summary"]["unreadable"] += 1
    for scan in expected["answers"]["status"]["scans"]:
        scan["objects_failed"] += scan["id"] == FAILED_SCAN
    return expected


def test_the_same_history_written_today_keeps_what_could_not_be_read(recorded, detector, tmp_path):
    work = tmp_path / "work"
    found, unverified = _without_unverified(normalised(answers(build_history(work, detector)), str(work / "share")))
    during = normalised(json.loads((work / "during.json").read_text()), str(work / "share"))
    expected = _failure_counted(recorded["steady"])
    assert during == expected["during"]
    assert found == expected["answers"]
    assert unverified == []  # read again at scan 4


def test_the_steady_twin_written_today_answers_the_same(recorded, detector, tmp_path):
    work = tmp_path / "work"
    found, _ = _without_unverified(normalised(answers(build_history(work, detector, transient=False)),
                                              str(work / "share")))
    during = normalised(json.loads((work / "during.json").read_text()), str(work / "share"))
    assert during == recorded["steady"]["during"] and found == recorded["steady"]["answers"]
