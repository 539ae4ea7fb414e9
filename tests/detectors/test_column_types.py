"""Columns of a table without a header typed by their values (detectors.columns):
births, postal codes, addresses and names, and the look-alikes that are none of them."""

import datetime as dt

import pytest

from detectors.columns import column_labels
from detectors.columns.dates import birth_columns
from detectors.columns.names import name_columns
from detectors.columns.places import address_columns, postal_columns

TODAY = dt.date(2026, 12, 1)
NAMES = ["佐藤 健一", "鈴木 花子", "高橋 翔", "田中 美咲", "伊藤 大輔", "渡辺 由美"]
KANA = ["ｻﾄｳ ｹﾝｲﾁ", "ｽｽﾞｷ ﾊﾅｺ", "ﾀｶﾊｼ ｼｮｳ", "ﾀﾅｶ ﾐｻｷ", "ｲﾄｳ ﾀﾞｲｽｹ", "ﾜﾀﾅﾍﾞ ﾕﾐ"]
ADDRESSES = ["東京都練馬区豊玉北2-3-4", "大阪府吹田市江坂町1-22-3", "北海道旭川市四条通5-2-10",
             "愛知県岡崎市康生町6-2-6", "福岡県久留米市日吉町2-9-10", "宮城県石巻市中央3-18-9"]
POSTAL = ["1760012", "5640063", "0700034", "4440052", "8300017", "9860822"]
BIRTHS = ["19581027", "19780822", "19740721", "19560602", "19930415", "20010913"]


@pytest.mark.parametrize("births", [
    BIRTHS, ["1958/10/27", "1978/08/22", "1974/07/21", "1956/06/02", "1993/04/15", "2001/09/13"],
    ["S33.10.27", "S53.08.22", "S49.07.21", "S31.06.02", "H05.04.15", "平成13年9月13日"]])
def test_dates_spread_over_decades_and_lying_years_back_are_births(births):
    assert birth_columns({0: births}, TODAY) == {0}


@pytest.mark.parametrize("dates", [
    ["20261016", "20260901", "20260413", "20261102", "20260522", "20260710"],  # slips of one year
    ["19850401", "19900401", "19951001", "20010401", "20100401", "20150101"],  # joining dates, on the 1st
    ["20300101", "20351231", "20401015", "20451103", "20500709", "20551224"],  # ahead: expiry dates
    ["10000001", "10000002", "10000003", "10000004", "10000005", "10000006"],  # numbers
])
def test_other_date_columns_are_not_births(dates):
    assert birth_columns({0: dates}, TODAY) == set()


def test_of_two_spread_date_columns_the_later_by_decades_is_not_births():
    joined = ["19810315", "20000710", "19960210", "19801120", "20150305", "20240915"]  # mid-career, any day
    assert birth_columns({0: BIRTHS, 1: joined}, TODAY) == {0}


def test_addresses_and_the_postal_codes_beside_them():
    columns = {0: NAMES, 1: POSTAL, 2: ADDRESSES}
    assert address_columns(columns) == {2}
    assert postal_columns(columns, {2}) == {1}


def test_postal_codes_apart_from_the_address_count_when_they_agree_with_its_prefectures():
    phones = ["0312345678", "0661234567", "0166123456", "0564123456", "0942123456", "0225123456"]
    slips = ["3812004", "7741002", "2290413", "6610210", "1150032", "5518801"]  # agree with no prefecture
    columns = {0: POSTAL, 1: phones, 2: ADDRESSES, 3: phones, 4: slips}
    assert postal_columns(columns, {2}) == {0}


def test_zero_padded_numbers_beside_addresses_are_not_postal_codes():
    padded = ["0000123", "0000456", "0000789", "0001012", "0001345", "0001678"]
    assert postal_columns({0: padded, 1: ADDRESSES}, {1}) == set()


@pytest.mark.parametrize("values, label", [
    (NAMES, "氏名"), ([n.replace(" ", "　") for n in NAMES], "氏名"), ([n.replace(" ", "") for n in NAMES], "氏名"),
    (KANA, "氏名(カナ)"), (["サトウ ケンイチ", "スズキ ハナコ", "タカハシ ショウ", "タナカ ミサキ"], "氏名(カナ)")])
def test_name_columns(values, label):
    assert name_columns({0: values}) == {0: label}


@pytest.mark.parametrize("values", [
    ["ﾎﾞｰﾙﾍﾟﾝ ｸﾛ", "ｸﾘｱﾌｧｲﾙ ｱｵ", "ｺﾋﾟｰﾖｳｼ A4", "ﾌｾﾝ ｷｲﾛ", "ﾃﾞﾝﾀｸ ｵｵｶﾞﾀ"],  # products
    ["ｶ)ﾏﾙﾐﾂｼｮｳｼﾞ", "ﾕ)ﾀｶｷﾞｾｲｻｸｼｮ", "ｶ)ﾐﾄﾞﾘﾃｯｸ", "(ｶ)ｵｵｻﾜｻﾝｷﾞｮｳ", "ｶ)ﾋﾉﾃﾞﾌｰｽﾞ"],  # companies
    ["株式会社 山田商事", "有限会社 佐藤工業", "株式会社 鈴木建設", "合同会社 高橋企画", "株式会社 田中物産"],
    ["営業部", "総務課", "製造部", "経理課", "人事課"],
    ["ﾄｳｷｮｳﾄ ﾈﾘﾏｸ", "ｵｵｻｶﾌ ｽｲﾀｼ", "ﾎｯｶｲﾄﾞｳ ｱｻﾋｶﾜｼ", "ｱｲﾁｹﾝ ｵｶｻﾞｷｼ", "ﾌｸｵｶｹﾝ ｸﾙﾒｼ"],  # places
])
def test_look_alikes_of_names_are_not_names(values):
    assert name_columns({0: values}) == {}


def test_a_record_of_people_is_labelled_as_its_header_would_be():
    columns = {0: ["C001", "C002", "C003", "C004", "C005", "C006"], 1: NAMES, 2: KANA, 3: BIRTHS, 4: POSTAL,
               5: ADDRESSES, 6: ["20261016", "20260901", "20260413", "20261102", "20260522", "20260710"]}
    assert column_labels(columns, TODAY) == {1: "氏名", 2: "氏名(カナ)", 3: "生年月日", 4: "郵便番号", 5: "住所"}


def test_without_a_person_births_and_postal_codes_are_not_told():
    released = ["19950412", "19990823", "20030115", "20070630", "20110909", "19981204"]
    products = {0: ["2244964", "8575572", "3650246", "2401348", "8604482", "1234567"],
                1: ["ボールペン 黒", "ホチキス 針", "付箋 黄色", "電卓 大型", "トナー", "封筒 長3"], 2: released}
    assert column_labels(products, TODAY) == {}


def test_the_codes_of_a_master_of_places_are_town_codes():
    towns = {0: POSTAL, 1: ["東京都", "大阪府", "北海道", "愛知県", "福岡県", "宮城県"],
             2: ["練馬区豊玉北", "吹田市江坂町", "旭川市四条通", "岡崎市康生町", "久留米市日吉町", "石巻市中央"]}
    assert column_labels(towns, TODAY) == {0: "町域コード"}
