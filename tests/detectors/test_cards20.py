"""Issue 12, cards20: payment cards in a headerless export's column (every value a brand's
prefix, length and Luhn; two brands at least), phones written with the country code in
any way (+81 after a lot's number, (+81), 0081, +81 and bare digits), a mobile in any
writing kept against an issuer's voice, a kin's or a report party's label after an
organisation on the line, a desk's mailbox closing a signature, a mail's recipient.
Made-up people, places and numbers (check digits computed here)."""

import pytest
from stdnum import luhn


def _card(prefix: str, length: int, seed: int) -> str:
    body = (prefix + "".join(str((seed * 7 + i * 3) % 10) for i in range(length)))[:length - 1]
    return body + luhn.calc_check_digit(body)


VISA, AMEX, JCB, DINERS, MASTER = (_card("4", 16, 1), _card("37", 15, 2), _card("3541", 16, 3), _card("36", 14, 4),
                                   _card("53", 16, 5))


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


def _scanned(scanner, name, data, entity):
    record = scanner.scan_bytes(name, data)
    return sorted(f.value for o in record.walk() for f in o.findings if f.entity_type == entity)


def test_a_brands_prefix_length_and_luhn():
    from detectors.columns.cards import card_brand

    assert [card_brand(n) for n in (VISA, AMEX, JCB, DINERS, MASTER)] == ["visa", "amex", "jcb", "diners", "mastercard"]
    assert card_brand(_card("35", 15, 6)) is None  # an IMEI's 15 digits: no JCB is 15 long
    assert card_brand(VISA[:-1] + str((int(VISA[-1]) + 1) % 10)) is None  # Luhn fails


def test_a_column_of_cards_of_several_brands_is_labelled():
    from detectors.columns.cards import card_columns

    columns = {0: ["A01", "A02", "A03", "A04"], 1: [VISA, "", AMEX, JCB], 2: [DINERS, MASTER, "", ""]}
    assert card_columns(columns, {0: "氏名"}) == {1: "カード番号"}  # one brand of column 2 is two values only
    member = [_card("4", 16, s) for s in range(4)]  # a system's own numbers: one prefix, one length
    imeis = [_card("35", 15, s) for s in range(4)]
    mixed = [VISA, AMEX, "1234567890123456", JCB]  # an order number among them: no column of cards
    assert card_columns({1: member, 2: imeis, 3: mixed}, {}) == {}


def _records(rows, width_name=20):
    return "\r\n".join(rows).encode("cp932") + b"\r\n"


_PEOPLE = [("R1001", "高槻 奈緒", "19820314", "072-681-3350"), ("R1002", "三雲 拓海", "19760902", "090-4417-2093"),
           ("R1003", "宇喜多 凛", "19900127", "080-3392-1184"), ("R1004", "新発田 蓮", "19651110", "0749-22-6071"),
           ("R1005", "七尾 紗季", "19881205", "070-5521-7730"), ("R1006", "日置 湊", "19580621", "06-6941-2287")]
_CARDS = [VISA, "", AMEX, JCB, DINERS, MASTER]


def _pad(value: str, width: int) -> str:
    return value + " " * (width - len(value.encode("cp932")))


def test_cards_in_a_fixed_width_export_without_a_header(scanner):
    rows = [_pad(i, 6) + _pad(n, 14) + d + " " + _pad(p, 14) + _pad(c, 16) for (i, n, d, p), c in zip(_PEOPLE, _CARDS)]
    data = ("HEAD RSV-EXPORT 20261206\r\n".encode() + _records(rows))
    assert _scanned(scanner, "RSV20261206.TXT", data, "CREDIT_CARD") == sorted(c for c in _CARDS if c)


def test_cards_in_a_headerless_csv(scanner):
    rows = [",".join((i, n, d, p, c, "8800")) for (i, n, d, p), c in zip(_PEOPLE, _CARDS)]
    data = "\n".join(rows).encode("utf-8")
    assert _scanned(scanner, "uketsuke.csv", data, "CREDIT_CARD") == sorted(c for c in _CARDS if c)


def test_a_column_of_member_numbers_with_a_check_digit_is_no_card(scanner):
    members = [_card("5", 16, s + 10) for s in range(6)]  # one brand's shape all through: a points card's
    rows = [",".join((i, n, d, p, m)) for (i, n, d, p), m in zip(_PEOPLE, members)]
    assert _scanned(scanner, "members.csv", "\n".join(rows).encode("utf-8"), "CREDIT_CARD") == []


@pytest.mark.parametrize("text, number", [
    ("宮城県仙台市青葉区一番町4-7-2　+81-22-261-4455", "+81-22-261-4455"),
    ("静岡県沼津市大手町3-1-5 +81 90 2218 6604", "+81 90 2218 6604"),
    ("緊急連絡先：0081-80-4402-1937", "0081-80-4402-1937"),
    ("Mobile: (+81) 70-3318-2290", "(+81) 70-3318-2290"),
    ("携帯番号 +818033182290", "+818033182290"),
])
def test_phones_written_with_the_country_code(detector, text, number):
    assert _found(detector, text, "PHONE") == [number]


def test_an_address_stops_before_a_phone_with_the_country_code(detector):
    addresses = _found(detector, "住所：福井県敦賀市本町2-9-14　＋８１－７７０－２２－５１１８", "ADDRESS")
    assert addresses == ["福井県敦賀市本町2-9-14"]


def test_a_mobile_in_any_writing_stays_against_the_issuers_voice(detector):
    for number in ("+81 80 4431 7720", "０９０－２２１４－６６０３", "(+81) 70-5520-1184"):
        text = (f"Thank you for booking.\nIf anything changes we will call you on {number}.\n\n"
                "――――\nHarbourside Swim Club\nTEL 0545-31-2207\nfront@harbourside-swim.example.jp\n")
        assert _found(detector, text, "PHONE") == [number]


@pytest.mark.parametrize("line", ["救急搬送：県立中央病院　連絡先（夫）：", "搬送先：日赤病院 母の連絡先 ", "発生場所：市営体育館　通報者：",
                                  "受診先：みなと整形外科　家族連絡先："])
def test_a_kin_or_a_reporters_number_after_an_organisation(detector, line):
    text = f"負傷者：早瀬 陽菜（1979年6月2日生）\n{line}080-2274-9156\n"
    assert _found(detector, text, "PHONE") == ["080-2274-9156"]


def test_a_desk_mailbox_closes_the_signature_above_it(detector):
    text = "二宮 亜紀 様\nご予約ありがとうございます。\n――――――\n花音\nTEL 0568-41-2207\nuketsuke@kanon.example.jp\n"
    assert _found(detector, text, "PHONE") == []
    clerk = "二宮 亜紀 様\nご予約を承りました。\n\n――――――\n和装レンタル 白鷺\n携帯 090-6613-2841\ninfo@shirasagi-wasou.example.jp\n"
    assert _found(detector, clerk, "PHONE") == ["090-6613-2841"]


def test_a_recipient_on_the_to_line_is_a_person(detector):
    header = "From: office@seaside-clinic.example.jp\nTo: nkosithandiwe@mail.example.jp\nSubject: ご案内\n"
    assert _found(detector, header, "EMAIL") == ["nkosithandiwe@mail.example.jp"]
    office = "From: a.hirose@example.jp\nTo: kosodate@town.example.lg.jp\nSubject: 相談\n"
    assert _found(detector, office, "EMAIL") == ["a.hirose@example.jp"]
    club = "From: r-tsukioka@example.org\nTo: manager@rowing-club.example.jp\nSubject: 入会\n"  # a person writes to a body
    assert _found(detector, club, "EMAIL") == ["r-tsukioka@example.org"]


def test_cards_in_a_payments_log_that_names_no_one(scanner):
    cards = [VISA, JCB, AMEX, MASTER, DINERS, JCB]
    rows = [f"2026-11-{d:02d} 1{d % 10}:05,POS-{d % 3 + 1},{c},{1200 + 310 * d}" for d, c in enumerate(cards, start=3)]
    assert _scanned(scanner, "settle_1130.csv", "\n".join(rows).encode("utf-8"), "CREDIT_CARD") == sorted(cards)


def test_a_kins_section_heading_after_the_hospitals(detector):
    text = ("事故報告書\n負傷者：早瀬 陽菜（1979年6月2日生）\n【搬送先】\n県立中央病院\n電話：0776-22-4410\n"
            "【家族】\n連絡先：080-2274-9156\n")
    assert _found(detector, text, "PHONE") == ["080-2274-9156"]


def test_a_desks_signature_quoted_in_a_reply(detector):
    text = ("花音 ご担当者様\n\n承知しました。当日は携帯 090-5512-7781 にお願いします。\n久我 真澄\n\n"
            "> 久我 真澄 様\n> ご予約ありがとうございます。\n> ――――\n> 花音\n> TEL 0568-41-2207\n> uketsuke@kanon.example.jp\n")
    assert _found(detector, text, "PHONE") == ["090-5512-7781"]
