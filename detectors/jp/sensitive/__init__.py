"""要配慮個人情報 (special-care-required personal information) as information: the
phrase that says something of a person (a diagnosis with its treatment, a check-up
value with its judgement, a disability and its certificate, a religion, an origin,
a party, a union role, an offence or being its victim, a 本籍), with its category.

One module per family of categories (health, beliefs, legal, union), the values
that field labels make 要配慮 (fields), word lists as data files (lexicon, data/).
"""

from detectors.jp.sensitive.recognizer import CANONICAL, CATEGORY, SensitiveRecognizer

__all__ = ["CANONICAL", "CATEGORY", "SensitiveRecognizer"]
