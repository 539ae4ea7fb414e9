"""Names after the role a document gives a person, and what is no name (issue 12, person4).

- A role label (報告者：, 産業医 , 生徒：, 担当医：, 起案者 総務課 …) is followed by the
  person's name in forms, records and minutes; rare surnames the dictionary reads as
  words (a mineral, a mountain) are found there when the value has the shape of a
  name: a surname and a given name apart, a surname glued to a given name of the
  lists, or one word the dictionary reads as a name or does not know.
- In a person column, a word of a few kanji glued to a given name of the lists is a
  name (a rare surname before 慧, 環, 八重), see `surname_and_given`.
- A surname that ends in a department's suffix (阿部, 服部, 長谷部) before a given
  name is no department's label: the name is the two together (surnames17).
- Never a name: a fragment of punctuation and one character (「（子」 of 扶養（子）),
  nor the name of a temple, a sect or a shrine (…寺, …院, …宗, …神社), unless the
  word is a surname of the lists (小野寺, 二階堂).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from detectors.jp.person_column_headers import header_kind
from detectors.jp.person_names import NameLists
from detectors.jp.person_patterns import NOT_NAME_WORDS, is_a_name
from detectors.jp.person_venues import without_contact_word
from detectors.jp.person_words import DESK_END, ROLES_BEFORE, TITLES
from detectors.kanji_variants import common_forms
from detectors.nlp import WordLookup, sudachi_dictionary
from detectors.words import KANJI_RANGE, alternation

# split and stripped per phrase: compiled once, not looked up in re's cache each call
_LABEL_WORDS = re.compile(r"[ \u3000:：]+")
_NAME_WORDS = re.compile(r"[ \u3000・]+")
_BLANKS = re.compile(r"[ \u3000]+")

_KANJI = KANJI_RANGE
_NAME_SCRIPT = f"{_KANJI}ぁ-ゖァ-ヶー"
# Roles a record gives a person (not in person_patterns.NAME_LABEL): who reported,
# wrote, was examined, taught, treated, interviewed, drove, held the account, attended.
_ROLES = ("報告者", "記録者", "記載者", "起案者", "申請人", "対象者", "当事者", "被災者", "受診者", "相談者", "利用者",
          "生徒", "児童", "学生", "園児", "保護者", "患者", "担当医", "主治医", "産業医", "医師", "保健師", "看護師",
          "面接官", "面接者", "運転者", "同乗者", "発見者", "目撃者", "依頼者", "届出人", "口座名義人", "口座名義",
          "名義人", "請求者", "受講者", "講師", "通称", "呼び名", "氏名", "出席", "ご本人", "本人",
          # a guest, a trainee, a lodger or a tenant a tour's, a dormitory's or a school's log names (people20)
          "ゲスト", "宿泊者", "入居者", "入寮者", "実習生", "研修生", "留学生", "訪問者", "来訪者", "乗客", "通訳",
          # a worker a health or a duty record is about (整備士：…（昭和…生）, 職員 …)
          "整備士", "運転士", "介護士", "保育士", "栄養士", "社員", "職員", "従業員", "作業員")
_COLON_ROLES = ("記録", "文責", "書記", "司会", "議長", "請求元", "From", "To", "Cc", "差出人", "宛先", "面接", "面談",  # only before a colon
                # who wrote, tallied, typed or checked a log or a sheet (業務日誌 記入：鳴海, 集計：能勢（主事）) (births19)
                "記入", "集計", "作成", "入力", "点検", "確認", "起票", "当番", "日直",
                # who took a call or a visit (電話受付メモ 受付：篠原, 応対：…) (people23)
                "受付", "対応", "応対", "取次", "取次ぎ", "聴取")
_DEPARTMENT = rf"[{_KANJI}]{{1,6}}(?:部|課|室|係|科|班|センター)"
ROLE_LABEL = re.compile(rf"(?<![{_NAME_SCRIPT}A-Za-z])(?:(?:{'|'.join(_ROLES)})(?: *[:：] *|[ \u3000]+)(?:{_DEPARTMENT}[ \u3000]+)?"
                        rf"|(?:{'|'.join(_COLON_ROLES)}) *[:：] *|{_DEPARTMENT}[ \u3000]+)")
# Where a label can start: a role's first character, a department's suffix (see _role_labels).
_SUFFIX_FIRSTS = frozenset("部課室係科班セ")
_SUFFIX_FIRST = re.compile("[" + "".join(sorted(_SUFFIX_FIRSTS)) + "]")
_ROLE_HINT = re.compile("[" + "".join(sorted({role[0] for role in _ROLES + _COLON_ROLES} | _SUFFIX_FIRSTS)) + "]")
# What may follow a name: the end of a field, a bracket, an honorific or a title, the next label.
_AFTER = (rf"(?=[ \u3000]*(?:$|[\t\n\r（(）)、,<]|様|さん|殿|先生|会長|副会長|議長|委員長|部長|課長|係長|主任)"
          rf"|[ \u3000]+[{_NAME_SCRIPT}]{{2,6}}[:：]|[ \u3000]+(?:生年月日|現?住所|電話|連絡先|年齢|性別|続柄|本籍|所属)"
          # the record's date after the writer's name (記録者：堀切　令和7年5月2日, 記入 森永 2025/5/2)
          rf"|[ \u3000]+(?:令和|平成|昭和|[RH][0-9０-９]|[0-9０-９]{{1,4}}[年月/.\-]))")
# The value: a kanji surname and a given name apart or glued, or katakana words (a reading, an account's name).
_VALUE = re.compile(rf"([{_KANJI}]{{1,6}}(?:[ \u3000]{{1,2}}[{_KANJI}ぁ-ゖ]{{1,4}})?|[ァ-ヶー]{{2,8}}(?:[ \u3000・][ァ-ヶー]{{1,8}}){{0,2}})"
                    + _AFTER)
_SUFFIXES = ("寺", "院", "宗", "派", "神社", "大社", "教会", "教団", "霊園", "本山", "別院")
_RELIGIOUS_BODY = re.compile(rf"[{_KANJI}]{{2,}}(?:{'|'.join(_SUFFIXES)})")
_PUNCTUATION = "()（）[]［］【】「」『』〈〉《》・、。，．,.:：;；/／-－〜~ \u3000"
_GLUED_NAME = re.compile(rf"[{_KANJI}]{{3,6}}")
_NOT_SURNAME_END = frozenset("部課室係科班局所会社店院寺宗署庁省館園校")
_DESK_OR_POST = re.compile(rf"[{_NAME_SCRIPT}]+{DESK_END}")


def role_labelled_names(text: str, lists: NameLists, lookup: Callable[[str], WordLookup] | None) -> Iterator[tuple[int, int]]:
    """(start, end) of the names after a role label (see the module)."""
    if lookup is None:
        return
    for label in _role_labels(text):
        value = _VALUE.match(text, label.end())
        if value and name_shaped(value.group(1), lists, lookup) and not _a_surname_as_department(label.group(), lists, lookup):
            yield value.span(1)


def _a_surname_as_department(label: str, lists: NameLists, lookup: Callable[[str], WordLookup]) -> bool:
    """A label that ends in a surname with a department's suffix (阿部, 服部, 長谷部 健一):
    the given name after it is the rest of a name, not one a department sends; not a
    common word that is a surname too (西部, 上部)."""
    last = _LABEL_WORDS.split(label.rstrip(" \u3000"))[-1]
    return (last[-1:] in _SUFFIX_FIRSTS and (last in lists.surnames or dictionary_surname(last))
            and not lookup(last).common)


def _role_labels(text: str) -> Iterator[re.Match]:
    """ROLE_LABEL.finditer(text), tried only where a label can start: at a role's first
    character or up to six characters before a department's suffix (ROLE_LABEL opens
    with a look-behind and a kanji run, so a plain search tries it at every position).
    A role's first character is tried where it stands, and before it only as far
    as a department whose suffix follows within six characters can start."""
    position = 0
    for hint in _ROLE_HINT.finditer(text):
        start = hint.start()
        if hint.group() in _SUFFIX_FIRSTS:
            first = start - 6
        else:
            suffix = _SUFFIX_FIRST.search(text, start + 1, start + 7)
            first = min(start, suffix.start() - 6) if suffix else start
        position = max(position, first)
        while position <= start:
            label = ROLE_LABEL.match(text, position)
            if label:
                yield label
            position = label.end() if label else position + 1


def name_shaped(value: str, lists: NameLists, lookup: Callable[[str], WordLookup]) -> bool:
    """Whether a value a role labels has a name's shape (see the module)."""
    words = _NAME_WORDS.split(value)
    if any(word in NOT_NAME_WORDS for word in words):
        return False
    if not_a_person(value, lists):  # 塙, 薬師寺 after a role: a surname of the dictionary (births19)
        return len(words) == 1 and labelled_surname(value)
    if len(words) > 1:  # 甑 千草: a surname and a given name apart (or a foreign name's parts)
        # not 三日月食品 お客(様窓口); not 窓口係 蔵本: a post before the surname (person_staff reads it);
        # not From: 中央病院 医事課, a body and its desk as a mail's sender or a form's writer (people24)
        return words[1][0] not in "おご御" and not (len(words[0]) >= 3 and _DESK_OR_POST.fullmatch(words[0])
                                                    and words[0] not in lists.surnames) and is_a_name(value)
    if re.fullmatch(r"[ァ-ヶー]+", value):
        return False  # one katakana word: a product or a firm as often as a person
    read = lookup(value)
    if value.startswith("第") or any(value.endswith(title) for title in TITLES):
        return False  # 第一課長, 営業部長: a post
    return (read.name or (read.unknown and len(value) >= 3) or surname_and_given(value, lists, lookup)
            or dictionary_surname(value))


def surname_and_given(word: str, lists: NameLists, lookup: Callable[[str], WordLookup] | None = None) -> bool:
    """A few kanji (a rare surname the lists do not know) glued to a given name of
    the lists: 鞍馬慧, 薬袋航平; not a department or a post before a title (総務部長)
    nor, when the dictionary is at hand, a word it does not cut there."""
    if not _GLUED_NAME.fullmatch(word):
        return False
    for size in (1, 2, 3):
        family, given = word[:size], word[size:]
        if ((size > 1 or len(given) > 1) and given in lists.given_names and family[-1] not in _NOT_SURNAME_END
                and not_two_given_names(family, lists, lookup)
                and given not in TITLES and word[size - 1:size + 1] not in TITLES
                and (lookup is None or size in lookup(word).ends)):
            return True
    return False


def not_two_given_names(family: str, lists: NameLists, lookup: Callable[[str], WordLookup] | None) -> bool:
    """The head is no given name of the lists, or one the dictionary reads as a common word, not
    as a name: 明神 of 明神恵子 is a given name's spelling too but no one's name alone; 翔太 of
    翔太美咲 is (two siblings' given names, no surname) (births19)."""
    return family not in lists.given_names or (lookup is not None and not lookup(family).name)


def not_a_person(value: str, lists: NameLists) -> bool:
    """A fragment (one character once punctuation is off) or a religious body's name (see the module)."""
    core = value.strip(_PUNCTUATION)
    if len(core) < 2:
        return True
    last = _BLANKS.split(core)[-1]
    return bool(_RELIGIOUS_BODY.fullmatch(last)) and last not in lists.surnames


def trimmed(text: str, result, lists: NameLists) -> bool:
    """Whether a found name (a RecognizerResult) is kept: punctuation at its ends is
    taken off (its span narrowed in place), and a fragment or a religious body is not
    (a surname like a temple's, addressed or after a role, is: 久保寺さん)."""
    value = text[result.start:result.end]
    if not_a_person(value, lists) and not a_surname_like_a_temple(text, result.start, result.end) and not (
            labelled_surname(value) and _after_a_role_label(text, result.start)):
        return False
    without_contact_word(text, result)  # 脇坂　問合せ → 脇坂 (person_venues)
    if text[result.end - 1:result.end] in _ERA_LETTERS and text[result.end:result.end + 1].isdigit() \
            and text[result.end - 2:result.end - 1].isspace():  # 栗林 蒼　昭22.12.12: the era is the date's
        result.end = result.start + len(text[result.start:result.end - 1].rstrip())
        if result.end - result.start < 2:
            return False  # 蒼　昭 of 真壁 蒼　昭24…: a given name alone, the whole name found apart
    value = text[result.start:result.end]
    core = value.strip(_PUNCTUATION)
    if core != value:
        result.start += value.index(core)
        result.end = result.start + len(core)
    return True


def labelled_surname(value: str) -> bool:
    """A word a role's label names that is a surname of the dictionary though too short or too
    like a temple's for a name elsewhere (記入：塙, 集計：薬師寺); not a contract's party (甲, 乙)."""
    return value not in _PARTIES and dictionary_surname(value)


def _after_a_role_label(text: str, start: int) -> bool:
    window = max(0, start - _LABEL_REACH)
    return any(label.end() == start for label in ROLE_LABEL.finditer(text, window, start))


_PARTIES = frozenset("甲乙丙丁")
_ERA_LETTERS = frozenset("明大昭平令")
_LABEL_REACH = 12
_ADDRESSED = re.compile(f"様|さん|殿|氏|君|先生|{alternation(TITLES)}")  # 薬師寺教授, 久保寺社長: a title as an honorific
# a role of the list, or a kanji word for the one who does a thing (世話役, 点検者: person_agents)
_ROLE_JUST_BEFORE = re.compile(rf"(?:{alternation(ROLES_BEFORE)}|[{_KANJI}][者員師士役主官人])(?:の|[ \u3000])?$")
_ROLE_REACH = max(map(len, ROLES_BEFORE)) + 1


def a_surname_like_a_temple(text: str, start: int, end: int) -> bool:
    """A surname of the dictionary that ends as a temple's name does (久保寺, 西園寺,
    薬師寺), addressed (or titled: 薬師寺教授) or after a role: a person, though not_a_person takes a word
    ending in 寺 or 院 outside the name lists for a religious body."""
    return (end - start >= 2 and dictionary_surname(text[start:end])
            and (_ADDRESSED.match(text, end) is not None
                 or _ROLE_JUST_BEFORE.search(text, max(0, start - _ROLE_REACH), start) is not None
                 or _in_a_person_column(text, start)))


_CELL_HEADER_BEFORE = re.compile(r"(?:^|(?<=[\t\n]))([^\t\n:]{1,40}): $")


def _in_a_person_column(text: str, start: int) -> bool:
    """The value is a table cell's whole value under a person column's header (支援者: 薬師寺, composed by
    detectors.fields), which says the cell holds a person (people19)."""
    header = _CELL_HEADER_BEFORE.search(text, max(0, start - 42), start)
    return header is not None and header_kind(header.group(1).strip()) is True


@lru_cache(maxsize=4096)
def dictionary_surname(word: str) -> bool:
    """Whether one of the dictionary's readings of word is a surname (檜垣, 駒場, 碓井),
    though the tokenizer reads it as a word or a place in context: a far wider list
    of surnames than the name lists' 2,000."""
    return any(m.part_of_speech()[2:4] == ("人名", "姓") for m in sudachi_dictionary().lookup(common_forms(word)))


# 「…窓口の駒場です」, 「駒場と申します」: a person introducing themself
_SELF = re.compile(rf"([{_KANJI}](?:(?<=の.)|(?<=^.)|(?<=\n.))[{_KANJI}]{{1,3}})(?=です|でございます|と申します)")  # class first: searched fast
# 出席：百武 航平（議長）、鴫原 丈瑠、檜垣: who attended, one item after another (参加：, 同行： too, names17b)
_ATTENDANCE = re.compile(r"(?:出席者?|参加者?|欠席者?|同席者?|同行者?)(?: *[:：] *| +)([^\n]{2,200})")  # 出席 …, too (names25)
_ITEM = re.compile(rf"([{_KANJI}]{{2,4}}(?:[ \u3000][{_KANJI}ぁ-ゖ]{{1,4}})?|[ァ-ヶー]{{2,8}}(?:・[ァ-ヶー]{{1,8}}){{0,2}})"
                   r"(?:[（(][^）)]{1,8}[）)])?$")


def self_introduced(text: str, lookup: Callable[[str], WordLookup] | None) -> list[tuple[int, int]]:
    """(start, end) of the surnames of the dictionary a person says of themself
    (…窓口の駒場です, 駒場と申します). A surname addressed (檜垣さん) is left to the
    lists: the dictionary's surnames hold common words said with さん (大家さん)."""
    if lookup is None or ("です" not in text and "申します" not in text):
        return []
    return [m.span(1) for m in _SELF.finditer(text) if dictionary_surname(m.group(1)) or lookup(m.group(1)).name]


def attendees(text: str, lists: NameLists, lookup: Callable[[str], WordLookup] | None) -> list[tuple[int, int]]:
    """(start, end) of the people an attendance line lists (see _ATTENDANCE), each
    with the shape of a name (name_shaped), a role in brackets after it left out."""
    found = []
    for line in _ATTENDANCE.finditer(text) if lookup else ():
        position = line.start(1)
        for item in re.split(r"[、,，]", line.group(1)):
            start = position + len(item) - len(item.lstrip())
            position += len(item) + 1
            match = _ITEM.match(item.strip())
            if match and name_shaped(match.group(1), lists, lookup):
                found.append((start, start + len(match.group(1))))
            elif family := _posted_surname(item.strip(), lists):
                found.append((start, start + len(family)))
    return found


# the post a surname attends as, glued to it (米倉工場長, 日置衛生管理者, 石黒職長, 西田産業医, 野口現場代理人)
_POST = re.compile(rf"[{_KANJI}]{{0,6}}(?:長|者|員|医|師|士|役|係|人|代表|主任|主査|主事|補佐)")
_POST_LAST = frozenset("長者員医師士役係人表任査事佐")


def _posted_surname(item: str, lists: NameLists) -> str:
    """The surname (of the lists or the dictionary) before the post an attendee is listed
    by (米倉工場長 → 米倉); "" when the item is no such pair (総務課長, 安全衛生管理者)."""
    if not 3 <= len(item) <= 10 or item[-1] not in _POST_LAST:
        return ""
    for size in (3, 2, 1):  # the longest surname first: 久保寺衛生管理者 is 久保寺's, not 久保's
        family, post = item[:size], item[size:]
        if len(post) >= 2 and _POST.fullmatch(post) and post not in lists.given_names and (
                family in lists.surnames or (size > 1 and dictionary_surname(family))):
            return family
    return ""
