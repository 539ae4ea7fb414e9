"""Checks every generated prose corpus of issue 12 passes (wikilook2, wikirecall):
the same documents for a seed, every person in truth written in its text."""


def same_documents_for_a_seed(corpus) -> None:
    first, again, other = (corpus(seed).positives(20) + corpus(seed).negatives(6) for seed in (3, 3, 4))
    assert [(d.name, d.data, d.truth) for d in first] == [(d.name, d.data, d.truth) for d in again]
    assert [d.data for d in first] != [d.data for d in other]


def same_truth_for_a_seed(corpus, positives: int, negatives: int) -> None:
    """The same names and truth for a seed, others for another (a workbook's bytes
    carry the second it was written: not compared)."""
    built = [[(d.name, d.truth) for d in corpus(seed).positives(positives) + corpus(seed).negatives(negatives)]
             for seed in (3, 3, 4)]
    assert built[0] == built[1] and built[0] != built[2]


def my_number_keys_planted(corpus) -> None:
    """Every planted number (a My Number or a look-alike) is twelve digits passing the
    My Number check, both kinds are planted, and the clean files are labelled for nothing."""
    from stdnum.jp import in_

    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(32) for e, v in doc.truth if e != "*"}
    assert {e for e, _ in truth} == {"MY_NUMBER", "~MY_NUMBER"}
    assert all(len(v) == 12 and in_.is_valid(v) for _, v in truth)
    assert all(not doc.truth for doc in generator.negatives(4))


def truth_written_in_the_text(corpus) -> None:
    generator = corpus(5)
    docs = generator.positives(30)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 30
    for doc in docs:
        text = doc.data.decode("utf-8").replace("・", "")
        assert ("*", "PERSON") in doc.truth
        assert all(value in text for entity, value in doc.truth if entity in ("PERSON", "~PERSON"))
    assert all(not doc.truth for doc in generator.negatives(6))


def words_of(lists) -> set:
    """Every word of some word lists: items, tuples' members, dicts' keys and values."""
    words = set()
    for items in lists:
        for item in items.items() if isinstance(items, dict) else items:
            words |= set(item) if isinstance(item, tuple) else {item}
    return words


def written_apart(ours: list, theirs: list, dev, check, kinds: tuple[str, ...], least: tuple[int, int]) -> None:
    """A dev and a check corpus share no word of their lists nor kind of document
    (methods named for a file type), each with at least `least` kinds."""
    assert all(ours) and all(theirs) and not words_of(ours) & words_of(theirs)
    dev_kinds = {n for n in vars(dev) if n.endswith(kinds)}
    check_kinds = {n for n in vars(check) if n.endswith(kinds)}
    assert len(dev_kinds) >= least[0] and len(check_kinds) >= least[1] and not dev_kinds & check_kinds


def contacts_written(docs) -> None:
    """Every contact value in truth (a look-alike's too) is written in its document as
    the scorer reads it; zipped XML (xlsx, docx) is left out: its text is not in the bytes."""
    from benchmarks.corpus import address_key

    for doc in docs:
        if doc.name.endswith((".xlsx", ".docx")):
            continue
        try:
            written = doc.data.decode("utf-8")
        except UnicodeDecodeError:
            written = doc.data.decode("cp932")  # a Windows text of a Japanese office
        for entity, value in doc.truth:
            if entity.endswith("ADDRESS"):
                assert value in address_key(written), doc.name
            elif entity.endswith(("EMAIL", "BANK_ACCOUNT")):
                assert value in written, doc.name


def my_numbers_planted(corpus, positives: int) -> None:
    """My Numbers and their look-alikes in truth, all passing the check; clean files labelled for nothing."""
    from stdnum.jp import in_

    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(positives) for e, v in doc.truth}
    assert {"MY_NUMBER", "~MY_NUMBER"} <= {e for e, _ in truth}
    assert all(in_.is_valid(v) for e, v in truth if e.endswith("MY_NUMBER"))
    assert all(not doc.truth for doc in generator.negatives(4))


def twelve_digits_apart(docs, suffixes: tuple[str, ...]) -> None:
    """Each number of truth stands alone in its plain-text document (no digit run swallows
    it), read as UTF-8 or a Windows office's or a host's CP932, said in groups of four or not."""
    import re

    for doc in docs:
        if not doc.name.endswith(suffixes):
            continue
        try:
            text = doc.data.decode("utf-8")
        except UnicodeDecodeError:
            text = doc.data.decode("cp932")
        text = re.sub(r"(?<=[0-9])[ -](?=[0-9]{4})", "", text)
        for _, value in doc.truth - {("*", "MY_NUMBER")}:
            assert re.search(rf"(?<![0-9]){value}(?![0-9])", text), (doc.name, value)


def same_phrases_for_a_seed(corpus) -> None:
    """A 要配慮 corpus of documents (built on benchmarks.corpus.Corpus): the same names,
    truth and text files for a seed, other truth for another."""
    from benchmarks.corpus import Corpus
    from tests.benchmarks.test_sens_corpora import _fingerprint

    first, again, other = (corpus(Corpus(seed)).positives(24) + corpus(Corpus(seed)).negatives(6) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def no_string_in_common(dev_module, check_module, least: int) -> None:
    """Two 要配慮 corpora's modules share no string of their upper-case lists."""
    from tests.benchmarks.test_sens_corpora import _strings

    ours, theirs = _strings(dev_module), _strings(check_module)
    assert len(ours) > least and len(theirs) > least
    assert not ours & theirs, ours & theirs
