"""Issue 12, contacts13: the contacts of a place or a firm a person's record points to are
not the person's — a facility named right before the value, a landline after the person's
mobile in a headerless row, a mailbox named after its own domain, an employer's or a
hospital's column — while the person's own values beside them stay. The real GiNZA
detector; made-up people, places and numbers."""

import pytest

from detectors.own_domains import named_after_domain


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


@pytest.mark.parametrize("place", ["はやし整形外科", "みなと眼科", "総合リハビリセンター", "駅前ロータリー"])
def test_a_destination_named_before_its_address_is_the_places(detector, place):
    text = ("日付\t利用者\t乗車地\t行先\n"
            f"日付: 2026-05-02\t利用者: 松本 陽菜\t乗車地: 神奈川県藤沢市鵠沼海岸3-4-5\t行先: {place} 埼玉県川越市新富町1-12-3")
    assert _found(detector, text, "ADDRESS") == ["神奈川県藤沢市鵠沼海岸3-4-5"]


def test_the_persons_own_home_as_a_destination_stays(detector):
    text = "日付\t利用者\t行先\n日付: 2026-05-02\t利用者: 松本 陽菜\t行先: 自宅 埼玉県川越市新富町1-12-3"
    assert _found(detector, text, "ADDRESS") == ["埼玉県川越市新富町1-12-3"]


def test_a_landline_after_the_workers_mobile_in_a_headerless_row(detector):
    text = ("E000\t松本 陽菜\t2026-04-11\t2026-05-23\t090-6007-6087\t0463-86-9520\t設営\n"
            "E001\t木村 彩花\t2026-04-12\t2026-05-24\t080-4701-2702\t0735-48-2896\t誘導")
    assert _found(detector, text, "PHONE") == ["090-6007-6087", "080-4701-2702"]


def test_a_headerless_rosters_home_line_before_the_mobile_stays(detector):
    text = "001\t佐々木 亮\t03-3311-2233\t090-1122-3344\n002\t石田 舞\t045-222-1111\t080-5566-7788"
    assert len(_found(detector, text, "PHONE")) == 4


def test_a_kins_landline_after_the_kins_name_stays(detector):
    text = ("本人: 岡本 翼\t兵庫県姫路市飾磨区清水5丁目27-9\t090-3343-4722\tB\t"
            "緊急連絡先: 奥寺 慎也\t042-981-3877\t令和8年6月5日")
    assert _found(detector, text, "PHONE") == ["090-3343-4722", "042-981-3877"]


def test_a_firms_clerk_and_the_firms_line(detector):
    text = "議題3 ゴミ置場の清掃について。\n管理会社担当 井口 真司　連絡先 047-701-8738\n"
    assert _found(detector, text, "PHONE") == []
    assert _found(detector, text.replace("047-701-8738", "090-7701-8738"), "PHONE") == ["090-7701-8738"]


@pytest.mark.parametrize("unit", ["健康管理室", "人事課"])
def test_a_unit_labelling_the_next_value_leaves_the_mobile_before_it(detector, unit):
    text = f"面談メモ\n対象：営業部　井上 蓮\n体調について聞き取り。\n連絡先：080-9083-1833　{unit} 048-898-1736"
    assert _found(detector, text, "PHONE") == ["080-9083-1833"]


def test_an_employers_columns_beside_the_applicants_own(detector):
    text = ("氏名\t自宅電話\t勤務先\t勤務先住所\t勤務先電話\n"
            "氏名: 村上 亮\t自宅電話: 03-3311-2233\t勤務先: 株式会社丸和\t勤務先住所: 東京都港区芝5-1-1\t"
            "勤務先電話: 03-5441-0001")
    assert _found(detector, text, "PHONE") == ["03-3311-2233"] and _found(detector, text, "ADDRESS") == []


def test_a_firms_mailbox_in_a_clerks_signature_is_the_firms(detector):
    text = ("山本様\n\nお世話になっております。見積書を送付します。\n\n--\n株式会社ミナト商事 営業部\n中井 健\n"
            "TEL 03-5412-7788\nMail: {}\n")
    assert _found(detector, text.format("minato-shoji@minato.co.jp"), "EMAIL") == []
    assert _found(detector, text.format("k.nakai@minato.co.jp"), "EMAIL") == ["k.nakai@minato.co.jp"]


@pytest.mark.parametrize("address, named", [
    ("minato-shoji@minato.co.jp", True), ("kitamura@kitamura.co.jp", True), ("maruyama-print@maruyama-p.jp", True),
    ("yuzuriha@yuzuriha.or.jp", True), ("kitamura.taro@kitamura.co.jp", False), ("taro.tanaka77@gmail.com", False),
    ("hina.481@mail.example-isp.jp", False), ("ren.hokuto@hokuto.co.jp", False)])
def test_a_mailbox_named_after_its_domain(address, named):
    assert named_after_domain(address) is named
