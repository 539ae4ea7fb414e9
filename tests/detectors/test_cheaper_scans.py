"""The cheaper scans of speed5 find exactly what the scans they replace found: the
person_office hints and the look-behind moved after a pattern's first class, one
search for a shop word before a name, and the check digits of My Number and the
corporate number on the digits already extracted. Each is compared with the
original form (written out here) on generated text and numbers; the name lists are
the real ones."""

import random
import re

from stdnum.jp import cn, in_

from detectors.jp import person_office as office
from detectors.jp.corporate_number import CorporateNumberRecognizer
from detectors.jp.my_number import MyNumberRecognizer
from detectors.jp.person_names import load_name_lists
from detectors.normalize import digits_only

_K = "\u4e00-\u9fff々"
SPACED_BEFORE = re.compile(rf"(?<![{_K}])([{_K}]{{2,3}})[ \u3000]([{_K}]{{1,3}})(?![{_K}])")
PIECES = ["三好", "美咲", "健太郎", "佐伯", "ASANO", "Emi", "Nguyen", "Van", "Minh", "ミヨシ", "マリア", "サントス",
          "カフェ", "喫茶", "和田屋", "さん", "様", "氏", "（", "）", "(", ")", " ", "\u3000", "・", "\n", "：", "の", "a", "K"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _old_mixed_case(text: str, lists) -> list[tuple[int, int]]:
    return [m.span() for m in office._MIXED_CASE.finditer(text)
            if (m.group(1) or m.group(4)) in lists.surname_romaji
            and (m.group(2) or m.group(3)).upper() in lists.given_romaji]


def _old_addressed(text: str, lists) -> list[tuple[int, int]]:
    spans = [m.span() for m in office._LATIN_ADDRESSED.finditer(text)]
    return spans + [m.span() for m in office._KANA_ADDRESSED.finditer(text) if m.group() in lists.surname_kana]


def _old_a_shop(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    if office._SHOP_END.search(name) or office._SHOP_BEFORE.match(name):
        return True
    return any(office._SHOP_BEFORE.fullmatch(text, i, start) for i in range(max(0, start - 7), start))


def test_spaced_pattern_matches_as_the_look_behind_form_did():
    rng = random.Random(5)
    texts = ["".join(rng.choice("山田太郎々 \u3000a\nカ") for _ in range(rng.randint(0, 20))) for _ in range(5000)]
    matched = 0
    for text in texts:
        before = [(m.span(1), m.span(2)) for m in SPACED_BEFORE.finditer(text)]
        assert [(m.span(1), m.span(2)) for m in office._SPACED.finditer(text)] == before, text
        matched += len(before)
    assert matched > 250


def test_hinted_office_forms_find_what_the_full_scans_found():
    lists = load_name_lists()
    found = 0
    for text in _texts(4000, 7) + ["通訳はASANO Emiが担当する。", "ミヨシ様より折返し", "Nguyen Van Minhさん"]:
        mixed, addressed = office.mixed_case_romaji(text, lists), office.addressed_forms(text, lists)
        assert mixed == _old_mixed_case(text, lists), text
        assert addressed == _old_addressed(text, lists), text
        found += len(mixed) + len(addressed)
    assert found > 20


def test_shop_word_before_a_name_is_one_search():
    checked = shops = 0
    for text in _texts(1000, 11) + ["カフェ・オオツカさん", "喫茶 大塚"]:
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 4) + 1):
                assert office.a_shop(text, start, end) == _old_a_shop(text, start, end), (text, start, end)
                shops += _old_a_shop(text, start, end)
                checked += 1
    assert checked > 2000 and shops > 20


def test_check_digits_agree_with_stdnum():
    rng = random.Random(3)
    my_number, corporate = MyNumberRecognizer(), CorporateNumberRecognizer()
    valid = 0
    for _ in range(15000):
        value = "".join(rng.choice("0123456789") if rng.random() > 0.1 else rng.choice("- .０a")
                        for _ in range(rng.randint(0, 16)))
        assert my_number.is_valid(value) == in_.is_valid(digits_only(value)), value
        assert corporate.is_valid(value) == cn.is_valid(digits_only(value)), value
        valid += my_number.is_valid(value) + corporate.is_valid(value)
    assert valid > 90


ROLE_PIECES = ["報告者", "生徒", "保護者", "起案者", "記録", "From", "総務", "部", "課", "センター", "出席", "山田", "太郎",
               "鞍馬", "慧", "の", "です", "と申します", "様", "さん", "（", "）", " ", "\u3000", "：", ":", "\n", "々", "ア"]
SPACED_ADDRESSED_BEFORE = re.compile(rf"(?<![{_K}])([{_K}]{{2,4}})[ \u3000]([{_K}]{{1,3}})(?:(?=様|さん|殿)|(?=[）)]))")
SELF_BEFORE = re.compile(rf"(?:(?<=の)|(?<=^)|(?<=\n))([{_K}]{{2,4}})(?=です|でございます|と申します)")


def _role_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ROLE_PIECES) for _ in range(rng.randint(0, 16))) for _ in range(count)]


def test_role_labels_tried_near_their_hints_are_the_labels_a_full_search_finds():
    from detectors.jp import person_roles as roles
    texts = _role_texts(4000, 11)
    assert sum(1 for text in texts for _ in roles.ROLE_LABEL.finditer(text)) > 200
    for text in texts:
        assert [m.span() for m in roles._role_labels(text)] == [m.span() for m in roles.ROLE_LABEL.finditer(text)], text



def test_role_labels_where_a_department_runs_over_a_role_are_found_in_order():
    """speed7: a role's first character is tried where it stands, and the window before
    it only as far back as a department's suffix just after it reaches (第一報告者部 …)."""
    from detectors.jp import person_roles as roles
    rng = random.Random(7)
    pieces = ["総務部", "人事課", "報告者", "医師", "生徒", "記録", "To", "Cc", "センター", "支援センター", "第一", "営業",
              "部", "課", "科", "班", "係", "室", "山田", " ", "\u3000", "：", "\n", "\t", "a", "の"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(6000)]
    texts += ["第一報告者部 生徒", "営業報告者科 班", "第一記録部\u3000"]
    assert sum(1 for text in texts for _ in roles.ROLE_LABEL.finditer(text)) > 500
    for text in texts:
        assert [m.span() for m in roles._role_labels(text)] == [m.span() for m in roles.ROLE_LABEL.finditer(text)], text

def test_addressed_spaced_names_and_self_introductions_opening_with_a_class_match_as_before():
    from detectors.jp import person_greeting as greeting
    from detectors.jp import person_roles as roles
    texts = _role_texts(4000, 12)
    assert sum(1 for text in texts for _ in SPACED_ADDRESSED_BEFORE.finditer(text)) > 20
    assert sum(1 for text in texts for _ in SELF_BEFORE.finditer(text)) > 20
    for text in texts:
        assert [m.span(1) + m.span(2) for m in greeting._SPACED.finditer(text)] == \
            [m.span(1) + m.span(2) for m in SPACED_ADDRESSED_BEFORE.finditer(text)], text
        assert [m.span(1) for m in roles._SELF.finditer(text)] == [m.span(1) for m in SELF_BEFORE.finditer(text)], text
