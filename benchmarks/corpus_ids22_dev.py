"""Development corpus for issue 12's ids22 work: identifier numbers under headers of several
rows — group titles merged over column labels (one, two or three rows of titles), column
labels longer than a unit's 年 | 月 | 日 (マイナンバー, 運転免許証の番号, 振込先金融機関) — and a
ゆうちょ account written 記号・番号 beside an account's words whatever its digits end in; a
dealer's ledger naming each row's document after its number.
Written for a clinic's staff office, a sports club and a nursing school.

Look-alikes: a 保険証's 記号・番号 (five and eight digits too), a member's card number under
a group title. The rules are tuned on this corpus only; benchmarks/corpus_ids22_check.py
(another writer, no list in common) checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from stdnum.jp import in_

from benchmarks.corpus import Doc, _docx
from benchmarks.ids13_files import _book

SCORED = ("MY_NUMBER", "BASIC_PENSION_NUMBER", "DRIVERS_LICENSE", "BANK_ACCOUNT")
_SCORED = {("*", e) for e in SCORED}
STAFF = ["北村 真理子", "須田 浩一", "宮内 沙織", "今泉 翔太", "栗田 恵美", "大槻 健太郎"]
READINGS = ["キタムラ マリコ", "スダ コウイチ", "ミヤウチ サオリ", "イマイズミ ショウタ", "クリタ エミ", "オオツキ ケンタロウ"]
MY_NUMBER_HEADS = ["マイナンバー", "個人番号（マイナンバー）", "マイナンバー（個人番号）", "個人番号カードの番号"]
PENSION_HEADS = ["基礎年金番号", "年金手帳の番号", "基礎年金番号（10桁）", "年金番号"]
LICENCE_HEADS = ["運転免許証番号", "運転免許証の番号", "免許証番号（12桁）", "運転免許番号"]
BANKS = ["北斗銀行", "みなと信用金庫", "あさひ野銀行", "東山信用組合"]
BRANCHES = ["本店", "駅南支店", "桜台支店", "中央通支店"]


class DevIds22:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 22)

    def pick(self, items):
        return self.rng.choice(items)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def my_number(self) -> tuple[str, str]:
        base = f"{self.rng.randint(1, 9)}{self.digits(10)}"
        number = base + in_.calc_check_digit(base)
        return number, self.pick([number, f"{number[:4]} {number[4:8]} {number[8:]}", f"{number[:4]}-{number[4:8]}-{number[8:]}"])

    def pension(self) -> tuple[str, str]:
        number = f"{self.rng.randint(1, 9)}{self.digits(9)}"
        return number, self.pick([f"{number[:4]}-{number[4:]}", number])

    def licence(self) -> str:
        return f"{self.rng.randint(10, 99)}{self.digits(10)}"

    def account(self) -> tuple[str, str]:
        """(canonical, written): a 全銀 account, or a ゆうちょ 記号・番号 of any digits."""
        if self.rng.random() < 0.4:
            number = self.digits(8)
            return number, f"ゆうちょ銀行 記号1{self.digits(4)} 番号{number}"
        number = self.digits(7)
        return number, f"{self.pick(BANKS)} {self.pick(BRANCHES)} {self.pick(['普通', '当座'])} {number}"

    def staff_xlsx(self, i: int) -> Doc:
        """A staff roll: a title, a row of group titles (個人 | 公的番号 | 給与口座), the column labels."""
        heads = [self.pick(MY_NUMBER_HEADS), self.pick(PENSION_HEADS), self.pick(LICENCE_HEADS)]
        rows = [["職員台帳（人事課）"], [None, "個人", None, "公的番号", None, None, "給与口座"],
                ["職員No", "職員氏名", "ふりがな", *heads, "振込先金融機関"]]
        truth = set()
        for k in self.rng.sample(range(len(STAFF)), 4):
            (m, mw), (p, pw), lic, (a, aw) = self.my_number(), self.pension(), self.licence(), self.account()
            rows.append([f"N{200 + k}", STAFF[k], READINGS[k], mw, pw, lic, aw])
            truth |= {("MY_NUMBER", m), ("BASIC_PENSION_NUMBER", p), ("DRIVERS_LICENSE", lic), ("BANK_ACCOUNT", a)}
        return Doc(f"i22_staff{i:03d}.xlsx", _book(rows, ["B2:C2", "D2:F2"]), truth | _SCORED)

    def deep_xlsx(self, i: int) -> Doc:
        """Three header rows: 会員 | 届出 over 本人 | 番号 | 口座 over the columns."""
        rows = [[None, "会員", None, "届出事項", None, None, None],
                [None, "本人", None, "番号", None, "口座", None],
                ["会員番号", "会員氏名", "生年月日", self.pick(MY_NUMBER_HEADS), self.pick(LICENCE_HEADS), "引落口座", "備考"]]
        truth = set()
        for k in self.rng.sample(range(len(STAFF)), 3):
            (m, mw), lic, (a, aw) = self.my_number(), self.licence(), self.account()
            rows.append([f"C-{k:03d}", STAFF[k], "1988/05/14", mw, lic, aw, "口座振替"])
            truth |= {("MY_NUMBER", m), ("DRIVERS_LICENSE", lic), ("BANK_ACCOUNT", a)}
        return Doc(f"i22_deep{i:03d}.xlsx", _book(rows, ["B1:C1", "D1:G1", "B2:C2", "D2:E2"]), truth | _SCORED)

    def groups_csv(self, i: int) -> Doc:
        """A CSV keeps the group row as a row of blanks between titles."""
        lines = [",学生,,番号,,支払口座", f"学籍番号,学生氏名,カナ,{self.pick(MY_NUMBER_HEADS)},{self.pick(PENSION_HEADS)},口座情報"]
        truth = set()
        for k in self.rng.sample(range(len(STAFF)), 4):
            (m, mw), (p, pw), (a, aw) = self.my_number(), self.pension(), self.account()
            lines.append(f"S{3000 + k},{STAFF[k]},{READINGS[k]},{mw},{pw},{aw}")
            truth |= {("MY_NUMBER", m), ("BASIC_PENSION_NUMBER", p), ("BANK_ACCOUNT", a)}
        return Doc(f"i22_groups{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def yucho_docx(self, i: int) -> Doc:
        """A refund form: the account written in a sentence or a form's cell."""
        number = self.digits(self.pick([7, 8]))
        pair = f"記号 1{self.digits(4)}　番号 {number}"
        table = [["氏名", self.pick(STAFF)], ["返金先口座", f"ゆうちょ銀行 {pair}"], ["返金額", "12,000円"]]
        return Doc(f"i22_refund{i:03d}.docx", _docx(["受講料返金申請書"], table),
                   {("BANK_ACCOUNT", number.zfill(7))} | _SCORED)

    def insurance_xlsx(self, i: int) -> Doc:
        """Look-alike: a 保険証's 記号・番号 of five and eight digits in a staff list."""
        rows, truth = [["氏名", "健康保険証", "所属"]], set()
        for k in self.rng.sample(range(len(STAFF)), 3):
            number = self.digits(8)
            rows.append([STAFF[k], f"記号1{self.digits(4)} 番号{number}", "看護部"])
            truth.add(("~BANK_ACCOUNT", number))
        return Doc(f"i22_insurance{i:03d}.xlsx", _book(rows, []), truth | _SCORED)

    def ledger_csv(self, i: int) -> Doc:
        """A dealer's ledger: a generic 番号 column, the document shown named in the next cell."""
        lines, truth = ["買取日,売主,番号,提示書類"], set()
        for day, k in enumerate(self.rng.sample(range(len(STAFF)), 5), 1):
            kind = self.pick(["マイナンバーカード", "運転免許証", "在留カード"])
            if kind == "マイナンバーカード":
                number, written = self.my_number()
                truth.add(("MY_NUMBER", number))
            elif kind == "運転免許証":
                written = self.licence()
                truth.add(("DRIVERS_LICENSE", written))
            else:
                written = f"{self.pick(['AB', 'KM', 'RT'])}{self.digits(8)}{self.pick(['CD', 'XY'])}"
            lines.append(f"2026/06/{day:02d},{STAFF[k]},{written},{kind}")
        return Doc(f"i22_ledger{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.staff_xlsx, self.deep_xlsx, self.groups_csv, self.yucho_docx, self.insurance_xlsx, self.ledger_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """A club's schedule under group titles: no one's numbers."""
        docs = []
        for i in range(count):
            rows = [[None, "午前", None, "午後"], ["曜日", "教室", "担当", "教室", "担当"],
                    ["月", "第1体育館", "主任", "第2体育館", "主任"]]
            docs.append(Doc(f"i22_clean_schedule{i:03d}.xlsx", _book(rows, ["B1:C1", "D1:E1"])))
        return docs
