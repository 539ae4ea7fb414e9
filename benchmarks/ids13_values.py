"""The dimensions of ids13's matrix (benchmarks/ids13_matrix.py): each document's own
labels as writers put them (Japanese, half-width kana, English, keys, abbreviations),
the shapes its number is written in, the labels of look-alike numbers written in the
same shapes, and a form's instructions that print an example number."""

from __future__ import annotations

import random
import string

from benchmarks.corpus import _docx, _pdf
from benchmarks.ids5_formats import Numbers
from samples import writers as w

# whose records: a foreign resident's stay record (romaji name, nationality, status of
# residence, expiry) or a driver's (name, birth, class of licence, expiry); none: a list's No.
STAY = (["氏名", "国籍", "在留資格", "在留期限"],
        [["NGUYEN THI LAN", "ベトナム", "特定技能1号", "2028/03/31"], ["SILVA JOAO", "ブラジル", "定住者", "2029/07/15"],
         ["KIM MINSEO", "韓国", "留学", "2027/09/30"]])
DRIVERS = (["氏名", "生年月日", "免許の種類", "有効期限"],
           [["山岸 恭平", "1984/06/12", "普通", "2029/07/12"], ["森下 紗季", "1991/02/03", "準中型", "2028/03/03"],
            ["小田 和也", "1977/11/20", "大型", "2027/12/20"]])
NONE = (["No."], [["1"], ["2"], ["3"]])

PASSPORT_LABELS = ["旅券番号", "パスポート番号", "旅券No.", "PP No.", "Passport No.", "passport_number", "passportNo",
                   "ryoken bango", "ﾊﾟｽﾎﾟｰﾄ番号", "旅券番号（Passport No.）", "パスポートNo", "旅券", "Passport Number",
                   "旅券（番号）", "ＰＡＳＳＰＯＲＴ　ＮＯ", "旅券の番号"]
CARD_LABELS = ["在留カード番号", "在留カードNo", "在留ｶｰﾄﾞ番号", "特別永住者証明書番号", "Residence Card No.", "zairyu card",
               "RC No.", "residence_card_no", "residenceCardNumber", "在留カード", "在留番号", "在留カードNO.",
               "特別永住者証明書", "在留ｶｰﾄﾞNo.", "ZAIRYU_CARD_NO", "在留カード等番号"]
LICENCE_LABELS = ["運転免許証番号", "免許証番号", "免許番号", "運転免許証No.", "license_no", "DL No.",
                  "Driver's License No.", "menkyo_bango", "免許証No", "運転免許証"]
LOOKALIKE_LABELS = ["品番", "型番", "管理番号", "予約番号", "注文番号", "便名", "受付番号", "部品番号", "Serial No.",
                    "booking_ref", "会員番号", "伝票番号"]

PASSPORT_SHAPES = ("jp", "lower", "space", "hyphen", "wide", "l8", "l7", "d9", "l7l")
CARD_SHAPES = ("plain", "spaced", "grouped", "hyphen", "lower", "wide")
LICENCE_SHAPES = ("bare", "grouped", "wide", "dai")
KINDS = {"passport": ("PASSPORT", PASSPORT_LABELS, PASSPORT_SHAPES, STAY),
         "card": ("RESIDENCE_CARD", CARD_LABELS, CARD_SHAPES, STAY),
         "licence": ("DRIVERS_LICENSE", LICENCE_LABELS, LICENCE_SHAPES, DRIVERS)}
DOCUMENTS = {"passport": ["パスポート", "旅券"], "card": ["在留カード", "特別永住者証明書"], "licence": ["運転免許証"]}
_WIDE = str.maketrans(string.ascii_letters + string.digits, "".join(chr(ord(c) + 0xFEE0)
                                                                   for c in string.ascii_letters + string.digits))


class Values(Numbers):
    """Synthetic numbers of each document, written in one shape: (written, canonical)."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice(string.ascii_uppercase) for _ in range(n))

    def draw(self, kind: str, shape: str) -> tuple[str, str]:
        return getattr(self, f"_{kind}")(shape)

    def _passport(self, shape: str) -> tuple[str, str]:
        letters, digits = self.pick(["TK", "TR", "MZ", "TZ", "RE"]), self.digits(7)
        written = {"jp": letters + digits, "lower": (letters + digits).lower(), "space": f"{letters} {digits}",
                   "hyphen": f"{letters}-{digits}", "wide": (letters + digits).translate(_WIDE),
                   "l8": self.letters(1) + self.digits(8), "l7": self.letters(1) + digits,
                   "d9": self.pick("123456789") + self.digits(8), "l7l": self.letters(1) + digits + self.letters(1)}[shape]
        return written, written.replace(" ", "").replace("-", "").upper().translate(_NARROW)

    def _card(self, shape: str) -> tuple[str, str]:
        a, d, b = self.letters(2), self.digits(8), self.letters(2)
        written = {"plain": a + d + b, "spaced": f"{a} {d} {b}", "grouped": f"{a} {d[:4]} {d[4:]} {b}",
                   "hyphen": f"{a}-{d}-{b}", "lower": (a + d + b).lower(), "wide": (a + d + b).translate(_WIDE)}[shape]
        return written, a + d + b

    def _licence(self, shape: str) -> tuple[str, str]:
        number = self.licence()
        written = {"bare": number, "grouped": f"{number[:4]} {number[4:8]} {number[8:]}",
                   "wide": number.translate(_WIDE), "dai": f"第{number}号"}[shape]
        return written, number


_NARROW = {ord(c) + 0xFEE0: c for c in string.ascii_uppercase + string.digits}

_EXAMPLE_LINES = {
    "passport": ["{label}欄の書き方", "旅券に記載された番号をそのまま記入してください（記入例：{value}）。"],
    "card": ["{label}の記入方法", "カード右上の12桁の番号を記入してください。例）{value}"],
    "licence": ["{label}の記入について", "免許証中央の12桁を記入してください。記入例 {value}"],
}
_EXAMPLES = {"passport": ("旅券番号", "TK1234567"), "card": ("在留カード番号", "AB12345678CD"),
             "licence": ("運転免許証番号", "123456789012")}


def example_files(kind: str, values: Values) -> dict[str, tuple[bytes, list[str]]]:
    """A form's instructions printing an example number (not a person's): txt, docx, pdf, xlsx."""
    label, value = _EXAMPLES[kind]
    lines = [line.format(label=label, value=value) for line in _EXAMPLE_LINES[kind]]
    return {"ex.txt": ("\n".join(lines).encode(), [value]), "ex.docx": (_docx(lines), [value]),
            "ex.pdf": (_pdf(lines), [value]), "ex.xlsx": (w.xlsx_bytes({"S": [[x] for x in lines]}), [value])}
