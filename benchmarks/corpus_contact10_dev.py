"""Development corpus for issue 12's contact10 work: addresses and phones wherever a
社会福祉協議会's volunteer and care-user desk writes them, one file format × one way of
placing the label each — a roster whose two-row header (利用者 | 連絡先 over 現住所 |
自宅電話) is not composed before its cells, a host's headerless CSV whose addresses lack
the prefecture, an address split over romaji keys (todofuken | shikuchoson | banchi), an
XML record split into elements, a JSON profile under English keys, a rural lot's bare
number after a 村 or an island's 町, a move told in a mail's sentence, 京都's 上ル in a
docx, an HTML table of 帰省先. Look-alikes: a village office's own address and phone in a
letterhead, a venue's address in a notice, a partner's signature. The rules are tuned
on this corpus only; benchmarks/corpus_contact10_check.py (another office, other labels,
towns and words; no list in common, tests/benchmarks/test_contact10_corpora.py) checks
them.

Truth: positives are labelled for ADDRESS, PHONE and POSTAL_CODE; an organisation's own
value is a look-alike `("~TYPE", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.ids5_formats import kanji_number
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE")
_SCORED = {("*", entity) for entity in SCORED}
# (prefecture, municipality, town) of a city's blocks
CITIES = [("新潟県", "上越市", "春日山町"), ("岐阜県", "多治見市", "音羽町"), ("熊本県", "八代市", "松江城町"),
          ("青森県", "弘前市", "城東北"), ("栃木県", "小山市", "城山町")]
# (prefecture, 郡 or island, 町 or 村, town) of lots numbered without blocks
RURAL = [("長野県", "下伊那郡", "阿智村", "智里"), ("鹿児島県", "大島郡", "瀬戸内町", "古仁屋"),
         ("東京都", "三宅島", "三宅村", "坪田"), ("奈良県", "吉野郡", "十津川村", "平谷")]
KYOTO = [("上京区", "堀川通寺之内上ル", "寺之内竪町"), ("下京区", "松原通烏丸西入", "玉津島町")]
ROOMS = ["コーポ春日", "メゾン音羽", "ハイツ城東"]
VOLUNTEERS = ["浅野 和人", "笹本 静香", "三浦 徹", "大河内 梢", "平岩 孝"]
ROMAJI = ["ASANO KAZUTO", "SASAMOTO SHIZUKA", "MIURA TORU"]
VENUES = ["福祉センター", "地域交流館"]


class DevContact10(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 101)

    def block(self) -> str:
        """A block as this desk writes it: 漢数字 丁目番号, a wave of dashes, 番地の."""
        dash = self.pick(["-", "ー", "－", "‐"])
        return self.pick([f"{kanji_number(self.n(9))}丁目{kanji_number(self.n(30))}番{kanji_number(self.n(20))}号",
                          f"{self.n(9)}{dash}{self.n(30)}{dash}{self.n(20)}", f"{self.n(2000)}番地の{self.n(9)}"])

    def city_address(self, prefecture: bool = False) -> str:
        pref, city, town = self.pick(CITIES)
        return (pref if prefecture else "") + city + town + self.block()

    def lot(self) -> str:
        pref, district, village, town = self.pick(RURAL)
        number = self.pick([str(self.n(3000)), f"{kanji_number(self.n(9))}百{kanji_number(self.n(9))}番地"])
        return f"{pref}{district}{village}{town}{number}"

    def bare(self, phone: str) -> str:
        return phone.replace("-", "")

    @staticmethod
    def truth(addresses=(), phones=(), postals=()) -> set:
        return ({("ADDRESS", address_key(a)) for a in addresses} | {("PHONE", _e164(p)) for p in phones}
                | {("POSTAL_CODE", p.replace("-", "")) for p in postals} | _SCORED)

    # --- positives ---------------------------------------------------------------

    def roster_xlsx(self, i: int) -> Doc:
        """A two-row header: 利用者 | 連絡先 over 氏名 | 現住所 | 自宅電話 | 携帯."""
        rows, addresses, phones = [["利用者", "", "連絡先", ""], ["氏名", "現住所", "自宅電話", "携帯"]], [], []
        for who in self.rng.sample(VOLUNTEERS, 4):
            address, home, mobile = self.city_address(), self.landline(), self.mobile()
            rows.append([who, address, self.bare(home), mobile])
            addresses.append(address)
            phones += [home, mobile]
        return Doc(f"c10d_roster{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), self.truth(addresses, phones))

    def host_csv(self, i: int) -> Doc:
        """A host's headerless export: code, name, birth, postal code, address without its prefecture, bare phone."""
        lines, addresses, phones, postals = [], [], [], []
        for n, who in enumerate(self.rng.sample(VOLUNTEERS, 4)):
            address, phone, postal = self.city_address(), self.landline(), self.postal()
            lines.append(f"{5100 + n},{who},1961{n + 1:02d}15,{postal.replace('-', '')},{address},{self.bare(phone)}")
            addresses.append(address)
            phones.append(phone)
            postals.append(postal)
        return Doc(f"c10d_host{i:03d}.csv", "\n".join(lines).encode("cp932"), self.truth(addresses, phones, postals))

    def postal(self) -> str:
        return f"{self.rng.randint(100, 999)}-{self.digits(4)}"

    def split_csv(self, i: int) -> Doc:
        """An address split over romaji keys: todofuken | shikuchoson | banchi | tatemono."""
        lines, addresses, phones = ["shimei,todofuken,shikuchoson,banchi,tatemono,denwa"], [], []
        for who in self.rng.sample(ROMAJI, 3):
            pref, city, town = self.pick(CITIES)
            street, phone = town + self.block(), self.landline()
            lines.append(f"{who},{pref},{city},{street},{self.pick(ROOMS)} {self.n(3)}0{self.n(9)},{phone}")
            addresses.append(street)
            phones.append(phone)
        return Doc(f"c10d_split{i:03d}.csv", "\n".join(lines).encode("utf-8"), self.truth(addresses, phones))

    def record_xml(self, i: int) -> Doc:
        """An XML record whose address is split into pref, city and street elements."""
        parts, addresses, phones = ['<?xml version="1.0" encoding="UTF-8"?>', "<volunteers>"], [], []
        for who in self.rng.sample(VOLUNTEERS, 3):
            pref, city, town = self.pick(CITIES)
            street, phone = town + self.block(), self.landline()
            parts.append(f"  <volunteer><name>{who}</name><pref>{pref}</pref><city>{city}</city>"
                         f"<street>{street}</street><tel>{self.bare(phone)}</tel></volunteer>")
            addresses.append(street)
            phones.append(phone)
        parts.append("</volunteers>")
        return Doc(f"c10d_record{i:03d}.xml", "\n".join(parts).encode("utf-8"), self.truth(addresses, phones))

    def profile_json(self, i: int) -> Doc:
        """A JSON profile: English keys, the address without its prefecture, a bare landline under mobile."""
        address, phone = self.city_address(), self.landline()
        data = {"volunteer": {"name": self.pick(ROMAJI), "home": {"address_line": address, "mobile": self.bare(phone)}}}
        return Doc(f"c10d_profile{i:03d}.json", json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
                   self.truth([address], [phone]))

    def lots_txt(self, i: int) -> Doc:
        """A registration card: a rural lot whose number stands bare after its town."""
        address, phone = self.lot(), self.mobile()
        lines = ["ボランティア登録票", f"氏名　{self.pick(VOLUNTEERS)}", f"住所　{address}", f"携帯　{phone}"]
        return Doc(f"c10d_lots{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth([address], [phone]))

    def moved_eml(self, i: int) -> Doc:
        """A mail telling a move and a parents' home in sentences, the city without its prefecture."""
        new, home, phone = self.city_address(), self.city_address(), self.landline()
        who = self.pick(VOLUNTEERS).split()[0]
        body = (f"お疲れさまです。\n{who}さんは先月{new}に転居されました。\n"
                f"年末は実家（{home}）に戻られるそうです。\n連絡先は{phone}とのことです。\n")
        data = w.make_eml("登録内容の変更", "desk@shakyo.example.jp", "staff@shakyo.example.jp", body)
        return Doc(f"c10d_moved{i:03d}.eml", data, self.truth([new, home], [phone]))

    def kyoto_docx(self, i: int) -> Doc:
        """京都's 通り名 with 上ル or 西入, told in a sentence of a visit note."""
        ward, way, town = self.pick(KYOTO)
        address = f"京都市{ward}{way}{town}{self.n(900)}"
        lines = ["訪問記録", f"本日、{address}の利用者宅を訪問した。", "次回は来月。"]
        return Doc(f"c10d_kyoto{i:03d}.docx", _docx(lines), self.truth([address]))

    def homes_html(self, i: int) -> Doc:
        """An HTML table of where each helper goes home: 帰省先 and its phone, plain <td> header cells."""
        rows, addresses, phones = [["氏名", "帰省先", "帰省先電話"]], [], []
        for who in self.rng.sample(VOLUNTEERS, 3):
            address, phone = self.city_address(), self.landline()
            rows.append([who, address, phone])
            addresses.append(address)
            phones.append(phone)
        table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        html = f'<html><head><meta charset="utf-8"></head><body><table>{table}</table></body></html>'
        return Doc(f"c10d_homes{i:03d}.html", html.encode("utf-8"), self.truth(addresses, phones))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.roster_xlsx, self.host_csv, self.split_csv, self.record_xml, self.profile_json, self.lots_txt,
                 self.moved_eml, self.kyoto_docx, self.homes_html]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files ---------------------------------------------

    def village_letter_txt(self, i: int) -> Doc:
        """A village office's letterhead: its own rural lot and phone under its name."""
        pref, district, village, town = self.pick(RURAL)
        address, phone = f"{pref}{district}{village}{town}{self.n(3000)}", self.landline()
        lines = [f"{village}役場 福祉課", address, f"TEL {phone}", "", "ボランティア保険のご案内",
                 "今年度の保険加入手続きについてお知らせします。"]
        return Doc(f"c10d_lookalike_village{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~ADDRESS", address_key(address)), ("~PHONE", _e164(phone))} | _SCORED)

    def venue_txt(self, i: int) -> Doc:
        """A notice of a meeting: the venue's address and its phone."""
        address, phone = self.city_address(), self.landline()
        lines = ["研修会のお知らせ", f"会場：{self.pick(VENUES)}（{address}）", f"会場電話 {phone}（代）", "参加費は無料です。"]
        return Doc(f"c10d_lookalike_venue{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~ADDRESS", address_key(address)), ("~PHONE", _e164(phone))} | _SCORED)

    def counts_txt(self, i: int) -> Doc:
        """A clean report: a village's counts and years after its name."""
        pref, district, village, _ = self.pick(RURAL)
        lines = ["活動報告", f"{pref}{district}{village}では{self.n(300)}人が登録。", f"{village}の高齢化率は{self.n(60)}%。",
                 f"{pref}の研修は{2020 + self.n(6)}年に開始。"]
        return Doc(f"c10d_clean_counts{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.village_letter_txt, self.venue_txt, self.counts_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
