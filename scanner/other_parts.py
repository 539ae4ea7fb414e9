"""要配慮 phrases tied by another part of their document (sens6, issue 12). A care plan's
or a referral letter's body tells the need (手話通訳が必要, 透析治療中のため…) and its
table names the person (利用者名 …); a report's notes or a forwarded mail's body tell
what its slide or its header names. Each part reaches the detector alone, so a phrase
in a part that names no one was dropped (detectors.detector ties within one text).

Kept here when the document is about one person: its parts name one or two people (the
person and who wrote it), one of them not as a signer or a contact (担当: 総務課 …), at most
one other party (a consultation's 相手方), and the untied phrases are few. A notice signed by its contact, or a list naming many people, ties
nothing across its parts.

A form about one person names their family beside them (保護者, 主たる介護者 …, a name with
its kinship in brackets, a family table's row whose 続柄 is a kin's) and their name's reading
(フリガナ): neither is another subject (care8).

Nor does a document whose one person only writes or receives it (sens7): a name in a page's
header or footer or a mail's header, or after a title (院長, 人事部長, 産業医, 看護師 …), signs it;
an animal's record (飼い主, 犬種 …) tells of the animal; a notice, a rule or a newsletter
(お知らせ, 規程, だより … as its title) that addresses no one by name is about anyone, and so
is a phrase on a line said of anyone (〜の方は, 〜場合は, 第3条, 各位).
"""

from __future__ import annotations

import re
from typing import Any

from detectors.lines import line_bounds
from detectors.notices import TITLE_BEFORE_NAME, addressed, is_titled_a_notice
from scanner.writers_own import told_of_the_writer

PEOPLE_AT_MOST = 2  # distinct names in the document: its person and its writer or contact
PHRASES_AT_MOST = 4  # untied phrases of the whole document: more is a text about anyone
PARTS_AT_MOST = 40  # a document of this many parts at most (a form, a letter, a plan)


# whom a notice or a plan is signed by or asks to be contacted (not its subject)
_SIGNER = re.compile(r"担当|問い?合わ?せ|連絡先|窓口|所管|文責|編集|発行|事務局|作成者|起案者|報告者|記入者|記載者|専門員|相談員"
                     r"|(?:課|部|室|係|センター|委員会)[ 　]*$")
SIGNER_REACH = 24
# a title or a role right before the name: who writes, signs or treats (院長 西村, 産業医 長谷部)
_TITLE = re.compile(rf"(?:{TITLE_BEFORE_NAME}|代表|取締役|社長|新郎|新婦|発信|作成|差出人|送信者|From)[ 　:：]*$")
# a page's header or footer (docx header1!, footer1!; ODF header:) and a mail's header
_WRITERS_PART = re.compile(r"(?:header|footer)")
# the person a header addresses (山田 太郎 様, 氏名：…) is its subject
_SUBJECT_LABEL = re.compile(r"(?:氏名|名前|患者|利用者|対象者|相談者|本人)[^\n]{0,4}$")
# the other party a consultation names (相手方: …, 加害者 …): neither the person nor a writer, one at most (events8)
_COUNTERPARTY = re.compile(r"(?:相手方|加害者|被申立人|被告|被疑者)[^\n]{0,20}$")
COUNTERPARTIES_AT_MOST = 1
# one of the person's family (保護者, 主たる介護者, 続柄 …) or the person's own name in kana
# (フリガナ): no other subject — a form about one person names them beside the person (care8)
# (a care record's キーパーソン, 緊急連絡先, 身元引受人 and 後見人 are who acts for the person: no subject) (sens25)
_RELATED_LABEL = re.compile(r"(?:保護者|親権者|介護者|家族|続柄|配偶者|扶養|保証人|世帯主|フリガナ|ふりがな|カナ|よみがな"
                            r"|キーパーソン|緊急連絡先|身元引受人|後見人)[^\n]{0,6}$")
_KIN_AFTER = re.compile(r"[ 　]*[（(][^）)\n]{0,4}(?:夫|妻|父|母|息子|娘|長男|長女|次男|次女|三男|三女|兄|姉|弟|妹|祖父|祖母|孫|嫁|婿"
                        r"|配偶者|子)[^）)\n]{0,3}[）)]")
# a family table's row: its 続柄 cell names a kin (続柄: 実母 … 氏名: …), not the person themself (本人)
_KIN_CELL = re.compile(r"続柄[ 　]*[:：][ 　]*(?!本人|世帯主)[^\t\n]{1,8}(?:\t|$)")
# a line said of anyone: a condition, an article of a rule, those addressed
_OF_ANYONE = re.compile(r"場合|方は|方へ|方も|第[0-9０-９一二三四五六七八九十]+条|ましょう|各位|皆様|皆さん")


class OtherParts:
    def __init__(self) -> None:
        self._parts: list[tuple[Any, Any, list]] = []
        self._units = 0
        self._subjects: set[str] = set()
        self._signers: set[str] = set()
        self._counterparties: set[str] = set()
        self._animal = False  # an animal's record
        self._notice = False  # a notice, a rule or a newsletter by its title
        self._addressed = False  # a part addresses someone by name (山田 太郎 様)

    def of(self, unit: Any, refs: Any) -> list | None:
        """The list a part's untied phrases go in; none past PARTS_AT_MOST parts. Only
        the parts with such phrases are kept (a large file's parts are not held)."""
        self._units += 1
        if self._parts and not self._parts[-1][2]:
            self._parts.pop()
        if self._units > PARTS_AT_MOST:
            self._parts.clear()
            return None
        detections: list = []
        self._parts.append((unit, refs, detections))
        return detections

    def saw(self, text: str, detections: list, location: str = "") -> None:
        """The people a part names: its subjects, and those who sign it or are asked (担当:
        総務課 …, 所管：人事課 …, a department or a title before the name, a page's header
        or footer, a mail's header)."""
        # imported here, not at the top: the scan's parent process imports this module and
        # would load Presidio and spaCy with the 要配慮 package (about 1 s of start-up) for nothing
        from detectors.jp.sensitive.animals import an_animals_record

        self._animal = self._animal or an_animals_record(text)
        self._notice = self._notice or is_titled_a_notice(text)
        writers_part = _WRITERS_PART.match(location) is not None
        for d in detections:
            if d.entity_type == "PERSON":
                line_start = text.rfind("\n", 0, d.start) + 1
                reach = max(line_start, d.start - SIGNER_REACH)
                if (_RELATED_LABEL.search(text, reach, d.start) or _KIN_AFTER.match(text, d.end)
                        or _KIN_CELL.search(text, *line_bounds(text, d.start))):
                    continue  # the person's family (a family table's row too) or reading, not another subject
                to_them = addressed(text, d.end)
                self._addressed = self._addressed or to_them
                other = _COUNTERPARTY.search(text, reach, d.start)
                signer = not other and (_SIGNER.search(text, reach, d.start) or _TITLE.search(text, reach, d.start) or (
                    writers_part and not to_them and not _SUBJECT_LABEL.search(text, reach, d.start)))
                (self._counterparties if other else self._signers if signer else self._subjects).add(
                    "".join(d.text.split()))

    def tied(self) -> list[tuple[Any, Any, list]]:
        """(part, its refs, its untied phrases) when the document names its one person."""
        parts = [(unit, refs, [d for d in found if not _of_anyone(unit.text, d.start)])
                 for unit, refs, found in self._parts]
        parts = [part for part in parts if part[2]]
        to_anyone = self._animal or (self._notice and not self._addressed)
        if not parts or to_anyone or self._units > PARTS_AT_MOST or sum(len(p[2]) for p in parts) > PHRASES_AT_MOST:
            return []
        subjects = self._subjects - self._signers - self._counterparties
        if not subjects and len(self._signers) == 1 and not self._counterparties and all(
                told_of_the_writer(unit.text, d.start) for unit, _, found in parts for d in found):
            return parts  # the one writer's own or their family's (care15)
        return parts if (subjects and len(subjects | self._signers) <= PEOPLE_AT_MOST
                         and len(self._counterparties - subjects) <= COUNTERPARTIES_AT_MOST) else []


def _of_anyone(text: str, position: int) -> bool:
    """Whether the line at position is said of anyone (a condition, a rule's article)."""
    return _OF_ANYONE.search(text, *line_bounds(text, position)) is not None
