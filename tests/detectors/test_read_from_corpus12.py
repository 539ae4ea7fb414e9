"""Classes read from corpus 12's errors once it became a development set (issue 12): a
roster under a title whose first column's cells all name one field (a union's posts), a
hospital's department and a dormitory's office as mailboxes, a fax cover sheet's captions
printed under the values, a clinic's one-line signature and a fax's sender line, an aid as
a shop's errand, a named person's disease said with a copula, a treatment begun or a lens
worn for a disease, a movement's body and a cause asked for by a verb, a deportation record.
Made-up people and places, the real detector (GiNZA) and real files."""

import pytest


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


def _sensitive(detector, text):
    return [(d.category, d.text) for d in detector.detect(text) if d.entity_type == "SENSITIVE"]


UNION_ROSTER = ("北星電機労働組合 社宅支部 役員名簿\n役職,氏名,所属,部屋,携帯\n"
                "北星電機労働組合の社宅支部支部長,宮前 浩之,総務課,203,080-3141-5926\n"
                "北星電機労働組合の社宅支部書記,水島 香織,開発部,115,090-2718-2818\n"
                "北星電機労働組合の社宅支部会計,岸本 達也,品質管理課,308,070-1414-2135\n")


@pytest.mark.slow
def test_a_roster_whose_first_column_names_one_field_is_read_under_its_header(scanner):
    """Each post names the union (組合, a field word) and differs from the next: the table
    was taken for a form labelled by its first column, every cell composed under a post,
    and the names and sections reported as union membership."""
    record = scanner.scan_bytes("役員名簿.csv", UNION_ROSTER.encode("cp932"))
    findings = [(f.entity_type, f.category, f.text) for o in record.walk() for f in o.findings]
    union = [text for entity, category, text in findings if category == "労働組合"]
    assert len(union) == 3 and all("労働組合の社宅支部" in text for text in union), union
    assert ("PERSON", None, "水島 香織") in findings
    assert {text for entity, _, text in findings if entity == "PHONE"} == {
        "080-3141-5926", "090-2718-2818", "070-1414-2135"}


@pytest.mark.slow
def test_a_departments_and_a_dormitorys_mailboxes_are_no_ones(detector):
    text = ("From: info@hoshino-josanin.example.jp\nTo: sanka@kita-hospital.example.jp\n"
            "寮のことは ryo-kanri@hokusei-denki.example.jp へ。\n"
            "担当 岸本 達也 kishimoto.tatsuya@hokusei-denki.example.jp / 私用 ryo@example.net\n")
    assert _found(detector, text, "EMAIL") == ["kishimoto.tatsuya@hokusei-denki.example.jp", "ryo@example.net"]


FAX = ("FAX送信票　みどり薬局 御中\n\n――――――――\n\n宮前 浩之\n\n（患者氏名）\n\n昭和22年7月8日\n\n（生年月日）\n\n"
       "北海道札幌市北区北七条西4-1-2\n\n（住所）\n\n送信元 011-555-0123\n")


@pytest.mark.slow
def test_a_fax_cover_sheets_caption_under_a_birth_and_its_sender_line(detector):
    assert _found(detector, FAX, "DATE_OF_BIRTH") == ["昭和22年7月8日"]
    assert _found(detector, FAX, "PHONE") == []  # the sending office's line


@pytest.mark.slow
def test_a_caption_below_a_date_heads_the_next_date_when_captions_stand_above(detector):
    text = "受付票\n\n（受付日）\n\n2026年4月1日\n\n（生年月日）\n\n昭和22年7月8日\n\n（氏名）\n\n宮前 浩之\n"
    assert _found(detector, text, "DATE_OF_BIRTH") == ["昭和22年7月8日"]


@pytest.mark.slow
def test_a_clinics_one_line_signature_is_the_clinics(detector):
    text = ("当院で健診中の水島香織さん（1991年2月3日生）について、分娩先をご相談させてください。\n"
            "ご本人携帯：090-2718-2818\nほしの助産院 011-555-0199 info@hoshino-josanin.example.jp\n")
    assert _found(detector, text, "PHONE") == ["090-2718-2818"]


@pytest.mark.slow
def test_an_aid_as_a_shops_errand_is_no_ones_disability(detector):
    assert _sensitive(detector, "ご用件: 補聴器相談\tお名前: 宮前 浩之\n") == []
    assert _sensitive(detector, "ご用件: 車いすのご購入\tお名前: 宮前 浩之\n") == []
    assert ("障害", "補聴器を使用している") in _sensitive(detector, "宮前浩之さんは補聴器を使用している。\n")


@pytest.mark.slow
@pytest.mark.parametrize("category, text, phrase", [
    ("病歴", "宮前浩之さんは高血圧です。", "高血圧です"),
    ("病歴", "利用者の水島香織さんは、母は糖尿病だったと話した。", "糖尿病だった"),
    ("病歴", "水島香織さんについて、妊娠糖尿病でインスリン導入のため分娩先を変更。", "妊娠糖尿病でインスリン導入"),
    ("病歴", "顧客 宮前 浩之\t眼の状態: 円錐角膜でハードレンズ装用", "円錐角膜でハードレンズ装用"),
    ("信条", "利用者の岸本さんは護憲運動の市民団体で活動している。", "護憲運動の市民団体で活動している"),
    ("信条", "宮前浩之さんは死刑廃止を訴える署名活動をしている。", "死刑廃止を訴える署名活動をしている"),
    ("犯罪歴", "申請人 宮前 浩之は、過去に不法残留で退去強制歴があります。", "不法残留で退去強制歴"),
])
def test_what_corpus_12s_writers_said_of_a_person_is_found(detector, category, text, phrase):
    found = _sensitive(detector, text)
    assert any(c == category and phrase in t for c, t in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "糖尿病の原因は様々です。最も多いのは高血圧です。",
    "担当は宮前さんです。水島さんは営業部です。",
    "退去強制手続の流れについて説明します。",
    "平和運動の団体について学ぶ講座です。",
])
def test_no_ones_state_stays_out(detector, text):
    assert _sensitive(detector, text) == []
