"""PERSON after a record's role labels, rare surnames glued to a given name in a
person column, and what is no name: fragments of brackets, temples, sects and
shrines (issue 12, person4; detectors/jp/person_roles.py). Made-up people, the
real GiNZA model."""

import pytest

CASES = [
    ("報告者：鬼灯 結衣\n", ["鬼灯 結衣"]),  # a rare surname the dictionary reads as a word
    ("生徒：栗花落 颯太 保護者：我孫子 律子 連絡先：090-1234-5678\n", ["栗花落 颯太", "我孫子 律子"]),
    ("担当医：目々澤陽葵\n", ["目々澤陽葵"]),  # glued to a given name of the lists
    ("起案日 令和8年4月2日 起案者 経理課 犬養 和馬\n", ["犬養 和馬"]),  # a department before the name
    ("口座名義：イヌカイ カズマ\n", ["イヌカイ カズマ"]),
    ("面接官 未定\n", []),
    ("報告者：総務課\n", []),
    ("区分: 扶養（子）\n", []),  # a bracket and one character: no name
    ("続柄: 同居（母）\n", []),
    ("瑞光院より　お知らせ\n", []),  # a temple
    ("宗派: 浄土真宗本願寺派\n", []),
    ("小野寺さんから連絡あり。\n", ["小野寺"]),  # a surname of the lists that ends as a temple does
    ("総務部 会議室\n報告者：総務部長\n", []),  # a department, a post: no name
    ("業務日誌 経理課 目々澤陽葵\n", ["目々澤陽葵"]),  # a department, then its writer
    ("記録：栗花落 颯太\n", ["栗花落 颯太"]),
    ("From: 鬼灯結衣 <yui@example.jp>\n", ["鬼灯結衣"]),
    ("本人　氏名 我孫子 律子　生年月日 昭和50年1月2日\n", ["我孫子 律子"]),
    ("サポートデスクの八十島です。\n本日の予定です。\n", ["八十島"]),  # a surname of the dictionary
    ("出席：犬養 和馬（議長）、八十島、ジョアン・ペレイラ\n", ["犬養 和馬", "八十島", "ジョアン・ペレイラ"]),
    ("出席：総務部、経理課\n", []),
    ("出席：事業部長、第一課長、第三係長\n", []),  # posts, no names
    ("鬼灯さん\nご依頼の件、承知しました。\n", ["鬼灯"]),  # a salutation line
    ("ご担当者様\n人事部御中\n部長様\n", []),
    ("窓口の我孫子 律子様からお電話\n", ["我孫子 律子"]),
    ("明日10時以降にお願いします（鬼灯 結衣）\n", ["鬼灯 結衣"]),
    ("\n鬼灯結衣（経理部）\n", ["鬼灯結衣"]),  # a signature
    ("新人研修（4月）\n東京 本社（港区）\n", []),
    ("請求元：我孫子多恵子\n", ["我孫子多恵子"]),
    ("From: 白鷺物産 お客様窓口 <support@example.jp>\n", []),
]
COLUMNS = [
    ("受診者: 鬼灯和馬\t受診日: 2026/06/01\n受診者: 栗花落 結衣\t受診日: 2026/06/02\n", ["鬼灯和馬", "栗花落 結衣"]),
    ("メンバー: Kazuma Inukai\tカナ: イヌカイ カズマ\n", ["Kazuma Inukai", "イヌカイ カズマ"]),
    ("呼び名: ジョアン・ペレイラ\t国籍: ブラジル\n", ["ジョアン・ペレイラ"]),
]


def _people(detector, text):
    return [d.text for d in detector.detect(text, labels=_labels(text)) if d.entity_type == "PERSON"]


def _labels(text):
    """The `header: ` spans of a composed table, as detectors.fields gives them."""
    spans, position = [], 0
    for line in text.split("\n"):
        for cell in line.split("\t"):
            if ": " in cell:
                spans.append((position, position + cell.index(": ") + 2))
            position += len(cell) + 1
    return spans


@pytest.mark.parametrize("text, expected", CASES + COLUMNS)
def test_role_labels_columns_and_no_names(detector, text, expected):
    assert _people(detector, text) == expected


def test_every_reading_of_a_word_is_asked_of_the_tokenizers_own_dictionary(tmp_path):
    """A second Sudachi dictionary maps 0.23 GB of address space again: with the
    worker's RLIMIT_AS that pushed a scanned PDF's OCR over the budget."""
    import subprocess
    import sys
    program = (
        "import re\n"
        "def size():\n"
        "    return int(re.search(r'VmSize:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) // 1024\n"
        "from detectors.nlp import load_ja_nlp\n"
        "from detectors.jp.person_roles import dictionary_surname\n"
        "load_ja_nlp()\n"
        "before = size()\n"
        "assert dictionary_surname('檜垣')\n"
        "print(size() - before)\n")
    grown = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert int(grown.stdout) < 50  # MB; a dictionary of its own: about 230
