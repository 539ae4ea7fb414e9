"""Issue 12, share26: a postal code standing beside a contact set aside as the organisation's
own (inventory.own_postcodes) is set aside with it by `daicho check` — on the letterhead's
line or the line next to it; a person's 〒 in their record, a 〒 a blank line away, and one
beside a contact in two files only stay. Made-up people and places."""

from __future__ import annotations

from scanner.app.inventory_views import check_paths

MEMBERS = [("真壁 康之", "〒910-0005 福井県福井市大手2-7-11", "090-3318-2750"),
           ("日向 桃子", "〒371-0023 群馬県前橋市本町2-9-4", "080-4461-9082"),
           ("氏家 周平", "〒410-0801 静岡県沼津市大手町3-1-4", "070-2259-6613")]
LETTERHEAD = "ゆうなぎ工房　〒920-0853 石川県金沢市本町1-5-2　TEL 076-221-4410"


def _write(folder, name, lines):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _postcodes(detector, root):
    records = check_paths([str(root)], detector)
    return {(r.uri.rsplit("/", 1)[-1], f.text.lstrip("〒")) for top in records for r in top.walk() for f in r.findings
            if f.entity_type == "POSTAL_CODE"}


def _forms(folder, head, members=MEMBERS, foot=()):
    for n, (name, home, phone) in enumerate(members):
        _write(folder, f"受付_{n}.txt", [*head, "", "修理受付票", f"お名前　{name}", f"住所　{home}", f"電話　{phone}",
                                         "", *foot])


def test_the_letterheads_postal_code_goes_with_its_address(detector, tmp_path):
    _forms(tmp_path / "share" / "受付", [LETTERHEAD])
    found = _postcodes(detector, tmp_path / "share")
    assert {code for _, code in found} == {"910-0005", "371-0023", "410-0801"}


def test_a_postal_code_on_the_line_above_the_footers_address(detector, tmp_path):
    _forms(tmp_path / "share" / "受付", [], foot=["〒920-0853", "石川県金沢市本町1-5-2 ゆうなぎ工房 076-221-4410"])
    assert "920-0853" not in {code for _, code in _postcodes(detector, tmp_path / "share")}


def test_a_blank_line_between_keeps_the_postal_code(detector, tmp_path):
    _forms(tmp_path / "share" / "受付", [], foot=["〒920-0853", "", "石川県金沢市本町1-5-2 ゆうなぎ工房 076-221-4410"])
    assert len([1 for _, code in _postcodes(detector, tmp_path / "share") if code == "920-0853"]) == 3


def test_two_files_prove_nothing(detector, tmp_path):
    _forms(tmp_path / "share" / "受付", [LETTERHEAD], MEMBERS[:2])
    assert "920-0853" in {code for _, code in _postcodes(detector, tmp_path / "share")}


def test_a_neighbour_of_the_workshop_keeps_the_same_postal_code(detector, tmp_path):
    members = [*MEMBERS[:2], ("氏家 周平", "〒920-0853 石川県金沢市本町1-9-30", "070-2259-6613")]
    _forms(tmp_path / "share" / "受付", [LETTERHEAD], members)
    found = _postcodes(detector, tmp_path / "share")
    assert ("受付_2.txt", "920-0853") in found  # the member's own, in the member's record
    assert ("受付_0.txt", "920-0853") not in found
