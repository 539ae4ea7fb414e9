"""Issue 12, coop18b: a co-operative's member (組合員) is no labour union's, whether the
document names the co-operative (JF, ＪＡ, CO-OP, 全労済) or only its trade (宅配, 共同購入,
出資金, 利用高, 水揚); the 保険者番号 beside a member in a roster whose column holds people
(組合員 | … | 保険者番号, 会員: …) tells that member's insurance, while an insurer's list with
its own staff (担当者) stays the insurer's. Made-up people and numbers, the real GiNZA
detector and the real extractors."""

import pytest

from scanner.extract.budget import Budget
from scanner.extract.dispatch import extract
from samples import writers as w

INSURER, OTHER = "06274518", "34135020"  # both pass the 保険者番号 check digit
TOWN = "272041"  # 国保: six digits, no check


def _in_file(detector, name, data, entity):
    units = extract(name, data, Budget()).units
    return sorted(d.text for unit in units for d in detector.detect(unit.text) if d.entity_type == entity)


def _unions(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "SENSITIVE" and d.category == "労働組合"]


@pytest.mark.parametrize("rows", [
    [["個配 組合員リスト"], ["組合員", "配送先", "出資口数"], ["戸川 宗一", "盛岡市大通2-4-1", "3"], ["山根 里美", "花巻市材木町5-6", "2"]],
    [["共同購入 班別名簿"], ["班", "組合員", "電話"], ["第3班", "戸川 宗一", "019-623-4417"], ["第3班", "山根 里美", "019-652-0388"]],
    [["水揚実績（組合員別）"], ["組合員", "漁船名", "水揚高"], ["戸川 宗一", "第八宝丸", "1,204,000"], ["山根 里美", "清栄丸", "986,500"]],
])
def test_a_cooperatives_member_roster_names_no_union_member(detector, rows):
    assert _in_file(detector, "members.xlsx", w.xlsx_bytes({"組合員": rows}), "SENSITIVE") == []


@pytest.mark.parametrize("text", [
    "JF北浦 組合員 戸川 宗一 様\n出漁日誌の提出をお願いします。",
    "ＪＡみどり野 組合員 山根 里美 様\n営農指導日程のお知らせ",
    "全労済 組合員 戸川 宗一 様 共済掛金の払込方法の変更を受け付けました。",
    "組合員 山根 里美 様\n出資金の払込を確認しました。出資配当は3月に口座へ振り込みます。",
])
def test_a_cooperatives_member_addressed_is_no_union_member(detector, text):
    assert _unions(detector, text) == []


@pytest.mark.parametrize("text", [
    "北部運輸労働組合 組合員名簿\n組合員: 戸川 宗一\t出資金: なし\t所属: 配車課",
    "組合員一覧\n組合員\t職場\t組合費\n組合員: 山根 里美\t職場: 第二工場\t組合費: 2,400",
])
def test_a_labour_unions_member_stays_one(detector, text):
    assert _unions(detector, text) != []


@pytest.mark.parametrize("rows", [
    [["組合員", "住所", "保険者番号"], ["戸川 宗一", "盛岡市大通2-4-1", INSURER], ["山根 里美", "花巻市材木町5-6", TOWN]],
    [["会員名簿"], ["No", "会員", "共済 保険者番号"], ["1", "戸川 宗一", INSURER], ["2", "山根 里美", OTHER]],
])
def test_an_insurers_number_beside_a_member_is_the_members(detector, rows):
    numbers = sorted(row[-1] for row in rows[-2:])
    assert _in_file(detector, "roster.xlsx", w.xlsx_bytes({"名簿": rows}), "HEALTH_INSURANCE_NUMBER") == numbers


def test_an_insurers_number_in_a_members_block_is_the_members(detector):
    text = f"加入者: 戸川 宗一\n住所: 盛岡市大通2-4-1\n保険者番号: {INSURER}"
    assert [d.text for d in detector.detect(text) if d.entity_type == "HEALTH_INSURANCE_NUMBER"] == [INSURER]


def test_an_insurers_list_with_its_staff_stays_the_insurers(detector):
    rows = [["保険者名", "保険者番号", "担当者"], ["みなと精機健康保険組合", INSURER, "適用課 戸川"],
            ["北部建設国民健康保険組合", OTHER, "業務課 山根"]]
    assert _in_file(detector, "insurers.xlsx", w.xlsx_bytes({"保険者": rows}), "HEALTH_INSURANCE_NUMBER") == []
