"""Reconciliation as pure functions: stores and entries in, outcomes out."""

from datetime import date

from inventory.ledger.active import StoredEntry
from inventory.ledger.counts import parse_count
from inventory.ledger.items import parse_items
from inventory.ledger.model import LedgerEntry
from inventory.ledger.retention import parse_retention
from inventory.reconcile import Store, reconcile
from reports.outcome_text import details_text

TODAY = date(2026, 11, 21)


def entry(id, paths, items, retention, count="", start=None):
    values = {"個人情報名": f"entry{id}", "個人情報の項目": items, "保管期間": retention, "件数": count}
    return StoredEntry(id, LedgerEntry(row=id + 1, values=values, paths=tuple(paths), start=start,
                                       items=parse_items(items), retention=parse_retention(retention),
                                       count=parse_count(count)))


def store(uri, when=date(2026, 1, 1), categories=(), **values):
    return Store("/r", uri, when, {k: frozenset(v) for k, v in values.items()}, frozenset(categories))


def kinds(outcomes):
    return sorted((o.kind, o.uri or f"entry{o.entry_id}") for o in outcomes)


def test_registered_and_declared_is_quiet():
    result = reconcile([store("総務/名簿.csv", PERSON={"a"}, PHONE={"p"})],
                       [entry(1, ["総務/**"], "氏名.電話", "3年間")], TODAY)
    assert result == []


def test_unregistered_and_postal_code_alone_is_not_personal():
    result = reconcile([store("共有/a.csv", EMAIL={"e"}), store("共有/b.csv", POSTAL_CODE={"z"})],
                       [entry(1, ["総務/**"], "氏名", "3年間")], TODAY)
    assert kinds(result) == [("missing_location", "entry1"), ("unregistered", "共有/a.csv")]


def test_undeclared_my_number_and_sensitive_category():
    result = reconcile([store("総務/a.xlsx", categories=["病歴"], PERSON={"a"}, MY_NUMBER={"n"}, SENSITIVE={"s"})],
                       [entry(1, ["総務/**"], "氏名.住所", "永年")], TODAY)
    undeclared = next(o for o in result if o.kind == "undeclared_item")
    assert undeclared.details["types"] == ["MY_NUMBER", "SENSITIVE:病歴"]
    trigger = next(o for o in result if o.kind == "breach_trigger")
    assert trigger.details["reasons"] == ["sensitive", "my_number"]  # 要配慮個人情報, 特定個人情報


def test_fixed_retention_runs_from_the_object_date():
    old, fresh = store("a/old.csv", date(2022, 1, 1), PERSON={"x"}), store("a/new.csv", date(2026, 1, 1), PERSON={"y"})
    result = reconcile([old, fresh], [entry(1, ["a/**"], "氏名", "3年間")], TODAY)
    assert kinds(result) == [("overdue", "a/old.csv")]
    assert result[0].details["deadline"] == "2025-01-01"


def test_event_rules_need_a_start_date_and_are_never_silently_passed():
    data = [store("a/x.csv", PERSON={"x"})]
    without = reconcile(data, [entry(1, ["a/**"], "氏名", "本人退職後7年間")], TODAY)
    assert kinds(without) == [("retention_review", "entry1")]
    assert without[0].details["rule"] == "本人退職後7年間"
    with_start = reconcile(data, [entry(1, ["a/**"], "氏名", "採否決定まで", start=date(2026, 3, 31))], TODAY)
    assert kinds(with_start) == [("overdue", "a/x.csv")]
    typo = reconcile(data, [entry(1, ["a/**"], "氏名", "人退職後7年間")], TODAY)
    assert "「本人退職」の誤記?" in details_text("retention_review", typo[0].details, "ja")


def test_entry_with_files_but_no_personal_data():
    result = reconcile([store("公開/a.html")], [entry(1, ["公開/**"], "氏名", "永年")], TODAY)
    assert kinds(result) == [("no_data", "entry1")]


def test_count_mismatch_only_for_totals_and_wide_margins():
    people = store("a/x.csv", EMAIL={str(i) for i in range(4)})
    assert kinds(reconcile([people], [entry(1, ["a/**"], "メール", "永年", "300件/累計")], TODAY)) == [
        ("count_mismatch", "entry1")]
    assert reconcile([people], [entry(1, ["a/**"], "メール", "永年", "300件/月")], TODAY) == []
    assert reconcile([people], [entry(1, ["a/**"], "メール", "永年", "5件/累計")], TODAY) == []


def test_more_than_1000_subjects_and_financial_data_are_breach_triggers():
    big = store("a/x.csv", EMAIL={str(i) for i in range(1001)}, BANK_ACCOUNT={"b"})
    (trigger,) = [o for o in reconcile([big], [entry(1, ["a/**"], "データ全般", "永年")], TODAY)]
    assert trigger.details == {"reasons": ["financial", "many_people"], "subjects": 1001}
