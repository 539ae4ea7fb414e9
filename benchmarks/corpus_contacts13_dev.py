"""Development corpus for issue 12's contacts13 work: an event-staffing agency's records,
where a person's own phone, address and mailbox sit beside the contacts of the places and
firms the person is sent to, taken to or works for — one file format × one way the
value's place is told each: a headerless placement CSV (staff, mobile, dates, the
venue's landline), a transport log whose 行先 cell names a clinic before its address, an
interview memo 「連絡先：mobile　unit landline」, a signature closed by the firm's
mailbox named after its domain, a JSON of a company and its contact person, an
application form's 勤務先 columns, a notice's one-line footer. The rules are tuned on this
corpus only; benchmarks/corpus_contacts13_check.py (another trade, other layouts and
lists) checks them.

Truth: a person's values are labelled for ADDRESS, PHONE and EMAIL; a place's or a firm's
value is a look-alike `("~TYPE", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _docx, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
TOWNS = [("神奈川県", "藤沢市", "鵠沼海岸"), ("埼玉県", "川越市", "新富町"), ("愛知県", "岡崎市", "康生通西"),
         ("兵庫県", "姫路市", "白銀町"), ("広島県", "福山市", "霞町")]
STAFF = ["松本 陽菜", "井上 蓮", "木村 彩花", "林 大翔", "清水 美月"]
CLINICS = ["はやし整形外科", "みなと眼科", "総合リハビリセンター", "駅前ロータリー", "みずほ歯科"]
FIRMS = [("株式会社ミナト商事", "minato", "shoji"), ("有限会社丸山印刷", "maruyama-p", "print"),
         ("株式会社北斗工業", "hokuto", "kogyo"), ("株式会社あさひ設計", "asahi-arch", "sekkei")]
UNITS = ["健康管理室", "人事課", "安全衛生室"]


class DevContacts13(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 131)

    def address(self) -> str:
        pref, city, town = self.pick(TOWNS)
        return f"{pref}{city}{town}{self.n(5)}-{self.n(20)}-{self.n(9)}"

    def own_mail(self, who: str) -> str:
        return f"{self.pick(['hina', 'ren', 'aya', 'hiroto', 'mizuki'])}.{self.digits(3)}@mail.example-isp.jp"

    @staticmethod
    def truth(addresses=(), phones=(), mails=(), their_addresses=(), their_phones=(), their_mails=()) -> set:
        return ({("ADDRESS", address_key(a)) for a in addresses} | {("PHONE", _e164(p)) for p in phones}
                | {("EMAIL", m.lower()) for m in mails} | {("~ADDRESS", address_key(a)) for a in their_addresses}
                | {("~PHONE", _e164(p)) for p in their_phones} | {("~EMAIL", m.lower()) for m in their_mails}
                | _SCORED)

    def placement_csv(self, i: int) -> Doc:
        """Headerless: code, staff, start, end, the staff's mobile, the venue's landline, the job."""
        lines, seen = [], self.truth()
        for n, who in enumerate(self.rng.sample(STAFF, 4)):
            mobile, venue = self.mobile(), self.landline()
            lines.append(f"E{n:03d},{who},2026-0{self.n(8)}-1{self.n(8)},2026-0{self.n(8)}-2{self.n(8)},{mobile},"
                         f"{venue},{self.pick(['設営', '受付', '誘導'])}")
            seen |= self.truth(phones=[mobile], their_phones=[venue])
        return Doc(f"c13d_placement{i:03d}.csv", "\n".join(lines).encode("cp932"), seen)

    def transport_tsv(self, i: int) -> Doc:
        """A shuttle log: the person's pick-up address, then the destination named before its address."""
        lines, seen = ["日付\t利用者\t乗車地\t行先\t連絡先"], self.truth()
        for who in self.rng.sample(STAFF, 3):
            home, there, tel = self.address(), self.address(), self.landline()
            lines.append(f"2026-05-{self.n(28):02d}\t{who}\t{home}\t{self.pick(CLINICS)} {there}\t{tel}")
            seen |= self.truth([home], [tel], their_addresses=[there])
        return Doc(f"c13d_transport{i:03d}.tsv", "\n".join(lines).encode("utf-8"), seen)

    def memo_txt(self, i: int) -> Doc:
        who, mobile, desk = self.pick(STAFF), self.mobile(), self.landline()
        lines = ["面談メモ", f"対象：営業部　{who}", "体調について聞き取り。", f"連絡先：{mobile}　{self.pick(UNITS)} {desk}"]
        return Doc(f"c13d_memo{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.truth(phones=[mobile], their_phones=[desk]))

    def signature_eml(self, i: int) -> Doc:
        """A firm's clerk writes to a staff member: the firm's mailbox closes the signature."""
        who, firm = self.pick(STAFF), self.pick(FIRMS)
        mine, theirs = self.own_mail(who), f"{firm[1].split('-')[0]}-{firm[2]}@{firm[1]}.co.jp"
        body = (f"{who}様\n\n来週のシフトの件、ご確認ください。\n\n--\n{firm[0]}\n{self.pick(STAFF)[:2]}\n"
                f"Mail: {theirs}\n")
        data = w.make_eml("シフトの件", theirs, mine, body)
        return Doc(f"c13d_signature{i:03d}.eml", data, self.truth(mails=[mine], their_mails=[theirs]))

    def company_json(self, i: int) -> Doc:
        firm, who = self.pick(FIRMS), self.pick(STAFF)
        theirs, tel = f"{firm[1].split('-')[0]}@{firm[1]}.co.jp", self.landline()
        mine = f"{self.pick(['hina', 'ren', 'aya'])}.{firm[1].split('-')[0]}@{firm[1]}.co.jp"
        data = {"company": {"name": firm[0], "email": theirs, "tel": tel}, "contact": {"name": who, "email": mine}}
        return Doc(f"c13d_company{i:03d}.json", json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
                   self.truth(mails=[mine], their_mails=[theirs], their_phones=[tel]))

    def application_xlsx(self, i: int) -> Doc:
        header = ["氏名", "自宅住所", "自宅電話", "勤務先", "勤務先住所", "勤務先電話"]
        rows, seen = [header], self.truth()
        for who in self.rng.sample(STAFF, 3):
            home, phone, work, work_tel = self.address(), self.landline(), self.address(), self.landline()
            rows.append([who, home, phone, self.pick(FIRMS)[0], work, work_tel])
            seen |= self.truth([home], [phone], their_addresses=[work], their_phones=[work_tel])
        return Doc(f"c13d_application{i:03d}.xlsx", w.xlsx_bytes({"申込": rows}), seen)

    def footer_docx(self, i: int) -> Doc:
        firm, place, tel = self.pick(FIRMS), self.address(), self.landline()
        mailbox = f"{firm[1].split('-')[0]}@{firm[1]}.co.jp"
        lines = [f"{firm[0]}からのお知らせ", "年末年始の休業日をお知らせします。",
                 f"お問い合わせ：{mailbox}　{firm[0]}　{place}　TEL {tel}"]
        return Doc(f"c13d_footer{i:03d}.docx", _docx(lines),
                   self.truth(their_addresses=[place], their_phones=[tel], their_mails=[mailbox]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.placement_csv, self.transport_tsv, self.memo_txt, self.signature_eml, self.company_json,
                 self.application_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.footer_docx, self.price_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def price_txt(self, i: int) -> Doc:
        lines = ["スタッフ派遣 料金表", f"設営 1名 {self.n(30)}000円", f"受付 1名 {self.n(20)}000円"]
        return Doc(f"c13d_clean_price{i:03d}.txt", "\n".join(lines).encode("utf-8"))
