"""The Japanese label a host export's header word stands for, read word by word
(detectors.header_romaji gives the words): KOJIN_NO → 個人番号, KOZA_SYUBETU → 口座種別,
ｾｲﾈﾝｶﾞｯﾋﾟ → 生年月日, mailAdr → メールアドレス, ccNumber → クレジット番号, 携帯TEL → 携帯電話.

A word is a romaji or English word of a personal-data field, a word joined to others
without a break (KOJINBANGO, HONSEKICHI), or a consonant abbreviation host systems
use (KJN for kojin, NM for name, DT for date): a word without vowels whose letters
stand in order in one field word's consonants. Suffixes (_NO, _CD, _KN, _KJ, _MEI,
_YMD) add 番号, コード, カナ, 漢字, 名, 日 to the words before them. A header names a
person's field only when one of its words does: a generic word alone (NO, CODE, NAME,
TYPE) says nothing, a name word is 氏名 only beside words of a person (customer,
member, kanji, kana), and a header with a word of a shop, a product or a company
(TENPO_TEL, SHOHIN_CD, ITEM_NAME) is no person's field: none is glossed."""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.header_romaji import has_small_kana_lost, header_words, one_spelling

_FIELD_WORDS = {
    "氏名": "shimei namae fullname", "フリガナ": "kana furigana yomi yomigana katakana", "漢字": "kanji",
    "住所": "jusho address addr", "現": "gen genzai current present", "自宅": "jitaku home private",
    "郵便番号": "zip zipcode postcode postal", "郵便": "yubin", "電話": "tel telephone phone denwa",
    "携帯電話": "keitai mobile cell cellphone handy keitaidenwa", "FAX": "fax facsimile",
    "メール": "mail email emeru meru", "アドレス": "adoresu", "生年月日": "seinengappi dob bdate birthday birthdate umarebi tanjobi",
    "生年": "seinen", "誕生": "birth tanjo umare", "月日": "gappi", "個人": "kojin individual",
    "個人番号": "myno mynumber maina mynanba", "旅券": "ryoken passport", "在留": "zairyu residence residency",
    "在留カード": "zairyucard rescard", "カード": "card kado", "クレジット": "credit kurejitto", "クレジットカード": "cc",
    "運転": "unten driver drivers driving", "免許": "menkyo license licence lic", "免許証": "menkyosho",
    "運転免許": "dl", "年金": "nenkin pension", "基礎": "kiso basic", "雇用": "koyo employment",
    "保険": "hoken insurance ins", "雇用保険": "ei koyohoken empins", "被保険者": "hihokensha insured",
    "保険者": "hokensha hokenja insurer", "保険証": "hokensho", "記号": "kigo symbol", "口座": "koza account acct",
    "銀行": "ginko bank", "支店": "shiten branch", "金融機関": "kinyukikan", "種別": "shubetsu",
    "病名": "byomei", "病歴": "byoreki", "既往歴": "kioreki", "疾患": "shikkan disease illness", "傷病": "shobyo",
    "診断": "shindan diagnosis", "障害": "shogai disability handicap", "手帳": "techo", "等級": "tokyu grade",
    "心身": "shinshin", "宗教": "shukyo religion", "信仰": "shinko faith", "宗派": "shuha", "国籍": "kokuseki nationality",
    "本籍": "honseki domicile", "本籍地": "honsekichi", "組合": "kumiai union", "性別": "seibetsu gender sex",
}
_SUFFIX_WORDS = {"番号": "no num number bango nbr", "コード": "cd code", "名": "mei nm name", "カナ": "kn",
                 "日": "bi hi date ymd dt", "区分": "kubun kbn", "種別": "type kind"}
# words of a person the name word of a header belongs to; words of others
_PERSON = frozenset(one_spelling(w) for w in "full customer member kaiin shain kokyaku user person employee staff "
                    "patient kanja client kj kanji kana kn furigana family given first last sei".split())
_NOT_PERSON = frozenset(one_spelling(w) for w in "shop tenpo store mise company kaisha corp office jigyosho item "
                        "shohin product goods vendor supplier shiire torihikisaki maker hojin facility shisetsu "
                        "daihyo representative sender hassosha uketsuke school gakko hospital byoin".split())
# an account holder's column is left as it is: its name is read as before, and a gloss 口座名義 let
# the bank account rule take the next cell (a 農業協同組合 bank) for a company holder (corpus 8)
_HOLDER = frozenset(one_spelling(w) for w in ("meigi", "holder"))
# the label a 要配慮 column is read under, whatever else its header says
_CATEGORIES = {"病名": "病名", "疾患": "病名", "傷病": "病名", "病歴": "病歴", "既往歴": "既往歴", "宗教": "宗教", "信仰": "信仰",
               "宗派": "宗派", "本籍": "本籍", "本籍地": "本籍", "国籍": "国籍", "組合": "組合"}
_QUALIFIERS = ("現", "自宅", "基礎", "カード")  # words that say which of a field, not which field (a card: whose?)
_FILLERS = frozenset(("of", "the", "line", "and"))  # date of birth, address line 1
_VOCABULARY = {one_spelling(w): label for label, words in _FIELD_WORDS.items() for w in words.split()}
_SUFFIXES = {one_spelling(w): label for label, words in _SUFFIX_WORDS.items() for w in words.split()}
_ALL = _VOCABULARY | _SUFFIXES
_VOWELS = re.compile(r"[aiueo]")
_HOST_WORD = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ\uff66-\uff9f]").search  # romaji, English or half-width kana
_LONGEST = max(map(len, _ALL))


def _abbreviation(word: str) -> str | None:
    """The field word a consonant abbreviation stands for (kjn → kojin), when one only."""
    vowels = len(_VOWELS.findall(word))
    if len(word) < 2 or vowels > 1 or vowels and len(word) < 4:
        return None
    letters = _VOWELS.sub("", word)
    found = {label for key, label in _ALL.items() if key[0] == word[0] and _in_order(letters, _VOWELS.sub("", key))
             and (len(word) > 2 or _VOWELS.sub("", key) == letters)}
    return found.pop() if len(found) == 1 else None


def _in_order(letters: str, consonants: str) -> bool:
    rest = iter(consonants)
    return all(ch in rest for ch in letters)


def _segments(word: str) -> list[str] | None:
    """The labels of the field words a run of romaji is made of (kojinbango → 個人, 番号);
    a word of one or two letters (EI, DL, NO) only alone, or two letters at the end (YUBINNO)."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST), end):
            label = _ALL.get(word[start:end])
            short = end - start < 3 and (end - start < 2 or end < len(word)) and end - start < len(word)
            if label and not short and best[start] is not None and (best[end] is None or len(best[start]) + 1 < len(best[end])):
                best[end] = best[start] + [label]
    return best[-1]


def _labels(words: list[str]) -> tuple[list[str], int] | None:
    """Each known word's label (a kanji run is its own) and how many words are unknown;
    None for a header with a word of a shop, a product or a company."""
    out: list[str] = []
    unknown, abbreviated = 0, []
    for word in words:
        if not word.isascii():
            out.append(word)
        elif word in _NOT_PERSON or word in _HOLDER:
            return None
        elif word not in _FILLERS:
            labels = _segments(word) or (None if word in _PERSON else [label] if (label := _abbreviation(word)) else None)
            unknown += labels is None and word not in _PERSON
            abbreviated += [len(out)] if labels and not _segments(word) else []
            out += labels or []
    if unknown and abbreviated:  # KJN_NO, yes; CHEN MEILING (cell → 携帯電話), Ngay sinh (shinshin): a word of no field beside
        out = [label for index, label in enumerate(out) if index not in abbreviated]
    return out, unknown


def _readings(header: str) -> list[list[str]]:
    """The header's words; joined where a word alone is unknown (MY_NUMBER → mynumber);
    read without small kana where its kana set may have lacked them."""
    words = header_words(header)
    readings = [words, [w for w in words if not w.isascii()] + ["".join(w for w in words if w.isascii())]]
    return readings + ([header_words(header, no_small=True)] if has_small_kana_lost(header) else [])


@lru_cache(maxsize=4096)
def field_label(header: str) -> str | None:
    """The Japanese label a header stands for; None for one that names no person's field."""
    readings = _readings(header)
    if not _HOST_WORD(header):
        return None  # 氏名(ローマ字), カナ, カード番号: a Japanese label already
    best = None
    for words in readings:
        read = _labels(words)
        if read is None:
            return None
        if best is None or read[1] < best[1][1]:
            best = (words, read)
    return _composed(best[1][0], best[0]) if best[1][0] else None


def _composed(labels: list[str], words: list[str]) -> str | None:
    if "メール" in labels:
        return "メールアドレス"
    category = next((_CATEGORIES[label] for label in labels if label in _CATEGORIES), None)
    if category:
        return category  # 要配慮 columns are read under their own label (SHUKYO_MEI 宗教, HONSEKI_JUSHO 本籍)
    if "口座" in labels and "名" in labels:
        return None  # ACCT_NAME, KOZA_NM: the holder's name (see _HOLDER)
    content = [label for label in labels if label not in _SUFFIXES.values() and label not in _QUALIFIERS]
    if "名" in labels and not [label for label in content if label not in ("漢字", "フリガナ", "カナ")]:
        person = any(word in _PERSON for word in words) or len(labels) > 1
        return None if not person else "氏名(カナ)" if {"フリガナ", "カナ"} & set(labels) else "氏名"
    if not content:
        return None
    return "".join(label for k, label in enumerate(labels) if label != "コード" or not labels[k - 1].endswith("番号"))
