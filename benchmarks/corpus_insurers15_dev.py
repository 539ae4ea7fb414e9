"""Development corpus for issue 12's contacts15 work: an insurer's own 保険者番号 and contacts
beside a person's card numbers, as an employer's 総務 office files them with its 健保組合.

A matrix of formats (csv, xlsx, docx, pdf, html, json, eml with a signature, txt) × whose
record holds the 保険者番号: the insurer's own (a list of insurers, a notice's sender block,
a form's 提出先, a mail's signature from the 健保組合) or a person's (a roster of staff
with their card's 記号・番号, a card's copy, a form under the insured's name). An insurer's
number and its desk's phone are look-alikes (`("~TYPE", value)`); a person's 記号・番号,
their insurer's number in their row and their own phone are scored. The rules are tuned
on this corpus only; benchmarks/corpus_insurers15_check.py (another writer, no template or
word list in common) checks them.
"""

from __future__ import annotations

import json
import random

from stdnum import luhn

from benchmarks.corpus import Doc, _docx, _e164, _pdf
from samples import writers as w

SCORED = ("HEALTH_INSURANCE_NUMBER", "PHONE")
_SCORED = {("*", e) for e in SCORED}
STAFF = ["岩崎 智也", "森田 早苗", "川村 悠斗", "石原 真由美", "小島 大輔", "平田 沙織"]
INSURERS = ["みどり建設健康保険組合", "東和電機健康保険組合", "全国健康保険協会 静岡支部", "関東機械工業健康保険組合",
            "全国建設工事業国民健康保険組合", "協会けんぽ 宮城支部"]
DESKS = ["適用課", "給付課", "業務グループ", "保健事業課"]


class DevInsurers15:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 131 + 15)

    def pick(self, items):
        return self.rng.choice(items)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def insurer(self) -> str:
        """法別番号 (06 組合, 01 協会, 31–34 共済) + prefecture + insurer + Luhn check."""
        body = self.pick(["06", "01", "31", "63"]) + f"{self.rng.randint(1, 47):02d}" + self.digits(3)
        return body + luhn.calc_check_digit(body)

    def office_phone(self) -> str:
        return self.pick([f"03-{self.digits(4)}-{self.digits(4)}", f"0{self.rng.randint(11, 99)}-{self.digits(3)}-{self.digits(4)}"])

    def mobile(self) -> str:
        return f"0{self.pick('987')}0-{self.digits(4)}-{self.digits(4)}"

    # --- the insurer's own records -----------------------------------------------------

    def insurer_list_csv(self, i: int) -> Doc:
        lines, truth = ["保険者名,保険者番号,所在地,電話番号"], set()
        for name in self.rng.sample(INSURERS, 3):
            number, phone = self.insurer(), self.office_phone()
            lines.append(f"{name},{number},東京都千代田区内神田{self.rng.randint(1, 3)}-{self.rng.randint(1, 9)}-1,{phone}")
            truth |= {("~HEALTH_INSURANCE_NUMBER", number), ("~PHONE", _e164(phone))}
        return Doc(f"i15_insurers{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def insurer_list_xlsx(self, i: int) -> Doc:
        rows, truth = [["加入健保一覧（グループ会社）"], ["会社", "健保組合名", "保険者番号", "担当窓口"]], set()
        for k, name in enumerate(self.rng.sample(INSURERS, 3)):
            number, phone = self.insurer(), self.office_phone()
            rows.append([f"グループ会社{k + 1}", name, number, phone])
            truth |= {("~HEALTH_INSURANCE_NUMBER", number), ("~PHONE", _e164(phone))}
        return Doc(f"i15_group{i:03d}.xlsx", w.xlsx_bytes({"健保": rows}), truth | _SCORED)

    def notice_pdf(self, i: int) -> Doc:
        number, phone, name = self.insurer(), self.office_phone(), self.pick(INSURERS)
        lines = ["令和8年3月2日", "事業主 様", "", name, f"保険者番号 {number}", f"{self.pick(DESKS)}　電話 {phone}", "",
                 "保険料率の変更について", "令和8年4月分より保険料率を変更いたします。"]
        return Doc(f"i15_notice{i:03d}.pdf", _pdf(lines),
                   {("~HEALTH_INSURANCE_NUMBER", number), ("~PHONE", _e164(phone))} | _SCORED)

    def submit_docx(self, i: int) -> Doc:
        number, k = self.insurer(), self.rng.randrange(len(STAFF))
        symbol, insured = self.digits(4), str(self.rng.randint(1, 300))
        lines = ["被扶養者（異動）届", f"被保険者氏名 {STAFF[k]}", f"被保険者証 記号 {symbol} 番号 {insured}", "",
                 "提出先", f"保険者名称 {self.pick(INSURERS)}", f"保険者番号 {number}"]
        truth = {("HEALTH_INSURANCE_NUMBER", symbol), ("HEALTH_INSURANCE_NUMBER", insured),
                 ("~HEALTH_INSURANCE_NUMBER", number)}
        return Doc(f"i15_submit{i:03d}.docx", _docx(lines), truth | _SCORED)

    def insurers_json(self, i: int) -> Doc:
        items, truth = [], set()
        for name in self.rng.sample(INSURERS, 2):
            number = self.insurer()
            items.append({"insurer_name": name, "insurer_no": number})
            truth.add(("~HEALTH_INSURANCE_NUMBER", number))
        data = json.dumps({"insurers": items}, ensure_ascii=False, indent=2).encode()
        return Doc(f"i15_master{i:03d}.json", data, truth | _SCORED)

    def signature_eml(self, i: int) -> Doc:
        number, phone, name = self.insurer(), self.office_phone(), self.pick(INSURERS)
        body = ("総務ご担当者様\n\n任意継続の手続き書類をお送りします。\nご不明な点はお問い合わせください。\n\n"
                f"――――――――――\n{name}\n{self.pick(DESKS)}\n保険者番号：{number}\nTEL：{phone}\n――――――――――\n")
        data = w.make_eml("任意継続のご案内", f"{name} <info@kenpo.example.jp>", "soumu@midori.example.jp", body)
        return Doc(f"i15_mail{i:03d}.eml", data, {("~HEALTH_INSURANCE_NUMBER", number), ("~PHONE", _e164(phone))} | _SCORED)

    # --- a person's records ------------------------------------------------------------

    def roster_xlsx(self, i: int) -> Doc:
        rows, truth, number = [["氏名", "保険者番号", "記号", "番号", "携帯電話"]], set(), self.insurer()
        for k in self.rng.sample(range(len(STAFF)), 3):
            symbol, insured, phone = self.digits(4), str(self.rng.randint(1, 300)), self.mobile()
            rows.append([STAFF[k], number, symbol, insured, phone])
            truth |= {("HEALTH_INSURANCE_NUMBER", number), ("HEALTH_INSURANCE_NUMBER", symbol),
                      ("HEALTH_INSURANCE_NUMBER", insured), ("PHONE", _e164(phone))}
        return Doc(f"i15_roster{i:03d}.xlsx", w.xlsx_bytes({"社員": rows}), truth | _SCORED)

    def card_copy_txt(self, i: int) -> Doc:
        number, k, symbol, insured = self.insurer(), self.rng.randrange(len(STAFF)), self.digits(5), str(self.rng.randint(1, 99))
        lines = ["健康保険被保険者証（写し）", f"記号 {symbol}　番号 {insured}", f"氏名 {STAFF[k]}", "交付年月日 令和7年4月1日",
                 f"保険者番号 {number}", f"保険者名称 {self.pick(INSURERS)}"]
        truth = {("HEALTH_INSURANCE_NUMBER", number), ("HEALTH_INSURANCE_NUMBER", symbol), ("HEALTH_INSURANCE_NUMBER", insured)}
        return Doc(f"i15_card{i:03d}.txt", "\n".join(lines).encode(), truth | _SCORED)

    def dependants_html(self, i: int) -> Doc:
        number, k, phone = self.insurer(), self.rng.randrange(len(STAFF)), self.mobile()
        html = (f"<html><body><h1>扶養家族届</h1><p>申請者：{STAFF[k]}　連絡先 {phone}</p><table>"
                f"<tr><th>加入保険</th><th>保険者番号</th></tr><tr><td>{self.pick(INSURERS)}</td><td>{number}</td></tr>"
                "</table></body></html>")
        return Doc(f"i15_dependants{i:03d}.html", html.encode(),
                   {("HEALTH_INSURANCE_NUMBER", number), ("PHONE", _e164(phone))} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.insurer_list_csv, self.roster_xlsx, self.notice_pdf, self.card_copy_txt, self.submit_docx,
                 self.insurer_list_xlsx, self.dependants_html, self.insurers_json, self.signature_eml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """A 健保組合's own page of where to call: no person's data."""
        docs = []
        for i in range(count):
            lines = ["お問い合わせ窓口", self.pick(INSURERS), f"代表 {self.office_phone()}", "受付時間 平日9時〜17時"]
            docs.append(Doc(f"i15_clean{i:03d}.txt", "\n".join(lines).encode()))
        return docs
