"""Check corpus for issue 12's contact7 work, written apart from
benchmarks/corpus_contact7_dev.py (no town, trade, name or layout in common): the
same classes in other hands — a web form's HTML table with 丁目・番地の blocks and a
spouse's bare mobile number, a tenants' TSV with the room before the town, a
caseworker's Markdown notes on where someone lives or moved to, a JSON staff export
with 条通 and a 漢数字 丁目, a mail from abroad with +81-(0)…, a quoted semicolon CSV
of a club; look-alikes: a salon's, a studio's or a carrier's signature with no legal
form, a main line marked (代) in a footer, an extension in a desk's signature, a
notice to 皆様; clean files with part numbers.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.ids5_formats import kanji_number

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
PLACES = [("岡山県", "倉敷市", "白楽町"), ("山口県", "下関市", "彦島江の浦町"), ("福井県", "敦賀市", "櫛川"),
          ("鳥取県", "米子市", "皆生温泉"), ("佐賀県", "唐津市", "鏡")]
NORTH = [("札幌市中央区", "南2条西"), ("北見市", "北3条東")]  # the city alone, no 北海道
MANSIONS = ["グリーンコート", "エクセル朝日", "サンライズ泉", "ベルメゾン楓"]
MEMBERS = ["宇野 沙織", "岸本 健吾", "須藤 茜", "千葉 光", "西岡 遥"]
KIN = ["夫", "妻", "長女"]
# a desk's mailbox: a studio's, a hotel's front, a vet's, a school office's
MAILBOXES = ["studio", "hotel", "vet", "shokuin", "guest", "tour"]
HOSTS = ["blanche.example.org", "haruka-photo.example.jp", "shiosai.example.net"]
SHOPS = ["美容室 ブランシュ", "フォトスタジオ はるか", "はやぶさ運送", "あおい観光 本店", "ホテル潮騒", "ひばり農園"]


class CheckContact7(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 72)

    def k(self, high: int = 30) -> int:
        return self.rng.randint(1, high)

    def code(self) -> str:
        return f"{self.rng.randint(100, 999)}{self.digits(4)}"

    def place(self, with_prefecture: bool = True) -> str:
        pref, city, town = self.pick(PLACES)
        return (pref if with_prefecture else "") + city + town

    def lot(self) -> str:
        return self.pick([f"{kanji_number(self.k(9))}丁目{self.k(40)}番地の{self.k(20)}",
                          f"{self.k(9)}丁目{self.k()}番地の{self.k(20)}",
                          f"{kanji_number(self.k(9))}丁目{kanji_number(self.k(30))}番地の{kanji_number(self.k(20))}",
                          f"{kanji_number(self.k(9))}丁目{self.k(40)}"])

    def home(self, with_prefecture: bool = True) -> str:
        return self.place(with_prefecture) + self.lot()

    def cell_digits(self) -> str:
        return self.mobile().replace("-", "")

    # --- positives ---------------------------------------------------------------

    def web_form_html(self, i: int) -> Doc:
        """A web form's answers as an HTML table: address, and a spouse's bare mobile."""
        rows, truth = [], set()
        for who in self.rng.sample(MEMBERS, 3):
            home, phone = self.home(), self.cell_digits()
            rows.append(f"<tr><td>{who}</td><td>{home}</td><td>{self.pick(KIN)} {phone}</td></tr>")
            truth |= {("ADDRESS", address_key(home)), ("PHONE", _e164(phone))}
        page = ("<html><body><h1>申込一覧</h1><table><tr><th>申込者</th><th>お住まい</th><th>緊急時の連絡</th></tr>"
                + "".join(rows) + "</table></body></html>")
        return Doc(f"c7x_form{i:03d}.html", page.encode("utf-8"), truth | _SCORED)

    def tenants_tsv(self, i: int) -> Doc:
        """Tenants: the building, floor and room, then the town with no prefecture."""
        lines, truth = ["入居者\t所在\t連絡"], set()
        for who in self.rng.sample(MEMBERS, 3):
            where = self.place(False) + f"{self.k(9)}-{self.k()}-{self.k()}"
            phone = self.landline()
            lines.append(f"{who}\t{self.pick(MANSIONS)} {self.k(3)}階{self.k(3)}0{self.k(8)}号室　{where}\t{phone}")
            truth |= {("ADDRESS", address_key(where)), ("PHONE", _e164(phone))}
        return Doc(f"c7x_tenants{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def casework_md(self, i: int) -> Doc:
        """A caseworker's notes in Markdown: where the client lives or moved."""
        home = self.home()
        said = self.pick([f"- 本人は{home}に一人で住んでいる", f"- 昨年{home}へ引っ越した",
                          f"- {home}に居住（持ち家）"])
        lines = ["# 支援メモ", f"相談者：{self.pick(MEMBERS)}", said, "- 次回訪問は未定"]
        return Doc(f"c7x_case{i:03d}.md", "\n".join(lines).encode("utf-8"), {("ADDRESS", address_key(home))} | _SCORED)

    def staff_json(self, i: int) -> Doc:
        """A staff export with 条 and a 漢数字 丁目."""
        records, truth = [], set()
        for who in self.rng.sample(MEMBERS, 2):
            city, way = self.pick(NORTH)
            home = f"{city}{way}{kanji_number(self.k(9))}丁目{self.k(20)}-{self.k(20)}"
            records.append({"氏名": who, "住所": home})
            truth.add(("ADDRESS", address_key(home)))
        data = json.dumps({"staff": records}, ensure_ascii=False, indent=2).encode("utf-8")
        return Doc(f"c7x_staff{i:03d}.json", data, truth | _SCORED)

    def overseas_eml(self, i: int) -> Doc:
        """A mail from someone abroad: +81-(0)… in the signature."""
        mobile = self.mobile()
        written = f"+81-(0){mobile[1:]}"
        body = ["From: member@example.org", "Subject: 連絡先", "Content-Type: text/plain; charset=utf-8", "",
                "帰国しましたので連絡先をお知らせします。", "", self.pick(MEMBERS), f"Mobile: {written}"]
        return Doc(f"c7x_overseas{i:03d}.eml", "\n".join(body).encode("utf-8"), {("PHONE", _e164(mobile))} | _SCORED)

    def club_csv(self, i: int) -> Doc:
        """A club's list, every field quoted, semicolons between them."""
        lines, truth = ['"No";"名前";"〒";"住所";"TEL"'], set()
        for n, who in enumerate(self.rng.sample(MEMBERS, 3)):
            code, home, phone = self.code(), self.home(), self.landline()
            lines.append(f'"{n + 1}";"{who}";"{code}";"{home}";"{phone}"')
            truth |= {("POSTAL_CODE", code), ("ADDRESS", address_key(home)), ("PHONE", _e164(phone))}
        return Doc(f"c7x_club{i:03d}.csv", "\r\n".join(lines).encode("utf-8"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.web_form_html, self.tenants_tsv, self.casework_md, self.staff_json, self.overseas_eml,
                 self.club_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files ---------------------------------------------

    def shop_signature_eml(self, i: int) -> Doc:
        """A shop's mail signature: its name with no legal form, its address and line."""
        where, phone = self.place() + f"{self.k(9)}-{self.k()}", self.landline()
        mail = f"{self.pick(MAILBOXES)}@{self.pick(HOSTS)}"
        body = ["From: shop@example.net", "Subject: ご予約ありがとうございます", "Content-Type: text/plain; charset=utf-8", "",
                "ご予約を承りました。", "", "――――――――", self.pick(SHOPS), where, f"Tel.{phone}", f"E-mail: {mail}", "――――――――"]
        return Doc(f"c7x_lookalike_shop{i:03d}.eml", "\n".join(body).encode("utf-8"),
                   {("~ADDRESS", address_key(where)), ("~PHONE", _e164(phone)), ("~EMAIL", mail)} | _SCORED)

    def footer_main_line_txt(self, i: int) -> Doc:
        """A circular's footer: the main line marked (代), an extension in a desk's line."""
        phone = self.landline()
        tail = self.pick([f"TEL {phone}(代)", f"人事担当 {phone}（内線{self.k(900)}）"])
        lines = ["社内報 12月号", "年末の大掃除は28日に行います。", "", tail]
        return Doc(f"c7x_lookalike_footer{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("~PHONE", _e164(phone))} | _SCORED)

    def everyone_notice_txt(self, i: int) -> Doc:
        """A notice to 皆様 from a shop."""
        where, phone = self.place() + f"{self.k(9)}-{self.k()}-{self.k()}", self.landline()
        lines = ["会員の皆様へ", self.pick(SHOPS), f"所番地 {where}", f"TEL {phone}", "", "臨時休業のお知らせです。"]
        return Doc(f"c7x_lookalike_everyone{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~ADDRESS", address_key(where)), ("~PHONE", _e164(phone))} | _SCORED)

    def parts_list_txt(self, i: int) -> Doc:
        """A clean parts list: eleven-digit part numbers under 品番."""
        lines = ["部品リスト"] + [f"品番 0{self.pick(['7', '8', '9'])}0{self.digits(8)}　数量 {self.k(9)}" for _ in range(3)]
        return Doc(f"c7x_clean_parts{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.shop_signature_eml, self.footer_main_line_txt, self.everyone_notice_txt, self.parts_list_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
