"""The TOML configuration used by every command; command-line flags override it.

    db = "/var/lib/daicho/inventory.db"
    lang = "ja"
    timezone = "Asia/Tokyo"   # every time in reports and the schedule
    [scan]
    roots = ["/srv/share", "imaps://scanner@mail.example.jp", "smb://fs01/share/人事"]
    exclude = ["*/backup/*"]
    max_size = "200MB"
    credentials = "/etc/daicho/credentials"  # passwords of imap:// and smb:// roots (netrc, 0600)
    imap_folders = ["INBOX", "人事"]          # with their subfolders; all when not given
    ledger = "/etc/daicho/個人情報管理台帳.xlsx"   # re-imported by `nightly` when it changes
    [report]
    dir = "/var/lib/daicho/reports"
    mail_to = ["privacy@example.co.jp"]
    smtp_host = "localhost"
    [watch]
    roots = ["/srv/share/受付"]
    alert_log = "/var/log/daicho/alerts.jsonl"
    on_alert = "/usr/local/bin/notify-privacy-officer"
    [schedule]
    at = "02:00"
    log_file = "/var/log/daicho/nightly.log"

Values become click's default_map: a flag given on the command line wins.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from inventory.notes import Note
from scanner.app.errors import UsageProblem
from scanner.config_schema import CONFIG_ONLY

COMMANDS_WITH_DB = ("scan", "status", "export", "reconcile", "report", "triage", "show", "watch", "nightly")
LEDGER_COMMANDS = ("import", "show", "refresh")
# config key -> option (python) name, where they differ
RENAMES = {"db": "db_path", "format": "fmt", "html": "html_path", "xlsx": "xlsx_path"}


def load_config(path: str | Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as error:
        raise UsageProblem(Note.of("config.not_found", path=path)) from error
    except tomllib.TOMLDecodeError as error:
        raise UsageProblem(Note.of("config.invalid", path=path, error=str(error))) from error


def _options(name: str, section: dict[str, Any]) -> dict[str, Any]:
    """A section's option values (not the keys that code reads, scanner.config_schema.CONFIG_ONLY)."""
    return {RENAMES.get(k, k): v for k, v in section.items()
            if k not in CONFIG_ONLY.get(name, {}) and not isinstance(v, dict)}


def default_map(config: dict[str, Any]) -> dict[str, Any]:
    """click default_map: per command, the top-level db (and time zone) plus its own section."""
    common = {"db_path": config["db"]} if "db" in config else {}
    mapping: dict[str, Any] = {name: {**common, **_options(name, config.get(name, {}))} for name in COMMANDS_WITH_DB}
    if "timezone" in config:
        mapping["report"] = {"timezone": config["timezone"], **mapping["report"]}
    mapping["ledger"] = {name: dict(common) for name in LEDGER_COMMANDS}
    return mapping
