"""Check corpus of names12 (issue 12, PERSON): things named like people written by another
hand — other kinds of goods, labels, layouts, names and words (no list in common:
tests/benchmarks/test_names12_corpora.py): a rose nursery's XML export (<品種名> beside
<作出国> and <定価>), a confectioner's workbook (菓子名 | 入数 | 賞味期限 | 製造責任者), a
railway's Word crew roster (列車名 | 発車 | 乗務員), an appliance shop's text sheet whose
ニックネーム sits beside 型番 and 税込, a grower's newsletter mail naming a new cultivar
(新品種「…」, 「…」号 of a boat) beside the grower; exports without a header: a payroll
transfer CSV (bank, branch, 普通, account, payee in capitals, amount) and a staff TSV of
numbers, half-width kana readings, births written with slashes and departments. Run for figures only; never tuned on.

Truth: PERSON; a thing's name is `~PERSON`.
"""

from __future__ import annotations

import random
import tempfile
import unicodedata
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

ROSES = ["マダム・ルイーズ", "レディ・セシル", "ミセス・アンナ"]
SWEETS = ["千代", "小春", "紫苑", "明美"]
TRAINS = ["あずさ", "こまち", "まゆみ"]
GADGETS = ["政宗", "信長", "龍馬"]
CULTIVARS = ["由美", "千夏", "琴音"]
BOATS = ["幸子", "恵美"]
STAFF = ["森田 直樹", "荒木 由紀子", "今井 翔", "内田 加奈", "福田 浩二"]
COUNTRIES = ["フランス", "英国", "日本"]
PAYEES = ["HTET NAING", "BAUTISTA MARK", "SHERPA PEMBA", "WAHYUDI BUDI", "PHAM VAN TOAN", "LEE JIHOON"]
HALF_KANA = ["ﾐﾅｾ ｺｳｼﾞ", "ｵｵﾀｷ ﾕｲ", "ｻｶｷﾊﾞﾗﾚﾝ", "ﾂﾙﾏｷ ｱｵｲ", "ｶﾝﾍﾞ ｼｮｳ", "ﾄﾄﾞﾛｷﾅﾂﾐ"]
LENDERS = [("みずほ銀行", "渋谷支店"), ("横浜銀行", "戸塚支店"), ("城南信用金庫", "大森支店")]


def expected(people, things=()) -> set:
    return {("PERSON", "".join(unicodedata.normalize("NFKC", p).replace("・", " ").split())) for p in people} | {
        ("~PERSON", "".join(t.replace("・", " ").split())) for t in things} | {("*", "PERSON")}


def docx_of(paragraphs: list[str], table: list[list[str]]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.docx"
        w.write_docx(path, paragraphs, table)
        return path.read_bytes()


class CheckNames12:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 67 + 5)

    def roses_xml(self, i: int) -> Doc:
        things = self.rng.sample(ROSES, 2)
        items = "".join(f"<苗><品種名>{t}</品種名><作出国>{self.rng.choice(COUNTRIES)}</作出国><定価>2980</定価></苗>"
                        for t in things)
        data = f"<?xml version='1.0' encoding='UTF-8'?><苗一覧>{items}</苗一覧>".encode("utf-8")
        return Doc(f"n12c_roses{i:03d}.xml", data, expected([], things))

    def sweets_xlsx(self, i: int) -> Doc:
        things, maker = self.rng.sample(SWEETS, 3), self.rng.choice(STAFF)
        rows = [["菓子名", "入数", "賞味期限", "製造責任者"]] + [[t, 6, "製造日より5日", maker] for t in things]
        return Doc(f"n12c_sweets{i:03d}.xlsx", w.xlsx_bytes({"商品": rows}), expected([maker], things))

    def crew_docx(self, i: int) -> Doc:
        trains, crew = self.rng.sample(TRAINS, 2), self.rng.sample(STAFF, 2)
        table = [["列車名", "発車", "乗務員"]] + [[t, f"{8 + k}:15", c] for k, (t, c) in enumerate(zip(trains, crew))]
        return Doc(f"n12c_crew{i:03d}.docx", docx_of(["乗務割当表"], table), expected(crew, trains))

    def gadgets_txt(self, i: int) -> Doc:
        things = self.rng.sample(GADGETS, 2)
        blocks = [f"■ニックネーム：{t}\n■型番：RV-{700 + k}\n■税込：54,780円" for k, t in enumerate(things)]
        return Doc(f"n12c_gadgets{i:03d}.txt", "\n\n".join(blocks).encode("utf-8"), expected([], things))

    def grower_eml(self, i: int) -> Doc:
        cultivar, boat, grower = self.rng.choice(CULTIVARS), self.rng.choice(BOATS), self.rng.choice(STAFF)
        body = (f"組合だより\n\n今年は新品種「{cultivar}」の出荷が始まりました。生産者の{grower}さんは"
                f"「{boat}」号で沖の畑へ通っています。")
        data = w.make_eml("組合だより", "kumiai@example.jp", "members@example.jp", body)
        return Doc(f"n12c_grower{i:03d}.eml", data, expected([grower], [cultivar, boat]))

    def payroll_csv(self, i: int) -> Doc:
        payees = self.rng.sample(PAYEES, 5)
        rows = [f"{bank},{branch},普通,{3456781 + 17 * k:07d},{p},{210000 + 500 * k}"
                for k, (p, (bank, branch)) in enumerate(zip(payees, [self.rng.choice(LENDERS) for _ in payees]))]
        return Doc(f"n12c_payroll{i:03d}.csv", "\r\n".join(rows).encode("cp932"), expected(payees))

    def staff_tsv(self, i: int) -> Doc:
        staff = self.rng.sample(HALF_KANA, 5)
        rows = [f"S-{20 + k:04d}\t{p}\t{1968 + 4 * k}/{k + 3:02d}/{k + 9:02d}\t{'男女'[k % 2]}\t{self.rng.choice(['総務', '製造', '物流'])}"
                for k, p in enumerate(staff)]
        return Doc(f"n12c_staff{i:03d}.tsv", "\n".join(rows).encode("cp932"), expected(staff))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.roses_xml, self.sweets_xlsx, self.crew_docx, self.gadgets_txt, self.grower_eml, self.payroll_csv,
                 self.staff_tsv]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def menu_xlsx(self, i: int) -> Doc:
        rows = [["菓子名", "入数", "賞味期限"]] + [[t, 8, "10日"] for t in self.rng.sample(SWEETS, 2)]
        return Doc(f"n12c_clean_menu{i:03d}.xlsx", w.xlsx_bytes({"品書き": rows}))

    def timetable_docx(self, i: int) -> Doc:
        table = [["列車名", "発車"]] + [[t, "9:40"] for t in self.rng.sample(TRAINS, 2)]
        return Doc(f"n12c_clean_timetable{i:03d}.docx", docx_of(["時刻表"], table))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.menu_xlsx, self.timetable_docx]
        return [kinds[n % len(kinds)](n) for n in range(count)]
