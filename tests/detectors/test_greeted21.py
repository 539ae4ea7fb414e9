"""One reader of romaji names an English context says (greeted21): person_romaji's older
greeted_names (a letter's Dear …, a signature's romaji line) folded into person_english, its
greetings and titles the one list there. Made-up people; the readers alone, no model."""

import pytest

from detectors.jp.person_english import english_said_names
from detectors.jp.person_names import load_name_lists


@pytest.fixture(scope="module")
def lists():
    return load_name_lists()


def _said(text, lists):
    return [text[start:end] for start, end in english_said_names(text, lists)]


@pytest.mark.parametrize("text, name", [
    ("Dear Haruto Fujimoto,\nThank you for your order.", "Haruto Fujimoto"),  # a greeting, given name first
    ("Hello Ms. Sakamoto Yui.\nYour room is ready.", "Sakamoto Yui"),  # a title between, surname first
    ("Hi Mr Kenta Maruyama!\n", "Kenta Maruyama"),
    ("Dear Haruto Fujimoto and team,\n", "Haruto Fujimoto"),  # the clause runs on: the led reader reads it too
    ("ご確認をお願いします。\n\n設備部　野村 翔太\nShota Nomura\nTEL 03-5555-0142\n", "Shota Nomura"),  # a signature line
    ("以上です。\n\n野村 翔太\r\nNomura Shota\r\n", "Nomura Shota"),  # surname first, Windows line ends
])
def test_a_greeted_or_signed_romaji_name_is_read_by_the_one_reader(lists, text, name):
    assert name in _said(text, lists)


@pytest.mark.parametrize("text", [
    "Shota Nomura\n以上です。",  # a text's first line is its title, never a signature
    "Safety First\nBest Regards\n",  # words of no name list
    "OHello Shota Nomura,\n",  # a greeting glued to a word is no greeting
])
def test_not_a_greeted_or_signed_name(lists, text):
    assert "Shota Nomura" not in _said(text, lists) and "Safety First" not in _said(text, lists)
