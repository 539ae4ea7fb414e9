"""Development corpus for issue 12's keys16 work: business keys of twelve digits that pass
the My Number check, in a prefecture's fisheries office and a town's leisure facilities,
beside the staff's and members' real My Numbers.

Look-alikes (`("~MY_NUMBER", key)`, every key passing the check): a dealer's permit in
XML whose element or attribute names it (permit, kyokaBango, license with attributes, a
pretty-printed element, an attribute `no` of a `kansatsu` element), a JSON key (permit,
yoyaku_no, torokuBango), a CSV header of one word (許可, 鑑札, 登録, Permit); headerless
CSVs of bookings (a date, the key, the guest's name, phone and mail, a party's size, a
site) and of contacts (the key, a name, a phone, a mail). My Numbers: a headerless
withholding export (birth and address beside the number), XML under kojinBango / myNumber
/ 個人番号 / a name that says nothing in persons' filings, a CSV under 個人番号. The rules are
tuned on this corpus only; benchmarks/corpus_keys16_check.py (another writer, no list in
common) checks them.
"""

from __future__ import annotations

import json
import random

from stdnum.jp import in_

from benchmarks.corpus import Doc

_SCORED = {("*", "MY_NUMBER")}
DEALERS = [("竹中 直樹", "1968-05-14", "静岡県焼津市本町2丁目6番3号"), ("山根 和代", "1974-10-02", "静岡県焼津市中港1丁目4番8号"),
           ("堀江 勇", "1959-03-27", "三重県鳥羽市鳥羽3丁目1番5号"), ("今村 早苗", "1981-12-19", "高知県高知市はりまや町2丁目3番1号"),
           ("西岡 誠司", "1966-07-08", "宮城県石巻市中央1丁目2番7号"), ("小松 千里", "1990-01-30", "北海道釧路市北大通4丁目5番2号")]
GUESTS = ["沢口 未来", "梶原 健", "内藤 乃愛", "秋元 蒼", "菱田 結衣", "小池 湊"]
ELEMENTS = ["<permit>{key}</permit>", "<kyokaBango>{key}</kyokaBango>", '<license kind="仲卸">{key}</license>',
            "<torokuNo>{key}</torokuNo>", '<kansatsu no="{key}"/>', "<approval>{key}</approval>",
            "<certificate>\n      {key}\n    </certificate>", "<kyoka_bango>{key}</kyoka_bango>"]
OWN_ELEMENTS = ["<kojinBango>{key}</kojinBango>", "<myNumber>{key}</myNumber>", "<個人番号>{key}</個人番号>",
                "<value>{key}</value>"]
HEADERS = ["許可", "鑑札", "登録", "Permit", "許可番号", "届出番号"]
JSON_KEYS = ["permit", "yoyaku_no", "torokuBango", "reservation", "kaiinNo"]
SITES = ["A区画", "B区画", "サイト3", "コテージ2", "12号室"]


class DevKeys16:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 131 + 16)

    def pick(self, items):
        return self.rng.choice(items)

    def key(self) -> str:
        body = f"{self.rng.randint(1, 9)}{self.rng.randint(0, 10**10 - 1):010d}"
        return body + in_.calc_check_digit(body)

    def phone(self) -> str:
        return self.pick(["090-{}-{}", "080({}){}", "070{}{}"]).format(self.rng.randint(1000, 9999), self.rng.randint(1000, 9999))

    def _xml(self, i: int, element: str, keys: list[str]) -> bytes:
        rows = [f"    <dealer><shimei>{name}</shimei>{element.format(key=key)}<birth>{born}</birth>"
                f"<address>{home}</address></dealer>" for key, (name, born, home) in zip(keys, DEALERS)]
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<dealers>\n' + "\n".join(rows) + "\n</dealers>\n").encode()

    def dealers_xml(self, i: int) -> Doc:
        keys = [self.key() for _ in DEALERS]
        return Doc(f"k16_dealers{i:03d}.xml", self._xml(i, self.pick(ELEMENTS), keys),
                   {("~MY_NUMBER", k) for k in keys} | _SCORED)

    def staff_xml(self, i: int) -> Doc:
        keys = [self.key() for _ in DEALERS]
        return Doc(f"k16_staff{i:03d}.xml", self._xml(i, self.pick(OWN_ELEMENTS), keys),
                   {("MY_NUMBER", k) for k in keys} | _SCORED)

    def register_csv(self, i: int) -> Doc:
        keys, header = [self.key() for _ in DEALERS], self.pick(HEADERS)
        rows = [f"{name},{key},{born},{home}" for key, (name, born, home) in zip(keys, DEALERS)]
        data = "\n".join([f"氏名,{header},生年月日,住所"] + rows).encode("cp932")
        return Doc(f"k16_register{i:03d}.csv", data, {("~MY_NUMBER", k) for k in keys} | _SCORED)

    def members_json(self, i: int) -> Doc:
        keys, name = [self.key() for _ in DEALERS], self.pick(JSON_KEYS)
        lines = [json.dumps({"shimei": n, name: k, "birth": b}, ensure_ascii=False) for k, (n, b, _) in zip(keys, DEALERS)]
        return Doc(f"k16_members{i:03d}.json", "\n".join(lines).encode(), {("~MY_NUMBER", k) for k in keys} | _SCORED)

    def bookings_csv(self, i: int) -> Doc:
        keys = [self.key() for _ in GUESTS]
        rows = [f"2027/0{self.rng.randint(1, 9)}/{self.rng.randint(10, 28)},{key},{name.replace(' ', self.pick(['', ' ']))},"
                f"{self.phone()},guest{n}@example.jp,{self.rng.randint(1, 6)}名,{self.pick(SITES)}"
                for n, (key, name) in enumerate(zip(keys, GUESTS))]
        return Doc(f"k16_bookings{i:03d}.csv", "\n".join(rows).encode(), {("~MY_NUMBER", k) for k in keys} | _SCORED)

    def contacts_csv(self, i: int) -> Doc:
        keys = [self.key() for _ in GUESTS]
        rows = [f"{key},{name},{self.phone()},member{n}@example.jp" for n, (key, name) in enumerate(zip(keys, GUESTS))]
        return Doc(f"k16_contacts{i:03d}.csv", "\n".join(rows).encode(), {("~MY_NUMBER", k) for k in keys} | _SCORED)

    def withholding_csv(self, i: int) -> Doc:
        keys = [self.key() for _ in DEALERS]
        rows = [f"{n:04d},{name},{born},{key},{home}" for n, (key, (name, born, home)) in enumerate(zip(keys, DEALERS))]
        return Doc(f"k16_withholding{i:03d}.csv", "\n".join(rows).encode("cp932"), {("MY_NUMBER", k) for k in keys} | _SCORED)

    def numbers_csv(self, i: int) -> Doc:
        keys = [self.key() for _ in DEALERS]
        rows = [f"{name},{key},{born}" for key, (name, born, _) in zip(keys, DEALERS)]
        return Doc(f"k16_numbers{i:03d}.csv", "\n".join(["氏名,個人番号,生年月日"] + rows).encode(),
                   {("MY_NUMBER", k) for k in keys} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.dealers_xml, self.staff_xml, self.register_csv, self.members_json, self.bookings_csv,
                 self.contacts_csv, self.withholding_csv, self.numbers_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """Firms' permits: no person in the file."""
        docs = []
        for i in range(count):
            rows = [f"  <firm><shogo>{shop}水産株式会社</shogo><permit>{self.key()}</permit></firm>"
                    for shop in ("丸竹", "山和", "堀勇", "今早", "西誠", "小千")]
            docs.append(Doc(f"k16_clean_firms{i:03d}.xml", ("<firms>\n" + "\n".join(rows) + "\n</firms>\n").encode()))
        return docs
