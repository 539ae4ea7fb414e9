"""Issue 12, bank26b: an account named by the rows around it rather than by its own label.
A 振込先 block (rows or keys naming a lender, a branch and a deposit kind) makes its bare
番号 / no an account, and only its bare one; a ゆうちょ 記号 and 番号 may sit on rows of their
own; a holder written as a 法人 in kana is an organisation. Made-up people and numbers;
real files, the real detector."""

import json

from samples import writers as w

ACCOUNT = "4072395"


def accounts(scanner, name: str, data: bytes) -> list[str]:
    record = scanner.scan_bytes(name, data)
    return sorted(f.value for o in record.walk() for f in o.findings if f.entity_type == "BANK_ACCOUNT")


def test_a_bare_number_row_below_lender_branch_and_kind_rows_is_an_account(scanner):
    rows = [["自動払込申込書"], ["会員番号", "5190274"], ["引落先", "あおば信用金庫"], ["取扱支店", "駅東支店"],
            ["預金種目", "普通"], ["番号", ACCOUNT]]
    assert accounts(scanner, "form.xlsx", w.xlsx_bytes({"用紙": rows})) == [ACCOUNT]


def test_the_same_rows_without_a_deposit_kind_name_no_account(scanner):
    rows = [["自動払込申込書"], ["引落先", "あおば信用金庫"], ["取扱支店", "駅東支店"], ["番号", ACCOUNT]]
    assert accounts(scanner, "form.xlsx", w.xlsx_bytes({"用紙": rows})) == []


def test_a_records_no_beside_codes_of_lender_and_branch_is_an_account(scanner):
    other = "6158302"
    data = {"members": [{"name": "Kudo Rie", "pay": {"institution": "0177", "office": "204", "kind": 1,
                                                                     "no": ACCOUNT}},
                        {"name": "Sano Jun", "ticket": {"no": other, "type": 2}}]}
    assert accounts(scanner, "members.json", json.dumps(data, indent=2).encode("utf-8")) == [ACCOUNT]


def test_a_postal_passbooks_mark_and_number_on_lines_of_their_own(scanner, tmp_path):
    path = tmp_path / "note.pdf"
    w.write_pdf(path, [["払込みの控え（ゆうちょ）", "氏名　工藤 理恵", "通帳記号　14270", "通帳番号　35092871"]])
    assert accounts(scanner, "note.pdf", path.read_bytes()) == ["35092871"]


def test_a_holder_written_as_a_corporation_in_kana_is_the_organisations_own(scanner):
    text = f"会費のご案内\nお支払いは あおば信用金庫 駅東支店 普通 {ACCOUNT} 名義 ガッコウホウジン ミドリガクエン へ。"
    assert accounts(scanner, "notice.txt", text.encode("utf-8")) == []
