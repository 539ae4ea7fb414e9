"""Files are read up to the size limit, without allocating the limit for each."""

from scanner.sources.local import read_up_to as _read_up_to


def test_small_file_whole_and_large_file_cut_one_past_the_limit(tmp_path):
    (tmp_path / "small").write_bytes(b"abc")
    (tmp_path / "large").write_bytes(b"x" * 5000)
    assert _read_up_to(str(tmp_path / "small"), 1001) == b"abc"
    assert len(_read_up_to(str(tmp_path / "large"), 1001)) == 1001  # over the limit: told by one byte more
    (tmp_path / "empty").write_bytes(b"")
    assert _read_up_to(str(tmp_path / "empty"), 1001) == b""
