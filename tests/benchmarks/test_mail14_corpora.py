"""The mail14 corpora of issue 12 (benchmarks/corpus_mail14_dev.py and _check.py):
deterministic for a seed, written apart (no body, person, service word or kind of
document in common), every contact in truth written in its document, a person's own
mailboxes and phones beside an organisation's own, and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_mail14_check as check
from benchmarks import corpus_mail14_dev as dev
from tests.benchmarks.corpus_checks import contacts_written, same_truth_for_a_seed, written_apart

CORPORA = [dev.DevMail14, check.CheckMail14]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_json", "_yaml", "_xml", "_html", "_docx", "_eml", "_pptx", "_odt", "_rtf", "_md")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 12, 4)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([[b[0] for b in dev.BODIES], dev.SERVICES, [b[0] for b in dev.FREE_BODIES],
                   [p[0] for p in dev.PARTNERS], [m[0] for m in dev.MEMBERS]],
                  [[s[0] for s in check.SHELTERS], check.DESKS, [c[0] for c in check.CLUBS],
                   [b[0] for b in check.BODIES], [c[0] for c in check.COACHES]],
                  dev.DevMail14, check.CheckMail14, KINDS, (6, 6))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_a_persons_contacts_beside_an_organisations_and_clean_files(corpus):
    generator = corpus(5)
    positives = generator.positives(12)
    kinds = {e for doc in positives for e, _ in doc.truth}
    assert {"PHONE", "EMAIL", "~PHONE", "~EMAIL"} <= kinds
    # a person's values in most documents; a list of bodies (関係機関, related_bodies) names only theirs
    assert sum(bool({e for e, _ in doc.truth} & {"PHONE", "EMAIL"}) for doc in positives) >= len(positives) // 2
    assert all(any(e.startswith("~") for e, _ in doc.truth) for doc in positives)
    negatives = generator.negatives(4)
    assert all(not any(e in ("PHONE", "EMAIL") for e, _ in doc.truth) for doc in negatives)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_contact_in_truth_is_written_in_its_document(corpus):
    docs = corpus(6).positives(12) + corpus(6).negatives(4)
    contacts_written([doc for doc in docs if not doc.name.endswith((".eml", ".pptx", ".odt", ".rtf"))])
