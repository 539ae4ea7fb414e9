"""A form's label on the line above its value (creed12): a 身上調書 or an intake sheet written
in Word or as text puts 支持政党, 所属組合, 被害の内容 or 既往歴 on a line of its own and the
person's answer on the next (`既往歴\\n子宮筋腫(手術済)`), or after one blank line as a PDF form's
label and value boxes are extracted. The label's line holds the label
alone (marks, a bracketed note, a colon around it); the next line is its value, read as the
label's value is on one line (detectors.jp.sensitive.fields), unless it is another label or a
printed instruction of a blank form (ご記入ください)."""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Cells, Phrase

_LABEL_LINE = re.compile(r"^[ \t]*[・■□●◆◇○*\-\[【〈《]*[ \t]*(?P<label>[^\t\n:]{2,16}?)[ \t]*(?:\([^)\n]{0,12}\))?[ \t]*[】\]〉》]?[ \t]*:?[ \t]*\n"
                         r"(?:[ \t]*\n)?(?=[ \t]*(?P<value>[^\t\n]{1,80}?)[ \t]*$)", re.MULTILINE)
_MARKS = re.compile(r"^[ \t・■□●◆◇○*\-\[【〈《]+|[ \t】\]〉》:]+$")
_JOINS = re.compile(r"[・/／、,]")
_BLANK_AFTER_COLON = re.compile(r":[ \t]{2,}\n$")
# who or when the record is (氏名: …, 受診日: …) under a title line (健診結果(個人)): a field of its own
_IDENTITY_FIELD = re.compile(r"(?:氏名|名前|お名前|フリガナ|社員番号|職員番号|受診者|受診日|実施日|検査日|生年月日|年齢|性別|所属|部署)"
                             r"[ \t]*:")
# a record's code (K-31, 25H0001) alone or opening the line: a list's next row, read cell by cell or
# joined, under the header's last label, no answer (practicum16)
_RECORD_CODE = re.compile(r"(?:[A-Za-z]{1,3}[-_]?[0-9]{2,}|[0-9]{2,}[A-Za-z]{1,3}[0-9]{2,})(?:[ 　]|$)")
_INSTRUCTION = re.compile(r"ください|下さい|記入|記載|該当|ご回答|お書き|チェック|選択|[□☐]|について$")


class LabelsAbove:
    """Values on the line under a line that is a 要配慮 label alone."""

    def __init__(self, fields) -> None:
        self.fields = fields  # detectors.jp.sensitive.fields.FieldValues

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if "\n" not in text:
            return []
        found = []
        for match in _LABEL_LINE.finditer(text):
            labelled = self.fields.label_of(match["label"])
            value = match["value"].strip()
            if labelled is None or not self._names_it(match["label"].strip(), labelled) or _INSTRUCTION.search(value):
                continue
            if _BLANK_AFTER_COLON.search(match.group()):
                continue  # 服用中のお薬：＿＿＿: a blank left to fill in on its own line, not a label over the next
            if self._is_label(value) or _IDENTITY_FIELD.match(value) or _RECORD_CODE.match(value):
                continue  # the next label of a form left empty, or the person's own field under a title
            found += self.fields.value_phrases(labelled[0], text, match.start("value"), match.end("value"))
        return found

    def _names_it(self, label: str, labelled) -> bool:
        """The line is the label word, or label words of one category joined (前科・前歴, 宗教／宗派)."""
        if labelled[0] == label:
            return True
        parts = [part for part in _JOINS.split(label) if part]
        return len(parts) > 1 and all(self._is_a_label_of(part, labelled[1].category) for part in parts)

    def _is_a_label_of(self, text: str, category: str) -> bool:
        labelled = self.fields.label_of(text)
        return labelled is not None and labelled[0] == text and labelled[1].category == category

    def _is_label(self, line: str) -> bool:
        core = _MARKS.sub("", line)
        labelled = self.fields.label_of(core) if core else None
        return labelled is not None and labelled[0] == core
