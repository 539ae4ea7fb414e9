import pytest

from detectors.chunking import chunk_spans
from detectors.normalize import normalize


@pytest.mark.parametrize("text, expected", [
    ("１２３４－５６７８", "1234-5678"),
    ("1234ー5678", "1234-5678"),
    ("マイナンバー", "マイナンバー"),  # ー inside katakana stays
    ("1234‐5678–9012—3456−7", "1234-5678-9012-3456-7"),
    ("〒１００\u3000千代田", "〒100 千代田"),
    ("ﾊﾟｽﾎﾟｰﾄ", "パスポート"),
    ("㍻元年", "平成元年"),
    ("氏名 宮脇 凛\r\n住所", "氏名 宮脇 凛\n住所"),  # Windows line ends: \n alone
    ("a\rb", "a\nb"),  # an old Mac line end
])
def test_normalize(text, expected):
    assert normalize(text).text == expected


def test_offsets_map_back_to_the_original():
    original = "ＴＥＬ：㍻ ０３－１２３４"
    norm = normalize(original)
    start = norm.text.index("03")
    o_start, o_end = norm.span_to_original(start, len(norm.text))
    assert original[o_start:o_end] == "０３－１２３４"


def test_a_dropped_carriage_return_keeps_offsets():
    text = "凛\r\n090-2718-2818"
    norm = normalize(text)
    start = norm.text.index("090")
    assert norm.span_to_original(start, start + 13) == (3, 16)


def test_chunks_cover_everything_under_the_byte_limit_with_overlap():
    text = ("あ" * 1000 + "\n") * 100
    spans = list(chunk_spans(text, limit=40_000, overlap=256))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert s2 < e1 and e1 - s2 <= 256  # overlapping, by at most the overlap
    assert all(len(text[s:e].encode()) <= 40_000 for s, e in spans)


def test_a_single_overlong_line_is_hard_split():
    text = "い" * 100_000
    spans = list(chunk_spans(text, limit=40_000))
    assert len(spans) > 2 and all(len(text[s:e].encode()) <= 40_000 for s, e in spans)


@pytest.mark.slow
def test_match_across_a_chunk_boundary_is_found_once(detector):
    filler = "あ" * 13_320  # ~40,000 UTF-8 bytes: the boundary falls in the number
    text = filler + "個人番号 1234 5678 9018\n" + "う" * 20_000
    found = [d for d in detector.detect(text) if d.entity_type == "MY_NUMBER"]
    assert len(found) == 1 and text[found[0].start:found[0].end] == "1234 5678 9018"


@pytest.mark.slow
def test_text_over_sudachi_and_spacy_limits(detector, nlp):
    from detectors.nlp import GinzaNlpEngine

    text = ("山田太郎は東京に住んでいる。" * 5000 + "\n") * 15  # > 1M chars, lines > 49,149 bytes
    doc = GinzaNlpEngine(nlp).tokenize(text)
    assert doc.text == text
    assert [d.entity_type for d in detector.detect(text + "個人番号 176749365367") if d.entity_type == "MY_NUMBER"] == ["MY_NUMBER"]


def test_one_to_one_normalisation_keeps_offsets_and_says_so():
    from detectors.normalize import normalize

    same = normalize("氏名：山田　太郎　ＴＥＬ０３")  # full-width folded one for one
    assert same.identity and same.text == "氏名:山田 太郎 TEL03"
    assert same.spans_from_original([(3, 5)]) == [(3, 5)] and same.span_to_original(3, 5) == (3, 5)
    shifted = normalize("ﾔﾏﾀﾞ ㈱ 03")  # ﾀﾞ -> ダ (two to one), ㈱ -> (株) (one to three)
    assert not shifted.identity and shifted.text == "ヤマダ (株) 03"
    assert shifted.span_to_original(8, 10) == (7, 9) and shifted.spans_from_original([(7, 9)]) == [(8, 10)]
