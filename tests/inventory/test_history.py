"""Old and new answers on the same history (tests/inventory/history.py).

The database main's code wrote, opened (and migrated) by today's code, answers
every query as main's code did. Today's code, writing the history itself, answers
as main's code did for the history's steady twin (the night the file could not be
decoded replaced by an unchanged rewrite): a failed read is not a deletion. Only
the failure itself shows: one more unreadable object in that scan's counts.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from tests.inventory.history import answers, build_history, normalised

pytestmark = pytest.mark.slow
FIXTURE = Path(__file__).parent / "history"
FAILED_SCAN = 2  # the scan that could not decode 名簿.csv


@pytest.fixture(scope="module")
def recorded() -> dict:
    return json.loads((FIXTURE / "answers.json").read_text())


def _without_unverified(found: dict) -> tuple[dict, list]:
    """Answers as main's code gave them, and the objects listed as not verified
    (status gained that list)."""
    found = copy.deepcopy(found)
    return found, found["status"].pop("unverified_objects")


def test_the_old_database_answers_as_before(recorded, tmp_path):
    db_path = tmp_path / "old.db"
    shutil.copy(FIXTURE / "old.sqlite", db_path)
    found, unverified = _without_unverified(normalised(answers(db_path), recorded["root"]))
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
