"""Issue 13.3: a file that cannot be read for one night keeps its findings, marked
not verified, instead of being reported resolved and then new again (with an
exit-4 alert); they end only when the file is gone or read without them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from samples.synth import make_people
from scanner.app.exit_codes import ExitCode
from scanner.cli import cli
from tests.unprivileged import daicho_as_nobody

pytestmark = pytest.mark.slow
PEOPLE = make_people(3, seed=21)
ROSTER = "氏名,電話,個人番号\n" + "".join(f"{p.name},{p.mobile},{p.my_number}\n" for p in PEOPLE)


def invoke(detector, *args):
    return CliRunner().invoke(cli, list(args), obj={"detector": detector}, catch_exceptions=False)


def report_counts(detector, db: str) -> dict:
    records = [json.loads(line) for line in invoke(detector, "report", "--db", db, "--format", "jsonl").output.splitlines()]
    return {status: sum(1 for r in records if r["record"] == "finding" and r["status"] == status)
            for status in ("new", "resolved")}


def status_json(detector, db: str) -> dict:
    return json.loads(invoke(detector, "status", "--db", db, "--format", "json").output)


def test_an_undecodable_night_keeps_its_findings_until_the_file_is_put_right(detector, tmp_path):
    share, db = tmp_path / "share", str(tmp_path / "inv.db")
    share.mkdir()
    roster = share / "名簿.csv"
    roster.write_bytes(ROSTER.encode("cp932"))
    assert invoke(detector, "scan", str(share), "--db", db).exit_code == ExitCode.NEW_ALERTS
    held = status_json(detector, db)["findings_by_type"]

    roster.write_bytes(ROSTER.encode("cp932") + "追記 ユーザー\n".encode("utf-8"))  # one UTF-8 line
    night = invoke(detector, "scan", str(share), "--db", db)
    assert night.exit_code == ExitCode.UNREADABLE  # told, not resolved
    assert report_counts(detector, db) == {"new": 0, "resolved": 0}
    status = status_json(detector, db)
    assert status["findings_by_type"] == held
    (listed,) = status["unverified_objects"]
    assert (listed["uri"], listed["status"], listed["since"]) == ("名簿.csv", "unreadable", 2)
    assert listed["findings"] == sum(held.values())
    text = invoke(detector, "status", "--db", db).output
    assert "未確認" in text and "名簿.csv" in text and "スキャン #2 以降未確認" in text
    assert "not verified since scan #2" in invoke(detector, "--lang", "en", "status", "--db", db).output
    html = tmp_path / "report.html"
    invoke(detector, "report", "--db", db, "--html", str(html))
    assert 'data-testid="unverified"' in html.read_text(encoding="utf-8")

    roster.write_bytes(ROSTER.encode("cp932"))  # put right
    assert invoke(detector, "scan", str(share), "--db", db).exit_code == ExitCode.OK  # nothing new to alert on
    assert report_counts(detector, db) == {"new": 0, "resolved": 0}
    assert status_json(detector, db)["unverified_objects"] == []


def test_a_file_grown_over_the_size_limit_keeps_its_findings(detector, tmp_path):
    share, db = tmp_path / "share", str(tmp_path / "inv.db")
    share.mkdir()
    log = share / "記録.txt"
    log.write_text(ROSTER, encoding="utf-8")
    invoke(detector, "scan", str(share), "--db", db, "--max-size", "2KB")
    log.write_text(ROSTER + "追記\n" * 1000, encoding="utf-8")
    assert invoke(detector, "scan", str(share), "--db", db, "--max-size", "2KB").exit_code == ExitCode.UNREADABLE
    assert report_counts(detector, db)["resolved"] == 0
    assert [o["status"] for o in status_json(detector, db)["unverified_objects"]] == ["too_large"]
    log.unlink()  # gone: now its findings end
    invoke(detector, "scan", str(share), "--db", db, "--max-size", "2KB")
    assert report_counts(detector, db)["resolved"] > 0
    assert status_json(detector, db)["unverified_objects"] == []


def test_permission_denied_for_a_night_on_a_file_and_a_folder(nobody_tmp_path):
    share, db, home = nobody_tmp_path / "share", str(nobody_tmp_path / "inv.db"), nobody_tmp_path / "home"
    (share / "人事").mkdir(parents=True)
    (share / "名簿.csv").write_text(ROSTER, encoding="utf-8")
    (share / "人事" / "給与.csv").write_text(ROSTER, encoding="utf-8")
    for path in (share, share / "人事"):
        path.chmod(0o755)
    first = daicho_as_nobody(["scan", str(share), "--db", db], home)
    assert first.returncode == ExitCode.NEW_ALERTS, first.stderr

    (share / "名簿.csv").chmod(0o000)
    (share / "人事").chmod(0o000)
    night = daicho_as_nobody(["scan", str(share), "--db", db], home)
    assert night.returncode == ExitCode.UNREADABLE, night.stderr
    status = json.loads(daicho_as_nobody(["status", "--db", db, "--format", "json"], home).stdout)
    kept = {o["uri"]: o["findings"] for o in status["unverified_objects"]}
    assert set(kept) == {"名簿.csv", "人事/給与.csv"} and all(kept.values())

    (share / "名簿.csv").chmod(0o644)
    (share / "人事").chmod(0o755)
    again = daicho_as_nobody(["scan", str(share), "--db", db], home)
    assert again.returncode == ExitCode.OK, again.stderr  # not new again: no alert
    status = json.loads(daicho_as_nobody(["status", "--db", db, "--format", "json"], home).stdout)
    assert status["unverified_objects"] == [] and status["failed_objects"] == []
