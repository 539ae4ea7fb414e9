"""Check corpus for issue 12's keys16 work (another writer than corpus_keys16_dev.py: no
template, word list or kind of document in common): a hunting association's and a
theatre's files, and an athletics club's entries.

Look-alikes, each passing the My Number check: a hunter's licence under YAML keys
(menkyo_bango, shojikyokaNo), an athlete's registration as an XML attribute or an element
(registration="…", <entryRef>, <ninteiBango>), an xlsx column headed 認定 / Licence / 資格,
a theatre's headerless TSV of tickets (the seat, the buyer's name and phone), a tour's
fixed-width listing with a party's size. My Numbers: a headerless 年末調整 TSV (an era's
birth and an address), an XML attribute kojin_no, a YAML key my_number.
"""

from __future__ import annotations

import random

from stdnum.jp import in_

from samples import writers as w
from benchmarks.corpus import Doc

_TYPE = "MY_NUMBER"
HUNTERS = [("鳴海 晃", "S48.6.2", "長野県松本市大手2丁目7番4号"), ("戸塚 みのり", "S57.11.23", "岐阜県高山市花岡町1丁目3番2号"),
           ("宇野 隆之", "H2.4.9", "秋田県大仙市大曲通町5番8号"), ("福士 紗季", "S61.8.15", "青森県弘前市土手町4番1号"),
           ("真田 剛", "S45.1.11", "山形県米沢市中央3丁目6番9号")]
AUDIENCE = ["若松 久美子", "柏木 陸斗", "瀬川 咲良", "岡部 修平", "平塚 真央"]
YAML_KEYS = ["menkyo_bango", "shojikyokaNo", "shojiKyoka", "licenceNumber"]
ATHLETE_ATTRIBUTES = ['registration="{k}"', 'entryRef="{k}"', 'toroku="{k}"']
ATHLETE_ELEMENTS = ["<entryRef>{k}</entryRef>", "<ninteiBango>{k}</ninteiBango>", "<membership>{k}</membership>"]
COLUMNS = ["認定", "Licence", "資格", "登録No", "Registration"]
SEATS = ["S席", "A席", "1階 C列8番", "2列14番", "B席"]


class CheckKeys16:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 7919 + 1016)

    def valid12(self) -> str:
        head = str(self.rng.randrange(10**10, 10**11))
        return head + in_.calc_check_digit(head)

    def tel(self) -> str:
        return f"0{self.rng.choice('789')}0-{self.rng.randrange(1000, 10000)}-{self.rng.randrange(1000, 10000)}"

    def licences_yaml(self, i: int) -> Doc:
        key, numbers = self.rng.choice(YAML_KEYS), [self.valid12() for _ in HUNTERS]
        blocks = [f"- namae: {n}\n  seinengappi: {b}\n  {key}: \"{k}\"\n  jusho: {a}" for k, (n, b, a) in zip(numbers, HUNTERS)]
        return Doc(f"kc16_hunters{i:03d}.yaml", ("kaiin:\n" + "\n".join(blocks) + "\n").encode(),
                   {(f"~{_TYPE}", k) for k in numbers} | {("*", _TYPE)})

    def athletes_xml(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in HUNTERS]
        if self.rng.random() < 0.5:
            attribute = self.rng.choice(ATHLETE_ATTRIBUTES)
            rows = [f'  <athlete name="{n}" born="{b}" {attribute.format(k=k)} home="{a}"/>' for k, (n, b, a) in zip(numbers, HUNTERS)]
        else:
            element = self.rng.choice(ATHLETE_ELEMENTS)
            rows = [f"  <athlete><fullName>{n}</fullName><born>{b}</born>{element.format(k=k)}<home>{a}</home></athlete>"
                    for k, (n, b, a) in zip(numbers, HUNTERS)]
        return Doc(f"kc16_athletes{i:03d}.xml", ("<entries>\n" + "\n".join(rows) + "\n</entries>\n").encode(),
                   {(f"~{_TYPE}", k) for k in numbers} | {("*", _TYPE)})

    def club_xlsx(self, i: int) -> Doc:
        numbers, column = [self.valid12() for _ in HUNTERS], self.rng.choice(COLUMNS)
        rows = [["会員名", "生年月日", column, "住所"]] + [[n, b, k, a] for k, (n, b, a) in zip(numbers, HUNTERS)]
        return Doc(f"kc16_club{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), {(f"~{_TYPE}", k) for k in numbers} | {("*", _TYPE)})

    def tickets_tsv(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in AUDIENCE]
        rows = [f"2027-1{self.rng.randrange(0, 3)}-0{self.rng.randrange(1, 10)}\t{k}\t{n}\t{self.rng.choice(SEATS)}\t{self.tel()}"
                for k, n in zip(numbers, AUDIENCE)]
        return Doc(f"kc16_tickets{i:03d}.tsv", "\n".join(rows).encode(), {(f"~{_TYPE}", k) for k in numbers} | {("*", _TYPE)})

    def tour_txt(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in AUDIENCE]
        rows = [f"{k}  {n:<8}  大人{self.rng.randrange(1, 5)}名  {self.tel()}" for k, n in zip(numbers, AUDIENCE)]
        return Doc(f"kc16_tour{i:03d}.txt", "\n".join(rows).encode("cp932"), {(f"~{_TYPE}", k) for k in numbers} | {("*", _TYPE)})

    def adjustment_tsv(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in HUNTERS]
        rows = [f"{n}\t{b}\t{a}\t{k}\t{self.rng.randrange(2, 9)}00000" for k, (n, b, a) in zip(numbers, HUNTERS)]
        return Doc(f"kc16_adjustment{i:03d}.tsv", "\n".join(rows).encode("cp932"), {(_TYPE, k) for k in numbers} | {("*", _TYPE)})

    def numbers_xml(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in HUNTERS]
        rows = [f'  <athlete name="{n}" born="{b}" kojin_no="{k}"/>' for k, (n, b, _) in zip(numbers, HUNTERS)]
        return Doc(f"kc16_numbers{i:03d}.xml", ("<entries>\n" + "\n".join(rows) + "\n</entries>\n").encode(),
                   {(_TYPE, k) for k in numbers} | {("*", _TYPE)})

    def numbers_yaml(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in HUNTERS]
        blocks = [f"- namae: {n}\n  my_number: \"{k}\"\n  jusho: {a}" for k, (n, _, a) in zip(numbers, HUNTERS)]
        return Doc(f"kc16_mynumbers{i:03d}.yaml", ("\n".join(blocks) + "\n").encode(), {(_TYPE, k) for k in numbers} | {("*", _TYPE)})

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.licences_yaml, self.athletes_xml, self.club_xlsx, self.tickets_tsv, self.tour_txt,
                 self.adjustment_tsv, self.numbers_xml, self.numbers_yaml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """A theatre's seat plan: keys and seats, nobody."""
        return [Doc(f"kc16_clean_seats{i:03d}.tsv",
                    "\n".join(f"{self.valid12()}\t{seat}\t未販売" for seat in SEATS).encode()) for i in range(count)]
