"""Two cases the merge of the third session's round broke on the sample share and mended: a
mobile number in a sentence of its own after the sentence naming the writer (the writer's, not the
department addressed above), and a word before a surname addressed with 様 (至急 加藤様: the
surname alone). Made-up people, the real GiNZA model."""


def _found(detector, text, entity_type):
    return [d.text for d in detector.detect(text) if d.entity_type == entity_type]


def test_a_mobile_in_its_own_sentence_after_the_writer_named(detector):
    text = "経理部 御中\n\n村上 沙織です。連絡先は 080-4417-2961 です。\nよろしくお願いいたします。\n"
    assert "080-4417-2961" in _found(detector, text, "PHONE")


def test_a_word_before_a_surname_addressed_is_not_its_given_name(detector):
    text = "至急 佐藤様へ折り返しお願いします 携帯 090-3318-7742\n"
    found = _found(detector, text, "PERSON")
    assert "佐藤" in found and not any("至急" in name for name in found)
