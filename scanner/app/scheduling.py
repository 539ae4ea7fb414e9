"""`daicho schedule install|status|uninstall`: the nightly run as a systemd timer,
or a crontab line where systemd is not running."""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from inventory.queries import latest_scan
from scanner.app.errors import UsageProblem, usage_problem
from scanner.app.inventories import existing_inventory
from inventory.keys import KEY_ENV, default_home
from scanner.schedule import (DEFAULT_ZONE, UNIT, Schedule, ScheduleError, crontab_line, systemd_running, unit_dir,
                              write_units)


def _run_as(requested: str | None, section: dict) -> str:
    """The account of a system unit: asked for, configured, or who ran sudo."""
    return requested or section.get("user") or os.environ.get("SUDO_USER") or getpass.getuser()


def _writable(config: dict, home: Path, key_file: str | None, log_file: str | None) -> tuple[str, ...]:
    db = Path(config.get("db", "inventory.db")).resolve()
    folders = [db.parent, home, Path(config.get("report", {}).get("dir", db.parent / "reports")).resolve()]
    folders += [Path(p).resolve().parent for p in (key_file, log_file) if p]
    return tuple(dict.fromkeys(str(f) for f in folders))


def plan(config_path: str | None, config: dict, at: str | None, run_as: str | None = None) -> Schedule:
    """What to install: this daicho, with this config and this key, at this time
    in the configured zone, as this account, writing only where it must."""
    if not config_path:
        raise usage_problem("schedule.needs_config")
    daicho = shutil.which("daicho") or str(Path(sys.argv[0]).resolve())
    section, home, key_file = config.get("schedule", {}), default_home().resolve(), os.environ.get(KEY_ENV)
    try:
        return Schedule(str(Path(daicho).resolve()), str(Path(config_path).resolve()),
                        at or section.get("at", "02:00"), section.get("log_file"), str(home), key_file,
                        config.get("timezone", DEFAULT_ZONE), _run_as(run_as, section),
                        _writable(config, home, key_file, section.get("log_file")))
    except ScheduleError as error:
        raise UsageProblem(error.note) from error


@dataclass(frozen=True)
class Installed:
    written: tuple[Path, ...] = ()  # the units
    enabled: bool = False  # the timer is enabled and started
    crontab: str | None = None  # no systemd: the line to add


def _systemctl(user: bool, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["systemctl", *(["--user"] if user else []), *args], check=check,
                          capture_output=True, text=True)


def install(schedule: Schedule, user: bool, only_write_to: Path | None = None) -> Installed:
    if not (only_write_to or systemd_running()):
        return Installed(crontab=crontab_line(schedule))
    written = tuple(write_units(schedule, only_write_to or unit_dir(user), system=not user))
    if only_write_to:
        return Installed(written)
    _systemctl(user, "daemon-reload")
    _systemctl(user, "enable", "--now", f"{UNIT}.timer")
    return Installed(written, enabled=True)


@dataclass(frozen=True)
class ScheduleStatus:
    timer: str | None  # systemctl's view of the timer
    crontab_lines: tuple[str, ...] | None  # without systemd: daicho's crontab lines
    last_scan: dict | None
    last_exit: int | None = None  # the service's last exit code (systemd)


def status(db_path: str, user: bool) -> ScheduleStatus:
    timer, lines, last_exit = None, None, None
    if systemd_running():
        timer = _systemctl(user, "list-timers", "--all", f"{UNIT}.timer", check=False).stdout
        shown = _systemctl(user, "show", f"{UNIT}.service", "-p", "ExecMainStatus", "-p", "ExecMainExitTimestamp",
                           check=False).stdout
        if "ExecMainExitTimestamp=\n" not in shown + "\n" and "ExecMainStatus=" in shown:
            last_exit = int(shown.split("ExecMainStatus=")[1].split()[0] or 0)
    elif shutil.which("crontab"):
        listed = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout.splitlines()
        lines = tuple(line for line in listed if " nightly" in line and "daicho" in line)
    last = latest_scan(existing_inventory(db_path), complete_only=False) if Path(db_path).is_file() else None
    return ScheduleStatus(timer, lines, last, last_exit)


def uninstall(user: bool) -> bool:
    """Stop and remove the timer; False where systemd is not running (crontab)."""
    if not systemd_running():
        return False
    _systemctl(user, "disable", "--now", f"{UNIT}.timer", check=False)
    for suffix in ("service", "timer"):
        (unit_dir(user) / f"{UNIT}.{suffix}").unlink(missing_ok=True)
    _systemctl(user, "daemon-reload", check=False)
    return True
