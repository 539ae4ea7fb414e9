"""Issue 12, recur25: in the inventory, a contact whose keyed hash recurs in 3 objects of a
folder, tied to no one person, is the organisation's own — derived when asked, so a third
file arriving (a nightly scan or a watch batch) sets aside what two files left, without
rewriting stored rows; status, export, the report and reconciliation agree, and the count
is shown (Japanese by default). Made-up people."""

from __future__ import annotations

from inventory import Inventory, open_inventory
from inventory.outcomes import stores_from_inventory
from inventory.own_contact_rows import own_contact_ids
from inventory.queries import current_findings, status_summary
from reports.report_data import build_report
from reports.terminal import status_text
from scanner.pipeline import run_scan, run_targets
from scanner.workers.runners import InlineRunner

KEY = bytes(range(32))
PEOPLE = [("岩佐 和真", "090-6247-0181", "福井県福井市大手2-7-11"), ("黒澤 真由美", "080-2718-2818", "群馬県前橋市本町2-9-4"),
          ("国枝 亮", "070-1618-0339", "静岡県沼津市大手町3-1-4")]
SHOP_PHONE = "06-6321-4187"


def _form(folder, n):
    name, phone, home = PEOPLE[n]
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["入会申込書", f"氏名　{name}", "生年月日　1983年4月2日", f"住所　{home}", f"電話　{phone}",
             "入会日　2025年4月1日", f"よろず堂　{SHOP_PHONE}　振込先 みどり銀行 本店 普通 4820193"]
    (folder / f"申込_{n}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _phones(db):
    return sorted(row["path"] for row in current_findings(db) if row["entity_type"] == "PHONE")


def test_a_third_form_sets_the_shops_contacts_aside(scanner, tmp_path):
    share = tmp_path / "share"
    for n in (0, 1):
        _form(share / "申込", n)
    inventory = Inventory(open_inventory(tmp_path / "inventory.db"), KEY)
    run_scan([str(share)], inventory, InlineRunner(scanner, KEY))
    assert len(_phones(inventory.db)) == 4  # two applicants' phones and the shop's twice: two files prove nothing
    assert own_contact_ids(inventory.db) == set()

    _form(share / "申込", 2)
    run_targets(str(share), ["申込/申込_2.txt"], inventory, InlineRunner(scanner, KEY))  # a watch batch
    assert len(_phones(inventory.db)) == 3  # each applicant's own phone only
    own = own_contact_ids(inventory.db)
    assert len(own) == 6  # the shop's phone and account in three forms
    summary = status_summary(inventory.db)
    assert summary["own_contacts_set_aside"] == 6 and summary["findings_by_type"]["PHONE"] == 3
    assert "組織自身の連絡先として除外: 6 件" in status_text(summary, "ja")
    assert "organisation's own contacts: 6" in status_text(summary, "en")
    stores = stores_from_inventory(inventory.db)
    assert all(len(store.values.get("PHONE", ())) == 1 for store in stores)

    run_scan([str(share)], inventory, InlineRunner(scanner, KEY))  # the nightly scan: nothing read again
    report = build_report(inventory.db)
    assert report.summary["own_contacts"] == 6 and report.summary["resolved"] == 0
    assert sorted(f["entity_type"] for f in report.diff.new) == ["ADDRESS", "DATE_OF_BIRTH", "PERSON", "PHONE"]
    assert len(_phones(inventory.db)) == 3


def _seen(entity_type="PHONE", value="v", people=((), (), ()), header=False):
    from inventory.own_contacts import Occurrence
    return [Occurrence("s", entity_type, value, f"o{n}", frozenset(who), header) for n, who in enumerate(people)]


def test_what_recurrence_proves():
    from inventory.own_contacts import names_one_holder, organisations_own
    assert organisations_own(_seen()) == {("s", "PHONE", "v")}
    assert organisations_own(_seen(people=((), ()))) == set()  # two objects
    assert organisations_own(_seen(people=(("a",), ("b",), ("c",)))) == {("s", "PHONE", "v")}  # someone else each time
    assert organisations_own(_seen(people=(("a",), ("b",), ("a",)))) == set()  # a's, named with it twice
    assert organisations_own(_seen(header=True)) == set()  # a mailbox the folder's mails are sent to
    assert not names_one_holder("POSTAL_CODE", "100-0001") and not names_one_holder("ADDRESS", "熊本県八代市")
    assert names_one_holder("ADDRESS", "熊本県八代市本町1-2-3") and names_one_holder("BANK_ACCOUNT", "普通 1234567")
