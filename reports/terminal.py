"""Terminal renderings: the one-line scan summary and `daicho status`."""

from __future__ import annotations

from reports.catalogue import entity_label, label, t


def scan_summary(scan_id: int, resumed: bool, stats: dict, lang: str) -> str:
    return t("scan.done", lang, scan_id=scan_id, resumed=t("scan.resumed", lang) if resumed else "", **stats)


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
    lines += [f"  {label('object_status', status, lang)} ({status}): {count}"
              for status, count in summary["objects_by_status"].items()]
    lines.append(f"## {t('status.findings', lang)}")
    lines += [f"  {entity_label(entity_type, lang)} ({entity_type}): {count}"
              for entity_type, count in summary["findings_by_type"].items()]
    if not summary["findings_by_type"]:
        lines.append(f"  {t('status.no_findings', lang)}")
    if summary.get("risky_objects"):
        lines += [f"## {t('status.risky', lang)}", *_risky_lines(summary, lang)]
    if summary.get("world_readable"):
        lines += [f"## {t('status.world_readable', lang)}", *_world_readable_lines(summary, lang)]
    if summary.get("unverified_objects"):
        lines.append(f"## {t('status.unverified', lang)}")
        lines += [t("status.unverified_line", lang, uri=row["uri"], status=label("object_status", row["status"], lang),
                    since=row["since"], findings=row["findings"], reason=row["error"] or "")
                  for row in summary["unverified_objects"]]
    if summary["failed_objects"]:
        lines.append(f"## {t('status.failed', lang)}")
        lines += [f"  {row['uri']}  [{label('object_status', row['status'], lang)}] {row['error'] or ''}"
                  for row in summary["failed_objects"]]
    return "\n".join(lines)
