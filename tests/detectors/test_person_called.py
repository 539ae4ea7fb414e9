"""PERSON: a child's given name in hiragana with くん / ちゃん after a particle that is
glued to it in a note (今日はゆうとくんが, お母さんがくるみちゃんに): the whole given name, not
a part cut at a particle (issue 12, names15: detectors/jp/person_children.py). Made-up
children; the real detector on a real file."""

import pytest


def people(scanner, text: str) -> list[str]:
    record = scanner.scan_bytes("renrakucho.txt", text.encode())
    return sorted({f.value for o in record.walk() for f in o.findings if f.entity_type == "PERSON"})


@pytest.mark.parametrize("text, expected", [
    ("今日はゆうとくんが転んで膝をすりむきました。\n", ["ゆうと"]),
    ("お迎えの時、お母さんがくるみちゃんに話しかけていました。\n", ["くるみ"]),
    ("先生がそうたくんを迎えに行きました。\n", ["そうた"]),
    ("ともちゃんとおねえちゃんが来ました。\n", ["とも"]),  # the whole run first: とも, not も
])
def test_a_given_name_after_a_particle(scanner, text, expected):
    assert people(scanner, text) == expected
