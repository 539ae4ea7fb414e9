"""User-facing words: Japanese by default, English on request (--lang en)."""

from __future__ import annotations

MESSAGES = {
    "ja": {
        "scan_done": "スキャン {scan_id} 完了{resumed}: 対象 {objects_seen} 件 (抽出 {objects_extracted}, "
                     "再利用 {objects_reused}), 読み取り不可 {objects_failed} 件, 検出 {findings} 件, OCR {ocr_pages} ページ",
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
                     "{objects_reused} reused), {objects_failed} unreadable, {findings} findings, {ocr_pages} pages OCR'd",
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

ENTITY_LABELS_JA = {
    "MY_NUMBER": "個人番号", "PASSPORT": "旅券番号", "RESIDENCE_CARD": "在留カード番号",
    "DRIVERS_LICENSE": "運転免許証番号", "BASIC_PENSION_NUMBER": "基礎年金番号",
    "RESIDENT_RECORD_CODE": "住民票コード", "EMPLOYMENT_INSURANCE_NUMBER": "雇用保険被保険者番号",
    "HEALTH_INSURANCE_NUMBER": "健康保険証番号", "PHONE": "電話番号", "EMAIL": "メールアドレス",
    "POSTAL_CODE": "郵便番号", "ADDRESS": "住所", "PERSON": "氏名", "DATE_OF_BIRTH": "生年月日",
    "BANK_ACCOUNT": "銀行口座", "CREDIT_CARD": "クレジットカード番号", "SENSITIVE": "要配慮個人情報",
}


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
