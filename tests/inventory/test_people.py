"""Persons across objects (inventory.people) and how many people a set holds
(inventory.headcount): strong identifiers join, names alone do not, a household
stays two people, and an unchanged object costs no write."""

from __future__ import annotations

from inventory.headcount import headcount
from inventory.people import resolve_people
from inventory.records import ObjectRecord, SubjectRecord
from inventory.store import Scope
from scanner.workers.sealing import seal

ROOT = "/share"


def person(name, *links, alternates=(), aliases=(), values=()):
    return SubjectRecord(names=(name,) if name else (), alternates=alternates, aliases=aliases,
                         links=tuple(links), values=tuple(values), types=("PERSON",), script="kanji")


def scan(inventory, objects: dict[str, list[SubjectRecord]]) -> int:
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    with inventory.batch():
        for uri, subjects in objects.items():
            inventory.record(scan_id, ROOT, seal(ObjectRecord(uri=uri, kind="file", size=1, mtime=1.0,
                                                         subjects=subjects), inventory.key))
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    return scan_id


def persons(inventory, present: str = "s.ended_scan is null") -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for uri, person_id in inventory.db.execute(
            f"select o.uri, s.person_id from subjects s join objects o on o.id = s.object_id where {present}"):
        found.setdefault(uri, set()).add(person_id)
    return found


def count(inventory, where="1 = 1", scan_id=None):
    inventory.db.execute("drop table if exists temp.chosen")
    inventory.db.execute(f"create temp table chosen as select id from objects where {where}")
    return headcount(inventory.db.conn, "temp.chosen", scan_id)


EMAIL = ("EMAIL", "taro@example.jp")
BIRTH = ("NAME+DOB", "山田太郎\x1f1980-04-01")


def test_strong_identifiers_join_objects_and_names_alone_do_not(inventory):
    scan(inventory, {
        "名簿.xlsx": [person("山田太郎", EMAIL, BIRTH)],
        "mail.eml": [person("山田太郎", EMAIL)],
        "form.docx": [person("山田太郎", BIRTH)],
        "memo.txt": [person("山田太郎")],
        "bank.csv": [person("ヤマダタロウ")],
    })
    found = persons(inventory)
    assert found["名簿.xlsx"] == found["mail.eml"] == found["form.docx"]
    assert found["memo.txt"].isdisjoint(found["名簿.xlsx"]) and found["bank.csv"].isdisjoint(found["memo.txt"])
    people = count(inventory)
    assert (people.low, people.estimate, people.high) == (2, 2, 3)  # 山田太郎 once; the kana name apart


def test_a_household_phone_or_a_shared_address_keeps_two_people(inventory):
    phone = ("PHONE", "+81312345678")
    scan(inventory, {
        "社員.csv": [person("木村直樹", phone)],
        "家族.csv": [person("木村花子", phone)],
        "着信.txt": [person(None, phone)],
        "couple.txt": [person("木村直樹", ("EMAIL", "k@example.jp")), ],
        "couple2.txt": [person("木村花子", ("EMAIL", "k@example.jp"))],
    })
    found = persons(inventory)
    assert found["社員.csv"] != found["家族.csv"]
    assert found["着信.txt"] in (found["社員.csv"], found["家族.csv"])  # nameless: joins one of them
    assert found["couple.txt"] != found["couple2.txt"]


def test_a_surname_or_a_reading_agrees_with_the_full_name(inventory):
    email = ("EMAIL", "s@example.jp")
    scan(inventory, {
        "a.csv": [person("佐藤花子", email, aliases=("佐藤",), alternates=("サトウハナコ",))],
        "b.eml": [person("佐藤", email)],
        "c.csv": [person("サトウハナコ", email)],
    })
    assert len({p for ids in persons(inventory).values() for p in ids}) == 1


def test_homonyms_with_two_birth_dates_are_two_people(inventory):
    scan(inventory, {
        "a.csv": [person("田中一郎", ("NAME+DOB", "田中一郎\x1f1970-01-01"))],
        "b.csv": [person("田中一郎", ("NAME+DOB", "田中一郎\x1f1990-12-31"))],
        "c.txt": [person("田中一郎")],
    })
    people = count(inventory)
    assert (people.low, people.estimate, people.high) == (1, 2, 3)


def test_an_object_read_again_ends_its_subjects_and_splits_persons_it_joined(inventory):
    bridge = [person("山田太郎", EMAIL, BIRTH)]
    first = scan(inventory, {"a.eml": [person("山田太郎", EMAIL)], "b.docx": [person("山田太郎", BIRTH)],
                             "c.xlsx": bridge})
    before = persons(inventory)
    assert before["a.eml"] == before["b.docx"]
    second = scan(inventory, {"a.eml": [person("山田太郎", EMAIL)], "b.docx": [person("山田太郎", BIRTH)],
                              "c.xlsx": []})
    after = persons(inventory)
    assert "c.xlsx" not in after and after["a.eml"] != after["b.docx"]
    assert before["a.eml"] in (after["a.eml"], after["b.docx"])  # one side keeps its person id
    # the bridge ended with the second scan, as the person it was then: one person in the first
    assert persons(inventory, f"s.ended_scan = {second}")["c.xlsx"] == before["c.xlsx"]
    assert count(inventory).estimate == 1  # (the same name: one person, estimated)
    assert (count(inventory, scan_id=first).high, count(inventory).high) == (1, 2)


def test_an_unchanged_share_writes_no_subject(inventory):
    scan(inventory, {"a.eml": [person("山田太郎", EMAIL)], "b.docx": [person("山田太郎", BIRTH)]})
    rows = list(inventory.db.execute("select * from subjects order by id"))
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    with inventory.batch():
        for row in inventory.top_level_state(ROOT).values():
            inventory.reuse(scan_id, row)
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    changes = inventory.db.conn.total_changes
    assert resolve_people(inventory.db) == 0 and inventory.db.conn.total_changes == changes
    assert list(inventory.db.execute("select * from subjects order by id")) == rows


def test_counts_per_set_and_special_people(inventory):
    my_number = SubjectRecord(names=("鈴木一郎",), links=(("MY_NUMBER", "123456789018"),),
                              types=("PERSON", "MY_NUMBER", "SENSITIVE:病歴"), script="kanji")
    scan(inventory, {"総務/a.csv": [my_number, person("佐藤花子")], "営業/b.csv": [person("田中一郎")]})
    people = count(inventory, "uri like '総務/%'")
    assert (people.estimate, people.with_my_number, people.with_sensitive) == (2, 1, 1)
    assert count(inventory).estimate == 3


def test_the_ledger_counts_people_not_values(inventory, tmp_path):
    """Five people, each with another e-mail address in each of three files: fifteen
    addresses, five people; the declared 件数 (5件) is no mismatch."""
    from datetime import date

    from inventory.ledger.active import load_ledger, save_ledger
    from inventory.ledger.model import parse_entry
    from inventory.ledger.refresh import refresh_rows
    from inventory.outcomes import (
        people_counter,
        run_reconciliation,
        stores_from_inventory,
    )
    from inventory.reconcile import reconcile
    from inventory.records import FindingRecord

    def files():
        for n in range(3):
            findings = [FindingRecord(kind, value, "*", 1.0, "t", f"B{i}") for i in range(5)
                        for kind, value in (("PERSON", f"社員{i}"), ("EMAIL", f"p{i}.{n}@example.jp"),
                                            ("PHONE", f"+8190000000{i}"))]
            subjects = [person(f"社員{i}", ("EMAIL", f"p{i}.{n}@example.jp"), ("PHONE", f"+8190000000{i}"))
                        for i in range(5)]
            yield f"総務/file{n}.csv", findings, subjects

    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    with inventory.batch():
        for uri, findings, subjects in files():
            inventory.record(scan_id, ROOT, seal(ObjectRecord(uri=uri, kind="file", size=1, mtime=1.0, findings=findings,
                                                         subjects=subjects), inventory.key))
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    source = tmp_path / "ledger.xlsx"
    source.write_bytes(b"x")
    save_ledger(inventory.db, [parse_entry(2, {"個人情報名": "名簿", "件数": "5件", "保管期間": "永年",
                                              "個人情報の項目": "氏名.メール.電話"}, {}, ("総務/**",), None)], source)
    kinds = {o.kind for o in run_reconciliation(inventory.db, scan_id)}
    assert "count_mismatch" not in kinds
    stores, entries = stores_from_inventory(inventory.db), load_ledger(inventory.db)
    assert "count_mismatch" in {o.kind for o in reconcile(stores, entries, date.today())}  # by values: 15
    rows = refresh_rows(entries, stores, [], "2026-12-01", lambda key, **v: key, people_counter(inventory.db))
    assert rows[0].values["検出人数"] == 5 and [s.people for s in stores] == [5, 5, 5]


def test_an_inventory_from_before_people_reads_its_objects_again(tmp_path):
    """Objects recorded before subjects existed have none: the next scan must read them."""
    from sqlite_utils import Database

    from inventory import open_inventory
    from inventory.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    old = Database(path)
    MIGRATIONS.apply(old, stop_before="m011_subjects")
    old["objects"].insert({"root": ROOT, "uri": "a.csv", "rules_version": "1", "extracted_scan": 1})
    old.conn.close()
    db = open_inventory(path)
    assert "subjects" in db.table_names() and db.execute("select rules_version from objects").fetchone() == (None,)


def test_a_first_resolution_reads_every_link_at_once_and_finds_the_same_component(inventory):
    """Every subject unresolved (a first scan): the component is all of them, their links
    every link, as the walk over shared keys finds them; once persons exist, the walk."""
    from inventory.people import _every_link, component

    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    with inventory.batch():
        for uri, subjects in {"a.csv": [person("山田太郎", EMAIL), person("佐藤花子", ("PHONE", "0312345678"))],
                              "b.csv": [person("山田太郎", EMAIL, BIRTH)], "c.csv": [person("鈴木一郎")]}.items():
            inventory.record(scan_id, ROOT, seal(ObjectRecord(uri=uri, kind="file", size=1, mtime=1.0,
                                                         subjects=subjects), inventory.key))
    conn = inventory.db.conn
    seeds = {row[0] for row in conn.execute("select id from subjects")}
    reached, links = component(conn, seeds)
    assert reached == seeds and sorted(_every_link(conn, seeds)) == sorted(links) and len(links) == 4
    assert _every_link(conn, seeds - {min(seeds)}) is None  # not everyone: the walk
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    assert _every_link(conn, seeds) is None  # persons resolved: the walk
    found = persons(inventory)
    assert len(found["a.csv"]) == 2 and found["b.csv"] < found["a.csv"] and found["c.csv"].isdisjoint(found["a.csv"])
