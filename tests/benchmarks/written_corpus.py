"""What every corpus written apart from the rules must hold (corpora 22 and later): the same bytes
for a seed, every value at its place in daicho's extraction, valid check digits, dated births and
valid phones, CP932 files that CP932 can say, no look-alike written as a value of its object, clean
files with none, every category and kind of look-alike, an oracle's full marks. A corpus's test
module names its package, role and lists in a subclass; the checks are written once here."""

from __future__ import annotations

import importlib

import pytest
from stdnum import luhn
from stdnum.jp import cn, in_

from benchmarks.detection_report import CORPORA
from tests.benchmarks.planted import (assert_check_digits, assert_deterministic, assert_oracle_scores_one,
                                      assert_phones_valid_and_births_dated, assert_whole_corpus, card_number,
                                      check_places, items_of, license_check, module_strings)

CATEGORIES = {"病歴", "健康診断結果", "障害", "宗教", "信条", "人種・民族", "労働組合", "犯罪歴", "犯罪被害", "本籍"}
FORMATS = {"txt", "csv", "xlsx", "docx", "pptx", "html", "eml", "zip", "json", "xml", "DAT", "rtf", "odt",
           "pdf", "mbox", "mailhost:2,S"}


def checks(my_number_look_alike: str) -> dict:
    """The check digit each value must pass, by (type, look-alike kind or False)."""
    return {("MY_NUMBER", False): in_.is_valid, ("MY_NUMBER", my_number_look_alike): in_.is_valid,
            ("MY_NUMBER", "corporate_number"): cn.is_valid,
            ("DRIVERS_LICENSE", False): license_check, ("CREDIT_CARD", False): card_number,
            ("CREDIT_CARD", "product_code_luhn"): luhn.is_valid, ("HEALTH_INSURANCE_NUMBER", False): luhn.is_valid}


class WrittenCorpus:
    """Subclass as TestCorpusNN with corpus, number, role, checks and kinds set."""

    corpus = None  # the package (benchmarks.corpusNN)
    number = ""  # its key in detection_report.CORPORA
    role = "dev"  # "eval" for the held-out set
    checks: dict = {}
    kinds: set = set()
    formats = FORMATS
    most_values = 9500

    @pytest.fixture(scope="class")
    @classmethod
    def small(cls):
        return cls.corpus.generate(scale=0.2)

    def test_registered_with_its_role_and_one_held_out_set_at_most(self):
        assert CORPORA[self.number] == (self.corpus, self.role)
        assert self.corpus.DEFAULT_SEED == int(self.number) * 1000 + 13
        held_out = [role for _, role in CORPORA.values()].count("eval")
        assert held_out == 1 if self.role == "eval" else held_out <= 1

    def test_same_bytes_for_a_seed(self, small):
        assert_deterministic(self.corpus, small, 0.2, self.corpus.DEFAULT_SEED + 1)

    def test_values_where_daicho_reads_them(self, small):
        assert check_places(small) > 1000

    def test_check_digits_phones_and_births(self, small):
        items = items_of(small)
        assert_check_digits([i for i in items if not i.mark.optional], self.checks)
        assert_phones_valid_and_births_dated(items)

    def test_cp932_files_hold_only_what_cp932_can_say(self, small):
        for doc in small:
            if doc.path.endswith((".csv", ".txt", ".DAT")):
                try:
                    doc.data.decode("utf-8")
                except UnicodeDecodeError:
                    assert all(i.mark.text.encode("cp932") for i in doc.items)

    def test_look_alikes_are_not_values_of_their_object(self, small):
        for doc in small:
            values = {(i.path, i.mark.entity_type, i.mark.text) for i in doc.items if not i.mark.negative}
            for item in doc.items:
                if item.mark.negative:
                    assert (item.path, item.mark.entity_type, item.mark.text) not in values, item

    def test_clean_files_hold_no_value(self, small):
        assert any(doc.clean for doc in small)
        for doc in small:
            if doc.clean:
                assert all(i.mark.negative for i in doc.items), doc.path

    @pytest.mark.slow
    def test_every_category_and_kind_of_look_alike(self):
        marks = [i.mark for i in items_of(self.corpus.generate(scale=1.0))]
        assert {m.category for m in marks if m.entity_type == "SENSITIVE" and not m.negative} == CATEGORIES
        assert all(m.kind for m in marks if m.negative) and {m.kind for m in marks if m.negative} == self.kinds
        assert 7500 <= sum(not m.negative and not m.optional for m in marks) <= self.most_values
        assert sum(m.negative for m in marks) >= 2000 and sum(m.optional for m in marks) >= 50

    def test_an_oracle_scores_one(self, tmp_path):
        assert_oracle_scores_one(self.corpus.write, tmp_path, 0.3, 10)

    @pytest.mark.slow
    def test_whole_corpus(self):
        assert_whole_corpus(self.corpus.generate(), self.formats, self.checks)

    def test_phrase_lists_can_be_written_in_cp932(self):
        """The CP932 writers draw on the same lists: every name, place and phrase has a CP932 form."""
        for name in ("ids", "people", "vocab"):
            module = importlib.import_module(f"{self.corpus.__name__}.{name}")
            for text in module_strings(module):
                assert text.encode("cp932").decode("cp932") == text, text
