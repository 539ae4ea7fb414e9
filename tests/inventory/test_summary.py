"""Per-object summary: counts, distinct people, categories, database flag, risk."""

from inventory.records import FindingRecord
from inventory.summary import summarize


def f(entity, value, category=None):
    return FindingRecord(entity, None, "**", 0.9, "t", "A1", category, value_hmac=value)  # sealed


def test_people_are_counted_by_identifiers_before_names():
    findings = [f("PERSON", "山田太郎"), f("PERSON", "ヤマダタロウ"), f("MY_NUMBER", "1"), f("PHONE", "p1"),
                f("PERSON", "佐藤花子"), f("PERSON", "サトウハナコ"), f("MY_NUMBER", "2"), f("PHONE", "p2")]
    summary = summarize(findings, personal_rows=2)
    assert summary["subjects"] == 2 and summary["counts"]["PERSON"] == 4
    assert summary["risk"] == "high" and summary["database"] is False


def test_risk_levels_and_database_flag():
    assert summarize([f("POSTAL_CODE", "1000005")], 0)["risk"] == "none"
    assert summarize([f("PERSON", "a"), f("EMAIL", "e")], 0)["risk"] == "low"
    assert summarize([f("PERSON", "a"), f("DATE_OF_BIRTH", "1970-01-01")], 0)["risk"] == "medium"
    sensitive = summarize([f("PERSON", "a"), f("SENSITIVE", "病歴:糖尿病", "病歴")], 0)
    assert sensitive["risk"] == "high" and sensitive["categories"] == ["病歴"]
    assert summarize([f("EMAIL", str(i)) for i in range(6)], personal_rows=6)["database"] is True
