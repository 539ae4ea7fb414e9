"""Development corpus for issue 12's contacts22 work: a person's phone, address, postal code and
mailbox in the shapes writers 16–21 wrote them and daicho missed — a job's site in its client's
record (an order export's element, the client after the site, a contract printed with a blank
line between its lines), an event's venue field under a booking's people, a sheet whose group
titles stand over long field names, a registry row that left a cell out, a bare landline after
a person addressed, a landline after a said sentence, a mailbox named for a Chinese, Korean or
Vietnamese person — and the look-alikes that stay an organisation's (a contractor's site list, a
notice's venue and its line, a clinic's name before its number). The rules are tuned on this
corpus only; benchmarks/corpus_contacts22_check.py (other offices' words and documents) checks them.

    .venv/bin/python benchmarks/quality_contacts22.py --corpus dev
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

_SCORED = {("*", "ADDRESS"), ("*", "POSTAL_CODE"), ("*", "PHONE"), ("*", "EMAIL")}
PEOPLE = ["樋渡 美砂子", "久米 健吾", "汐見 かれん", "能登 敬太", "寺西 伊都子"]
TOWNS = [("静岡県三島市", "大宮町"), ("長野県上田市", "常田"), ("岐阜県大垣市", "赤坂町"), ("茨城県水戸市", "見和")]
CITY_ONLY = [("三島市", "谷田"), ("上田市", "材木町"), ("大垣市", "林町")]
HOMES = [" コスモ大宮203", " ハイム常田105", ""]
ABROAD_MAILBOXES = ["zhou_haoran", "choi.seoyeon", "hoangthilan", "zhanghaoran", "wu.meiling", "vothanhlong"]
CONTRACTOR = ("有限会社ひだまり住建", "静岡県三島市一番町5-5")


def _phone(number: str) -> tuple[str, str]:
    return "PHONE", _e164(number)


class DevContacts22(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 2222)

    def address(self) -> str:
        pref_city, town = self.pick(TOWNS)
        return f"{pref_city}{town}{self.n(5)}丁目{self.n(20)}-{self.n(30)}{self.pick(HOMES)}"

    # --- positives ---------------------------------------------------------------

    def orders_xml(self, i: int) -> Doc:
        rows, truth = ['<?xml version="1.0" encoding="UTF-8"?>', "<受注一覧>"], set()
        for who in self.rng.sample(PEOPLE, 3):
            address = self.address()
            rows += ["  <受注>", f"    <伝票>{self.digits(8)}</伝票>", f"    <依頼主>{who}</依頼主>",
                     f"    <工事現場>{address}</工事現場>", "    <内容>屋根修理</内容>", "  </受注>"]
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"c22_orders{i:03d}.xml", "\n".join(rows + ["</受注一覧>"]).encode(), truth | _SCORED)

    def site_first_json(self, i: int) -> Doc:
        records, truth = [], set()
        for who in self.rng.sample(PEOPLE, 2):
            address, phone = self.address(), self.landline()
            records.append({"genba_jusho": address, "genba_tel": phone, "kokyaku": who, "naiyo": "外壁塗装"})
            truth |= {("ADDRESS", address_key(address)), _phone(phone)}
        return Doc(f"c22_jobs{i:03d}.json", json.dumps(records, ensure_ascii=False, indent=2).encode(), truth | _SCORED)

    def contract_txt(self, i: int) -> Doc:
        firm, office = CONTRACTOR
        postal, address, phone = self.postal(), self.address(), self.mobile()
        lines = ["リフォーム工事請負契約書", firm, f"〒411-0036 {office}", f"TEL {self.landline()}",
                 f"発注者：{self.pick(PEOPLE)} 様", f"施工場所：〒{postal} {address}", f"緊急連絡先：{phone}", "工事内容：浴室改修"]
        truth = {("ADDRESS", address_key(address)), ("POSTAL_CODE", postal.replace("-", "")), _phone(phone), ("~ADDRESS", address_key(office))}
        return Doc(f"c22_contract{i:03d}.txt", "\n\n".join(lines).encode(), truth | _SCORED)

    def booking_eml(self, i: int) -> Doc:
        phone = self.landline()
        body = "\n".join(["フォトスタジオ風花 御中", "前撮りを申し込みます。", f"申込者：{self.pick(PEOPLE)}",
                          f"同伴者：{self.pick(PEOPLE)}", f"希望日：2026年5月{self.n(28)}日　会場：みなと市民会館 大ホール",
                          f"連絡先：{phone}"])
        data = w.make_eml("前撮りの申込", "<booking@example.com>", "studio@kazahana.example.jp", body)
        return Doc(f"c22_booking{i:03d}.eml", data, {_phone(phone)} | _SCORED)

    def grouped_roster_xlsx(self, i: int) -> Doc:
        rows, truth = [["講座受講者台帳"], [None, "受講者", None, "連絡先", None], ["No", "氏名（漢字）", "ふりがな",
                                                                        "メールアドレス", "自宅の住所"]], set()
        for k, who in enumerate(self.rng.sample(PEOPLE, 4)):
            city, town = self.pick(CITY_ONLY)
            address = f"{city}{town}{self.rng.randint(100, 2999)}番地"
            rows.append([f"{k + 1}", who, "ひわたし みさこ", f"member{k}{self.digits(3)}@example.ne.jp", address])
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"c22_roster{i:03d}.xlsx", w.xlsx_bytes({"受講者": rows}), truth | {("*", "ADDRESS")})

    def shifted_registry_xlsx(self, i: int) -> Doc:
        """A registry whose optional column is empty in some rows (a sheet's reader leaves the empty cell out)."""
        rows, truth = [["会員番号", "氏名", "在留資格", "メール", "振込先"]], set()
        for k, mailbox in enumerate(self.rng.sample(ABROAD_MAILBOXES, 4)):
            address = f"{mailbox}@example.ne.jp"
            rows.append([f"M{k:03d}", f"会員{k}", "技能" if k % 2 else None, address,
                         f"みなと銀行 本町支店 普通 {self.account()}"])
            truth.add(("EMAIL", address))
        return Doc(f"c22_registry{i:03d}.xlsx", w.xlsx_bytes({"会員": rows}), truth | {("*", "EMAIL")})

    def visit_log_txt(self, i: int) -> Doc:
        phone = self.landline().replace("-", "")
        text = f"来館記録 2026年3月{self.n(28)}日\n付添い：{self.pick(PEOPLE)}様　{phone}\n用件：資料の閲覧\n"
        return Doc(f"c22_visits{i:03d}.txt", text.encode(), {_phone(phone)} | _SCORED)

    def counsel_txt(self, i: int) -> Doc:
        phone = self.landline()
        text = (f"相談記録\n・{self.pick(PEOPLE)}さん\n　勤務先の工場が閉鎖になり困っている。連絡は{phone}まで。\n")
        return Doc(f"c22_counsel{i:03d}.txt", text.encode(), {_phone(phone)} | _SCORED)

    def foreign_sender_eml(self, i: int) -> Doc:
        mailbox = f"{self.pick(ABROAD_MAILBOXES)}@example.com"
        data = w.make_eml("入塾の相談", mailbox, "office@juku.example.jp", "塾長様\n息子の入塾について相談させてください。\n")
        return Doc(f"c22_sender{i:03d}.eml", data, {("EMAIL", mailbox)} | {("*", "EMAIL")})

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.orders_xml, self.site_first_json, self.contract_txt, self.booking_eml, self.grouped_roster_xlsx,
                 self.shifted_registry_xlsx, self.visit_log_txt, self.counsel_txt, self.foreign_sender_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files -------------------------------------------------

    def sites_list_txt(self, i: int) -> Doc:
        address = self.address()
        text = f"現場一覧（{CONTRACTOR[0]}）\n現場：{address}\n現場事務所 TEL {self.landline()}\n作業員：{self.pick(PEOPLE)}\n"
        return Doc(f"c22_sites{i:03d}.txt", text.encode(), {("~ADDRESS", address_key(address))} | _SCORED)

    def notice_txt(self, i: int) -> Doc:
        text = f"写真講座のお知らせ\n日時：2026年5月{self.n(28)}日　会場：みなと市民会館\n連絡先：{self.landline()}\n"
        return Doc(f"c22_clean_notice{i:03d}.txt", text.encode())

    def clinic_txt(self, i: int) -> Doc:
        return Doc(f"c22_clean_clinic{i:03d}.txt", f"ご案内\nみしま内科医院。TEL {self.landline()}\n".encode())

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.sites_list_txt, self.notice_txt, self.clinic_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
