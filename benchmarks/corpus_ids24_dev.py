"""Development corpus for issue 12's ids24 work: identifiers read by where they stand —
a script's fixed-width staff dump whose My Number, written with separators, is wider
than its field and pushes the record right; a headerless CSV whose card column is written
in four groups; a headerless order export whose order numbers pass the My Number check
(look-alikes) beside the card paid with; a residence card glossed in brackets after a
name; a birth bare after a passport's number; a roll parted by full-width slashes; a
customer's debit account above the issuer's 法人番号.
Written for a logistics firm's payroll desk, a tennis school, a flower shop, a language
school and a travel agency. The rules are tuned on this corpus only;
benchmarks/corpus_ids24_check.py (another writer, no list in common) checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from stdnum import luhn

from benchmarks.corpus import Doc
from benchmarks.corpus_ids22_dev import DevIds22

SCORED = ("MY_NUMBER", "CREDIT_CARD", "RESIDENCE_CARD", "DATE_OF_BIRTH", "BANK_ACCOUNT")
_SCORED = {("*", e) for e in SCORED}
KANA = ["ｱｵｷ ﾏｺﾄ", "ｲｼｶﾜ ﾕｳｺ", "ｳﾁﾀﾞ ｼｮｳ", "ｴﾝﾄﾞｳ ﾐｻｷ", "ｵｵﾉ ﾀｸﾔ", "ｶﾐﾔ ﾉｿﾞﾐ", "ｷｸﾁ ﾘｮｳﾀ", "ｸﾎﾞ ｱﾔｶ"]
KANJI = ["青木 誠", "石川 優子", "内田 翔", "遠藤 美咲", "大野 拓也", "神谷 希", "菊池 亮太", "久保 彩香"]
LATIN = ["NGUYEN THI LAN", "TRAN VAN MINH", "SANTOS ANA", "KIM JIHO", "LI WEI", "GARCIA LUIS"]
CARD_HEADS = ["4", "51", "53", "3528", "3562", "4980"]
TOWNS = ["千葉県船橋市本町2-3-4", "埼玉県川口市栄町5-6-7", "神奈川県藤沢市鵠沼8-9", "茨城県水戸市南町1-10-2"]


class DevIds24(DevIds22):
    """(pick, digits and my_number, a number written whole, 4-4-4 or 4 4 4, are ids22's)"""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 37 + 24)

    def card(self) -> tuple[str, str]:
        head = self.pick(CARD_HEADS)
        body = head + self.digits(15 - len(head))
        number = body + luhn.calc_check_digit(body)
        sep = self.pick(["", "-", " "])
        return number, sep.join(number[i:i + 4] for i in range(0, 16, 4)) if sep else number

    def birth(self) -> tuple[str, str]:
        y, m, d = self.rng.randint(1950, 2000), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}"

    def staff_dat(self, i: int) -> Doc:
        """A payroll desk's dump: staff number, kana, birth YYYYMMDD, My Number (ljust 13 + a
        blank: a number written 4-4-4 pushes the record right), 基礎年金番号, phone."""
        lines, truth = [], set()
        for k, name in enumerate(self.rng.sample(KANA, 6)):
            (m, mw), (b, _) = self.my_number(), self.birth()
            lines.append(f"{4100 + k:05d} {name.ljust(14)}{b.replace('-', '')}  {mw.ljust(13)} "
                         f"{self.digits(4)}-{self.digits(6)}  0{self.rng.randint(3, 9)}0-{self.digits(4)}-{self.digits(4)}")
            truth |= {("MY_NUMBER", m), ("DATE_OF_BIRTH", b)}
        return Doc(f"i24_KYUYO{i:03d}.DAT", ("\r\n".join(lines) + "\r\n").encode("cp932"), truth | _SCORED)

    def tennis_csv(self, i: int) -> Doc:
        """A tennis school's members without a header: name, mail, phone, card, joined."""
        lines, truth = [], set()
        for k in self.rng.sample(range(len(KANJI)), 5):
            c, cw = self.card()
            lines.append(f"{KANJI[k]},member{k}{i}@example.net,090-{self.digits(4)}-{self.digits(4)},{cw},2025/0{k + 1}/01")
            truth.add(("CREDIT_CARD", c))
        return Doc(f"i24_tennis{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def flower_csv(self, i: int) -> Doc:
        """A flower shop's orders without a header: the order numbers pass the My Number check."""
        lines, truth = [], set()
        for k in self.rng.sample(range(len(KANJI)), 5):
            (m, _), (c, cw) = self.my_number(), self.card()
            lines.append(f"{m},{KANJI[k]},{self.pick(TOWNS)},{cw},アレンジメント,5500")
            truth |= {("~MY_NUMBER", m), ("CREDIT_CARD", c)}
        return Doc(f"i24_flower{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def school_mail(self, i: int) -> Doc:
        """A language school's note: the student's residence card in brackets after the name."""
        card = f"{self.pick(['QR', 'TM', 'LK', 'VB'])}{self.digits(8)}{self.pick(['AB', 'XZ', 'PC'])}"
        body = (f"教務課より\n在籍学生：{self.pick(LATIN)}（{card}）\n出席率が8割を下回りました。面談をお願いします。\n")
        mail = f"From: kyomu@school.example.jp\nTo: tannin@school.example.jp\nSubject: 出席状況\n\n{body}"
        return Doc(f"i24_school{i:03d}.eml", mail.encode("utf-8"), {("RESIDENCE_CARD", card)} | _SCORED)

    def travel_txt(self, i: int) -> Doc:
        """A travel agency's list: name, passport, birth — and the passport's expiry (ahead)."""
        lines, truth = ["ツアー参加者（旅券控え）"], set()
        for name in self.rng.sample(LATIN, 3):
            (b, bw), passport = self.birth(), f"{self.pick(['TK', 'TR', 'MZ'])}{self.digits(7)}"
            lines.append(f"{name}　{passport}　{bw}　期限 2031/0{self.rng.randint(1, 9)}/15")
            truth.add(("DATE_OF_BIRTH", b))
        return Doc(f"i24_travel{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def tutor_txt(self, i: int) -> Doc:
        """A tutoring agency's roll parted by full-width slashes."""
        lines, truth = ["登録講師一覧"], set()
        for k in self.rng.sample(range(len(KANJI)), 4):
            b, _ = self.birth()
            y, m, d = b.split("-")
            lines.append(f"{KANJI[k]}／0{self.rng.randint(7, 9)}0-{self.digits(4)}-{self.digits(4)}／{y}.{int(m)}.{int(d)}／数学")
            truth.add(("DATE_OF_BIRTH", b))
        return Doc(f"i24_tutor{i:03d}.txt", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def invoice_txt(self, i: int) -> Doc:
        """An invoice: the customer's debit account, the issuer's 法人番号 below it."""
        account = self.digits(7)
        text = (f"ご請求書\n{self.pick(KANJI)} 様\n今月ご請求額 8,800円\n"
                f"お引落口座：さくら野銀行 {self.pick(['本店', '北口支店'])} 普通 {account}\n法人番号 {self.digits(13)}\n")
        return Doc(f"i24_invoice{i:03d}.txt", text.encode("utf-8"), {("BANK_ACCOUNT", account)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.staff_dat, self.tennis_csv, self.flower_csv, self.school_mail, self.travel_txt,
                 self.tutor_txt, self.invoice_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """A delivery timetable parted by slashes, and a product list of long codes: no one's data."""
        docs = []
        for i in range(count):
            lines = ["配送ルート表"] + [f"便{k}／倉庫{k}／{8 + k}:00／{k * 12}件" for k in range(1, 6)]
            docs.append(Doc(f"i24_clean_route{i:03d}.txt", "\n".join(lines).encode("utf-8")))
        return docs
