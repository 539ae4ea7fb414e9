"""The option a person ticked in a printed list (creed12): `相談の内容 ■DV □ストーカー □詐欺`,
`組合加入 ☑加入 □未加入`, `治療中の病気 □高血圧 ✓糖尿病`. The caption after a ticked box
(■ ☑ ☒ ✓ ✔ ● ◉) is the person's answer: read as the value of the line's label when that is a
要配慮 label (detectors.jp.sensitive.fields), else as a word of a category when it is one (a
victimisation, a disease). Captions of empty boxes are print (detectors.jp.sensitive.printed)."""

from __future__ import annotations

import re

from detectors.jp.sensitive.health import DISEASE_ENDINGS
from detectors.jp.sensitive.marked_after import marks_follow
from detectors.jp.sensitive.phrases import Cells, Phrase

_TICKS = "■☑☒✓✔●◉"
_BOXES = "□☐■☑☒✓✔○◯●◎◉"
_LINE = re.compile(rf"^[ \t]*(?P<label>[^\t\n{_BOXES}]{{0,20}}?)[ \t:]*(?=[{_BOXES}])(?P<options>[^\n]+)$", re.MULTILINE)
_TICKED = re.compile(rf"[{_TICKS}][ \t]*(?P<caption>[^{_BOXES}\t\n 　]{{1,20}})")
_OF_VICTIMS = re.compile(r"(?:被害)$")


class TickedOptions:
    """The captions of ticked boxes on lines of two boxes or more."""

    def __init__(self, fields) -> None:
        self.fields = fields  # detectors.jp.sensitive.fields.FieldValues
        lexicon = fields.lexicon
        self._victimisation = frozenset(lexicon.victimisation)
        self._diseases = lexicon.diseases

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if not any(tick in text for tick in _TICKS):
            return []
        found = []
        for line in _LINE.finditer(text):
            if sum(line["options"].count(box) for box in _BOXES) < 2 or marks_follow(text, line.start(), line.end()):
                continue  # one box is a mark, not a list of options; boxes after captions: marked_after's
            labelled = self.fields.label_of(line["label"]) if line["label"].strip() else None
            for tick in _TICKED.finditer(text, line.start("options"), line.end("options")):
                start, end = tick.span("caption")
                if labelled is not None:
                    found += self.fields.value_phrases(labelled[0], text, start, end)
                elif (category := self._category(tick["caption"])) is not None:
                    found.append(Phrase(start, end, category))
        return found

    def _category(self, caption: str) -> str | None:
        word = _OF_VICTIMS.sub("", caption)
        if word in self._victimisation or caption in self._victimisation:
            return "犯罪被害"
        if caption in self._diseases or (len(caption) >= 3 and caption.endswith(DISEASE_ENDINGS)):
            return "病歴"
        return None
