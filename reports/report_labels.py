"""Words of the officer's report, Japanese first, English on request."""

from __future__ import annotations

from reports.i18n import ENTITY_LABELS_JA
from reports.outcomes import OUTCOME_LABELS

REPORT_LABELS = {
    "ja": {
        "title": "個人情報 差分レポート", "scan": "スキャン", "since": "比較対象",
        "none": "(初回スキャン)", "findings": "現在の検出", "new": "新規", "resolved": "解消",
        "still": "継続", "reappeared": "再発 (是正済みが再出現)", "triaged": "判定済み (誤検知・許容)",
        "objects": "対象オブジェクト", "unreadable": "読み取り不可", "trend": "検出数の推移",
        "outcomes": "台帳との照合", "by_location": "場所別", "by_type": "種類別",
        "path": "場所", "location": "位置", "type": "種類", "category": "区分", "value": "値 (マスク済)",
        "key": "ID", "verdict": "判定", "kind": "結果", "entry": "台帳の項目", "details": "内容",
        "folder": "フォルダ", "total": "件数", "current": "現在", "filter": "絞り込み…",
        "new_mark": "新規", "generated": "作成", "masked_note": "値はすべてマスク済みです。生の値は含まれていません。",
        "triage_hint": "判定: daicho triage ID --verdict false_positive|accepted|remediated|needs_action",
        "no_rows": "該当なし", "world_readable": "全員が読める",
    },
    "en": {
        "title": "Personal data diff report", "scan": "Scan", "since": "Compared with",
        "none": "(first scan)", "findings": "Current findings", "new": "New", "resolved": "Resolved",
        "still": "Still present", "reappeared": "Reappeared (remediated, back again)",
        "triaged": "Triaged (false positive / accepted)", "objects": "Objects", "unreadable": "Unreadable",
        "trend": "Findings over time", "outcomes": "Ledger reconciliation", "by_location": "By location",
        "by_type": "By type", "path": "Path", "location": "Location", "type": "Type", "category": "Category",
        "value": "Value (masked)", "key": "ID", "verdict": "Verdict", "kind": "Outcome", "entry": "Ledger entry",
        "details": "Details", "folder": "Folder", "total": "Total", "current": "Current", "filter": "Filter…",
        "new_mark": "new", "generated": "Generated", "masked_note": "All values are masked; no raw value is included.",
        "triage_hint": "Triage: daicho triage ID --verdict false_positive|accepted|remediated|needs_action",
        "no_rows": "None", "world_readable": "Readable by everyone",
    },
}


def labels(lang: str) -> dict:
    words = dict(REPORT_LABELS.get(lang, REPORT_LABELS["ja"]))
    words["entity"] = ENTITY_LABELS_JA if lang == "ja" else {}
    words["outcome"] = OUTCOME_LABELS.get(lang, OUTCOME_LABELS["ja"])
    return words
