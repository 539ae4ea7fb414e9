"""Issue 12, union19: when 組合員 says 'union member'.

A mutual-aid body's member (県民共済, 教職員共済, 〇〇共済会, 互助会: named, or by what it pays —
共済金, 掛金) is no union's; a 組合員 column of names beside a column that gives each person's
union or seat (所属組合, 組合役職, 組合員区分) is the people column, the union cell the information;
a seat on a strike's or a dispute's committee is a union seat. Made-up people and wordings, the
real detector and the real extractors."""

import pytest

from samples import writers as w
from scanner.extract.budget import Budget
from scanner.extract.dispatch import extract


def _unions_in_file(detector, rows):
    units = extract("list.xlsx", w.xlsx_bytes({"一覧": rows}), Budget()).units
    return sorted(d.text for unit in units for d in detector.detect(unit.text, labels=unit.labels())
                  if d.entity_type == "SENSITIVE" and d.category == "労働組合")


def _unions(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "SENSITIVE" and d.category == "労働組合"]


@pytest.mark.parametrize("rows", [
    [["ひかり県民共済 入院給付 支払明細"], ["証書番号", "組合員", "入院日数", "支払額"],
     ["K-20418", "木内 晴美", "12", "60,000"], ["K-20533", "坂東 克也", "5", "25,000"]],
    [["教職員共済 災害見舞金 申請者"], ["組合員", "勤務校", "被害"], ["湊 礼子", "東小学校", "床上浸水"],
     ["木内 晴美", "北中学校", "屋根破損"]],
    [["手術共済金 請求受付"], ["No", "組合員", "生年月日", "手術日"], ["1", "坂東 克也", "1979/04/02", "2026/03/11"],
     ["2", "湊 礼子", "1985/11/20", "2026/04/02"]],
])
def test_a_mutual_aid_bodys_member_is_no_union_member(detector, rows):
    assert _unions_in_file(detector, rows) == []


@pytest.mark.parametrize("text", [
    "さくら市職員互助会\n組合員 木内 晴美 様\n結婚祝金の支給が決定しました。",
    "みどり共済会 給付課\n組合員　坂東 克也　様\n掛金の口座振替についてお知らせします。",
])
def test_a_mutual_aid_bodys_letter_names_no_union_member(detector, text):
    assert _unions(detector, text) == []


def test_an_employers_scheme_does_not_make_a_union_roster_another_bodys(detector):
    text = "組合員一覧\n組合員\t職場\t組合費\t退職金共済\n組合員: 湊 礼子\t職場: 第一工場\t組合費: 2,600\t退職金共済: 加入"
    assert _unions(detector, text) != []


@pytest.mark.parametrize("rows", [
    [["組合員向けローン 受付簿"], ["組合員", "所属組合", "借入額"], ["木内 晴美", "東和精機労働組合", "500,000"],
     ["坂東 克也", "北港運輸ユニオン", "300,000"]],
    [["組合費 納入一覧"], ["組合員", "組合役職", "組合費"], ["湊 礼子", "執行委員", "3,000"],
     ["木内 晴美", "分会長", "3,000"]],
])
def test_a_member_column_beside_a_union_column_is_the_people(detector, rows):
    unions = _unions_in_file(detector, rows)
    names = {row[0] for row in rows[2:]}
    assert unions and not any(name in found for found in unions for name in names)


def test_a_non_member_beside_a_member_column_is_no_member(detector):
    rows = [["組合員", "組合員区分", "内線"], ["坂東 克也", "非組合員", "2214"], ["湊 礼子", "非組合員", "2215"]]
    assert _unions_in_file(detector, rows) == []


def test_a_member_in_a_form_block_with_the_union_line(detector):
    text = "組合員: 木内 晴美\n所属組合: 東和精機労働組合\n借入希望額: 800,000円"
    found = _unions(detector, text)
    assert found and not any("木内" in f for f in found)


@pytest.mark.parametrize("text", [
    "坂東 克也\t争議対策委員会の委員\t080-2214-5531",
    "湊 礼子さんは昨年から闘争委員長を務めている。",
    "木内 晴美さんは争議団の副団長として会社側と話し合った。",
    "坂東 克也さんは3月のストライキに参加した。",
])
def test_a_seat_on_a_strike_or_dispute_committee_is_a_union_seat(detector, text):
    assert _unions(detector, text) != []


def test_a_strike_committee_itself_is_no_ones_seat(detector):
    assert _unions(detector, "ストライキ実行委員会は湊 礼子 氏あてに回答書を送付した。") == []


def _types(detector, text, *types):
    return sorted((d.entity_type, d.text) for d in detector.detect(text) if d.entity_type in types)


LETTERHEAD = "ひまわり市民共済会 業務課\n〒390-0811 長野県松本市中央2丁目5番8号\nTEL 0263-55-1200\n"


@pytest.mark.parametrize("addressee", [
    "〒399-0033\n長野県松本市笹賀3丁目12番4号 コーポ若葉202\n木内 晴美 様\n",
    "〒399-0033 長野県松本市笹賀3丁目12番4号\nコーポ若葉202\n木内　晴美　殿\n",
])
def test_an_addressee_block_under_the_letterhead_is_the_readers(detector, addressee):
    found = _types(detector, LETTERHEAD + addressee + "ご請求の見舞金をお振込みしました。", "ADDRESS", "POSTAL_CODE")
    assert [t for t, _ in found] == ["ADDRESS", "POSTAL_CODE"] and all("中央" not in v and "0811" not in v for _, v in found)


def test_an_organisation_addressed_keeps_its_address_unreported(detector):
    text = LETTERHEAD + "〒380-0836\n長野県長野市南県町1000番地\n株式会社みどり商事 総務部 御中\n請求書を送付します。"
    assert _types(detector, text, "ADDRESS", "POSTAL_CODE") == []


@pytest.mark.parametrize("mailbox", ["kyufu@mutual.example.or.jp", "kyosai-madoguchi@mutual.example.or.jp"])
def test_a_benefit_desks_mailbox_is_the_bodys(detector, mailbox):
    text = f"ひまわり市民共済会\nE-mail {mailbox}\n\n坂東 克也 様\n手術共済金のご請求を受け付けました。"
    assert _types(detector, text, "EMAIL") == []


@pytest.mark.parametrize("text", ["集合：吉田松陰から徒歩3分の公園入口", "最寄り：宮本武蔵より徒歩2分", "案内：西郷隆盛前下車すぐ"])
def test_a_place_a_way_is_told_from_is_no_person(detector, text):
    assert _types(detector, text, "PERSON") == []


@pytest.mark.parametrize("header", ["組合員", "加入者"])
def test_a_name_under_a_member_label_is_a_person(detector, header):
    rows = [[header, "加入日"], ["鬼頭莉子", "2025/04/01"], ["政所和也", "2024/10/01"], ["木内晴美", "2023/06/01"]]
    units = extract("list.xlsx", w.xlsx_bytes({"名簿": rows}), Budget()).units
    found = sorted(d.text for u in units for d in detector.detect(u.text, labels=u.labels()) if d.entity_type == "PERSON")
    assert found == ["政所和也", "木内晴美", "鬼頭莉子"]


@pytest.mark.parametrize("text, disease", [
    ("湊　礼子　様\n今回の気管支喘息（夜間に発作）による入院につき見舞金を給付します。", "気管支喘息"),
])
def test_a_disease_with_a_remark_in_brackets_before_its_course(detector, text, disease):
    found = [d.text for d in detector.detect(text) if d.entity_type == "SENSITIVE" and d.category == "病歴"]
    assert any(disease in f for f in found)
