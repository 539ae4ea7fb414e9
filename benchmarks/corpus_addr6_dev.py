"""Development corpus for issue 12's addr6 work: people's addresses written the ways
offices write them — 番地 only with no 丁目 (大森町1234番地, 1234番地の5), 大字・字 in rural
towns, blocks with ノ or ‐ after a town with no prefecture, 北海道's 条・丁目, 京都's
上ル・西入, a building first, a split address in four cells, romanised addresses, a
vCard ADR, JSON keys and a person's mail signature; look-alikes (an office's own
address, a place in prose, a station, a route, a meeting room) and clean files. The
rules are tuned on this corpus only; benchmarks/corpus_addr6_check.py (other towns,
layouts and words; no list in common, tests/benchmarks/test_corpus_addr6.py) checks them.

Truth: positives are labelled for ADDRESS only; an organisation's own address is a
look-alike `("~ADDRESS", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

_SCORED = {("*", "ADDRESS")}
# (prefecture, municipality, town): 番地-only towns
BANCHI_TOWNS = [("静岡県", "浜松市北区", "引佐町井伊谷"), ("岐阜県", "関市", "下有知"), ("愛知県", "豊川市", "大木町"),
                ("群馬県", "太田市", "新田木崎町"), ("栃木県", "佐野市", "赤見町")]
# (prefecture, 郡 and 町/村, 大字, 字)
RURAL = [("長野県", "北佐久郡御代田町", "馬瀬口", "中原"), ("福島県", "耶麻郡猪苗代町", "千代田", "扇田"),
         ("熊本県", "阿蘇郡小国町", "宮原", "上町"), ("新潟県", "岩船郡関川村", "下関", "宮ノ前")]
BLOCK_TOWNS = [("埼玉県", "所沢市", "小手指町"), ("千葉県", "柏市", "豊四季台"), ("兵庫県", "明石市", "大久保町西"),
               ("広島県", "福山市", "東深津町")]
SAPPORO = [("札幌市北区", "北", "西"), ("札幌市中央区", "南", "東"), ("札幌市白石区", "本通", "南")]
KYOTO = [("中京区", "烏丸通", "六角", "上ル", "饅頭屋町"), ("下京区", "堀川通", "七条", "下ル", "東油小路町"),
         ("上京区", "今出川通", "寺町", "西入", "大原口町"), ("左京区", "川端通", "丸太町", "東入ル", "聖護院山王町")]
ROMAJI = [("Hongo", "Bunkyo-ku", "Tokyo", "113-0033"), ("Minamisenba", "Chuo-ku", "Osaka", "542-0081"),
          ("Kitahama", "Nishi-ku", "Yokohama", "220-0011")]
BUILDINGS = ["グランメゾン青葉", "コーポ白樺", "ｻﾝﾊｲﾂ", "メゾン・ド・ルナ", "若竹荘"]
PEOPLE = ["相沢 恵美", "北条 航", "小泉 夏希", "坂巻 蓮", "田所 結衣"]
OFFICES = [("株式会社ひばり総研", "東京都千代田区神田錦町2-4-1"), ("みどり運送株式会社", "大阪府吹田市江坂町1-9-20")]


class DevAddr6(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 61)

    def n(self, high: int = 30) -> int:
        return self.rng.randint(1, high)

    def room(self) -> str:
        return self.pick([f" {self.pick(BUILDINGS)}{self.n(5)}0{self.n(9)}", f"　{self.pick(BUILDINGS)}{self.n(9)}号室", ""])

    def banchi(self, prefecture: bool) -> str:
        pref, city, town = self.pick(BANCHI_TOWNS)
        number = self.pick([f"{self.rng.randint(100, 3999)}番地", f"{self.rng.randint(100, 3999)}番地の{self.n(9)}",
                            f"{self.rng.randint(100, 3999)}番地{self.n(9)}"])
        return (pref + city if prefecture else self.pick([city, ""])) + town + number

    def rural(self, prefecture: bool) -> str:
        pref, gun, oaza, aza = self.pick(RURAL)
        tail = self.pick([f"{self.rng.randint(10, 2999)}", f"{self.rng.randint(10, 2999)}番地", f"{self.rng.randint(10, 999)}-{self.n(9)}"])
        return (pref if prefecture else "") + gun + self.pick(["大字", ""]) + oaza + "字" + aza + tail

    def block(self) -> str:
        _, city, town = self.pick(BLOCK_TOWNS)
        a, b, c = self.n(9), self.n(), self.n(25)
        blocks = [f"{a}ノ{b}ノ{c}", f"{a}丁目{b}ノ{c}", f"{a}‐{b}‐{c}", f"{'０１２３４５６７８９'[a]}－{b}－{c}", f"{a}-{b}-{c}"]
        return self.pick([city, ""]) + town + self.pick(blocks)

    def hokkaido(self) -> str:
        city, side, way = self.pick(SAPPORO)
        return self.pick(["北海道", ""]) + city + f"{side}{self.n(25)}条{way}{self.n(15)}丁目" + self.pick([f"{self.n(20)}-{self.n(20)}", f"{self.n(20)}番{self.n(20)}号", ""])

    def kyoto(self) -> str:
        ward, street, cross, way, town = self.pick(KYOTO)
        return self.pick(["京都府京都市", "京都市"]) + ward + street + cross + way + town + self.pick([f"{self.rng.randint(1, 700)}", f"{self.rng.randint(1, 700)}番地"])

    def romaji(self) -> str:
        town, ward, city, postal = self.pick(ROMAJI)
        a, b, c = self.n(9), self.n(), self.n(20)
        return self.pick([f"{a}-{b}-{c} {town}, {ward}, {city} {postal}", f"{town} {a}-{b}-{c}, {ward}, {city}, Japan",
                          f"{a}-{b}-{c}, {town}, {ward}, {city}-shi"])

    def any_address(self) -> str:
        kind = self.rng.randrange(6)
        return [lambda: self.banchi(self.rng.random() < 0.5), lambda: self.rural(self.rng.random() < 0.5), self.block,
                self.hokkaido, self.kyoto, lambda: self.banchi(False)][kind]() + self.room()

    # --- positives ---------------------------------------------------------------

    def form_txt(self, i: int) -> Doc:
        """A counter's form: the label then the address, on its line or the next."""
        who, address = self.pick(PEOPLE), self.any_address()
        label = self.pick(["住所：", "ご住所　", "現住所:", "住所\n"])
        lines = ["転入届 受付票", f"氏名：{who}", f"{label}{address}", f"電話：{self.mobile()}"]
        return Doc(f"a6_form{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("ADDRESS", address_key(address))} | _SCORED)

    def moving_notice_txt(self, i: int) -> Doc:
        """A change-of-address note: the town on one line, the block and room on the next."""
        _, city, town = self.pick(BLOCK_TOWNS + BANCHI_TOWNS)
        block = self.pick([f"{self.n(9)}ノ{self.n()}ノ{self.n()}", f"{self.rng.randint(100, 2999)}番地{self.n(9)}"]) + self.room()
        label = self.pick(["新住所：", "転居先　", "お届け先："])
        lines = ["転居のお知らせ", f"{self.pick(PEOPLE)}", f"{label}{city}{town}", f"　　　{block}", "今後ともよろしくお願いします。"]
        return Doc(f"a6_moving{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("ADDRESS", address_key(city + town + block))} | _SCORED)

    def roster_xlsx(self, i: int) -> Doc:
        """A club roster: the address in one cell, no prefecture."""
        rows, truth = [["自治会 班名簿"], ["班", "氏名", "住所", "電話"]], set()
        for who in self.rng.sample(PEOPLE, 4):
            address = self.pick([self.banchi(False), self.rural(False), self.block(), self.kyoto()])
            rows.append([f"{self.n(6)}班", who, address, self.landline()])
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"a6_roster{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | _SCORED)

    def split_xlsx(self, i: int) -> Doc:
        """A split address: 都道府県 | 市区町村 | 番地 | 建物."""
        rows, truth = [["会員台帳"], ["氏名", "都道府県", "市区町村", "町名・番地", "建物名"]], set()
        for who in self.rng.sample(PEOPLE, 4):
            pref, city, town = self.pick(BLOCK_TOWNS + BANCHI_TOWNS)
            street = town + self.pick([f"{self.n(9)}-{self.n()}-{self.n()}", f"{self.rng.randint(100, 2999)}番地"])
            rows.append([who, pref, city, street, self.pick(BUILDINGS) + f" {self.n(3)}0{self.n(9)}"])
            truth.add(("ADDRESS", address_key(street)))
        return Doc(f"a6_split{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | _SCORED)

    def building_first_txt(self, i: int) -> Doc:
        """An envelope's lines: the building and room, then the address under it."""
        pref, city, town = self.pick(BLOCK_TOWNS)
        head = f"{self.pick(BUILDINGS)}{self.n(3)}0{self.n(9)}"
        address = f"{pref}{city}{town}{self.n(9)}-{self.n()}-{self.n()}"
        lines = ["送付先", f"{head} {address}" if self.rng.random() < 0.5 else f"{address}\n{head}", f"{self.pick(PEOPLE)} 様"]
        return Doc(f"a6_envelope{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("ADDRESS", address_key(address))} | _SCORED)

    def signature_txt(self, i: int) -> Doc:
        """A person's own mail signature: name, address, phone (no company)."""
        who, address = self.pick(PEOPLE), self.pick([self.romaji(), self.any_address(), self.hokkaido()])
        lines = ["お世話になっております。", "書類を本日発送しました。", "", "--", who, address, f"携帯 {self.mobile()}"]
        return Doc(f"a6_sign{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("ADDRESS", address_key(address))} | _SCORED)

    def export_json(self, i: int) -> Doc:
        records, truth = [], set()
        for who in self.rng.sample(PEOPLE, 3):
            address = self.pick([self.block(), self.banchi(False), self.romaji()])
            records.append({"name": who, self.pick(["address", "addr", "jusho"]): address, "tel": self.mobile()})
            truth.add(("ADDRESS", address_key(address)))
        data = json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")
        return Doc(f"a6_export{i:03d}.json", data, truth | _SCORED)

    def vcard(self, i: int) -> Doc:
        town, ward, city, postal = self.pick(ROMAJI)
        street = f"{self.n(9)}-{self.n()}-{self.n()} {town}"
        who = self.pick(PEOPLE)
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{who}", f"ADR;TYPE=HOME:;;{street};{ward};{city};{postal};Japan",
                 f"TEL;TYPE=CELL:{self.mobile()}", "END:VCARD"]
        return Doc(f"a6_card{i:03d}.vcf", "\r\n".join(lines).encode("utf-8"), {("ADDRESS", address_key(street))} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.form_txt, self.roster_xlsx, self.split_xlsx, self.building_first_txt, self.signature_txt,
                 self.export_json, self.vcard, self.moving_notice_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files and look-alikes ------------------------------------------------

    def notice_txt(self, i: int) -> Doc:
        """Places in prose: a town, a station, a route, a room; an office's own address."""
        firm, office = self.pick(OFFICES)
        _, city, town = self.pick(BANCHI_TOWNS)
        lines = ["工場見学会のご案内", f"{town}の工場で見学会を開きます。", f"集合：{town}駅 北口 9時",
                 f"経路：国道{self.n(300)}号を{city}方面へ{self.n(9)}km", f"会場：市民会館{self.n(5)}階 第{self.n(3)}会議室",
                 "", firm, f"所在地：{office}"]
        return Doc(f"a6_clean_notice{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("~ADDRESS", address_key(office))})

    def schedule_docx(self, i: int) -> Doc:
        lines = ["巡回予定", f"第{self.n(4)}週 {self.pick(RURAL)[2]}地区の集会所", f"{self.pick(SAPPORO)[0]}の体育館（{self.n(3)}階）",
                 f"{self.pick(KYOTO)[1]}沿いの店舗を{self.n(9)}件訪問"]
        return Doc(f"a6_clean_schedule{i:03d}.docx", _docx(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.notice_txt, self.schedule_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
