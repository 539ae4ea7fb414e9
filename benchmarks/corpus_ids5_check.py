"""Check corpus for issue 12's ids5 work, written apart from corpus_ids5_dev.py (no
template, label, name or word list in common; tests/benchmarks/test_ids5_corpora.py):
a 連帯保証人 page in ODT and RTF with 免許証No. under its label, an insurance agent's
list with the debit account in one cell (当座 and ゆうちょ 記号・番号 in a line), a ゆうちょ
column of 記号-番号, 年末調整 zips in a zip (TSV and an ODS form), an alumni list in
semicolon lines with 〒 and its code in two fields, slides with a postal code table,
and a volunteer card in ODT with H1/4/1, 平成元年 and 全角 births. Reported, never tuned on.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _written
from benchmarks.ids5_formats import SCORED, Numbers, odf_bytes, rtf_bytes, wide, zip_of
from samples import writers as w

_SCORED = {("*", e) for e in SCORED}
MEMBERS = ["蓮見 千尋", "桐生 大河", "沖田 結衣", "鶴見 海斗", "氷室 果歩", "雨宮 蒼真", "小此木 梢", "真壁 亮"]
LENDERS = ["しおさい銀行", "若葉信用組合", "こだま銀行"]
OFFICES = ["港南支店", "西町支店", "山手支店"]
PLACES = ["長野県松本市深志", "静岡県沼津市大手町", "鳥取県米子市角盤町", "宮崎県都城市姫城町"]
LICENCE_TAGS = ["免許証No.", "運転免許 番号", "運転免許証の番号"]
NUMBER_TAGS = ["マイナンバー（個人番号）", "個人番号(12桁)"]
_DOB = "DATE_OF_BIRTH"


class CheckIds5(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 53 + 11))

    def dob(self) -> tuple[str, str]:
        """(written, ISO): H1/4/1, 平成元年…, Ｓ４５．３．１２, 1970年3月12日生."""
        y, m, d, name, letter, year = self.era_birth()
        forms = [f"{letter}{year}/{m}/{d}", f"{name}{'元' if year == 1 else year}年{m:02d}月{d:02d}日",
                 wide(f"{letter}{year}.{m}.{d}"), f"{y}年{m}月{d}日生（{2026 - y}才）"]
        return self.pick(forms), f"{y}-{m:02d}-{d:02d}"

    # --- positives -------------------------------------------------------------

    def guarantor_odt(self, i: int) -> Doc:
        """連帯保証人: the licence under its label in a table, or told in a sentence (RTF)."""
        number, (born, day), tag = self.licence(), self.dob(), self.pick(LICENCE_TAGS)
        written = self.pick([f"{number[:4]}-{number[4:8]}-{number[8:]}", wide(f"{number[:4]} {number[4:8]} {number[8:]}"),
                             number])
        table = [["連帯保証人", self.pick(MEMBERS)], ["生年月日", born], [tag, "色"], [written, "ブルー"]]
        if i % 2:
            data = rtf_bytes(["連帯保証人確約書", f"保証人は{tag}が {written} の免許証を提示した。"], table[:2])
            return Doc(f"ids5c_guarantor{i:03d}.rtf", data, {("DRIVERS_LICENSE", number), (_DOB, day)} | _SCORED)
        data = odf_bytes("text", ["連帯保証人確約書"], {"保証人": table})
        return Doc(f"ids5c_guarantor{i:03d}.odt", data, {("DRIVERS_LICENSE", number), (_DOB, day)} | _SCORED)

    def agent_xlsx(self, i: int) -> Doc:
        """保険代理店の契約者一覧: the debit account in one cell; a 会員番号 passing the My Number check."""
        rows, truth = [["契約者一覧"], ["契約者", "引落口座", "会員番号"]], set()
        for n, who in enumerate(self.rng.sample(MEMBERS, 4)):
            member = self.my_number()
            if n % 2:
                mark, number = self.yucho()
                debit = f"ゆうちょ銀行 記号{mark} 番号{number}"
            else:
                number = self.digits(7)
                debit = f"{self.pick(LENDERS)} {self.pick(OFFICES)} {self.pick(['(当)', '当座 ', '(普)'])}{number}"
            rows.append([who, debit, member])
            truth |= {("BANK_ACCOUNT", number), ("~MY_NUMBER", member)}
        return Doc(f"ids5c_agent{i:03d}.xlsx", w.xlsx_bytes({"契約者": rows}), truth | _SCORED)

    def yucho_ods(self, i: int) -> Doc:
        rows, truth = [["口座登録（ゆうちょ）"], ["会員", "記号・番号", "カナ"]], set()
        for who in self.rng.sample(MEMBERS, 3):
            mark, number = self.yucho()
            rows.append([who, self.pick([f"{mark}-{number}", wide(f"{mark}-{number}")]), "ハスミ"])
            truth.add(("BANK_ACCOUNT", f"{mark}-{number}"))
        return Doc(f"ids5c_yucho{i:03d}.ods", odf_bytes("spreadsheet", tables={"登録": rows}), truth | _SCORED)

    def year_end_zip(self, i: int) -> Doc:
        """年末調整の提出物: a zip of a TSV and an ODS form inside a zip."""
        tag, a, b = self.pick(NUMBER_TAGS), self.my_number(), self.my_number()
        tsv = f"氏名\t続柄\t{tag}\n{self.pick(MEMBERS)}\t本人\t{a[:4]} {a[4:8]} {a[8:]}\n".encode("cp932")
        form = odf_bytes("spreadsheet", tables={"申告": [["扶養控除等申告書"], ["源泉控除対象配偶者", "氏名", "沖田 澄",
                                                                            tag, wide(b)]]})
        inner = zip_of({"本人.tsv": tsv, "申告.ods": form})
        return Doc(f"ids5c_yearend{i:03d}.zip", zip_of({f"提出物/{i:03d}.zip": inner}),
                   {("MY_NUMBER", a), ("MY_NUMBER", b)} | _SCORED)

    def alumni_txt(self, i: int) -> Doc:
        """同窓会名簿 exported with semicolons: 〒 and its code in two fields."""
        lines, truth = ["卒年;氏名;〒;住所"], set()
        for n, who in enumerate(self.rng.sample(MEMBERS, 4)):
            code = self.postal()
            lines.append(f"S5{n};{who};〒;{wide(code[:3]) + 'ー' + wide(code[3:]) if n % 2 else code[:3] + '-' + code[3:]};"
                         f"{self.pick(PLACES)}{n + 2}-1")
            truth.add(("POSTAL_CODE", code))
        return Doc(f"ids5c_alumni{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def slides_pptx(self, i: int) -> Doc:
        rows, truth = [["受講者", "郵便番号", "所在"]], set()
        for who in self.rng.sample(MEMBERS, 3):
            code = self.postal()
            rows.append([who, self.pick([code, f"{code[:3]}-{code[3:]}"]), self.pick(PLACES)])
            truth.add(("POSTAL_CODE", code))
        data = _written(".pptx", lambda path: w.write_pptx(path, "研修受講者", rows))
        return Doc(f"ids5c_slides{i:03d}.pptx", data, truth | _SCORED)

    def volunteer_odt(self, i: int) -> Doc:
        (born, day), code = self.dob(), self.postal()
        lines = ["ボランティア登録票", f"お名前：{self.pick(MEMBERS)}", f"誕生日：{born}", f"住所：〒{wide(code[:3])}－{wide(code[3:])}",
                 f"{self.pick(PLACES)}５－６", "登録日：2026年10月1日"]
        return Doc(f"ids5c_volunteer{i:03d}.odt", odf_bytes("text", lines),
                   {(_DOB, day), ("POSTAL_CODE", code)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.guarantor_odt, self.agent_xlsx, self.yucho_ods, self.year_end_zip, self.alumni_txt,
                 self.slides_pptx, self.volunteer_odt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -------------------------------------------------------------

    def gate_rules_odt(self, i: int) -> Doc:
        lines = ["入館ルール", f"入館証番号 {self.digits(7)} 番台は協力会社用です。", f"発注No. {self.digits(7)} の納品は裏口へ。"]
        return Doc(f"ids5c_clean_gate{i:03d}.odt", odf_bytes("text", lines))

    def catalogue_ods(self, i: int) -> Doc:
        rows = [["品番", "品名", "価格"]] + [[self.my_number(), f"ボルト{n}", "120"] for n in range(4)]
        return Doc(f"ids5c_clean_catalogue{i:03d}.ods", odf_bytes("spreadsheet", tables={"カタログ": rows}))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.gate_rules_odt, self.catalogue_ods]
        return [kinds[i % len(kinds)](i) for i in range(count)]
