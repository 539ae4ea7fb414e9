"""Name patterns that need no dictionary: the value of a name field, furigana,
foreign names in katakana, romaji. The dictionary tier (Sudachi's 人名 tags)
misses given names it does not know (松本煌星), surnames it reads as places
(岡田, 長野) and most furigana (アライ ココア); a field labelled 氏名 or フリガナ
says what its value is.
"""

from __future__ import annotations

import re

from detectors.first_chars import finder_of, matches
from detectors.jp.base import starts_after
from detectors.jp.person_names import NameLists
from detectors.jp.person_words import FOREIGN_SURNAMES_KANA, SHORT_VIETNAMESE_KANA

# split and stripped per phrase: compiled once, not looked up in re's cache each call
_NAME_WORDS = re.compile(r"[ ・]")

_KANA = "ァ-ヶー"
_HIRAGANA = "ぁ-ゖー"
_NAME_CHARS = "\u4e00-\u9fff々ぁ-ゖァ-ヶー"
# A name field's label, as typed or as a table header composed before its cell
# (`氏 名: ` is `氏　名` after NFKC).
NAME_LABEL = re.compile(
    r"(?:氏 ?名|お名前|名前|お客様名|顧客名|会員名|社員名|契約者名|受取人名?|申請者|申込者|応募者|面談者|担当者|担当(?= *[:：])|折り?返し先(?= *[:：])|宛名|"
    r"対応者|受付者|作成者|記入者|確認者|承認者|入力者|組合員名?(?= *[:：])|加入者名?(?= *[:：])|"  # a member field (union19)
    r"フリガナ|ふりがな|カナ|name|Name|NAME)(?:\([^)\t\n]{0,6}\))?(?: *[:：] *| +)")
# The value: one or two words of a name (two spaces between them in some exports), up to the end of the field.
_VALUE = re.compile(
    rf"([{_NAME_CHARS}]{{1,8}}(?:(?: {{1,2}}|・)[{_NAME_CHARS}]{{1,8}}){{0,2}}|[A-Z][a-z]+(?: [A-Z][A-Za-z]+){{1,2}}|[A-Z]{{2,15}}(?:,? [A-Z]{{2,15}}){{1,2}})"
    r" *(?:様|さん|殿)? *(?=$|[\t\n]|[(（](?![株有])|(?<= )(?:フリガナ|ふりがな|カナ|生年月日|性別|年齢|住所|電話|連絡先)(?: *[:：]| ))")
# (the last: the next label of a form's line, 氏名 千葉 拓海 フリガナ チバ タクミ)
_HONORIFIC_END = re.compile(r"(?<=..)(?:様|さん|殿)$")
NOT_NAME_WORDS = frozenset({"未定", "不明", "なし", "同上", "本人", "記入", "全員", "各位", "担当", "御中", "一覧",
                            "カナ", "フリガナ", "ふりがな", "氏名", "名前", "様", "殿"})
ORGANISATION_MARKERS = ("会社", "株式", "有限", "法人", "センター", "支店", "営業所", "事務所", "病院", "学校")
_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{2,}(?:部|課|室|係)$")  # 営業部, 人事課 (not 阿部: two characters)
# Each starts with its first character, look-behinds after it (see starts_after).
_FIRST_KANA = starts_after(f"[{_KANA}]", f"[{_KANA}]", r"[^\s]・")  # a list's bullet may stand before: ・レ・ティ・マイ (people22)
KANA_NAME = re.compile(rf"{_FIRST_KANA}[{_KANA}]{{1,7}} [{_KANA}]{{1,8}}(?![{_KANA}・])")
HIRAGANA_NAME = re.compile(
    rf"{starts_after(f'[{_HIRAGANA}]', f'[{_HIRAGANA}]')}[{_HIRAGANA}]{{1,5}} [{_HIRAGANA}]{{1,6}}(?![{_HIRAGANA}])")
# a listed reading's pair may stand between a role's or a list's ・ and kanji (創業者・シバタ ダイスケ, 壇蜜・マツオ アヤカ・内田:
# names28); between katakana or letters, ・ joins the parts of one foreign name (ホー・クオック・バオ)
_LISTED_FIRST_KANA = starts_after(f"[{_KANA}]", f"[{_KANA}]", r"[A-Za-z0-9ァ-ヶー]・")
KANA_WORDS = re.compile(rf"{_LISTED_FIRST_KANA}[{_KANA}]{{1,8}}(?: [{_KANA}]{{1,8}}){{1,3}}(?![{_KANA}]|・[{_KANA}])")
FOREIGN_NAME = re.compile(rf"{_FIRST_KANA}[{_KANA}]{{1,9}}(?:・[{_KANA}]{{1,10}}){{1,2}}(?![{_KANA}・])")
ROMAJI = re.compile(starts_after("[A-Z]", "[A-Za-z]") + r"[a-z]{1,15} [A-Z][a-zA-Z]{1,15}(?![A-Za-z])")
# a passport's order in brackets after the name it spells: the surname in capitals, the given name's
# words capitalised (劉 静怡（LIU Jingyi）, チャン・ヴァン・フン（TRAN Van Hung）) (people22)
ROMAJI_BRACKETED = re.compile(r"[A-Z](?<=[（(][A-Z])[A-Z]{1,11}(?: [A-Z][a-z]{1,15}){1,2}(?=[)）])")
ROMAJI_NOT_NAMES = frozenset({"No", "Inc", "Ltd", "Co", "Corp", "Station", "Dear", "Best", "Regards", "Thank",
                              "Thanks", "Date", "Name", "Tel", "Fax", "Mail", "Passport", "Card", "Number",
                              "Tokyo", "Osaka", "Japan", "Street", "City", "Ward", "Building", "Floor", "Room",
                              "Mr", "Ms", "Mrs", "Dr", "The", "Of", "And", "Dept", "Department", "Team", "Office",
                              "Section", "Division", "Group", "Center", "Centre", "Staff", "Sales", "Unknown", "None",
                              "TBD", "Total", "Sample", "Test", "User", "Admin", "Guest", "Visitor", "Member",
                              # a shop's or a studio's kind, the first or last word of its Latin name (Atelier
                              # Shirotae 様, Salon Hanamizuki, Mitsuba Bakery): the business a mail greets (people22)
                              "Atelier", "Studio", "Salon", "Cafe", "Café", "Bakery", "Patisserie", "Gallery", "Boutique",
                              "Shop", "Store", "Hotel", "Inn", "Clinic", "Kitchen", "Bistro", "Trattoria", "Restaurant",
                              "Photo", "Photography", "Design", "Works", "Workshop", "Farm", "Garden", "Gardens",
                              "Florist", "Flowers", "Hair", "Nail", "Beauty", "Spa", "Dental", "Pharmacy", "Club",
                              "School", "Academy", "Lab", "Labs", "Company", "Associates", "Partners", "Planning",
                              "Wedding", "Weddings", "Bridal", "Market", "Books", "Travel", "Tours", "Agency",
                              "Consulting", "Gakuen", "Juku"})
ROMAJI_NOT_NAMES_UPPER = frozenset(word.upper() for word in ROMAJI_NOT_NAMES)  # ATELIER SHIROTAE 様 as well


def labelled_names(text: str, labels: list[re.Match], lists: NameLists | None = None):
    """(start, end) of each name field's whole value (氏名: 松本煌星, フリガナ: アライ
    ココア); labels are NAME_LABEL's matches in text. After a label that as often
    names a team or a number (担当：, 折り返し先：) the value must be a listed surname
    and a given name."""
    for label in labels:
        value = _VALUE.match(text, label.end())
        if value and is_a_name(value.group(1)):
            honorific = _HONORIFIC_END.search(value.group(1))  # 山田太郎様: the name without it
            end = value.end(1) - (len(honorific.group()) if honorific else 0)
            remark = _REMARK.search(text, value.start(1), end)  # 折り返し先：金子龍之介　夕方以降希望
            end = remark.start() if remark else end
            if not _WEAK_LABEL.match(label.group()) or (lists and _surname_led(text[value.start(1):end], lists)):
                yield value.start(1), end


_WEAK_LABEL = re.compile(r"担当(?!者)|折り?返し先")
_KANJI_NAME_SHAPE = re.compile(r"([\u4e00-\u9fff々]{1,4})( ?)[\u4e00-\u9fff々ぁ-ゖ]{1,4}")
_KANA_NAME_SHAPE = re.compile(r"([ァ-ヶー]{1,8}) [ァ-ヶー]{1,8}")


def _surname_led(value: str, lists: NameLists) -> bool:
    """A surname of the lists then a given name (堀 真一, 東一郎; not インフラ運用チーム, 東日本サポート)."""
    kana = _KANA_NAME_SHAPE.fullmatch(value)
    if kana:
        return kana.group(1) in lists.surname_kana
    shape = _KANJI_NAME_SHAPE.fullmatch(value)
    if not shape:
        return False
    if shape.group(2):  # a space after the surname
        return shape.group(1) in lists.surnames
    return any(value[:k] in lists.surnames for k in range(2 if len(value) > 4 else 1, min(4, len(value) - 1) + 1))


# A last word of kanji or hiragana longer than a given name is a remark after the name.
_REMARK = re.compile(r"(?<=[^ ]) +[\u4e00-\u9fff々ぁ-ゖ]{5,}$")


def is_a_name(value: str) -> bool:
    words = _NAME_WORDS.split(value)
    return not (any(w in NOT_NAME_WORDS or w in ROMAJI_NOT_NAMES or _DEPARTMENT.match(w) for w in words)
                or any(marker in value for marker in ORGANISATION_MARKERS))


def kana_names(text: str):
    """Furigana and foreign names in katakana: likely names, a context word decides."""
    for pattern in (KANA_NAME, HIRAGANA_NAME, FOREIGN_NAME):
        for match in pattern.finditer(text):
            yield match.start(), match.end()


_FOREIGN_SURNAMES_IN_PARTS = SHORT_VIETNAMESE_KANA | FOREIGN_SURNAMES_KANA


def listed_kana_names(text: str, lists: NameLists):
    """Katakana full names with a space that need no context word: a surname and a
    given name from the name lists (ヤマダ タロウ), or a foreign surname of the
    lists with the rest of the name (グエン ヴァン アン, キム ミンジュン), apart or in
    three parts joined by ・ (ホー・クオック・バオ)."""
    for match in KANA_WORDS.finditer(text):
        parts = match.group().split(" ")
        if parts[0] in FOREIGN_SURNAMES_KANA or (
                len(parts) == 2 and parts[0] in lists.surname_kana and parts[1] in lists.given_kana):
            yield match.span()
    for match in FOREIGN_NAME.finditer(text) if "・" in text else ():
        parts = match.group().split("・")  # ホー・クオック・バオ: a Vietnamese surname then two names
        if len(parts) >= 3 and parts[0] in _FOREIGN_SURNAMES_IN_PARTS:
            yield match.span()


_HONORIFIC_AFTER_KANJI = re.compile(r"(?<=[\u4e00-\u9fff々])(?:様|さま|さん|殿)")  # rarer than kanji: sought first
_HONORIFIC_FINDER = finder_of(_HONORIFIC_AFTER_KANJI)  # the honorific found before its look-behind is tried
_KANJI_WORD = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{2,3}")


def addressed_surnames(text: str, lists: NameLists):
    """A surname of the lists addressed (松尾様より問合せ): the dictionary reads some
    surnames as proper nouns of no kind, which its 人名 tags miss."""
    for honorific in matches(_HONORIFIC_AFTER_KANJI, _HONORIFIC_FINDER, text):
        end = honorific.start()
        for start in (end - 2, end - 3):
            word = _KANJI_WORD.fullmatch(text, start, end) if start >= 0 else None
            if word and word.group() in lists.surnames:
                yield word.span()


def romaji_names(text: str):
    for pattern in (ROMAJI, ROMAJI_BRACKETED):
        for match in pattern.finditer(text):
            if not any(part in ROMAJI_NOT_NAMES for part in match.group().split()):
                yield match.start(), match.end()
