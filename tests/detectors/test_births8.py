"""Births and bank accounts as other hands write them (issue 12, births8): a host's
元号コード under a birth label, a date after a cell that is only a birth label, a bare
age after the date in a roster whose header was lost, births said in a sentence, a
family table's lines without a header; 預金種目 abbreviated, another number's label
beside bank words. The real GiNZA detector, real files; synthetic values."""

import pytest

from samples import writers as w
from scanner.crawl import crawl

BIRTHS = [
    # a host's 元号コード (3 昭和, 4 平成) under a birth label; the 社会保険 code (5 昭和) first
    ("生年月日 3580302", {"1983-03-02"}),
    ("生年月日: 4050302", {"1993-03-02"}),
    ("生年月日 5580302", {"1983-03-02"}),
    ("入社日 4050302", set()),
    # a cell that is only a birth label before the date's
    ("生年月日\t1983.03.02", {"1983-03-02"}),
    ("応募者: 生年月日\t山田花子: 平成5年3月2日", {"1993-03-02"}),
    ("生年月日: \t入社日: 2020/04/01", set()),
    ("生年月日: 1983/03/02\t2020/04/01", {"1983-03-02"}),
    # a bare age after the date (the age today, or a year less)
    ("班長　山田太郎　昭和60年4月12日　{age85}　本郷3-25", {"1985-04-12"}),
    ("山田太郎\t1983/03/02\t{age83}\t東京都", {"1983-03-02"}),
    ("山田太郎 1983/03/02 {age83_off}", set()),
    ("2010/04/01 {age10} 件", set()),
    ("2010年4月1日 {age10} 名様", set()),
    # said in a sentence
    ("山田さんは1983年3月2日に生まれました。", {"1983-03-02"}),
    ("長男は令和2年4月1日に産まれました。", {"2020-04-01"}),
    ("私は平成5年3月2日の生まれです。", {"1993-03-02"}),
    ("当店は2020年4月1日に生まれ変わりました。", set()),
    # parts one a cell, under one label; a year and a birthday in two fields are not joined
    ("生年月日: 昭和\t生年月日: 58\t生年月日: 年\t生年月日: 3\t生年月日: 月\t生年月日: 2\t生年月日: 日生", {"1983-03-02"}),
    ("生年月日\t昭和58年\t3月\t2日\t生", {"1983-03-02"}),
    ("生年: 1941年\t誕生日: 10月29日\t", set()),
    ("2020年4月1日に生放送", set()),
    # a family table's lines without a header
    ("扶養親族\n長女　山田 花　平成22年8月1日\n配偶者　山田 和子　昭和60年5月6日", {"2010-08-01", "1985-05-06"}),
    ("（夫）山田一郎　S58.3.2", {"1983-03-02"}),
    ("父 山田一郎 2019年4月1日 死亡", set()),
    ("配偶者 山田花子 2019/4/1 資格取得", set()),
    ("本人確認 2025/4/1", set()),
    ("子育て支援 2020/4/1", set()),
]


def _aged(text: str) -> str:
    import datetime as dt

    today = dt.date.today()

    def age(born: dt.date) -> int:
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return text.format(age85=age(dt.date(1985, 4, 12)), age83=age(dt.date(1983, 3, 2)),
                       age83_off=age(dt.date(1983, 3, 2)) + 7, age10=today.year - 2010)


@pytest.mark.parametrize("text,expected", BIRTHS)
def test_births_other_hands_write(detector, text, expected):
    assert {d.value for d in detector.detect(_aged(text)) if d.entity_type == "DATE_OF_BIRTH"} == expected


ACCOUNTS = [
    ("（普）1234567", {"1234567"}),
    ("普 1234567", {"1234567"}),
    ("ﾌﾂｳ 1234567", {"1234567"}),
    ("ﾄｳｻﾞ 2345678", {"2345678"}),
    ("普及 1234567", set()),
    ("振込先 三井住友銀行 渋谷支店\n受注No. 1234567", set()),
    ("銀行振込でお支払いください。請求番号 1234567", set()),
    ("口座振替 契約番号 1234567", set()),
    ("口座振替 会員ID 7654321 引落口座 普通預金 1234567", {"1234567"}),
    ("普通預金 No.1234567", {"1234567"}),
    ("口座番号(7桁)\t1234567", {"1234567"}),
]


@pytest.mark.parametrize("text,expected", ACCOUNTS)
def test_accounts_other_hands_write(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "BANK_ACCOUNT"} == expected


def _found(scanner, folder, entity) -> set[str]:
    return {f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
            for f in record.findings if f.entity_type == entity}


@pytest.mark.slow
def test_a_key_value_sheet_read_with_its_first_row_as_header(scanner, tmp_path):
    w.write_xlsx(tmp_path / "申込.xlsx", {"申込": [["会員氏名", "山田 花子"], ["生年月日", "平成5年3月2日"],
                                                 ["入会日", "2026/04/20"]]})
    assert _found(scanner, tmp_path, "DATE_OF_BIRTH") == {"1993-03-02"}


@pytest.mark.slow
@pytest.mark.parametrize("row", [
    ["生年月日", "昭和", "58", "年", "3", "月", "2", "日生", "（満", "43", "歳）"],
    ["生年月日", "昭和58年", "3月", "2日"],
    ["", "昭和", "58", "年", "3", "月", "2", "日", "生"],
], ids=["parts", "parts with units", "生 after"])
def test_a_birth_one_part_a_cell(scanner, tmp_path, row):
    w.write_xlsx(tmp_path / "履歴書.xlsx", {"履歴書": [["履 歴 書"], ["氏名", "山田 太郎"], row, ["入社日", "2020", "年", "4", "月",
                                                                                     "1", "日"]]})
    assert _found(scanner, tmp_path, "DATE_OF_BIRTH") == {"1983-03-02"}


@pytest.mark.slow
def test_host_era_codes_under_a_birth_header(scanner, tmp_path):
    rows = ["社員番号,氏名,生年月日,入社日", "1001,山田太郎,3580302,20100401", "1002,佐藤花子,4020118,20150401"]
    (tmp_path / "hr.csv").write_text("\n".join(rows), encoding="utf-8")
    assert _found(scanner, tmp_path, "DATE_OF_BIRTH") == {"1983-03-02", "1990-01-18"}


@pytest.mark.slow
def test_a_zengin_transfer_file_gives_the_payees_accounts_not_the_payers(scanner, tmp_path):
    def pad(text: str, n: int) -> str:
        return text.ljust(n)[:n]
    records = ["1210" + pad("0001234567", 10) + pad("ｶ)ｻﾝﾌﾟﾙｼｮｳｼﾞ", 40) + "1025" + "0001" + pad("ﾐｽﾞﾎ", 15) + "100"
               + pad("ﾎﾝﾃﾝ", 15) + "1" + "7777777" + pad("", 17)]
    for bank, account, kana in (("0005", "2345678", "ﾔﾏﾀﾞ ﾀﾛｳ"), ("0009", "3456789", "ｻﾄｳ ﾊﾅｺ")):
        records.append("2" + bank + pad("ｷﾞﾝｺｳ", 15) + "215" + pad("ｼﾃﾝ", 15) + "    " + "1" + account + pad(kana, 30)
                       + "0000250000" + "0" + pad("", 20) + "7" + " " + pad("", 7))
    records += ["8" + "000002" + "000000500000" + pad("", 101), "9" + pad("", 119)]
    (tmp_path / "sohfuri.txt").write_bytes("\r\n".join(records).encode("cp932"))
    assert _found(scanner, tmp_path, "BANK_ACCOUNT") == {"2345678", "3456789"}
