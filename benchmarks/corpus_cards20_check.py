"""Check corpus of cards20 (another hand; nothing here was tuned on): no template, name or
word list in common with corpus_cards20_dev.py.
Kinds: a car-share operator's host file with bars between fields and no header (member
code, kana name, birth, licence class, card among dates and amounts), a ryokan's deposit
sheet as a headerless TSV, a language course's note to a student in English (a mobile
written 0081, (+81) or +81 without separators), a factory's near-miss report
(family's and reporter's numbers after the clinic or the site), a volunteer centre's mail
to a volunteer (To: a mailbox no list names) with its desk's signature.
Look-alikes (~): a phone shop's rental list of handsets (IMEIs: 15 digits, Luhn, 35…),
the centre's and the course's own numbers.
"""

from __future__ import annotations

import random

from stdnum import luhn

from benchmarks.corpus import Doc, _e164
from samples import writers as w

MEMBERS = [("ｱｷﾔﾏ ﾀｸﾐ", "1984"), ("ｺﾏﾂ ﾕｲ", "1991"), ("ﾋﾗｵ ｹﾝｼﾞ", "1977"), ("ﾐﾖｼ ｱｽｶ", "1969"), ("ｸﾛｻｷ ﾘｮｳ", "2001")]
GUESTS = ["江島 晴美", "土門 康之", "若狭 綾", "仙石 浩二", "鳴海 琴音", "伊吹 大地"]
STUDENTS = ["Lucia Ferreira", "Arjun Mehta", "Hana Novak", "Tomasz Wrona"]
CLINICS = ["産業医 はやし内科", "工場内 診療所", "小野整形外科クリニック"]
FAMILY = ["家族連絡先", "父の連絡先", "長女連絡先", "連絡先(配偶者)"]
REPORTERS = ["発見者", "目撃者", "通報者"]
VOLUNTEER_BOXES = ["oyelaranke", "bhattaraisuman", "rasmussenfreja", "okonkwoemeka"]
ISSUERS = [("4", 16), ("3566", 16), ("5", 16), ("30", 14), ("37", 15), ("22", 16), ("3589", 16)]
TYPES = {("*", "CREDIT_CARD"), ("*", "PHONE"), ("*", "EMAIL")}


def _luhn_tail(rng: random.Random, head: str, length: int) -> str:
    body = head + "".join(rng.choice("0123456789") for _ in range(length - len(head) - 1))
    return body + luhn.calc_check_digit(body)


def _issued(rng: random.Random, k: int) -> str:
    head, length = ISSUERS[k % len(ISSUERS)]
    if head == "5":
        head += rng.choice("12345")
    if head == "30":  # Diners Club International: 300–305
        head += rng.choice("012345")
    if head == "22":  # Mastercard's 2-series: 2221–2720
        head = rng.choice(["223", "245", "26", "270"])
    return _luhn_tail(rng, head, length)


def _cell(rng: random.Random) -> str:
    return f"0{rng.choice('789')}0{rng.randint(10000000, 99999999)}"


class CheckCards20:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 71 + 2026)

    def carshare_bars(self, k: int) -> Doc:
        lines, truth = [], set(TYPES)
        for r, (kana, year) in enumerate(MEMBERS):
            card = _issued(self.rng, k + r) if r != 2 else ""
            lines.append(f"C{k:03d}{r}|{kana}|{year}0{r + 1}1{r}|普通|2026111{r}|{(r + 1) * 1650}|{card}")
            truth |= {("CREDIT_CARD", card)} if card else set()
        return Doc(f"cc20_share{k:03d}.txt", "\n".join(lines).encode("cp932"), truth)

    def deposit_tsv(self, k: int) -> Doc:
        lines, truth = [], set(TYPES)
        for r, guest in enumerate(GUESTS):
            card = _issued(self.rng, 3 * k + r)
            lines.append(f"{r + 1}\t{guest}\t12月{r + 5}日\t2泊\t{card}\t{(r + 2) * 5000}")
            truth.add(("CREDIT_CARD", card))
        return Doc(f"cc20_deposit{k:03d}.tsv", "\n".join(lines).encode("utf-8"), truth)

    def course_note(self, k: int) -> Doc:
        cell = _cell(self.rng)
        shown = ("0081 " + cell[1:], "(+81)" + cell[1:3] + "-" + cell[3:7] + "-" + cell[7:], "+81" + cell[1:])[k % 3]
        text = (f"Dear {self.rng.choice(STUDENTS)},\nWe tried to reach you on {shown} about the placement test.\n"
                "Please ring the office back at your convenience.\n\n--\nCity Language Centre\nPhone 0258-36-7711\n"
                "office@city-language.example.jp\n")
        return Doc(f"cc20_course{k:03d}.txt", text.encode("utf-8"),
                   TYPES | {("PHONE", _e164(cell)), ("~PHONE", _e164("0258-36-7711"))})

    def near_miss(self, k: int) -> Doc:
        family, reporter = _cell(self.rng), _cell(self.rng)
        text = (f"ヒヤリハット・労災報告\n当事者　{self.rng.choice(GUESTS)}\n受診　{self.rng.choice(CLINICS)}　"
                f"{self.rng.choice(FAMILY)}　{family[:3]}-{family[3:7]}-{family[7:]}\n"
                f"場所　プレス工場 第3ライン　{self.rng.choice(REPORTERS)}　{self.rng.choice(GUESTS)}　{reporter}\n")
        return Doc(f"cc20_nearmiss{k:03d}.txt", text.encode("utf-8"),
                   TYPES | {("PHONE", _e164(family)), ("PHONE", _e164(reporter))})

    def volunteer_mail(self, k: int) -> Doc:
        box = f"{VOLUNTEER_BOXES[k % len(VOLUNTEER_BOXES)]}@freemail.example.net"
        body = ("ボランティアの皆さまへ\n次回の活動は土曜日です。\n\n＿＿＿＿＿＿\nみずほ市ボランティアセンター\n"
                "電話 0297-44-5120\nvolunteer@mizuho-vc.example.lg.jp\n")
        return Doc(f"cc20_volunteer{k:03d}.eml", w.make_eml("活動のお知らせ", "volunteer@mizuho-vc.example.lg.jp", box, body),
                   TYPES | {("EMAIL", box), ("~PHONE", _e164("0297-44-5120"))})

    def positives(self, count: int) -> list[Doc]:
        makers = [self.carshare_bars, self.deposit_tsv, self.course_note, self.near_miss, self.volunteer_mail]
        return [makers[k % len(makers)](k) for k in range(count)]

    def handsets(self, k: int) -> Doc:
        lines = [f"R{k}{r}\t2026-10-{r + 10}\t{_luhn_tail(self.rng, '35' + str(r), 15)}\t返却済" for r in range(6)]
        return Doc(f"cc20_handsets{k:03d}.tsv", "\n".join(lines).encode("utf-8"), {("*", "CREDIT_CARD")})

    def negatives(self, count: int) -> list[Doc]:
        return [self.handsets(k) for k in range(count)]
