"""Records in turns of type whose type follows the staff number in the first field
(hostdates3): `0043001` then `0043002` for one person. Staff numbers counted in fives
(`004300`, `004305`: last digits 0 and 5 in turn) are no record types. Made-up records."""

from scanner.extract.record_columns import _person_types, labels_of, record_type


def _records(keys: list[str]) -> list[list[tuple[int, str]]]:
    return [[(0, key), (8, "山田　花子"), (30, "19750412")] for key in keys]


def test_a_type_after_the_staff_number_is_read_when_the_number_repeats_through_a_turn():
    keys = [f"{4300 + n:06d}{kind}" for n in range(6) for kind in "12"]
    assert _person_types(_records(keys)) == [record_type(cells, 1) for cells in _records(keys)]
    assert labels_of({"@1:1": {2: "生年月日"}, "@1:2": {}}, _records(["0043001"])[0]) == {2: "生年月日"}


def test_staff_numbers_counted_in_fives_are_no_turns():
    assert _person_types(_records([f"{4300 + 5 * n:06d}" for n in range(12)])) is None


def test_sequential_staff_numbers_are_no_turns():
    assert _person_types(_records([f"{4300 + n:06d}" for n in range(12)])) is None
