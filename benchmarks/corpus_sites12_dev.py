"""Development corpus for issue 12's sites12 work: a farm-work dispatcher's records,
where a worker's own home address and mobile sit beside the contacts of the farm he
is sent to (a 農園 named after its owner: 山田農園), one file format × one way of
placing the label each — an assignment sheet (作業員 | 携帯 | 自宅住所 | 派遣先 |
派遣先所在地 | 派遣先電話), a CSV whose farm columns say 農家 / 農園, a site master
under snake keys (farm_address, farm_tel), a JSON assignment whose worker and farm
are fields of one record, an XML of <assignment>s, a form 「派遣先：○○農園 所在地…
TEL…」, a farm's mail signature, a notice of a gathering with its 集合場所, a docx
directory of farms. The rules are tuned on this corpus only;
benchmarks/corpus_sites12_check.py (another trade, other labels, keys, towns and
layouts; no list in common) checks them.

Truth: a person's values are labelled for ADDRESS, PHONE and POSTAL_CODE; a farm's,
a site's or a venue's value is a look-alike `("~TYPE", value)`; clean files are
labelled for nothing.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE")
_SCORED = {("*", entity) for entity in SCORED}
TOWNS = [("千葉県", "香取市", "佐原イ"), ("茨城県", "鉾田市", "汲上"), ("群馬県", "前橋市", "富士見町原之郷"),
         ("静岡県", "牧之原市", "静波"), ("山梨県", "笛吹市", "一宮町末木")]
FARM_OWNERS = ["山田", "石井", "根本", "飯塚", "坂巻"]
FARM_KINDS = ["農園", "農場", "果樹園", "牧場", "ファーム"]
WORKERS = ["小松 拓也", "東 美咲", "岡部 亮", "水野 千尋", "柳田 剛"]


class DevSites12(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 121)

    def address(self) -> str:
        pref, city, town = self.pick(TOWNS)
        return f"{pref}{city}{town}{self.n(3000)}-{self.n(9)}"

    def farm(self) -> str:
        return self.pick(FARM_OWNERS) + self.pick(FARM_KINDS)

    @staticmethod
    def truth(addresses=(), phones=(), postals=(), farm_addresses=(), farm_phones=()) -> set:
        return ({("ADDRESS", address_key(a)) for a in addresses} | {("PHONE", _e164(p)) for p in phones}
                | {("POSTAL_CODE", p.replace("-", "")) for p in postals}
                | {("~ADDRESS", address_key(a)) for a in farm_addresses}
                | {("~PHONE", _e164(p)) for p in farm_phones} | _SCORED)

    def _assignments(self, count: int) -> tuple[list[list[str]], dict]:
        """Rows of worker, his mobile and home, the farm, its address and phone."""
        rows, seen = [], {"addresses": [], "phones": [], "farm_addresses": [], "farm_phones": []}
        for who in self.rng.sample(WORKERS, count):
            home, mobile, place, tel = self.address(), self.mobile(), self.address(), self.landline()
            rows.append([who, mobile, home, self.farm(), place, tel])
            seen["addresses"].append(home)
            seen["phones"].append(mobile)
            seen["farm_addresses"].append(place)
            seen["farm_phones"].append(tel)
        return rows, seen

    # --- records with a worker's own contacts and a farm's ----------------------

    def assignment_xlsx(self, i: int) -> Doc:
        header = ["作業員氏名", "携帯", "自宅住所", "派遣先", self.pick(["派遣先所在地", "就業場所", "農園所在地"]),
                  self.pick(["派遣先電話", "就業場所TEL", "農園電話"])]
        rows, seen = self._assignments(4)
        return Doc(f"s12d_assign{i:03d}.xlsx", w.xlsx_bytes({"派遣": [header] + rows}), self.truth(**seen))

    def farmers_csv(self, i: int) -> Doc:
        header = "氏名,携帯電話,住所,受入農家,農家住所,農家電話"
        rows, seen = self._assignments(3)
        data = "\n".join([header] + [",".join(r) for r in rows]).encode("cp932")
        return Doc(f"s12d_farmers{i:03d}.csv", data, self.truth(**seen))

    def assignment_json(self, i: int) -> Doc:
        rows, seen = self._assignments(2)
        records = [{"worker_name": r[0], "mobile": r[1], "home_address": r[2], "farm_name": r[3],
                    "farm_address": r[4], "farm_tel": r[5]} for r in rows]
        return Doc(f"s12d_assign{i:03d}.json", json.dumps({"assignments": records}, ensure_ascii=False,
                                                          indent=1).encode("utf-8"), self.truth(**seen))

    def assignment_xml(self, i: int) -> Doc:
        rows, seen = self._assignments(2)
        parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<dispatch>"]
        parts += [f"  <assignment><worker>{r[0]}</worker><mobile>{r[1]}</mobile><address>{r[2]}</address>"
                  f"<farm>{r[3]}</farm><farm_addr>{r[4]}</farm_addr><farm_phone>{r[5]}</farm_phone></assignment>"
                  for r in rows]
        return Doc(f"s12d_assign{i:03d}.xml", "\n".join(parts + ["</dispatch>"]).encode("utf-8"), self.truth(**seen))

    def form_txt(self, i: int) -> Doc:
        rows, seen = self._assignments(1)
        who, mobile, home, farm, place, tel = rows[0]
        lines = ["派遣就業条件明示書", f"氏名：{who}", f"住所：{home}", f"携帯：{mobile}", "",
                 f"派遣先：{farm}", f"所在地：{place}", f"TEL：{tel}", "就業時間：8:00〜17:00"]
        return Doc(f"s12d_form{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(**seen))

    def request_docx(self, i: int) -> Doc:
        """A farm's request in sentences: the farm's phone and address are told as the farm's."""
        rows, seen = self._assignments(1)
        who, mobile, home, farm, place, tel = rows[0]
        lines = ["作業依頼", f"{farm}（{place}、電話{tel}）より収穫作業の依頼あり。",
                 f"{who}さん（携帯{mobile}、自宅{home}）を手配する。"]
        return Doc(f"s12d_request{i:03d}.docx", _docx(lines), self.truth(**seen))

    def flat_json(self, i: int) -> Doc:
        """One object written flat under camelCase keys: the staff member's and the farm's fields side by side."""
        rows, seen = self._assignments(1)
        who, mobile, home, farm, place, tel = rows[0]
        data = {"staffName": who, "staffTel": mobile, "staffAddress": home, "farmName": farm, "farmAddress": place,
                "farmPhone": tel}
        return Doc(f"s12d_flat{i:03d}.json", json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
                   self.truth(**seen))

    def order_yaml(self, i: int) -> Doc:
        """A YAML work order: the farm's mapping, then the dispatched person's."""
        rows, seen = self._assignments(1)
        who, mobile, home, farm, place, tel = rows[0]
        lines = ["order: 収穫補助", "noen:", f"  name: {farm}", f"  address: {place}", f"  phone: {tel}", "hakenin:",
                 f"  name: {who}", f"  address: {home}", f"  phone: {mobile}"]
        return Doc(f"s12d_order{i:03d}.yaml", "\n".join(lines).encode("utf-8"), self.truth(**seen))

    def care_csv(self, i: int) -> Doc:
        """A care desk's list: each user's home and phone, then the day service and the clinic they go to."""
        lines, seen = ["利用者,自宅住所,自宅電話,通所先,通所先電話,受診先住所"], self.truth()
        for who in self.rng.sample(WORKERS, 3):
            home, phone, day_tel, clinic = self.address(), self.landline(), self.landline(), self.address()
            lines.append(f"{who},{home},{phone},{self.farm()}デイサービス,{day_tel},{clinic}")
            seen |= self.truth([home], [phone], farm_addresses=[clinic], farm_phones=[day_tel])
        return Doc(f"s12d_care{i:03d}.csv", "\n".join(lines).encode("cp932"), seen)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.assignment_xlsx, self.farmers_csv, self.assignment_json, self.assignment_xml, self.form_txt,
                 self.request_docx, self.flat_json, self.order_yaml, self.care_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- a farm's or a site's own contacts only -----------------------------------

    def farm_master_csv(self, i: int) -> Doc:
        lines, places, phones = ["farm_code,farm_name,farm_address,farm_tel"], [], []
        for n in range(3):
            place, tel = self.address(), self.landline()
            lines.append(f"F{100 + n},{self.farm()},{place},{tel}")
            places.append(place)
            phones.append(tel)
        return Doc(f"s12d_master{i:03d}.csv", "\n".join(lines).encode("utf-8"),
                   self.truth(farm_addresses=places, farm_phones=phones))

    def signature_eml(self, i: int) -> Doc:
        farm, place, tel, postal = self.farm(), self.address(), self.landline(), self.postal()
        owner = farm[:2] + " " + self.pick(["一郎", "和子", "正"])
        body = (f"いつもお世話になっております。\n来週の収穫作業の人数は3名でお願いします。\n\n--\n{farm}\n{owner}\n"
                f"〒{postal} {place}\nTEL {tel}\n")
        data = w.make_eml("作業人数の件", "farm@noen.example.jp", "haken@agri.example.jp", body)
        return Doc(f"s12d_signature{i:03d}.eml", data, self.truth(farm_addresses=[place], farm_phones=[tel])
                   | {("~POSTAL_CODE", postal.replace("-", ""))})

    def gathering_txt(self, i: int) -> Doc:
        place, tel = self.address(), self.landline()
        lines = ["収穫体験のお知らせ", f"集合場所：{self.farm()} 直売所（{place}）", f"当日の連絡先：{tel}",
                 "雨天の場合は中止します。"]
        return Doc(f"s12d_gathering{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.truth(farm_addresses=[place], farm_phones=[tel]))

    def directory_docx(self, i: int) -> Doc:
        table, places, phones = [["受入先", "所在地", "電話"]], [], []
        for _ in range(3):
            place, tel = self.address(), self.landline()
            table.append([self.farm(), place, tel])
            places.append(place)
            phones.append(tel)
        return Doc(f"s12d_directory{i:03d}.docx", _docx(["受入農家一覧"], table),
                   self.truth(farm_addresses=places, farm_phones=phones))

    def prices_txt(self, i: int) -> Doc:
        lines = ["直売所価格表", f"トマト 1kg {self.n(900)}円", f"なす 5本 {self.n(400)}円",
                 f"{self.pick(TOWNS)[1]}産 米 5kg {self.n(3000)}円"]
        return Doc(f"s12d_clean_prices{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.farm_master_csv, self.signature_eml, self.gathering_txt, self.directory_docx, self.prices_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
