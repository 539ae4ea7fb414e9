"""Issue 12, keys18b: a member's record and an organisation's own account.

- A headerless list of a shop's or a club's members (a card number passing the My Number
  check, the name, a birth date for the birthday offer, a mail address, a postal code
  alone, points) is no person's filing: the forms of 個人番号関係事務 hold the address and
  no mail address. A filing's row with its address keeps its numbers, mail or not.
- Such a list's postal code column in the code's own shape (123-4567) beside the
  member's phones is his postal code though no address or landline agrees with it; a
  column of keys in that shape that counts up is not.
- The account a person repays a loan into or pays a fee into (償還先口座, 返済先口座,
  納付先口座, 払込先口座) is the lender's or the payee's, never the person's; the account
  the loan is paid into (振込口座) stays the person's.
The real GiNZA detector and extractors; made-up people and numbers."""

import pytest
from stdnum.jp import in_

from scanner.crawl import crawl

CARDS = ("856574825581", "222985969100", "252558470762", "339982906110", "200729819866", "467858376764")
MEMBERS = (("イシザキ ナオ", "1972/03/14", "330-0841", "048-645-2210", "nao.i@example.net"),
           ("ツジモト ケン", "19850722", "262-0033", "090-3321-7788", "k-tsuji@example.org"),
           ("森岡 初音", "1966/12/01", "060-0042", "011(231)4456", "hatsune77@example.com"),
           ("PHAM MINH TU", "1990/08/30", "812-0011", "08055129034", "pham.tu@example.net"),
           ("ヨシカワ ミオ", "19580105", "530-0001", "06-6345-9012", "mio.y@example.org"),
           ("能登 一平", "1979/05/19", "920-0853", "076-221-3344", "ippei.noto@example.com"))
HOMES = ("埼玉県さいたま市大宮区大門町2丁目1番", "千葉県千葉市花見川区幕張町4丁目5番", "北海道札幌市中央区北2条西3丁目1番",
         "福岡県福岡市博多区博多駅前1丁目2番", "大阪府大阪市北区梅田3丁目4番", "石川県金沢市広岡1丁目6番")


_MOBILES = ("080-4417-2093", "090-2258-6614", "070-9031-4478", "090-1176-3305", "080-6642-1187", "090-5523-9940")


def _found(scanner, folder, entity_type) -> list[str]:
    return sorted(f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
                  for f in record.findings if f.entity_type == entity_type)


def _write(folder, name, row, encoding="utf-8", separator=","):
    lines = [row.format(card=card, mobile=_MOBILES[n], name=name_, born=born, code=code, phone=phone, mail=mail, home=home, n=n,
                        points=120 * n + 37).replace(",", separator)
             for n, (card, (name_, born, code, phone, mail), home) in enumerate(zip(CARDS, MEMBERS, HOMES))]
    (folder / name).write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))


def test_the_card_numbers_of_these_tests_pass_the_my_number_check():
    assert all(in_.is_valid(card) for card in CARDS)


@pytest.mark.parametrize("row, encoding, separator", [
    ("{card},{name},{born},{code},{phone},{mail},{points}", "cp932", ","),  # a point card's members
    ("{card},{name},{mail},{born},{points}", "utf-8", ","),  # no phone, no code: the mail alone
    ("{card},{name},{born},{code},{mail},ゴールド", "utf-8", "\t"),  # a club's members, a rank
    ("{n:04d},{card},{name},{born},{phone},{mail}", "utf-8", ","),
])
def test_a_members_headerless_list_is_no_filing(scanner, tmp_path, row, encoding, separator):
    _write(tmp_path, "members.tsv" if separator == "\t" else "members.csv", row, encoding, separator)
    assert _found(scanner, tmp_path, "MY_NUMBER") == []


@pytest.mark.parametrize("row", [
    "{n:03d},{name},{born},{card},{home},{mail}",  # a staff master's row: the address decides, mail or not
    "{name},{card},{born},{home}",
    "{name},{card},{born},横浜市港北区日吉{n}-2-3,{mail}",  # an address opening with its municipality
])
def test_a_filings_row_with_its_address_keeps_its_numbers(scanner, tmp_path, row):
    _write(tmp_path, "staff.csv", row)
    assert _found(scanner, tmp_path, "MY_NUMBER") == sorted(CARDS)


@pytest.mark.parametrize("row", [
    "{card},{name},{born},{code},{phone},{mail},{points}",
    "{name},{code},{phone},{points}",  # the code between the name and the phone, nothing else
])
def test_a_hyphenated_code_column_beside_phones_is_postal(scanner, tmp_path, row):
    _write(tmp_path, "members.csv", row.replace("{phone}", "{mobile}"), "cp932")  # mobiles: no area code agrees
    assert _found(scanner, tmp_path, "POSTAL_CODE") == sorted(member[2].replace("-", "") for member in MEMBERS)


@pytest.mark.parametrize("row", [
    "{name},30{n}-10{n}5,{mobile},{points}",  # keys counting up
    "{name},{born},{mobile},{code}",  # a goods' number after the phone (a pawnshop's 品番), no 〒 before 電話
])
def test_a_column_in_the_codes_shape_not_read_as_his_code(scanner, tmp_path, row):
    _write(tmp_path, "slips.csv", row)
    assert _found(scanner, tmp_path, "POSTAL_CODE") == []


_LOAN = """<?xml version="1.0" encoding="UTF-8"?>
<kashitsuke>
  <kensu>
    <shimei>{name}</shimei>
    <jusho>{home}</jusho>
    <{paid}>ゆうちょ以外 普通 {own}</{paid}>
    <{repaid}>普通 {lender}</{repaid}>
  </kensu>
</kashitsuke>
"""


@pytest.mark.parametrize("repaid", ["償還先口座", "返済先口座", "納付先口座", "払込先口座", "返納先口座"])
def test_the_account_a_person_repays_into_is_the_lenders(scanner, tmp_path, repaid):
    for n, (member, home) in enumerate(zip(MEMBERS, HOMES)):
        text = _LOAN.format(name=member[0], home=home, paid="振込口座", own=f"47{n}1236", repaid=repaid, lender=f"88{n}4052")
        (tmp_path / f"loan{n}.xml").write_text(text, encoding="utf-8")
    found = _found(scanner, tmp_path, "BANK_ACCOUNT")
    assert not any("4052" in value for value in found)
    assert sum("1236" in value for value in found) == len(MEMBERS)
