"""Issue 12, mynum12: a twelve-digit number passing the My Number check is a My Number by
its own label, column, key or a person's record, never by the check digit alone. 個人
alone is no My Number's label (個人年金, 個人会員, 個人事業主 name other records); a label
on the line above its value counts past a blank line (a PDF's paragraphs), and any
number's word there names another number (需要家番号); 「ご契約は …」 names a contract;
keiyaku_bango is a key's name. A run of numbers that all pass decides only in a
person's row with no contract's cell (its product, its state). The real GiNZA
detector; made-up people and numbers."""

import pytest
from stdnum.jp import in_

KEYS = ("176749365367", "861564985029", "942849815402", "123456789018", "381204765514", "514209837718")


def _found(detector, text):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == "MY_NUMBER")


def _rows(line: str) -> str:
    return "\n".join(line.format(key=key, n=n) for n, key in enumerate(KEYS))


def test_the_numbers_of_these_tests_pass_their_check():
    assert all(in_.is_valid(k) for k in KEYS)


@pytest.mark.parametrize("text", [
    "氏名\t個人年金保険 証券番号\n" + _rows("氏名: 西田 修\t個人年金保険 証券番号: {key}"),  # a header read before each cell
    _rows("個人会員番号：{key}"),
    "事業者台帳\n" + _rows("個人事業主 登録番号\t{key}"),  # a sheet's key-value rows
    "\n".join(f"お名前\n\n水野 葵\n\n需要家番号\n\n{key}\n" for key in KEYS),  # a PDF's paragraphs
    _rows("加入者番号：{key}"),
    _rows("松井 翼様のご契約は{key}です。"),
    "\n".join(f'  {{"shimei": "松井 翼", "keiyaku_bango": "{key}"}}' for key in KEYS)])
def test_a_key_under_another_records_label_is_no_my_number(detector, text):
    assert _found(detector, text) == []


@pytest.mark.parametrize("text", [
    _rows("松井 翼,1980/02/1{n},{key},終身保険,有効,12000"),  # a policy list: its holder's name and birth
    _rows("{key}\tﾐｽﾞﾉ ｱｵｲ\tS55.4.1{n}\t火災共済\t継続"),
    _rows("{key},2026/04/1{n},3")])  # no person at all
def test_a_run_outside_a_persons_filing_decides_nothing(detector, text):
    assert _found(detector, text) == []


@pytest.mark.parametrize("text", [
    _rows("{n:04d},松井 翼,1980/02/1{n},{key},4500000,120000"),  # a payroll export with no header
    _rows("ﾐｽﾞﾉ ｱｵｲ\tS55.4.1{n}\t{key}\t3200000"),
    "\n".join(f"shimei\t西田 修\nkojin_bango\t{key}\n" for key in KEYS[:3]),
    "\n".join(f"個人番号カード番号：{key}" for key in KEYS[:2]) + "\n個人No.：" + KEYS[2]])
def test_a_persons_number_is_found(detector, text):
    assert _found(detector, text) == sorted(k for k in KEYS if k in text)
