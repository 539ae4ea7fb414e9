"""Issue 12, contacts15: an insurer's own 保険者番号 is no person's — in a list of insurers
(a sheet's header row or composed cells, 国保's six digits), a notice's sender block under
an organisation addressed (事業主 様), a form's 提出先 section, a master's JSON — while a
person's row, a card's copy and a claim's header under the insured keep it with their
記号・番号; a label 保険者番号 after a 健康保険 word is no card's. A roster's closing row
for the body itself (a kind, a space, its name) is the body's; a surname ending in a
kind is still a person; a police station, a fire HQ or a health centre listed for emergencies is
no person. The real GiNZA detector; made-up people and numbers."""

import pytest

from detectors.jp.insurers_numbers import without_insurers_own

INSURER, OTHER = "06271019", "01130012"  # both pass the 保険者番号 check digit
TOWN = "138057"  # 国保: six digits


def _found(detector, text, entity="HEALTH_INSURANCE_NUMBER"):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


@pytest.mark.parametrize("text", [
    f"保険者名称\t保険者番号\t所在地\nさくら精工健康保険組合\t{INSURER}\t大阪府吹田市江坂町1-2-3\n"
    f"全国健康保険協会 岡山支部\t{OTHER}\t岡山市北区本町6-36",
    f"市町村\t国保保険者番号\t担当課\n市町村: 御坊市\t国保保険者番号: {TOWN}\t担当課: 保険年金課",
    f"令和8年5月1日\n\n事業主 様\n\nさくら精工健康保険組合\n\n保険者番号 {INSURER}\n\n保険料率改定のお知らせ",
    f"資格取得届\n被保険者氏名 相馬 千景\n被保険者証 記号 3051 番号 42\n提出先\n保険者名称 さくら精工健康保険組合\n保険者番号 {INSURER}",
    f"関係医療機関 各位\n下記の組合に変わりました。\nさくら精工健康保険組合（保険者番号：{INSURER}）",
    f'{{\n  "insurers": [\n    {{"insurer_name": "さくら精工健康保険組合", "insurer_no": "{INSURER}"}}\n  ]\n}}'])
def test_an_insurers_own_number_is_no_ones(detector, text):
    assert INSURER not in _found(detector, text) and TOWN not in _found(detector, text)


@pytest.mark.parametrize("text, found", [
    (f"氏名\t保険者番号\t記号\t番号\n相馬 千景\t{INSURER}\t3051\t42", sorted([INSURER, "3051", "42"])),
    (f"健康保険被保険者証\n記号 3051 番号 42\n氏名 相馬 千景\n保険者番号 {INSURER}\n保険者名称 さくら精工健康保険組合",
     sorted([INSURER, "3051", "42"])),
    (f"診療報酬明細書\n保険者番号 {INSURER}\n被保険者証 記号・番号 3051・42\n受診者 相馬 千景", sorted([INSURER, "305142"])),
    (f"患者番号,患者氏名,保険者番号,保険者名\n10023,相馬 千景,{INSURER},さくら精工健康保険組合", [INSURER])])
def test_a_persons_insurer_stays_with_the_person(detector, text, found):
    assert _found(detector, text) == found


def test_nothing_read_without_an_insurers_word():
    results = [object()]
    assert without_insurers_own("氏名 相馬 千景 01234567", results) is results


@pytest.mark.parametrize("text, phones", [
    ("役割: 相談員\t氏名: 相馬 千景\t電話: 090-1234-5678\n役割: 施設\t氏名: 地域活動支援センター かけはし\t電話: 0736-22-1234",
     ["+819012345678"]),
    ("役割: 相談員\t氏名: 薬師寺　修\t電話: 090-1234-5678", ["+819012345678"]),
    ("保険者番号\t保険者名称\t電話\n保険者番号: 06271019\t保険者名称: さくら精工健康保険組合\t電話: 06-6385-1234", [])])
def test_a_bodys_own_row_in_a_roster_or_a_list(detector, text, phones):
    assert _found(detector, text, "PHONE") == phones


@pytest.mark.parametrize("text, phones", [
    ("緊急時の連絡先\nかつらぎ警察署　0736-22-0110\n県立医科大学附属病院　073-447-2300", []),
    ("緊急連絡先一覧\n区分\t名称\t電話番号\n区分: 警察\t名称: かつらぎ警察署\t電話番号: 0736-22-0110", []),
    ("火災・救急は119番\n紀の川消防本部　0736-22-0119\n岩出保健所　0736-61-0049", []),
    ("氏名：相馬 千景\n緊急連絡先：相馬 進（父）090-4444-5555", ["+819044445555"])])
def test_a_public_offices_line_in_an_emergency_list(detector, text, phones):
    assert _found(detector, text, "PHONE") == phones
