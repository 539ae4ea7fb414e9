"""Development corpus of issue 12's births6 work: the rules are corrected on it. No
template, label, name or word list in common with corpus_births6_check.py. Births in:
Word forms of one or two rows (氏名 | … | 生年月日 | …) and with a group title
(入居者 | 氏名 | … over | 生年月日 | …), notes saying 「…（1985年4月12日生まれ）」 beside
入社 / 入学 words, an era in a column of its own (元号 | 生年月日, 元号 | 生年 | 月 | 日),
minified JSON with romaji keys, vCards with compact BDAY, two-digit
years under a label (85年4月12日, '85.4.12), 漢数字 Western years, `1985(S60)年4月12日`,
ordinal English days; each beside dates that are no births (`~DATE_OF_BIRTH`). Clean
files: a notice of dates, a minutes' header, a price list with its 改定日.
"""

from __future__ import annotations

import json
import random
from datetime import date

from benchmarks.corpus import Doc, _docx
from samples import writers as w

NAMES = ["小川 真一", "中島 千夏", "石田 悠斗", "前田 里美", "藤本 康平", "岡本 結衣", "坂口 亮介", "西村 香織", "長谷川 蒼"]
LATIN = ["Emily Carter", "Rahul Mehta", "Nguyen Minh Chau", "Paolo Rossi"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
KANJI_DIGITS = "〇一二三四五六七八九"
ONLY = {("*", "DATE_OF_BIRTH")}


def kanji_year(year: int) -> str:
    return "".join(KANJI_DIGITS[int(ch)] for ch in str(year))


def kanji_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else "十" if tens == 1 else KANJI_DIGITS[tens] + "十") + (KANJI_DIGITS[ones] if ones else "")


class DevBirths6:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 17 + 60)

    def choose(self, items):
        return self.rng.choice(items)

    def when(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def era(self, d: date) -> str:
        name, year = ("平成", d.year - 1988) if d >= date(1989, 1, 8) else ("昭和", d.year - 1925)
        return self.choose([f"{name}{year}年{d.month}月{d.day}日", f"{name[0]}{year}.{d.month}.{d.day}"])

    def odd(self, d: date) -> str:
        """Shapes of hurried or old-fashioned hands."""
        s_year = d.year - 1925 if d < date(1989, 1, 8) else None
        shapes = [f"{d:%y}年{d.month}月{d.day}日", f"'{d:%y}.{d.month}.{d.day}",
                  f"{kanji_year(d.year)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"]
        if s_year:
            shapes.append(f"{d.year}(S{s_year})年{d.month}月{d.day}日")
        return self.choose(shapes)

    @staticmethod
    def labelled(births: list[date], others: list[date]) -> set:
        return ({("DATE_OF_BIRTH", b.isoformat()) for b in births}
                | {("~DATE_OF_BIRTH", o.isoformat()) for o in others if o not in births} | ONLY)

    # --- positives ---------------------------------------------------------------

    def short_form_docx(self, i: int) -> Doc:
        b, moved = self.when(1948, 2003), self.when(2025, 2026)
        rows = [["氏名", self.choose(NAMES), "生年月日", self.era(b)], ["入居日", f"{moved.year}年{moved.month}月{moved.day}日", "部屋", "203"]]
        return Doc(f"b6d_short{i:03d}.docx", _docx(["入居者カード"], rows[: self.rng.randint(1, 2)]), self.labelled([b], [moved]))

    def titled_form_docx(self, i: int) -> Doc:
        b, seen = self.when(1940, 2000), self.when(2026, 2026)
        rows = [["患者", "氏名", self.choose(NAMES)], ["", "生年月日", self.era(b)], ["", "受診日", f"{seen:%Y/%m/%d}"]]
        return Doc(f"b6d_titled{i:03d}.docx", _docx(["紹介状"], rows), self.labelled([b], [seen]))

    def note_txt(self, i: int) -> Doc:
        b, joined = self.when(1995, 2008), self.when(2026, 2026)
        word = self.choose(["新入社員", "入学予定者", "入社予定の方"])
        lines = [f"{word}について", "", f"{self.choose(NAMES)}さん（{b.year}年{b.month}月{b.day}日生まれ）の件、",
                 f"{joined.month}月{joined.day}日より受け入れます（{joined:%Y/%m/%d}）。"]
        return Doc(f"b6d_note{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.labelled([b], [joined]))

    def minified_json(self, i: int) -> Doc:
        key = self.choose(["seinengappi", "tanjobi", "birth_date"])
        items, births, others = [], [], []
        for _ in range(self.rng.randint(2, 4)):
            b, made = self.when(1955, 2010), self.when(2024, 2026)
            items.append({"shimei": self.choose(NAMES), key: f"{b:%Y-%m-%d}", "created": f"{made:%Y-%m-%d}"})
            births.append(b)
            others.append(made)
        return Doc(f"b6d_export{i:03d}.json", json.dumps({"members": items}, ensure_ascii=False).encode("utf-8"),
                   self.labelled(births, others))

    def card_vcf(self, i: int) -> Doc:
        b = self.when(1950, 2005)
        lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{self.choose(NAMES)}", f"BDAY:{b:%Y%m%d}", "END:VCARD"]
        return Doc(f"b6d_card{i:03d}.vcf", "\n".join(lines).encode("utf-8"), self.labelled([b], []))

    def odd_shapes_txt(self, i: int) -> Doc:
        b, issued = self.when(1946, 1999), self.when(2020, 2026)
        lines = ["本人確認メモ", f"氏名：{self.choose(NAMES)}", f"生年月日：{self.odd(b)}",
                 f"発行日：{issued:%Y年%m月%d日}"]
        return Doc(f"b6d_odd{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.labelled([b], [issued]))

    def english_xlsx(self, i: int) -> Doc:
        rows, births, others = [["Name", "Date of Birth", "Start"]], [], []
        for _ in range(self.rng.randint(3, 5)):
            b, start = self.when(1975, 2005), self.when(2025, 2026)
            rows.append([self.choose(LATIN), f"{b.day}th {MONTH_NAMES[b.month - 1]} {b.year}" if b.day > 3 else
                         f"{MONTH_NAMES[b.month - 1]} {b.day}, {b.year}", f"{start:%Y-%m-%d}"])
            births.append(b)
            others.append(start)
        return Doc(f"b6d_english{i:03d}.xlsx", w.xlsx_bytes({"Staff": rows}), self.labelled(births, others))

    def era_column_csv(self, i: int) -> Doc:
        split = self.rng.random() < 0.5
        lines, births, others = ["社員番号,氏名,元号,生年,月,日,入社日" if split else "社員番号,氏名,元号,生年月日,入社日"], [], []
        for n in range(self.rng.randint(3, 6)):
            b, hired = self.when(1950, 2004), self.when(2010, 2026)
            name, year = ("平成", b.year - 1988) if b >= date(1989, 1, 8) else ("昭和", b.year - 1925)
            shown = f"{year},{b.month},{b.day}" if split else f"{year}年{b.month}月{b.day}日"
            lines.append(f"{7000 + n},{self.choose(NAMES)},{name},{shown},{hired:%Y/%m/%d}")
            births.append(b)
            others.append(hired)
        return Doc(f"b6d_eras{i:03d}.csv", "\n".join(lines).encode("utf-8"), self.labelled(births, others))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.short_form_docx, self.titled_form_docx, self.note_txt, self.minified_json, self.card_vcf,
                 self.odd_shapes_txt, self.english_xlsx, self.era_column_csv]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    # --- clean files -------------------------------------------------------------

    def notice_txt(self, i: int) -> Doc:
        d = self.when(2026, 2027)
        lines = ["お知らせ", f"説明会は{d.year}年{d.month}月{d.day}日に開催します。", f"申込締切：'{d:%y}.{d.month}.{max(1, d.day - 1)}"]
        return Doc(f"b6d_clean_notice{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def minutes_docx(self, i: int) -> Doc:
        d = self.when(2025, 2026)
        rows = [["会議名", "定例会", "開催日", f"{d.year}年{d.month}月{d.day}日"]]
        return Doc(f"b6d_clean_minutes{i:03d}.docx", _docx(["議事録"], rows))

    def prices_xlsx(self, i: int) -> Doc:
        d = self.when(2024, 2026)
        rows = [["品名", "単価", "改定日", f"{d:%Y/%m/%d}"], ["ボールペン", "120", "", ""]]
        return Doc(f"b6d_clean_prices{i:03d}.xlsx", w.xlsx_bytes({"価格": rows}))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.notice_txt, self.minutes_docx, self.prices_xlsx]
        return [kinds[n % len(kinds)](n) for n in range(count)]
