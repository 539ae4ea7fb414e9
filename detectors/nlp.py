"""The `ja` NLP engine for Presidio, built once from ja_ginza and passed in.

Tokens are computed lazily: pattern recognizers never read them, so text that only
identifiers are searched in never pays for Sudachi, let alone the NER.
"""

from __future__ import annotations

import warnings

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from detectors.chunking import chunk_spans
from detectors.kanji_variants import VARIANTS, common_forms

LANGUAGE = "ja"
_VOCABULARY_STRINGS = "strings"  # Vocab.from_disk's field, passed on by spacy.load's exclude


def load_ja_nlp(model: str = "ja_ginza") -> Language:
    """Load the GiNZA pipeline (about 0.45 GB). Call once per process. Its Sudachi
    tokenizer is made again from `sudachi_dictionary()`, so that the rules asking the
    dictionary for every reading of a word share its mapping.

    The vocabulary's 600,000 strings (strings.json, 17 MB) are not read: a third of the
    load's time, and nothing asks for a string the pipeline has not added itself (the
    tokenizer adds each token's, the components their labels; the static vectors are
    looked up by hash). Tags, lemmas, parses and entities are the same (checked token by
    token over 400 sentences of a corpus: docs/benchmarks.md, perfnlp)."""
    import spacy

    nlp = spacy.load(model, exclude=[_VOCABULARY_STRINGS])
    nlp.tokenizer.tokenizer = sudachi_dictionary().create(mode=nlp.tokenizer.tokenizer.mode)
    return nlp


@lru_cache(maxsize=1)
def sudachi_dictionary():
    """The process's one Sudachi dictionary (the one spaCy's Japanese tokenizer opens:
    the default configuration). A second one would map its 0.23 GB of address space
    again, inside a worker's RLIMIT_AS budget (scanner.limits.worker_memory)."""
    from sudachipy import dictionary

    return dictionary.Dictionary()


# short texts whose entities are kept: the values after a name label (PERSON's third tier) repeat across a
# scan's files (a roster's template, the same desk's name), and a pipeline's call costs ~8 ms however short
ENTITY_TEXTS_KEPT = 1024


@lru_cache(maxsize=ENTITY_TEXTS_KEPT)
def named_entities(nlp: Callable, text: str) -> tuple[tuple[str, str, int, int], ...]:
    """The entities the spaCy pipeline finds in a short text, as (label, text, start,
    end) in its characters: the model is deterministic, so a text met again is
    answered as it was the first time."""
    return tuple((entity.label_, entity.text, entity.start_char, entity.end_char) for entity in nlp(text).ents)


class Morpheme(NamedTuple):
    """A Sudachi morpheme with GiNZA's tag form (名詞-固有名詞-人名-姓). A tuple:
    thousands are built per block, a frozen dataclass cost twice as much."""

    text: str
    tag: str
    start: int
    end: int


class WordLookup(NamedTuple):
    """A short text as the dictionary reads it on its own."""

    ends: tuple[int, ...]  # where each of its words ends
    name: bool  # one word, a person's name (人名)
    unknown: bool  # a word the dictionary does not know is in it
    common: bool = False  # one known word, a common noun (名詞-普通名詞: デジタル, ギア)
    place: bool = False  # one known word, a place's name (名詞-固有名詞-地名: マレーシア, ウィーン)


LOOKUPS_KEPT = 10_000  # candidate texts remembered per engine, then forgotten at once


def _tag(part_of_speech: tuple[str, ...]) -> str:
    return "-".join(part for part in part_of_speech[:4] if part != "*")


class LazyNlpArtifacts(NlpArtifacts):
    def __init__(self, engine: "GinzaNlpEngine", text: str, unread: Sequence[tuple[int, int]] = ()) -> None:
        # NlpArtifacts.__init__ would tokenize eagerly; set its fields here instead.
        self.nlp_engine = engine
        self.text = text
        self.unread = unread  # spans the name tokens need not come from (see GinzaNlpEngine.morphemes)
        self.language = LANGUAGE
        self.entities: list[Any] = []
        self.scores: list[float] = []

    @cached_property
    def tokens(self) -> Doc:  # type: ignore[override]
        return self.nlp_engine.tokenize(self.text)

    @cached_property
    def morphemes(self) -> list[Morpheme]:
        return self.nlp_engine.morphemes(self.text, self.unread)

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        return [token.lemma_ for token in self.tokens]

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return [token.idx for token in self.tokens]

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]
        return NlpArtifacts.set_keywords(self.nlp_engine, self.lemmas, LANGUAGE)


_SPACE, _OTHER, _NAME, _PLACE = 0, 1, 2, 3
# Names are found in Japanese script (romaji by a pattern). Sudachi spends half its
# time on digits (its numeric plugin): ASCII reaches it as letters, one word per
# run, which keeps every offset and the words either side of it.
# Variant kanji the dictionary lacks (髙, 德, 濵) reach it as their common forms, in the same pass.
_ASCII_AS_LETTERS = str.maketrans({chr(c): "a" for c in range(0x21, 0x7f)} | VARIANTS)


class _LettersButSpacesTable(dict):
    """A str.translate table sending every character but whitespace to 'a'."""

    def __missing__(self, code: int) -> int | str:
        self[code] = code if chr(code).isspace() else "a"
        return self[code]


_LETTERS_BUT_SPACES = _LettersButSpacesTable()
_SEPARATOR = "\x1f"  # between the unread spans, translated at once: a space to the table, so kept


def _as_letters(text: str, unread: Sequence[tuple[int, int]]) -> str:
    """text with ASCII, and every non-space character of the unread spans, as 'a'."""
    masked = text.translate(_ASCII_AS_LETTERS)
    if not unread:
        return masked
    if _SEPARATOR in masked:  # cannot join on it: span by span
        spans = [masked[start:end].translate(_LETTERS_BUT_SPACES) for start, end in unread]
    else:
        spans = _SEPARATOR.join(masked[start:end] for start, end in unread).translate(
            _LETTERS_BUT_SPACES).split(_SEPARATOR)
    pieces, position = [], 0
    for (start, end), letters in zip(unread, spans):
        pieces += [masked[position:start], letters]
        position = end
    return "".join(pieces) + masked[position:]


class GinzaNlpEngine(NlpEngine):
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._kinds: dict[int, int] = {}  # Sudachi part-of-speech id -> kind
        self._tags: dict[int, str] = {}
        self._ids_of: dict[int, set[int]] = {_SPACE: set(), _NAME: set(), _PLACE: set()}
        self._looked_up: dict[str, WordLookup] = {}

    @cached_property
    def _tagger(self):
        """A Sudachi tokenizer of the pipeline's mode that computes parts of speech
        alone (no surface, reading, lemma strings): the same words and tags, about a
        tenth cheaper; spaCy's own keeps every field for its Doc."""
        return sudachi_dictionary().create(mode=self.nlp.tokenizer.tokenizer.mode, fields={"pos"})

    def load(self) -> None:
        """The pipeline is loaded by the caller (load_ja_nlp) and passed in."""

    def is_loaded(self) -> bool:
        return True

    def tokenize(self, text: str) -> Doc:
        """Sudachi tokens with GiNZA's tags, chunked under Sudachi's byte limit."""
        docs = [self.nlp.make_doc(text[start:end]) for start, end in chunk_spans(text, overlap=0)]
        if len(docs) == 1:
            return docs[0]
        with warnings.catch_warnings():
            # W102: GiNZA's per-doc sub_tokens user data is not merged; tokens are.
            warnings.filterwarnings("ignore", message=r"\[W102\]")
            return Doc.from_docs(docs, ensure_whitespace=False)

    def morphemes(self, text: str, unread: Sequence[tuple[int, int]] = ()) -> list[Morpheme]:
        """Name morphemes with their neighbours, and place morphemes, from GiNZA's
        own Sudachi tokenizer called directly (no spaCy Doc). Only what the name
        rules look at is built: a name token and the words either side of it, a
        place token (a surname the dictionary reads as a place); spaces are left
        out. Neighbours stay adjacent, so runs of names and their edges read the
        same as in the full token list. Unread spans (the labels composed before
        table cells, a third of a roster's text) reach Sudachi as letters too: one
        word each, never a name, at a fraction of the cost."""
        sudachi = self._tagger
        found = []
        masked = _as_letters(text, unread)
        for chunk_start, chunk_end in chunk_spans(text, overlap=0):
            tokens = sudachi.tokenize(masked[chunk_start:chunk_end])
            ids = [m.part_of_speech_id() for m in tokens]
            for i in self._wanted(ids, tokens):
                start, end = chunk_start + tokens[i].begin(), chunk_start + tokens[i].end()
                found.append(Morpheme(text[start:end], self._tags[ids[i]], start, end))
        return found

    def lookup(self, text: str) -> WordLookup:
        """How the dictionary reads a short text on its own: for the few candidate
        names whose reading decides (金載昊 or 金曜, William, ハリルホジッチ)."""
        found = self._looked_up.get(text)
        if found is None:
            tokens = self.nlp.tokenizer.tokenizer.tokenize(common_forms(text))
            found = WordLookup(tuple(m.end() for m in tokens),
                               len(tokens) == 1 and tokens[0].part_of_speech()[2] == "人名",
                               any(m.is_oov() for m in tokens),
                               len(tokens) == 1 and not tokens[0].is_oov() and tokens[0].part_of_speech()[1] == "普通名詞",
                               len(tokens) == 1 and not tokens[0].is_oov() and tokens[0].part_of_speech()[2] == "地名")
            if len(self._looked_up) >= LOOKUPS_KEPT:
                self._looked_up.clear()
            self._looked_up[text] = found
        return found

    def _wanted(self, ids: list[int], tokens) -> list[int]:
        """Indexes, in order, of name and place tokens and of the nearest non-space
        token either side of a name. Part-of-speech ids are compared as ints: most
        tokens are neither, and building a Python object per token cost more than
        Sudachi itself."""
        for pos_id in set(ids).difference(self._kinds):
            self._learn(pos_id, tokens[ids.index(pos_id)])
        names, places, spaces = self._ids_of[_NAME], self._ids_of[_PLACE], self._ids_of[_SPACE]
        keep = {i for i, pos_id in enumerate(ids) if pos_id in places}
        for i in [i for i, pos_id in enumerate(ids) if pos_id in names]:
            keep.add(i)
            before = i - 1
            while before >= 0 and ids[before] in spaces:
                before -= 1
            after = i + 1
            while after < len(ids) and ids[after] in spaces:
                after += 1
            keep.update(j for j in (before, after) if 0 <= j < len(ids))
        return sorted(keep)

    def _learn(self, pos_id: int, morpheme) -> None:
        pos = morpheme.part_of_speech()
        kind = {"人名": _NAME, "地名": _PLACE}.get(pos[2], _SPACE if pos[0] == "空白" else _OTHER)
        # names and places keep the full tag; other words only its first part
        self._tags[pos_id] = _tag(pos) if kind in (_NAME, _PLACE) else pos[0]
        self._kinds[pos_id] = kind
        if kind in self._ids_of:
            self._ids_of[kind].add(pos_id)

    def process_text(self, text: str, language: str, unread: Sequence[tuple[int, int]] = ()) -> NlpArtifacts:
        return LazyNlpArtifacts(self, text, unread)

    def process_batch(self, texts: Iterable[str], language: str, batch_size: int = 1,
                      n_process: int = 1, **kwargs: Any) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return self.nlp.vocab[word].is_stop

    def is_punct(self, word: str, language: str) -> bool:
        return self.nlp.vocab[word].is_punct

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]
