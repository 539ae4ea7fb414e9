"""Terminal renderings: the one-line scan summary and `daicho status`; and text
on its way to a terminal with control characters shown, never obeyed.

A file name or a message can hold ESC sequences (an OSC sequence retitles the
terminal, CSI moves the cursor or clears the screen), the one-character C1 CSI,
a carriage return that hides what came before on the line, or a right-to-left
override that shows a name reversed. Each is written as `\\uXXXX` (valid inside
a JSON string too); line breaks and tabs, which lay text out, are kept.
"""

from __future__ import annotations

import logging
import re
from typing import TextIO

from inventory.own_contacts import RECURRING_IN
from reports.catalogue import entity_label, label, t
from reports.object_reasons import unreadable_reason

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class TerminalSafeFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return terminal_safe(super().format(record))


class TerminalSafeStream:
    """A text stream (sys.stdout) whose writes go through terminal_safe."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def scan_summary(scan_id: int, resumed: bool, stats: dict, lang: str, seconds: float | None = None) -> str:
    elapsed = "" if seconds is None else t("scan.elapsed", lang, seconds=f"{seconds:.1f}",
                                           rate=f"{stats['objects_seen'] / max(seconds, 0.001):.1f}")
    return t("scan.done", lang, scan_id=scan_id, resumed=t("scan.resumed", lang) if resumed else "",
             elapsed=elapsed, **stats)


def own_contacts_line(count: int, lang: str) -> str:
    """How many findings were set aside as the organisation's own contacts, and why."""
    return t("status.own_contacts", lang, count=count, objects=RECURRING_IN)


def _scan_lines(summary: dict, lang: str) -> list[str]:
    return [t("status.scan_line", lang, id=scan["id"], started=scan["started"],
              status=label("scan_status", scan["status"], lang), objects=scan["objects_seen"] or 0,
              findings=scan["findings"] or 0, failed=scan["objects_failed"] or 0,
              ocr=scan.get("ocr_pages") or 0) for scan in summary["scans"]]


def _risky_lines(summary: dict, lang: str) -> list[str]:
    lines = []
    for row in summary.get("risky_objects", []):
        info = row["summary"]
        flags = [t("status.people", lang, count=info["subjects"]), *(label("category", c, lang) for c in
                                                                     info["categories"])]
        flags += [t("status.database", lang)] if info["database"] else []
        lines.append(f"  [{label('risk', row['risk'], lang)}] {row['uri']}  {' '.join(flags)}")
    return lines


def _world_readable_lines(summary: dict, lang: str) -> list[str]:
    """Files everyone may read (SMB) that hold personal data: by risk and owner."""
    return [f"  [{label('risk', row['risk'], lang) or '-'}] {row['uri']}  {row['owner'] or ''}".rstrip()
            for row in summary.get("world_readable", [])]


def status_text(summary: dict, lang: str) -> str:
    if not summary["scans"]:
        return t("status.no_scans", lang)
    lines = [f"## {t('status.scans', lang)}", *_scan_lines(summary, lang), f"## {t('status.objects', lang)}"]
    lines += [f"  {label('object_status', status, lang)}: {count}"
              for status, count in summary["objects_by_status"].items()]
    lines.append(f"## {t('status.findings', lang)}")
    lines += [f"  {entity_label(entity_type, lang)} ({entity_type}): {count}"
              for entity_type, count in summary["findings_by_type"].items()]
    if not summary["findings_by_type"]:
        lines.append(f"  {t('status.no_findings', lang)}")
    if summary.get("own_contacts_set_aside"):
        lines.append(f"  {own_contacts_line(summary['own_contacts_set_aside'], lang)}")
    if summary.get("risky_objects"):
        lines += [f"## {t('status.risky', lang)}", *_risky_lines(summary, lang)]
    if summary.get("world_readable"):
        lines += [f"## {t('status.world_readable', lang)}", *_world_readable_lines(summary, lang)]
    if summary.get("unverified_objects"):
        lines.append(f"## {t('status.unverified', lang)}")
        lines += [t("status.unverified_line", lang, uri=row["uri"], status=label("object_status", row["status"], lang),
                    since=row["since"], findings=row["findings"], reason=unreadable_reason(row, lang))
                  for row in summary["unverified_objects"]]
    if summary["failed_objects"]:
        lines.append(f"## {t('status.failed', lang)}")
        lines += [f"  {row['uri']}  [{label('object_status', row['status'], lang)}] {unreadable_reason(row, lang)}"
                  for row in summary["failed_objects"]]  # the library's own message: --format json
    return "\n".join(lines)
