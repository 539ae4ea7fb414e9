"""A history of scans and the answers every inventory query gives about it.

The same history is written by main's code before the inventory model changed
(issue 14.3) and by the code of today, and the answers are compared: the
fixture `history/old.sqlite` and `history/answers.json` were made by main's code at
8a7c0c2 (this file uses only functions both have):

    mkdir /tmp/old && git archive 8a7c0c2 | tar -x -C /tmp/old
    cp tests/inventory/history.py /tmp/old/tests/inventory/
    PYTHONPATH=/tmp/old .venv/bin/python /tmp/old/tests/inventory/history.py tests/inventory/history

and `history/before_intervals.sqlite` with `history/answers_before_intervals.json` by
the code of 34c7e45 (worker processes, people, reasons, newer detection rules; still
one write per object and scan), the same way with `... tests/inventory/history
before_intervals`: today's findings are held to those, found by the same rules.

The history: adds, an edit, deletes, a file that cannot be decoded for one night
(a CP932 file with a UTF-8 line appended), a triage verdict, a watch batch of
named paths, an interrupted and resumed scan, a ledger to reconcile against. Its
"steady" twin rewrites that file unchanged instead: main's answers for the twin
are what today's code must answer for the history, since a failed read is not a
deletion (issue 13.3).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import zipfile
from datetime import date
from io import BytesIO, StringIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    sys.path.insert(1, str(REPO))  # after PYTHONPATH: the code being recorded comes first

from inventory import Inventory, open_inventory  # noqa: E402
from inventory.ledger.active import save_ledger  # noqa: E402
from inventory.ledger.read import read_ledger  # noqa: E402
from inventory.outcomes import run_reconciliation, stored_outcomes, stores_from_inventory  # noqa: E402
from inventory.queries import current_findings, findings_in_scan, status_summary  # noqa: E402
from inventory.triage import effective_verdict, load_verdicts, record_verdict  # noqa: E402
from reports.diff import diff, identity  # noqa: E402
from reports.export import write_jsonl  # noqa: E402
from reports.report_data import build_report  # noqa: E402
from samples.synth import make_people  # noqa: E402
from samples.writers import write_xlsx  # noqa: E402
from scanner.objects import ObjectScanner  # noqa: E402
from scanner.pipeline import ScanInterrupted, run_scan, run_targets  # noqa: E402
from scanner.watch_alerts import batch_alerts  # noqa: E402

try:  # extraction and detection in a runner (worker processes came after 8a7c0c2)
    from scanner.workers.runners import InlineRunner  # noqa: E402
except ImportError:
    InlineRunner = None

KEY = bytes(range(32))  # a fixed installation key: the keyed hashes are part of the answers
TODAY = date(2026, 11, 20)  # reconciliation's "today" (retention)
EPOCH = 1_780_000_000  # file times: fixed, one day per step
PEOPLE = make_people(12, seed=14)
LEDGER_HEADER = ["分類", "個人情報名", "類型", "入手方法", "件数", "利用目的", "個人情報の項目", "記録媒体",
                 "保管場所", "保管期間", "保管部所", "アクセス権限者", "開示対象", "対象外", "廃棄方法", "備考",
                 "対象パス", "起算日"]
SCAN_COLUMNS = ("id", "kind", "status", "objects_seen", "objects_extracted", "objects_reused",
                "objects_failed", "findings")


def _roster(people) -> bytes:
    return ("氏名,電話,個人番号\n" + "".join(f"{p.name},{p.mobile},{p.my_number}\n" for p in people)).encode("cp932")


def _write(root: Path, relative: str, data: bytes | str, step: int) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    os.utime(path, (EPOCH + step * 86400, EPOCH + step * 86400))


def _zip(members: dict[str, str]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def _ledger(path: Path) -> None:
    def row(name, items, paths):
        return ["社員情報", name, "D1", "本人から直接入手", "3件/累計", "社員管理", items, "データ", "ファイルサーバ",
                "3年間", "総務", "総務", "", "", "削除", "", paths, ""]
    write_xlsx(path, {"台帳": [["個人情報管理台帳"], [], LEDGER_HEADER,
                              row("社員名簿", "氏名.電話.個人番号", "名簿.csv"),
                              row("給与", "氏名.個人番号", "人事/**"),
                              row("採用", "氏名.電話", "採用/**")]})


def _step1(root: Path) -> None:
    p = PEOPLE
    _write(root, "名簿.csv", _roster(p[:3]), 1)
    _write(root, "議事録.txt", f"議事録\n出席: {p[3].name}\n連絡先 {p[3].mobile}\n", 1)
    _write(root, "採用/応募者.csv", f"氏名,電話\n{p[4].name},{p[4].mobile}\n{p[5].name},{p[5].mobile}\n", 1)
    _write(root, "書類.zip", _zip({"社員.csv": f"氏名,個人番号\n{p[6].name},{p[6].my_number}\n"}), 1)
    _write(root, "空.txt", "なにもない\n", 1)
    _write(root, "人事/給与.txt", f"{p[7].name} 個人番号 {p[7].my_number}\n", 1)


def _step2(root: Path, transient: bool) -> None:
    p = PEOPLE
    _write(root, "議事録.txt", f"議事録\n出席: {p[3].name}\n連絡先 {p[8].mobile}\n", 2)  # one value changed
    _write(root, "新規.txt", f"{p[9].name} 電話 {p[9].mobile}\n", 2)
    (root / "空.txt").unlink()
    # one UTF-8 line appended to a CP932 file: undecodable until it is put right
    _write(root, "名簿.csv", _roster(p[:3]) + ("追記 ユーザー\n".encode("utf-8") if transient else b""), 2)


def _step3(root: Path) -> None:
    p = PEOPLE
    _write(root, "人事/給与.txt", f"{p[7].name} 個人番号 {p[7].my_number}\n{p[10].name} {p[10].my_number}\n", 3)
    (root / "新規.txt").unlink()
    _write(root, "採用/応募者.csv", f"氏名,電話\n{p[4].name},{p[4].mobile}\n", 3)  # not named in the batch


def _step4(root: Path) -> None:
    _write(root, "名簿.csv", _roster(PEOPLE[:3]), 4)  # put right


def _step5(root: Path) -> None:
    p = PEOPLE
    (root / "書類.zip").unlink()
    _write(root, "採用/応募者.csv", f"氏名,電話\n{p[4].name},{p[4].mobile}\n{p[5].name},{p[5].mobile}\n", 5)


def _stop_after(count: int):
    asked = {"n": 0}

    def should_stop() -> bool:
        asked["n"] += 1
        return asked["n"] > count
    return should_stop


def _full(inventory, scanner, root: Path, during: dict, name: str, stop_after: int | None = None) -> int:
    if stop_after is not None:
        try:
            run_scan([str(root)], inventory, scanner(), should_stop=_stop_after(stop_after))
        except ScanInterrupted:
            pass
    result = run_scan([str(root)], inventory, scanner())
    run_reconciliation(inventory.db, result.scan_id, today=TODAY)
    during[name] = {"scan_id": result.scan_id, "resumed": result.resumed, "stats": result.stats}
    return result.scan_id


def _reader(detector):
    """What each scan reads with: main's code a scanner, later code a runner of its
    own (as each command opens one)."""
    scanner = ObjectScanner(detector)
    if InlineRunner is None:
        return lambda: scanner
    return lambda: InlineRunner(scanner, KEY)


def start_history(work: Path) -> tuple[Path, Path, Inventory]:
    """(the share, the database, its inventory) of a history in work, the ledger saved."""
    root, db_path = work / "share", work / "inventory.db"
    root.mkdir(parents=True)
    _ledger(work / "台帳.xlsx")
    inventory = Inventory(open_inventory(db_path), KEY)
    save_ledger(inventory.db, read_ledger(work / "台帳.xlsx"), work / "台帳.xlsx")
    return root, db_path, inventory


def build_history(work: Path, detector, transient: bool = True) -> Path:
    """Write the history into work/inventory.db (the share is work/share); without
    the transient failure, its steady twin."""
    root, db_path, inventory = start_history(work)
    scanner = _reader(detector)
    during: dict = {}
    _step1(root)
    _full(inventory, scanner, root, during, "s1")
    _step2(root, transient)
    s2 = _full(inventory, scanner, root, during, "s2")
    kept = next(f for f in current_findings(inventory.db) if f["path"] == "採用/応募者.csv")
    record_verdict(inventory.db, "remediated", "finding", who="officer", root=kept["root"], uri=kept["path"],
                   entity_type=kept["entity_type"], value_hmac=kept["value_hmac"])
    record_verdict(inventory.db, "false_positive", "rule", who="officer", glob="議事録.txt", entity_type="PHONE")
    during["s2_report"] = _report(inventory.db, str(s2 - 1))
    _step3(root)
    watch = run_targets(str(root), ["人事/給与.txt", "新規.txt"], inventory, scanner())
    during["w3"] = {"scan_id": watch.scan_id, "stats": watch.stats,
                    "alerts": [_alert(a) for a in batch_alerts(inventory.db, str(root), watch.scan_id)]}
    _step4(root)
    _full(inventory, scanner, root, during, "s4", stop_after=3)
    _step5(root)
    _full(inventory, scanner, root, during, "s5")
    (work / "during.json").write_text(json.dumps(during, ensure_ascii=False, indent=1, sort_keys=True))
    return db_path


def _alert(alert: dict) -> dict:
    return {k: v for k, v in alert.items() if k not in ("time", "latency_s", "root")}


def _export(rows) -> list[dict]:
    out = StringIO()
    write_jsonl(rows, out)
    return sorted((json.loads(line) for line in out.getvalue().splitlines()), key=json.dumps)


def _identities(findings: list[dict]) -> list:
    return sorted([*identity(f)[1:], f.get("verdict")] for f in findings)


def _report(db, since: str) -> dict:
    data = build_report(db, since=since)
    return {"scan": data.scan["id"], "base": data.base["id"] if data.base else None,
            "diff": {name: _identities(getattr(data.diff, name))
                     for name in ("new", "resolved", "still", "reappeared", "triaged")},
            "summary": data.summary, "trend": [_trend_point(t) for t in data.trend],
            "by_location": data.by_location, "by_type": data.by_type}


def _trend_point(point: dict) -> dict:
    """A scan of the trend and the findings present in it (a count, or counts by type)."""
    scan = point["scan"]["id"] if isinstance(point["scan"], dict) else point["scan"]
    return {"scan": scan, "findings": point["findings"] if "findings" in point else sum(point["open"].values())}


def _verdict(key, verdicts) -> str | None:
    found = effective_verdict(key, verdicts)
    return found.verdict if found else None


def _status(db) -> dict:
    summary = status_summary(db)
    summary["scans"] = [{k: s[k] for k in SCAN_COLUMNS} for s in summary["scans"]]
    return summary


def answers(db_path: Path) -> dict:
    """What every query says of the inventory at the end of the history."""
    db = open_inventory(db_path)
    scans = [s["id"] for s in db.query("select id from scans order by id")]
    full = [s["id"] for s in db.query("select id from scans where kind = 'full' and status = 'complete' order by id")]
    verdicts = load_verdicts(db)
    return {
        "exports": {str(s): _export(findings_in_scan(db, s)) for s in scans},
        "current": _export(current_findings(db)),
        "diffs": {f"{a}-{b}": {name: _identities(getattr(diff(list(findings_in_scan(db, a)),
                                                              list(findings_in_scan(db, b)), verdicts), name))
                               for name in ("new", "resolved", "still", "reappeared", "triaged")}
                  for a in full for b in full if a < b},
        "reports": {str(a): _report(db, str(a)) for a in full[:-1]},
        "verdicts": sorted([*identity(f)[1:], _verdict(identity(f), verdicts)] for f in current_findings(db)),
        "stores": sorted([s.uri, str(s.date), {k: sorted(v) for k, v in sorted(s.values.items())},
                          sorted(s.categories)] for s in stores_from_inventory(db)),
        "outcomes": {str(s): [{k: o[k] for k in ("kind", "uri", "entry_name", "details")}
                              for o in stored_outcomes(db, s)] for s in full},
        "status": _status(db),
    }


def normalised(value, root: str):
    """Answers with the share's absolute path replaced, comparable across machines."""
    return json.loads(json.dumps(value, ensure_ascii=False, sort_keys=True).replace(root, "<root>"))


def _recorded(work: Path, detector, transient: bool) -> dict:
    shutil.rmtree(work, ignore_errors=True)
    db_path = build_history(work, detector, transient)
    root = str(work / "share")
    during = json.loads((work / "during.json").read_text())
    return {"root": root, "during": normalised(during, root), "answers": normalised(answers(db_path), root)}


def record(target: Path, name: str = "old") -> None:
    """Build the history and its twin with the code on the path; store the
    history's database (NAME.sqlite) and both answers (answers.json for "old",
    else answers_NAME.json)."""
    from detectors import Detector, build_analyzer, load_ja_nlp

    detector = Detector(build_analyzer(load_ja_nlp()))
    work = target / "work"
    result = _recorded(work, detector, transient=False)
    result = {"steady": {k: result[k] for k in ("during", "answers")}, **_recorded(work, detector, transient=True)}
    open_inventory(work / "inventory.db").execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one file
    shutil.copy(work / "inventory.db", target / f"{name}.sqlite")
    (target / ("answers.json" if name == "old" else f"answers_{name}.json")).write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    shutil.rmtree(work)


if __name__ == "__main__":
    record(Path(sys.argv[1]).resolve(), *sys.argv[2:3])
