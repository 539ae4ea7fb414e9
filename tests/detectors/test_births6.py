"""Births as other hands write them (issue 12, births6): one- and two-row label | value
forms, a group title before a form's labels, an era in a column of its own, one-line
JSON, vCards, 生まれ beside a joining word, two-digit and 漢数字 years; the dates
beside them that are no births. The real GiNZA detector, real files; synthetic values."""

import json

import pytest

from samples import writers as w
from scanner.crawl import crawl
from scanner.extract.split_dates import date_column_starts, joined_dates

BIRTHS = [
    ("新入社員の件\n\n木下 春香さん（1998年4月12日生まれ）が配属されます。", {"1998-04-12"}),
    ("入学予定者：小松 葵（H20.6.3生）", {"2008-06-03"}),
    ("生年月日：85年4月12日", {"1985-04-12"}),
    ("生年月日 '85.4.12", {"1985-04-12"}),
    ("生年月日：一九八五年四月十二日", {"1985-04-12"}),
    ("生年月日：1985(S60)年4月12日", {"1985-04-12"}),
    ("Date of birth: 12th April 1985", {"1985-04-12"}),
    ("BDAY:19850412", {"1985-04-12"}),
    ('{"shimei": "木下 春香", "seinengappi": "1985-04-12"}', {"1985-04-12"}),
    # not births
    ("2026年4月1日生産分より価格を改定します。", set()),
    ("令和8年4月1日生徒会選挙", set()),
    ("発行日：85年4月12日", set()),
    ("申込締切 '26.4.12", set()),
    ("昭和60年4月12日", set()),  # no birth word: a date
    ("木下さんは1998年生まれ。\n4月1日より受け入れます（2026/04/01）。", set()),
]


@pytest.mark.parametrize("text,expected", BIRTHS)
def test_births_other_hands_write(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"} == expected


def _births(scanner, folder) -> set[str]:
    return {f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
            for f in record.findings if f.entity_type == "DATE_OF_BIRTH"}


@pytest.mark.slow
@pytest.mark.parametrize("rows", [
    [["氏名", "木下 春香", "生年月日", "昭和60年4月12日"]],
    [["氏名", "木下 春香", "生年月日", "S60.4.12"], ["受付日", "2026/04/20", "区分", "新規"]],
    [["入居者", "氏名", "木下 春香"], ["", "生年月日", "昭和60年4月12日"], ["", "入居日", "2026/04/20"]],
], ids=["one row", "two rows", "group title"])
def test_short_forms_in_word(scanner, tmp_path, rows):
    w.write_docx(tmp_path / "申込書.docx", ["申込書"], rows)
    assert _births(scanner, tmp_path) == {"1985-04-12"}


@pytest.mark.slow
def test_a_one_row_form_in_a_spreadsheet(scanner, tmp_path):
    w.write_xlsx(tmp_path / "登録.xlsx", {"登録": [["登録票"], ["お名前", "木下 春香", "生年月日", "1985/04/12",
                                                                 "登録日", "2026/04/20"]]})
    assert _births(scanner, tmp_path) == {"1985-04-12"}


@pytest.mark.slow
def test_an_era_in_a_column_of_its_own(scanner, tmp_path):
    (tmp_path / "a.csv").write_text("氏名,元号,生年月日,入社日\n木下 春香,昭和,60年4月12日,2010/04/01\n"
                                    "小松 葵,平成,3年11月3日,2015/04/01\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("氏名,元号,生年,月,日\n木下 春香,昭和,60,4,12\n", encoding="utf-8")
    assert _births(scanner, tmp_path) == {"1985-04-12", "1991-11-03"}


def test_an_era_column_joins_the_date_after_it():
    starts = date_column_starts({0: "氏名", 1: "元号", 2: "生年", 3: "月", 4: "日", 5: "入社日"})
    assert starts == {1, 2}
    cells = joined_dates([(0, "木下"), (1, "昭和"), (2, "60"), (3, "4"), (4, "12"), (5, "2010/04/01")], starts)
    assert cells == [(0, "木下"), (2, "昭和60年4月12日"), (5, "2010/04/01")]
    assert date_column_starts({0: "元号", 1: "備考"}) == frozenset()


@pytest.mark.slow
def test_one_line_json_and_vcards(scanner, tmp_path):
    people = [{"display_name": "木下 春香", "birthday": "1985-04-12", "updated": "2026-04-20"},
              {"display_name": "小松 葵", "birthday": "1991-11-03", "updated": "2026-05-01"}]
    (tmp_path / "members.json").write_text(json.dumps(people, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "card.vcf").write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:木下 春香\r\nBDAY:1979-02-03\r\n"
                                       "REV:20260420T090000Z\r\nEND:VCARD\r\n", encoding="utf-8")
    assert _births(scanner, tmp_path) == {"1985-04-12", "1991-11-03", "1979-02-03"}
