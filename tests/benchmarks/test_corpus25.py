"""Corpus 25, written apart from the rules (the held-out evaluation set): the same bytes for a
seed, every value at its place in daicho's extraction, valid check digits, dated births and
valid phones, every category and kind of look-alike, an oracle's full marks."""

from __future__ import annotations

import benchmarks.corpus25 as corpus25
from tests.benchmarks.written_corpus import WrittenCorpus, checks


class TestCorpus25(WrittenCorpus):
    corpus = corpus25
    number = "25"
    role = "dev"
    checks = checks("slip_number_mynumber_check")
    kinds = {"date_not_birth", "org_phone", "org_email", "org_postal", "org_address", "slip_number_mynumber_check",
             "corporate_number", "product_code_luhn", "model_number_passport_shape", "order_number_seven_digits",
             "health_notice_about_no_one", "privacy_boilerplate", "place_named_like_person", "cultivar_named_like_person",
             "historical_figure", "boat_named_like_person", "stage_role_name", "koi_named_like_person"}
