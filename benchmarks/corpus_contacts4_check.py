"""Check corpus for issue 12's contact4 work: the classes of corpus_contacts4_dev.py
written with other towns, names, layouts and words (a CSV of a choir's members, a
docx table of 雇用保険 numbers with the employer's row marked 事業主, an estimate's
letterhead in a docx, a reply quoting the customer, an accident report). No rule is
tuned on it; no template or word list is shared with the dev corpus (a test checks
the lists are disjoint).
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _docx, _e164
from benchmarks.corpus_contacts4_dev import license_number
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

SCORED = ("ADDRESS", "PHONE", "DATE_OF_BIRTH", "EMPLOYMENT_INSURANCE_NUMBER", "DRIVERS_LICENSE")
_SCORED = {("*", entity) for entity in SCORED}
TOWNS = ["宮城県気仙沼市本郷南", "群馬県桐生市本町西", "岐阜県高山市花川町北", "愛知県豊川市諏訪西町", "島根県出雲市今市町南",
         "香川県丸亀市富屋町東", "長崎県諫早市永昌東町", "鹿児島県薩摩川内市向田町北"]
BUILDINGS = ["パークヒルズ桂", "サンライズ榎", "グリーンハイム椿", "ロイヤル欅"]
PEOPLE = ["安達 湊", "伊東 結衣", "岡崎 陽翔", "金子 澪", "北村 律", "小松 杏", "坂口 樹", "島田 凛"]
FIRMS = ["株式会社ひまわり印刷", "東雲建設株式会社", "有限会社さくら塗装", "合同会社あおば設備"]
NUMERALS = "〇一二三四五六七八九"


class CheckContacts4(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 43)

    def in_kanji(self, n: int) -> str:
        return "十" * (n // 10 == 1) + (NUMERALS[n // 10] + "十" if n >= 20 else "") + (NUMERALS[n % 10] if n % 10 else "")

    def address(self) -> tuple[str, str]:
        """(written, truth): 3の12の7 or 四丁目八番三号, a room after a full-width space."""
        a, b, c = self.rng.randint(1, 9), self.rng.randint(1, 40), self.rng.randint(1, 19)
        block = self.pick([f"{a}の{b}の{c}", f"{self.in_kanji(a)}丁目{self.in_kanji(b)}番{self.in_kanji(c)}号",
                           f"{self.in_kanji(a)}丁目{self.in_kanji(b)}番地"])
        room = f"　{self.pick(BUILDINGS)} {self.rng.randint(1, 9)}{self.rng.randint(10, 12)}号室" if self.rng.random() < 0.4 else ""
        written = self.pick(TOWNS) + block + room
        return written, written.replace("　", "").replace(" ", "")

    def phone(self) -> str:
        number = self.landline() if self.rng.random() < 0.5 else self.mobile()
        return number.replace("-", ".")

    def born(self) -> tuple[str, str]:
        y, m, d = self.rng.randint(1948, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self.pick([f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}"]), f"{y}-{m:02d}-{d:02d}"

    # --- positives ---------------------------------------------------------------

    def choir_csv(self, i: int) -> Doc:
        lines, truth = ["合唱団 団員一覧", "名前,おうち,TEL,誕生（西暦）"], set()
        for who in self.rng.sample(PEOPLE, 4):
            (address, key), tel, (born, day) = self.address(), self.phone(), self.born()
            lines.append(f"{who},{address},{tel},{born}")
            truth |= {("ADDRESS", key), ("PHONE", _e164(tel)), ("DATE_OF_BIRTH", day)}
        return Doc(f"k4_choir{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def ei_table_docx(self, i: int) -> Doc:
        table, truth = [["種別", "名前", "雇用保険被保険者番号"]], set()
        for who in self.rng.sample(PEOPLE, 3):
            number, key = self.insurance()
            table.append(["従業員", who, number])
            truth.add(("EMPLOYMENT_INSURANCE_NUMBER", key))
        own, own_key = self.insurance()
        table.append(["事業主", self.pick(FIRMS), own])
        return Doc(f"k4_eitable{i:03d}.docx", _docx(["雇用保険 番号控え"], table),
                   truth | {("~EMPLOYMENT_INSURANCE_NUMBER", own_key)} | _SCORED)

    def reply_txt(self, i: int) -> Doc:
        (address, key), tel = self.address(), self.mobile().replace("-", "")
        lines = ["ご返信いたします。", "", f">> お届け先は {address}", f">> 夕方以降は{tel}へ"]
        return Doc(f"k4_reply{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("ADDRESS", key), ("PHONE", _e164(tel))} | _SCORED)

    def accident_txt(self, i: int) -> Doc:
        firm, (born, day), tel = self.pick(FIRMS), self.born(), self.phone()
        lines = [f"{firm} 事故報告", "日時：2026年10月3日", f"被災者（{born}生）", f"電話 {tel}",
                 "内容：脚立から落ちて左手首を痛めた。"]
        return Doc(f"k4_accident{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("DATE_OF_BIRTH", day), ("PHONE", _e164(tel))} | _SCORED)

    def care_note_docx(self, i: int) -> Doc:
        """A care note: the user's birth in brackets after the name, the visit's address
        in brackets after お宅, the user's phone under the facility's title."""
        (born, day), (address, key), tel = self.born(), self.address(), self.phone()
        who, other = self.rng.sample(PEOPLE, 2)
        town = address.split("県", 1)[1]
        lines = ["社会福祉法人 あけぼの会　支援経過", f"相談者：{who}（{born}）", f"利用者：{other}　連絡先：{tel}",
                 self.pick([f"本日 {other.split()[0]}さんのお宅（{town}）へ伺う。",
                            f"次回は{other.split()[0]}氏（{town}）の転居先で面接。"])]
        return Doc(f"k4_carenote{i:03d}.docx", _docx(lines),
                   {("DATE_OF_BIRTH", day), ("ADDRESS", key.split("県", 1)[1]), ("PHONE", _e164(tel))} | _SCORED)

    def id_form_xlsx(self, i: int) -> Doc:
        number = license_number(self.rng)
        rows = [["貸出カード申請"], ["氏名", "電話"], [self.pick(PEOPLE), self.landline()], ["郵便番号", "誕生日"],
                ["123-4567", self.born()[0]], ["有効期限", "確認書類（免許証番号）"], ["2028/08", number]]
        return Doc(f"k4_idform{i:03d}.xlsx", w.xlsx_bytes({"申請": rows}), {("DRIVERS_LICENSE", number), ("*", "DRIVERS_LICENSE")})

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.choir_csv, self.ei_table_docx, self.reply_txt, self.accident_txt, self.care_note_docx,
                 self.id_form_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def estimate_docx(self, i: int) -> Doc:
        firm = self.pick(FIRMS)
        lines = ["御見積書", f"{self.pick(FIRMS)} 御中", "", "見積金額 ¥88,000", "", firm,
                 self.address()[0], f"TEL {self.landline()}", f"FAX {self.landline()}"]
        return Doc(f"k4_clean_estimate{i:03d}.docx", _docx(lines))

    def invoice_xlsx(self, i: int) -> Doc:
        firm = self.pick(FIRMS)
        rows = [["御請求書"], [f"{self.pick(FIRMS)} 御中"], [firm], [self.address()[0]],
                [f"電話 {self.landline()}"], [f"FAX {self.landline()}"], ["お支払期限 2026/12/25"]]
        return Doc(f"k4_clean_invoice{i:03d}.xlsx", w.xlsx_bytes({"請求": rows}))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.estimate_docx, self.invoice_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
