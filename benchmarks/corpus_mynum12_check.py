"""Check corpus for issue 12's mynum12 work, written apart from
benchmarks/corpus_mynum12_dev.py (no template, label list or word list in common): an
electricity and gas retailer's and a mutual-aid society's records, whose twelve-digit
keys pass the My Number check — an ODT table under a header that begins with 個人 and
names a loan or a pension plan, an HTML 検針 list (お客さま番号), an RTF notice with each
label on the line above its value, a YAML export in camelCase keys, an XML file, a
fixed-width listing in CP932 under its header, a mail whose attached TSV lists the
society's members with no header (kana name, era birth, the key, the plan, its state),
a sentence 「お申込みの受付は …」 — beside real My Numbers in a 年末調整 TSV with no header,
an ODT 個人番号（マイナンバー） table, a YAML my_number key and an RTF form. Never tuned
on (tests/benchmarks/test_mynum12_corpora.py).

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.ids5_formats import Numbers, odf_bytes, rtf_bytes
from samples import writers as w

SCORED = ("MY_NUMBER",)
_SCORED = {("*", e) for e in SCORED}
PLAN_HEADS = ["個人型DC 加入者コード", "個人ローン 契約No.", "個人向けプラン 申込ID", "個人カード会員No."]
KANA_MEMBERS = ["ノグチ サトル", "カワイ ユウコ", "スギヤマ ジン", "ミヤケ アヤノ", "ホンダ ケイタ"]
KANJI_MEMBERS = ["野口 悟", "河合 優子", "杉山 仁", "三宅 綾乃", "本田 啓太"]
ERA_BIRTHS = ["S52.3.4", "H2.11.19", "S61.7.30", "S45.1.8", "H8.6.12"]
STREETS = ["静岡県浜松市中区砂山町6-1", "岡山県倉敷市阿知2-23-10", "新潟県長岡市大手通1-5-7"]
PLANS = ["傷害共済", "ファミリーコース", "シンプルプラン", "定期共済"]
STANDINGS = ["継続", "失効", "新規", "払済"]


class CheckMynum12(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 83 + 5))

    def spaced(self, key: str) -> str:
        return f"{key[:4]} {key[4:8]} {key[8:]}"

    # --- look-alikes ---------------------------------------------------------------------

    def plans_odt(self, i: int) -> Doc:
        head, table, truth = self.pick(PLAN_HEADS), [], set()
        table.append(["お名前", head, "ご住所"])
        for _ in range(5):
            key = self.my_number()
            table.append([self.pick(KANJI_MEMBERS), key, self.pick(STREETS)])
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12c_plans{i:03d}.odt", odf_bytes("text", ["お申込み一覧"], {"t": table}), truth | _SCORED)

    def meters_html(self, i: int) -> Doc:
        rows, truth = ["<tr><th>お客さま番号</th><th>ご契約者</th><th>ご使用量</th></tr>"], set()
        for _ in range(6):
            key = self.my_number()
            rows.append(f"<tr><td>{key}</td><td>{self.pick(KANJI_MEMBERS)}</td><td>{self.rng.randint(120, 480)}kWh</td></tr>")
            truth.add(("~MY_NUMBER", key))
        page = f"<html><body><h2>検針結果</h2><table>{''.join(rows)}</table></body></html>"
        return Doc(f"mynum12c_meters{i:03d}.html", page.encode("utf-8"), truth | _SCORED)

    def notice_rtf(self, i: int) -> Doc:
        lines, truth = ["共済掛金払込のご案内"], set()
        for _ in range(4):
            key = self.my_number()
            lines += ["組合員氏名", self.pick(KANJI_MEMBERS), "証書記号番号", self.spaced(key)]
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12c_notice{i:03d}.rtf", rtf_bytes(lines), truth | _SCORED)

    def camel_yaml(self, i: int) -> Doc:
        lines, truth = ["members:"], set()
        for _ in range(5):
            key = self.my_number()
            lines += [f"  - fullName: {self.pick(KANJI_MEMBERS)}", f"    memberId: \"{key}\""]
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12c_members{i:03d}.yaml", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def supply_xml(self, i: int) -> Doc:
        items, truth = [], set()
        for _ in range(5):
            key = self.my_number()
            items.append(f"<contract><holder>{self.pick(KANJI_MEMBERS)}</holder><customerNo>{key}</customerNo></contract>")
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12c_supply{i:03d}.xml", ("<contracts>" + "".join(items) + "</contracts>").encode("utf-8"),
                   truth | _SCORED)

    def listing_txt(self, i: int) -> Doc:
        """A host's fixed-width listing in CP932 under its header line."""
        def cell(value: str, width: int) -> str:
            return value + " " * (width - len(value.encode("cp932")))

        lines, truth = [cell("カナ氏名", 18) + cell("生年月日", 10) + cell("証書番号", 14) + "払込"], set()
        for _ in range(6):
            key = self.my_number()
            lines.append(cell(self.pick(KANA_MEMBERS), 18) + cell(self.pick(ERA_BIRTHS), 10) + cell(key, 14) + "月払")
            truth.add(("~MY_NUMBER", key))
        return Doc(f"mynum12c_listing{i:03d}.txt", "\r\n".join(lines).encode("cp932"), truth | _SCORED)

    def members_eml(self, i: int) -> Doc:
        """Members with no header, attached: kana name, era birth, the key, the plan and its state."""
        lines, truth = [], set()
        for _ in range(7):
            key = self.my_number()
            lines.append("\t".join([self.pick(KANA_MEMBERS), self.pick(ERA_BIRTHS), key, self.pick(PLANS),
                                    self.pick(STANDINGS)]))
            truth.add(("~MY_NUMBER", key))
        mail = w.make_eml("組合員データ", "kyosai@example.or.jp", "office@example.or.jp", "今月の異動分です。",
                          attachments=[("kumiai.tsv", "\n".join(lines).encode("cp932"))])
        return Doc(f"mynum12c_mail{i:03d}.eml", mail, truth | _SCORED)

    def reception_txt(self, i: int) -> Doc:
        key = self.my_number()
        text = f"{self.pick(KANJI_MEMBERS)}様\nお申込みの受付は{self.spaced(key)}で承りました。\n"
        return Doc(f"mynum12c_reception{i:03d}.txt", text.encode("utf-8"), {("~MY_NUMBER", key)} | _SCORED)

    # --- real My Numbers ---------------------------------------------------------------------

    def adjustment_tsv(self, i: int) -> Doc:
        """A 年末調整 TSV with no header: kana name, era birth, the number, the income and tax."""
        lines, truth = [], set()
        for _ in range(6):
            number = self.my_number()
            lines.append("\t".join([self.pick(KANA_MEMBERS), self.pick(ERA_BIRTHS), number,
                                    str(self.rng.randint(200, 900) * 10000), str(self.rng.randint(1, 60) * 1000)]))
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum12c_adjust{i:03d}.tsv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def numbers_odt(self, i: int) -> Doc:
        table, truth = [["従業員", "個人番号（マイナンバー）"]], set()
        for _ in range(4):
            number = self.my_number()
            table.append([self.pick(KANJI_MEMBERS), self.spaced(number)])
            truth.add(("MY_NUMBER", number))
        return Doc(f"mynum12c_numbers{i:03d}.odt", odf_bytes("text", ["番号管理簿"], {"t": table}), truth | _SCORED)

    def hr_yaml(self, i: int) -> Doc:
        number = self.my_number()
        text = f"employee:\n  fullName: {self.pick(KANJI_MEMBERS)}\n  my_number: \"{number}\"\n"
        return Doc(f"mynum12c_hr{i:03d}.yaml", text.encode("utf-8"), {("MY_NUMBER", number)} | _SCORED)

    def form_rtf(self, i: int) -> Doc:
        number = self.my_number()
        lines = ["個人番号届出書", f"氏名　{self.pick(KANJI_MEMBERS)}", f"マイナンバー　{self.spaced(number)}"]
        return Doc(f"mynum12c_form{i:03d}.rtf", rtf_bytes(lines), {("MY_NUMBER", number)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.plans_odt, self.meters_html, self.notice_rtf, self.camel_yaml, self.supply_xml, self.listing_txt,
                 self.members_eml, self.reception_txt, self.adjustment_tsv, self.numbers_odt, self.hr_yaml, self.form_rtf]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------------------

    def clean_meters_html(self, i: int) -> Doc:
        rows = "".join(f"<tr><td>{self.my_number()}</td><td>{n * 40}kWh</td></tr>" for n in range(1, 6))
        return Doc(f"mynum12c_clean_meters{i:03d}.html", f"<table><tr><th>お客さま番号</th><th>使用量</th></tr>{rows}</table>"
                   .encode("utf-8"))

    def clean_plans_yaml(self, i: int) -> Doc:
        text = "plans:\n" + "".join(f"  - memberId: \"{self.my_number()}\"\n    plan: {self.pick(PLANS)}\n" for _ in range(5))
        return Doc(f"mynum12c_clean_plans{i:03d}.yaml", text.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.clean_meters_html, self.clean_plans_yaml]
        return [kinds[i % len(kinds)](i) for i in range(count)]
