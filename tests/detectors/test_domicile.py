"""A person's 本籍 wherever a record gives it (detectors.jp.sensitive.domicile), read from real
files by the scanner: labels spelt as forms and exports spell them, values of every shape,
the label beside, above or before its value; other places' labels (本店所在地, 原産地, 出身地)
and a guide that only names the word give nothing."""

import json
import re
import unicodedata

import pytest

from benchmarks.corpus import _pdf
from detectors.jp.sensitive.domicile import domiciles as domiciles_of
from detectors.jp.sensitive.domicile import is_domicile_label, is_place
from samples import writers as w


def domiciles(record):
    return sorted((f.location, f.text) for o in record.walk() for f in o.findings
                  if f.entity_type == "SENSITIVE" and f.category == "本籍")


@pytest.mark.parametrize("label", ["本籍", "本　　籍", "本 籍 地", "本籍(都道府県)", "本籍・国籍", "本籍地又は国籍",
                                   "本籍地住所", "本籍・筆頭者", "honseki", "honseki_pref", "Registered Domicile",
                                   "permanent_domicile", "HONSEKICHI"])
def test_a_domiciles_labels(label):
    assert is_domicile_label(label)


@pytest.mark.parametrize("label", ["所在地", "本店所在地", "本社", "原産地", "出身地", "勤務地", "日本籍", "国籍"])
def test_other_places_labels(label):
    assert not is_domicile_label(label)


def test_a_value_is_a_place_or_the_address_given():
    assert all(is_place(v) for v in ("静岡県", "東京都千代田区千代田一丁目1番", "大阪", "同上", "現住所に同じ", "韓国"))
    assert is_place("ベトナム") and not is_place("ベトナム", in_a_sentence=True)
    assert not any(is_place(v) for v in ("遠方", "記載", "勤務地区分", "入社日"))


@pytest.mark.slow
def test_labels_spelt_as_forms_spell_them_on_lines(scanner):
    lines = ["身上書", "氏名：長谷部 信之", "本　　籍　静岡県浜松市中区元城町103番地", "", "氏名：久米 早苗",
             "本籍・国籍：韓国", "", "氏名：相馬 隆", "本籍地又は国籍：福島県会津若松市追手町五番地の一", "",
             "氏名：芦田 朋美", "本籍(都道府県)：現住所に同じ"]
    found = domiciles(scanner.scan_bytes("身上書.txt", "\n".join(lines).encode("utf-8")))
    assert found == [("L12", "現住所に同じ"), ("L3", "静岡県浜松市中区元城町103番地"), ("L6", "韓国"),
                     ("L9", "福島県会津若松市追手町五番地の一")]


@pytest.mark.slow
def test_a_family_register_and_a_residents_entries(scanner):
    koseki = ["戸籍全部事項証明書（写）", "", "本　　籍　北海道函館市元町十五番", "氏　　名　五十嵐 克也"]
    assert domiciles(scanner.scan_bytes("戸籍.txt", "\n".join(koseki).encode("utf-8"))) == [("L3", "北海道函館市元町十五番")]
    resident = ["住民票の写し", "氏名　乙部 直人", "住所　埼玉県所沢市並木6丁目", "本籍・筆頭者　新潟県長岡市　乙部 直人"]
    found = domiciles(scanner.scan_bytes("住民票.txt", "\r\n".join(resident).encode("cp932")))
    assert found == [("L4", "新潟県長岡市")]


@pytest.mark.slow
def test_the_address_given_under_a_column_and_keys_of_exports(scanner):
    rows = ["社員番号,氏名,住所,本籍", "1001,御手洗 美雪,岐阜県高山市上一之町3-1,同上", "1002,東海林 麻衣,広島県呉市中央4-1-6,-"]
    assert domiciles(scanner.scan_bytes("身上.csv", "\n".join(rows).encode("utf-8"))) == [("D2", "同上")]
    records = [{"name": "相馬 隆", "honseki_pref": "岩手県"}, {"name": "芦田 朋美", "registered domicile": "大韓民国釜山広域市"}]
    found = domiciles(scanner.scan_bytes("staff.json", json.dumps(records, ensure_ascii=False).encode("utf-8")))
    assert {text for _, text in found} == {"岩手県", "大韓民国釜山広域市"}


@pytest.mark.slow
def test_a_label_above_its_value_and_two_cells_left_of_it(scanner):
    pdf = _pdf(["身上調書", "氏名 久米 早苗", "生年月日 1986/01/09", "Honseki", "三重県伊勢市宇治館町一番地", ""])
    assert [text for _, text in domiciles(scanner.scan_bytes("調書.pdf", pdf))] == ["三重県伊勢市宇治館町一番地"]
    sheet = w.xlsx_bytes({"様式": [["氏名", "", "五十嵐 克也"], ["生年月日", "", "1974/05/21"],
                                   ["Registered Domicile", "", "富山県"], []]})
    assert [text for _, text in domiciles(scanner.scan_bytes("調書.xlsx", sheet))] == ["富山県"]


@pytest.mark.slow
def test_other_places_and_a_guide_give_no_domicile(scanner):
    company = ["会社概要", "代表者：長谷部 信之", "本店所在地：東京都千代田区丸の内2丁目7番", "本社：大阪府大阪市中央区本町3丁目",
               "原産地：大分県"]
    assert domiciles(scanner.scan_bytes("会社概要.txt", "\n".join(company).encode("utf-8"))) == []
    team = ["No.,選手名,出身地", "1,相馬 隆,熊本県", "2,芦田 朋美,青森県八戸市"]
    assert domiciles(scanner.scan_bytes("選手.csv", "\n".join(team).encode("utf-8"))) == []
    guide = ["戸籍証明書の請求について", "担当：市民課 久米 早苗", "本籍地の市区町村役場で請求してください。",
             "本籍が遠方の場合は郵送でも請求できます。本籍を移すときは転籍届を出します。"]
    assert domiciles(scanner.scan_bytes("案内.txt", "\n".join(guide).encode("utf-8"))) == []


# The pattern the 本籍 reader replaced (before the sixth session of 2026-12-05): every value it read
# the reader reads too.
_OLDER_READING = re.compile(r"本籍(?:地)?(?: *: *| +|は|が|を)(?P<value>(?:[一-龥々ヶヵケ0-9\-]|丁目|番地)+)")


@pytest.mark.parametrize("value", ["福井県大野市春日", "奈良県奈良市春日", "大野市春日", "三重県桑名", "桑名郡木曽岬町",
                                   "千葉県山武郡横芝光町", "山形県西置賜郡白鷹町", "広島県廿日市", "静岡県浜松市浜名"])
def test_a_place_whose_last_name_ends_as_a_fields_name_does(value):
    """A town named 春日 or 桑名 ends in 日 or 名 as 入社日 and 氏名 do: a prefecture or a city
    before it says it is a place."""
    assert is_place(value)


@pytest.mark.parametrize("value", ["市町村名", "都道府県名", "出身市区町村名", "勤務地区分", "登録日", "筆頭者氏名"])
def test_a_fields_name_after_the_label_stays_no_place(value):
    assert not is_place(value)


@pytest.mark.parametrize("text", ["本籍 福井県大野市春日", "本籍：三重県桑名市大字東方", "本籍地 奈良県奈良市春日",
                                  "本籍は広島県廿日市とのこと", "本籍が大野市春日であり", "本籍: 静岡県浜松市浜名",
                                  "本籍 千代田区永田町一丁目", "本籍地　北海道札幌市中央区北一条西二丁目"])
def test_every_value_the_older_pattern_read_is_read(text):
    text = unicodedata.normalize("NFKC", text)  # as the detectors read it
    older = _OLDER_READING.search(text)["value"]
    found = [text[p.start:p.end] for p in domiciles_of(text, lambda _: False)]
    assert any(older.startswith(value) or value.startswith(older) for value in found), (older, found)
