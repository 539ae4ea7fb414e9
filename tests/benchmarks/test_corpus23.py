"""Corpus 23, written apart from the rules (held out, a development set since the thirteenth
session): the same bytes for a seed, every value at its place in daicho's extraction, valid
check digits, dated births and valid phones, every category and kind of look-alike, an
oracle's full marks."""

from __future__ import annotations

import benchmarks.corpus23 as corpus23
from tests.benchmarks.written_corpus import WrittenCorpus, checks


class TestCorpus23(WrittenCorpus):
    corpus = corpus23
    number = "23"
    role = "dev"
    checks = checks("order_number_mynumber_check")
    kinds = {"date_not_birth", "org_phone", "org_email", "org_postal", "org_address", "place_named_like_person",
             "horse_named_like_person", "boat_named_like_person", "historical_figure", "order_number_mynumber_check",
             "corporate_number", "product_code_luhn", "health_notice_about_no_one"}
