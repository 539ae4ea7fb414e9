"""Issue 12, share28: a contact the in-file rules set aside as the organisation's (a notice's
letterhead naming nobody) still stands in that file tied to no one, so it counts toward the
three objects of the share-level rule (inventory.own_contacts): the same letterhead in two
members' forms of the folder is then the organisation's too — in `daicho check`, in a scan
into the inventory (keyed hashes only on the object's row), in a watch batch and in the
counts shown. A contact so proven in one folder is the organisation's in the other folders of
its top folder too (inventory.own_contacts.own_elsewhere), not in another top folder. Made-up
people and shop."""

from __future__ import annotations

from inventory import Inventory, open_inventory
from inventory.own_contact_rows import own_contact_ids
from inventory.queries import current_findings, status_summary
from reports.report_data import build_report
from reports.terminal import status_text
from scanner.app.inventory_views import check_paths
from scanner.pipeline import run_scan, run_targets
from scanner.workers.runners import InlineRunner
from scanner.workers.sealing import seal

KEY = bytes(range(32))
SHOP_PHONE = "06-6321-4187"
MEMBERS = [("岩佐 和真", "090-6247-0181", "福井県福井市大手2-7-11"), ("黒澤 真由美", "080-2718-2818", "群馬県前橋市本町2-9-4")]


def _form(folder, n, member=None):
    name, phone, home = member or MEMBERS[n]
    lines = ["入会申込書", f"氏名　{name}", "生年月日　1983年4月2日", f"住所　{home}", f"電話　{phone}",
             "入会日　2025年4月1日", f"よろず堂　{SHOP_PHONE}"]
    _write(folder, f"申込_{n}.txt", lines)


def _notice(folder, name="休業案内.txt"):
    _write(folder, name, ["臨時休業のお知らせ", "12月28日から1月4日まで休業いたします。", "",
                          "よろず堂 本店", "〒530-0001 大阪府大阪市北区梅田1-2-3", f"TEL {SHOP_PHONE}（代）"])


def _write(folder, name, lines):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _checked(detector, root, released=None):
    return [(obj.uri, f.entity_type, f.text) for top in check_paths([str(root)], detector, released)
            for obj in top.walk() for f in obj.findings]


def test_the_detector_hands_back_what_it_sets_aside(detector):
    own = []
    text = "\n".join(["臨時休業のお知らせ", "よろず堂 本店", f"TEL {SHOP_PHONE}（代）"]) + "\n"
    assert not [d for d in detector.detect(text, own=own) if d.entity_type == "PHONE"]
    assert [d.text for d in own if d.entity_type == "PHONE"] == [SHOP_PHONE]


def test_a_letterhead_set_aside_in_one_file_counts_for_the_two_others(detector, tmp_path):
    folder = tmp_path / "share" / "会員"
    _form(folder, 0)
    _form(folder, 1)
    _notice(folder)
    counted = []
    found = _checked(detector, tmp_path / "share", counted.append)
    phones = sorted(v for _, t, v in found if t == "PHONE")
    assert phones == sorted(phone for _, phone, _ in MEMBERS)  # each member's own, the shop's in no form
    assert sum(counted) == 2


def test_set_aside_in_one_file_and_found_in_one_other_is_two_files(detector, tmp_path):
    folder = tmp_path / "share" / "会員"
    _form(folder, 0)
    _notice(folder)
    assert SHOP_PHONE in {v for _, _, v in _checked(detector, tmp_path / "share")}


def test_sealing_keeps_keyed_hashes_of_the_set_aside(scanner, tmp_path):
    _notice(tmp_path)
    record = seal(scanner.scan_bytes("休業案内.txt", (tmp_path / "休業案内.txt").read_bytes()), KEY)
    assert not record.own_values and {t for t, _ in record.own_keys} == {"PHONE", "ADDRESS"}
    assert all(SHOP_PHONE.replace("-", "") not in key and len(key) >= 32 for _, key in record.own_keys)


def _phones(db):
    return sorted(row["path"] for row in current_findings(db) if row["entity_type"] == "PHONE")


def test_a_notice_arriving_sets_the_letterhead_of_two_stored_forms_aside(scanner, tmp_path):
    share = tmp_path / "share"
    _form(share / "会員", 0)
    _form(share / "会員", 1)
    inventory = Inventory(open_inventory(tmp_path / "inventory.db"), KEY)
    run_scan([str(share)], inventory, InlineRunner(scanner, KEY))
    assert len(_phones(inventory.db)) == 4 and own_contact_ids(inventory.db) == set()

    _notice(share / "会員")
    run_targets(str(share), ["会員/休業案内.txt"], inventory, InlineRunner(scanner, KEY))  # a watch batch
    assert len(_phones(inventory.db)) == 2  # each member's own phone only
    assert len(own_contact_ids(inventory.db)) == 2
    summary = status_summary(inventory.db)
    assert summary["own_contacts_set_aside"] == 2
    assert "組織自身の連絡先として除外: 2 件" in status_text(summary, "ja")
    stored = [row[0] for row in inventory.db.execute("select own_values from objects where own_values is not null")]
    assert len(stored) == 1 and "4187" not in stored[0] and "梅田" not in stored[0]

    run_scan([str(share)], inventory, InlineRunner(scanner, KEY))  # the nightly scan: nothing read again
    assert build_report(inventory.db).summary["own_contacts"] == 2
    (share / "会員" / "休業案内.txt").unlink()
    run_scan([str(share)], inventory, InlineRunner(scanner, KEY))  # the notice gone: two forms again
    assert len(_phones(inventory.db)) == 4


def _three_forms_and_one_elsewhere(top, elsewhere):
    _form(top / "会員", 0)
    _form(top / "会員", 1)
    _form(top / "会員", 2, ("国枝 亮", "070-1618-0339", "静岡県沼津市大手町3-1-4"))
    _write(elsewhere, "申込_旧.txt", ["入会申込書", "氏名　日下部 俊介", "住所　岡山県倉敷市中央1-5-8",
                                     "電話　090-4455-1289", f"よろず堂　{SHOP_PHONE}"])


def test_proven_in_one_folder_it_is_the_organisations_in_another_of_its_top_folder(detector, tmp_path):
    top = tmp_path / "share" / "よろず堂"
    _three_forms_and_one_elsewhere(top, top / "旧年度")
    found = _checked(detector, tmp_path / "share")
    assert SHOP_PHONE not in {v for _, _, v in found}
    assert "090-4455-1289" in {v for _, _, v in found}  # the member's own


def test_another_top_folder_is_not_the_organisations(detector, tmp_path):
    _three_forms_and_one_elsewhere(tmp_path / "share" / "よろず堂", tmp_path / "share" / "他団体")
    shops = [uri for uri, _, value in _checked(detector, tmp_path / "share") if value == SHOP_PHONE]
    assert len(shops) == 1 and "他団体" in shops[0]


def test_the_inventory_derives_the_same_across_its_top_folder(scanner, tmp_path):
    share = tmp_path / "share"
    _three_forms_and_one_elsewhere(share / "よろず堂", share / "よろず堂" / "旧年度")
    inventory = Inventory(open_inventory(tmp_path / "inventory.db"), KEY)
    run_scan([str(share)], inventory, InlineRunner(scanner, KEY))
    assert len(_phones(inventory.db)) == 4  # the four members' own phones, the shop's in none
    assert len(own_contact_ids(inventory.db)) == 4
