"""User-facing words: Japanese by default, English on request (--lang en)."""

from __future__ import annotations

from detectors.entities import ENTITIES

MESSAGES = {
    "ja": {
        "scan_done": "スキャン {scan_id} 完了{resumed}: 対象 {objects_seen} 件 (抽出 {objects_extracted}, "
                     "再利用 {objects_reused}), 読み取り不可 {objects_failed} 件, 検出 {findings} 件",
        "resumed": " (中断から再開)",
        "scan_interrupted": "スキャン {scan_id} は中断されました。もう一度実行すると続きから再開します。",
        "scans": "スキャン履歴",
        "objects": "オブジェクト (状態別)",
        "failed": "読み取れなかったオブジェクト",
        "findings": "検出 (種類別, 現在)",
        "no_scans": "まだスキャンがありません。",
        "scan_running": "同じ対象のスキャンが実行中です: {detail}",
        "no_findings": "検出はありません。",
        "risky": "リスクの高いオブジェクト (人数・要配慮・個人情報データベース等)",
    },
    "en": {
        "scan_done": "scan {scan_id} complete{resumed}: {objects_seen} objects ({objects_extracted} extracted, "
                     "{objects_reused} reused), {objects_failed} unreadable, {findings} findings",
        "resumed": " (resumed after interruption)",
        "scan_interrupted": "scan {scan_id} was interrupted; run it again to resume where it stopped.",
        "scans": "Scans",
        "objects": "Objects by status",
        "failed": "Objects that could not be read",
        "findings": "Findings by type (current)",
        "no_scans": "No scans yet.",
        "scan_running": "A scan of the same roots is running: {detail}",
        "no_findings": "No findings.",
        "risky": "Riskiest objects (people, special-care categories, personal-information databases)",
    },
}

ENTITY_LABELS_JA = {name: info.ja for name, info in ENTITIES.items()}


STATUS_LABELS = {
    "ja": {"ok": "正常", "skipped": "対象外", "unreadable": "読み取り不可", "encrypted": "暗号化",
           "too_large": "サイズ超過", "no_text_layer": "テキストなし(画像)"},
    "en": {},
}


def message(lang: str, key: str, **values: object) -> str:
    table = MESSAGES.get(lang, MESSAGES["ja"])
    return table[key].format(**values)


def status_label(lang: str, status: str) -> str:
    return STATUS_LABELS.get(lang, {}).get(status, status)
