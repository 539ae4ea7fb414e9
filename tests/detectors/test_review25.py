"""review25: a gate's reading handed to the reader (PersonRecognizer reads an English text's
led names once), and a birth beside an identity document judged from a day passed in, not
from the calendar. Made-up people and numbers."""

import datetime as dt

import detectors.jp.person_english as person_english
from detectors.jp.date_of_birth_document import DocumentDateOfBirthRecognizer, birth_follows
from detectors.jp.person import PersonRecognizer

_LINE = "Traveller: MORIOKA Tsubasa / XK4417720 / 2015-06-30"


def _births(as_of: dt.date) -> list[str]:
    recognizer = DocumentDateOfBirthRecognizer()
    recognizer.as_of = as_of
    return [_LINE[r.start:r.end] for r in recognizer.analyze(_LINE, recognizer.supported_entities)]


def test_a_date_beside_a_passport_is_a_birth_only_when_older_than_any_passport_on_the_given_day():
    assert _births(dt.date(2030, 1, 1)) == ["2015-06-30"]  # fifteen years back: no valid passport's issue
    assert _births(dt.date(2020, 1, 1)) == []  # five years back: may be the passport's own issue


def test_the_birth_after_a_card_number_is_judged_from_the_day_passed_in():
    text = "EK90142263PW 2012/02/14"
    assert birth_follows(text, len("EK90142263PW"), dt.date(2031, 5, 1))
    assert not birth_follows(text, len("EK90142263PW"), dt.date(2019, 5, 1))


def test_an_english_text_is_read_for_led_names_once_by_the_gate_and_the_reader(monkeypatch):
    recognizer = PersonRecognizer()
    recognizer.load()
    calls = []
    real = person_english.english_led_names

    def counted(text, lists):
        calls.append(text)
        return real(text, lists)

    monkeypatch.setattr(person_english, "english_led_names", counted)
    text = "Dear Ms Kobayashi,\nthank you for the form you sent back."
    assert recognizer.may_match(text)
    found = [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])]
    assert found == ["Kobayashi"] and len(calls) == 1


def test_the_fields_of_a_delimited_line_are_its_stretches_between_separators_blank_ones_too():
    import re

    from detectors.lines import field_spans

    line = "宮坂 澄人／080-4471-2290／／1979.08.02"
    spans = field_spans(line, re.compile("／"), position=100)
    assert [line[s - 100:e - 100] for s, e in spans] == line.split("／")
    assert spans[0] == (100, 105)
    assert field_spans("", re.compile(r"\|")) == [(0, 0)]
