"""Issue 12, insure10: a health-insurance card's numbers under English and romaji labels
and keys (Insurer No., Symbol, Number, Insured No., hoken_kigo, <CardNumber>, a YAML
insurance block), a 医療受給者証's 受給者番号 under its label (its 公費負担者番号 is the programme's,
no person's: none), none under a policy's, a pension's or an order's label; a bank host's headerless customer
record (a padded kind code or 普通, then the account, a kana holder in the row), not a
count before an order number. The real GiNZA detector; made-up people and numbers."""

import pytest

INSURER = "06271019"  # passes the 保険者番号 check digit
PAYER, RECIPIENT = "54136015", "1234566"  # 公費負担者番号 and 受給者番号, both passing the check


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


@pytest.mark.parametrize("text, found", [
    (f"Insurer No.: {INSURER}  Symbol: 3051  Number: 42", sorted([INSURER, "3051", "42"])),
    ("Health Insurance Card No.: 3051-42", ["305142"]),
    ("Insured No.: 12345678", ["12345678"]),
    ("hihokensha_no: 12345678", ["12345678"]),
    (f"kanja_mei: 相馬 千景\thokensha_no: {INSURER}\thoken_kigo: 3051\thoken_bango: 42", sorted([INSURER, "3051", "42"])),
    (f"<Patient><Name>相馬千景</Name><InsurerNumber>{INSURER}</InsurerNumber><CardSymbol>3051</CardSymbol>"
     "<CardNumber>42</CardNumber></Patient>", sorted([INSURER, "3051", "42"])),
    (f"patient:\n  name: 相馬 千景\n  insurance:\n    insurer: {INSURER}\n    symbol: '3051'\n    number: '42'",
     sorted([INSURER, "3051", "42"])),
    (f"公費負担者番号 {PAYER} 受給者番号 {RECIPIENT}", [RECIPIENT]),
    ("資格確認書の記号・番号・枝番：1234・56・01", ["12345601"])])  # the label of a card since 2021
def test_a_cards_numbers_under_english_and_romaji_labels(detector, text, found):
    assert _found(detector, text, "HEALTH_INSURANCE_NUMBER") == found


@pytest.mark.parametrize("text", [
    "Policy No.: 3051-42\tInsurance: 自動車",
    "pension_no: 1234567890",
    "Order No.: 3051-42",
    f"年金受給者番号 {RECIPIENT}",
    f"受付番号 {RECIPIENT}"])
def test_no_card_under_another_numbers_label(detector, text):
    assert _found(detector, text, "HEALTH_INSURANCE_NUMBER") == []


def test_a_bank_hosts_customer_record_without_a_header(detector):
    text = ("70100\t氏名(カナ): ｿｳﾏ ﾁｶｹﾞ\t氏名: 相馬千景\t01\t5530479\t20261110\n"
            "70101\t氏名(カナ): ﾊｽﾐ ﾀﾞｲｺﾞ\t氏名: 蓮見大吾\t普通\t9612368\t20261111")
    assert _found(detector, text, "BANK_ACCOUNT") == ["5530479", "9612368"]


@pytest.mark.parametrize("text", [
    "70200\t品名(カナ): ﾌﾞﾋﾝ\t品名: 部品\t01\t0013575\t20261120",  # no holder's name
    "70201\t氏名(カナ): ｿｳﾏ ﾁｶｹﾞ\t氏名: 相馬千景\t1\t0013575\t20261120"])  # a count, no padded code
def test_no_account_after_a_count_or_without_a_holder(detector, text):
    assert _found(detector, text, "BANK_ACCOUNT") == []


def test_an_insured_number_under_its_column_header_past_a_group_label(detector):
    """A sheet whose row of groups was read as its header: each cell carries the group's
    name (社会保険: ), the column's own 雇用保険番号 stands above the rows of values."""
    text = ("本人\t社会保険\t緊急連絡先\n"
            "本人: 氏名\t生年月日\t社会保険: 雇用保険番号\t基礎年金番号\t緊急連絡先: 氏名\n"
            "本人: 相馬 千景\t1980/04/01\t社会保険: 5530-479120-3\t1234567890\t緊急連絡先: 相馬 大吾\n"
            "本人: 蓮見 大吾\t1975/11/20\t社会保険: 9612-368004-1\t2345678901\t緊急連絡先: 蓮見 結衣\n"
            "本人: 真壁 結衣\t1990/02/14\t社会保険: 4401-220187-5\t3456789012\t緊急連絡先: 真壁 孝太\n"
            "本人: 事業所番号 1234-567890-1")
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == ["44012201875", "55304791203", "96123680041"]


def test_no_insured_number_under_another_columns_header_past_a_group_label(detector):
    text = ("本人\t管理\n"
            "本人: 氏名\t管理: 受付番号\n"
            "本人: 相馬 千景\t管理: 5530-479120-3\n"
            "本人: 蓮見 大吾\t管理: 9612-368004-1")
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == []
