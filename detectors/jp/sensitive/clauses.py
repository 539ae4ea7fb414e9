"""要配慮 read from a sentence's dependency tree (GiNZA's parser), not from its phrasing:
a clause whose predicate tells a person's state or an event of their life (診断される,
罹患する, 入院する, 加入する, 被害に遭う: clause_words.PREDICATES) says the category of
the noun the tree hangs on it (its object, its cause, its complement: 「Xと診断」, 「Xの
治療」, 「Xで入院」) — the content noun's meaning (GiNZA's word vectors) picks the
category, or the predicate alone when it can say nothing else (診断, 罹患). The clause's
subject decides whether it is said of a person: a name, a word with a person's suffix
(氏, さん), a word meaning a person (本人, 利用者) or none at all (the implicit subject
of a person's record) — never an organisation or a facility (当院では…治療を行っています),
people in general (…の方は) or a request, a rule or a possibility (ご注意ください, 場合).

Only sentences that hold a predicate's stem the rules did not read are candidates, and of
those only the ones whose tokens hold an unread noun of a category are parsed (clause_gate),
each once a process.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from detectors.jp.sensitive.clause_gate import Remembered, worth_parsing
from detectors.jp.sensitive.clause_words import (BODIES, GENERIC, MEANINGS, NOTHING, PEOPLE, PERSON_SUFFIX,
                                                 PREDICATES, RECIPIENT_CASES, SCREENING, TOLD_TO, TRIGGER, UNREAL_WORDS,
                                                 names_a_disease)
from detectors.jp.sensitive.phrases import Phrase

SENTENCE = re.compile(r"[^。\n\t]{6,160}")  # a sentence, a line or a cell of readable length
LABEL_AFTER = re.compile(r"[^\S\n]*[:：]")
# a line that names what a talk, a course or a paper is about (テーマ: 〜病の最新治療): a subject, no one's state
TOPIC_LABEL = re.compile(r"[^\S\n]*[【\[(]?(?:テーマ|演題|講演|講座|題目|タイトル|議題|特集|研修名|講義)[】\])]?[^\S\n]*[:：]")
LEAD = 4  # a found phrase that begins this near a predicate's stem is the predicate alone
MOST_SENTENCES = 40  # parsed per text at most: the cost of a long file stays bounded
SIMILAR = 0.42  # a word means a category when its cosine to the centroid reaches this
OBJECT_CASES = frozenset({"と", "を", "の", "に", "が"})
DENIAL = frozenset({"ない", "ず", "ぬ", "ん"})
REALIS = frozenset({"た", "いる", "おる", "中", "済み", "後"})  # a fact: past, ongoing, done
ARGUMENTS = frozenset({"obj", "obl", "nsubj", "nmod", "compound", "iobj"})
CONTENT = frozenset({"NOUN", "PROPN", "VERB"})
APART = frozenset({"ADP", "PUNCT", "AUX", "SCONJ", "VERB", "ADJ", "CCONJ", "PART", "SYM"})  # words a content ends at
CONTENT_WORDS = 8  # an argument's words before it, at most
BODY, MARGIN = 0.5, 0.08  # an organisation's word: this near the bodies, this much nearer than people
PERSON = 0.5  # a word meaning a person: this near the people
_NAMES = [*MEANINGS, None]


class Meanings:
    """Centroids of GiNZA's word vectors: the categories' contents, nothing, people, bodies."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.categories = np.stack([self._centroid(MEANINGS[n] if n else NOTHING) for n in _NAMES])
        self.people, self.bodies = self._centroid(PEOPLE), self._centroid(BODIES)

    def _centroid(self, words: str) -> np.ndarray:
        vectors = [self.nlp.vocab[word].vector for word in words.split() if self.nlp.vocab[word].has_vector]
        mean = np.mean(vectors, axis=0)
        return mean / np.linalg.norm(mean)

    def category(self, tokens) -> str | None:
        """The category the content words vote for, each for its nearest centroid (None: nothing)."""
        votes: dict[str | None, float] = {}
        for token in tokens:
            if token.pos_ not in CONTENT or not token.has_vector or token.vector_norm == 0:
                continue
            similarity = self.categories @ (token.vector / token.vector_norm)
            best = int(np.argmax(similarity))
            if similarity[best] >= SIMILAR:
                votes[_NAMES[best]] = votes.get(_NAMES[best], 0.0) + float(similarity[best])
        return max(votes, key=votes.__getitem__) if votes else None

    def means_a_category(self, token) -> bool:
        """A word nearest a category's centroid, near enough (the parse gate: clause_gate)."""
        if not token.has_vector or token.vector_norm == 0:
            return False
        similarity = self.categories @ (token.vector / token.vector_norm)
        best = int(np.argmax(similarity))
        return _NAMES[best] is not None and similarity[best] >= SIMILAR

    def a_person(self, token) -> bool:
        """A word that means a person (医師, 母親): never the content of a clause."""
        if not token.has_vector or token.vector_norm == 0:
            return False
        unit = token.vector / token.vector_norm
        return float(self.people @ unit) >= PERSON and float(self.people @ unit) > float(self.bodies @ unit)

    def a_body(self, token) -> bool:
        """A word nearer an organisation or a facility than a person (当院, 本品)."""
        if not token.has_vector or token.vector_norm == 0:
            return False
        unit = token.vector / token.vector_norm
        body = float(self.bodies @ unit)
        return body >= BODY and body - float(self.people @ unit) >= MARGIN


@lru_cache(maxsize=2)
def _meanings(nlp) -> Meanings:
    return Meanings(nlp)


def candidate_sentences(text: str, found: list[Phrase]) -> list[tuple[int, int]]:
    """Sentences holding a predicate's stem the rules did not read: outside their phrases,
    or at the start of one (手術を受けた, 摘出手術を受けた: found without what was operated on).
    A stem a field's separator follows is a label (所属: 営業部), not a predicate."""
    spans = []
    for match in SENTENCE.finditer(text):
        start, end = match.span()
        if TOPIC_LABEL.match(text, start):
            continue
        stems = [stem for stem in TRIGGER.finditer(text, start, end) if not LABEL_AFTER.match(text, stem.end())]
        if not stems:
            continue  # most sentences hold no stem: the phrases inside them are not gathered
        inside = [p for p in found if p.start < end and start < p.end]
        if any(not any(p.start <= stem.start() < p.end for p in inside)
               or any(0 <= stem.start() - p.start <= LEAD for p in inside) for stem in stems):
            spans.append((start, end))
            if len(spans) == MOST_SENTENCES:
                break
    return spans


def with_clauses(text: str, found: list[Phrase], nlp) -> list[Phrase]:
    """found and the phrases the parse trees of the candidate sentences tell of a person:
    a clause's phrase that begins before the found phrases it overlaps, all of its own
    category (手術を受けた found without what was operated on), takes their place, to
    their end; one that does not gives way to them (a check-up's result read by its row)."""
    spans = candidate_sentences(text, found)
    if not spans:
        return found
    meanings = _meanings(nlp)
    kept, added = list(found), []
    read = [[(p.start - s, p.end - s) for p in found if p.start < e and s < p.end] for s, e in spans]
    for start, told in zip((s for s, _ in spans), told_by_sentences([text[s:e] for s, e in spans], read, nlp,
                                                                    meanings)):
        for phrase in (p._replace(start=p.start + start, end=p.end + start) for p in told):
            overlapping = [p for p in kept if p.start < phrase.end and phrase.start < p.end]
            if all(phrase.start < p.start and p.category == phrase.category for p in overlapping):
                kept = [p for p in kept if p not in overlapping]
                added.append(phrase._replace(end=max([phrase.end] + [p.end for p in overlapping])))
    return kept + added


_REMEMBERED = Remembered()
_REFUSED = Remembered()  # (sentence, its read spans) the gate refused


def told_by_sentences(sentences: list[str], read: list[list[tuple[int, int]]], nlp,
                      meanings: Meanings) -> list[tuple[Phrase, ...]]:
    """The phrases each sentence's tree tells of a person (offsets in the sentence): a
    sentence remembered is not parsed again, one the gate refuses (clause_gate; `read`: the
    spans of the phrases the rules found in each) not at all."""
    told = [_REMEMBERED.get(sentence) for sentence in sentences]
    unknown = [i for i, t in enumerate(told) if t is None and _REFUSED.get((sentences[i], tuple(read[i]))) is None]
    worth = []
    for i, doc in zip(unknown, (nlp.make_doc(sentences[i]) for i in unknown)):
        if worth_parsing(doc, read[i], meanings):
            worth.append((i, doc))
        else:  # the gate reads the sentence and its read spans alone: refused again, not tokenized again
            _REFUSED.keep((sentences[i], tuple(read[i])), ())
    for (i, _), doc in zip(worth, nlp.pipe((doc for _, doc in worth), disable=["ner"])):
        told[i] = tuple(_widest([p for p in (_told(token, meanings) for token in doc) if p is not None]))
        _REMEMBERED.keep(sentences[i], told[i])
    return [t or () for t in told]


def _told(predicate, meanings: Meanings) -> Phrase | None:
    """The phrase a predicate tells of a person, from its arguments, or None: an argument
    whose words mean a category; else, for a predicate that says its category alone, the
    nearest argument that is not the clause's subject."""
    told = PREDICATES.get(predicate.lemma_)
    if told is None or _denied(predicate) or not _of_a_person(predicate, meanings) or _unreal(predicate):
        return None
    if predicate.dep_ == "acl" and not (_a_person(predicate.head) or meanings.a_person(predicate.head)):
        return None  # a clause that tells of a thing (被害に遭った店舗を訪問した), not of the topic
    arguments = [a for a in predicate.children if a.i < predicate.i and a.dep_ in ARGUMENTS  # head-final
                 and a.pos_ in ("NOUN", "PROPN", "NUM") and not _a_person(a) and not meanings.a_person(a)
                 and not _told_to(predicate, a)]
    for argument in sorted(arguments, key=lambda a: abs(predicate.i - a.i)):
        words = _content(argument)
        if any(word in words.text for word in SCREENING):
            return None
        category = meanings.category(words)
        if category is None and told.strict and not _a_subject(argument) and _its_object(argument):
            category = told.category
        if category == "障害" and names_a_disease(words.text):
            category = "病歴"  # 認知症と診断, パニック障害のため: a disease's name says its category, not its vector
        if category is not None:
            start, end = sorted((words.start_char, words.end_char, predicate.idx, predicate.idx + len(predicate)))[::3]
            return Phrase(start, end, category)
    return None


def _told_to(predicate, argument) -> bool:
    """The one a predicate of telling was told to (警察に相談した): not its content."""
    return predicate.lemma_ in TOLD_TO and any(c.lemma_ in RECIPIENT_CASES for c in argument.children if c.dep_ == "case")


def _its_object(argument) -> bool:
    """Marked as what the predicate is of (Xと診断, Xを発症, Xの治療, Xに罹患, Xが再発), not
    where or by what it happened (自宅で療養)."""
    return any(c.lemma_ in OBJECT_CASES for c in argument.children if c.dep_ == "case")


def _denied(predicate) -> bool:
    """A predicate said not to have happened (輸血は受けない, 入院せず)."""
    return any(c.lemma_ in DENIAL for c in predicate.children if c.dep_ == "aux")


def _content(argument):
    """The argument's words: it, the words before it in its subtree, and the words just
    before those with no particle between (an unknown word the parser read apart:
    ロフストランド杖), a few at most."""
    first = max(argument.left_edge.i, argument.i - CONTENT_WORDS)
    while first > max(0, argument.i - CONTENT_WORDS) and argument.doc[first - 1].pos_ not in APART:
        first -= 1
    return argument.doc[first:argument.i + 1]


def _a_subject(token) -> bool:
    return token.dep_ == "nsubj" or _a_topic(token)


def _a_topic(token) -> bool:
    return any(c.lemma_ == "は" for c in token.children if c.dep_ == "case")


def _subjects(predicate):
    """The subjects and topics of the clause and of the clauses it hangs in, up to a
    quotation (…と相談があった: what was said is the speaker's own); and the topics
    (…は, …では) before it in the sentence, which a broken tree may hang elsewhere."""
    yield from (t for t in predicate.doc[:predicate.i] if _a_topic(t))
    node = predicate
    while True:
        for child in node.children:
            if child.i != predicate.i and _a_subject(child):
                yield child
        if node.head.i == node.i or _quoted(node):
            return
        node = node.head


def _quoted(node) -> bool:
    return node.pos_ in ("VERB", "AUX", "ADJ") and any(c.lemma_ == "と" for c in node.children if c.dep_ == "case")


def _a_person(token) -> bool:
    return "人名" in token.tag_ or token.lemma_ in PERSON_SUFFIX


def _of_a_person(predicate, meanings: Meanings) -> bool:
    """Said of a person: no subject of people in general or of a body; and with no
    person named as its subject (a record's implicit one), told as a fact — past or
    ongoing (…した, …している, 治療中, …と診断。) — not in the plain present of a
    notice, a rule or a service (…に遭う, …を使用します)."""
    named = False
    for subject in _subjects(predicate):
        if subject.lemma_ in GENERIC:
            return False
        if not _a_person(subject) and meanings.a_body(subject):
            return False
        named = named or _a_person(subject) or meanings.a_person(subject)
    return named or _a_fact(predicate)


def _a_fact(predicate) -> bool:
    """Past or ongoing along the clause's way to its root, a noun ending, or what was said."""
    if predicate.pos_ == "NOUN" and predicate.head.i == predicate.i:
        return True
    node = predicate
    while True:
        if _quoted(node) or any(c.lemma_ in REALIS for c in node.subtree if c.dep_ in ("aux", "fixed", "compound")
                                and c.head.i in (node.i, *[m.i for m in node.children])):
            return True
        if node.head.i == node.i:
            return False
        node = node.head


def _unreal(predicate) -> bool:
    """A request, an invitation, a rule or a possibility along the clause's way to its root."""
    node = predicate
    while True:
        if node.lemma_ in UNREAL_WORDS or any(c.lemma_ in UNREAL_WORDS for c in node.children
                                              if c.dep_ in ("aux", "mark", "fixed", "cop", "compound")):
            return True
        if node.head.i == node.i:
            return False
        node = node.head


def _widest(phrases: list[Phrase]) -> list[Phrase]:
    """Of overlapping phrases in one sentence, the widest."""
    kept: list[Phrase] = []
    for phrase in sorted(phrases, key=lambda p: p.start - p.end):
        if not any(k.start < phrase.end and phrase.start < k.end for k in kept):
            kept.append(phrase)
    return sorted(kept)
