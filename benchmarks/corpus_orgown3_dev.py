"""Development corpus for an organisation's own numbers and contacts (issue 12,
orgown3): the employer's 適用事業所番号 beside its staff's 被保険者番号, a company's
own account on its invoice beside a person's account on a payroll list or a
freelancer's bill, a company's main line and fax in a letterhead, a signature or a
wiki page beside people's phones in a roster; clean files that carry only an
organisation's numbers (a health newsletter, a catalogue, a supplier's bill, a
delivery schedule, minutes that name only posts, a list of sites). The rules are
tuned on this corpus only; benchmarks/corpus_orgown3_check.py (other habits, no
template or word list in common) checks them.

Truth: positives are labelled for the scored types only (`("*", type)`); an
organisation's own value is a look-alike `("~TYPE", value)`; clean files are
labelled for nothing.
"""

from __future__ import annotations

import random

import phonenumbers

from benchmarks.corpus import Doc, _docx, _e164
from benchmarks.corpus_people import canonical_name
from samples import writers as w

SCORED = ("PERSON", "PHONE", "BANK_ACCOUNT", "EMPLOYMENT_INSURANCE_NUMBER")
FAMILY_NAMES = ["宇野", "奥田", "笠井", "川島", "久保", "小山", "佐野", "柴田", "杉本", "高木", "土屋", "永井",
                "野村", "浜田", "平野", "星野", "松尾", "宮下", "森本", "山岸"]
FIRST_NAMES = ["彩花", "一輝", "和也", "香織", "健太", "聡子", "俊介", "真央", "直樹", "晴美", "浩二", "美穂",
               "裕太", "理沙", "亮介", "恵子"]
KANA_FAMILY = ["ウノ", "オクダ", "カサイ", "カワシマ", "クボ", "コヤマ", "サノ", "シバタ"]
KANA_GIVEN = ["アヤカ", "カズキ", "カズヤ", "カオリ", "ケンタ", "サトコ", "シュンスケ", "マオ"]
COMPANIES = [("株式会社あさひ精工", "カ）アサヒセイコウ"), ("みなと物流株式会社", "ミナトブツリユウ（カ"),
             ("有限会社つばさ工房", "ユ）ツバサコウボウ"), ("合同会社ミライラボ", "ド）ミライラボ")]
BANKS = ["三井住友銀行 渋谷支店", "りそな銀行 難波支店", "横浜銀行 関内支店", "北洋銀行 札幌中央支店"]
SITES = ["本社", "札幌営業所", "仙台支店", "名古屋工場", "福岡出張所"]
DESKS = ["人事部 人事課", "経理部", "ヘルプデスク（情報システム部）", "購買課", "品質保証室"]
POSTS = ["総務部長", "経理課長", "営業部長", "品質管理課長", "工場長", "人事係長"]


class OrgNumbers:
    """Valid numbers of every kind both corpora need (no word list here)."""

    def __init__(self, seed: int, salt: int) -> None:
        self.rng = random.Random(seed * 31 + salt)

    def pick(self, items):
        return self.rng.choice(items)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def landline(self) -> str:
        number = ""
        while not number or not phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
            number = f"0{self.rng.randint(3, 9)}{self.rng.randint(1, 9)}-{self.rng.randint(200, 999)}-{self.digits(4)}"
        return number

    def mobile(self) -> str:
        return f"{self.pick(['090', '080', '070'])}-{self.rng.randint(1000, 9999)}-{self.digits(4)}"

    def insurance(self) -> tuple[str, str]:
        """(written 1234-567890-1, canonical digits)."""
        d = self.digits(11)
        return f"{d[:4]}-{d[4:10]}-{d[10]}", d

    def account(self) -> str:
        return self.digits(7)

    def n(self, high: int = 30) -> int:
        return self.rng.randint(1, high)

    def postal(self) -> str:
        return f"{self.rng.randint(100, 999)}-{self.digits(4)}"


class DevOrgOwn(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 7)

    def person(self) -> tuple[str, str]:
        i, j = self.rng.randrange(len(FAMILY_NAMES)), self.rng.randrange(len(FIRST_NAMES))
        kana = f"{KANA_FAMILY[i % len(KANA_FAMILY)]} {KANA_GIVEN[j % len(KANA_GIVEN)]}"
        return f"{FAMILY_NAMES[i]} {FIRST_NAMES[j]}", kana

    # --- positives ---------------------------------------------------------------

    def ei_ledger_xlsx(self, i: int) -> Doc:
        firm, _ = self.pick(COMPANIES)
        own, own_key = self.insurance()
        rows = [["雇用保険 被保険者一覧"], ["事業所名", firm], ["適用事業所番号", own], [],
                ["No", "氏名", "被保険者番号", "資格取得日"]]
        truth = {("~EMPLOYMENT_INSURANCE_NUMBER", own_key)}
        for n in range(self.rng.randint(3, 6)):
            (who, _), (number, key) = self.person(), self.insurance()
            rows.append([n + 1, who, number, f"2025/{self.rng.randint(1, 12)}/1"])
            truth |= {("PERSON", canonical_name(who)), ("EMPLOYMENT_INSURANCE_NUMBER", key)}
        return Doc(f"oo_eiledger{i:03d}.xlsx", w.xlsx_bytes({"一覧": rows}), truth | _SCORED)

    def ei_form_txt(self, i: int) -> Doc:
        firm, _ = self.pick(COMPANIES)
        (own, own_key), (number, key), (who, _) = self.insurance(), self.insurance(), self.person()
        lines = ["雇用保険被保険者資格取得届（控）", f"事業所番号：{own}", f"事業主：{firm}　代表取締役",
                 "", f"被保険者氏名：{who}", f"被保険者番号：{number}", "取得年月日：令和8年4月1日"]
        truth = {("~EMPLOYMENT_INSURANCE_NUMBER", own_key), ("PERSON", canonical_name(who)),
                 ("EMPLOYMENT_INSURANCE_NUMBER", key)}
        return Doc(f"oo_eiform{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def payroll_csv(self, i: int) -> Doc:
        lines, truth = ["社員番号,氏名,銀行・支店,種目,口座番号,口座名義"], set()
        for n in range(self.rng.randint(3, 7)):
            (who, kana), account = self.person(), self.account()
            lines.append(f"{1000 + n},{who},{self.pick(BANKS)},普通,{account},{kana}")
            truth |= {("PERSON", canonical_name(who)), ("PERSON", canonical_name(kana)), ("BANK_ACCOUNT", account)}
        return Doc(f"oo_payroll{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def freelance_bill_docx(self, i: int) -> Doc:
        """A person's own bill to a company: the account is the person's."""
        firm, _ = self.pick(COMPANIES)
        (who, kana), account, tel = self.person(), self.account(), self.mobile()
        lines = ["請求書", f"{firm} 御中", "", "デザイン制作費として下記の通りご請求申し上げます。", "",
                 f"お振込先：{self.pick(BANKS)} 普通 {account}", f"口座名義：{kana}", "",
                 who, f"電話：{tel}"]
        truth = {("PERSON", canonical_name(who)), ("PERSON", canonical_name(kana)), ("BANK_ACCOUNT", account),
                 ("PHONE", _e164(tel))}
        return Doc(f"oo_freelance{i:03d}.docx", _docx(lines), truth | _SCORED)

    def roster_txt(self, i: int) -> Doc:
        """A department's phone roster under the company's own main line and fax."""
        firm, _ = self.pick(COMPANIES)
        main, fax = self.landline(), self.landline()
        lines = [f"{firm}　緊急連絡網", f"代表 {main}　FAX {fax}", "", "氏名        携帯電話"]
        truth = {("~PHONE", _e164(main)), ("~PHONE", _e164(fax))}
        for _ in range(self.rng.randint(3, 6)):
            (who, _), tel = self.person(), self.mobile()
            lines.append(f"{who:<10}  {tel}")
            truth |= {("PERSON", canonical_name(who)), ("PHONE", _e164(tel))}
        return Doc(f"oo_roster{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def wiki_md(self, i: int) -> Doc:
        """A wiki page: the sites' phones and faxes, then the people's."""
        lines, truth = ["# 総務ポータル", "", "## 拠点", ""], set()
        for site in self.rng.sample(SITES, 3):
            tel, fax = self.landline(), self.landline()
            lines += [f"- {site}：TEL {tel} / FAX {fax}"]
            truth |= {("~PHONE", _e164(tel)), ("~PHONE", _e164(fax))}
        lines += ["", "## 問い合わせ先", ""]
        for desk in self.rng.sample(DESKS, 2):
            tel = self.landline()
            lines.append(f"- {desk}：{tel}")
            truth.add(("~PHONE", _e164(tel)))
        lines += ["", "## 担当者", "", "| 氏名 | 電話 |", "|---|---|"]
        for _ in range(self.rng.randint(2, 4)):
            (who, _), tel = self.person(), self.mobile()
            lines.append(f"| {who} | {tel} |")
            truth |= {("PERSON", canonical_name(who)), ("PHONE", _e164(tel))}
        return Doc(f"oo_wiki{i:03d}.md", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def employer_note_txt(self, i: int) -> Doc:
        """The employer's number with 雇用保険 nearer it than 事業所, then its staff's."""
        firm, _ = self.pick(COMPANIES)
        own, own_key = self.insurance()
        lines = [self.pick([f"事業主 {firm}　雇用保険番号 {own}", f"適用事業所番号 {own}（雇用保険）",
                            f"事業所：{firm}（雇用保険 {own}）"]), ""]
        truth = {("~EMPLOYMENT_INSURANCE_NUMBER", own_key)}
        for _ in range(self.rng.randint(2, 4)):
            (who, _), (number, key), tel = self.person(), self.insurance(), self.landline()
            lines.append(f"被保険者 {who}　被保険者番号 {number}　TEL/FAX {tel}")
            truth |= {("PERSON", canonical_name(who)), ("EMPLOYMENT_INSURANCE_NUMBER", key), ("PHONE", _e164(tel))}
        return Doc(f"oo_employer{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.ei_ledger_xlsx, self.ei_form_txt, self.payroll_csv, self.freelance_bill_docx,
                 self.roster_txt, self.wiki_md, self.employer_note_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def company_bill_docx(self, i: int) -> Doc:
        firm, holder = self.pick(COMPANIES)
        lines = ["御請求書", "ご担当者様", "", "下記の通りご請求申し上げます。", "ご請求金額　¥132,000（税込）", "",
                 f"お振込先：{self.pick(BANKS)}　普通預金　{self.account()}", f"口座名義：{holder}", "",
                 firm, f"TEL {self.landline()}　FAX {self.landline()}"]
        return Doc(f"oo_clean_bill{i:03d}.docx", _docx(lines))

    def health_news_txt(self, i: int) -> Doc:
        lines = ["けんこう通信 第8号", "インフルエンザの予防接種を社内で行います。", "", "【お問い合わせ】",
                 "健康管理室（本社3階）", f"内線なし　{self.landline()}", "受付時間 9:00～17:00"]
        return Doc(f"oo_clean_health{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def sites_xlsx(self, i: int) -> Doc:
        rows = [["拠点一覧"], ["拠点名", "電話番号", "FAX番号"]]
        rows += [[site, self.landline(), self.landline()] for site in self.rng.sample(SITES, 4)]
        return Doc(f"oo_clean_sites{i:03d}.xlsx", w.xlsx_bytes({"拠点": rows}))

    def minutes_txt(self, i: int) -> Doc:
        posts = self.rng.sample(POSTS, 4)
        lines = ["定例会議 議事メモ", f"出席：{'、'.join(posts)}", "", f"1. 在庫の件（{posts[0]}より報告）",
                 f"   倉庫代表 {self.landline()} へ連絡済み。", f"2. 次回は{posts[1]}が議事を担当。"]
        return Doc(f"oo_clean_minutes{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def clinic_bill_txt(self, i: int) -> Doc:
        """The holder's line above the account, or 当社 before it."""
        lines = ["ご請求書（2026年11月分）", "", self.pick([
            f"口座名義 医療法人あさぎり会\n振込先 {self.pick(BANKS)} 普通 {self.account()}",
            f"当社指定口座：{self.pick(BANKS)} 当座 {self.account()}"]), "", "ご不明点は下記までご連絡ください。",
                 f"ご注文・お問い合わせは FAX {self.landline()} または TEL {self.landline()} まで"]
        return Doc(f"oo_clean_clinicbill{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def schedule_xlsx(self, i: int) -> Doc:
        """A delivery schedule: each partner's phone under the partner's own column."""
        rows = [["納期一覧"], ["発注No", "部品", "発注先", "納入日", "発注先電話", "取引先FAX"]]
        rows += [[f"H{self.digits(5)}", part, "東和精機", f"2027/02/{self.rng.randint(10, 28)}", self.landline(),
                  self.landline()] for part in ("ボルト M8", "軸受", "ギア")]
        return Doc(f"oo_clean_schedule{i:03d}.xlsx", w.xlsx_bytes({"納期": rows}))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.company_bill_docx, self.health_news_txt, self.sites_xlsx, self.minutes_txt, self.clinic_bill_txt,
                 self.schedule_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]


_SCORED = {("*", entity) for entity in SCORED}
