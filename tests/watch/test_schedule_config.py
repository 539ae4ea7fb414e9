"""The nightly job, its schedule, and the config file every command reads."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from scanner.cli import cli
from scanner.schedule import Schedule, ScheduleError, crontab_line

REPO = Path(__file__).resolve().parents[2]


def config_file(tmp_path: Path, share: Path, extra: str = "") -> Path:
    path = tmp_path / "daicho.toml"
    path.write_text(f'''db = "{tmp_path / 'inv.db'}"
[scan]
roots = ["{share}"]
max_size = "1MB"
ledger = "{REPO / 'samples/ledger.xlsx'}"
[report]
dir = "{tmp_path / 'reports'}"
[schedule]
at = "02:30"
log_file = "{tmp_path / 'log/nightly.log'}"
{extra}''', encoding="utf-8")
    return path


def test_crontab_line_without_systemd(tmp_path, monkeypatch):
    monkeypatch.setattr("scanner.app.scheduling.systemd_running", lambda: False)
    config = config_file(tmp_path, tmp_path)
    result = CliRunner().invoke(cli, ["--config", str(config), "schedule", "install", "--at", "03:15"], obj={})
    assert result.exit_code == 0, result.output
    line = result.output.strip().splitlines()[-1]
    fields = line.split()
    here = datetime(2026, 1, 5, 3, 15, tzinfo=ZoneInfo("Asia/Tokyo")).astimezone()  # 03:15 JST on this server
    assert fields[:5] == [str(here.minute), str(here.hour), "*", "*", "*"]
    assert f"--config {config} nightly --log-file {tmp_path / 'log/nightly.log'}" in line
    assert fields[5].startswith("DAICHO_HOME=/") and Path(line.split(" TZ=Asia/Tokyo ")[1].split()[0]).is_absolute()


def test_bad_time_is_refused():
    with pytest.raises(ScheduleError):
        Schedule("/usr/bin/daicho", "/etc/daicho.toml", "25:00")
    assert crontab_line(Schedule("/usr/bin/daicho", "/etc/d.toml", "2:05", zone="UTC")).startswith("5 2 * * * ")


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed here")
def test_units_pass_systemd_analyze_verify(tmp_path):
    config = config_file(tmp_path, tmp_path)
    units = tmp_path / "units"
    result = CliRunner().invoke(cli, ["--config", str(config), "schedule", "install", "--unit-dir", str(units)], obj={})
    assert result.exit_code == 0, result.output
    service, timer = units / "daicho-nightly.service", units / "daicho-nightly.timer"
    assert "OnCalendar=*-*-* 02:30:00" in timer.read_text() and "SuccessExitStatus=3 4" in service.read_text()
    verify = subprocess.run(["systemd-analyze", "verify", str(service), str(timer)], capture_output=True, text=True)
    assert verify.returncode == 0, verify.stderr


@pytest.mark.slow
def test_nightly_imports_the_ledger_scans_reports_and_never_overlaps(detector, sample_share, tmp_path):
    from scanner.locking import exclusive

    config = config_file(tmp_path, sample_share.root)
    run = lambda: CliRunner().invoke(cli, ["--config", str(config), "nightly"], obj={"detector": detector})  # noqa: E731
    first = run()
    assert first.exit_code == 4, first.output  # first run: everything is new
    reports = sorted(p.name for p in (tmp_path / "reports").iterdir())
    assert len(reports) == 2 and reports[0].endswith(".html") and reports[1].endswith(".xlsx")
    log = (tmp_path / "log/nightly.log").read_text(encoding="utf-8")
    assert "ledger re-imported" in log and "nightly finished with exit code 4" in log
    assert run().exit_code == 3  # unchanged: nothing new, the planted unreadable files remain
    with exclusive(tmp_path / "inv.db.lock"):
        assert run().exit_code == 75  # a run still going: the next one stands aside


@pytest.mark.slow
def test_flags_override_the_config(detector, sample_share, tmp_path):
    config = config_file(tmp_path, sample_share.root)
    other = tmp_path / "other.db"
    result = CliRunner().invoke(cli, ["--config", str(config), "scan", "--db", str(other)],
                                obj={"detector": detector})
    assert result.exit_code in (3, 4) and other.exists() and not (tmp_path / "inv.db").exists()
    status = CliRunner().invoke(cli, ["--config", str(config), "--lang", "en", "status", "--db", str(other)], obj={})
    assert "Objects by status" in status.output
