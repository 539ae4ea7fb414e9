"""Check corpus for issue 12's ids22 work (another writer than corpus_ids22_dev.py, no
template or word list in common): a taxi company's drivers and a temp agency's workers
written under headers of two or three rows — titles such as 乗務員 | 法定番号 | 支給先 over
the columns, or a title row with a sub-title row (税 | 社保) — in xlsx and CSV; a ゆうちょ
account written (記号)…(番号)… after 払込先 / 受取口座 in a letter; a pawnshop's sheet
with each number's document named after it.

Look-alikes: a 組合員証's 記号・番号 in a benefits sheet, a vehicle's number under a title.
Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import io
import random

from openpyxl import Workbook
from stdnum.jp import in_

from benchmarks.corpus import Doc

KINDS = ("MY_NUMBER", "BASIC_PENSION_NUMBER", "DRIVERS_LICENSE", "BANK_ACCOUNT")
DRIVERS = [("小田切 隆", "オダギリ タカシ"), ("瀬川 友香", "セガワ トモカ"), ("野口 大輔", "ノグチ ダイスケ"),
           ("平岡 久美", "ヒラオカ クミ"), ("桑原 誠", "クワバラ マコト")]
INDIVIDUAL_LABELS = ("個人番号", "マイナンバー番号", "本人の個人番号")
PENSION_LABELS = ("年金の基礎番号", "基礎年金番号", "年金手帳番号")
LICENCE_LABELS = ("免許証の番号", "運転免許の番号", "免許番号")


def _xlsx(rows: list[list], merged: tuple[str, ...]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    for span in merged:
        book.active.merge_cells(span)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class CheckIds22:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed ^ 0x2222)

    def _num(self, width: int) -> str:
        return str(self.rng.randrange(10 ** (width - 1), 10 ** width))

    def _individual(self) -> tuple[str, str]:
        body = self._num(11)
        value = body + in_.calc_check_digit(body)
        return value, self.rng.choice((value, "-".join((value[:4], value[4:8], value[8:]))))

    def _deposit(self) -> tuple[str, str]:
        if self.rng.random() < 0.5:
            tail = self._num(8)
            return tail, f"郵便貯金 記号:1{self._num(4)} 番号:{tail}"
        account = self._num(7)
        return account, f"普通預金 {account}（うみかぜ銀行 港支店）"

    def drivers_xlsx(self, n: int) -> Doc:
        rows = [["乗務員名簿"], ["", "乗務員", "", "法定番号", "", "", "支給先"],
                ["社番", "乗務員名", "カナ氏名", self.rng.choice(INDIVIDUAL_LABELS), self.rng.choice(PENSION_LABELS),
                 self.rng.choice(LICENCE_LABELS), "給与の受取口座"]]
        truth = set()
        for name, kana in self.rng.sample(DRIVERS, 3):
            (mine, mine_w), pension, licence, (deposit, deposit_w) = (self._individual(), self._num(10), self._num(12),
                                                                      self._deposit())
            rows.append([f"D{self._num(3)}", name, kana, mine_w, f"{pension[:4]}-{pension[4:]}", licence, deposit_w])
            truth |= {("MY_NUMBER", mine), ("BASIC_PENSION_NUMBER", pension), ("DRIVERS_LICENSE", licence),
                      ("BANK_ACCOUNT", deposit)}
        return Doc(f"c22_drivers{n:03d}.xlsx", _xlsx(rows, ("B2:C2", "D2:F2")), truth | {("*", k) for k in KINDS})

    def temps_csv(self, n: int) -> Doc:
        """Three header rows in a CSV: 登録情報 over 税 | 社保, over the columns."""
        lines = [",,登録情報,,", ",,税,社保,", f"登録コード,氏名,{self.rng.choice(INDIVIDUAL_LABELS)},"
                 f"{self.rng.choice(PENSION_LABELS)},賃金の振込口座"]
        truth = set()
        for name, _ in self.rng.sample(DRIVERS, 4):
            (mine, mine_w), pension, (deposit, deposit_w) = self._individual(), self._num(10), self._deposit()
            lines.append(f"H-{self._num(4)},{name},{mine_w},{pension},{deposit_w}")
            truth |= {("MY_NUMBER", mine), ("BASIC_PENSION_NUMBER", pension), ("BANK_ACCOUNT", deposit)}
        return Doc(f"c22_temps{n:03d}.csv", "\r\n".join(lines).encode("utf-8-sig"), truth | {("*", k) for k in KINDS})

    def letter_txt(self, n: int) -> Doc:
        tail = self._num(8)
        body = (f"{self.rng.choice(DRIVERS)[0]} 様\n立替金の精算について\n払込先：ゆうちょ銀行（記号）1{self._num(4)}"
                f"（番号）{tail}\nにお振込みいたします。")
        return Doc(f"c22_letter{n:03d}.txt", body.encode("utf-8"), {("BANK_ACCOUNT", tail), ("*", "BANK_ACCOUNT")})

    def benefits_xlsx(self, n: int) -> Doc:
        """Look-alike: a 組合員証's 記号・番号 (five and eight digits)."""
        rows, truth = [["組合員", "組合員証 記号・番号", "扶養人数"]], set()
        for name, _ in self.rng.sample(DRIVERS, 3):
            tail = self._num(8)
            rows.append([name, f"記号1{self._num(4)} 番号{tail}", str(self.rng.randint(0, 3))])
            truth.add(("~BANK_ACCOUNT", tail))
        return Doc(f"c22_benefits{n:03d}.xlsx", _xlsx(rows, ()), truth | {("*", "BANK_ACCOUNT")})

    def pawn_xlsx(self, n: int) -> Doc:
        """A pawnshop's sheet without a header: name, the number shown, then its document's name."""
        rows, truth = [], set()
        for name, _ in DRIVERS:
            shown = self.rng.choice(("個人番号カード", "免許証", "パスポート"))
            if shown == "個人番号カード":
                value, written = self._individual()
                truth.add(("MY_NUMBER", value))
            elif shown == "免許証":
                value = written = self._num(12)
                truth.add(("DRIVERS_LICENSE", value))
            else:
                written = "TR" + self._num(7)
            rows.append([name, written, shown, f"{self.rng.randint(1, 28)}日"])
        return Doc(f"c22_pawn{n:03d}.xlsx", _xlsx(rows, ()), truth | {("*", "MY_NUMBER"), ("*", "DRIVERS_LICENSE")})

    def positives(self, count: int) -> list[Doc]:
        makers = (self.drivers_xlsx, self.temps_csv, self.letter_txt, self.benefits_xlsx, self.pawn_xlsx)
        return [makers[n % len(makers)](n) for n in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """A vehicles sheet under a title row: plate and chassis numbers, no one's."""
        rows = [["", "車両", "", "点検"], ["号車", "登録番号", "車台番号", "実施日"],
                ["12", "なにわ 500 あ 12-34", "ZVW50-8123456", "2026/04/01"]]
        return [Doc(f"c22_clean_vehicles{n:03d}.xlsx", _xlsx(rows, ("B1:C1",))) for n in range(count)]
