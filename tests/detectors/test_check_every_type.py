"""`daicho check --show-values --format jsonl` reports every type under its fixed
name, with the category for 要配慮 data (issue: Japanese detectors, must show)."""

import json

import pytest
from click.testing import CliRunner

from detectors.entities import ALL_ENTITIES
from scanner.cli import cli

DOCUMENT = "\n".join([
    "氏名　山田 太郎", "生年月日　昭和45年6月7日", "住所　〒100-0005 東京都千代田区丸の内1-1-1",
    "電話　03-1234-5678", "メール　taro.yamada@example.jp", "個人番号　1234 5678 9018",
    "パスポート番号　TR1234567", "在留カード番号　AB12345678CD", "運転免許証番号　459803358720",
    "基礎年金番号　1234-567890", "住民票コード　12345678901", "雇用保険被保険者番号　1234-567890-1",
    "保険者番号　33120015", "振込先　普通 1234567", "カード番号　3530 1113 3330 0000",
    "備考　山田太郎さんは糖尿病で通院中",
])


@pytest.mark.slow
def test_check_reports_every_type_with_raw_values_and_categories(detector, tmp_path):
    path = tmp_path / "全項目.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path), "--show-values", "--format", "jsonl"],
                                obj={"detector": detector})
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {r["entity_type"] for r in rows} == set(ALL_ENTITIES)
    sensitive = [r for r in rows if r["entity_type"] == "SENSITIVE"]
    assert {r["category"] for r in sensitive} == {"病歴"} and {r["text"] for r in sensitive} == {"糖尿病で通院中"}
    assert all(r["category"] is None for r in rows if r["entity_type"] != "SENSITIVE")
    assert {"1234 5678 9018", "TR1234567", "3530 1113 3330 0000"} <= {r["text"] for r in rows}
