"""Document kinds of issue 12 where a column header or a field label is the only
context: payroll-transfer (給与振込) lists, 口座 forms and mails, CSV attachments of
social-insurance numbers in a mail; 身上書 / 扶養控除 tables of family members and
面談記録 full of dates that are not births (benchmarks/corpus_family.py). Written apart
from benchmarks/corpus.py (other wording, other shapes) so that its first run measures
the detectors on kinds they were not tuned on. Exports of host systems and address
lists: benchmarks/corpus_exports.py.

Every document comes with its full truth; the hard negatives beside the values
(社員番号, 支店コード, 振込金額, 扶養開始日, 資格取得日, 事業所番号) are not in it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from benchmarks.corpus import COMPANY, Doc, _docx, name_truth
from benchmarks.corpus_family import FamilyKinds
from benchmarks.corpus_people import canonical_name, wareki
from samples import writers as w

BANKS = [("みずほ銀行", "0001"), ("三菱UFJ銀行", "0005"), ("三井住友銀行", "0009"), ("りそな銀行", "0010"),
         ("横浜銀行", "0138"), ("楽天銀行", "0036"), ("城南信用金庫", "1344"), ("ゆうちょ銀行", "9900"),
         ("静岡銀行", "0149"), ("東京都民銀行", "0137")]
BRANCHES = [("本店", "100"), ("新宿", "220"), ("渋谷", "135"), ("梅田", "511"), ("札幌", "801"), ("横浜駅前", "303"),
            ("第一営業部", "001"), ("〇一八", "018"), ("錦糸町", "264"), ("博多", "712")]
_HALF = {}


def half_width(text: str) -> str:
    """Katakana as a host system or a bank file writes it (ﾔﾏﾀﾞ ﾀﾛｳ)."""
    import unicodedata

    if not _HALF:
        for code in range(0xFF61, 0xFFA0):
            half = chr(code)
            full = unicodedata.normalize("NFKC", half)
            _HALF.setdefault(full, half)
            for mark, half_mark in (("\u3099", "ﾞ"), ("\u309a", "ﾟ")):
                voiced = unicodedata.normalize("NFC", full + mark)
                if len(voiced) == 1:
                    _HALF.setdefault(voiced, half + half_mark)
        _HALF["・"] = "･"
    return "".join(_HALF.get(ch, ch) for ch in text.replace("　", " "))


def csv_bytes(rows: list[list[str]], encoding: str) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


@dataclass(frozen=True)
class Account:
    bank: str
    bank_code: str
    branch: str
    branch_code: str
    kind: str
    number: str  # 7 digits (全銀); ゆうちょ 記号/番号 in yucho
    yucho: tuple[str, str] | None = None


class TableKinds(FamilyKinds):
    """The generator of these kinds over a benchmarks.corpus.Corpus (its people and
    its random choices)."""

    def __init__(self, corpus) -> None:
        self.c = corpus
        self.rng = corpus.rng

    def digits(self, n: int, first: str = "0123456789") -> str:
        return self.rng.choice(first) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def account(self) -> Account:
        (bank, code), (branch, branch_code) = self.c.pick(BANKS), self.c.pick(BRANCHES)
        kind = self.c.pick(["普通"] * 5 + ["当座"])
        if bank == "ゆうちょ銀行" and self.c.chance(0.5):
            return Account(bank, code, "", "", "通常", "", ("1" + self.digits(4), self.digits(7, "123456789") + "1"))
        return Account(bank, code, branch, branch_code, kind, self.digits(7, "0123456789" + "123456789" * 2))

    def employee_number(self) -> str:
        return self.c.pick([self.digits(6, "123456789"), self.digits(7, "12"), f"S{self.digits(5)}"])

    # --- 給与振込 --------------------------------------------------------------

    def payroll(self, english: bool) -> tuple[list[list], set]:
        """One row a person: the account in its own column, the bank and branch in others."""
        heads = (["Employee ID", "Name", "Bank", "Branch", "Type", "Account No.", "Amount"] if english else
                 [self.c.pick(["社員番号", "社員No", "従業員コード"]), self.c.pick(["氏名", "社員氏名"]),
                  self.c.pick(["銀行名", "金融機関", "金融機関名"]), "支店名",
                  self.c.pick(["種別", "預金種目", "口座種別"]),
                  self.c.pick(["口座番号", "口座No", "口座No.", "口座#", "口座番号(7桁)"]),
                  self.c.pick(["振込金額", "差引支給額", "支給額"])])
        extra = self.c.chance(0.6) and not english
        if extra:  # the bank file's own columns: codes and the holder in kana
            heads[2:2] = ["銀行コード"]
            heads[4:4] = ["支店コード"]
            heads.append("口座名義(カナ)")
        rows, truth = [heads], set()
        for _ in range(self.rng.randint(12, 40)):
            p, a = self.c.person(), self.account()
            number = a.yucho[1] if a.yucho else a.number
            branch = (a.branch if a.branch in ("本店", "第一営業部") else f"{a.branch}支店") if a.branch else "〇一八"
            amount = self.rng.randint(180, 1450) * 1000 + self.rng.randint(0, 999)
            kind = self.c.pick([a.kind, {"普通": "1", "当座": "2"}.get(a.kind, "1")]) if not english else \
                {"普通": "Ordinary", "当座": "Current"}.get(a.kind, "Ordinary")
            row = [self.employee_number(), p.name, a.bank, branch, kind, number,
                   self.c.pick([f"{amount:,}", str(amount)])]
            if extra:
                row[2:2] = [a.bank_code]
                row[4:4] = [a.branch_code or "018"]
                row.append(half_width(p.kana))
            rows.append(row)
            truth |= name_truth(p, kana=extra) | {("BANK_ACCOUNT", number)}
        return rows, truth

    def payroll_csv(self, i: int) -> Doc:
        rows, truth = self.payroll(english=False)
        title = [[f"{self.c.pick(['2026年10月分', '令和8年11月'])} 給与振込一覧", "", f"振込日 2026/10/{self.rng.randint(20, 25)}"]]
        data = csv_bytes((title if self.c.chance(0.5) else []) + rows, self.c.pick(["cp932", "utf-8-sig"]))
        return Doc(f"furikomi{i:03d}.csv", data, truth)

    def payroll_xlsx(self, i: int) -> Doc:
        rows, truth = self.payroll(english=self.c.chance(0.35))
        # Excel keeps numbers as numbers: a leading 0 of an account is lost (0012345 shows 12345)
        numeric = [rows[0]] + [[int(c) if c.isdigit() and self.c.chance(0.7) else c for c in row] for row in rows[1:]]
        return Doc(f"payroll{i:03d}.xlsx", w.xlsx_bytes({"振込データ": [["給与振込依頼明細"], []] + numeric}), truth)

    def account_form(self, i: int) -> Doc:
        """給与振込口座届 as a docx key/value table."""
        p, a = self.c.person(), self.account()
        rows = [["氏名", p.name], ["フリガナ", p.kana], ["所属", self.c.pick(["営業部", "総務部", "開発本部"])],
                ["社員番号", self.employee_number()], ["金融機関名", a.bank]]
        if a.yucho:
            rows += [["記号", a.yucho[0]], ["番号", a.yucho[1]]]
            value = a.yucho[1]
        else:
            label = self.c.pick(["口座番号", "口座No", "口座番号（右詰め）"])
            number = a.number if self.c.chance(0.7) else a.number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
            rows += [["支店名", a.branch if a.branch in ("本店", "第一営業部") else f"{a.branch}支店"], ["預金種目", f"{a.kind}預金"], [label, number]]
            value = a.number
        rows += [["口座名義（カナ）", half_width(p.kana)], ["届出日", wareki(date(2026, 9, self.rng.randint(1, 28)), "era")]]
        truth = name_truth(p, kana=True) | {("BANK_ACCOUNT", value)}
        return Doc(f"kouzatodoke{i:03d}.docx", _docx(["給与振込口座届", "下記口座への振込を依頼します。"], rows), truth)

    def account_mail(self, i: int) -> Doc:
        p, a = self.c.person(), self.account()
        if a.yucho:
            lines = ["金融機関：ゆうちょ銀行", f"記号：{a.yucho[0]}　番号：{a.yucho[1]}"]
            value = f"{a.yucho[0]}-{a.yucho[1]}" if self.c.chance(0.5) else a.yucho[1]
            if "-" in value:
                lines = ["振込先：ゆうちょ銀行", f"記号番号 {value}"]
        else:
            lines = [f"銀行名：{a.bank}　{a.branch}支店", f"口座種別：{a.kind}",
                     self.c.pick([f"口座No：{a.number}", f"口座番号　{a.number}", f"Account No. {a.number}"])]
            value = a.number
        body = ["総務部　ご担当者様", "", "お疲れさまです。" + f"{p.surname}です。",
                "給与の振込口座を変更したいので、下記のとおりご登録をお願いします。", ""] + lines + \
               [f"名義：{p.kana}", "", "よろしくお願いいたします。", p.name]
        truth = name_truth(p, kana=True) | {("PERSON", canonical_name(p.surname)), ("BANK_ACCOUNT", value)}
        data = w.make_eml("振込口座変更のお願い", "soumu@sample-shoji.example.co.jp", "jinji@sample-shoji.example.co.jp",
                          "\n".join(body))
        return Doc(f"kouzamail{i:03d}.eml", data, truth)

    # --- CSV attachments of social-insurance numbers --------------------------------

    def insured_rows(self) -> tuple[list[list[str]], set]:
        office = f"{self.digits(4)}-{self.digits(6)}-{self.digits(1)}"  # the employer's: same on every row
        heads = [self.c.pick(["社員番号", "従業員番号"]), "氏名", self.c.pick(["生年月日", "生年月日(YYYYMMDD)"]),
                 self.c.pick(["基礎年金番号", "年金番号", "基礎年金No", "Pension No."]),
                 self.c.pick(["雇用保険被保険者番号", "雇用保険番号", "雇保番号", "EI No."]),
                 self.c.pick(["健康保険証 記号・番号", "健保記号番号", "被保険者証記号番号"]),
                 "資格取得日", "標準報酬月額", "適用事業所番号"]
        rows, truth = [heads], set()
        for _ in range(self.rng.randint(3, 15)):
            p = self.c.person()
            pension, insurance = self.digits(10), self.digits(11)
            card = f"{self.digits(8)}{self.c.pick(['・', '-', ' '])}{self.rng.randint(1, 999)}"
            born = self.c.pick([p.birth.strftime("%Y%m%d"), p.birth.isoformat(), wareki(p.birth, "letter")])
            rows.append([self.employee_number(), p.name, born,
                         self.c.pick([pension, f"{pension[:4]}-{pension[4:]}"]),
                         self.c.pick([insurance, f"{insurance[:4]}-{insurance[4:10]}-{insurance[10]}"]),
                         card, "20261001", str(self.rng.randint(18, 62) * 10000), office])
            truth |= name_truth(p) | {("DATE_OF_BIRTH", p.birth.isoformat()), ("BASIC_PENSION_NUMBER", pension),
                                      ("EMPLOYMENT_INSURANCE_NUMBER", insurance),
                                      ("HEALTH_INSURANCE_NUMBER", "".join(ch for ch in card if ch.isdigit()))}
        return rows, truth

    def insurance_mail(self, i: int) -> Doc:
        rows, truth = self.insured_rows()
        staff = self.c.person()
        body = ["サンプル社会保険労務士事務所　御中", "", "いつもお世話になっております。",
                "10月1日付の入社者について、資格取得届の作成をお願いいたします。対象者の一覧を添付します。", "",
                f"{COMPANY[0]} 人事部　{staff.name}", f"TEL {COMPANY[3]}（代表）"]
        attachment = csv_bytes(rows, self.c.pick(["cp932", "utf-8-sig"]))
        data = w.make_eml("資格取得届の作成依頼", "jinji@sample-shoji.example.co.jp", "office@sr-sample.example.jp",
                          "\n".join(body), attachments=[(self.c.pick(["取得者一覧.csv", "shutoku.csv"]), attachment)])
        return Doc(f"shutoku{i:03d}.eml", data, truth | name_truth(staff))

    # --- hard negatives: codes, amounts and dates beside bank and insurance words --------

    def bank_codes_csv(self, i: int) -> Doc:
        """A bank and branch code table (全銀協 style) and a transfer file's header
        record: codes, a company's 委託者コード and its own account."""
        rows = [["銀行コード", "銀行名", "支店コード", "支店名", "所在地", "電話番号"]]
        for (bank, code), (branch, branch_code) in zip(BANKS, BRANCHES):
            rows.append([code, bank, branch_code, f"{branch}支店", f"東京都中央区日本橋{self.rng.randint(1, 3)}-{self.rng.randint(1, 9)}-1",
                         f"03-{self.rng.randint(3000, 6999)}-{self.rng.randint(1000, 9999)}"])
        rows += [[], ["委託者コード", self.digits(10), "委託者名", "ｶ)ｻﾝﾌﾟﾙｼｮｳｼﾞ"],
                 ["振込指定日", "1025", "仕向銀行", "0001", "仕向支店", "100", "預金種目", "1",
                  "口座番号", self.digits(7, "123456789") + "　（当社口座）"]]
        return Doc(f"bankcodes{i:03d}.csv", csv_bytes(rows, "cp932"))

    def schedule_docx(self, i: int) -> Doc:
        """Dates of an HR calendar: interviews, returns, submissions; no one's birth."""
        rows = [["項目", "日付", "担当部署"], ["面談日", "2026年10月2日", "人事部"], ["次回面談", "令和8年11月6日", "人事部"],
                ["復職予定日", "2026/11/16", "総務部"], ["入社日", "R8.4.1", "人事部"], ["提出日", "2026-10-30", "経理部"],
                ["扶養控除申告書 提出期限", "2026年11月30日", "経理部"], ["年末調整 還付日", "2026/12/25", "経理部"],
                ["社員番号 付番開始", "2026/04/01", "情報システム部"]]
        return Doc(f"hrcalendar{i:03d}.docx", _docx(["人事労務カレンダー（2026年度下期）"], rows))

    def premium_table_csv(self, i: int) -> Doc:
        """A premium table: 標準報酬月額 grades and amounts; the employer's office numbers."""
        rows = [["等級", "標準報酬月額", "報酬月額(以上)", "報酬月額(未満)", "健康保険料", "厚生年金保険料"]]
        for grade in range(1, 25):
            monthly = 58000 + grade * 20000
            rows.append([str(grade), str(monthly), str(monthly - 10000), str(monthly + 10000),
                         f"{monthly * 0.05:.1f}", f"{monthly * 0.0915:.1f}"])
        rows += [["雇用保険適用事業所番号", f"{self.digits(4)}-{self.digits(6)}-{self.digits(1)}"],
                 ["事業所整理記号", "01-イロハ"], ["事業所番号", self.digits(5)]]
        return Doc(f"hokenryo{i:03d}.csv", csv_bytes(rows, "cp932"))


def positives(corpus, count: int) -> list[Doc]:
    kinds = TableKinds(corpus)
    makers = [kinds.payroll_csv, kinds.payroll_xlsx, kinds.account_form, kinds.account_mail, kinds.family_docx,
              kinds.dependants_xlsx, kinds.interview_docx, kinds.interview_txt, kinds.insurance_mail]
    return [makers[i % len(makers)](i) for i in range(count)]


def negatives(corpus, count: int) -> list[Doc]:
    kinds = TableKinds(corpus)
    makers = [kinds.bank_codes_csv, kinds.schedule_docx, kinds.premium_table_csv]
    return [makers[i % len(makers)](i) for i in range(count)]

