"""The cheaper scans of speed6: every pattern recognizer's prefilter, rewritten to
open with the class of its first characters (detectors.first_chars), passes the
same texts at the same first position as the prefilter written in its class; the
recognizers are the real ones of the registry."""

import random
import re

import pytest

from detectors.engine import RECOGNIZER_CLASSES
from detectors.first_chars import matches, opening_with_class
from detectors.jp.base import JapanesePatternRecognizer

PIECES = ["0", "1", "2", "9", "19", "20", "-", ".", "/", " ", "年", "月", "日", "生", "歳", "才", "(", "（", "）", ")",
          "〒", "@", "丁目", "番", "の", "東京都", "県", "一", "十", "元", "MT", "S", "R", "H", "AB", "jan", "Feb", "MAR",
          "Sept", "birth", "DOB", "d.o.b", "生年", "誕生日", "'", "’", "\t", "\n", "対象者", "本人", "元号コード", "西暦二桁",
          "山田", "カナ", "a", "z", "・"]


SAMPLES = ["生年月日 12/03/1985 東京都", "1985 Jan 3", "Born 3.4.1972", "誕生日 85/3/14", "AB1234567", "AB12345678CD",
           "〒100-0001", "1234-5678-9012", "4111 1111 1111 1111", "(元号コード)", "12345678901", "3月生", "昭和60年1月", "45歳",
           "生年月日: 26024", "<year>1988</year>", "yyyy: 1988", "ヤマダ タロウ", "故 山田（1930.4.1-2015.6.7）",
           "女 1985/5/6", "生まれは昭和60年1月3日"]


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


FOUND_BY_FINDERS = ["\t19880302\t", "\n昭和63年3月2日\n", "Date of birth: April 1, 1980", "born 01 APR 1980", "DOB Sept. 3rd, 1975 生", "jAn 5 2001",
                    "3-4-5 Jingumae, Shibuya-ku, Tokyo 150-0001", "Minato-ku, Tokyo", "Shibuya-ku Tokyo\n",
                    "Jingumae 3-4-5, Shibuya-ku, Tokyo", "mar 12, 1990 / Nov 30 2001", "（普）1234567 普 7654321",
                    "長女 山田 花 平成22年8月1日", "昭和\t58\t年\t3\t月\t2\t日生",
                    "<yubin1>031</yubin1><yubin2>0801</yubin2>", '"zip1": "410"\t "zip2": "0801"', "〒 410 - 0801",
                    "郵便番号: 1-0010", "郵便番号: 10010", "\n4100801\n静岡県沼津市大手町2-14-7", "Numazu-shi, Shizuoka 4100801",
                    "ADR:;;大手町2-14-7;沼津市;静岡県;4100801;日本\n", "静岡県沼津市大手町2-14-7 410-0801",
                    "静岡県沼津市大手町2-14-7(4100801)", "山田 花子　女　S60.5.6　東京都", "生まれは1985年4月1日",
                    "CL 男 1972/07/06", "1985/5/6 女性", "1234 Maple Street, Springfield, IL 62704, USA",
                    "\n生\n年\n月\n日\n1985 年 3 月 9 日", "1985年3月9日\n誕\n生\n日\n",
                    "旅券 TK1234567 1970/04/01\n", "KUDO MAI, 1984/10/21, TZ3051742\n"]


def _recognizers_with_finders():
    recognizers = [cls() for cls in RECOGNIZER_CLASSES if issubclass(cls, JapanesePatternRecognizer)]
    return [(r, pattern, regex, finder) for r in recognizers
            for pattern, regex, finder in zip(r.patterns, r._compiled, r._finders) if finder is not None]


def test_patterns_found_by_their_first_characters_match_as_finditer_does():
    """speed7: a pattern that re tries at every position ((?i:jan…), \\b…) is found by
    its first characters, then matched there: the same matches, groups and all."""
    with_finders = _recognizers_with_finders()
    assert {pattern.name for _, pattern, _, _ in with_finders} >= {"date_english_month_first", "address_roman_area"}
    rng = random.Random(7)
    texts = _texts(1500, 7) + [rng.choice(PIECES) + sample + rng.choice(PIECES) for sample in FOUND_BY_FINDERS
                               for _ in range(10)]
    for recognizer, pattern, regex, finder in with_finders:
        found = 0
        for text in texts:
            expected = [(m.span(), m.groups()) for m in regex.finditer(text)]
            assert [(m.span(), m.groups()) for m in matches(regex, finder, text)] == expected, (pattern.name, text)
            found += len(expected)
        assert found > 0, pattern.name


def test_a_recognizer_reports_what_its_patterns_found_through_the_finders():
    recognizer = next(cls() for cls in RECOGNIZER_CLASSES if cls.__name__ == "LabelledDateOfBirthRecognizer")
    results = recognizer.analyze("生年月日 April 1, 1980 / 誕生日 Nov 30 2001", ["DATE_OF_BIRTH"])
    assert sorted((r.start, r.end) for r in results) == [(5, 18), (25, 36)]


def test_module_patterns_found_by_their_first_characters_match_as_finditer_does():
    """speed7: a diagnosis's predicate (some branches open with a group), an honorific
    after kanji (a look-behind first) and a mail's display name (^ or a look-behind
    first) are found by their first characters: the same matches as finditer."""
    from detectors.jp import person_married, person_patterns
    from detectors.jp.sensitive import health

    pieces = ["糖尿病", "で", "通院中", "病院で治療を受けた", "整形外科を受診した", "診断された", "を受けた", "休職中", "山田",
              "様", "さん", "殿", "やまだ", "\"", "Sato, Kenji", "SATO KENJI", " <", "k.sato@example.jp>", "\n", ":", ",",
              " ", "。", "、", "a", "の"]
    rng = random.Random(12)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 18))) for _ in range(4000)]
    mails = ['From: "Sato, Kenji" <k.sato@example.jp>', "To: SATO KENJI <ks@example.jp>", "Cc:Mori Aya <a@example.jp>",
             "Nonomura, Tomoya <t@example.jp>", '"Ito Ken" <ken@example.jp>']
    texts += [rng.choice(pieces) + mail + rng.choice(pieces) for mail in mails for _ in range(30)]
    for regex, finder in ((health._PREDICATE, health._PREDICATE_FINDER),
                          (person_patterns._HONORIFIC_AFTER_KANJI, person_patterns._HONORIFIC_FINDER),
                          (person_married._DISPLAY_NAME, person_married._DISPLAY_NAME_FINDER)):
        assert finder is not None
        found = 0
        for text in texts:
            expected = [(m.span(), m.groups()) for m in regex.finditer(text)]
            assert [(m.span(), m.groups()) for m in matches(regex, finder, text)] == expected, (regex.pattern[:20], text)
            found += len(expected)
        assert found > 50, regex.pattern[:20]


def test_an_organisations_name_line_is_found_by_its_first_characters_as_by_the_search():
    """speed7: contact_blocks tells an organisation's name line by a finder of the
    pattern's first characters; it passes exactly the lines the pattern's search passes."""
    from detectors import contact_blocks

    pieces = ["曹洞宗", "瑞雲山", "長昌寺", "みぎわ教会", "牧師室", "ひだまり歯科", "(株)", "㈱", "アオバ", "商事", "センター",
              "山田", "太郎", " ", "\u3000", "本店", "店長", "第一", "ホテル", "あおば", "。", "a", "1"]
    rng = random.Random(13)
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(6000)]
    expected = [contact_blocks._ORGANISATION_NAME.search(line) is not None for line in lines]
    assert sum(expected) > 1000 and len(lines) - sum(expected) > 1000
    assert [contact_blocks._ORGANISATION_NAME_FINDER.search(line) is not None for line in lines] == expected


def test_a_date_is_searched_for_where_its_first_characters_stand():
    """speed7: date_of_birth.parse finds a date by a finder of its first characters,
    then matches there: the same match, groups and all, as the pattern's search."""
    from detectors.jp import date_of_birth

    pieces = ["昭和", "平成", "令和", "S", "H", "R", "明", "45", "1990", "19900102", "5-450607", "年", "月", "日", ".", "/",
              "-", "・", " ", "(", "（", "）", ")", "4", "12", "元", "十", "三", "生", "a", "\n"]
    rng = random.Random(14)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(20000)]
    texts += ["19900102", "5-450607", "S45.6.7", "昭和四十五年六月七日", "4月1日（1980年）"]
    found = 0
    for text in texts:
        expected = date_of_birth._DATE.search(text)
        start = date_of_birth._DATE_FINDER.search(text)
        got = date_of_birth._DATE.match(text, start.start()) if start else None
        assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict())), text
        found += expected is not None
    assert found > 100
