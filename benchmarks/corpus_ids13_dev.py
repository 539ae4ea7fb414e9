"""Development corpus for issue 12's ids13 work: passports, residence cards and driving
licences as a logistics company's HR desk writes them for its drivers and foreign
warehouse staff — a host's headerless staff export (the passport written as its
country issues it), a PDF entry form of labels and values in two columns, a sheet with
one worker to a column, an ID-check log whose 確認書類 cell names the document over a
generic 書類番号, an XML export under abbreviated keys (PP_No, RC_No), a driver ledger
under romaji keys. Look-alikes: the instructions' example numbers (記入例), pallet
serials in a card's shape. The rules are tuned on this corpus only;
benchmarks/corpus_ids13_check.py (another writer, no list in common,
tests/benchmarks/test_ids13_corpora.py) checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc, _pdf
from benchmarks.travel9_values import TravelNumbers
from benchmarks.ids5_formats import Numbers
from samples import writers as w

SCORED = ("PASSPORT", "RESIDENCE_CARD", "DRIVERS_LICENSE")
_SCORED = {("*", e) for e in SCORED}
STAFF = [("PHAM VAN DUC", "ベトナム", "特定技能1号"), ("RAI SUMAN", "ネパール", "技能実習2号"),
         ("LIU YANG", "中国", "技術・人文知識・国際業務"), ("REYES ANA", "フィリピン", "定住者")]
DRIVERS = ["岡崎 隆", "村井 早苗", "杉浦 大輔"]
CLASSES = ["中型", "大型", "準中型"]


class DevIds13(TravelNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 131 + 13))
        self.numbers = Numbers(self.rng)

    def passport(self) -> str:
        """A passport as a worker's country issues it (a Japanese shape too)."""
        return self.pick([self.letters(1) + self.digits(8), self.letters(1) + self.digits(7),
                          self.letters(2) + self.digits(6), self.letters(2) + self.digits(7)])

    def host_tsv(self, i: int) -> Doc:
        """A host's headerless staff export: code, name, nationality, status, expiry, passport, card."""
        lines, truth = [], set()
        for n, (name, nation, status) in enumerate(STAFF):
            passport, card = self.passport(), self.residence_card()
            lines.append("\t".join([f"{n + 3101}", name, nation, status, "20290331", passport, card]))
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        return Doc(f"ids13d_host{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def entry_pdf(self, i: int) -> Doc:
        """An entry form printed to PDF: labels in a left column, values in a right one."""
        name, nation, status = self.pick(STAFF)
        passport, card = self.passport(), self.residence_card()
        fields = [("氏名", name), ("国籍", nation), ("在留資格", status), ("旅券番号", passport), ("在留カード番号", card)]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "form.pdf"
            w.write_pdf_form(path, fields)
            data = path.read_bytes()
        return Doc(f"ids13d_entry{i:03d}.pdf", data, {("PASSPORT", passport), ("RESIDENCE_CARD", card)} | _SCORED)

    def across_xlsx(self, i: int) -> Doc:
        """One worker to a column: labels down the left, a record's number over each column."""
        staff = self.rng.sample(STAFF, 3)
        passports, cards = [self.passport() for _ in staff], [self.residence_card() for _ in staff]
        rows = [["No."] + [str(n + 1) for n in range(3)], ["氏名"] + [s[0] for s in staff],
                ["パスポートNo."] + passports, ["在留カードNo."] + cards]
        truth = {("PASSPORT", p) for p in passports} | {("RESIDENCE_CARD", c) for c in cards}
        return Doc(f"ids13d_across{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | _SCORED)

    def check_xlsx(self, i: int) -> Doc:
        """An ID-check log: the document named in a cell, its number under 書類番号."""
        rows, truth = [["本人確認記録簿"], ["確認日", "氏名", "確認書類", "書類番号"]], set()
        for name, _, _ in STAFF[:3]:
            kind = self.pick(["パスポート", "在留カード"])
            number = self.passport() if kind == "パスポート" else self.residence_card()
            rows.append(["2026/10/01", name, kind, number])
            truth.add(("PASSPORT" if kind == "パスポート" else "RESIDENCE_CARD", number))
        return Doc(f"ids13d_check{i:03d}.xlsx", w.xlsx_bytes({"記録": rows}), truth | _SCORED)

    def export_xml(self, i: int) -> Doc:
        """A system's XML export under abbreviated keys."""
        body, truth = "", set()
        for n, (name, nation, _) in enumerate(STAFF[:3]):
            passport, card = self.passport(), self.residence_card()
            body += f"<Emp><EmpNo>{n + 51}</EmpNo><Name>{name}</Name><Natl>{nation}</Natl>" \
                    f"<PP_No>{passport}</PP_No><RC_No>{card}</RC_No></Emp>"
            truth |= {("PASSPORT", passport), ("RESIDENCE_CARD", card)}
        data = f'<?xml version="1.0" encoding="UTF-8"?><Emps>{body}</Emps>'.encode()
        return Doc(f"ids13d_export{i:03d}.xml", data, truth | _SCORED)

    def drivers_json(self, i: int) -> Doc:
        """A driver ledger under romaji keys."""
        records, truth = [], set()
        for name in DRIVERS:
            number = self.numbers.licence()
            records.append({"shimei": name, "menkyo_shubetsu": self.pick(CLASSES), "menkyo_bango": number})
            truth.add(("DRIVERS_LICENSE", number))
        return Doc(f"ids13d_drivers{i:03d}.json", json.dumps(records, ensure_ascii=False).encode(), truth | _SCORED)

    def guide_pdf(self, i: int) -> Doc:
        """The entry form's instructions: example numbers printed in sentences (nobody's)."""
        passport, card = self.letters(2) + self.digits(7), self.residence_card()
        lines = ["入社書類の書き方", f"旅券番号は旅券の顔写真ページから写してください（記入例：{passport}）。",
                 f"在留カード番号は右上の12桁です。例）{card}"]
        return Doc(f"ids13d_guide{i:03d}.pdf", _pdf(lines), {("~PASSPORT", passport), ("~RESIDENCE_CARD", card)} | _SCORED)

    def pallets_xlsx(self, i: int) -> Doc:
        """A warehouse's pallet list: serials in a residence card's shape."""
        rows, truth = [["パレット管理表"], ["シリアル", "品名", "数量"]], set()
        for item in ("段ボール", "緩衝材", "ラップ"):
            serial = self.residence_card()
            rows.append([serial, item, str(self.rng.randint(1, 90))])
            truth.add(("~RESIDENCE_CARD", serial))
        return Doc(f"ids13d_pallets{i:03d}.xlsx", w.xlsx_bytes({"S": rows}), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.host_tsv, self.entry_pdf, self.across_xlsx, self.check_xlsx, self.export_xml, self.drivers_json,
                 self.guide_pdf, self.pallets_xlsx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def notice_txt(self, i: int) -> Doc:
        lines = ["在留カード更新のお知らせ", "期限の3か月前から入管で手続きできます。", "免許証の更新も忘れずに。"]
        return Doc(f"ids13d_clean_notice{i:03d}.txt", "\n".join(lines).encode())

    def negatives(self, count: int) -> list[Doc]:
        return [self.notice_txt(i) for i in range(count)]
