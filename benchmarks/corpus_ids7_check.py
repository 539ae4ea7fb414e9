"""Check corpus for issue 12's ids7 work, written apart from corpus_ids7_dev.py (no
template, label, name or word list in common; tests/benchmarks/test_ids7_corpora.py):
an animal shelter's adoption export (JSON), a breeder's puppy sheet, a college's page telling its own birth, a clinic's mail
about a cat, a vaccination record in an ODS sheet, a farm's cattle TSV; a parents'
association's HTML roster with 誕生日 a row above; licences in a mail's sentence, a
TSV of staff and an RTF form; twelve digits passing the licence check under 予約番号
and the like in an ODT letter; a TSV of a card's 記号 and 番号 beside a 共済's
contract numbers. Reported, never tuned on.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import json
import random
from datetime import date

from stdnum import luhn

from benchmarks.corpus import Doc
from benchmarks.ids5_formats import Numbers, odf_bytes, rtf_bytes
from samples import writers as w

SCORED = ("DATE_OF_BIRTH", "DRIVERS_LICENSE", "HEALTH_INSURANCE_NUMBER", "PERSON")
_SCORED = {("*", e) for e in SCORED}
KEEPERS = ["市来 真理子", "乾 晃", "諏訪 ひとみ", "東條 匠", "野々村 奈央", "宍戸 充", "日下部 咲", "三雲 航"]
CALL_NAMES = ["ミケ", "クロ", "さくら", "ルナ", "コタロウ", "ゴマ", "ムギ", "タロ"]
BREEDS = ["ラグドール", "ロシアンブルー", "シーズー", "ビーグル", "パグ", "ポメラニアン"]
CATTLE_BREEDS = ["黒毛和種", "ホルスタイン種", "交雑種"]
ELSEWHERE_LABELS = ["予約番号", "ポイントカード番号", "整理番号", "伝票No."]
MUTUAL_LABELS = ["共済契約番号", "団体コード", "ポイント番号"]


class CheckIds7(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 53 + 17))

    def when(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def keeper(self) -> tuple[str, str]:
        name = self.pick(KEEPERS)
        return name, name.replace(" ", "")

    def eight(self) -> str:
        body = f"{self.pick(['06', '31', '01'])}{self.rng.randint(10, 47)}{self.digits(3)}"
        return body + luhn.calc_check_digit(body)

    # --- animals --------------------------------------------------------------------

    def shelter_json(self, i: int) -> Doc:
        """An adoption export: the adopter and the animal as nested records."""
        records, truth = [], set()
        for _ in range(3):
            name, key = self.keeper()
            born = self.when(2015, 2025)
            records.append({"里親": {"氏名": name, "電話": f"090-{self.digits(4)}-{self.digits(4)}"},
                            "保護動物": {"呼び名": self.pick(CALL_NAMES), "猫種": self.pick(BREEDS),
                                     "推定生年月日": born.isoformat(), "性別": self.pick(["オス", "メス"])}})
            truth |= {("PERSON", key), ("~DATE_OF_BIRTH", born.isoformat())}
        data = json.dumps({"譲渡記録": records}, ensure_ascii=False, indent=1).encode("utf-8")
        return Doc(f"ids7c_shelter{i:03d}.json", data, truth | _SCORED)

    def breeder_txt(self, i: int) -> Doc:
        """A breeder's sheet for a puppy, its new keeper named last."""
        name, key = self.keeper()
        born = self.when(2024, 2026)
        lines = ["子犬のご紹介", f"犬名：{self.pick(CALL_NAMES)}", f"犬種：{self.pick(BREEDS)}",
                 f"出生日：{born.year}年{born.month}月{born.day}日", f"父犬：{self.pick(CALL_NAMES)}",
                 f"母犬：{self.pick(CALL_NAMES)}", f"お引渡し先：{name} 様"]
        return Doc(f"ids7c_breeder{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("PERSON", key), ("~DATE_OF_BIRTH", born.isoformat())} | _SCORED)

    def cat_eml(self, i: int) -> Doc:
        """A clinic's mail: the cat's birth in a sentence."""
        name, key = self.keeper()
        born = self.when(2014, 2023)
        body = "\n".join([f"{name} 様", f"愛猫の{self.pick(CALL_NAMES)}ちゃん（{born.year}年{born.month}月{born.day}日生まれ）の"
                          "シニア健診の時期となりました。", "ご予約をお待ちしております。"])
        data = w.make_eml("健診のご案内", "info@hoshizora-animal.example.jp", "keeper@example.jp", body)
        return Doc(f"ids7c_cat{i:03d}.eml", data, {("PERSON", key), ("~DATE_OF_BIRTH", born.isoformat())} | _SCORED)

    def vaccination_ods(self, i: int) -> Doc:
        """A vaccination record: keepers and their animals' births in one sheet."""
        rows, truth = [["飼育者", "動物の呼び名", "犬種", "生年月日", "狂犬病予防注射日"]], set()
        for _ in range(4):
            name, key = self.keeper()
            born = self.when(2012, 2024)
            rows.append([name, self.pick(CALL_NAMES), self.pick(BREEDS), f"{born:%Y/%m/%d}", "2026/04/20"])
            truth |= {("PERSON", key), ("~DATE_OF_BIRTH", born.isoformat())}
        return Doc(f"ids7c_vaccination{i:03d}.ods", odf_bytes("spreadsheet", tables={"接種": rows}), truth | _SCORED)

    def cattle_tsv(self, i: int) -> Doc:
        """A farm's cattle register: births of calves, no person."""
        lines, truth = ["個体識別番号\t品種\t性別\t生年月日\t導入元"], set()
        for _ in range(5):
            born = self.when(2022, 2026)
            lines.append(f"{self.digits(10)}\t{self.pick(CATTLE_BREEDS)}\t{self.pick(['去勢', '雌'])}\t{born:%Y/%m/%d}\t家畜市場")
            truth.add(("~DATE_OF_BIRTH", born.isoformat()))
        return Doc(f"ids7c_cattle{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def college_md(self, i: int) -> Doc:
        """A college's page: the college's birth and its president's."""
        name, key = self.keeper()
        opened, born = self.when(1950, 2000), self.when(1940, 1970)
        lines = ["# 学長あいさつ", f"本学は{opened.year}年{opened.month}月{opened.day}日に誕生しました。", "",
                 f"学長 {name}（{born.year}年{born.month}月{born.day}日生）"]
        return Doc(f"ids7c_college{i:03d}.md", "\n".join(lines).encode("utf-8"),
                   {("PERSON", key), ("DATE_OF_BIRTH", born.isoformat()), ("~DATE_OF_BIRTH", opened.isoformat())} | _SCORED)

    # --- people's births in an HTML table --------------------------------------------

    def pta_html(self, i: int) -> Doc:
        """A parents' association roster: 誕生日 heads a column a row above."""
        cells, truth = [], set()
        for n in range(4):
            name, key = self.keeper()
            born = self.when(1975, 1995)
            cells.append(f"<tr><td>{n + 1}</td><td>{name}</td><td>{born.year}年{born.month}月{born.day}日</td><td>広報</td></tr>")
            truth |= {("PERSON", key), ("DATE_OF_BIRTH", born.isoformat())}
        html = ("<html><body><p>役員名簿</p><table><tr><th>No</th><th>役員</th><th>誕生日</th><th>担当</th></tr>"
                + "".join(cells) + "</table></body></html>")
        return Doc(f"ids7c_pta{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    # --- licences --------------------------------------------------------------------

    def licence_eml(self, i: int) -> Doc:
        name, key = self.keeper()
        number = self.licence()
        body = "\n".join([f"{name}さん", f"お預かりした運転免許証の番号は{number[:4]} {number[4:8]} {number[8:]}で登録しました。",
                          "レンタカーの返却は18時までです。"])
        data = w.make_eml("登録完了", "desk@rent-hoshizora.example.jp", "you@example.jp", body)
        return Doc(f"ids7c_licence{i:03d}.eml", data, {("PERSON", key), ("DRIVERS_LICENSE", number)} | _SCORED)

    def staff_tsv(self, i: int) -> Doc:
        lines, truth = ["従業員\t運転免許番号\t免許条件\t交付年月日"], set()
        for _ in range(4):
            name, key = self.keeper()
            number = self.licence()
            lines.append(f"{name}\t{number[:2]}-{number[2:4]}-{number[4:10]}-{number[10:]}\t眼鏡等\t2023/05/10")
            truth |= {("PERSON", key), ("DRIVERS_LICENSE", number)}
        return Doc(f"ids7c_staff{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def permit_rtf(self, i: int) -> Doc:
        name, key = self.keeper()
        number = self.licence()
        lines = ["構内車両通行許可証", f"申請者 {name}", f"運転免許証番号 第{number}号", "車両 軽自動車"]
        return Doc(f"ids7c_permit{i:03d}.rtf", rtf_bytes(lines), {("PERSON", key), ("DRIVERS_LICENSE", number)} | _SCORED)

    def letter_odt(self, i: int) -> Doc:
        """A shop's letter: its own number passing the licence check, the licence named."""
        name, key = self.keeper()
        other = self.licence()
        lines = [f"{name} 様", "ご来店時に運転免許証をご提示いただきありがとうございました。",
                 f"{self.pick(ELSEWHERE_LABELS)}：{other}", "またのお越しをお待ちしております。"]
        return Doc(f"ids7c_letter{i:03d}.odt", odf_bytes("text", lines), {("PERSON", key), ("~DRIVERS_LICENSE", other)} | _SCORED)

    # --- health insurance ------------------------------------------------------------

    def members_tsv(self, i: int) -> Doc:
        lines, truth = [f"職員\t被保険者記号\t被保険者番号\t保険者番号\t{self.pick(MUTUAL_LABELS)}"], set()
        for _ in range(3):
            name, key = self.keeper()
            insurer, other = self.eight(), self.eight()
            lines.append(f"{name}\t{self.digits(5)}\t{self.rng.randint(10, 999)}\t{insurer}\t{other}")
            truth |= {("PERSON", key), ("HEALTH_INSURANCE_NUMBER", insurer), ("~HEALTH_INSURANCE_NUMBER", other)}
        return Doc(f"ids7c_members{i:03d}.tsv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.shelter_json, self.breeder_txt, self.cat_eml, self.vaccination_ods, self.cattle_tsv,
                 self.college_md, self.pta_html, self.licence_eml, self.staff_tsv, self.permit_rtf, self.letter_odt,
                 self.members_tsv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -----------------------------------------------------------------

    def catalogue_ods(self, i: int) -> Doc:
        rows = [["商品番号", "品名", "税込価格"]] + [[self.licence(), f"キャットフード{n}", 1980 + n] for n in range(5)]
        return Doc(f"ids7c_clean_catalogue{i:03d}.ods", odf_bytes("spreadsheet", tables={"商品": rows}))

    def timetable_rtf(self, i: int) -> Doc:
        lines = ["送迎バス時刻表", f"路線コード {self.eight()}", "運転手は運転免許証を携帯します。", "8:10 駅前 / 8:40 本館"]
        return Doc(f"ids7c_clean_timetable{i:03d}.rtf", rtf_bytes(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.catalogue_ods, self.timetable_rtf]
        return [kinds[i % len(kinds)](i) for i in range(count)]
