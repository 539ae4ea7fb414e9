"""Which candidate sentences are worth a parse (clauses.py): GiNZA's parser costs about
thirty times its tokenizer, and most sentences that hold a predicate's stem (使用, 受け,
相談, 所属) tell nothing of a category. A sentence is parsed when its tokens (the tokenizer
alone: lemmas, parts of speech, word vectors) hold a predicate that says its category
alone (診断, 入院, 服用) or a noun whose meaning is a category's content (a condition, an
aid, a union, a victimisation: clauses.Meanings). What a sentence tells is remembered: a
share repeats its sentences (a mail quoted, a template's lines), each is parsed once.
"""

from __future__ import annotations

from detectors.jp.sensitive.clause_words import PREDICATES

NOUNS = frozenset({"NOUN", "PROPN"})
CASES = frozenset({"と", "を", "の", "に", "が"})  # what a predicate is of: Xと診断, Xの治療, Xに罹患
SEPARATORS = frozenset({":", "：", "】", "]"})
NOT_CONTENT = ("助数詞", "副詞可能", "人名")  # 回, 先月, a name: never what a clause tells
REACH = 3  # a strict predicate this many words after the case, at most (Xの摘出手術)
REMEMBERED = 4_096  # sentences whose phrases are kept, then forgotten at once


def worth_parsing(tokens, read: list[tuple[int, int]], meanings) -> bool:
    """A predicate in the tokens, and a content noun the rules did not read (outside `read`,
    the found phrases' spans in the sentence; not a label, a count, a time or a person) that
    means a category (meanings: clauses.Meanings) or is marked as what a predicate that
    says its category alone is of (前立腺の手術を受けた: the rules found 手術を受けた)."""
    if not any(t.lemma_ in PREDICATES for t in tokens):
        return False
    return any(_object_of_strict(t, tokens) or meanings.means_a_category(t)
               for t in tokens if _unread_content(t, tokens, read, meanings))


def _unread_content(token, tokens, read, meanings) -> bool:
    if token.pos_ not in NOUNS or token.lemma_ in PREDICATES or any(w in token.tag_ for w in NOT_CONTENT):
        return False
    if token.i + 1 < len(tokens) and tokens[token.i + 1].text in SEPARATORS:
        return False
    return not any(start <= token.idx < end for start, end in read) and not meanings.a_person(token)


def _object_of_strict(token, tokens) -> bool:
    after = tokens[token.i + 1:token.i + 2 + REACH]
    return len(after) > 1 and after[0].lemma_ in CASES and any(
        t.lemma_ in PREDICATES and PREDICATES[t.lemma_].strict for t in after[1:])


class Remembered:
    """What each sentence told, by its text (relative offsets), for the process's life."""

    def __init__(self) -> None:
        self._told: dict[str, tuple] = {}

    def get(self, sentence: str):
        return self._told.get(sentence)

    def keep(self, sentence: str, told: tuple) -> None:
        if len(self._told) >= REMEMBERED:
            self._told.clear()
        self._told[sentence] = told
