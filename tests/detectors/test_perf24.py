"""The spread birth label's prefilter read backwards from a solid label (perf24): the same
texts pass as with the forward pattern it replaced, tried at every digit."""

import random
import re

from detectors.jp.date_of_birth_spread import SpreadLabelDateOfBirthRecognizer

# the prefilter before perf24, searched forwards
_FORWARD = re.compile(r"[生誕] *\n[ \n]*[年生]|[生誕] +[年生月日]|[年生月] *[年生月日] +[月日]"
                      r"|[0-9日] *\t?[^\t\n]{0,26}[(（:：]? *(?:生年月日|誕生日)", re.ASCII)
_PIECES = ("生年月日", "誕生日", "生 年", "7", "日", " ", "\t", "\n", "（", "：", "z" * 9, "会員", "生", "年", "月")


def test_made_up_texts_pass_or_fail_as_before() -> None:
    recognizer = SpreadLabelDateOfBirthRecognizer()
    texts = ["会員番号\t氏名\t生年月日\n1042\t森 ゆかり\t1990/2/3", "平成3年5月6日（誕生日）", "2001.4.5 ：生 年 月 日",
             "生\n年\n月\n日", "誕生日会のお知らせ", "入会日 2020年4月1日", "9" + "x" * 26 + "生年月日", "9" + "x" * 27 + "生年月日",
             "3\t生年月日", "3\t\t生年月日", "誕 生 日", ""]
    for text in texts:
        assert recognizer.may_match(text) == (_FORWARD.search(text) is not None), text


def test_random_texts_pass_or_fail_as_before() -> None:
    recognizer, rnd = SpreadLabelDateOfBirthRecognizer(), random.Random(24)
    for _ in range(20_000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12)))
        assert recognizer.may_match(text) == (_FORWARD.search(text) is not None), text


def test_words_present_sees_every_word_overlapping_ones_too() -> None:
    from detectors.words import WordsPresent

    words = ("休み", "休", "昼休み", "み", "AD/HD", "ADHD", "聞こえ", "聞", "", "(罰金")
    present = WordsPresent(words)
    rnd = random.Random(6)
    letters = ["休み", "昼", "み", "AD", "/", "HD", "聞こえ", "(", "罰金", " ", "x"]
    for text in ["昼休みに聞こえた", "AD/HDとADHD", "", "(罰金 5万円)", "みみ"] + [
            "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 9))) for _ in range(5_000)]:
        assert present(text) == {word for word in words if word in text}, text
