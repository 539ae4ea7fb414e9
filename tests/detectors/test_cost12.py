"""cost12's refactors keep what they compute: the name tier's tagger (parts of speech only)
reads the same words and tags as spaCy's full tokenizer; a sentence the clause gate refused is
refused again without being tokenized again; an organisation's own phone still goes, a person's
birth date after it stays."""

from __future__ import annotations

from detectors.jp.sensitive import clauses
from detectors.nlp import GinzaNlpEngine

TEXT = ("担当の德永です。山田花子さんは令和6年に糖尿病と診断され、入院した。\n"
        "氏名: 佐藤 一郎\t住所: 大阪府堺市北区中百舌鳥町2丁目\tTEL: 06-1234-5678\n"
        "ハリルホジッチ監督は会見でアドバイスを受けた。")


def test_the_tagger_reads_what_the_full_tokenizer_reads(nlp) -> None:
    engine = GinzaNlpEngine(nlp)
    full = nlp.tokenizer.tokenizer.tokenize(TEXT)
    tagged = engine._tagger.tokenize(TEXT)
    assert [(m.begin(), m.end(), m.part_of_speech_id(), m.part_of_speech()) for m in full] == \
        [(m.begin(), m.end(), m.part_of_speech_id(), m.part_of_speech()) for m in tagged]
    surnames = [m.text for m in engine.morphemes(TEXT) if m.tag == "名詞-固有名詞-人名-姓"]
    assert "德永" in surnames and "山田" in surnames


def test_a_refused_sentence_is_not_tokenized_again(nlp, monkeypatch) -> None:
    sentence = "会議室の使用を受け付けています"  # a predicate's stem (使用, 受け), nothing of a category
    meanings = clauses._meanings(nlp)
    monkeypatch.setattr(clauses, "_REFUSED", clauses.Remembered())
    assert clauses.told_by_sentences([sentence], [[]], nlp, meanings) == [()]
    assert clauses._REFUSED.get((sentence, ())) == ()
    made, make_doc = [], nlp.make_doc
    monkeypatch.setattr(nlp, "make_doc", lambda text: made.append(text) or make_doc(text))
    assert clauses.told_by_sentences([sentence], [[]], nlp, meanings) == [()]
    assert made == []  # refused again from memory
    clauses.told_by_sentences([sentence], [[(0, 3)]], nlp, meanings)
    assert made == [sentence]  # other spans read: the gate's input differs, the sentence is tokenized


def test_owners_read_only_where_they_matter(detector) -> None:
    text = ("株式会社みどり商事 本社\t〒530-0001\t大阪府大阪市北区梅田1-2-3\tTEL 06-6345-1234\n"
            "氏名: 佐藤 一郎\t生年月日: 1980年4月5日\t携帯: 090-1234-5678\n")
    found = {(d.entity_type, d.text) for d in detector.detect(text)}
    assert ("PHONE", "06-6345-1234") not in found  # the company's own
    assert ("PHONE", "090-1234-5678") in found and ("DATE_OF_BIRTH", "1980年4月5日") in found
