"""Births where a roster's header was lost (issue 12, births14): a date beside the person's
sex, each alone in its field (a PDF's lines, a headerless export, a roster pasted into a
mail); a later day of the same row, a date within the year, a sex under a header whose date
has another label are no births. The real GiNZA detector; synthetic values."""

import pytest

# (text, dates of birth found, as ISO dates)
CASES = [
    ("CL　岩崎 真由美　女　1972/07/06　長野県松本市中央1-2-3　090-1234-5678", {"1972-07-06"}),
    ("SL　大友 健吾　男　S50.10.29　東京都杉並区阿佐谷南2-3-4", {"1975-10-29"}),
    ("篠田理沙,女,平成7年9月28日,神奈川県横浜市港北区日吉1-1", {"1995-09-28"}),
    ("大友 健吾\t男性\t昭和58年10月24日\t2026/04/01", {"1983-10-24"}),
    ("篠田 理沙 1985/5/6 女性 会社員", {"1985-05-06"}),
    ("岩崎 真由美 | 女 | 1991/01/30 | 090-2222-3333", {"1991-01-30"}),
    # not a birth: a later day in a row that holds an earlier one, a date within the year
    ("大友 健吾,男,2015/04/01,1980/03/14", set()),  # the row's earlier date is not beside the sex: no word says
    ("受付 2026/11/02 男 2026/11/02 来所", set()),
    # under a header: the date's own label decides
    ("氏名\t性別\t入社日\n大友 健吾\t男\t2015/04/01", set()),
    ("氏名\t性別\t生年月日\n大友 健吾\t男\t1980/04/01", {"1980-04-01"}),
    # 長男, 女子 are no sex fields
    ("長男 2015年4月1日 入学", set()),
    ("女子会 2019/5/20 開催", set()),
]

# labels and layouts: a bare 生 or 生まれ as a key, one record to a column (labels down the left,
# people across), a long English label in a row of pairs, Excel's d-mmm-yy under a birth label
LABELS = [
    ("氏名: 大友 健吾\n生: 1980/03/14", {"1980-03-14"}),
    ("氏名\t生まれ\n篠田 理沙\t昭和52年6月20日", {"1977-06-20"}),
    ("学生: 2020/04/13", set()),
    ("氏名\t岩崎 真由美\t大友 健吾\t篠田 理沙\n生年月日\t1971/05/14\t1983/10/24\t1990/02/17",
     {"1971-05-14", "1983-10-24", "1990-02-17"}),
    ("受診日\t2026/05/14\t2026/05/15\t2026/05/16", set()),
    ("氏名: 岩崎 真由美\t大友 健吾\n生年月日: 1971/05/14\t1983/10/24", {"1971-05-14", "1983-10-24"}),
    ("生\t1966/02/28", {"1966-02-28"}),
    ("生まれ\n\n1958/10/15", {"1958-10-15"}),
    ("篠田 理沙さんの生まれは昭和52年6月20日です。", {"1977-06-20"}),
    ("大友 健吾さんの生まれ（1966/02/28）を確認しました。", {"1966-02-28"}),
    ("生まれ変わったら2030年4月1日に", set()),
    ("性別\t女\tDate of Birth\t1979/08/21", {"1979-08-21"}),
    ("氏名,DOB\n大友 健吾,4-Mar-80", {"1980-03-04"}),
    ("品名,入荷\nりんご,4-Mar-25", set()),
]

# an animal's record: its breed, its kind or its own name field in the row
ANIMALS = [
    ("ペット名: モカ\t犬種: トイプードル\t生年月日: 2016/05/14", set()),
    ("馬名,毛色,生年月日\nハヤテ,栗毛,2015/04/20", set()),
    ("氏名: 大友 健吾\t生年月日: 1980/03/14\t趣味: 愛犬と散歩", {"1980-03-14"}),
    ("一覧\nペット名\t犬種\t生年月日\nモカ\tトイプードル\t2016/05/14\nココ\tチワワ\t2018/02/20", set()),
    ("一覧\n氏名\t生年月日\n大友 健吾\t1980/03/14", {"1980-03-14"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_date_beside_a_sex_field_is_a_birth(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"} == expected


@pytest.mark.parametrize("text,expected", LABELS + ANIMALS)
def test_a_birth_by_its_label_and_an_animal_s_birth_is_none(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"} == expected
