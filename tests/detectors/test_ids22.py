"""Issue 12, ids22: identifier numbers as six writers' offices lay them out — a header of
several rows (group titles merged over the column labels, two or three rows deep, column
labels longer than a unit's 年 | 月 | 日: マイナンバー, 振込先金融機関), and a ゆうちょ account
written 記号・番号 beside an account's words whatever its digits end in (never a 保険証's
記号・番号). The real GiNZA detector and scanner; made-up people and numbers."""

import pytest
from openpyxl import Workbook

from scanner.crawl import crawl

MY_NUMBER_SPACED, MY_NUMBER_PLAIN = "4821 3097 5610", "605721389463"  # valid check digits
PENSION = "2345-678901"


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


def _scanned(scanner, folder, entity) -> set[str]:
    return {f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
            for f in record.findings if f.entity_type == entity}


def test_group_titles_over_long_column_labels(scanner, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["職員名簿"])
    sheet.append([None, "職員", None, "公的番号", None, "口座情報"])
    sheet.merge_cells("B2:C2")
    sheet.merge_cells("D2:E2")
    sheet.append(["職員コード", "職員名", "入職日", "マイナンバー", "基礎年金番号", "振込先金融機関", "備考"])
    sheet.append(["S-101", "高木 健二", "2015/04/01", MY_NUMBER_SPACED, PENSION, "つばさ銀行 北支店", "なし"])
    sheet.append(["S-102", "宮本 修一", "2018/10/01", MY_NUMBER_PLAIN, "", "あおば信金 本店", "なし"])
    book.save(tmp_path / "職員名簿.xlsx")
    assert _scanned(scanner, tmp_path, "MY_NUMBER") == {"482130975610", "605721389463"}
    assert _scanned(scanner, tmp_path, "BASIC_PENSION_NUMBER") == {"2345678901"}


def test_a_header_three_rows_deep(scanner, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append([None, "本人", None, "番号類", None, "連絡先"])
    sheet.append([None, None, None, "税", "社会保険", None])
    sheet.append(["会員コード", "会員氏名", "ヨミガナ", "マイナンバー", "基礎年金番号", "緊急連絡先"])
    sheet.append(["M-20", "宮本 修一", "ミヤモト シュウイチ", MY_NUMBER_PLAIN, PENSION, "同居の母"])
    book.save(tmp_path / "会員台帳.xlsx")
    assert _scanned(scanner, tmp_path, "MY_NUMBER") == {"605721389463"}
    assert _scanned(scanner, tmp_path, "BASIC_PENSION_NUMBER") == {"2345678901"}


@pytest.mark.parametrize("text", [
    "返金先口座 ゆうちょ銀行 記号 12873 番号 4521098",
    "払戻口座: 記号13375 番号66120934",
    "お引落し：ゆうちょ（記号１４７２２　番号０３３８１５６２）"])
def test_a_yucho_pair_beside_an_accounts_words_whatever_its_digits(detector, text):
    assert len(_found(detector, text, "BANK_ACCOUNT")) == 1


@pytest.mark.parametrize("text", [
    "被保険者証 記号 12345 番号 12345678",
    "口座振替依頼書 受付 保険証 記号 13345 番号 23456789",
    "会員区分 記号 12345 番号 12345678"])
def test_no_yucho_pair_from_an_insurance_card_or_without_an_accounts_words(detector, text):
    assert _found(detector, text, "BANK_ACCOUNT") == []


def _documents_rows(kind_first: bool) -> list[str]:
    """Each row's document named beside its number: a My Number card's twelve digits (valid),
    a licence whose check digit fails, a passport."""
    shown = [("個人番号カード", MY_NUMBER_PLAIN), ("免許証", "301234567891"), ("旅券", "TZ7654321"),
             ("個人番号カード", "4821-3097-5610"), ("免許証", "302345678902"), ("旅券", "TZ1234765")]
    people = ["高木 健二", "宮本 修一", "北村 真理子", "須田 浩一", "栗田 恵美", "今泉 翔太"]
    return [f"{name},{kind},{number}" if kind_first else f"{name},{number},{kind}"
            for name, (kind, number) in zip(people, shown)]


def test_a_generic_number_column_beside_a_column_naming_each_rows_document(scanner, tmp_path):
    rows = ["来店日,来店者,番号,提示書類"] + [f"2026/05/0{day},{row}" for day, row in enumerate(_documents_rows(False), 1)]
    (tmp_path / "来店記録.csv").write_text("\n".join(rows), encoding="utf-8")
    assert _scanned(scanner, tmp_path, "MY_NUMBER") == {"605721389463", "482130975610"}
    assert _scanned(scanner, tmp_path, "DRIVERS_LICENSE") == {"301234567891", "302345678902"}


def test_a_number_followed_by_its_documents_name_in_the_next_cell(scanner, tmp_path):
    (tmp_path / "買取.csv").write_text("\n".join(_documents_rows(False)), encoding="utf-8")
    assert _scanned(scanner, tmp_path, "MY_NUMBER") == {"605721389463", "482130975610"}
    assert _scanned(scanner, tmp_path, "DRIVERS_LICENSE") == {"301234567891", "302345678902"}


def test_licences_failing_their_check_digit_agree_with_the_kind_named_beside_them(scanner, tmp_path):
    rows = ["受付,氏名,番号,書類", "1,高木 健二,301234567891,運転免許証", "2,宮本 修一,4821 3097 5610,マイナンバーカード",
            "3,北村 真理子,302345678902,運転免許証", f"4,須田 浩一,{MY_NUMBER_PLAIN},マイナンバーカード"]
    (tmp_path / "受付簿.csv").write_text("\n".join(rows), encoding="utf-8")
    assert _scanned(scanner, tmp_path, "DRIVERS_LICENSE") == {"301234567891", "302345678902"}
    assert _scanned(scanner, tmp_path, "MY_NUMBER") == {"605721389463", "482130975610"}


def test_a_sheet_without_a_header_naming_each_document_after_its_number(scanner, tmp_path):
    book = Workbook()
    for row in (["高木 健二", "4821-3097-5610", "マイナンバーカード", "3日"], ["宮本 修一", "301234567891", "免許証", "9日"]):
        book.active.append(row)
    book.save(tmp_path / "質受台帳.xlsx")
    assert _scanned(scanner, tmp_path, "MY_NUMBER") == {"482130975610"}
    assert _scanned(scanner, tmp_path, "DRIVERS_LICENSE") == {"301234567891"}
