"""Column headers in the languages a Japanese office serving foreign residents meets
(a mutual-aid society's member sheet, a school's roll of foreign students, a labour
union's consultation list): English, Vietnamese with or without its tone marks,
Chinese (simplified and traditional), Korean, Portuguese, Spanish, Tagalog and
Indonesian. Each header is read as the Japanese field label it stands for (Ngay sinh
生年月日, Địa chỉ 住所, 出生日期 生年月日, 전화번호 電話), so a value's context is the same as
under the Japanese label.

A header is matched whole, after its accents are dropped (Ngày sinh and Ngay sinh, Endereço
and Endereco), its case folded and a trailing colon, number or bracketed note removed
(Ngay sinh (dd/mm/yyyy), Dia chi 1); a bilingual header by either part (Ngày sinh / DOB). Words of a header are too short and too common
(ten, sinh, nome) to be read one by one: only whole headers are."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HEADERS = {
    "生年月日": (
        # English, besides those of detectors.export_headers
        "d.o.b.", "d.o.b", "born on", "birth day", "date born",
        # Vietnamese
        "ngay sinh", "ngay thang nam sinh", "sinh ngay", "nam sinh",
        # Chinese, Korean
        "出生日期", "出生年月日", "生日", "出生年月", "생년월일", "생일", "출생일", "출생년월일",
        # Portuguese, Spanish
        "data de nascimento", "data nascimento", "dt nascimento", "nascimento", "fecha de nacimiento",
        "fecha nacimiento", "f. nacimiento", "nacimiento",
        # Tagalog, Indonesian
        "petsa ng kapanganakan", "kaarawan", "tanggal lahir", "tgl lahir", "tempat tanggal lahir",
    ),
    "氏名": (
        # a bare Name, Nome, Nombre, Ten (点 in romaji) says nothing alone (detectors.header_words)
        "ho ten", "ho va ten", "ho & ten", "姓名", "이름", "성명", "nome completo", "nombre completo",
        "nombres y apellidos", "apellidos y nombres", "pangalan", "buong pangalan", "nama lengkap",
    ),
    "住所": (
        "home address", "dia chi", "dia chi o", "noi o", "地址", "住址", "居住地址", "주소", "거주지",
        "endereco", "morada", "direccion", "domicilio", "tirahan", "alamat", "alamat rumah",
    ),
    "電話": (
        "dien thoai", "so dien thoai", "sdt", "电话", "電話號碼",
        "电话号码", "手机", "手机号", "手機", "전화", "전화번호", "연락처", "휴대폰", "telefone", "celular",
        "telefono", "movil", "telepono", "numero ng telepono", "telepon", "nomor telepon", "no hp", "no. hp",
    ),
    "国籍": (
        "quoc tich", "국적", "nacionalidade", "nacionalidad", "nasyonalidad",
        "kewarganegaraan",
    ),
}
_LABEL = {header: label for label, headers in _HEADERS.items() for header in headers}
# a note in brackets, a colon, a number after the header (Ngay sinh (dd/mm/yyyy), Dia chi 1:)
_PARTS = re.compile(r" ?[/／|・] ?")
_TAIL = re.compile(r"\s*(?:[(（][^)）]*[)）]|[:：]|\d)\s*$")


def _plain(header: str) -> str:
    """The header without accents, in lower case, its spaces single (Ngày  Sinh → ngay sinh)."""
    text = unicodedata.normalize("NFKC", header).strip().lower().replace("đ", "d")
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", text)  # Hangul and kana decomposed by NFD are composed again
    while (shorter := _TAIL.sub("", text)) != text:
        text = shorter
    return " ".join(text.replace("_", " ").split())


@lru_cache(maxsize=4096)
def foreign_label(header: str) -> str | None:
    """The Japanese field label a header in another language stands for; None for others."""
    if len(header) > 40:
        return None
    plain = _plain(header)
    # a bilingual header (Ngày sinh / Date of birth, 주소・Address): either part
    return _LABEL.get(plain) or next((_LABEL[part] for part in _PARTS.split(plain) if part in _LABEL), None)
