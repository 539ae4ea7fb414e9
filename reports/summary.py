"""Terminal renderings: the one-line scan summary and `daicho status`."""

from __future__ import annotations

from reports.i18n import ENTITY_LABELS_JA, message, status_label


def scan_summary(scan_id: int, resumed: bool, stats: dict, lang: str) -> str:
    return message(lang, "scan_done", scan_id=scan_id,
                   resumed=message(lang, "resumed") if resumed else "", **stats)


def _entity_label(lang: str, entity_type: str) -> str:
    return f"{ENTITY_LABELS_JA.get(entity_type, entity_type)} ({entity_type})" if lang == "ja" else entity_type


def status_text(summary: dict, lang: str) -> str:
    if not summary["scans"]:
        return message(lang, "no_scans")
    lines = [f"## {message(lang, 'scans')}"]
    for scan in summary["scans"]:
        lines.append(f"  #{scan['id']} {scan['started']} {scan['status']} "
                     f"objects={scan['objects_seen'] or 0} findings={scan['findings'] or 0} "
                     f"failed={scan['objects_failed'] or 0} ocr_pages={scan.get('ocr_pages') or 0}")
    lines.append(f"## {message(lang, 'objects')}")
    for status, count in summary["objects_by_status"].items():
        lines.append(f"  {status_label(lang, status)} ({status}): {count}")
    lines.append(f"## {message(lang, 'findings')}")
    for entity_type, count in summary["findings_by_type"].items():
        lines.append(f"  {_entity_label(lang, entity_type)}: {count}")
    if not summary["findings_by_type"]:
        lines.append(f"  {message(lang, 'no_findings')}")
    if summary.get("risky_objects"):
        lines.append(f"## {message(lang, 'risky')}")
        for row in summary["risky_objects"]:
            info = row["summary"]
            flags = [f"{info['subjects']}人"] + info["categories"] + (["DB"] if info["database"] else [])
            lines.append(f"  [{row['risk']}] {row['uri']}  {' '.join(flags)}")
    if summary["failed_objects"]:
        lines.append(f"## {message(lang, 'failed')}")
        for row in summary["failed_objects"]:
            lines.append(f"  {row['uri']}  [{status_label(lang, row['status'])}] {row['error'] or ''}")
    return "\n".join(lines)
