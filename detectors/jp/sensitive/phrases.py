"""What every category's matcher returns, and the checks they share: a phrase is
about nobody when it speaks of people in general (〜と診断された方は, 組合員の皆様),
and says nothing when it is denied (既往歴なし, 糖尿病ではない)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from detectors.jp.sensitive.households import in_household


class Phrase(NamedTuple):
    """A span of (normalised) text that says something of a person, with its
    category; `key` is its identity when the span alone would not be (a check-up
    value under its item: `HbA1c 7.2`)."""

    start: int
    end: int
    category: str
    key: str = ""


# Right after a phrase: people in general, a rule, an article's subject.
_GENERIC_AFTER = re.compile(
    r"(?:と(?:判定|診断)(?:され(?:た|て)?)?|され(?:た|て)?|している|した|する|ること|る|の|な|が|を|で|に|と|も)?"
    r"(?:方(?:は|が|も|に|へ|の|々|で|を|、)|かた(?:は|が)|人(?:は|が|も|に|へ|の|で)|者(?:は|が|も|に|へ|の|で)"
    r"|皆様|皆さん|みなさん|各位|場合|際(?:は|に|の)|とき(?:は|に)|時(?:は|に)|向け|予防|対策|防止|について|とは"
    r"|に関する|に対する|への支援(?!を受け)|支援(?!を受け)|制度|の手続|をお持ち|をご利用|ことが(?:大切|重要|大事|必要|でき|望まし)|等の|団体(?!交渉)"
    r"|担当|窓口|推進|促進|研修|説明会|取り?組み|業務|貸し?出し?|研究|文化|開発|営業|販売|保険"
    # what a place allows (車いすでの利用が可能): said of a facility
    r"|の(?:利用|来場|入場|乗車|来店)(?:が|も|は)?(?:可能|でき)"
    r"|(?<=で)(?:ご)?(?:利用|来館|来場|入場|乗車|来店|観覧|通行)(?:いただ|頂|でき|可能|になれ)"  # 車椅子でご利用いただける
    # a supposition (殴られたら, 後をつけられたと感じたら): what to do if, said to anyone
    r"|(?<=た)ら|と(?:感じ|思っ)たら"
    # a kind of event a policy names by its cause (精神障害を原因とする事故, 疾病に起因する損害) (sens18)
    r"|(?:を原因とする|に起因する|によって生じた|により生じた)(?:事故|損害|損失|傷害|疾病|死亡))")
# Right before a phrase: a hypothesis or an instruction, not a fact.
_GENERIC_BEFORE = re.compile(r"(?:もし|万一|万が一|仮に|例えば|たとえば|一般に|一般的に)[^。\n]{0,12}$")
# Right after: the information is denied.
_DENIED_AFTER = re.compile(
    r"(?:は|が|の|:)? *(?:なし|無し|無(?![a-zA-Z一-龥])|ない|なく|無く|ありません|否定|認めず|認めない|見られない|ではない|でない|陰性)")


# Right after a check-up judgement or measure: a programme or a count of people
# (有所見率, 保健指導実施日程, 特定保健指導の対象者名簿), not anyone's result; a list or the
# people of a judgement (要再検者一覧, 要精密検査者リスト, 有所見者名簿 — a mail's subject, a file's
# title) (sens20).
_PROGRAMME_AFTER = re.compile(r" *(?:の)?(?:者|の方)?(?:率|者数|人数|件数|割合|実施|日程|予定表|対象者|項目|の有無|の要否|基準|区分|制度"
                              r"|プログラム|案内|ご案内|お知らせ|担当|窓口|会場|申込|申し込み"
                              r"|送付|通知|発送|提出|期限|状況|日(?=[\t\n:]|$)"
                              # a kind of record (保健指導記録, 精密検査結果報告書): a title, a document's name
                              r"|記録|報告書|結果票|個人票|一覧|名簿|台帳|リスト|各位|の皆様|の皆さん)")
# A line of counts (a table's summary row, a report's figures) is about no one.
_SUMMARY = re.compile(r"受診者数|有所見者数|有所見率|受診率|実施率|該当者数|対象者数|平均値|合計|小計|総数|認知件数|[^\n]件数|[0-9]+ *(?:名|人)中")


# A judgement given as a rule (→ 受診勧奨, 要再検査とします) or a word quoted («「要精密検査」や»)
# (〜となります is said of the person a letter is written to: not a rule)
_RULE_AFTER = re.compile(r"」?(?:と(?:します|する|判定します)|」(?:や|と(?:書|記|い)|とは))")
_RULE_BEFORE = re.compile(r"(?:→|⇒|=>|->|(?:場合|とき|時|以上|以下|未満|超)(?:は|に|、|で)) *「?$")
# Right after a value: a threshold of a rule (140以上, 126を超える場合), not a result
_CRITERION_AFTER = re.compile(r" *[A-Za-zμ/%^0-9.]{0,12} *(?:以上|以下|未満|超(?!音波)|を超え|を超す|を上回|を下回|より高|より低"
                              r"|に達|になったら|になると|の場合|なら)")


def is_programme(text: str, end: int, start: int | None = None) -> bool:
    """A judgement that names a programme, a count, a rule or a quoted word."""
    return bool(_PROGRAMME_AFTER.match(text, end) or _RULE_AFTER.match(text, end)
                or (start is not None and _RULE_BEFORE.search(text, max(0, start - 6), start)))


def is_criterion(text: str, end: int) -> bool:
    return bool(_CRITERION_AFTER.match(text, end))


def in_summary_line(text: str, position: int) -> bool:
    """Whether the line (a table row) around position counts people."""
    line_start, line_end = text.rfind("\n", 0, position) + 1, text.find("\n", position)
    return bool(_SUMMARY.search(text, line_start, len(text) if line_end < 0 else line_end))


def is_generic(text: str, start: int, end: int) -> bool:
    """The phrase speaks of people in general, or of no one; not of one of the reader's household (households)."""
    if _GENERIC_BEFORE.search(text, max(0, start - 20), start):
        return True
    after = _GENERIC_AFTER.match(text, end)
    if after and _CLAUSE_ENDS.search(text, max(0, end - 3), end) and not after.group().startswith("の"):
        return False  # 〜があり|支援員が同行: the clause ended, the next word belongs to the next one (sens25)
    if after and after.group().endswith("について") and _MEASURED_JUDGED.search(text, start, end):
        return False  # 問診票のLDLコレステロール 192mg/dL 要受診について: one's own result spoken of, not a topic
    return bool(after) and not in_household(text, start, end) and not _TOLD_BY_THE_READER.search(
        text, max(0, start - 12), start) and not _PRESENT_TOLD.match(text, after.end())


# a measured value and its judgement (血圧 168/102 要精密検査): a topic (要精密検査について) has no measure
_MEASURED_JUDGED = re.compile(r"[0-9][^\n]{0,24}要(?:受診|精密検査|精査|再検査|治療|経過観察|医療)$")


# what the reader told the office, right before the phrase (お申し出の〜について, ご申告いただいた〜の件): the
# reader's own, though a topic's words follow it (sens23)
_TOLD_BY_THE_READER = re.compile(r"(?:お申し?出|ご申告|ご連絡|お知らせ|ご記入|ご記載|ご相談)(?:いただ(?:いた|きました)|頂いた|いただいており?ました|のあった|があった)?の?\Z")


# someone present told as a fact right after 〜の方が (お連れ様に〜の方がいらっしゃると伺いました, 〜の方が
# お一人おられるとのこと, 〜の方がいるため): the party's own member, not people in general (a supposition,
# 〜の方がいらっしゃる場合 / いらっしゃいましたら, is no fact) (beliefs24)
PRESENT_TOLD = (r"(?:[0-9一二三]+名|お一人|おひとり|[1一]人)?(?:いらっしゃ(?:る|います)|おられ(?:る|ます)|い(?:る|ます)|おり(?:ます)?)"
                r"(?:と(?:の(?:こと|由|お話)|伺|聞|お聞き|承|ご連絡|お知らせ|ご相談|ご申告)|ため|ので)")
_PRESENT_TOLD = re.compile(rf"(?<=[がも]){PRESENT_TOLD}")
NOT_PRESENT = rf"(?![がも]{PRESENT_TOLD})"  # for an invitation's 〜の方 (movements, advocacy): not one told present


# A rule's article (第3条 …, 第2項 …): what applies to anyone, not what befell someone
_ARTICLE = re.compile(r"[ 　]*第[0-9一二三四五六七八九十]+(?:条|項)")


def in_article(text: str, position: int) -> bool:
    """Whether the line at position is an article of a rule."""
    return _ARTICLE.match(text, text.rfind("\n", 0, position) + 1) is not None


# a phrase ending in a clause's continuative form (〜があり, 〜ており): what follows opens another clause
_CLAUSE_ENDS = re.compile(r"(?:あり|てお?り)\Z")


def is_denied(text: str, end: int) -> bool:
    return bool(_DENIED_AFTER.match(text, end))


def clean_value(value: str) -> str:
    """A field value without its spaces (it is normalised already)."""
    return "".join(value.split())


# a remark in brackets between two phrases of one thing (喘息発作の既往(幼少期)で通院中) (health24)
_REMARK_BETWEEN = re.compile(r"\([^()\n]{1,16}\)")


def merged(phrases: list[Phrase], text: str, gap: int = 4) -> list[Phrase]:
    """Phrases of one category that overlap or stand a few characters apart on one
    line (イスラム教徒 のため ハラール食), a remark in brackets aside, as one phrase;
    others as they are."""
    out: list[Phrase] = []
    for phrase in sorted(phrases):
        last = out[-1] if out else None
        if (last and last.category == phrase.category and not last.key and not phrase.key
                and phrase.start - _remark_end(text, last.end, phrase.start) <= gap
                and "\n" not in text[last.end:phrase.start]
                and "\t" not in text[last.end:phrase.start] and "。" not in text[last.end:phrase.start]):
            out[-1] = Phrase(last.start, max(last.end, phrase.end), last.category)
        else:
            out.append(phrase)
    return out


def _remark_end(text: str, end: int, next_start: int) -> int:
    """Where a remark in brackets right after a phrase's end closes (else the end)."""
    remark = _REMARK_BETWEEN.match(text, end, next_start) if text.startswith("(", end) else None
    return remark.end() if remark else end


_FREE_TEXT_LABEL = re.compile(r"備考|特記|メモ|配慮|健康|状態|状況|理由|内容|コメント|その他|摘要|症状|病状|相談|申告|補足|所見"
                              r"|記事|注意|事項|申し送り|連絡|Note|note|Memo|memo|Remarks|remarks")


def title_line(text: str, position: int) -> bool:
    """Whether the line at position is a row of one unlabelled cell in a table of
    rows of several cells: a title, a heading or an organisation's address, no
    member's row (a list of one column is rows of one cell)."""
    line_start, line_end = text.rfind("\n", 0, position) + 1, text.find("\n", position)
    line = text[line_start:len(text) if line_end < 0 else line_end].rstrip("\t")
    return "\t" not in line and ": " not in line and _ROW_OF_CELLS.search(text) is not None


_ROW_OF_CELLS = re.compile(r"[^\t\n]\t[^\t\n]")

class Cells:
    """The short values of a composed table or form, told from its labels (the
    unread spans) by a binary search: a value between two labels, next to a cell
    separator (a tab) or after a `label: `. Paragraphs, one a line, are not cells."""

    def __init__(self, text: str, unread: Sequence[tuple[int, int]], limit: int) -> None:
        self.text, self.limit = text, limit
        # rows above a table's header (a title, the header itself) carry no labels yet
        self.labelled = any(text.endswith(": ", start, end) for start, end in unread)
        # paragraphs (labels of line breaks alone) hold no cells
        self.unread = unread if self.labelled or any("\t" in text[start:end] for start, end in unread[:8]) else ()
        self.starts = [start for start, _ in self.unread]

    def holds(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside one short cell value."""
        unread, text = self.unread, self.text
        index = bisect.bisect_right(self.starts, start) - 1
        if index >= 0 and start < unread[index][1]:
            return False  # inside a label
        before = text[unread[index][0]:unread[index][1]] if index >= 0 else ""
        value_start = unread[index][1] if index >= 0 else 0
        after = text[unread[index + 1][0]:unread[index + 1][1]] if index + 1 < len(unread) else ""
        value_end = unread[index + 1][0] if index + 1 < len(unread) else len(text)
        return (end <= value_end and value_end - value_start <= self.limit
                and ("\t" in before or before.endswith(": ") or "\t" in after)
                and not (not before.endswith(": ") and title_line(text, start)))

    def phrases(self, spans: Iterable[tuple[int, int]], category: str) -> list[Phrase]:
        return [Phrase(start, end, category) for start, end in spans if self.holds(start, end)] if self.unread else []

    def free_text(self) -> list[tuple[int, int]] | None:
        """The values under labels of free text (備考, 特記事項, 配慮事項, 健康状態 …),
        where a bare word is written about someone; None when the table has no
        labels at all (every cell may be such a value)."""
        if not self.labelled:
            return None
        values = []
        for match in _FREE_TEXT_LABEL.finditer(self.text):
            index = bisect.bisect_right(self.starts, match.start()) - 1
            if index >= 0 and match.start() < self.unread[index][1]:
                value_end = self.unread[index + 1][0] if index + 1 < len(self.unread) else len(self.text)
                if value_end - self.unread[index][1] <= self.limit and (not values or values[-1][0] != self.unread[index][1]):
                    values.append((self.unread[index][1], value_end))
        return sorted(set(values) | set(self._unlabelled()))

    def _unlabelled(self) -> list[tuple[int, int]]:
        """The cells with no label of their own in rows that have labels (a headerless sheet whose
        other columns the extractor named, 氏名: … | 4年 | 喘息): a free note, as in a table with
        no labels at all (sens20). A header row holds no composed label: its cells are not read."""
        text, unread, values = self.text, self.unread, []
        line_end, labelled = -1, False  # the row of the last separator read, and whether it has labels
        for index, (start, end) in enumerate(unread):
            if end > line_end:  # once a row
                line_end = text.find("\n", end)
                line_end = len(text) if line_end < 0 else line_end
                labelled = text.find(": ", text.rfind("\n", 0, end) + 1, line_end) >= 0
            if not labelled or text.endswith(": ", start, end) or text.find("\t", start, end) < 0:
                continue
            value_end = unread[index + 1][0] if index + 1 < len(unread) else len(text)
            if 0 < value_end - end <= self.limit:
                values.append((end, value_end))
        return values
