"""Values that a field label makes 要配慮: the cells under a 本籍 or 既往歴 column,
a form's 宗教 row, `健診結果: D2` in a line of text.

Table rows reach the detector composed as `label: value` with the labels marked
unread (detectors.fields, TextUnit.labels): the label of each value is read there.
In running text a label word at a line's start, followed by a colon or a space,
labels the rest of the line; a 本籍 wherever it is given is read by detectors.jp.sensitive.domicile.
The value, never the label, is the finding; values that say there is nothing
(なし, 異常なし, -) are not.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from detectors.jp.sensitive.columns import labelled_cells
from detectors.jp.sensitive.creeds import CAUSE, names_a_cause
from detectors.jp.sensitive.disabling import CONDITION, as_labelled, names_a_disabling_condition
from detectors.jp.sensitive.domicile import DOMICILE, SAME_AS, domiciles, is_domicile_label
from detectors.jp.sensitive.health_labels import HEALTH_LABELS, LabelMeanings
from detectors.jp.sensitive.keyed import english_label
from detectors.jp.sensitive.lexicon import FieldLabel, Lexicon, compile_pattern, words_regex
from detectors.jp.sensitive.nationality import NATIONALITY_OR_ORIGIN, a_country_alone, joined_to_nationality
from detectors.jp.sensitive.phrases import Phrase, clean_value, is_programme
from detectors.jp.sensitive.rolls import RollMatcher
from detectors.jp.sensitive.symptoms import SYMPTOM, SymptomValues

ITEM = "item"
_YES = re.compile(r"^(?:有|有り|あり|○|〇|◯|●|該当|該当あり|加入|加入済み?|はい|yes|y|済|[1-7]級|[1-4]度|第?[1-7]種"
                  r"|[AB][12]?|区分[1-6])(?:\(.{0,20}\))?$|[1-7]級|[1-4]度")
_GRADE = re.compile(r"^[B-E][0-9]?(?![A-Za-z0-9])|^(?:治療中|治療継続|経過観察|再検査|精密検査|受診勧奨|要[一-龥]{1,6})")
_RESULT = re.compile(r"^[<>≦≧]?[0-9]+(?:\.[0-9]+)?(?:/[0-9]+)?[^0-9]{0,16}$|^\(?[0-9]?\+|^陽性|^所見あり|^異常あり|^要"
                     r"|^[B-E][0-9]?(?:\(.{0,12}\))?$")
_RANGE = re.compile(r"[0-9] *[-~〜～] *[0-9]|以下|以上|未満|超|[≦≧]")  # a reference range, not a result
MAX_VALUE = 80
# last time's value beside this time's (前年血圧, 前回判定): the result is this time's
_EARLIER = re.compile(r"^(?:前回|前年|前年度|昨年|昨年度|前々回|過去)")
# a header naming the paperwork around a label word (事後措置通知日, 受診勧奨送付日, 意見書提出期限,
# 判定医): its column holds dates, deadlines, doctors or numbers, not anyone's health
_ADMIN_TAIL = re.compile(r"(?:日|日付|年月日|日時|期限|期日|予定|送付|通知|提出|回収|医|医師|医師名|機関|機関名|担当|番号|回数|件数|様式)$")
# where a sum goes (組合費振込先, 組合費口座): the payee's account, not the person's value (union13)
_PAYEE = re.compile(r"(?:の)?(?:振込先|振込口座|納付先|送金先|口座)")
# a date alone, or the status of a form (通知済, 未提出, 回収済み): when, not what
_DATE = re.compile(r"^(?:令和|平成|R|H)?[0-9]{1,4} *[/.\-年] *[0-9]{1,2}(?: *[/.\-月] *[0-9]{1,2} *日?)?(?:\([月火水木金土日]\))?$")
_PAPERWORK = re.compile(r"^(?:[一-龥]{0,4}(?:通知|送付|提出|回収|受領|記入|確認|返送|発送|郵送|配布|入力|登録)(?:済み?|待ち|中)"
                        r"|未(?:通知|送付|提出|回収|記入|返送|発送|郵送|配布|入力|登録)|本人(?:に|へ)(?:通知|送付|郵送|手渡し)(?:済み?)?"
                        r"|[一-龥]{0,4}受領|実施済み?|未実施|省略)$")
_CHOICE = re.compile(r" *[/・|／] *")
# a month or a day with no year's date form (9月, 2025年8月, 8月予定): when, not what
_WHEN = re.compile(r"^(?:[0-9]{4}年)?[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:頃|予定|上旬|中旬|下旬)?$")
# a part of a value that says there is nothing (就業制限なし, 措置不要, 異常を認めず, 通常勤務可, 就業可能)
_NOTHING = re.compile(r"(?:なし|無し|不要|認めず|認めない|問題ない|ありません|ませんでした|られず|範囲内)[。.]?$|^(?:通常|平常)(?:勤務|業務)?(?:可|可能)?$"
                      r"|^就(?:業|労)(?:継続)?(?:可|可能)$|^現状(?:維持|のまま)$|^(?:経過)?良好$|^(?:別紙|別添)参照$|^保留$|^対象外$")
_PARTS = re.compile(r"[・、/／,]")
_REMARK = re.compile(r"\([^)]*\)")
# words of a free-text header besides its category's label (健康状態・配慮事項, 宗教/その他)
_FREE_TEXT = re.compile(r"配慮|特記|備考|その他|メモ|申し送り|要望|希望|事項|注意")
# a header's remark sending the reader elsewhere for a label's word (故人（戒名は別紙）, 物故者(法名は別紙参照)):
# the column holds what the header's head names, the label word's values are kept elsewhere (sensitive17b)
_REFERRAL = re.compile(r"[(（][^()（）]*(?:別紙|別添|別記|別表|別冊|別途|参照|除く)[^()（）]*[)）]")
_OTHER = re.compile(r"^その他の?")  # a label's qualifier (その他所見: the other findings), not a column of anything
# a finding told in words under a 所見 label (右上肺野に索状影, ST低下あり), not denied (変化なし)
# what a reading found, in words (結節影, 右脚ブロック, 期外収縮, 石灰化, 脂肪肝, 高値): also judged.py's test
# of a result told in words
READ_FINDINGS = r"影|結節|ポリープ|のう胞|嚢胞|ブロック|収縮|不整脈|細動|徐脈|頻脈|肥厚|石灰化|狭窄|萎縮|混濁|雑音|高値|低値|脂肪肝"
_FINDING_WORDS = re.compile(rf"(?:あり|疑い|を?認め|陽性|変化|低下|上昇|肥大|拡大|腫大|{READ_FINDINGS}"
                            # and a judgement in words
                            r"|貧血|高血圧|経過観察|要観察|要精検|要精査|要再検"
                            r"|(?<=[一-龥])異常(?![を無所は]))(?!なし|無し|認めず|ない)")  # 肝機能異常, not 異常所見なし (checkup15)


_SENTENCE_END = ("。", "．")
# the person's seat or part in what the label word names, joined by a particle (組合での役職, 宗教上の立場,
# 組合における役割): the same label (sens18)
_SEAT_IN = r"(?:(?:での|における|上の|の)(?:役職|役割|役員|立場|地位|活動))"
_JOINED_WORD = "一-龥ぁ-ゖァ-ヺーA-Za-z"
_JOINED = rf"[・/][{_JOINED_WORD}]{{1,8}}"  # a label's partner word (既往症・けが): the header is read by label_of
_FIELD_SEPARATOR = r"[/|;]"  # between two fields on one line (normalised ／, ｜, ；)


class FieldValues:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.labels: dict[str, FieldLabel] = LabelMeanings(lexicon.labels)  # and labels of illness by grammar
        for item in lexicon.checkup_items:
            self.labels.setdefault(item, FieldLabel("健康診断結果", ITEM))
        self._label_word = compile_pattern(words_regex(tuple(self.labels) + tuple(HEALTH_LABELS)))
        self._judgement = compile_pattern(words_regex(lexicon.judgements))
        self.items = compile_pattern(words_regex(lexicon.checkup_items))
        self._disability = compile_pattern(words_regex(lexicon.disabilities + ("障害者", "障がい者")))
        # a label at a line's start (・既往歴: …, 3. 宗教 …) or after a space (佐藤 花子 本籍 大阪府)
        line_labels = words_regex(tuple(lexicon.labels) + tuple(HEALTH_LABELS))
        # the label may be joined to another word (既往症・けが:, 既往歴/体質:) (health24); the value ends at the
        # line's end or at the next field's label, after a space or a separator (障害:…/服薬:…, 既往:… | 血液型:…)
        self._line_label = compile_pattern(  # begins with the label word: scanned for by its first letters
            rf"{line_labels}{_SEAT_IN}?(?P<joined>{_JOINED})?(?: *\([^)\n]{{0,12}}\))?(?: *: *| +)(?P<value>[^\t\n]+?)"
            rf"(?= {{2,}}|\t|\n|$|(?: ?{_FIELD_SEPARATOR} ?| )[一-龥ァ-ヺー]{{1,8}} *:)")
        self._label_at = compile_pattern(line_labels)
        # …or after another word it is joined to (前科・前歴: …, 信仰／宗派 …, けが・持病: …) (beliefs14): the window
        # must END there (\Z: a `$` matched at any blank line inside it, and a label word inside a sentence passed)
        self._line_start = compile_pattern(
            rf"(?:^|[ \t]|{_FIELD_SEPARATOR})[・■□●◆*-]*(?:[0-9]+[.)] *)?(?P<front>[{_JOINED_WORD}]{{1,8}}[・/／])?\Z")
        self._known: dict[str, tuple[str, FieldLabel] | None] = {}
        self.roll = RollMatcher(lexicon)  # a role or a union's name under a 組合 column; also the recognizer's matcher
        self.symptoms = SymptomValues(lexicon.diseases)  # a body's symptom under 症状, not a machine's fault (health19)

    def label_of(self, label_text: str) -> tuple[str, FieldLabel] | None:
        """(label word, its meaning) for a column header or row label: the longest
        label word inside it (既往歴(治療中を含む), HbA1c(%)). Each column's label
        repeats on every row: asked once."""
        if label_text not in self._known:
            self._known[label_text] = self._label_of(label_text)
        return self._known[label_text]

    def _label_of(self, label_text: str) -> tuple[str, FieldLabel] | None:
        text = label_text.strip().rstrip(":").strip()
        if not text or len(text) > 24 or _EARLIER.match(text) or text.endswith(_SENTENCE_END):
            return None  # a sentence (本籍地は熊本県天草市とのこと。) a table's row was taken for a header by: no label
        if is_domicile_label(text):
            return DOMICILE, self.labels[DOMICILE]  # 本 籍, honseki_pref, Registered Domicile
        words = sorted(self._label_word.finditer(text), key=lambda m: len(m.group()), reverse=True)
        if not words and (english := english_label(text)):  # an export's English header (union_role)
            return english, self.labels[english]
        if not words or _ADMIN_TAIL.search(text, words[0].end()) or _PAYEE.match(text, words[0].end()):
            return None
        if _in_referral(text, words[0]):
            return None
        if _FREE_TEXT.search(_OTHER.sub("", text).replace(words[0].group(), "")):  # その他所見 is still 所見
            return None  # 健康状態・配慮事項: a column of any need, not of health alone
        return words[0].group(), joined_to_nationality(text, as_labelled(text, words[0], self.labels[words[0].group()]))

    def names_a_disability(self, value: str) -> bool:
        """Whether a value names a disability of the lexicon's (聴覚障害, 人工内耳, 身体障害者)."""
        return self._disability.search(value) is not None

    def has_item(self, text: str) -> bool:
        """Whether the text names a check-up item (a result table may be in it)."""
        return "\t" in text and bool(self.items.search(text))

    def counts(self, field: FieldLabel, value: str) -> bool:
        """Whether a value under a label of this meaning is information."""
        cleaned = clean_value(value)
        if field.category == DOMICILE and SAME_AS.fullmatch(cleaned):
            return True  # 同上, 現住所に同じ: the 本籍 is the address given
        if not cleaned or cleaned.lower() in self.lexicon.none_values or len(value) > MAX_VALUE:
            return False
        if field.kind != ITEM and (_DATE.match(cleaned) or _WHEN.match(cleaned) or _PAPERWORK.match(cleaned)
                                   or self._choices(value) or self._says_nothing(cleaned)):
            return False
        if field.kind == NATIONALITY_OR_ORIGIN:
            return not a_country_alone(cleaned)
        if field.kind == "flag":
            return bool(_YES.match(cleaned) or (field.category == "障害" and self._disability.search(cleaned))
                        or (field.category == "労働組合" and self.roll.counts(cleaned)))
        if field.kind == SYMPTOM:
            return bool(_YES.match(cleaned) or self.symptoms.tells(cleaned))
        if field.kind == CONDITION:  # a disability's own label: a flag, or the condition causing it (care15)
            return bool(_YES.match(cleaned) or self._disability.search(cleaned)
                        or names_a_disabling_condition(cleaned, self.lexicon))
        if field.kind == ITEM:  # a measure, or a finding read in words (腹部超音波: 軽度脂肪肝) (checkup15)
            told = _FINDING_WORDS.search(cleaned) and not self._says_nothing(cleaned)
            return bool(_RESULT.match(cleaned) or told) and not _RANGE.search(cleaned)
        if field.kind == CAUSE:  # one's groups (所属団体): a group of a cause or a party is a 信条 (creed20)
            return names_a_cause(cleaned)
        if field.kind == "grade":
            return bool(_GRADE.match(cleaned) or self._judgement.search(cleaned) or _FINDING_WORDS.search(cleaned))
        return True

    def _choices(self, value: str) -> bool:
        """A form's printed choices (通常勤務・就業制限・要休業): one of them says nothing."""
        parts = [clean_value(part) for part in _CHOICE.split(value.strip())]
        return len(parts) >= 2 and any(part.lower() in self.lexicon.none_values for part in parts)

    def _says_nothing(self, cleaned: str) -> bool:
        """Every part of the value (remarks in brackets aside) says there is nothing:
        異常なし(A), 就業制限なし, 措置不要・経過良好."""
        parts = [_REMARK.sub("", part) or part for part in _PARTS.split(cleaned)]
        return all(part.lower() in self.lexicon.none_values or _NOTHING.search(part) for part in parts if part)

    def in_choices(self, text: str, position: int) -> bool:
        """Whether position lies in a cell (or a label's value) of printed choices."""
        label = text.rfind(": ", 0, position)
        start = max(text.rfind("\t", 0, position) + 1, text.rfind("\n", 0, position) + 1, label + 2 if label >= 0 else 0)
        ends = [e for e in (text.find("\t", position), text.find("\n", position)) if e >= 0]
        return self._choices(text[start:min(ends, default=len(text))])

    def find(self, text: str, unread: Sequence[tuple[int, int]]) -> list[Phrase]:
        found = self._composed(text, unread)
        if "\t" in text and self._label_word.search(text):  # most tables hold no 要配慮 label
            for word, field, start, end in labelled_cells(text, self.label_of):
                found += self._phrase(word, field, text, start, end)
        starts = [start for start, _ in unread]
        for match in self._line_label.finditer(text):
            labelled = self._line_field(text, match)
            if labelled is None:
                continue
            if is_programme(text, match.start("value")):
                continue  # 保健指導 実施日程: a title, not a label  # 本籍 is a place, read by domiciles to its end; a label starts a line or follows a space
            if not _inside(match.start(), unread, starts):
                found += self._phrase(*labelled, text, match.start("value"), match.end("value"))
        return found + domiciles(text, lambda position: _inside(position, unread, starts))

    def _line_field(self, text: str, match: re.Match) -> tuple[str, FieldLabel] | None:
        """The label of a line's `label: value` match, if it stands as a label: at a line's start or
        after a space or a separator; a header joined to another word (けが・持病, 既往歴/体質) is read
        whole as a column's header is (連絡・配慮事項 labels any need, no health)."""
        label = self._label_at.match(text, match.start()).group()
        start = self._line_start.search(text, max(0, match.start() - 16), match.start())
        if label.startswith("本籍") or not start:
            return None
        if not start.group("front") and not match.group("joined"):
            return label, self.labels[label]
        header = text[start.start("front") if start.group("front") else match.start():match.start("value")]
        return self.label_of(header.rstrip(": "))

    def _composed(self, text: str, unread: Sequence[tuple[int, int]]) -> list[Phrase]:
        """Values after the composed labels of table cells: the label words are
        searched for in the text (most labels hold none), each label read once."""
        if not unread:
            return []
        starts = [start for start, _ in unread]
        found: list[Phrase] = []
        done = set()
        for match in self._label_word.finditer(text):
            index = bisect.bisect_right(starts, match.start()) - 1
            if index < 0 or index in done or match.start() >= unread[index][1]:
                continue  # not in a label
            done.add(index)
            start, end = unread[index]
            labelled = self.label_of(text[start:end].rpartition("\n")[2].rpartition("\t")[2])
            if labelled:
                value_end = unread[index + 1][0] if index + 1 < len(unread) else len(text)
                found += self._phrase(*labelled, text, end, value_end)
        return found

    def value_phrases(self, label: str, text: str, start: int, end: int) -> list[Phrase]:
        """The value in [start, end) read as the value of the label word (a key's value)."""
        return self._phrase(label, self.labels[label], text, start, end)

    def _phrase(self, word: str, field: FieldLabel, text: str, start: int, end: int) -> list[Phrase]:
        value = text[start:end]
        stripped = value.strip()
        if not self.counts(field, stripped):
            return []
        start += len(value) - len(value.lstrip())
        end = start + len(stripped)
        key = f"{word}:{clean_value(stripped)}" if field.kind == ITEM else ""
        return [Phrase(start, end, field.category, key)]


def _in_referral(text: str, word: re.Match) -> bool:
    """Whether the label word lies in a bracketed remark that sends the reader elsewhere."""
    if "別" not in text and "除" not in text and "参照" not in text:  # label_of asks once per header: a cheap gate
        return False
    return any(m.start() < word.start() and word.end() <= m.end() for m in _REFERRAL.finditer(text))


def _inside(position: int, spans: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    """Whether position lies in one of the sorted spans (their starts given)."""
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < spans[index][1]
