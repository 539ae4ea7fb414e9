"""Issue 18 item 8: the scheduled job as an admin expects it. The systemd service
runs as a named user after the network is up, with the inventory's DAICHO_HOME
and time zone, sandboxed (`systemd-analyze security` measured, far below 9.6);
exit 3 and 4 are completed runs whose news is a warning in the journal; the
timer fires at 02:00 Asia/Tokyo whatever the server's zone; the crontab line
keeps its output in a log file, not /dev/null."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from reports.catalogue import label
from scanner.cli import cli

ANALYZE = shutil.which("systemd-analyze")


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "daicho.toml"
    path.write_text(f'''db = "{tmp_path / 'var/inventory.db'}"
timezone = "Asia/Tokyo"
[scan]
roots = ["{tmp_path}"]
[report]
dir = "{tmp_path / 'reports'}"
[schedule]
at = "02:00"
user = "daicho"
log_file = "{tmp_path / 'log/nightly.log'}"
''', encoding="utf-8")
    return path


def _units(config: Path, tmp_path: Path, *extra: str) -> tuple[str, str, Path]:
    out = tmp_path / "units"
    result = CliRunner().invoke(cli, ["--config", str(config), "schedule", "install", "--system", "--unit-dir",
                                      str(out), *extra], obj={})
    assert result.exit_code == 0, result.output
    return (out / "daicho-nightly.service").read_text(), (out / "daicho-nightly.timer").read_text(), out


def test_the_service_runs_as_a_user_with_its_key_after_the_network_sandboxed(config, tmp_path, daicho_home):
    service, timer, _ = _units(config, tmp_path)
    lines = set(service.splitlines())
    assert {"User=daicho", "Wants=network-online.target", "ProtectSystem=strict", "ProtectHome=read-only",
            "PrivateTmp=yes", "NoNewPrivileges=yes", "CapabilityBoundingSet=", "SuccessExitStatus=3 4"} <= lines
    assert "After=network-online.target local-fs.target remote-fs.target" in lines
    assert f"Environment=DAICHO_HOME={daicho_home} TZ=Asia/Tokyo" in lines
    writable = next(line for line in lines if line.startswith("ReadWritePaths=")).split("=", 1)[1].split()
    assert {f"-{tmp_path / 'var'}", f"-{daicho_home}", f"-{tmp_path / 'reports'}", f"-{tmp_path / 'log'}"} <= \
        set(writable)
    assert "OnCalendar=*-*-* 02:00:00 Asia/Tokyo" in timer
    assert "completed runs" in service  # the decision on 3 and 4 is written where the admin reads it
    assert "User=root" in _units(config, tmp_path, "--run-as", "root")[0]


@pytest.mark.skipif(not ANALYZE, reason="systemd-analyze is not installed here")
def test_systemd_accepts_the_units_and_rates_the_sandbox_well_below_unsafe(config, tmp_path):
    _, _, out = _units(config, tmp_path)
    service, timer = out / "daicho-nightly.service", out / "daicho-nightly.timer"
    verify = subprocess.run([ANALYZE, "verify", str(service), str(timer)], capture_output=True, text=True)
    assert verify.returncode == 0, verify.stderr
    security = subprocess.run([ANALYZE, "security", "--offline=true", str(service)], capture_output=True, text=True)
    exposure = re.search(r"Overall exposure level for daicho-nightly.service: ([\d.]+)", security.stdout)
    if exposure is None:
        pytest.skip(f"systemd-analyze security --offline is not available: {security.stderr.strip()}")
    assert float(exposure.group(1)) <= 3.0, security.stdout  # 9.6 UNSAFE before


@pytest.mark.skipif(not ANALYZE, reason="systemd-analyze is not installed here")
def test_the_timer_fires_at_two_in_tokyo_on_a_utc_server():
    calendar = subprocess.run([ANALYZE, "calendar", "*-*-* 02:00:00 Asia/Tokyo"], capture_output=True, text=True,
                              env={"TZ": "UTC", "PATH": "/usr/bin:/bin"})
    assert calendar.returncode == 0 and re.search(r"Next elapse: .* 17:00:00 UTC", calendar.stdout), calendar.stdout


def test_the_crontab_line_logs_to_a_file_with_the_key_and_the_zone(config, tmp_path, monkeypatch, daicho_home):
    monkeypatch.setattr("scanner.app.scheduling.systemd_running", lambda: False)
    monkeypatch.setenv("TZ", "UTC")  # a server on UTC
    time.tzset()
    try:
        result = CliRunner().invoke(cli, ["--config", str(config), "schedule", "install"], obj={})
    finally:
        monkeypatch.undo()
        time.tzset()
    line = result.output.strip().splitlines()[-1]
    assert line.startswith("0 17 * * * ")  # 02:00 JST on a UTC server
    assert "/dev/null" not in line and f">> {tmp_path / 'log/daicho-cron.log'} 2>&1" in line
    assert f"DAICHO_HOME={daicho_home}" in line and "TZ=Asia/Tokyo" in line


def test_alerts_are_warnings_in_the_journal_and_exit_codes_are_explained():
    from scanner.cli import JournalFormatter

    record = logging.LogRecord("daicho", logging.WARNING, __file__, 1, "new: 未登録: 営業/メモ.txt", None, None)
    assert JournalFormatter("%(levelname)s %(message)s").format(record) == "<4>WARNING new: 未登録: 営業/メモ.txt"
    assert "新たな対応事項あり" in label("exit_code", "4", "ja") and "act on" in label("exit_code", "4", "en")
