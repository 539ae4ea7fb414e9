"""A labelled value ends where its sentence ends, when the next sentence tells something else
(issue 12, health19).

A label's value runs to the end of its line (detectors.jp.sensitive.fields); a letter or a
mail often writes the value as a sentence and goes on on the same line with another one
(検査結果：血圧 168/102 要受診。既往として喘息があると伺っています。, 判定：C。なお持病の
痛風で通院中とのこと。). The phrases of another category in a later sentence are not the
label's value: the value ends at its first sentence's end and they stand on their own. Where
no later sentence tells another category, the value stays the whole line (既往歴：高血圧。
服薬中。 is one answer to the label).
"""

from __future__ import annotations

from detectors.jp.sensitive.phrases import Phrase

_SENTENCE_ENDS = ("。", "．")


def _first_end(text: str, start: int, end: int) -> int:
    """Where the value's first sentence ends inside [start, end), or -1."""
    ends = [at for at in (text.find(mark, start, end) for mark in _SENTENCE_ENDS) if at >= 0]
    return min(ends, default=-1)


def values_to_their_sentence(text: str, labelled: list[Phrase], phrases: list[Phrase]) -> list[Phrase]:
    """The labelled values, each cut at its first sentence's end when a phrase of another category
    lies wholly in a later sentence of it."""
    if not labelled or not phrases or ("。" not in text and "．" not in text):
        return labelled  # cheap gate: most texts with labels write no sentence after a value
    cut = []
    for value in labelled:
        end = _first_end(text, value.start, value.end)
        if end > value.start and any(end < p.start and p.end <= value.end and p.category != value.category
                                     for p in phrases):
            value = value._replace(end=end, key="")
        cut.append(value)
    return cut
