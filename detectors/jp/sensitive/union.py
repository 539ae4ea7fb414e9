"""労働組合: a person's membership or role in a trade union.

A union is named by its ending (〇〇労働組合, 〇〇労組, 〇〇ユニオン, 〇〇職員組合) or
known by name (連合, UAゼンセン); with a role (〜の執行委員長, 〜組合員) or joining
(〜に加入) it is information about a person. 組合員 alone is a union member, unless
the 組合 is a health-insurance, mutual-aid, co-operative or condominium one.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Anchored, Lexicon, compile_pattern, scanned_pattern, whole_word, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic
from detectors.jp.sensitive.union_bodies import a_unions_contact, another_bodys_union_word, not_a_labour_union
from detectors.jp.sensitive.union_rows import a_member_header_beside_union_column

# a union's branch or section between its name and a seat (全港湾 東部支部の書記長, 自治労の支部執行委員)
_BRANCH = (r"(?: *の? *[一-龥ァ-ヺー0-9]{0,8}?の?(?:支部|分会|本部|地本|地区協議会|地域協議会|地協|協議会|単組|青年部|女性部"
           r"|執行部|専門部))?")
# a body's generic seats (議長, 役員, 事務局長): a union's only after the union's name or its organ
_GENERIC_SEATS = r"|(?:副?議長|役員|事務局(?:長|次長)|幹事(?:長)?|三役)(?!選挙|改選|会|候補|募集|各位|の皆)"
# a seat held, however said (を務める, に就任, として, を担当している)
_SEAT_HELD = r"を務め(?:る|て(?:いる|おり|いた))?|に就任(?:した)?|として|を担当(?:して(?:いる|おり|いた)|した)?"
_UNION_ENDINGS = rf"(?:労働組合|労働者組合|職員組合|教職員組合|従業員組合|労組|ユニオン){_BRANCH}"
# the head of a union's section (労組青年部の部長): a role only after the section
_SECTION_ROLES = r"|部長|副部長|書記|幹事"
_NAME_LETTERS = "一-龥々ァ-ヺーA-Za-z0-9・"
# the head of a union's section said after 組合 (組合の青年部長を務める, 組合女性部の副部長)
_SECTION_SEAT = r"(?:青年|女性|婦人|専門|文化|教宣|調査)部 *(?:の)? *(?:副?部長|書記|幹事)"
_JOINED = r"(?:に|へ)?(?:加入|加盟|所属)(?:して(?:いる|おり)|している|した|済み|中)?"
# a union's own document (its minutes, its roster) names its officers by role beside their names
_UNION_DOCUMENT = re.compile(r"労働組合|労組|ユニオン|職員組合|組合員")
_NAME = r"[一-龥々]{1,4}[ 　]?[一-龥々]{1,4}"
# a list's name (組合員名簿, 組合役員一覧: a title or a caption) says nothing of anyone
_LIST_AFTER = re.compile(r" *(?:の)?(?:名簿|一覧|台帳|リスト|数|総数|明細|内訳|集計)|(?:証)?(?:番号|No|NO|ID|コード|CD)")  # or a column of ids
# a seat's word that names an office or a body (書記局, 執行委員会): no one's seat
_AN_OFFICE_AFTER = re.compile(r"(?<=[一-龥])(?:局|室|会(?!計))")  # right after the seat noun itself
# seats only a union has, said of the person (分会長として交渉に臨む, 書記長に選ばれた)
_UNION_SEAT = (r"(?:副?分会長|分会書記|副?書記長|中央執行委員長?|副?執行委員長)(?:として|を務め(?:る|て(?:いる|おり|いた))"
               r"|に就任|に選(?:ばれ|出され)(?:た|て))")
# seats only a union has, after any name (港湾労協の分会長, 北港運輸の書記長): the union however it is called
# (sensitive17); not a meeting or an office of the seat (分会長会議, 書記長室)
# (every branch begins with a letter, not with の: re scans for the seats' first letters, の is everywhere)
_UNION_ONLY_SEAT = re.compile(r"(?:副(?:分会長|書記長|執行委員長)|分会(?:長|書記長?)|書記長|中央執行委員長?|執行委員長?)(?!会|選|候補|室|局)")
_NAME_BEFORE_SEAT = re.compile(rf"[{_NAME_LETTERS}]{{2,12}}の\Z")
# …nor a school council's, a club's, a party's or a company's own seat (生徒会の執行委員長)
_NOT_A_UNIONS_NAME = re.compile(r"(?:生徒会|学生会|自治会|児童会|委員会|クラブ|同好会|PTA|党|会社|当社|弊社)\Z")
# a seat at a union's bargaining table (春闘の団体交渉委員, 団交委員として): a union's alone
_BARGAINER = r"(?:団体交渉|団交)委員(?:長)?(?!会)"
# dues taken from pay however said (組合費はチェック・オフで給与から差し引かれている)
_DUES = r"組合費[^。\n\t]{0,14}?(?:天引き|控除|チェック・?オフ|差し?引)"
# joined on a day or anew (当ユニオンに本日加入, 組合に先月加入)
_JOINED_WHEN = r"(?:組合|ユニオン|労組)に(?:本日|今日|先日|先月|今月|昨年|新たに|正式に|[0-9]+月[0-9]*日?に?)加入"
# (union19) a seat on a strike's or a dispute's committee (ストライキ実行委員会の委員, 争議団の団長, 闘争委員長), or
# taking part in one (ストライキに参加): only a union strikes; the committee alone (〜委員会は声明を出した) is
# no one's seat — _AN_OFFICE_AFTER drops the match that stops before its 会
# (each branch opens with its own word: a leading group makes re try every position, 3x the cost)
_DISPUTE_SEAT = "|".join(word + r"(?:実行|対策)?委員(?:会 *の? *(?:副?委員長|委員|事務局長|書記長?|幹事)|長)?"
                         for word in ("ストライキ", "スト権", "争議", "闘争")) + r"|争議団(?:の)?(?:副?団長|一員|団員)|ストライキ(?:に|へ)参加"
_DISPUTE_WORDS = ("スト", "争議", "闘争")  # the cheap gate: most texts name no strike
# a seat with its union said in brackets after it (職場委員(労組), 会計監査(○○ユニオン), 代議員(組合)): a union's
# seat however its name is shortened (dining21) (or its short name: 市職労, 県教組, 〇〇労連)
# (found at its bracket, the seat read back from it: the seats' first letters 会, 中, 代 are everywhere)
_BRACKETED_UNION = re.compile(r"[(（] *(?:(?:[^()（）\n]{0,12}?(?:労働組合|労組|ユニオン|職員組合|教組|労連|労協)|[一-龥]{1,5}(?<![過疲苦心徒功慰])労)"
                    r"(?:[^()（）\n]{0,6}?(?:支部|分会))?|組合)[)）]")
_SEAT_REACH = 8  # the longest seat (中央執行委員長) and a space
# a union's own form handed in or received, in a union's document (加入申込書受領)
_FORM_TAKEN = re.compile(r"加入(?:申込書|申込|届|申請書)(?:を|は)?(?:受領|受理|提出|受付|受け付け)")


def _seats_after_a_name(text: str) -> list[Phrase]:
    """A union-only seat after a name and の (港湾労協の分会長), the name not a school council's,
    a club's, a party's or a company's own."""
    found = []
    if "分会" not in text and "書記長" not in text and "執行委員" not in text:
        return found  # most texts name no such seat: three scans in C, not a regex tried at every 中
    for match in _UNION_ONLY_SEAT.finditer(text):
        name = _NAME_BEFORE_SEAT.search(text, max(0, match.start() - 13), match.start())
        if name and not _NOT_A_UNIONS_NAME.search(text, name.start(), match.start() - 1):
            found.append(Phrase(name.start(), match.end(), "労働組合"))
    return found


def _a_sentence_after(text: str, end: int) -> bool:
    """Whether the rest of the cell after a union's name goes on as a sentence (ends with 。)."""
    stops = [p for p in (text.find("\n", end), text.find("\t", end)) if p >= 0]
    return text.find("。", end, min(stops, default=len(text))) >= 0


class UnionMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        roles = words_regex(lexicon.union_roles)
        membership = (rf" *(?:の|で|にて)? *(?:{roles}{_GENERIC_SEATS}{_SECTION_ROLES})(?:{_SEAT_HELD})?"
                      rf"|{_JOINED}")
        self._named = Anchored(rf"{_UNION_ENDINGS}(?:{membership})", _NAME_LETTERS, 16)
        # separate patterns, each beginning with a word: `re` scans for a pattern's first letters only
        # when every branch of it begins with a letter, not with a group
        self._known = tuple(scanned_pattern(p) for p in (
            rf"{words_regex(lexicon.unions)}{_BRANCH}(?:{membership})", r"労働組合(?:員|役員|専従)|組合(?:員|役員|専従)|労組役員",
            rf"組合{_BRANCH} *(?:の)? *(?:支部|分会)?{roles}", _UNION_SEAT, _DUES, _JOINED_WHEN, rf"組合 *(?:の)? *{_SECTION_SEAT}", _BARGAINER))
        self._seat_before = re.compile(rf"{roles} *\Z")
        self._dispute = compile_pattern(_DISPUTE_SEAT)
        self._name = Anchored(_UNION_ENDINGS, _NAME_LETTERS, 16, least=2)
        officers = words_regex(tuple(r for r in lexicon.union_roles if len(r) >= 3 or r.endswith("長")))
        self._role_then_name = compile_pattern(rf"{officers}(?!会|[一-龥]{{0,2}}(?:会議|選挙))[ 　:]+{_NAME}(?=[、,\t\n(（ 　]|さん|氏|$)")
        self._name_then_role = Anchored(rf"(?:[(（] *)?{officers}(?:[)）]|から|が|は|より|として)", "一-龥々 　", 9, least=2)

    def _bracketed_seats(self, text: str) -> list[Phrase]:
        """A seat with its union in brackets after it (職場委員(労組), 執行委員（市職労）)."""
        found = []
        if "労" not in text and "組" not in text and "ユニオン" not in text:
            return found  # most texts name no union: searched in C before any bracket is tried
        for match in _BRACKETED_UNION.finditer(text):
            seat = self._seat_before.search(text, max(0, match.start() - _SEAT_REACH), match.start())
            if seat and whole_word(text, seat.start(), match.end()) and not another_bodys_union_word(text, seat.start()):
                found.append(Phrase(seat.start(), match.end(), "労働組合"))
        return found

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = []
        known = self._known + ((self._dispute,) if any(word in text for word in _DISPUTE_WORDS) else ())
        for start, end in [m.span() for p in known for m in p.finditer(text)] + list(self._named.spans(text)):
            if not whole_word(text, start, end):
                continue
            if another_bodys_union_word(text, start):
                continue
            found.append(Phrase(start, end, "労働組合"))
        found += _seats_after_a_name(text) + self._bracketed_seats(text)
        # the union of a person, in their row: a cell's value, not a sentence naming the union (〜と〇〇労働組合は協定する。)
        found += cells.phrases([(s, e) for s, e in self._name.spans(text) if not _a_sentence_after(text, e)], "労働組合")
        if _UNION_DOCUMENT.search(text):
            found += [Phrase(*m.span(), "労働組合") for m in self._role_then_name.finditer(text)]
            found += [Phrase(s, e, "労働組合") for s, e in self._name_then_role.spans(text) if text[s].strip()]
            found += [Phrase(*m.span(), "労働組合") for m in _FORM_TAKEN.finditer(text)]
        kept = [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)
                and not _LIST_AFTER.match(text, p.end) and not not_a_labour_union(text, p.start)
                and not _AN_OFFICE_AFTER.match(text, p.end) and not a_unions_contact(text, p.start)]
        return [p for p in kept if not a_member_header_beside_union_column(text, p, kept)]
