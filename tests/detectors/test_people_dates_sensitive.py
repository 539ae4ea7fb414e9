"""PERSON, ADDRESS, DATE_OF_BIRTH and 要配慮 terms: test tables."""

import pytest

CASES = [
    ("PERSON", "氏名: 山田太郎", ["山田太郎"]),
    ("PERSON", "佐藤 花子様", ["佐藤 花子"]),
    ("PERSON", "ヤマダ タロウ", ["ヤマダ タロウ"]),
    ("PERSON", "担当の鈴木さんへ", ["鈴木"]),
    ("PERSON", "ジョン・スミス様", ["ジョン・スミス"]),
    ("PERSON", "Name: Taro Yamada", ["Taro Yamada"]),
    ("PERSON", "株式会社山田製作所 大阪支店", []),
    ("PERSON", "Tokyo Station", []),
    # surnames addressed by a job title, also where the dictionary reads them as places
    ("PERSON", "出席者：田中部長、佐々木係長、岡田課長", ["田中", "佐々木", "岡田"]),
    ("PERSON", "1. 山田町の新店舗について", []),
    ("PERSON", "清水港と松本城を見学", []),
    # a name field's whole value, furigana, katakana foreign names, romaji beside a name
    ("PERSON", "氏名: 松本煌星", ["松本煌星"]),
    ("PERSON", "ふりがな: やまだ たろう", ["やまだ たろう"]),
    ("PERSON", "フリガナ: アライ ココア", ["アライ ココア"]),
    ("PERSON", "氏名(カナ): ニシムラ ハナコ", ["ニシムラ ハナコ"]),
    ("PERSON", "対応者: 藤井", ["藤井"]),
    ("PERSON", "ワン・ウェイ部長", ["ワン・ウェイ"]),
    ("PERSON", "佐藤 健一（Kenichi Sato）", ["佐藤 健一", "Kenichi Sato"]),
    ("PERSON", "ご契約者名　阿部 葵 様", ["阿部 葵"]),
    ("PERSON", "顧客名: 株式会社サンプル", []),
    ("PERSON", "担当者: 未定", []),
    ("PERSON", "名前を呼ばれた順に入室してください。", []),
    ("PERSON", "Passport No.", []),
    ("PERSON", "データ センターの移設", []),
    ("PERSON", "052-230-7858\t\n林 真由美\t〒530-0001", ["林 真由美"]),  # 林 read as a noun after a row
    ("PERSON", "請　求　書\n発行日 令和8年10月31日", []),  # katakana words with a space, no name context
    ("ADDRESS", "住所 東京都千代田区丸の内1-1-1", ["東京都千代田区丸の内1-1-1"]),
    ("ADDRESS", "大阪府大阪市北区梅田1丁目2番3号 梅田ハイツ101号室", ["大阪府大阪市北区梅田1丁目2番3号 梅田ハイツ101号室"]),
    ("ADDRESS", "現住所：神奈川県横浜市西区みなとみらい２－３－１", ["神奈川県横浜市西区みなとみらい２－３－１"]),
    ("ADDRESS", "東京都庁で会議", []),
    ("ADDRESS", "本社所在地 東京都千代田区丸の内1-1-1 丸の内ビル10F", []),
    ("ADDRESS", "住所1: 広島県広島市中区基町\t住所2: 3-1-15", ["広島県広島市中区基町"]),  # a split address
    ("ADDRESS", "勤務地: 東京都新宿区", []),
    ("ADDRESS", "東京都新宿区西新宿2-8-1\t03-1234-5678", ["東京都新宿区西新宿2-8-1"]),  # the next cell is not a room
    ("ADDRESS", "東京都新宿区で開催します", []),
    ("DATE_OF_BIRTH", "生年月日 昭和45年6月7日", ["昭和45年6月7日"]),
    ("DATE_OF_BIRTH", "昭和45年6月7日生", ["昭和45年6月7日生"]),
    ("DATE_OF_BIRTH", "生年月日 S45.6.7", ["S45.6.7"]),
    ("DATE_OF_BIRTH", "誕生日 H02/01/08", ["H02/01/08"]),
    ("DATE_OF_BIRTH", "生年月日 令和元年5月1日", ["令和元年5月1日"]),
    ("DATE_OF_BIRTH", "生年月日 昭和四十五年六月七日", ["昭和四十五年六月七日"]),
    ("DATE_OF_BIRTH", "生年月日 1990年1月2日", ["1990年1月2日"]),
    ("DATE_OF_BIRTH", "生年月日 ㍼45年6月7日", ["㍼45年6月7日"]),
    ("DATE_OF_BIRTH", "生年月日 昭和64年1月8日", []),  # impossible: 平成 began on 1989-01-08
    ("DATE_OF_BIRTH", "生年月日 H31.5.1", []),
    ("DATE_OF_BIRTH", "生年月日 R1.4.30", []),
    ("DATE_OF_BIRTH", "契約日 2020年4月1日", []),
    ("DATE_OF_BIRTH", "2020年4月1日", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("entity, text, expected", CASES)
def test_people_addresses_dates(detector, entity, text, expected):
    assert [d.text for d in detector.detect(text) if d.entity_type == entity] == expected


@pytest.mark.slow
def test_date_of_birth_value_is_the_iso_date_and_the_mask_hides_it(detector):
    (found,) = [d for d in detector.detect("生年月日 昭和四十五年六月七日") if d.entity_type == "DATE_OF_BIRTH"]
    assert found.value == "1970-06-07" and "四十五" not in found.masked


@pytest.mark.slow
@pytest.mark.parametrize("text, categories", [
    ("田中一郎さんは糖尿病で通院中", {"病歴"}),
    ("氏名\t山田太郎\t障害者手帳\t2級", {"障害"}),
    ("佐藤 花子 本籍 大阪府", {"本籍"}),
    ("組合員 鈴木太郎 (090-1234-5678)", {"労働組合"}),
    ("糖尿病の予防についての記事です。", set()),  # no person: not a finding
    ("労働組合の定期大会のお知らせ", set()),
    ("宗教法人の会員向けのご案内です。", set()),
])
def test_sensitive_terms_only_when_tied_to_a_person(detector, text, categories):
    found = [d for d in detector.detect(text) if d.entity_type == "SENSITIVE"]
    assert {d.category for d in found} == categories
    assert all(d.masked.startswith(f"{d.category}: ") for d in found)


@pytest.mark.slow
def test_names_and_dates_stay_inside_their_cell_and_row(detector):
    from detectors.fields import Field, compose_rows

    rows = [("2", [Field("A2", "サトウ ハナコ", ("フリガナ",)), Field("B2", "1980-04-01", ("生年月日",))]),
            ("3", [Field("A3", "山田 太郎", ("氏名",)), Field("B3", "1990-01-02", ("生年月日",))])]
    text, spans = compose_rows(rows)
    found = [(d.entity_type, d.text) for d in detector.detect(text)]
    assert ("PERSON", "サトウ ハナコ") in found and ("PERSON", "山田 太郎") in found
    assert ("DATE_OF_BIRTH", "1980-04-01") in found
    assert all("\t" not in t and "\n" not in t for _, t in found)


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("氏名: 勅使河原 煌星", "勅使河原 煌星"),  # a given name the dictionary does not know
    ("担当: 小鳥遊 心愛様", "小鳥遊 心愛"),
    ("名前：ンガイ・ボンゴ", "ンガイ・ボンゴ"),  # untagged: the NER tier on the label's value
])
def test_rare_and_foreign_names(detector, text, name):
    assert [d.text for d in detector.detect(text) if d.entity_type == "PERSON"] == [name]
