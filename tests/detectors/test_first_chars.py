"""The cheaper scans of speed6: every pattern recognizer's prefilter, rewritten to
open with the class of its first characters (detectors.first_chars), passes the
same texts at the same first position as the prefilter written in its class; the
recognizers are the real ones of the registry."""

import random
import re

import pytest

from detectors.engine import RECOGNIZER_CLASSES
from detectors.first_chars import opening_with_class
from detectors.jp.base import JapanesePatternRecognizer

PIECES = ["0", "1", "2", "9", "19", "20", "-", ".", "/", " ", "年", "月", "日", "生", "歳", "才", "(", "（", "）", ")",
          "〒", "@", "丁目", "番", "の", "東京都", "県", "一", "十", "元", "MT", "S", "R", "H", "AB", "jan", "Feb", "MAR",
          "Sept", "birth", "DOB", "d.o.b", "生年", "誕生日", "'", "’", "\t", "\n", "対象者", "本人", "元号コード", "西暦二桁",
          "山田", "カナ", "a", "z", "・"]


SAMPLES = ["生年月日 12/03/1985 東京都", "1985 Jan 3", "Born 3.4.1972", "誕生日 85/3/14", "AB1234567", "AB12345678CD",
           "〒100-0001", "1234-5678-9012", "4111 1111 1111 1111", "(元号コード)", "12345678901", "3月生", "昭和60年1月", "45歳"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(count)]
    return texts + [rng.choice(texts) + sample + rng.choice(texts) for sample in SAMPLES for _ in range(20)]


PREFILTERS = sorted({cls.PREFILTER for cls in RECOGNIZER_CLASSES if issubclass(cls, JapanesePatternRecognizer)})


@pytest.mark.parametrize("prefilter", PREFILTERS)
def test_rewritten_prefilter_passes_the_texts_the_written_one_passed(prefilter):
    written = re.compile(prefilter, re.ASCII)
    rewritten = re.compile(opening_with_class(prefilter, re.ASCII), re.ASCII)
    passed = 0
    for text in _texts(3000, len(prefilter)):
        before = written.search(text)
        after = rewritten.search(text)
        assert (before and before.start()) == (after and after.start()), text
        passed += before is not None
    assert passed > 0


def test_most_prefilters_are_rewritten_and_the_rest_kept_whole():
    rewritten = [p for p in PREFILTERS if opening_with_class(p, re.ASCII) != p]
    assert len(rewritten) >= len(PREFILTERS) // 2
    assert opening_with_class("[0-9]{4}") == "[0123456789](?<=(?=(?:[0-9]{4}))[0123456789])"


@pytest.mark.parametrize("pattern", [
    "[0-9]",  # opens with a class: re scans for it already
    "対象者|本人",  # literals open every branch: re scans for them already
    "(?:[0-9]*)年?",  # may match nothing
    "[^\\t]{2}[0-9]",  # opens with any character but one
    ".[0-9]",
])
def test_patterns_whose_opening_cannot_be_told_or_is_scanned_are_kept(pattern):
    assert opening_with_class(pattern) == pattern


def test_an_inline_ignore_case_group_opens_with_both_cases():
    rewritten = re.compile(opening_with_class("[0-9]{2}|(?i:dob)", re.ASCII), re.ASCII)
    assert rewritten.search("x DOB").start() == 2
    assert rewritten.search("x dOb").start() == 2
    assert rewritten.search("x d0b") is None
