"""Dates split over 年 | 月 | 日 columns read as one cell (scanner.extract.split_dates)."""

from scanner.extract.split_dates import date_column_starts, joined_dates, with_sub_header


def test_a_merged_header_over_a_sub_header_labels_each_column():
    labels = with_sub_header({0: "氏名", 1: "生年月日", 4: "〒"}, [(1, "年"), (2, "月"), (3, "日")])
    assert labels == {0: "氏名", 1: "生年月日 年", 2: "生年月日 月", 3: "生年月日 日", 4: "〒"}
    assert date_column_starts(labels) == {1}


def test_a_data_row_is_not_a_sub_header():
    labels = {0: "氏名", 1: "生年月日"}
    assert with_sub_header(labels, [(0, "山田"), (1, "1980/4/1")]) == labels


def test_three_cells_become_one_date_and_a_partial_row_stays_as_it_is():
    starts = frozenset({1})
    assert joined_dates([(0, "山田"), (1, "S55"), (2, "4"), (3, "1"), (4, "x")], starts) == \
        [(0, "山田"), (1, "S55年4月1日"), (4, "x")]
    assert joined_dates([(0, "山田"), (1, "S55"), (3, "1")], starts) == [(0, "山田"), (1, "S55"), (3, "1")]
