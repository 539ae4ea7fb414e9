"""Corpus 28, written apart from the rules (the held-out evaluation set): the same bytes for a
seed, every value at its place in daicho's extraction, valid check digits, dated births and
valid phones, every category and kind of look-alike, an oracle's full marks."""

from __future__ import annotations

import benchmarks.corpus28 as corpus28
from tests.benchmarks.written_corpus import WrittenCorpus, checks


class TestCorpus28(WrittenCorpus):
    corpus = corpus28
    number = "28"
    role = "eval"
    checks = checks("slip_number_passing_check")
    kinds = {"event_date", "office_phone", "office_email", "office_address", "office_postal", "office_bank_account",
             "slip_number_passing_check", "corporate_number", "product_code_luhn", "model_number",
             "employer_office_number", "health_notice", "policy_text", "form_example_name", "named_thing",
             "historical_person"}
