"""Old and new answers on the same history (tests/inventory/history.py): the
database main's code wrote, opened (and migrated) by today's code, answers every
query as main's code did; and today's code, writing the same history itself,
answers the same."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.inventory.history import answers, build_history, normalised

pytestmark = pytest.mark.slow
FIXTURE = Path(__file__).parent / "history"


@pytest.fixture(scope="module")
def recorded() -> dict:
    return json.loads((FIXTURE / "answers.json").read_text())


def test_the_old_database_answers_as_before(recorded, tmp_path):
    db_path = tmp_path / "old.db"
    shutil.copy(FIXTURE / "old.sqlite", db_path)
    assert normalised(answers(db_path), recorded["root"]) == recorded["answers"]


def test_the_same_history_written_today_answers_the_same(recorded, detector, tmp_path):
    db_path = build_history(tmp_path / "work", detector)
    root = str(tmp_path / "work" / "share")
    during = normalised(json.loads((tmp_path / "work" / "during.json").read_text()), root)
    assert during == recorded["during"]
    assert normalised(answers(db_path), root) == recorded["answers"]
