from detectors.lines import line_bounds


def test_line_bounds():
    text = "氏名 山田\n電話 03-1234-5678\n最後"
    assert line_bounds(text, 0) == (0, 5)
    assert line_bounds(text, 9) == (6, 21)
    assert line_bounds(text, 2, 9) == (0, 21)  # a span over a line break: both lines
    assert line_bounds(text, len(text) - 1) == (22, len(text))
