"""Issue 12, bank26: bank accounts in shapes no corpus writer had used. The bank's and the
branch's codes joined to the account by dashes (0009-418-3056217) are an account when an
account's word stands beside them, never alone; a form sheet that puts two label-value
pairs on a row (種別 | 普通 | 口座番号 | 3056217) gives the number its label in the cell
before it, whatever header the reader composed over it. Made-up people and numbers;
real files, the real detector."""

import pytest

from samples import writers as w

ACCOUNT = "3056217"


def accounts(scanner, name: str, data: bytes) -> list[str]:
    record = scanner.scan_bytes(name, data)
    return sorted(f.value for o in record.walk() for f in o.findings if f.entity_type == "BANK_ACCOUNT")


@pytest.mark.parametrize("line", [
    f"支払先メモ\n渡辺 精一：0009-418-{ACCOUNT}（当座）",
    f"振込先　0009-418-{ACCOUNT}",
    f"銀行コード 0009-418-{ACCOUNT} 普通預金",
])
def test_bank_branch_and_account_codes_joined_by_dashes_beside_an_accounts_word(scanner, line):
    assert accounts(scanner, "memo.txt", line.encode("utf-8")) == [ACCOUNT]


@pytest.mark.parametrize("line", [
    f"渡辺 精一 0009-418-{ACCOUNT}",  # no bank word at all: never an account
    f"管理番号 0009-418-{ACCOUNT}",  # another number's label
])
def test_the_same_codes_without_an_accounts_word_are_no_account(scanner, line):
    assert accounts(scanner, "memo.txt", line.encode("utf-8")) == []


def _pairs_sheet(label: str, number) -> bytes:
    rows = [["振込先届出書"], ["届出者", "渡辺 精一", "区分", "変更"],
            ["金融機関名", "なぎさ銀行", "支店名", "本店"],
            ["種別", "普通", label, number], ["名義", "ワタナベ セイイチ"]]
    return w.xlsx_bytes({"届出": rows})


@pytest.mark.parametrize("number", [ACCOUNT, int(ACCOUNT)])
def test_a_form_sheets_number_labelled_by_the_cell_before_it(scanner, number):
    assert accounts(scanner, "todoke.xlsx", _pairs_sheet("口座番号", number)) == [ACCOUNT]


def test_a_form_sheets_number_under_another_label_is_no_account(scanner):
    assert accounts(scanner, "todoke.xlsx", _pairs_sheet("整理番号", ACCOUNT)) == []


def _notice(addressee: str, payee_line: str) -> bytes:
    return "\n".join(["町内清掃のお知らせ", addressee, "参加費は五百円です。", payee_line]).encode("utf-8")


def test_a_notices_bare_payee_is_the_senders_account(scanner):
    assert accounts(scanner, "oshirase.txt", _notice("班長各位", f"振込先 なぎさ銀行 本店 普通 {ACCOUNT}")) == []


@pytest.mark.parametrize("addressee, payee_line", [
    ("渡辺 精一 様", f"振込先 なぎさ銀行 本店 普通 {ACCOUNT}"),  # a notice to one person: the payee is theirs
    ("班長各位", f"渡辺さんの給与振込先 なぎさ銀行 本店 普通 {ACCOUNT}"),  # the line says whose it is
])
def test_a_notices_account_addressed_to_one_person_or_named_as_theirs_stays(scanner, addressee, payee_line):
    assert accounts(scanner, "oshirase.txt", _notice(addressee, payee_line)) == [ACCOUNT]


def test_a_form_sheets_number_that_lost_its_leading_zero_keeps_its_label_in_the_cell_before(scanner):
    assert accounts(scanner, "todoke.xlsx", _pairs_sheet("口座番号", int("0452173"))) == ["0452173"]
