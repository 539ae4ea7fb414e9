"""Development corpus of issue 12's bank26 work (bank accounts in the shapes no corpus
writer had used): the rules are corrected on it. An accounts-payable desk's habits: a
支払先マスタ and what it sends to the bank. No template, label, name or word list in
common with corpus_bank26_check.py (a care home's 利用料 口座振替 papers,
tests/benchmarks/test_bank26_corpora.py).

Accounts in: a 全銀 transfer file (fixed-width 120-character records: header, data,
trailer, end; bank 4, branch 3, 種目 1, number 7, kana holder), a payee master CSV in
five columns (bank code, branch code, 種目 code, number, holder), 銀行-支店-口座 codes
joined by dashes (0005-123-1234567), a letter's sentence (〇〇銀行△△支店の普通預金口座
1234567), JA / 信用金庫 / 労働金庫 accounts, a ゆうちょ account by its 店名 and 店番
(〇一八店), the holder's line before the number. Look-alikes (`~`): the payer's own
account in the 全銀 header and in a circular's 振込先, masked numbers (****567), 伝票番号
and 取引先コード of seven digits beside bank words.
"""

from __future__ import annotations

import json
import random
import tempfile
import unicodedata
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

PAYEES = [("ナカヤマ ケンジ", "中山 健二"), ("オオノ ユミ", "大野 由美"), ("イシイ タツヤ", "石井 達也"),
          ("モリタ アヤカ", "森田 彩花"), ("クボ シンイチ", "久保 真一"), ("ヒラノ マユ", "平野 真由")]
# (全銀 code, name, its name in half-width-free kana as a 全銀 record writes it)
LENDERS = [("0005", "三菱UFJ銀行", "ミツビシユ-エフジエイ"), ("0010", "りそな銀行", "リソナ"),
           ("1310", "朝日信用金庫", "アサヒシンキン"), ("2950", "中央労働金庫", "チユウオウロウキン"),
           ("9900", "ゆうちょ銀行", "ユウチヨ"), ("3008", "JA東京みらい", "ジエイエ-トウキヨウミライ")]
OFFICES = [("123", "上野支店", "ウエノ"), ("045", "錦糸町支店", "キンシチヨウ"), ("218", "本店", "ホンテン"),
           ("301", "北口支店", "キタグチ")]
YUCHO_OFFICES = [("018", "〇一八"), ("408", "四〇八"), ("739", "七三九")]
ONLY = {("*", "BANK_ACCOUNT")}
# full-width kana to the half-width a 全銀 record is written in (one byte each in Shift_JIS)
_HALF = {unicodedata.normalize("NFKC", chr(code)): chr(code) for code in range(0xFF66, 0xFF9E)}


def half_width(text: str) -> str:
    """ガ → ｶﾞ: each kana by its half-width form, a voiced one as its base and a mark."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)
        mark = {"\u3099": "ﾞ", "\u309a": "ﾟ"}.get(base[1:], "")
        out.append(_HALF.get(base[0], base[0]) + mark if ch not in _HALF else _HALF[ch])
    return "".join(out)


class DevBank26:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 26)

    def choose(self, items):
        return self.rng.choice(items)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def account(self) -> str:
        return f"{self.rng.randint(0, 9)}{self.digits(6)}"

    @staticmethod
    def truth(accounts=(), others=()) -> set:
        return {("BANK_ACCOUNT", a) for a in accounts} | {("~BANK_ACCOUNT", v) for v in others} | ONLY

    # --- positives ---------------------------------------------------------------

    def zengin_record(self, account: str, holder: str, amount: int) -> str:
        lender, office = self.choose(LENDERS), self.choose(OFFICES)
        bank, branch, holder = half_width(lender[2]), half_width(office[2]), half_width(holder)
        return (f"2{lender[0]}{bank:<15}{office[0]}{branch:<15}    1{account}{holder:<30}{amount:010d}0"
                f"{self.digits(10)}{' ' * 10} {' ' * 8}")

    def zengin_dat(self, i: int) -> Doc:
        """A 総合振込 file for the bank: header (the payer's own account), data, trailer, end."""
        own, lender, office = self.account(), self.choose(LENDERS), self.choose(OFFICES)
        header = (f"1210{self.digits(10)}{half_width('カ)ミナトシヨウジ'):<40}1225{lender[0]}{half_width(lender[2]):<15}"
                  f"{office[0]}{half_width(office[2]):<15}1{own}{' ' * 17}")
        records, accounts, total = [header], [], 0
        for kana, _ in self.rng.sample(PAYEES, 4):
            account, amount = self.account(), self.rng.randint(10, 900) * 1000
            records.append(self.zengin_record(account, kana, amount))
            accounts.append(account)
            total += amount
        records += [f"8{len(accounts):06d}{total:012d}{' ' * 101}", "9" + " " * 119]
        assert all(len(record) == 120 for record in records)
        data = "\r\n".join(records).encode("cp932")
        return Doc(f"b26d_furikomi{i:03d}.dat", data, self.truth(accounts, [own]))

    def master_csv(self, i: int) -> Doc:
        """支払先マスタ: codes in five columns (bank, branch, 種目 1/2, number, kana holder)."""
        lines, accounts, codes = ["取引先CD,支払先名,銀行CD,支店CD,種目,番号,受取人カナ"], [], []
        for n, (kana, kanji) in enumerate(self.rng.sample(PAYEES, 4)):
            account, code = self.account(), self.digits(7)
            codes.append(code)
            lines.append(f"{code},{kanji},{self.choose(LENDERS)[0]},{self.choose(OFFICES)[0]},"
                         f"{1 + n % 2},{account},{kana}")
            accounts.append(account)
        return Doc(f"b26d_master{i:03d}.csv", "\n".join(lines).encode("cp932"), self.truth(accounts, codes))

    def dashed_codes_txt(self, i: int) -> Doc:
        """A desk memo: each payee's 銀行-支店-口座 codes joined by dashes, 種目 in words."""
        lines, accounts = ["振込先控え（コード）"], []
        for kana, kanji in self.rng.sample(PAYEES, 3):
            account = self.account()
            lines.append(f"{kanji}：{self.choose(LENDERS)[0]}-{self.choose(OFFICES)[0]}-{account}（普通）{kana}")
            accounts.append(account)
        return Doc(f"b26d_codes{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(accounts))

    def letter_docx(self, i: int) -> Doc:
        """A refund letter: the payee's account in a sentence, bank and branch before it."""
        account, (_, kanji) = self.account(), self.choose(PAYEES)
        lender, office = self.choose(LENDERS[:4]), self.choose(OFFICES)
        paragraphs = ["ご返金のお知らせ", f"{kanji} 様",
                      f"過日お申出のありました差額につきましては、{lender[1]}{office[1]}の普通預金口座{account}へ"
                      "12月20日にお振込みいたします。"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "letter.docx"
            w.write_docx(path, paragraphs)
            data = path.read_bytes()
        return Doc(f"b26d_letter{i:03d}.docx", data, self.truth([account]))

    def cooperative_xlsx(self, i: int) -> Doc:
        """Accounts at JA, 信用金庫 and 労働金庫: 貯金 and 普通 in one cell with the number."""
        rows, accounts = [["支払先", "金融機関", "店舗", "口座"]], []
        for kana, kanji in self.rng.sample(PAYEES, 3):
            account, lender = self.account(), self.choose(LENDERS[2:4] + LENDERS[5:])
            word = "貯金 普通" if lender[1].startswith("JA") else "普通預金"
            rows.append([kanji, lender[1], self.choose(OFFICES)[1], f"{word} {account}"])
            accounts.append(account)
        return Doc(f"b26d_coop{i:03d}.xlsx", w.xlsx_bytes({"支払先": rows}), self.truth(accounts))

    def yucho_office_txt(self, i: int) -> Doc:
        """ゆうちょ accounts as another bank transfers to them: 店名 (〇一八), 店番, 普通, seven digits."""
        lines, accounts = ["ゆうちょ銀行あて振込先"], []
        for kana, kanji in self.rng.sample(PAYEES, 2):
            account, (number, name) = self.account(), self.choose(YUCHO_OFFICES)
            lines.append(f"{kanji}　店名 {name}　店番 {number}　預金種目 普通　口座番号 {account}")
            accounts.append(account)
        return Doc(f"b26d_yucho{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(accounts))

    def holder_first_tsv(self, i: int) -> Doc:
        """Key rows of a payee card: the holder's line first, the number's label with its digit count."""
        account, (kana, kanji) = self.account(), self.choose(PAYEES)
        lines = ["支払先登録票", f"名称\t{kanji}", f"口座名義\t{kana}", f"金融機関\t{self.choose(LENDERS)[1]}",
                 f"店舗名\t{self.choose(OFFICES)[1]}", "預金種別\t普通", f"口座No.（7桁）\t{account}"]
        return Doc(f"b26d_card{i:03d}.tsv", "\n".join(lines).encode("utf-8"), self.truth([account]))

    def paired_form_xlsx(self, i: int) -> Doc:
        """A 支払先登録申請書 sheet: two label-value pairs a row, the number kept as a number."""
        account, (kana, kanji) = self.account(), self.choose(PAYEES)
        rows = [["支払先登録申請書"], ["申請者", kanji, "登録区分", "新規"],
                ["金融機関名", self.choose(LENDERS)[1], "支店名", self.choose(OFFICES)[1]],
                ["種別", "普通", "口座番号", int(account)], ["口座名義", kana]]
        return Doc(f"b26d_paired{i:03d}.xlsx", w.xlsx_bytes({"申請": rows}), self.truth([account]))

    def nested_json(self, i: int) -> Doc:
        """An expense system's export: Japanese keys, the account's codes in a 振込先 object."""
        records, accounts = [], []
        for kana, _ in self.rng.sample(PAYEES, 3):
            account = self.account()
            records.append({"受取人": kana, "振込先": {"銀行": self.choose(LENDERS)[0], "支店": self.choose(OFFICES)[0],
                                                    "種目": "1", "番号": account}})
            accounts.append(account)
        data = json.dumps({"精算": records}, ensure_ascii=False, indent=2).encode("utf-8")
        return Doc(f"b26d_expense{i:03d}.json", data, self.truth(accounts))

    # --- look-alikes beside the positives ------------------------------------------

    def voucher_txt(self, i: int) -> Doc:
        """A payment voucher: masked account, 伝票番号 and 取引先コード, one real account."""
        masked, slip, code, account = f"****{self.digits(3)}", self.digits(7), self.digits(7), self.account()
        lines = ["支払伝票", f"伝票番号 {slip}", f"取引先コード {code}", f"振込先口座 普通 {masked}（照合用に下3桁のみ）",
                 f"変更後の振込先 {self.choose(LENDERS)[1]} 普通 {account}"]
        return Doc(f"b26d_voucher{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.truth([account], [slip, code, masked]))

    def circular_txt(self, i: int) -> Doc:
        """A circular to the desk's partners: where they pay the year's fee, the desk's own 振込先."""
        own, lender, office = self.account(), self.choose(LENDERS[:4]), self.choose(OFFICES)
        lines = ["取引先各社", "年会費納入のお知らせ", "本年度の年会費は12,000円です。1月末日までにお願いします。",
                 f"振込先　{lender[1]} {office[1]} 普通 {own}", "手数料はご負担ください。"]
        return Doc(f"b26d_circular{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(others=[own]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.zengin_dat, self.master_csv, self.dashed_codes_txt, self.letter_docx, self.cooperative_xlsx,
                 self.yucho_office_txt, self.holder_first_tsv, self.paired_form_xlsx, self.nested_json, self.voucher_txt,
                 self.circular_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    # --- clean files -------------------------------------------------------------

    def bank_codes(self, i: int) -> Doc:
        lines = ["金融機関コード表"] + [f"{code} {name} {kana}" for code, name, kana in LENDERS]
        return Doc(f"b26d_clean_codes{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def slips(self, i: int) -> Doc:
        lines = ["伝票番号,摘要,金額"] + [f"{self.digits(7)},振込手数料,{self.rng.randint(1, 9) * 110}" for _ in range(4)]
        return Doc(f"b26d_clean_slips{i:03d}.csv", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.bank_codes, self.slips]
        return [kinds[n % len(kinds)](n) for n in range(count)]
