"""Check corpus for issue 12's contacts22 work: the classes of benchmarks/corpus_contacts22_dev.py
written by other offices — a repair desk's API export (client, siteAddress), an installer's XML
with the site before the client, a builder's contract printed with blank lines, a community
hall's sign-up mail with its 開催場所, a school's sheet with 基本情報 over long field names, a
volunteer registry with a column left out, a shop's phone diary, a job-centre note, a Korean
parent's mail — and an organisation's look-alikes. No template or word list in common with the
dev corpus; the rules were not tuned on it.

    .venv/bin/python benchmarks/quality_contacts22.py --corpus check
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _e164, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

_ALL = {("*", "ADDRESS"), ("*", "POSTAL_CODE"), ("*", "PHONE"), ("*", "EMAIL")}
NAMES = ["柚木 直哉", "真壁 しおり", "東條 琴音", "有馬 隼人", "千葉 こずえ"]
PLACES = [("福井県敦賀市", "木崎"), ("香川県丸亀市", "土器町東"), ("山形県酒田市", "若浜町"), ("鳥取県米子市", "西福原")]
UNPREFIXED = [("敦賀市", "桜町"), ("丸亀市", "城西町"), ("米子市", "錦町")]
MAILBOXES = ["parkjimin", "nguyen.vanan", "liu_yang88", "kang.hyejin", "sunxiaomei", "tranthihoa"]


def _tel(number: str) -> tuple[str, str]:
    return "PHONE", _e164(number)


class CheckContacts22(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 2223)

    def place(self) -> str:
        city, town = self.pick(PLACES)
        return f"{city}{town}{self.rng.randint(100, 3999)}番地{self.pick(['', ' グリーンヒル2号棟'])}"

    def api_json(self, i: int) -> Doc:
        truth, items = set(), []
        for who in self.rng.sample(NAMES, 2):
            address, phone = self.place(), self.mobile()
            items.append({"ticket": f"R{self.digits(6)}", "client": who, "siteAddress": address, "sitePhone": phone})
            truth |= {("ADDRESS", address_key(address)), _tel(phone)}
        return Doc(f"k22_repairs{i:03d}.json", json.dumps({"items": items}, ensure_ascii=False, indent=1).encode(),
                   truth | _ALL)

    def installer_xml(self, i: int) -> Doc:
        lines, truth = ["<?xml version='1.0' encoding='UTF-8'?>", "<installs>"], set()
        for who in self.rng.sample(NAMES, 3):
            address = self.place()
            lines += ["<install>", f"<作業場所>{address}</作業場所>", f"<ご依頼者>{who}</ご依頼者>", "<機種>エアコン</機種>",
                      "</install>"]
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"k22_installs{i:03d}.xml", "\n".join(lines + ["</installs>"]).encode(), truth | _ALL)

    def builder_contract_txt(self, i: int) -> Doc:
        postal, address, phone = self.postal(), self.place(), self.landline()
        lines = ["増築工事 契約内容確認書", "株式会社みなと工務店　〒914-0063 福井県敦賀市神楽町1-2-3", f"建築主　{self.pick(NAMES)}　様",
                 f"工事場所　〒{postal}　{address}", f"ご連絡先　{phone}", "工期　2026年6月1日〜7月31日"]
        truth = {("ADDRESS", address_key(address)), ("POSTAL_CODE", postal.replace("-", "")), _tel(phone)}
        return Doc(f"k22_builder{i:03d}.txt", "\n\n".join(lines).encode(), truth | _ALL)

    def hall_signup_eml(self, i: int) -> Doc:
        phone = self.landline()
        body = "\n".join(["港南地区センター ご担当者様", "料理教室に親子で参加します。", f"参加者：{self.pick(NAMES)}（保護者）",
                          f"参加日：6月{self.n(28)}日　開催場所：港南公民館", f"当日の連絡先：{phone}", "よろしくお願いします。"])
        data = w.make_eml("料理教室 参加申込", "<signup@example.org>", "center@konan.example.lg.jp", body)
        return Doc(f"k22_signup{i:03d}.eml", data, {_tel(phone)} | _ALL)

    def school_sheet_xlsx(self, i: int) -> Doc:
        rows, truth = [["生徒名簿（2026年度）"], ["基本情報", None, None, "住まい", None],
                       ["出席番号", "氏名（カナ）", "生年月日（西暦）", "現住所（番地まで）", "備考"]], set()
        for k in range(4):
            city, town = self.pick(UNPREFIXED)
            address = f"{city}{town}{self.n(9)}-{self.n(30)}"
            rows.append([str(k + 1), "ユノキ ナオヤ", f"2012/0{self.n(9)}/1{self.n(9)}", address, ""])
            truth.add(("ADDRESS", address_key(address)))
        return Doc(f"k22_school{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | {("*", "ADDRESS")})

    def volunteer_registry_xlsx(self, i: int) -> Doc:
        rows, truth = [["登録ID", "名前", "資格", "連絡メール", "謝礼振込"]], set()
        for k, box in enumerate(self.rng.sample(MAILBOXES, 4)):
            address = f"{box}@mail.example.jp"
            rows.append([f"V{k:02d}", f"登録者{k}", None if k % 2 else "介護福祉士", address,
                         f"丸亀信金 城西支店 普通 {self.account()}"])
            truth.add(("EMAIL", address))
        return Doc(f"k22_volunteers{i:03d}.xlsx", w.xlsx_bytes({"登録": rows}), truth | {("*", "EMAIL")})

    def phone_diary_txt(self, i: int) -> Doc:
        phone = self.landline().replace("-", "")
        text = f"電話メモ\n10:20 {self.pick(NAMES)}さん {phone} 取り置きの件、夕方に来店予定\n"
        return Doc(f"k22_diary{i:03d}.txt", text.encode(), {_tel(phone)} | _ALL)

    def job_note_txt(self, i: int) -> Doc:
        phone = self.landline()
        text = f"面談メモ\n{self.pick(NAMES)}様。派遣先の契約が切れると話していた。連絡は{phone}へ。\n"
        return Doc(f"k22_jobnote{i:03d}.txt", text.encode(), {_tel(phone)} | _ALL)

    def parent_mail_eml(self, i: int) -> Doc:
        box = f"{self.pick(MAILBOXES)}@example.net"
        data = w.make_eml("欠席連絡", box, "teacher@school.example.jp", "担任の先生\n本日は発熱のため欠席します。\n")
        return Doc(f"k22_parent{i:03d}.eml", data, {("EMAIL", box)} | {("*", "EMAIL")})

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.api_json, self.installer_xml, self.builder_contract_txt, self.hall_signup_eml, self.school_sheet_xlsx,
                 self.volunteer_registry_xlsx, self.phone_diary_txt, self.job_note_txt, self.parent_mail_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def crew_sheet_txt(self, i: int) -> Doc:
        address = self.place()
        text = f"作業予定表\n作業員 {self.pick(NAMES)}\n作業場所 {address}\n作業場所電話 {self.landline()}\n"
        return Doc(f"k22_crew{i:03d}.txt", text.encode(), {("~ADDRESS", address_key(address))} | _ALL)

    def event_flyer_txt(self, i: int) -> Doc:
        text = f"夏まつり\n日程：8月{self.n(28)}日　開催場所：港南公民館\nお問合せ：{self.landline()}\n"
        return Doc(f"k22_clean_flyer{i:03d}.txt", text.encode())

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.crew_sheet_txt, self.event_flyer_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
