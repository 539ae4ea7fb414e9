"""benchmarks/surface_variants.py: every variant keeps the value's letters and digits,
the cut keeps a csv's header, and the control is found on a made-up example."""

from benchmarks import surface_variants as sv


def test_every_variant_keeps_the_digits():
    for value in ("090-1234-5678", "4111111111111111", "AB12345678CD", "123-4567"):
        for name, variant in sv.variants(value).items():
            assert sv.alnum(variant) == sv.alnum(value), name


def test_hyphen_variants_only_where_the_value_has_hyphens():
    assert "dash_choon" in sv.variants("03-1234-5678")
    assert "dash_choon" not in sv.variants("031234567")
    assert sv.variants("03-1234-5678")["dash_choon"] == "03ー1234ー5678"


def test_a_csv_value_is_cut_with_its_header(tmp_path):
    (tmp_path / "roster.csv").write_text("氏名,電話\n杉浦 湊,080-2468-1357\n", encoding="utf-8")
    item = {"path": "roster.csv", "location": "B2", "value": "080-2468-1357", "entity_type": "PHONE"}
    sample = sv.sample_of(item, tmp_path)
    assert sample.table and sample.above == "氏名,電話" and sample.value == "080-2468-1357"
    assert sample.before == "杉浦 湊,"


def test_the_label_moves_after_the_value():
    sample = sv.Sample("PHONE", False, "氏名：杉浦 湊", "電話番号：", "080-2468-1357", "")
    text, start, end = sv.label_after(sample)
    assert text == "氏名：杉浦 湊\n080-2468-1357　電話番号"
    assert text[start:end] == "080-2468-1357"


def test_the_control_is_found_on_a_made_up_example(scanner):
    sample = sv.Sample("PHONE", False, "氏名：杉浦 湊", "電話番号：", "080-2468-1357", "")
    text, value = sv.cases(sample)["control"]
    assert sv.found(scanner, sample, text, value)


def test_a_sparse_columns_cut_keeps_the_rows_where_it_is_filled(tmp_path):
    rows = [f"{1000 + i},社員{i},{'AB' + str(10000000 + i) + 'CD' if i in (0, 20, 25) else ''}" for i in range(30)]
    (tmp_path / "staff.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    item = {"path": "staff.csv", "location": "C26", "value": "AB10000025CD", "entity_type": "RESIDENCE_CARD"}
    sample = sv.sample_of(item, tmp_path)
    head = sample.above.splitlines()
    assert len(head) == sv.TABLE_HEAD and head[0] == rows[0] and rows[20] in head and rows[25] not in head


def test_a_full_columns_cut_is_its_first_rows(tmp_path):
    rows = [f"{1000 + i},社員{i},090-1234-{5000 + i}" for i in range(30)]
    (tmp_path / "staff.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    item = {"path": "staff.csv", "location": "C21", "value": "090-1234-5020", "entity_type": "PHONE"}
    assert sv.sample_of(item, tmp_path).above.splitlines() == rows[:sv.TABLE_HEAD]


def test_a_fixed_width_record_has_no_label_after(tmp_path):
    rows = [f"2 0174   35{i} 1          15573{40 + i}                          KIM MISUK" for i in range(5)]
    (tmp_path / "zengin.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    item = {"path": "zengin.txt", "location": "L3", "value": "1557342", "entity_type": "BANK_ACCOUNT"}
    sample = sv.sample_of(item, tmp_path)
    assert sample.record and "label_after" not in sv.cases(sample)
def test_a_line_break_inside_the_identifier_at_a_break_opportunity_and_inside_a_group():
    assert sv.line_breaks("090-1234-5678") == ("090-\n1234-5678", "090-12\n34-5678")
    assert sv.line_breaks("4111 1111 1111 1111") == ("4111 1111\n1111 1111", "41\n11 1111 1111 1111")
    assert sv.line_breaks("普通預金 2716354") == ("普通預金 271\n6354", "普通預金 271\n6354")  # the number, not its kind


def test_a_csv_cell_with_a_line_break_is_quoted_whole():
    sample = sv.Sample("BANK_ACCOUNT", True, "氏名,口座", "杉浦 湊,普通 ", "2716354", ",済")
    text, value = sv.cases(sample)["line_break"]
    assert text == '氏名,口座\n杉浦 湊,"普通 271\n6354",済' and value == "271\n6354"
