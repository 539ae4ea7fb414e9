"""A history of scans with people in it, and what every people query says of it.

Scan 1: a roster of people A–E (name, date of birth, phone, e-mail), applicants
(C and F, by phone and e-mail), a payroll note (H, My Number), minutes naming I
and giving A's e-mail, an interview note on D's illness. Scan 2: the roster holds
C–G, the minutes are deleted, the note says D is well.
Main's code before data subjects had a history (e1ed519) recorded
`people_history/answers.json` (its answers after each scan) and the database it
wrote (`people_history/before.sqlite`), with this file (functions both have):

    mkdir /tmp/old && git archive e1ed519 | tar -x -C /tmp/old
    cp tests/inventory/history.py tests/inventory/people_history.py /tmp/old/tests/inventory/
    PYTHONPATH=/tmp/old .venv/bin/python /tmp/old/tests/inventory/people_history.py \
        tests/inventory/people_history

Today's answers now must be main's after scan 2; `impact --as-of 1` today must be
main's answer after scan 1 (main counted the people of the present content).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    sys.path.insert(1, str(REPO))  # after PYTHONPATH: the code being recorded comes first

from detectors.name_forms import NameReader  # noqa: E402
from inventory import open_inventory  # noqa: E402
from inventory.headcount import files_headcount  # noqa: E402
from inventory.impact import held_objects, impact_of  # noqa: E402
from inventory.located import located_objects  # noqa: E402
from inventory.object_sets import select_objects  # noqa: E402
from inventory.outcomes import run_reconciliation, stored_outcomes, stores_from_inventory  # noqa: E402
from inventory.people import resolve_people  # noqa: E402
from inventory.person_lookup import find_person, hash_query  # noqa: E402
from inventory.pms import gather_stores  # noqa: E402
from samples.synth import make_people  # noqa: E402
from scanner.person_query import PersonQuery, query_keys  # noqa: E402
from scanner.pipeline import run_scan  # noqa: E402
from tests.inventory.history import KEY, TODAY, _reader, _write, normalised, start_history  # noqa: E402

PEOPLE = make_people(10, seed=17)
A, B, C, D, E, F, G, H, I, _ = PEOPLE
PLACES = ("", "名簿.csv", "採用", "人事/給与.txt", "議事録.txt", "健康")  # under the share ("": all of it)


def _roster(people) -> str:
    return "氏名,生年月日,電話,メール\n" + "".join(
        f"{p.name},{p.birth.isoformat()},{p.mobile},{p.email}\n" for p in people)


def step1(root: Path) -> None:
    _write(root, "名簿.csv", _roster([A, B, C, D, E]), 1)
    applicants = "".join(f"{p.name},{p.mobile},{p.email}\n" for p in (C, F))
    _write(root, "採用/応募者.csv", "氏名,電話,メール\n" + applicants, 1)
    _write(root, "人事/給与.txt", f"{H.name} 個人番号 {H.my_number}\n", 1)
    _write(root, "議事録.txt", f"議事録\n出席: {I.name} 電話 {I.mobile}\n報告者 {A.name} ({A.email})\n", 1)
    _write(root, "健康/面談.txt", f"面談記録\n{D.name}さんは糖尿病で通院中\n連絡先 {D.email}\n", 1)


def step2(root: Path) -> None:
    _write(root, "名簿.csv", _roster([C, D, E, F, G]), 2)
    _write(root, "健康/面談.txt", f"面談記録\n{D.name}さんは異常なし\n連絡先 {D.email}\n", 2)
    (root / "議事録.txt").unlink()


def _headcount(people) -> list:
    return [people.estimate, people.low, people.high, people.with_my_number, people.with_sensitive,
            people.with_financial]


def impact_answers(db, root: str, scan_id: int | None) -> dict:
    """`impact` of each place (now, or as of scan_id): objects, items, people."""
    found = {}
    for place in PLACES:
        impact = impact_of(db.conn, select_objects(db.conn, [f"{root}/{place}".rstrip("/")], scan_id))
        found[place or "(all)"] = {"objects": impact.selection.objects, "with_data": impact.objects_with_data,
                                   "items": impact.items, "people": _headcount(impact.people),
                                   "held": held_objects(db.conn, *([scan_id] if scan_id else []))}
    return found


def _located(db, person) -> list:
    keys = query_keys(PersonQuery(name=person.name, birth=person.birth.isoformat()), NameReader())
    rows = find_person(db, hash_query(KEY, keys.names, keys.readings, keys.kana_query, keys.links, keys.birth_keys))
    first = {}
    for row in rows:
        first[row["uri"]] = min(first.get(row["uri"], 1 << 30), row["first_scan_id"] or row["first_seen_scan"])
    return sorted([o.uri, o.match, o.person, sorted(o.types), sorted(o.locations), first[o.uri],
                   [list(e) for e in o.entries], o.proposal.action]
                  for o in located_objects(db, rows))


def current_answers(db_path: Path, root: str) -> dict:
    """Every current people query: impact, people per file, stores, ledger outcomes, locate."""
    db = open_inventory(db_path)
    resolve_people(db)
    tops = {row[0]: row[1] for row in db.execute("select uri, id from objects where parent_id is null "
                                                 "and deleted_scan is null")}
    latest = db.execute("select max(id) from scans").fetchone()[0]
    return {
        "impact": impact_answers(db, root, None),
        "files": {uri: _headcount(files_headcount(db.conn, [tops[uri]])) for uri in sorted(tops)},
        "stores": sorted([s.department, s.name, sorted(s.files), _headcount(s.people)] for s in gather_stores(db)),
        "ledger_stores": sorted([s.uri, s.people] for s in stores_from_inventory(db)),
        "outcomes": [{k: o[k] for k in ("kind", "uri", "entry_name", "details")} for o in stored_outcomes(db, latest)],
        "locate": {f"P{i}": _located(db, p) for i, p in enumerate(PEOPLE)},
    }


def build(work: Path, detector, after_scan=None) -> Path:
    """The history in work/inventory.db (the share: work/share); after_scan(db_path,
    scan_id) is called after each scan."""
    root, db_path, inventory = start_history(work)
    scanner = _reader(detector)
    for step in (step1, step2):
        step(root)
        scan_id = run_scan([str(root)], inventory, scanner()).scan_id
        run_reconciliation(inventory.db, scan_id, today=TODAY)
        if after_scan:
            after_scan(db_path, scan_id)
    return db_path


def record(target: Path) -> None:
    """Build the history with the code on the path; store its database and answers."""
    from detectors import Detector, build_analyzer, load_ja_nlp

    work = target / "work"
    shutil.rmtree(work, ignore_errors=True)
    answers = {}
    root = str(work / "share")
    def after_scan(path: Path, scan_id: int) -> None:
        answers[str(scan_id)] = normalised(current_answers(path, root), root)

    db_path = build(work, Detector(build_analyzer(load_ja_nlp())), after_scan)
    open_inventory(db_path).execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one file
    shutil.copy(db_path, target / "before.sqlite")
    (target / "answers.json").write_text(json.dumps(answers, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    shutil.rmtree(work)


if __name__ == "__main__":
    record(Path(sys.argv[1]).resolve())
