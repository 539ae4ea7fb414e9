"""Issue 12, ids24: identifiers read by where they stand — a host's fixed-width record whose
My Number filled its field and ran into the next one, a headerless column of cards written
in four groups, a headerless order export whose order numbers pass the My Number check
beside the card the customer paid with, a residence card's number glossed in brackets
after its holder's name, a birth written bare after an identity document's number, a roll
parted by full-width slashes, and a customer's debit account above a 法人番号 footer.
Made-up people and numbers with valid check digits; real files, the real detector."""

from stdnum import luhn
from stdnum.jp import in_ as my_number


def _my(eleven: str) -> str:
    return eleven + my_number.calc_check_digit(eleven)


def _card(fifteen: str) -> str:
    return fifteen + luhn.calc_check_digit(fifteen)


MY = [_my(n) for n in ("31415926535", "27182818284", "16180339887", "14142135623", "17320508075",
                       "22360679774", "26457513110", "30000000007")]
CARDS = [_card(n) for n in ("411111222233334", "545454123412341", "353011112222333", "401288881234567",
                            "520082828210000", "356600201234567")]


def found(scanner, name: str, data: bytes, entity: str) -> list[str]:
    record = scanner.scan_bytes(name, data)
    return sorted(f.value for o in record.walk() for f in o.findings if f.entity_type == entity)


def _grouped(number: str, sep: str, size: int = 4) -> str:
    return sep.join(number[i:i + size] for i in range(0, len(number), size))


# --- a host's record whose My Number ran into the next field ---------------------------

def _staff_master() -> bytes:
    """社員マスタ as a script dumps it: staff number, name in kana, birth, My Number in a field
    sized for twelve digits and a blank (written 4-4-4 by some clerks), 雇用保険番号, phone."""
    names = ["ﾀﾑﾗ ｶｽﾞﾔ", "ｵｶﾞﾜ ﾐﾕｷ", "ｽｷﾞﾓﾄ ｹﾝ", "ﾆｼﾀﾞ ﾊﾅｺ", "ﾏﾂｵｶ ﾘｮｳ", "ｷﾀﾑﾗ ｻｴ", "ﾊﾞﾝﾄﾞｳ ｼﾞﾝ", "ﾓﾘﾀ ｱﾕﾐ"]
    lines = []
    for n, (name, my) in enumerate(zip(names, MY)):
        written = my if n % 3 == 0 else _grouped(my, "-" if n % 3 == 1 else " ")
        # padded as a script pads (ljust never cuts): a number wider than its field pushes the rest right
        field = written.ljust(13) + " "
        lines.append(f"{n + 101:06d}  {name.ljust(12)}  {19600101 + n * 30103}  {field}"
                     f"{5001 + n:04d}-{220000 + n * 7:06d}-{n % 10}  03-5{n}00-12{n}4")
    return ("\r\n".join(lines) + "\r\n").encode("cp932")


def test_my_numbers_of_a_fixed_width_record_that_ran_into_the_next_field(scanner):
    assert found(scanner, "SHAIN.DAT", _staff_master(), "MY_NUMBER") == sorted(MY)  # (values as digits)


def test_my_numbers_written_in_groups_in_every_record_stay_whole(scanner):
    rows = [f"S{n:03d}  {name.ljust(12)} {_grouped(my, ' ')}  19{70 + n}0{n + 1}15" for n, (name, my) in
            enumerate(zip(["ﾀﾑﾗ ｶｽﾞﾔ", "ｵｶﾞﾜ ﾐﾕｷ", "ｽｷﾞﾓﾄ ｹﾝ", "ﾆｼﾀﾞ ﾊﾅｺ", "ﾏﾂｵｶ ﾘｮｳ", "ｷﾀﾑﾗ ｻｴ"], MY))]
    data = ("\r\n".join(rows) + "\r\n").encode("cp932")
    assert found(scanner, "KOJIN.DAT", data, "MY_NUMBER") == sorted(MY[:6])


# --- a headerless column of cards written in groups --------------------------------------

def test_a_headerless_column_of_cards_in_four_groups(scanner):
    people = [("北村 紗英", "sae.k@example.org"), ("坂東 仁", "jin-bando@example.net"), ("森田 歩", "ayumi@example.com"),
              ("西田 花子", "hanako.n@example.jp"), ("松岡 亮", "ryo.matsuoka@example.org"), ("杉本 健", "ken_s@example.net")]
    rows = [f"{name},{mail},{_grouped(card, ' ' if n % 2 else '-')},2025/0{n + 1}/15"
            for n, ((name, mail), card) in enumerate(zip(people, CARDS))]
    data = ("\n".join(rows) + "\n").encode("utf-8")
    assert len(found(scanner, "yoga_members.csv", data, "CREDIT_CARD")) == len(CARDS)


# --- a headerless order export: its order numbers are no My Numbers ----------------------

def test_order_numbers_beside_the_card_paid_with_are_no_my_numbers(scanner):
    addresses = ["大阪府堺市堺区大浜北町1-2-3", "京都府宇治市宇治妙楽5-6", "兵庫県姫路市本町8-9-10",
                 "奈良県奈良市三条町11-12", "滋賀県大津市浜町13-14", "和歌山県和歌山市本町15-16"]
    rows = [f"{my},顧客{n}号 田中,{address},06-6{n}12-34{n}5,{card},2026/03/{n + 10}"
            for n, (my, address, card) in enumerate(zip(MY, addresses, CARDS))]
    data = ("\n".join(rows) + "\n").encode("utf-8")
    assert found(scanner, "orders_0312.csv", data, "MY_NUMBER") == []
    assert len(found(scanner, "orders_0312.csv", data, "CREDIT_CARD")) == len(CARDS)


# --- a residence card glossed after its holder's name --------------------------------------

def test_a_residence_card_in_brackets_after_the_holders_name(scanner):
    mail = ("From: 日本語学校 教務 <kyomu@school.example.jp>\nTo: desk@example.jp\nSubject: 受講者のご連絡\n\n"
            "受講者：NGUYEN VAN AN（QR73510246TS）\n前回欠席：2回\n").encode("utf-8")
    assert found(scanner, "renraku.eml", mail, "RESIDENCE_CARD") == ["QR73510246TS"]


def test_the_cards_shape_in_brackets_after_a_date_is_no_gloss(scanner):
    text = "納品 2026年4月（QR73510246TS）\n".encode("utf-8")
    assert found(scanner, "memo.txt", text, "RESIDENCE_CARD") == []


def test_a_residence_card_before_its_holders_birth(scanner):
    text = "WANG FANG, QR73510246TS, 1988.03.02, 第二工場 寮B棟\n".encode("utf-8")
    assert found(scanner, "koushin.txt", text, "RESIDENCE_CARD") == ["QR73510246TS"]


# --- a birth bare after an identity document's number ----------------------------------------

def test_a_birth_bare_after_a_passport_number(scanner):
    text = ("渡航者一覧の件、以下の通りです。\n"
            "ヤマモト ケンジ, TR4820517, 1979-03-08\n").encode("utf-8")
    assert found(scanner, "tokou.txt", text, "DATE_OF_BIRTH") == ["1979-03-08"]


def test_a_birth_bare_before_a_passport_number(scanner):
    text = "搭乗者 KUDO MAI 1984/10/21 TZ3051742\n".encode("utf-8")
    assert found(scanner, "manifest.txt", text, "DATE_OF_BIRTH") == ["1984-10-21"]


def test_a_passports_own_dates_after_its_number_are_no_birth(scanner):
    text = ("ヤマモト ケンジ　旅券 TR4820517　2031/03/08\n"  # an expiry: ahead
            "ヤマモト ユキ　旅券 TR4820518　2019/11/02\n").encode("utf-8")  # an issue: under ten years back
    assert found(scanner, "tokou.txt", text, "DATE_OF_BIRTH") == []


# --- a roll parted by full-width slashes ----------------------------------------------------

def test_births_in_a_roll_parted_by_full_width_slashes(scanner):
    rows = ["講師名簿", "田村 和也／090-3141-5926／1975.6.3／日本画", "小川 美幸／080-2718-2818／1982.12.24／書道",
            "杉本 健／070-1618-0339／1969.1.30／茶道", "西田 花子／090-1414-2135／1990.8.8／華道"]
    data = ("\n".join(rows) + "\n").encode("utf-8")
    assert found(scanner, "kousi.txt", data, "DATE_OF_BIRTH") == ["1969-01-30", "1975-06-03", "1982-12-24", "1990-08-08"]


# --- a customer's debit account above the issuer's 法人番号 ---------------------------------

def test_a_customers_debit_account_above_a_corporate_number_footer(scanner):
    text = ("ご利用明細\n小川 美幸 様\n口座振替口座：みなと銀行 三宮支店 普通 4120739\n"
            "法人番号 1234567890123\n").encode("utf-8")
    assert found(scanner, "meisai.txt", text, "BANK_ACCOUNT") == ["4120739"]
