"""Development corpus for issue 12's travel9 work: passports and residence cards as a
manufacturer's HR office writes them for its foreign staff — a 外国人従業員名簿 workbook
whose number columns are headed 番号 / Document No. beside 国籍 and 在留資格, a host's
fixed-width staff file with its header lines above and a headerless one with no word at all
(both documents' numbers side by side), an HTML roster whose header row is
plain <td> cells, a passport's copy with its MRZ lines, a JSON export under camelCase
keys, a memo that says 旅券（…）を確認 and writes the card in groups, a headerless CSV of
stay records, an entry checklist of label and value cells. Look-alikes: 品番 and 管理番号 written in the same shapes, an agency's staff codes under No
beside the passport's own column. The rules are
tuned on this corpus only; benchmarks/corpus_travel9_check.py (another office, other
labels and words; no list in common, tests/benchmarks/test_travel9_corpora.py) checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random

from benchmarks.corpus import Doc, _docx
from benchmarks.travel9_values import TravelNumbers, hyphened, spaced
from samples import writers as w

SCORED = ("PASSPORT", "RESIDENCE_CARD")
_SCORED = {("*", e) for e in SCORED}
WORKERS = [("NGUYEN", "VAN AN", "ベトナム", "VNM"), ("TRAN", "THI HOA", "ベトナム", "VNM"),
           ("WANG", "LIPING", "中国", "CHN"), ("SANTOS", "MARIA", "フィリピン", "PHL"),
           ("GURUNG", "BIKASH", "ネパール", "NPL"), ("SARI", "DEWI", "インドネシア", "IDN")]
STATUSES = ["技能実習2号", "特定技能1号", "技術・人文知識・国際業務", "永住者", "定住者"]
GENERIC_HEADS = ["番号", "Document No.", "No."]
CARD_HEADS = ["在留カード", "カード番号", "Card No."]
PART_NAMES = ["ベアリング", "油圧ホース", "安全靴", "作業手袋"]


def _padded(label: str, width: int) -> str:
    """A header label padded to its field's width in display columns (a kanji takes two)."""
    return label + " " * (width - sum(1 if ord(c) < 0x3000 else 2 for c in label))


class DevTravel9(TravelNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 61 + 9))

    def worker(self) -> tuple[str, str, str, str]:
        return self.pick(WORKERS)

    # --- records -----------------------------------------------------------------------

    def staff_xlsx(self, i: int) -> Doc:
        """A foreign staff workbook: the passport under a generic head beside 国籍 and 在留資格."""
        head, card_head = self.pick(GENERIC_HEADS), self.pick(CARD_HEADS)
        rows, truth = [["外国人従業員名簿（旅券・在留カード）"], ["氏名", "国籍", "在留資格", head, card_head, "在留期限"]], set()
        for n in range(4):
            surname, given, nation, _ = self.worker()
            passport, card = self.pick([self.japanese_passport(), self.foreign_passport()]), self.residence_card()
            rows.append([f"{surname} {given}", nation, self.pick(STATUSES), passport, card, f"2028/0{n + 1}/30"])
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        return Doc(f"travel9_staff{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | _SCORED)

    def agency_xlsx(self, i: int) -> Doc:
        """A staffing agency's ledger: its own staff codes under No beside the passport's own column."""
        rows, truth = [["派遣スタッフ台帳"], ["No", "氏名", "国籍", "旅券番号", "在留期限"]], set()
        for n in range(4):
            surname, given, nation, _ = self.worker()
            code, passport = self.pick([self.letters(1), self.letters(2)]) + self.digits(7), self.foreign_passport()
            rows.append([code, f"{surname} {given}", nation, passport, f"2029/0{n + 1}/15"])
            truth |= {("PASSPORT", passport), ("~PASSPORT", code)}
        return Doc(f"travel9_agency{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | _SCORED)

    def host_txt(self, i: int) -> Doc:
        """A host's fixed-width staff file: header lines above, fields padded by display width."""
        header = "".join(_padded(label, width) for label, width in
                         (("社員CD", 8), ("氏名", 22), ("国籍", 6), ("旅券番号", 12), ("在留カード番号", 16), ("期限", 8)))
        lines, truth = ["外国籍社員マスタ  2026/11/30", header], set()
        for n in range(4):
            surname, given, _, code = self.worker()
            passport, card = self.foreign_passport(), self.residence_card()
            lines.append(f"{n + 7001:<8}{(surname + ' ' + given):<22}{code:<6}{passport:<12}{card:<16}20280131")
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        return Doc(f"travel9_host{i:03d}.txt", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def master_txt(self, i: int) -> Doc:
        """A host's headerless staff master: no word at all, both documents' numbers side by side."""
        lines, truth = [], set()
        for n in range(4):
            surname, given, _, code = self.worker()
            passport, card = self.japanese_passport(), self.residence_card()
            lines.append(f"{n + 3101:06d}  {(surname + ' ' + given):<20}  {code}  {passport}  {card}  20290331")
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        return Doc(f"travel9_master{i:03d}.txt", "\n".join(lines).encode("ascii"), truth | _SCORED)

    def roster_html(self, i: int) -> Doc:
        """An intranet roster: the header row in plain <td> cells."""
        rows, truth = [["氏名", "国籍", "在留資格", "旅券番号", "在留カード番号"]], set()
        for _ in range(3):
            surname, given, nation, _ = self.worker()
            passport, card = self.foreign_passport(), self.residence_card()
            rows.append([f"{surname} {given}", nation, self.pick(STATUSES), passport, card])
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        html = f'<html><head><meta charset="utf-8"><title>在籍者一覧</title></head><body><table>{table}</table></body></html>'
        return Doc(f"travel9_roster{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    def copy_docx(self, i: int) -> Doc:
        """A passport's data page copied to a document: its MRZ lines at the foot."""
        surname, given, _, code = self.worker()
        passport = self.foreign_passport()
        lines = ["（旅券の写し）", f"Surname {surname}", f"Given names {given}", "Date of expiry 2031/05/20",
                 *self.mrz(passport, code, surname, given)]
        return Doc(f"travel9_copy{i:03d}.docx", _docx(lines), {("PASSPORT", passport)} | _SCORED)

    def export_json(self, i: int) -> Doc:
        """An HR system's export under camelCase keys."""
        staff, truth = [], set()
        for _ in range(3):
            surname, given, nation, _ = self.worker()
            passport, card = self.japanese_passport(), self.residence_card()
            staff.append({"fullName": f"{surname} {given}", "nationality": nation, "passportNumber": passport,
                          "residenceCardNo": card})
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        return Doc(f"travel9_export{i:03d}.json", json.dumps({"staff": staff}, ensure_ascii=False).encode("utf-8"),
                   truth | _SCORED)

    def memo_txt(self, i: int) -> Doc:
        """A memo of the documents checked: the passport in brackets, the card in groups."""
        surname, given, _, _ = self.worker()
        passport, card = self.japanese_passport(), self.residence_card()
        written = self.pick([spaced(card), hyphened(card), card.lower()])
        lines = ["書類確認メモ", f"{surname} {given} さんの旅券（{passport}）を確認しました。",
                 f"在留カード番号：{written}（有効期限 2028年3月31日）", "コピーを人事ファイルに保管。"]
        return Doc(f"travel9_memo{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("PASSPORT", passport), ("RESIDENCE_CARD", card)} | _SCORED)

    def records_csv(self, i: int) -> Doc:
        """A headerless CSV of stay records: 国籍 and 在留資格 values, the numbers unlabelled."""
        lines, truth = [], set()
        for n in range(3):
            surname, given, nation, _ = self.worker()
            passport, card = self.japanese_passport(), self.residence_card()
            lines.append(f"{n + 1},{surname} {given},{nation},{self.pick(STATUSES)},{passport},{card},2027/12/31")
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        return Doc(f"travel9_records{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def entry_html(self, i: int) -> Doc:
        """An entry checklist saved from a browser: label and value cells, two pairs a row."""
        surname, given, nation, _ = self.worker()
        passport, card = self.foreign_passport(), self.residence_card()
        table = [["氏名", f"{surname} {given}", "国籍", nation],
                 ["入社日", "2026/04/01", "パスポートNo.", passport],
                 ["在留期間満了日", "2028/09/30", "在留カードNo.", card]]
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in table)
        html = f'<html><head><meta charset="utf-8"></head><body><h1>入社時 書類確認票</h1><table>{rows}</table></body></html>'
        return Doc(f"travel9_entry{i:03d}.html", html.encode("utf-8"),
                   {("PASSPORT", passport), ("RESIDENCE_CARD", card)} | _SCORED)

    def stock_xlsx(self, i: int) -> Doc:
        """A parts list of the same plant: 品番 and 管理番号 in the documents' shapes."""
        rows, truth = [["部品在庫表"], ["品番", "品名", "管理番号"]], set()
        for _ in range(3):
            code, managed = self.letters(2) + self.digits(7), self.residence_card()
            rows.append([code, self.pick(PART_NAMES), managed])
            truth |= {("~PASSPORT", code), ("~RESIDENCE_CARD", managed)}
        return Doc(f"travel9_stock{i:03d}.xlsx", w.xlsx_bytes({"在庫": rows}), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.staff_xlsx, self.agency_xlsx, self.host_txt, self.master_txt, self.roster_html, self.copy_docx, self.export_json,
                 self.memo_txt, self.records_csv, self.entry_html, self.stock_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files ---------------------------------------------------------------------

    def parts_txt(self, i: int) -> Doc:
        lines = ["発注書", *(f"品番 {self.letters(2)}{self.digits(7)}  {self.pick(PART_NAMES)}  10個" for _ in range(3))]
        return Doc(f"travel9_clean_parts{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def guide_docx(self, i: int) -> Doc:
        lines = ["在留カードの更新手続きについて", "在留期限の3か月前から申請できます。", "旅券と在留カードを持参してください。"]
        return Doc(f"travel9_clean_guide{i:03d}.docx", _docx(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.parts_txt, self.guide_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
