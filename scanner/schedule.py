"""The nightly job's schedule: systemd service + timer where systemd runs, a
crontab line elsewhere. Overlapping runs are prevented by `daicho nightly`
itself (a lock beside the inventory), so both forms are safe."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from inventory.notes import Note

UNIT = "daicho-nightly"
_AT = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")

SERVICE = """[Unit]
Description=daicho nightly personal-data scan, reconciliation and report
After=network-online.target local-fs.target remote-fs.target

[Service]
Type=oneshot
ExecStart={command}
# 3 (objects unreadable) and 4 (new items to act on) are completed runs, not failures
SuccessExitStatus=3 4
Nice=10
IOSchedulingClass=idle
"""

TIMER = """[Unit]
Description=Run daicho nightly at {at}

[Timer]
OnCalendar=*-*-* {at}:00
Persistent=true
RandomizedDelaySec=120

[Install]
WantedBy=timers.target
"""


class ScheduleError(ValueError):
    def __init__(self, note: Note) -> None:
        super().__init__(str(note))
        self.note = note


@dataclass(frozen=True)
class Schedule:
    daicho: str  # absolute path of the daicho executable
    config: str  # absolute path of the TOML configuration
    at: str = "02:00"
    log_file: str | None = None

    def __post_init__(self) -> None:
        if not _AT.match(self.at):
            raise ScheduleError(Note.of("schedule.bad_time", value=self.at))
        if not (Path(self.daicho).is_absolute() and Path(self.config).is_absolute()):
            raise ScheduleError(Note.of("schedule.not_absolute"))

    @property
    def hour_minute(self) -> tuple[int, int]:
        hour, minute = self.at.split(":")
        return int(hour), int(minute)

    def command(self) -> str:
        parts = [self.daicho, "--config", self.config, "nightly"]
        if self.log_file:
            parts += ["--log-file", self.log_file]
        return shlex.join(parts)


def service_unit(schedule: Schedule) -> str:
    return SERVICE.format(command=schedule.command())


def timer_unit(schedule: Schedule) -> str:
    hour, minute = schedule.hour_minute
    return TIMER.format(at=f"{hour:02d}:{minute:02d}")


def crontab_line(schedule: Schedule) -> str:
    hour, minute = schedule.hour_minute
    return f"{minute} {hour} * * * {schedule.command()} >/dev/null 2>&1"


def systemd_running() -> bool:
    """sd_booted(): systemd is PID 1 when this directory exists."""
    return Path("/run/systemd/system").is_dir()


def unit_dir(user: bool) -> Path:
    return Path.home() / ".config/systemd/user" if user else Path("/etc/systemd/system")


def write_units(schedule: Schedule, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    service, timer = directory / f"{UNIT}.service", directory / f"{UNIT}.timer"
    service.write_text(service_unit(schedule))
    timer.write_text(timer_unit(schedule))
    return [service, timer]
