"""Check corpus for issue 12's contacts13 work, written apart from
benchmarks/corpus_contacts13_dev.py (no town, name, firm, facility or kind of document in
common): a school volunteers' office and a visiting nurse station — a headerless TSV of
duties (volunteer, mobile, the host's landline), an HTML list of visits whose 行き先 cell
names a pharmacy or a hall before its address, a YAML record whose one line gives the
person's mobile then a room's extension line, a mail from a school whose mailbox is named
after its own domain beside a parent's own mailbox told in the body, a CSV with 勤め先 and
搬送先 columns. Clean files: a school's notice in RTF with its footer. Never tuned on.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.ids5_formats import rtf_bytes
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
WARDS = [("北海道", "旭川市", "末広東"), ("長野県", "松本市", "蟻ケ崎"), ("熊本県", "八代市", "松江城町"),
         ("新潟県", "長岡市", "東坂之上町"), ("三重県", "津市", "栄町")]
HELPERS = ["斎藤 湊", "山崎 結菜", "森田 悠真", "阿部 凛", "池田 陽向"]
HALLS = ["いずみ小児科", "ひばり薬局", "中央公民館", "市民体育館", "西部地域包括支援センター"]
SCHOOLS = [("学校法人あけぼの学園", "akebono-gakuen", "ed.jp"), ("社会福祉法人ゆずりは会", "yuzuriha", "or.jp"),
           ("医療法人すずらん", "suzuran-iryo", "or.jp")]
ROOMS = ["保健室", "職員室", "訪問看護課"]


class CheckContacts13(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 132)

    def place(self) -> str:
        pref, city, town = self.pick(WARDS)
        return f"{pref}{city}{town}{self.n(9)}丁目{self.n(30)}番地"

    @staticmethod
    def truth(mine=(), my_phones=(), my_mails=(), theirs=(), their_phones=(), their_mails=()) -> set:
        return ({("ADDRESS", address_key(a)) for a in mine} | {("PHONE", _e164(p)) for p in my_phones}
                | {("EMAIL", m.lower()) for m in my_mails} | {("~ADDRESS", address_key(a)) for a in theirs}
                | {("~PHONE", _e164(p)) for p in their_phones} | {("~EMAIL", m.lower()) for m in their_mails}
                | _SCORED)

    def duties_tsv(self, i: int) -> Doc:
        lines, seen = [], self.truth()
        for n, who in enumerate(self.rng.sample(HELPERS, 4)):
            mobile, host = self.mobile().replace("-", ""), self.landline()
            lines.append(f"V{i:02d}{n:02d}\t{who}\t{mobile}\t{host}\t{self.pick(['見守り', '読み聞かせ'])}")
            seen |= self.truth(my_phones=[mobile], their_phones=[host])
        return Doc(f"c13c_duties{i:03d}.tsv", "\n".join(lines).encode("utf-8"), seen)

    def visits_html(self, i: int) -> Doc:
        rows, seen = ["<tr><th>氏名</th><th>住所</th><th>行き先</th></tr>"], self.truth()
        for who in self.rng.sample(HELPERS, 3):
            home, there = self.place(), self.place()
            rows.append(f"<tr><td>{who}</td><td>{home}</td><td>{self.pick(HALLS)}（{there}）</td></tr>")
            seen |= self.truth([home], theirs=[there])
        html = f"<html><body><h1>訪問予定</h1><table>{''.join(rows)}</table></body></html>"
        return Doc(f"c13c_visits{i:03d}.html", html.encode("utf-8"), seen)

    def record_yaml(self, i: int) -> Doc:
        who, mobile, room = self.pick(HELPERS), self.mobile(), self.landline()
        lines = ["記録:", f"  本人: {who}", "  内容: 面談", f"  連絡: {mobile}　{self.pick(ROOMS)}（{room}）"]
        return Doc(f"c13c_record{i:03d}.yaml", "\n".join(lines).encode("utf-8"),
                   self.truth(my_phones=[mobile], their_phones=[room]))

    def letter_eml(self, i: int) -> Doc:
        body_name, slug, suffix = self.pick(SCHOOLS)
        theirs = f"{slug}@{slug}.{suffix}"
        mine = f"{self.pick(['minato', 'yuna', 'yuma', 'rin'])}{self.digits(2)}@free-mail.example.com"
        body = (f"保護者の皆様\n\n面談日程のご案内です。\n\n{body_name}\n事務室\n")
        reply = f"> 返信先は私のアドレス {mine} にお願いします。\n"
        data = w.make_eml("面談のご案内", theirs, mine, body + reply)
        return Doc(f"c13c_letter{i:03d}.eml", data, self.truth(my_mails=[mine], their_mails=[theirs]))

    def workplaces_csv(self, i: int) -> Doc:
        lines, seen = ["氏名,現住所,携帯電話,勤め先,勤め先TEL,搬送先住所"], self.truth()
        for who in self.rng.sample(HELPERS, 3):
            home, mobile, tel, hospital = self.place(), self.mobile(), self.landline(), self.place()
            lines.append(f"{who},{home},{mobile},{self.pick(SCHOOLS)[0]},{tel},{hospital}")
            seen |= self.truth([home], [mobile], theirs=[hospital], their_phones=[tel])
        return Doc(f"c13c_workplaces{i:03d}.csv", "\n".join(lines).encode("utf-8"), seen)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.duties_tsv, self.visits_html, self.record_yaml, self.letter_eml, self.workplaces_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def notice_rtf(self, i: int) -> Doc:
        body_name, slug, suffix = self.pick(SCHOOLS)
        place, tel, mailbox = self.place(), self.landline(), f"{slug}@{slug}.{suffix}"
        lines = ["行事のお知らせ", "運動会は雨天順延です。", f"{body_name}　{place}　電話 {tel}　{mailbox}"]
        return Doc(f"c13c_notice{i:03d}.rtf", rtf_bytes(lines),
                   self.truth(theirs=[place], their_phones=[tel], their_mails=[mailbox]))

    def negatives(self, count: int) -> list[Doc]:
        return [self.notice_rtf(i) for i in range(count)]
