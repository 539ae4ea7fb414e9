"""Check corpus for issue 12's contacts16 work, by another hand than
benchmarks/corpus_contacts16_dev.py (no template or word list in common): a home-visit
nursing station, an online grocer, a consumer-affairs desk, a residents' association and a
driving school.

Kinds: a nurse's visiting schedule in CP932 text, its fields parted by wide spaces (time,
name, address, phone in brackets or bare, what to do); a grocer's order mail (お届け先 the
address with its room, then the phone); a consultation note whose client can only be
reached by fax (自宅 address　ファクス number (電話不可)); a membership card in ODT whose
labels are written one letter a line, the birth date above its label (誕 / 生 / 日 after
the value) or below it; an application in Word closed by 申込先 / 返送先 and the office's
contacts; a driving school's entrant sheet in text with 本籍地 (a town ending in 日 among
them). Clean files: a flyer with only the office's 申込先; a timetable.

Truth: `("*", type)` marks the scored types; the office's values and a 本籍 read as an
address are look-alikes `("~TYPE", value)`.
"""

from __future__ import annotations

import random
from datetime import date

import phonenumbers

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.ids5_formats import odf_bytes
from samples import writers as w

KINDS = ("PHONE", "ADDRESS", "EMAIL", "DATE_OF_BIRTH")
AREAS = [("群馬県", "前橋市", "大手町", "027"), ("栃木県", "宇都宮市", "本町", "028"), ("新潟県", "長岡市", "表町", "0258"),
         ("山梨県", "甲府市", "中央", "055"), ("富山県", "高岡市", "末広町", "0766")]
CLIENTS = [("小松", "由香"), ("大西", "隆之"), ("横田", "恵美"), ("関口", "雄一"), ("野口", "彩乃"), ("岩崎", "武")]
TASKS = ["血圧測定", "服薬確認", "入浴介助", "創傷処置"]
HOUSES = ["グランドール", "パレス本町", "サニーコート"]
OFFICES = [("消費生活センター", "shohi-soudan"), ("自治会事務局", "jichikai-office"), ("市民活動サポート窓口", "support-desk")]
DOMICILES = ["岐阜県揖斐郡揖斐川町春日", "北海道旭川市旭町", "千葉県旭市朝日", "島根県出雲市今市町"]


class CheckContacts16:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 16)

    def _number(self, area: str) -> tuple[str, str, str]:
        while True:
            rest = 10 - len(area)
            middle = str(self.rng.randint(10 ** (rest - 5), 10 ** (rest - 4) - 1))
            parts = (area, middle, f"{self.rng.randint(0, 9999):04d}")
            if phonenumbers.is_valid_number(phonenumbers.parse("".join(parts), "JP")):
                return parts

    def home(self, room: bool = False) -> tuple[str, str]:
        """(an address ending in its lot or room, its area code)."""
        pref, city, town, area = self.rng.choice(AREAS)
        lot = self.rng.choice([f"{self.rng.randint(1, 4)}丁目{self.rng.randint(1, 30)}-{self.rng.randint(1, 20)}",
                               f"{self.rng.randint(100, 3000)}-{self.rng.randint(1, 9)}",
                               f"{self.rng.randint(1, 6)}-{self.rng.randint(1, 40)}-{self.rng.randint(1, 30)}"])
        if room:
            lot += f" {self.rng.choice(HOUSES)}{self.rng.randint(1, 9)}0{self.rng.randint(1, 8)}号室"
        return f"{pref}{city}{town}{lot}", area

    def phone(self, area: str, style: int) -> str:
        a, b, c = self._number(area)
        return (f"{a}({b}){c}", f"{a}{b}{c}", f"{a}-{b}-{c}")[style % 3]

    def client(self) -> str:
        family, given = self.rng.choice(CLIENTS)
        return f"{family} {given}"

    def born(self) -> date:
        return date(self.rng.randint(1938, 1999), self.rng.randint(1, 12), self.rng.randint(1, 28))

    @staticmethod
    def truth(addresses=(), phones=(), births=(), mails=(), other_addresses=(), other_phones=(), other_mails=()) -> set:
        return ({("ADDRESS", address_key(a)) for a in addresses} | {("PHONE", _e164(p)) for p in phones}
                | {("DATE_OF_BIRTH", b.isoformat()) for b in births} | {("EMAIL", m.lower()) for m in mails}
                | {("~ADDRESS", address_key(a)) for a in other_addresses}
                | {("~PHONE", _e164(p)) for p in other_phones} | {("~EMAIL", m.lower()) for m in other_mails}
                | {("*", kind) for kind in KINDS})

    def schedule_txt(self, i: int) -> Doc:
        rows, addresses, phones = [f"訪問予定表（{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日）"], [], []
        for slot in range(4):
            where, area = self.home(slot % 2 == 1)
            number = self.phone(area, slot + i)
            rows.append(f"{9 + slot}:30\u3000{self.client()}\u3000{where}\u3000{number}\u3000{self.rng.choice(TASKS)}")
            addresses.append(where)
            phones.append(number)
        return Doc(f"c16c_schedule{i:03d}.txt", "\r\n".join(rows).encode("cp932"), self.truth(addresses, phones))

    def order_eml(self, i: int) -> Doc:
        where, area = self.home(True)
        number = self.phone(area, i)
        family, given = self.rng.choice(CLIENTS)
        body = (f"{family}様\nご注文ありがとうございます。\n\n【お届け先】{where} {number}\n"
                f"【お届け日】{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日 午前\n")
        data = w.make_eml("ご注文確認", "order@grocer.example.jp", f"{family.lower()}@example.net", body)
        return Doc(f"c16c_order{i:03d}.eml", data, self.truth([where], [number]))

    def consultation_txt(self, i: int) -> Doc:
        where, area = self.home()
        fax = self.phone(area, i + 1)
        lines = ["相談受付票", f"相談者：{self.client()}（聴覚に障害あり）", f"自宅 {where}　ファクス {fax}（電話不可）",
                 "内容：訪問販売の契約について"]
        return Doc(f"c16c_consultation{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth([where], [fax]))

    def card_odt(self, i: int) -> Doc:
        born, (where, area) = self.born(), self.home()
        written = f"昭和{born.year - 1925}年{born.month}月{born.day}日" if born.year < 1989 else \
            f"平成{born.year - 1988}年{born.month}月{born.day}日"
        name = ["氏", "名", self.client()]
        birth = [written, "誕", "生", "日"] if i % 2 else ["生", "年", "月", "日", written]
        lines = ["自治会 会員カード"] + name + birth + ["住", "所", where]
        return Doc(f"c16c_card{i:03d}.odt", odf_bytes("text", lines), self.truth([where], births=[born]))

    def application_docx(self, i: int) -> Doc:
        (where, area), (office_at, office_area) = self.home(), self.home()
        mine, theirs = self.phone(area, i), self.phone(office_area, 2)
        office, box = self.rng.choice(OFFICES)
        label = self.rng.choice(["申込先", "返送先"])
        lines = ["講座受講申込書", f"氏名 {self.client()}", f"住所 {where}", f"電話 {mine}",
                 f"{label}：{office}　{office_at}　電話 {theirs}　{box}@city.example.lg.jp"]
        return Doc(f"c16c_application{i:03d}.docx", _docx(lines),
                   self.truth([where], [mine], other_addresses=[office_at], other_phones=[theirs],
                              other_mails=[f"{box}@city.example.lg.jp"]))

    def entrant_txt(self, i: int) -> Doc:
        (where, area), domicile = self.home(), self.rng.choice(DOMICILES)
        number = self.phone(area, 2)
        lines = ["入校手続き票", f"氏名：{self.client()}", f"住所：{where}", f"電話：{number}", f"本籍地：{domicile}"]
        return Doc(f"c16c_entrant{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.truth([where], [number], other_addresses=[domicile]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.schedule_txt, self.order_eml, self.consultation_txt, self.card_odt, self.application_docx,
                 self.entrant_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.flyer_docx, self.timetable_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def flyer_docx(self, i: int) -> Doc:
        (office_at, area), (office, box) = self.home(), self.rng.choice(OFFICES)
        lines = ["無料相談会のお知らせ", "参加をご希望の方は申込書を下記までお送りください。",
                 f"申込先：{office}　{office_at}　電話 {self.phone(area, 2)}　{box}@city.example.lg.jp"]
        return Doc(f"c16c_clean_flyer{i:03d}.docx", _docx(lines))

    def timetable_txt(self, i: int) -> Doc:
        lines = ["技能教習 時間割", "1限 9:00-9:50 第1コース", "2限 10:00-10:50 第2コース"]
        return Doc(f"c16c_clean_timetable{i:03d}.txt", "\n".join(lines).encode("utf-8"))
