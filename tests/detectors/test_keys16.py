"""Issue 12, keys16: business keys that pass the My Number check digit. A twelve-digit
number is a My Number only where its record says so. In XML an element's or an
attribute's name is the value's label (permit, kyokaBango, reservation, torokuBango), as a
CSV header is (許可, 鑑札, Permit); a headerless list of bookings or contacts
(a name beside a phone, a mail address, a party's size, a site) is no person's filing,
however many of its keys pass. A person's number under its own element or in a filing's
headerless row stays one. The real GiNZA detector and extractors; made-up people and numbers."""

import pytest
from stdnum.jp import in_

from scanner.crawl import crawl

KEYS = ("952494252555", "753769729885", "289831436280", "423446103014", "608521860276", "694833695152")
PEOPLE = (("長谷 亮介", "1971-02-03", "埼玉県川口市本町3丁目4番5号"), ("森田 栞", "1988-11-21", "千葉県船橋市本町1丁目2番3号"),
          ("江口 守", "1965-06-30", "茨城県水戸市三の丸2丁目1番1号"), ("桑原 怜", "1979-09-09", "栃木県宇都宮市旭1丁目5番8号"),
          ("平松 葵", "1992-01-17", "群馬県前橋市大手町2丁目3番1号"), ("大野 朔", "1983-04-04", "静岡県浜松市中区元城町1番1号"))


def _found(scanner, folder) -> list[str]:
    return sorted(f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
                  for f in record.findings if f.entity_type == "MY_NUMBER")


def _xml(element: str) -> str:
    """Records of persons (name, birth, address) with each key written by element."""
    rows = "\n".join(f"  <entry><shimei>{name}</shimei>{element.format(key=key)}<birth>{born}</birth>"
                     f"<address>{home}</address></entry>" for key, (name, born, home) in zip(KEYS, PEOPLE))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<roster>\n{rows}\n</roster>\n'


def test_the_numbers_of_these_tests_pass_their_check():
    assert all(in_.is_valid(k) for k in KEYS)


@pytest.mark.parametrize("element", [
    "<permit>{key}</permit>",
    "<kyokaBango>{key}</kyokaBango>",
    "<kyoka_bango>{key}</kyoka_bango>",
    '<license kind="仲卸">{key}</license>',  # an element with attributes of its own
    "<torokuBango>{key}</torokuBango>",
    "<reservation>{key}</reservation>",
    "<yoyakuNo>{key}</yoyakuNo>",
    "<uketsukeBango>{key}</uketsukeBango>",
    "<kanriBango>{key}</kanriBango>",
    '<kansatsu no="{key}"/>',  # 鑑札: a dealer's tag, the key as an attribute of its element
    '<ticket ref="{key}"/>',
    '<pass permitNumber="{key}"/>',
    "<certificate>\n    {key}\n  </certificate>",  # a pretty-printed element: the value on a line of its own
    "<permit><issued>2019-04-01</issued><no>{key}</no></permit>",  # a generic child: its record's element names it
    "<booking>\n      <code>{key}</code>\n    </booking>",
])
def test_an_elements_name_labels_its_value_as_another_records_key(scanner, tmp_path, element):
    (tmp_path / "roster.xml").write_text(_xml(element), encoding="utf-8")
    assert _found(scanner, tmp_path) == []


@pytest.mark.parametrize("element", [
    "<kojinBango>{key}</kojinBango>",
    "<myNumber>{key}</myNumber>",
    "<個人番号>{key}</個人番号>",
    "<value>{key}</value>",  # a name that says nothing: a run in persons' filings decides as before
])
def test_a_persons_number_under_its_own_or_no_name_is_found(scanner, tmp_path, element):
    (tmp_path / "roster.xml").write_text(_xml(element), encoding="utf-8")
    assert _found(scanner, tmp_path) == sorted(KEYS)


@pytest.mark.parametrize("header", ["許可", "鑑札", "Permit", "Licence", "登録", "予約"])
def test_a_header_naming_another_records_key_in_a_csv(scanner, tmp_path, header):
    rows = "\n".join(f"{name},{key},{born},{home}" for key, (name, born, home) in zip(KEYS, PEOPLE))
    (tmp_path / "list.csv").write_text(f"氏名,{header},生年月日,住所\n{rows}\n", encoding="utf-8")
    assert _found(scanner, tmp_path) == []


_PHONES = ("090-1234-0001", "080(2345)0002", "07034560003", "090-4567-0004", "080-5678-0005", "070-6789-0006")


@pytest.mark.parametrize("row", [
    "2027/03/1{n},{key},{name},{phone},guest{n}@example.jp,2名,C区画",  # a campsite's bookings
    "{key},{name},{phone},大人2名,2泊",
    "{key},{name},大人2 小人1,1泊2日,2027/08/1{n}",  # a tour's: the party and the stay, no contact
    "2027/04/0{n},{key},{name},{phone},10{n}号室",  # an inn's
    "{key},{name},{phone},guest{n}@example.jp",  # a contact list: a name beside a phone and a mail
    "{key},{name},S席,3列1{n}番,2027/05/02",  # tickets
    "2027/06/0{n},{key},{name},1階 D列{n}番",
])
def test_a_headerless_list_of_bookings_or_contacts_is_no_filing(scanner, tmp_path, row):
    lines = [row.format(n=n, key=key, name=name, phone=phone)
             for n, (key, (name, _, _), phone) in enumerate(zip(KEYS, PEOPLE, _PHONES))]
    (tmp_path / "202703.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _found(scanner, tmp_path) == []


@pytest.mark.parametrize("row", [
    "{n:03d},{name},{born},{key},{home}",  # a withholding export: birth and address beside the number
    "{n:03d},{name},{born},{key},{phone}",  # a payroll master's row with a phone: the birth says filing
    "{name},{key},{home}",
    "{n:06d},{name},{key}",  # a 収集 list: a staff number (no phone), the name, the number
])
def test_a_filings_headerless_run_is_found(scanner, tmp_path, row):
    lines = [row.format(n=n, key=key, name=name, born=born, home=home, phone=phone)
             for n, (key, (name, born, home), phone) in enumerate(zip(KEYS, PEOPLE, _PHONES))]
    (tmp_path / "export.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _found(scanner, tmp_path) == sorted(KEYS)
