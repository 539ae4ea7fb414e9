"""Development corpus of cards20 (the rules were corrected on it): payment cards in
headerless exports, phones with the country code, a mobile in an issuer's mail, a kin's or
a witness's number in a report, a desk's mailbox closing a signature, a mail's recipient.
No template, name or word list in common with corpus_cards20_check.py.
Kinds: a hotel's fixed-width check-in export in CP932 (no header; card blank for cash), a
gym's headerless dues CSV, a shop terminal's payments log naming no one (TSV), a clinic's
reminder mail (+81 and full-width mobiles, the clinic's signature and mailbox), a
warehouse's accident report (the hospital, then the wife's or a witness's number), a
tutoring school's mail to a parent whose address names no one a list holds. Look-alikes
(~): an online shop's order numbers with a check digit of one prefix, the clinic's and
the school's own lines.
"""

from __future__ import annotations

import random

from stdnum import luhn

from benchmarks.corpus import Doc, _e164
from samples import writers as w

PEOPLE = [("真壁", "慎吾"), ("綾瀬", "千尋"), ("宗像", "隼人"), ("久遠", "紗英"), ("榎本", "航"), ("志賀", "梢"), ("霧島", "陸斗"),
          ("蓮見", "由佳"), ("桐谷", "周平"), ("朝比奈", "瑠衣")]
KANA = ["マカベ シンゴ", "アヤセ チヒロ", "ムナカタ ハヤト", "クオン サエ", "エノモト ワタル", "シガ コズエ"]
# (a 13-digit Visa is issued no more: daicho reads 14 digits at least, a JAN code has 13)
BRANDS = [("4", 16), ("51", 16), ("37", 15), ("3548", 16), ("36", 14), ("2231", 16), ("34", 15), ("4", 19)]
HOSPITALS = ["県立総合病院", "みなと中央病院", "北部医療センター"]
KIN = ["（妻）", "（夫）", "（長男）", "（母）"]
WITNESSES = ["目撃者", "発見者", "通報者"]
FOREIGN_MAILBOXES = ["adebayoolu", "nguyenhoa", "sokchenda", "thapamaya"]
TYPES = {("*", "CREDIT_CARD"), ("*", "PHONE"), ("*", "EMAIL")}


def _mobile(rng: random.Random) -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def _landline(rng: random.Random) -> str:
    return f"0{rng.choice(['45', '52', '92', '76'])}-{rng.randint(200, 899)}-{rng.randint(1000, 9999)}"


def _international(number: str, style: int) -> str:
    rest = number[1:]
    return ("+81-" + rest, "+81 " + rest.replace("-", " "), "(+81) " + rest, "0081-" + rest)[style % 4]


class DevCards20:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 20)

    def card(self, k: int) -> str:
        prefix, length = BRANDS[k % len(BRANDS)]
        body = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        return body + luhn.calc_check_digit(body)

    def person(self) -> str:
        family, given = self.rng.choice(PEOPLE)
        return f"{family} {given}"

    def checkin_dat(self, k: int) -> Doc:
        rows, truth = [], set(TYPES)
        for r in range(8):
            card = self.card(k + r) if r % 3 else ""
            phone = _mobile(self.rng)
            name = self.rng.choice(KANA)
            pad = " " * (20 - len(name.encode("cp932")))
            rows.append(f"{k:03d}{r:05d} 2026{self.rng.randint(10, 12)}{self.rng.randint(10, 28)} {name}{pad}{phone:<14}{card:<19}")
            truth |= {("PHONE", _e164(phone))} | ({("CREDIT_CARD", card)} if card else set())
        text = "\r\n".join(rows) + "\r\n"
        return Doc(f"cd20_checkin{k:03d}.dat", text.encode("cp932"), truth)

    def dues_csv(self, k: int) -> Doc:
        rows, truth = [], set(TYPES)
        for r in range(6):
            card = self.card(k * 3 + r)
            rows.append(f"M{k:02d}{r:03d},{self.person()},{card},8800,2026/11/27")
            truth.add(("CREDIT_CARD", card))
        return Doc(f"cd20_dues{k:03d}.csv", "\n".join(rows).encode("utf-8"), truth)

    def terminal_log(self, k: int) -> Doc:
        rows, truth = [], set(TYPES)
        for r in range(7):
            card = self.card(k + 2 * r)
            rows.append(f"2026-11-{r + 3:02d}\t{r + 9}:{self.rng.randint(10, 59)}\tREG{r % 2 + 1}\t{card}\t{self.rng.randint(3, 90) * 110}")
            truth.add(("CREDIT_CARD", card))
        return Doc(f"cd20_terminal{k:03d}.tsv", "\n".join(rows).encode("utf-8"), truth)

    def reminder_eml(self, k: int) -> Doc:
        mobile = _mobile(self.rng)
        written = _international(mobile, k) if k % 5 else mobile.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
        own = _landline(self.rng)
        body = (f"{self.person()} 様\n\nご予約日の前日に、{written} へ確認のお電話をいたします。\n\n"
                f"――――――――\nさくらデンタル 予約係\nTEL {own}\nyoyaku@sakura-dental.example.jp\n")
        patient = f"{self.rng.choice(['shingo', 'chihiro', 'hayato'])}.{self.rng.choice(['makabe', 'ayase'])}@example.jp"
        truth = TYPES | {("PHONE", _e164(mobile)), ("~PHONE", _e164(own)), ("EMAIL", patient)}
        return Doc(f"cd20_reminder{k:03d}.eml", w.make_eml("ご予約の確認", "yoyaku@sakura-dental.example.jp",
                                                          patient, body), truth)

    def accident_txt(self, k: int) -> Doc:
        family, witness = _mobile(self.rng), _mobile(self.rng)
        text = (f"事故報告書\n被災者：{self.person()}（{1960 + k % 30}年{k % 12 + 1}月{k % 27 + 1}日生）\n"
                f"搬送先：{self.rng.choice(HOSPITALS)}　連絡先{self.rng.choice(KIN)}：{family}\n"
                f"発生場所：第二倉庫 荷捌き場　{self.rng.choice(WITNESSES)}：{self.person()} {witness}\n")
        return Doc(f"cd20_accident{k:03d}.txt", text.encode("utf-8"),
                   TYPES | {("PHONE", _e164(family)), ("PHONE", _e164(witness))})

    def parent_eml(self, k: int) -> Doc:
        box = f"{self.rng.choice(FOREIGN_MAILBOXES)}@mail.example.com"
        body = "保護者様\n\n来週の面談日程をお知らせします。\n\n――――\n個別指導 あおば\nTEL 0466-21-3008\nsoudan@aoba-kobetsu.example.jp\n"
        return Doc(f"cd20_parent{k:03d}.eml", w.make_eml("面談日程", "soudan@aoba-kobetsu.example.jp", box, body),
                   TYPES | {("EMAIL", box), ("~PHONE", _e164("0466-21-3008"))})

    def positives(self, count: int) -> list[Doc]:
        makers = [self.checkin_dat, self.dues_csv, self.terminal_log, self.reminder_eml, self.accident_txt, self.parent_eml]
        return [makers[k % len(makers)](k) for k in range(count)]

    def orders_csv(self, k: int) -> Doc:
        rows = []
        for r in range(6):
            body = "4" + "".join(str(self.rng.randint(0, 9)) for _ in range(14))
            rows.append(f"2026/10/{r + 1:02d},{body + luhn.calc_check_digit(body)},{self.rng.randint(2, 40) * 100}")
        return Doc(f"cd20_orders{k:03d}.csv", "\n".join(rows).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        return [self.orders_csv(k) for k in range(count)]
