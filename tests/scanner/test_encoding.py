import pytest

from scanner.extract.encoding import UndetectedEncoding, decode
from scanner.extract.base import SkippedObject

TEXT = "氏名：山田太郎\n住所：東京都千代田区丸の内一丁目\n電話：03-1234-5678\n備考：ｱｲｳｴｵ 髙橋 﨑\n"


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le"),
    ("cp932", "cp932"),
    ("euc_jp", "euc_jp"),
])
def test_japanese_encodings_are_detected(encoding, expected):
    text = TEXT if encoding != "euc_jp" else TEXT.replace("髙", "高").replace("﨑", "崎")
    decoded, detected = decode(text.encode(encoding))
    assert detected == expected
    assert decoded.lstrip("\ufeff") == text


@pytest.mark.parametrize("encoding", ["euc_jp", "cp932"])
def test_a_roster_of_mostly_digits_is_decoded(encoding):
    """charset-normalizer finds no match for such tables; every byte decoding as
    Japanese decides."""
    rows = ["氏　名,氏名(カナ),生年月日(和暦),勤務地,登録日,〒,住所,携帯電話,個人番号,メモ"] + [
        f"石井隆,イシイ タカシ,1968-09-0{i},営業部,2006/9/1,460-0008,愛知県名古屋市中区栄６－２９－１３ ライオンズ308号室,"
        f"090-1234-567{i},12345678901{i}," for i in range(1, 9)]
    text = "\r\n".join(rows).replace("－", "−" if encoding == "euc_jp" else "－")
    assert decode(text.encode(encoding)) == (text, encoding)


def test_iso_2022_jp():
    text = "お問い合わせ先\n山田太郎\n〒100-0005\n"
    assert decode(text.encode("iso2022_jp")) == (text, "iso2022_jp")


def test_binary_is_not_text():
    with pytest.raises(SkippedObject):
        decode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


def test_undecodable_bytes_are_an_error_not_a_guess():
    with pytest.raises(UndetectedEncoding):
        decode(bytes([0x82, 0xff, 0xfe, 0x81, 0x7f, 0xfd]) * 50)
