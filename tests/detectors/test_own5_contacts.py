"""Issue 12, own5: a number labelled as another number (証券番号, 会員番号, 受付番号) is
no phone though it is shaped like one; a shop list's rows, an organisation's block
that names no person and a desk's mailbox are the organisation's; people's phones,
addresses and mail beside them stay found. The real GiNZA detector; made-up people."""

import pytest

from detectors.jp.number_labels import labelled_as_other_number

POLICY_ROWS = ("契約者名\t証券番号\t電話番号\n契約者名: 宮本 和美\t証券番号: 03-2822-0420\t電話番号: 080-3977-0699\n"
               "契約者名: 野村 直樹\t証券番号: 06-9605-2045\t電話番号: 045-520-6422")
PROSE = ["ご契約の証券番号（03-2822-0420）をご確認ください。担当の携帯 090-1111-2222 までどうぞ。",
         "受付番号は 05-6134-6422 です。ご登録の電話番号（090-3744-7151）へお電話します。",
         "診察券番号 04-2276-1166 の方へ。ご本人の携帯（080-8077-5713）へご連絡します。"]
SHOPS = ("駅前商店会 店舗一覧\n店舗名\t住所\t電話番号\n"
         "店舗名: ベーカリー麦の穂\t住所: 三重県津市丸之内2-3-4\t電話番号: 059-222-1234\n"
         "店舗名: 茶房こもれび\t住所: 三重県津市丸之内2-3-5\t電話番号: 059-222-1235")
TITLED = "あけぼの通り商店会 店舗一覧\n1\t花工房みつば\t静岡県沼津市大手町3-2-1\t055-962-1234"
CUSTOMERS = ("顧客一覧\nお名前\t住所\t電話番号\n"
             "お名前: 宮本 和美\t住所: 三重県津市丸之内2-3-4\t電話番号: 059-222-1234")
BLOCKS = ["年末年始の営業について\n\n〒420-0001\n静岡県静岡市葵区追手町9-6\nTEL 054-221-1234\n株式会社ひまわり保険サービス",
          "本件に関するお問い合わせは、下記までお願いいたします。\nひまわり保険サービス　営業推進部\nTEL：03-3456-7890\n"
          "E-mail：eigyo-suishin@himawari.co.jp",
          "【このチラシのお問い合わせ】\nあけぼの不動産\n三重県津市丸之内2-3-4\nTEL 059-222-1234\ninfo-tsu@akebono.jp"]
PERSON_BLOCK = "宮本 和美\n三重県津市丸之内2-3-4\nTEL 059-222-1234\nkazumi.m@example.jp\n株式会社ひまわり保険サービス 御中"


def _found(detector, text, *entities):
    return sorted(d.text for d in detector.detect(text) if d.entity_type in entities)


def test_a_number_under_another_numbers_label_is_no_phone(detector):
    assert _found(detector, POLICY_ROWS, "PHONE") == ["045-520-6422", "080-3977-0699"]
    found = [_found(detector, line, "PHONE") for line in PROSE]
    assert [[p.strip("（(") for p in f] for f in found] == [["090-1111-2222"], ["090-3744-7151"], ["080-8077-5713"]]


@pytest.mark.parametrize("before, other", [("証券番号: ", True), ("保険証券No.: ", True), ("会員番号 ", True),
                                           ("お客様番号は ", True), ("品番: ", True), ("電話番号: ", False),
                                           ("携帯番号 ", False), ("FAX番号：", False), ("代表番号 ", False),
                                           ("番号: ", False), ("TEL ", False)])
def test_which_labels_name_another_number(before, other):
    text = before + "03-2822-0420"
    assert labelled_as_other_number(text, len(before)) is other


def test_a_shop_lists_rows_are_the_shops(detector):
    assert _found(detector, SHOPS, "PHONE", "ADDRESS") == []
    assert _found(detector, TITLED, "PHONE", "ADDRESS") == []
    assert _found(detector, CUSTOMERS, "PHONE", "ADDRESS") == ["059-222-1234", "三重県津市丸之内2-3-4"]


def test_an_organisations_block_with_no_person_is_its_own(detector):
    for block in BLOCKS:
        assert _found(detector, block, "PHONE", "ADDRESS", "EMAIL") == [], block
    assert _found(detector, PERSON_BLOCK, "PHONE", "ADDRESS", "EMAIL") == [
        "059-222-1234", "kazumi.m@example.jp", "三重県津市丸之内2-3-4"]


def test_a_desks_mailbox_is_not_a_persons(detector):
    assert _found(detector, "応募を受け付けました（採用窓口 hr-team2@cosmo.example.jp）。", "EMAIL") == []
    assert _found(detector, "From: kenshu@himawari.example.jp\nTo: yuki.nomura@example.net", "EMAIL") == [
        "yuki.nomura@example.net"]
    assert _found(detector, "担当：総務課 宮本 和美　kazumi.m@cosmo.example.jp", "EMAIL") == ["kazumi.m@cosmo.example.jp"]
    assert _found(detector, "From: uno88@example.jp\nSubject: Re: お問い合わせの件", "EMAIL") == ["uno88@example.jp"]
