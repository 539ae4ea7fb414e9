"""Issue 12, mail14: an organisation's own mailbox whose local part names no one (a
service's, a facility's, an event's, a body's on free mail) where the text places it as
the organisation's — a letterhead, a signature, a footer, a 申込先, a partner's or a
group's row, a mail it sends, a page that names nobody — and a person's own mailbox
beside it stays found. The real GiNZA detector; made-up people and bodies."""

import pytest

from detectors.contact_blocks import organisation_name_line
from detectors.own_mailbox_names import bodys_unnamed_mailbox, names_no_one


def _found(detector, text, entity="EMAIL"):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


@pytest.mark.parametrize("address", ["haisyoku@x.or.jp", "kifu@x.org", "volunteer@x.org", "natsumatsuri2026@x.jp",
                                     "hokenjo-yobou@x.lg.jp", "bosai-kyoshitsu@gmail.com", "desk01@x.jp"])
def test_a_local_part_of_a_service_a_place_or_an_event_names_no_one(address):
    assert names_no_one(address)


@pytest.mark.parametrize("address", ["taro.yamada@x.jp", "t-suzuki@x.jp", "mkobayashi@x.jp", "yamamoto1985@gmail.com",
                                     "tk-1985@x.jp", "jinji.kawabe@x.jp", "tanto.ooishi@x.jp", "sakura@x.jp"])
def test_a_local_part_with_a_name_or_initials_names_someone(address):
    assert not names_no_one(address)


def test_free_mail_and_an_isps_domain_are_anyones():
    assert bodys_unnamed_mailbox("kifu@npo-asunaro.org")
    assert not bodys_unnamed_mailbox("kifu.box@gmail.com") and not bodys_unnamed_mailbox("volunteer@example-isp.ne.jp")


def test_a_groups_kind_and_a_leading_legal_form_name_an_organisation():
    assert organisation_name_line("さくら子ども会") and organisation_name_line("図書館友の会")
    assert organisation_name_line("一般社団法人ねこの手ネットワーク")
    assert not organisation_name_line("山田 太郎")


@pytest.mark.parametrize("text", [
    "社会福祉法人ひだまり福祉会\nTEL 045-671-2201　FAX 045-671-2209\n配食サービス：haisyoku@hidamari-fukushi.or.jp\n",
    "小川 健二 様\n\nご寄付ありがとうございます。\n\n--\nNPO法人あすなろ 事務局\n担当：鈴木\n代表メール kifu@npo-asunaro.org\n",
    "入会のご案内\n申込先：NPO法人あすなろ 会員係　nyukai@npo-asunaro.org\n",
    "関係機関一覧\n機関名\t担当\t電話\tメール\n北部保健所\t予防係\t048-822-1110\thokenjo-yobou@pref-example.lg.jp\n",
    "From: natsumatsuri2026@aoba-jichikai.jp\nTo: kenji_ogawa@yahoo.co.jp\nSubject: 出店のご案内\n",
    "里親募集\n保護犬の里親を募集しています。\nわんこネット\nメール：adoption@wanko-net.org\n電話：045-671-2201\n",
])
def test_an_organisations_unnamed_mailbox_is_not_reported(detector, text):
    assert [m for m in _found(detector, text) if "ogawa" not in m] == [], text


def test_the_nameless_pages_line_goes_with_its_mailbox(detector):
    text = "里親募集\n保護犬の里親を募集しています。\nわんこネット\nメール：adoption@wanko-net.org\n電話：045-671-2201\n"
    assert _found(detector, text, "PHONE") == []


@pytest.mark.parametrize("text, mailbox", [
    ("会員名簿\n氏名\t電話\tメール\n山田 太郎\t090-1234-5678\ttaro.yamada@kaede-kaigo.co.jp\n", "taro.yamada@kaede-kaigo.co.jp"),
    ("ボランティア登録申込書\n氏名：山本 恵子\nメール：yamamoto1985@gmail.com\n\n申込先：NPO法人あすなろ volunteer@npo-asunaro.org\n",
     "yamamoto1985@gmail.com"),
    ("From: kenji_ogawa@yahoo.co.jp\nSubject: 入会希望\n", "kenji_ogawa@yahoo.co.jp"),
    ("メール: aoi.seibi@example.jp", "aoi.seibi@example.jp"),
    ("NPO法人あすなろ\n担当 山田 太郎\nメール taro.yamada@npo-asunaro.org\n", "taro.yamada@npo-asunaro.org"),
])
def test_a_persons_own_mailbox_beside_an_organisation_stays_found(detector, text, mailbox):
    assert mailbox in _found(detector, text)


@pytest.mark.parametrize("text", ["寮管理人 様\n\n総務課です。今月の予定を送ります。", "施設長 様\n\nいつもお世話になっております。",
                                  "園長 様", "保健師 様\n\n訪問の件です。", "寮監 様\n\nお疲れさまです。"])
def test_a_post_addressed_in_a_salutation_is_no_person(detector, text):
    assert _found(detector, text, "PERSON") == [], text


@pytest.mark.parametrize("text, name", [("佐藤 直人 様\n\nご連絡ありがとうございます。", "佐藤 直人"),
                                        ("鈴木 花子 様\n\nお世話になります。", "鈴木 花子")])
def test_a_named_reader_stays_a_person(detector, text, name):
    assert _found(detector, text, "PERSON") == [name]


def test_a_mailbox_the_reader_is_asked_to_write_to_is_the_desks(detector):
    text = "伊藤 花子 様\n\n会報をお送りします。\n返信は kaihou@npo-asunaro.org へ。\n"
    assert _found(detector, text) == []
    assert _found(detector, "伊藤 花子 様\nご返信は hanako.ito@example-isp.ne.jp へ。") == ["hanako.ito@example-isp.ne.jp"]


@pytest.mark.parametrize("address", ["arakaki12@mail.example.com", "sokonogi87@example.jp", "knumajiri53@example.co.jp",
                                     "steshigahara84@example.jp", "sfumiko30@kazemail.jp"])
def test_a_surname_no_list_holds_still_names_someone(address):
    assert not names_no_one(address)


def test_a_persons_bare_sender_with_a_rare_surname_stays_found(detector):
    text = "From: sokonogi87@example.jp\nTo: info@kitahama-alumni.example.jp\nSubject: 住所変更のお願い\n"
    assert _found(detector, text) == ["sokonogi87@example.jp"]


def test_a_numbered_members_mailbox_names_someone_and_a_numbered_desks_no_one():
    assert not names_no_one("user.399@mail.example.com") and not names_no_one("do_270@example.jp")
    assert names_no_one("desk01@example.jp") and names_no_one("natsumatsuri2026@example.jp")
