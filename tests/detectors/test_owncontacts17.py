"""Issue 12, owncontacts17: the organisation's own contacts in footers, headers and
signatures — a one-line footer (name, 〒, address, TEL, mailbox) closing a record, a mail's
header between an office's desks, an inn's account to pay into; and the people beside
them kept. The real GiNZA detector; made-up people, places and numbers."""

import pytest


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


def _values(detector, text):
    return {(d.entity_type, d.text) for d in detector.detect(text)}


# --- a one-line footer: the organisation's name, then its 〒, address, phone and mailbox ------

FOOTER_NAMES = [
    "出張洗車サービス アクアリーフ",  # a service's kind, then its name in katakana
    "みどり川の自然を守る会",  # a group named for its cause: …を守る会
    "あさひ台がん患者家族の会",  # …の会
    "北浜市民吹奏楽団",  # a band
    "東和自動車学校",  # a school (already known: the mailbox below is the class)
]


@pytest.mark.parametrize("name", FOOTER_NAMES)
def test_a_one_line_footer_under_a_persons_record_is_the_organisations(detector, name):
    text = ("ご利用記録\n\n"
            "氏名 岩佐 和真　電話 090-3141-5926\n"
            "ご住所 福井県福井市大手2-7-11\n\n"
            f"{name}　〒812-0011 福岡県福岡市博多区博多駅前3-4-5　TEL 092-471-3322　E-mail hyoka@tsuki-example.jp\n")
    found = _values(detector, text)
    assert ("PHONE", "090-3141-5926") in found and ("ADDRESS", "福井県福井市大手2-7-11") in found
    assert not {value for value in found if value[0] in ("POSTAL_CODE", "EMAIL")
                or value[1] in ("092-471-3322", "福岡県福岡市博多区博多駅前3-4-5")}
    assert not [v for t, v in found if t == "PERSON" and v not in ("岩佐 和真",)]


def test_the_footer_after_a_mail_addressed_to_a_customer(detector):
    text = ("黒澤 真由美 様\n\n"
            "ご予約ありがとうございます。以下の内容で承りました。\n"
            "訪問先：〒371-0023 群馬県前橋市本町2-9-4 メゾン朝倉105\n"
            "ご連絡先：080-2718-2818\n"
            "備考：ご主人が車椅子をご利用のため、玄関前の駐車は不可とのこと\n\n"
            "出張洗車サービス アクアリーフ　〒812-0011 福岡県福岡市博多区博多駅前3-4-5　TEL 092-471-3322"
            "　E-mail support@aqualeaf-example.jp\n")
    found = _values(detector, text)
    assert ("PHONE", "080-2718-2818") in found and ("POSTAL_CODE", "〒371-0023") in found
    assert ("PHONE", "092-471-3322") not in found and ("POSTAL_CODE", "〒812-0011") not in found
    assert not [v for t, v in found if t == "PERSON" and "アクアリーフ" in v]


def test_a_person_signing_the_footer_keeps_their_own_mailbox(detector):
    text = ("議事メモ\n\n"
            "東和自動車学校　〒812-0011 福岡県福岡市博多区博多駅前3-4-5　TEL 092-471-3322　担当 岩佐 和真"
            "　E-mail kiwasa@towa-example.jp\n")
    assert _found(detector, text, "EMAIL") == ["kiwasa@towa-example.jp"]


@pytest.mark.parametrize("mailbox", ["mkobayashi@towa-example.jp", "takeshi.mori@towa-example.jp"])
def test_a_name_in_the_footers_mailbox_keeps_it_a_persons(detector, mailbox):
    text = f"東和自動車学校　〒812-0011 福岡県福岡市博多区博多駅前3-4-5　TEL 092-471-3322　E-mail {mailbox}\n"
    assert _found(detector, text, "EMAIL") == [mailbox]


# --- a mail's header between the desks of one office ---------------------------------------

@pytest.mark.parametrize("desk", ["honsha", "shisha", "sensei", "incho", "shocho", "daihyo", "nyugaku", "annai"])
def test_a_desk_named_for_a_post_or_a_site_is_no_ones(detector, desk):
    text = f"From: {desk}@kitakaze-example.co.jp\nTo: eigyosho@kitakaze-example.co.jp\nSubject: 書類の件\n"
    assert _found(detector, text, "EMAIL") == []


def test_a_person_at_the_offices_domain_stays(detector):
    text = "From: honsha@kitakaze-example.co.jp\nTo: r.iwasa@kitakaze-example.co.jp\nSubject: 書類の件\n"
    assert _found(detector, text, "EMAIL") == ["r.iwasa@kitakaze-example.co.jp"]


# --- an inn's account to pay into ------------------------------------------------------------

@pytest.mark.parametrize("line", ["振込先：山陰銀行 温泉町支店 普通 3141592 名義 ハナミズキテイ",
                                  "お支払先　みなと信用金庫 本店 当座 2718281 口座名義 ヤドリギソウ"])
def test_an_account_to_pay_into_in_a_text_naming_nobody(detector, line):
    text = f"宿泊のご案内\n{line}\n"
    assert _found(detector, text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize("line", ["振込先：山陰銀行 温泉町支店 普通 3141592 名義 ヤマダタロウ",
                                  "給与振込先：山陰銀行 温泉町支店 普通 3141592 名義 ハナミズキテイ",
                                  "振込先：山陰銀行 温泉町支店 普通 3141592"])
def test_a_persons_account_stays(detector, line):
    assert _found(detector, f"{line}\n", "BANK_ACCOUNT") == ["普通 3141592"]


def test_an_account_beside_a_person_stays(detector):
    text = "返金のご依頼\n氏名 岩佐 和真\n振込先：山陰銀行 温泉町支店 普通 3141592 名義 イワサカズマ\n"
    assert _found(detector, text, "BANK_ACCOUNT") == ["普通 3141592"]


# --- two desks' words glued, a dealer's or a garage's kind, the shop's own phone ----------------

@pytest.mark.parametrize("desk", ["jimukumiai", "soumukakari", "eigyohonbu"])
def test_two_role_words_glued_name_a_desk(detector, desk):
    text = f"From: kanri@minami-kensetsu-example.jp\nTo: {desk}@minami-kensetsu-example.jp\nSubject: 件\n"
    assert _found(detector, text, "EMAIL") == []


def test_a_name_glued_to_a_role_word_stays_a_persons(detector):
    text = "To: jimukawase@minami-kensetsu-example.jp\nSubject: 件\n"
    assert _found(detector, text, "EMAIL") == ["jimukawase@minami-kensetsu-example.jp"]


def test_a_dealers_notes_with_its_own_phone_and_footer(detector):
    text = ("申し送り帳　あおい新聞 北口販売所\n"
            "新規 林　健吾 様 福岡県久留米市東町3-2-1 から。電話 0942-71-2468\n"
            "店の電話 0942-33-1234　配達は4時から\n"
            "あおい新聞 北口販売所　〒830-0023　福岡県久留米市中央町2丁目8番17号\n")
    found = _values(detector, text)
    assert ("PHONE", "0942-71-2468") in found and ("ADDRESS", "福岡県久留米市東町3-2-1") in found
    assert not {v for v in found if v[1] in ("0942-33-1234", "〒830-0023", "福岡県久留米市中央町2丁目8番17号")}


def test_a_garages_line_closing_an_estimate(detector):
    text = "車検見積書\n\nお客様 林　健吾 様　0942-72-3070\n\n担当 フロント\n\nカワセ自動車整備 0942-59-3261\n"
    assert _found(detector, text, "PHONE") == ["0942-72-3070"]


# --- a desk by its function asked to be called, a flyer's line announcing an event --------------

def test_a_desk_by_its_function_before_a_landline(detector):
    text = ("面談記録\n保護者（林 健吾）にも電話 0942-71-2468 で連絡済み。\n\n"
            "※全体連絡は教務 03-4451-7788 まで。\n")
    assert _found(detector, text, "PHONE") == ["0942-71-2468"]


def test_a_line_announcing_an_event_gives_the_issuers_phone(detector):
    assert _found(detector, "合格者の声 2026\n学校説明会のご案内 電話 03-4451-7788\n", "PHONE") == []


def test_a_persons_phone_on_a_guides_line_in_a_text_naming_someone_stays(detector):
    text = "ご案内\n林 健吾 様　電話 0942-71-2468\n"
    assert _found(detector, text, "PHONE") == ["0942-71-2468"]
