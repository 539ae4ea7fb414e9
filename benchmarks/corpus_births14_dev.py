"""Development corpus of issue 12's births14 work (births where a roster's header was lost,
births under bare or long labels, one record to a column, Excel's d-mmm-yy, an animal's birth):
the rules are corrected on it. No template, label, name or word list in common with
corpus_births14_check.py (tests/benchmarks/test_births14_corpora.py). Kinds: a training camp's
PDF roster printed without its header row (No, name, sex, birth, school), a club's headerless
member export (code, name, reading, sex, birth, joined), a list of entrants pasted into a mail
body, a sheet with one record to a column (項目 | person | person …), a YAML record keyed 生,
an English CSV exported from Excel (DOB and Joined as d-mmm-yy), a clinic's headerless roll
beside its headerless visit log (name, reading, sex, visit day), a veterinary clinic's book (the
owner's birth, then ペット名 | 犬種 | 生年月日 | 来院日). Look-alikes (`~DATE_OF_BIRTH`) are the
records' other days, the visits, the pets' births. Clean files: a
changing-room rota by sex and day, a printed fixture list.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus import Doc, _pdf
from benchmarks.corpus_births12_check import truth
from samples import writers as w

NAMES = [("野村 亮介", "ノムラ リョウスケ", "男"), ("荒木 千夏", "アラキ チナツ", "女"), ("北川 拓海", "キタガワ タクミ", "男"),
         ("桑原 美咲", "クワハラ ミサキ", "女"), ("須藤 大輝", "スドウ ダイキ", "男"), ("増田 早苗", "マスダ サナエ", "女")]
PETS = [("ココ", "チワワ"), ("レオ", "柴犬"), ("ソラ", "ミニチュアダックスフンド")]
_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def era(d: date) -> str:
    if d >= date(1989, 1, 8):
        return f"H{d.year - 1988}.{d.month}.{d.day}"
    return f"S{d.year - 1925}.{d.month}.{d.day}"


class DevBirths14:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 1414)

    def day(self, start: int, stop: int) -> date:
        return date(start, 1, 1) + timedelta(days=self.rng.randrange((stop - start) * 365))

    def people(self, low: int = 3, high: int = 5) -> list[tuple[str, str, str]]:
        return self.rng.sample(NAMES, self.rng.randint(low, high))

    def camp_pdf(self, k: int) -> Doc:
        lines, born = ["夏季強化合宿 参加者名簿", "集合 8:00 体育館前"], []
        for i, (name, _, sex) in enumerate(self.people(), 1):
            b = self.day(1998, 2011)
            lines.append(f"{i}　{name}　{sex}　{era(b) if i % 2 else f'{b:%Y/%m/%d}'}　第二高校")
            born.append(b)
        return Doc(f"b14d_camp{k:03d}.pdf", _pdf(lines), truth(born, []))

    def export_csv(self, k: int) -> Doc:
        rows, born, other = [], [], []
        for i, (name, kana, sex) in enumerate(self.people(), 1):
            b, joined = self.day(1950, 2000), self.day(2012, 2026)
            rows.append(f"C{k:02d}{i:03d},{name},{kana},{sex},{b:%Y/%m/%d},{joined:%Y/%m/%d}")
            born.append(b)
            other.append(joined)
        return Doc(f"b14d_export{k:03d}.csv", "\r\n".join(rows).encode("cp932"), truth(born, other))

    def entrants_eml(self, k: int) -> Doc:
        lines, born = [], []
        for name, _, sex in self.people():
            b = self.day(1960, 2004)
            lines.append(f"{name}　{sex}性　{b.year}年{b.month}月{b.day}日")
            born.append(b)
        body = "事務局各位\n\n大会エントリーは以下のとおりです。\n\n" + "\n".join(lines) + "\n\n以上"
        return Doc(f"b14d_entrants{k:03d}.eml", w.make_eml("エントリー", "club@example.jp", "office@example.jp", body),
                   truth(born, []))

    def across_xlsx(self, k: int) -> Doc:
        group = self.people(3, 3)
        born = [self.day(1955, 2000) for _ in group]
        joined = [self.day(2015, 2026) for _ in group]
        sheet = [["項目", "会員1", "会員2", "会員3"], ["氏名"] + [n for n, _, _ in group],
                 ["生年月日"] + [f"{b:%Y/%m/%d}" for b in born], ["入会日"] + [f"{j:%Y/%m/%d}" for j in joined]]
        return Doc(f"b14d_across{k:03d}.xlsx", w.xlsx_bytes({"会員": sheet}), truth(born, joined))

    def keyed_yaml(self, k: int) -> Doc:
        name, _, _ = self.rng.choice(NAMES)
        b, noted = self.day(1950, 2000), self.day(2024, 2026)
        text = f"氏名: {name}\n生: {b:%Y/%m/%d}\n記入: {noted:%Y/%m/%d}\n"
        return Doc(f"b14d_keyed{k:03d}.yaml", text.encode("utf-8"), truth([b], [noted]))

    def excel_csv(self, k: int) -> Doc:
        rows, born, other = ["Name,DOB,Joined"], [], []
        for name, _, _ in self.people():
            b, j = self.day(1950, 1999), self.day(2012, 2026)
            rows.append(f"{name},{b.day}-{_MON[b.month - 1]}-{b:%y},{j.day}-{_MON[j.month - 1]}-{j:%y}")
            born.append(b)
            other.append(j)
        return Doc(f"b14d_excel{k:03d}.csv", "\n".join(rows).encode("utf-8"), truth(born, other))

    def visits_xlsx(self, k: int) -> Doc:
        roll, log, born, seen = [], [], [], []
        for name, kana, sex in self.people():
            b, v = self.day(1950, 2000), self.day(2025, 2026)
            roll.append([name, kana, sex, f"{b:%Y/%m/%d}"])
            log.append([name, kana, sex, f"{v:%Y/%m/%d}", "再診"])
            born.append(b)
            seen.append(v)
        return Doc(f"b14d_visits{k:03d}.xlsx", w.xlsx_bytes({"名簿": roll, "来院": log}), truth(born, seen))

    def clinic_xlsx(self, k: int) -> Doc:
        owner, _, _ = self.rng.choice(NAMES)
        rows, days, born = [["ペット名", "犬種", "生年月日", "来院日"]], [], self.day(1950, 2000)
        for pet, breed in PETS:
            b, v = self.day(2012, 2024), self.day(2025, 2026)
            rows.append([pet, breed, f"{b:%Y/%m/%d}", f"{v:%Y/%m/%d}"])
            days += [b, v]
        sheets = {"飼い主": [["氏名", "生年月日"], [owner, f"{born:%Y/%m/%d}"]], "カルテ": rows}
        return Doc(f"b14d_clinic{k:03d}.xlsx", w.xlsx_bytes(sheets), truth([born], days))

    def positives(self, count: int) -> list[Doc]:
        makers = [self.camp_pdf, self.export_csv, self.entrants_eml, self.across_xlsx, self.keyed_yaml, self.excel_csv,
                  self.visits_xlsx, self.clinic_xlsx]
        return [makers[k % len(makers)](k) for k in range(count)]

    def rota_txt(self, k: int) -> Doc:
        rows = [f"{'男' if n % 2 else '女'}　{self.day(2026, 2027):%Y/%m/%d}　清掃当番 {n}班" for n in range(6)]
        return Doc(f"b14d_clean_rota{k:03d}.txt", "\n".join(rows).encode("utf-8"))

    def fixtures_pdf(self, k: int) -> Doc:
        lines = ["リーグ戦日程"] + [f"第{n}節　{self.day(2026, 2027):%Y/%m/%d}　市民球場" for n in range(1, 7)]
        return Doc(f"b14d_clean_fixtures{k:03d}.pdf", _pdf(lines))

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.rota_txt, self.fixtures_pdf]
        return [makers[k % len(makers)](k) for k in range(count)]
