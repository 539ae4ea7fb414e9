import re

from detectors.fields import Field, compose_fields
from detectors.lines import COMPOSED_HEADER, asked_once, cell_bounds, cell_value, composed_header, line_bounds


def test_line_bounds():
    text = "氏名 山田\n電話 03-1234-5678\n最後"
    assert line_bounds(text, 0) == (0, 5)
    assert line_bounds(text, 9) == (6, 21)
    assert line_bounds(text, 2, 9) == (0, 21)  # a span over a line break: both lines
    assert line_bounds(text, len(text) - 1) == (22, len(text))


def _row() -> tuple[str, list]:
    """A roster's row as detectors.fields composes it: each cell's header before its value."""
    return compose_fields([Field("A2", "木下 遥", ("氏名",)), Field("B2", "〒604-0862", ("郵便番号",)),
                           Field("C2", "平成4年7月3日", ("生年月日",)), Field("D2", "備考なし")])


def test_cell_bounds_and_value_of_a_composed_row():
    text, spans = _row()
    for span, value in zip(spans, ("木下 遥", "〒604-0862", "平成4年7月3日", "備考なし")):
        start, end = cell_bounds(text, span.start)
        assert end == span.end and cell_value(text[start:end]) == value
    assert cell_bounds(text + "\n次の行", spans[-1].start) == (spans[-1].start, spans[-1].end)  # a line break ends it


def test_composed_header_before_a_position():
    text, spans = _row()
    assert text[slice(*composed_header(text, spans[2].start + 3))] == "生年月日"
    assert composed_header(text, spans[3].start) == (spans[3].start, spans[3].start)  # no header composed: empty
    # the last `: ` before the position, as every reader of a composed cell took it
    cell = "区分: 注記: 要確認"
    assert cell[slice(*composed_header(cell, len(cell)))] == "区分: 注記"


def test_composed_header_pattern_in_a_regex():
    text, spans = _row()
    cell = re.compile(r"\t" + COMPOSED_HEADER + r"(〒[0-9-]+)")
    assert cell.search(text).group(1) == "〒604-0862"
    long_header = "連絡先の郵便番号（勤務先の所在地が本社と異なる場合のみ）: 604-0862"  # over 24 characters: a sentence, no header
    assert re.match(COMPOSED_HEADER + "604", long_header) is None


def test_a_rows_test_is_asked_once_per_row():
    class Lines:
        text = "氏名: 木下 遥\t電話: 075-211-4830\t携帯: 090-3318-2207\n"
        answers: dict = {}

    asked = []

    def test(lines, start, end):
        asked.append((start, end))
        return "\t" in lines.text[start:end]

    lines = Lines()
    row = line_bounds(lines.text, 10)
    assert [asked_once(lines, test, *line_bounds(lines.text, position)) for position in (10, 30)] == [True, True]
    assert asked == [row]  # the row's second value got the first one's answer
