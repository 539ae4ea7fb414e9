"""Development corpus of issue 12's notpeople20 work: names that are no records' people and
births in a child's roll (the rules were corrected on it). A film society's newsletter naming
its screenings' characters (…役, 主人公の…, …が活躍する…を上映) beside its staff, a volunteer
guides' report naming figures of history by their monuments (…の句碑, …の旧宅, …公の墓所), a
piano or a bicycle service's visit log naming makers by their models (… KU-1 製造番号 …), a
section's minutes under a title read as a name (保育課 定例会議 議事録), and a children's class
roll (name, a dotted date, 保護者連絡先 and a phone). Clean files: a screening programme and a
walking course naming characters and figures only.
No template, label, name or word list in common with corpus_notpeople20_check.py.

Truth: PERSON, DATE_OF_BIRTH (ISO); a character, a figure, a maker and a title are `~PERSON`.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.corpus import Doc, _docx
from benchmarks.corpus_names15_dev import _key

STAFF = ["石原 真由美", "野々村 恵太", "早瀬 大輝", "辻本 和枝", "大塚 美穂", "久米 誠司", "花岡 佳奈", "上野 俊介"]
CHARACTERS = ["神田与一郎", "丹下左膳", "坂上弥太郎", "鞍馬九郎", "森川新之助", "月形半平太"]
FIGURES = ["小林一茶", "正岡子規", "真田幸村", "楠木正成", "石田三成", "与謝蕪村", "森鴎外"]
SITES = ["の句碑", "の旧宅", "の銅像", "公の墓所", "の生家", "の城址"]
MAKERS = ["オカムラ", "ハセガワ", "タカギ"]
MODELS = ["KT-20", "3H", "U-10", "GX-7", "RS2"]
TITLES = [("保育課", "定例会議 議事録"), ("人事係", "採用面接 結果"), ("総務課", "新年会 案内"), ("第一営業課", "月次面談 記録")]
PUPILS = ["大西 陽菜", "小田 湊", "村井 結子", "堀 颯太", "三浦 凛", "工藤 悠真", "松井 心春", "吉岡 蒼"]
ONLY = {("*", "PERSON"), ("*", "DATE_OF_BIRTH")}


def truth_of(people=(), things=(), births=()) -> set:
    return ({("PERSON", _key(p)) for p in people} | {("~PERSON", _key(t)) for t in things}
            | {("DATE_OF_BIRTH", b.isoformat()) for b in births} | ONLY)


def _phone(rng: random.Random) -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


class DevNotPeople20:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 37 + 20)

    def pick(self, items):
        return self.rng.choice(items)

    def film_txt(self, i: int) -> Doc:
        one, two = self.rng.sample(CHARACTERS, 2)
        staff = self.pick(STAFF)
        lines = ["シネマ倶楽部 会報", f"・第一週：{one}が活躍する喜劇映画を上映します。", f"・第二週：主人公の{two}が旅に出る物語。",
                 f"受付担当：{staff}（内線 214）"]
        return Doc(f"n20d_film{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([staff], [one, two]))

    def guide_docx(self, i: int) -> Doc:
        figure, site, guide = self.pick(FIGURES), self.pick(SITES), self.pick(STAFF)
        lines = ["観光ボランティア 活動報告", f"担当：{guide}", f"見学コース：駅前〜{figure}{site}〜旧街道", "参加者 12名。"]
        return Doc(f"n20d_guide{i:03d}.docx", _docx(lines), truth_of([guide], [figure]))

    def visit_txt(self, i: int) -> Doc:
        who, maker = self.rng.sample(STAFF, 2), self.pick(MAKERS)
        lines = ["出張整備 訪問記録", f"2026/01/{10 + i % 18:02d}　{who[0]}様宅　{_phone(self.rng)}",
                 f"\u3000{maker} {self.pick(MODELS)} 製造番号 A{self.rng.randint(100000, 999999)}", f"担当：{who[1]}"]
        return Doc(f"n20d_visit{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of(who, [maker]))

    def minutes_txt(self, i: int) -> Doc:
        section, title = self.pick(TITLES)
        chair = self.pick(STAFF)
        lines = [f"{section} {title}", "2026年2月3日 会議室A", f"司会：{chair}", "1. 年度計画について確認した。"]
        return Doc(f"n20d_minutes{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([chair], [title]))

    def roll_txt(self, i: int) -> Doc:
        pupils = self.rng.sample(PUPILS, 4)
        births = [dt.date(self.rng.randint(2013, 2022), self.rng.randint(1, 12), self.rng.randint(1, 28)) for _ in pupils]
        rows = [f"{p}\u3000{b.year}.{b.month}.{b.day}\u3000保護者連絡先 {_phone(self.rng)}" for p, b in zip(pupils, births)]
        lines = ["キッズ造形クラス 受講生一覧", ""] + rows
        return Doc(f"n20d_roll{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of(pupils, births=births))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.film_txt, self.guide_docx, self.visit_txt, self.minutes_txt, self.roll_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def screening_html(self, i: int) -> Doc:
        one, two = self.rng.sample(CHARACTERS, 2)
        rows = ["今月の上映", f"{one}役の熱演が光る名作。", f"{two}が大活躍する時代劇を上映します。"]
        html = "<html><body>" + "".join(f"<p>{r}</p>" for r in rows) + "</body></html>"
        return Doc(f"n20d_clean_screening{i:03d}.html", html.encode("utf-8"), truth_of(things=[one, two]))

    def course_txt(self, i: int) -> Doc:
        one, two = self.rng.sample(FIGURES, 2)
        lines = ["歴史散策コース", f"1. {one}{self.pick(SITES)}", f"2. {two}{self.pick(SITES)}", "解散は15時頃。"]
        return Doc(f"n20d_clean_course{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of(things=[one, two]))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.screening_html, self.course_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
