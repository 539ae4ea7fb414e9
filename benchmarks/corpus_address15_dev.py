"""Development corpus for issue 12's address15 work: a person's address in the shapes
and places address15's matrix (benchmarks/address15_matrix.py) found unread — a city's
address alone on its line (an envelope, a mail signature, in care of a household), a
street abroad of a foreign resident, a building named in Latin words, Kyoto's 上ル in a
sentence, a romanised town with a hyphen, a one-line JSON record, a town to its 丁目
under its label — and the look-alikes that are no one's (an organisation's own city
address in a letterhead, a store list, a company's office abroad, a carrier's zone
table of postal codes, product codes shaped like one). The rules are tuned on this
corpus only; benchmarks/corpus_address15_check.py (other towns, words and documents)
checks them.

Truth: positives are labelled for ADDRESS and POSTAL_CODE only; an organisation's own
address is a look-alike `("~ADDRESS", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

_SCORED = {("*", "ADDRESS"), ("*", "POSTAL_CODE")}
# (municipality, town) with blocks, no prefecture written
CITY_TOWNS = [("所沢市", "東狭山ケ丘"), ("春日部市", "備後東"), ("市川市", "南八幡"), ("高崎市", "江木町"),
              ("船橋市", "前原西"), ("水戸市", "見和")]
HOUSEHOLDS = ["高畑", "森永", "大津"]
LATIN_HOMES = ["Casa Verde", "Grand Sol", "Maison Ciel", "Park Hills"]
KANA_HOMES = ["アーバンコート", "レジデンス若葉", "ｺｰﾎﾟ緑"]
ABROAD = [("Maple Street", "Springfield", "IL 62704", "USA"), ("Oak Avenue", "Portland", "OR 97205", "USA"),
          ("King Road", "Auckland", "1010", "New Zealand")]
ROMAN_TOWNS = [("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo"), ("Higashi-Ikebukuro", "Toshima-ku", "Tokyo"),
               ("Minami-Aoyama", "Minato-ku", "Tokyo")]
KYO_WAYS = [("中京区", "室町通", "御池", "下ル", "円福寺町"), ("下京区", "烏丸通", "仏光寺", "上ル", "二帖半敷町")]
PEOPLE = ["桑原 涼子", "石塚 翔太", "ガルシア マリア", "早瀬 美月", "古谷 一輝"]
FIRMS = [("東和ネット株式会社", "川越市脇田本町8-3"), ("株式会社いずみ工務", "川口市栄町2-11-5")]
STORES = [("本店", "越谷市南越谷1-20-8"), ("駅前店", "草加市高砂2-9-1"), ("東口店", "上尾市宮本町3-2")]


class DevAddress15(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 1515)

    def block(self) -> str:
        a, b, c = self.n(5), self.n(), self.n(25)
        return self.pick([f"{a}-{b}-{c}", f"{a}丁目{b}番{c}号", f"{a}－{b}－{c}"])

    def city_address(self) -> str:
        city, town = self.pick(CITY_TOWNS)
        return city + town + self.block()

    def building(self) -> str:
        return self.pick([f" {self.pick(LATIN_HOMES)} {self.n(4)}0{self.n(9)}", f" {self.pick(KANA_HOMES)}{self.n(4)}0{self.n(9)}", ""])

    # --- positives ---------------------------------------------------------------

    def envelope_txt(self, i: int) -> Doc:
        """An envelope's lines: the address (maybe in care of a household), then the name and 様."""
        address = self.city_address() + self.building()
        care = self.pick(["", f" {self.pick(HOUSEHOLDS)}方", f" {self.pick(HOUSEHOLDS)}様方"])
        text = f"{address}{care}\n{self.pick(PEOPLE)} 様\n"
        return Doc(f"a15_envelope{i:03d}.txt", text.encode(), {("ADDRESS", address_key(address))} | _SCORED)

    def signature_eml(self, i: int) -> Doc:
        """A person's mail: a signature of name, a city's address on its own line, a mobile."""
        who, address = self.pick(PEOPLE), self.city_address() + self.building()
        body = "\n".join(["お世話になっております。", "申込書を添付いたします。", "", "――――", who, address, f"携帯：{self.mobile()}"])
        data = w.make_eml("申込書の送付", "member@example.jp", "desk@example.jp", body)
        return Doc(f"a15_mail{i:03d}.eml", data, {("ADDRESS", address_key(address))} | _SCORED)

    def abroad_csv(self, i: int) -> Doc:
        """A foreign residents' list: the home country's address beside the one in Japan."""
        rows, truth = ["氏名,国籍,母国の住所,日本の住所"], set()
        for who in self.rng.sample(PEOPLE, 3):
            street, city, region, country = self.pick(ABROAD)
            abroad = f"{self.rng.randint(10, 9999)} {street}, {city}, {region}, {country}"
            home = self.city_address()
            rows.append(f'{who},{country},"{abroad}",{home}')
            truth |= {("ADDRESS", address_key(abroad.rsplit(",", 1)[0])), ("ADDRESS", address_key(home))}
        return Doc(f"a15_abroad{i:03d}.csv", "\n".join(rows).encode(), truth | _SCORED)

    def latin_building_xlsx(self, i: int) -> Doc:
        rows, truth = [["入居者名簿"], ["氏名", "住所", "電話"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            address = self.city_address() + f" {self.pick(LATIN_HOMES)} {self.n(4)}0{self.n(9)}"
            rows.append([who, address, self.landline()])
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"a15_tenants{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | _SCORED)

    def kyoto_prose_txt(self, i: int) -> Doc:
        ward, street, cross, way, town = self.pick(KYO_WAYS)
        address = f"京都市{ward}{street}{cross}{way}{town}{self.rng.randint(1, 700)}"
        text = f"面談記録\n{self.pick(PEOPLE)}さんは昨年から{address}に住んでいる。家族は二人。\n"
        return Doc(f"a15_kyoto{i:03d}.txt", text.encode(), {("ADDRESS", address_key(address))} | _SCORED)

    def oneline_json(self, i: int) -> Doc:
        """An API's one-line export: romanised and Japanese addresses as quoted values."""
        records, truth = [], set()
        for who in self.rng.sample(PEOPLE, 2):
            town, ward, city = self.pick(ROMAN_TOWNS)
            address = self.pick([f"{self.n(5)}-{self.n()}-{self.n()} {town}, {ward}, {city}", self.city_address() + self.building()])
            records.append({"name": who, "address": address, "tel": self.mobile()})
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"a15_api{i:03d}.json", json.dumps(records, ensure_ascii=False).encode(), truth | _SCORED)

    def chome_form_txt(self, i: int) -> Doc:
        """A form that keeps the address to its 丁目 (the block withheld)."""
        city, town = self.pick(CITY_TOWNS)
        address = f"{city}{town}{self.pick(['一', '二', '三', '4', '5'])}丁目"
        text = f"アンケート回答\nお名前：{self.pick(PEOPLE)}\nご住所：{address}\n年代：40代\n"
        return Doc(f"a15_survey{i:03d}.txt", text.encode(), {("ADDRESS", address_key(address))} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.envelope_txt, self.signature_eml, self.abroad_csv, self.latin_building_xlsx, self.kyoto_prose_txt,
                 self.oneline_json, self.chome_form_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files -------------------------------------------------

    def letterhead_txt(self, i: int) -> Doc:
        firm, office = self.pick(FIRMS)
        text = f"{firm}\n{office}\nTEL {self.landline()}\n\n御見積書\n工事一式　120,000円\n"
        return Doc(f"a15_quote{i:03d}.txt", text.encode(), {("~ADDRESS", address_key(office))} | _SCORED)

    def stores_txt(self, i: int) -> Doc:
        lines, truth = ["取扱店舗のご案内"], set()
        for name, address in STORES:
            lines += [name, address]
            truth.add(("~ADDRESS", address_key(address)))
        return Doc(f"a15_stores{i:03d}.txt", "\n".join(lines).encode(), truth | _SCORED)

    def office_abroad_txt(self, i: int) -> Doc:
        street, city, region, country = self.pick(ABROAD)
        office = f"{self.rng.randint(100, 999)} {street}, {city}, {region}"
        text = f"Partner company\nHead Office: {office}, {country}\n"
        return Doc(f"a15_partner{i:03d}.txt", text.encode(), {("~ADDRESS", address_key(office))} | _SCORED)

    def zones_txt(self, i: int) -> Doc:
        """A carrier's zone table: ranges of codes, no one's."""
        lines = ["配達地域表"] + [f"〒{p}0-0001〜〒{p}9-9999　{z}日" for p, z in (("33", "翌"), ("34", "翌々"), ("36", "翌"))]
        return Doc(f"a15_clean_zones{i:03d}.txt", "\n".join(lines).encode())

    def products_csv(self, i: int) -> Doc:
        """Product codes shaped like a postal code."""
        rows = ["品番,品名,単価"] + [f"{self.rng.randint(100, 999)}-{self.digits(4)},部品{k},{self.n(90)}0" for k in range(4)]
        return Doc(f"a15_clean_parts{i:03d}.csv", "\n".join(rows).encode())

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.letterhead_txt, self.stores_txt, self.office_abroad_txt, self.zones_txt, self.products_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]
