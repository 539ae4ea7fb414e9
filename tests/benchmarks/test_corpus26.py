"""Corpus 26, written apart from the rules (the held-out evaluation set): the same bytes for a
seed, every value at its place in daicho's extraction, valid check digits, dated births and
valid phones, every category and kind of look-alike, an oracle's full marks."""

from __future__ import annotations

import benchmarks.corpus26 as corpus26
from tests.benchmarks.written_corpus import WrittenCorpus, checks


class TestCorpus26(WrittenCorpus):
    corpus = corpus26
    number = "26"
    role = "dev"
    checks = checks("voucher_mynumber_check")
    kinds = {"non_birth_date", "org_phone", "org_email", "org_postal", "org_address", "org_bank_account",
             "voucher_mynumber_check", "corporate_number", "product_code_luhn", "part_number_passport_shape",
             "employer_office_number", "health_notice_general", "privacy_statement", "cow_named_like_person",
             "place_named_like_surname", "specimen_name", "story_character", "historical_figure_in_text"}
