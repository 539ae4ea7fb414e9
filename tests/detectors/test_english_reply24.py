"""A reply written wholly in English that greets its reader by a courtesy title and a listed
surname alone (Dear Ms Usami,): the person reader must open such a text, so the name is found and
what the reply says of its reader (a faith) is tied to someone. Made-up people; the real model."""


def _found(detector, text):
    return sorted((d.entity_type, d.category, d.text) for d in detector.detect(text))


def test_a_listed_surname_after_a_title_opens_an_english_reply(detector):
    text = ("Dear Mr Hioki,\n\nThank you for reserving a table for 12 May.\n"
            "We understand that you are a practising Hindu and do not eat beef; our kitchen will prepare accordingly.\n"
            "Sincerely,\nFront desk\n")
    found = _found(detector, text)
    assert ("PERSON", None, "Hioki") in found
    assert any(kind == "SENSITIVE" and category == "宗教" for kind, category, _ in found)


def test_an_english_notice_greeting_no_one_stays_empty(detector):
    text = "Dear Customer,\n\nOur shop will be closed on 3 May.\nKind regards,\nThe Team\n"
    assert [t for t in _found(detector, text) if t[0] == "PERSON"] == []
