"""Check corpus for issue 12's ids24 work (another writer than corpus_ids24_dev.py, no
template or word list in common): a care home's host dump whose 個人番号 field is
overrun and whose 雇用保険番号 follows it; a headerless TSV of a car-share's members whose
cards stand in groups; a headerless sales export of a bakery's online shop (its slip
numbers pass the My Number check); an HR memo glossing a trainee's residence card after
the name in ASCII brackets; a visa desk's list with a residence card before the birth; a
choir's roll parted by full-width bars; a utility's statement of the customer's
口座振替 account above its 法人番号.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from stdnum import luhn
from stdnum.jp import in_

from benchmarks.corpus import Doc

TYPES = ("MY_NUMBER", "CREDIT_CARD", "RESIDENCE_CARD", "DATE_OF_BIRTH", "BANK_ACCOUNT")
_TYPES = {("*", t) for t in TYPES}
READINGS = ["ﾊｾｶﾞﾜ ﾄｵﾙ", "ﾌｼﾞｲ ﾒｸﾞﾐ", "ﾎﾝﾀﾞ ｹｲｽｹ", "ﾐﾔｻﾞｷ ﾅﾅ", "ﾔｽﾀﾞ ｺｳﾍｲ", "ﾖｼﾑﾗ ｱｲ", "ﾜﾀﾞ ｼｭﾝ"]
MEMBERS = ["長谷川 徹", "藤井 恵", "本田 圭介", "宮崎 奈々", "安田 康平", "吉村 愛", "和田 駿"]
TRAINEES = ["PHAM VAN HUNG", "NGUYEN DUC ANH", "DELA CRUZ MARIA", "SHRESTHA RAM", "WANG FANG"]
BRANDS = ["4", "55", "52", "3540", "3589"]


class CheckIds24:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 2424)

    def num(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def kojin(self) -> tuple[str, str]:
        eleven = str(self.rng.randint(1, 9)) + self.num(10)
        value = eleven + in_.calc_check_digit(eleven)
        return value, self.rng.choice([value, f"{value[:4]}-{value[4:8]}-{value[8:]}", f"{value[:4]} {value[4:8]} {value[8:]}"])

    def card(self) -> tuple[str, str]:
        prefix = self.rng.choice(BRANDS)
        body = prefix + self.num(15 - len(prefix))
        value = body + luhn.calc_check_digit(body)
        groups = [value[i:i + 4] for i in range(0, 16, 4)]
        return value, self.rng.choice([value, " ".join(groups), "-".join(groups)])

    def born(self) -> tuple[str, int, int, int]:
        y, m, d = self.rng.randint(1945, 1999), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return f"{y}-{m:02d}-{d:02d}", y, m, d

    def care_dump(self, i: int) -> Doc:
        """利用者/職員 dump: id, reading, 個人番号 (padded to 13, a blank after), 雇用保険番号, born."""
        rows, truth = [], set()
        for n, reading in enumerate(self.rng.sample(READINGS, 5)):
            (value, written), (iso, y, m, d) = self.kojin(), self.born()
            rows.append(f"K{n + 1:04d}  {reading.ljust(13)} {written.ljust(13)} {self.num(4)}-{self.num(6)}-{self.num(1)}"
                        f"  {y}{m:02d}{d:02d}  {self.rng.choice(['1', '2'])}")
            truth |= {("MY_NUMBER", value), ("DATE_OF_BIRTH", iso)}
        return Doc(f"c24_SHOKUIN_{i:03d}.TXT", ("\n".join(rows) + "\n").encode("cp932"), truth | _TYPES)

    def carshare_tsv(self, i: int) -> Doc:
        """A car-share's members without a header (tab-separated): card in groups."""
        rows, truth = [], set()
        for n in self.rng.sample(range(len(MEMBERS)), 5):
            value, written = self.card()
            rows.append("\t".join([f"M{700 + n}", MEMBERS[n], f"0{self.rng.choice([70, 80, 90])}{self.num(8)}", written, "ゴールド"]))
            truth.add(("CREDIT_CARD", value))
        return Doc(f"c24_carshare_{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth | _TYPES)

    def bakery_sales(self, i: int) -> Doc:
        """A bakery's online sales without a header: slip numbers pass the check (look-alikes)."""
        rows, truth = [], set()
        for n in self.rng.sample(range(len(MEMBERS)), 5):
            (slip, _), (value, written) = self.kojin(), self.card()
            rows.append(f'"{slip}","{MEMBERS[n]}","愛知県名古屋市中区栄{n + 1}-{n + 2}-{n + 3}","{written}","食パン2斤","1,080"')
            truth |= {("~MY_NUMBER", slip), ("CREDIT_CARD", value)}
        return Doc(f"c24_bakery_{i:03d}.csv", "\r\n".join(rows).encode("cp932"), truth | _TYPES)

    def hr_memo(self, i: int) -> Doc:
        """An HR memo: the trainee's residence card in ASCII brackets after the name."""
        number = f"{self.rng.choice(['EH', 'GW', 'YS'])}{self.num(8)}{self.rng.choice(['FA', 'KC', 'NU'])}"
        text = (f"人事メモ（技能実習）\n実習生 {self.rng.choice(TRAINEES)} ({number}) の配属先を第二工場に変更する。\n"
                "寮の部屋替えは来週中に済ませること。\n")
        return Doc(f"c24_hrmemo_{i:03d}.txt", text.encode("utf-8"), {("RESIDENCE_CARD", number)} | _TYPES)

    def visa_list(self, i: int) -> Doc:
        """A visa desk's pasted list: name, residence card, birth in 2000.01.02 form."""
        rows, truth = ["更新申請 対象者"], set()
        for name in self.rng.sample(TRAINEES, 3):
            (iso, y, m, d) = self.born()
            number = f"{self.rng.choice(['UD', 'HB', 'RC'])}{self.num(8)}{self.rng.choice(['SE', 'WT'])}"
            rows.append(f"{name} / {number} / {y}.{m:02d}.{d:02d} / 技人国")
            truth |= {("DATE_OF_BIRTH", iso), ("RESIDENCE_CARD", number)}
        return Doc(f"c24_visa_{i:03d}.txt", "\n".join(rows).encode("utf-8"), truth | _TYPES)

    def choir_roll(self, i: int) -> Doc:
        """A choir's roll parted by full-width bars, the birth in 昭和/平成 or Western form."""
        rows, truth = ["混声合唱団 団員名簿"], set()
        for n in self.rng.sample(range(len(MEMBERS)), 5):
            iso, y, m, d = self.born()
            rows.append(f"{MEMBERS[n]}｜{self.rng.choice(['ソプラノ', 'アルト', 'テノール', 'バス'])}｜{y}年{m}月{d}日｜"
                        f"0{self.rng.choice([3, 6, 45])}-{self.num(3)}-{self.num(4)}")
            truth.add(("DATE_OF_BIRTH", iso))
        return Doc(f"c24_choir_{i:03d}.txt", "\n".join(rows).encode("utf-8"), truth | _TYPES)

    def utility_statement(self, i: int) -> Doc:
        """A gas company's statement: the customer's 口座振替 account, then its 法人番号."""
        account = self.num(7)
        text = (f"ガスご使用量のお知らせ\n{self.rng.choice(MEMBERS)} 様\nご請求金額 6,270円\n"
                f"口座振替口座 みどり信用金庫 駅前支店 当座 {account}\n法人番号{self.num(13)}　中部ガス株式会社\n")
        return Doc(f"c24_gas_{i:03d}.txt", text.encode("utf-8"), {("BANK_ACCOUNT", account)} | _TYPES)

    def positives(self, count: int) -> list[Doc]:
        makers = [self.care_dump, self.carshare_tsv, self.bakery_sales, self.hr_memo, self.visa_list,
                  self.choir_roll, self.utility_statement]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """A parts catalogue parted by full-width bars and a gift-card stock list: no one's data."""
        docs = []
        for i in range(count):
            rows = ["部品カタログ"] + [f"P-{k:03d}｜ボルト M{k + 3}｜{k * 40}円｜在庫あり" for k in range(1, 6)]
            docs.append(Doc(f"c24_clean_parts_{i:03d}.txt", "\n".join(rows).encode("utf-8")))
        return docs
