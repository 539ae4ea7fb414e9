"""Issue 12, insure28: a 基礎年金番号 and a 雇用保険被保険者番号 in the shapes offices write
them — a blank in place of each hyphen, no separator, the label after the value — found
where a label or a person's row of both numbers says what each is; a number written with
hyphens ends at a blank (its neighbour is another number). The real GiNZA detector;
made-up people and numbers."""

import pytest

PENSION, INSURED = "3141-592653", "2718-281828-4"


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


@pytest.mark.parametrize("pension", ["3141-592653", "3141 592653", "3141592653"])
def test_a_pension_number_after_an_insured_one_with_its_label_after_it(detector, pension):
    text = f"雇用保険：{INSURED}　{pension}　基礎年金番号"
    assert _found(detector, text, "BASIC_PENSION_NUMBER") == ["3141592653"]
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == ["27182818284"]


@pytest.mark.parametrize("text", [
    "3141 592653（基礎年金番号）",
    "基礎年金番号は 3141 592653 です。",
    "長谷部 葵　3141 592653　基礎年金番号"])
def test_a_spaced_pension_number_beside_its_label(detector, text):
    assert _found(detector, text, "BASIC_PENSION_NUMBER") == ["3141592653"]


@pytest.mark.parametrize("pension, insured", [
    ("3141 592653", INSURED), (PENSION, "2718 281828 4"), ("3141 592653", "2718 281828 4")])
def test_a_persons_headerless_row_with_blanks_for_hyphens(detector, pension, insured):
    text = (f"2001\t長谷部 葵\t1985/02/03\t{pension}\t{insured}\t本店\n"
            f"2002\t井筒 周平\t1979/11/30\t5926-535897\t9323-846264-3\t本店")
    assert "3141592653" in _found(detector, text, "BASIC_PENSION_NUMBER")
    assert "27182818284" in _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER")


@pytest.mark.parametrize("text", [
    "2001\t長谷部 葵\t1985/02/03\t3141 592\t653\t2718 281828 4\t本店",  # no whole cell of the shape
    "2001\t長谷部 葵\t1985/02/03\t0312 345678\t2718 281828 4\t本店"])  # a phone's 0 opens the 4-6
def test_no_spaced_pair_without_whole_cells_or_beside_a_phone(detector, text):
    assert _found(detector, text, "BASIC_PENSION_NUMBER") == []


@pytest.mark.parametrize("text", [
    "個人番号 1234 5678 9012",  # groups of four: one number, no pension inside
    "注文番号 3141-592653 1",  # a run of digits after an order's label
    "電話 0312-345678 3141 592653"])  # blank-separated groups after a hyphened phone: no label of a pension
def test_no_pension_number_inside_a_run_or_without_its_label(detector, text):
    assert _found(detector, text, "BASIC_PENSION_NUMBER") == []


INSURER = "06271019"  # passes the 保険者番号 check digit; 06271018 does not


@pytest.mark.parametrize("text", [
    "保険者番号：0627 1019",
    "受診者: 山吹 奏\t保険者番号: 0627 1019\t記号番号: 12-345"])
def test_an_insurers_number_in_two_groups_of_four_under_its_label(detector, text):
    assert INSURER in _found(detector, text, "HEALTH_INSURANCE_NUMBER")


@pytest.mark.parametrize("text", [
    "保険者番号：0627 1018",  # fails the check
    "注文番号 0627 1019",  # another number's label
    "保険者番号 0627 1019 5555"])  # a longer run of groups
def test_no_grouped_insurers_number_failing_its_check_or_label(detector, text):
    assert INSURER not in _found(detector, text, "HEALTH_INSURANCE_NUMBER")
    assert "06271018" not in _found(detector, text, "HEALTH_INSURANCE_NUMBER")


@pytest.mark.parametrize("text", [
    "保険証の記号番号：（12-345）",
    "受診者\t保険者番号\t記号番号\n山吹 奏\t06271019\t（12-345）"])
def test_a_cards_symbol_and_number_in_brackets_under_its_label(detector, text):
    assert "12345" in _found(detector, text, "HEALTH_INSURANCE_NUMBER")


EMPLOYERS = "5000-100200-3"  # the employer's 事業所番号, the same on every row


def test_a_bare_insured_number_beside_the_employers_repeated_one(detector):
    text = (f"3001\t長谷部 葵\t{PENSION}\t27182818284\t{EMPLOYERS}\t本店\n"
            f"3002\t井筒 周平\t5926-535897\t9323-846264-3\t{EMPLOYERS}\t本店")
    assert _found(detector, text, "EMPLOYMENT_INSURANCE_NUMBER") == ["27182818284", "93238462643"]


def test_a_bare_pension_number_in_a_persons_row(detector):
    text = f"3001\t長谷部 葵\t1985/02/03\t3141592653\t{INSURED}\t本店"
    assert _found(detector, text, "BASIC_PENSION_NUMBER") == ["3141592653"]


def test_no_bare_number_of_a_phone_in_the_row(detector):
    mobiles = (f"3001\t長谷部 葵\t{PENSION}\t09012345678\t{EMPLOYERS}\t本店\n"
               f"3002\t井筒 周平\t5926-535897\t08012345678\t{EMPLOYERS}\t本店")
    assert not {"09012345678", "08012345678"} & set(_found(detector, mobiles, "EMPLOYMENT_INSURANCE_NUMBER"))
    landline = f"3001\t長谷部 葵\t1985/02/03\t0312345678\t{INSURED}\t本店"
    assert _found(detector, landline, "BASIC_PENSION_NUMBER") == []
