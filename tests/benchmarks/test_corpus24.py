"""Corpus 24, written apart from the rules (scored first as a held-out set in the thirteenth
session, before and after its round; corpus 25 the held-out set since): the same bytes for a
seed, every value at its place in daicho's extraction, valid check digits, dated births and
valid phones, every category and kind of look-alike, an oracle's full marks."""

from __future__ import annotations

import benchmarks.corpus24 as corpus24
from tests.benchmarks.written_corpus import WrittenCorpus, checks


class TestCorpus24(WrittenCorpus):
    corpus = corpus24
    number = "24"
    role = "dev"
    checks = checks("slip_number_mynumber_check")
    kinds = {"date_not_birth", "slip_number_mynumber_check", "corporate_number", "product_code_luhn", "org_phone",
             "org_email", "org_address", "org_postal", "org_bank_account", "place_named_like_person",
             "product_named_like_person", "historical_figure", "health_notice_about_no_one", "faith_event_about_no_one",
             "lot_number_pension_shape"}
