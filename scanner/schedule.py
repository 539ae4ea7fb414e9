"""The nightly job's schedule: a systemd service + timer where systemd runs, a
crontab line elsewhere. Overlapping runs are prevented by `daicho nightly`
itself (a lock beside the inventory), so both forms are safe.

Decisions, for the admin reading the units:
- Exit 3 (some objects unreadable) and 4 (something new to act on) are runs that
  completed: the report is written and mailed. They are success for systemd
  (SuccessExitStatus), so that a failed unit always means daicho itself failed
  (1, 2, 75, a signal) and failure monitoring is not drowned by findings. What
  needs action stays visible: each new item is a warning in the journal
  (`journalctl -u daicho-nightly -p warning`), and `daicho schedule status` shows
  the last exit code and its meaning.
- The run has the key of its inventory (DAICHO_HOME) and its time zone; the
  timer fires at the configured time in that zone, not the server's.
- The service is sandboxed: read-only system and home, writable only where daicho
  writes (inventory, key, reports, log), no privileges, no capabilities.
  MemoryDenyWriteExecute is left out: numerical libraries may map executable
  memory, and a nightly job that dies on it would find nothing.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from inventory.notes import Note

UNIT = "daicho-nightly"
DEFAULT_ZONE = "Asia/Tokyo"
_AT = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")

SERVICE = """[Unit]
Description=daicho nightly personal-data scan, reconciliation and report
Wants=network-online.target
After=network-online.target local-fs.target remote-fs.target

[Service]
Type=oneshot
{user}Environment={environment}
ExecStart={command}
# 3 (objects unreadable) and 4 (new items to act on) are completed runs: the report is
# written and mailed, each new item is a warning in the journal. A failure is 1, 2, 75.
SuccessExitStatus=3 4
SyslogIdentifier={unit}
Nice=10
IOSchedulingClass=idle
UMask=0077
{sandbox}"""

# Sandboxing that works in any service manager (seccomp and no-new-privileges).
SANDBOX = """NoNewPrivileges=yes
CapabilityBoundingSet=
AmbientCapabilities=
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6
RestrictNamespaces=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
LockPersonality=yes
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallFilter=~@privileged
"""
# Namespaces: for the system manager (a user manager needs user namespaces for them).
SYSTEM_SANDBOX = """ProtectSystem=strict
ProtectHome=read-only
ReadWritePaths={writable}
PrivateTmp=yes
PrivateDevices=yes
DevicePolicy=closed
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
ProtectProc=invisible
ProcSubset=pid
PrivateIPC=yes
RemoveIPC=yes
KeyringMode=private
"""

TIMER = """[Unit]
Description=Run daicho nightly at {at} {zone}

[Timer]
OnCalendar=*-*-* {at}:00 {zone}
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
    home: str | None = None  # DAICHO_HOME: where the inventory's key is
    key_file: str | None = None  # DAICHO_KEY_FILE, when the key is kept elsewhere
    zone: str = DEFAULT_ZONE
    user: str | None = None  # the account a system unit runs as
    writable: tuple[str, ...] = ()  # folders the run writes: inventory, key, reports, log

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

    def environment(self) -> dict[str, str]:
        return {**({"DAICHO_HOME": self.home} if self.home else {}),
                **({"DAICHO_KEY_FILE": self.key_file} if self.key_file else {}), "TZ": self.zone}

    def output_log(self) -> str:
        """Where cron appends what the run prints (it has no journal)."""
        folder = Path(self.log_file).parent if self.log_file else Path(self.home or "/tmp")
        return str(folder / "daicho-cron.log")


def service_unit(schedule: Schedule, system: bool = True) -> str:
    environment = " ".join(shlex.quote(f"{k}={v}") for k, v in schedule.environment().items())
    writable = " ".join(f"-{p}" for p in dict.fromkeys(schedule.writable))
    sandbox = SANDBOX + (SYSTEM_SANDBOX.format(writable=writable) if system else "")
    user = f"User={schedule.user}\n" if system and schedule.user else ""
    return SERVICE.format(command=schedule.command(), environment=environment, unit=UNIT, user=user,
                          sandbox=sandbox)


def timer_unit(schedule: Schedule) -> str:
    hour, minute = schedule.hour_minute
    return TIMER.format(at=f"{hour:02d}:{minute:02d}", zone=schedule.zone)


def _server_time(schedule: Schedule) -> tuple[int, int]:
    """The configured time in the zone, as this server's clock reads it today
    (cron runs on local time)."""
    hour, minute = schedule.hour_minute
    there = datetime.now(ZoneInfo(schedule.zone)).replace(hour=hour, minute=minute, second=0, microsecond=0)
    here = there.astimezone(datetime.now(timezone.utc).astimezone().tzinfo)
    return here.hour, here.minute


def crontab_line(schedule: Schedule) -> str:
    hour, minute = _server_time(schedule)
    environment = " ".join(shlex.quote(f"{k}={v}") for k, v in schedule.environment().items())
    return f"{minute} {hour} * * * {environment} {schedule.command()} >> {shlex.quote(schedule.output_log())} 2>&1" \
           f"  # {schedule.at} {schedule.zone}"


def systemd_running() -> bool:
    """sd_booted(): systemd is PID 1 when this directory exists."""
    return Path("/run/systemd/system").is_dir()


def unit_dir(user: bool) -> Path:
    return Path.home() / ".config/systemd/user" if user else Path("/etc/systemd/system")


def write_units(schedule: Schedule, directory: Path, system: bool = True) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    service, timer = directory / f"{UNIT}.service", directory / f"{UNIT}.timer"
    service.write_text(service_unit(schedule, system))
    timer.write_text(timer_unit(schedule))
    return [service, timer]
