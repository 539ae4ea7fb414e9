"""Corpus 22, written apart from the rules (held out, a development set since the twelfth
session's second round): the same bytes for a seed, every value at its place in daicho's
extraction, valid check digits, dated births and valid phones, every category and kind of
look-alike, an oracle's full marks."""

from __future__ import annotations

import benchmarks.corpus22 as corpus22
from tests.benchmarks.written_corpus import FORMATS, WrittenCorpus, checks


class TestCorpus22(WrittenCorpus):
    corpus = corpus22
    number = "22"
    role = "dev"
    checks = checks("ticket_number_mynumber_check")
    kinds = {"date_not_birth", "due_date", "org_phone", "org_email", "org_postal", "org_address", "pet_named_like_person",
             "product_code_luhn", "place_named_like_person", "claim_reference", "car_model_named_like_person",
             "member_number_4_6", "ticket_number_mynumber_check", "health_notice_about_no_one", "corporate_number",
             "poet_of_the_cards", "employer_office_number", "train_named_like_person"}
    formats = FORMATS | {"jsonl"}
    most_values = 8800
