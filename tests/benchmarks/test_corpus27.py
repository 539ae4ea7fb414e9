"""Corpus 27, written apart from the rules (the held-out evaluation set): the same bytes for a
seed, every value at its place in daicho's extraction, valid check digits, dated births and
valid phones, every category and kind of look-alike, an oracle's full marks."""

from __future__ import annotations

import benchmarks.corpus27 as corpus27
from tests.benchmarks.written_corpus import WrittenCorpus, checks


class TestCorpus27(WrittenCorpus):
    corpus = corpus27
    number = "27"
    role = "dev"
    checks = checks("receipt_number_my_number_check")
    kinds = {"non_birth_date", "org_phone", "org_email", "org_address", "org_postal", "org_bank_account",
             "receipt_number_my_number_check", "corporate_number", "product_code_luhn", "model_number_passport_shape",
             "employer_office_number", "health_boilerplate", "privacy_notice", "sample_name",
             "thing_named_like_person", "historical_figure"}
