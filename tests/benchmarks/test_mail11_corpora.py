"""The mail11 corpora of issue 12 (benchmarks/corpus_mail11_dev.py and _check.py):
deterministic for a seed, written apart (no name, firm, host, account or kind of
document in common), every value in truth written in its document, with strings with
an @ that are no one's mailbox as look-alikes and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_mail11_check as check
from benchmarks import corpus_mail11_dev as dev
from tests.benchmarks.corpus_checks import written_apart

CORPORA = [dev.DevMail11, check.CheckMail11]
KINDS = ("_txt", "_ics", "_json", "_html", "_csv", "_md", "_eml", "_xml", "_yaml", "_tsv", "_vcf", "_log", "_docx",
         "_mbox")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(14) + corpus(3).negatives(6), corpus(3).positives(14) + corpus(3).negatives(6)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(14) + corpus(4).negatives(6)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.PEOPLE, dev.FIRMS, dev.HOSTS, dev.SERVERS, dev.ACCOUNTS, dev.DESKS, dev.CARRIERS, dev.SUBJECTS,
                   dev.NEWS],
                  [check.STAFF, check.COMPANIES, check.RELAYS, check.REPOS, check.NOTIFIERS, check.PROVIDERS,
                   check.TOPICS],
                  dev.DevMail11, check.CheckMail11, KINDS, (9, 9))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_peoples_mailboxes_look_alikes_and_clean_files(corpus):
    generator = corpus(5)
    assert {e for doc in generator.positives(14) for e, _ in doc.truth} >= {"EMAIL", "~EMAIL"}
    negatives = generator.negatives(6)
    assert {e for doc in negatives for e, _ in doc.truth} >= {"~EMAIL"} and any(not doc.truth for doc in negatives)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_value_in_truth_is_written_in_its_document(corpus):
    """As the scorer keys it (lower case); a Word document's text is not in its zipped bytes."""
    docs = [d for d in corpus(6).positives(14) + corpus(6).negatives(6) if not d.name.endswith(".docx")]
    for doc in docs:
        text = doc.data.decode("utf-8").lower()
        assert all(value in text for entity, value in doc.truth if entity.endswith("EMAIL")), doc.name
