"""The 要配慮 lexicons: word lists kept as data files (data/*.txt, data/labels.tsv),
read once when the recognizer is built, and the regular expressions made of them.

Every list is curated by hand for daicho (no third-party list is bundled); a line
is one word in its NFKC form, `#` starts a comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from detectors.first_chars import finder_of, matches


DATA = Path(__file__).resolve().parent / "data"

# Letters of Japanese words: kanji (with 々 〆 ヶ), katakana (with ー and ・), and
# ASCII letters and digits, which NFKC makes of full-width ones (2型糖尿病, HbA1c).
WORD_CHAR = "一-龥々〆ヵヶァ-ヺー・A-Za-z0-9"
KATAKANA = frozenset(chr(c) for c in range(0x30A1, 0x30FB)) | {"ー"}


def read_words(name: str) -> tuple[str, ...]:
    """The words of data/<name>.txt, in file order, without comments or blanks."""
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(dict.fromkeys(line.strip() for line in lines if line.strip() and not line.startswith("#")))


@dataclass(frozen=True)
class FieldLabel:
    category: str
    kind: str  # any | flag | item | judgement (see data/labels.tsv)


def read_labels() -> dict[str, FieldLabel]:
    labels = {}
    for line in (DATA / "labels.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, category, kind = line.split("\t")
            labels[word] = FieldLabel(category, kind)
    return labels


def _kind(ch: str) -> str:
    if ch in KATAKANA:
        return "katakana"
    if ch.isascii() and ch.isalnum():
        return "ascii"
    return ""


def whole_word(text: str, start: int, end: int) -> bool:
    """A katakana or ASCII word is not part of a longer one (ミサ in ミサイル, LD in
    LDL, スリ in スリッパ); kanji words need no such edge (乳がん in 乳がん検診 is fine
    and predicates decide)."""
    if start > 0 and _kind(text[start]) and _kind(text[start]) == _kind(text[start - 1]):
        return False
    return not (end < len(text) and _kind(text[end - 1]) and _kind(text[end - 1]) == _kind(text[end]))


def words_regex(words: tuple[str, ...] | frozenset[str]) -> str:
    """The words as one non-capturing group, factored by their common beginnings
    (浄土(?:真宗(?:本願寺派)?|宗)): `re` tries the branches of an alternation one
    by one wherever its first letter occurs, a trie's only where a letter goes on.
    A longer word wins over its own beginning."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return f"(?:{_trie_regex(trie)})"


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True)
class Lexicon:
    diseases: frozenset[str]
    treatments: frozenset[str]
    not_diseases: frozenset[str]
    checkup_items: tuple[str, ...]
    judgements: tuple[str, ...]
    disabilities: tuple[str, ...]
    religions: tuple[str, ...]
    religion_members: tuple[str, ...]
    religious_practices: tuple[str, ...]
    ethnic_origins: tuple[str, ...]
    social_status: tuple[str, ...]
    parties: tuple[str, ...]
    unions: tuple[str, ...]
    union_roles: tuple[str, ...]
    offences: tuple[str, ...]
    criminal_records: tuple[str, ...]
    victimisation: tuple[str, ...]
    none_values: frozenset[str]
    labels: dict[str, FieldLabel]


def load_lexicon() -> Lexicon:
    """Every list, read from the data files (once per recognizer)."""
    return Lexicon(
        diseases=frozenset(read_words("diseases")), treatments=frozenset(read_words("treatments")),
        not_diseases=frozenset(read_words("not_diseases")), checkup_items=read_words("checkup_items"),
        judgements=read_words("checkup_judgements"), disabilities=read_words("disabilities"),
        religions=read_words("religions"), religion_members=read_words("religion_members"),
        religious_practices=read_words("religious_practices"), ethnic_origins=read_words("ethnic_origins"),
        social_status=read_words("social_status"), parties=read_words("political"), unions=read_words("unions"),
        union_roles=read_words("union_roles"), offences=read_words("offences"),
        criminal_records=read_words("criminal_records"), victimisation=read_words("victimisation"),
        none_values=frozenset(v.lower() for v in read_words("none_values")), labels=read_labels(),
    )


def compile_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.MULTILINE)


class Anchored:
    """Phrases found by a literal anchor, with the run of letters right before it
    taken in: `〇〇労働組合の執行委員長` is found at 労働組合 and its name read
    backwards. A pattern that began with the run would be tried at every position
    of the text; the anchor's first letters are scanned for in C."""

    def __init__(self, anchor: str, letters: str, longest: int, least: int = 0, needs: tuple[str, ...] = ()) -> None:
        self.pattern = Gated(anchor, needs) if needs else compile_pattern(anchor)
        self.longest = longest
        # \Z, not $: a run on the line above (a form's value over its next label) is no name
        self._run = re.compile(rf"[{letters}]{{{least},{longest}}}\Z")

    def spans(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
        for match in self.pattern.finditer(text, start, len(text) if end is None else end):
            run = self._run.search(text, max(start, match.start() - self.longest), match.start())
            if run:
                yield run.start(), match.end()


class Gated:
    """A pattern every match of which holds one of `needs` (a verb's stem, the word it is
    about), but which re tries at every position (it opens with a look-behind, a class
    of letters or alternatives without fixed first letters): a text holding none of the
    words, most texts, is not scanned (each word found or not by str's search in C)."""

    def __init__(self, pattern: str, needs: tuple[str, ...]) -> None:
        self.pattern = compile_pattern(pattern)
        self.needs = needs

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match]:
        return self.pattern.finditer(text, *bounds) if any(word in text for word in self.needs) else iter(())


class _Scanned:
    """A pattern whose matches are found by their first characters (first_chars): re
    would try it at every position of the text (a group or a look-behind first)."""

    def __init__(self, pattern: re.Pattern, finder: re.Pattern) -> None:
        self.pattern, self._finder = pattern, finder

    def finditer(self, text: str) -> Iterator[re.Match]:
        return matches(self.pattern, self._finder, text)


def scanned_pattern(pattern: str) -> re.Pattern | _Scanned:
    """compile_pattern's pattern, for finditer over a whole text: scanned by its first
    characters where re would not (the same matches, a 20th of the time)."""
    compiled = compile_pattern(pattern)
    finder = finder_of(compiled)
    return compiled if finder is None else _Scanned(compiled, finder)


_HIRAGANA = re.compile("[ぁ-ゖ]")


def kana_names(words: frozenset[str]) -> tuple[str, ...]:
    """The lexicon's names written with hiragana inside (うつ病, ぜんそく, 尋常性ざ瘡): a run of word
    letters stops at their kana, so they are read back by name (sens20)."""
    return tuple(sorted(word for word in words if _HIRAGANA.search(word)))


def named_with_kana(noun: str, names: tuple[str, ...]) -> bool:
    """Whether a noun holding hiragana is one of the names, after word letters alone (小児ぜんそく)."""
    return any(noun.endswith(name) and not _HIRAGANA.search(noun, 0, len(noun) - len(name)) for name in names)


def has_hiragana(noun: str) -> bool:
    return _HIRAGANA.search(noun) is not None
