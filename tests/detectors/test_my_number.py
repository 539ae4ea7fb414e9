import pytest

# (text, expected matched texts)
CASES = [
    ("個人番号 123456789018", ["123456789018"]),
    ("マイナンバー：1234 5678 9018", ["1234 5678 9018"]),
    ("個人番号　１２３４－５６７８－９０１８", ["１２３４－５６７８－９０１８"]),
    ("個人番号 1234ー5678ー9018", ["1234ー5678ー9018"]),
    ("個人番号 1234‐5678‐9018", ["1234‐5678‐9018"]),
    ("個人番号 1234.5678.9018", ["1234.5678.9018"]),
    ("個人番号123456789018です", ["123456789018"]),  # no \b between kanji and digits
    ("通知カード 176749365367 / 861564985029", ["176749365367", "861564985029"]),
    ("my number: 942849815402", ["942849815402"]),
    # near-misses
    ("個人番号 123456789019", []),  # check digit fails
    ("個人番号 176749365368", []),
    ("個人番号 716749365367", []),
    ("123456789018", []),  # valid check, no context: too weak to report
    ("注文番号 123456789018", []),  # negative context
    ("伝票番号：176749365367", []),
    ("個人番号 1234567890180", []),  # 13 digits
    ("カード 1234-5678-9018-3456 個人番号", []),  # part of a longer number
    ("法人番号 7123456789012", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", CASES)
def test_my_number(detector, text, expected):
    found = [d.text for d in detector.detect(text) if d.entity_type == "MY_NUMBER"]
    assert found == expected


@pytest.mark.slow
def test_header_context_makes_a_bare_number_strong(detector):
    assert [d.entity_type for d in detector.detect("176749365367", context=["個人番号"])] == ["MY_NUMBER"]
    assert detector.detect("176749365367", context=["注文番号"]) == []


@pytest.mark.slow
def test_value_is_canonical_digits_and_mask_hides_the_middle(detector):
    (found,) = detector.detect("個人番号 １２３４ ５６７８ ９０１８")
    assert found.value == "123456789018"
    assert found.masked == "1234 **** **18"
    assert "5678" not in found.masked and "5678" not in repr(found)


@pytest.mark.slow
def test_recognizers_needing_context_skip_text_without_their_words(detector):
    """PASSPORT's score (0.2) reaches the threshold only with a context word: text
    without one is not searched for it at all, while a header label still counts."""
    assert "PassportRecognizer" not in detector._candidates("受付 TR1234567", None)
    assert "PassportRecognizer" in detector._candidates("パスポート TR1234567", None)
    assert "PassportRecognizer" in detector._candidates("TR1234567", ["旅券番号"])
    assert "PhoneRecognizer" in detector._candidates("受付 03-1234-5678", None)  # strong on its own
    assert "MyNumberRecognizer" in detector._candidates("受付 176749365367", None)  # a run may decide (below)
    assert "MyNumberRecognizer" not in detector._candidates("受付 17674936", None)  # no 12-digit number


def _export(numbers: list[str]) -> str:
    """A headerless export (給与支払報告書 CSV): one 12-digit number a row, no label."""
    return "\n".join(f"{i:05d},ヤマダ タロウ,{number},2026" for i, number in enumerate(numbers))


RUN = ["176749365367", "861564985029", "942849815402", "123456789018", "459803358721"]


@pytest.mark.slow
@pytest.mark.parametrize("numbers, expected", [
    (RUN, set(RUN)),  # five, every one passing the check: not chance
    (RUN[:4], set()),  # four: too few
    (RUN + ["123456789019"], set(RUN)),  # a typo in one row
    (RUN + ["123456789019", "176749365368"], set()),  # two in seven fail: numbers of another kind
])
def test_a_run_of_numbers_that_all_pass_the_check_needs_no_label(detector, numbers, expected):
    assert {d.value for d in detector.detect(_export(numbers)) if d.entity_type == "MY_NUMBER"} == expected


@pytest.mark.slow
def test_a_run_under_a_negative_label_stays_out(detector):
    assert not [d for d in detector.detect("\n".join(f"注文番号 {n}" for n in RUN)) if d.entity_type == "MY_NUMBER"]
