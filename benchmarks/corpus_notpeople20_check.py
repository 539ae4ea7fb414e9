"""Check corpus of issue 12's notpeople20 work (another hand; the rules were never tuned on
it): a reading circle's notice naming a novel's characters (劇中の…, …が活躍する短編, …を演じる)
beside its organiser, a history walk's leaflet naming figures by their calling and their
sites (江戸時代の俳人・…, …ゆかりの寺, …が築いた石垣, …像), a garage's service sheet naming
makers by model and 製 beside the owner, a report titled after its section (施設管理係 避難訓練
報告書), and a nursery class's roll (name、a slashed date、(母) and a phone). Clean files:
a circle's reading list and a history quiz.
No template, label, name or word list in common with corpus_notpeople20_dev.py.

Truth: PERSON, DATE_OF_BIRTH (ISO); a character, a figure, a maker and a title are `~PERSON`.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.corpus import Doc, _pdf
from benchmarks.corpus_names15_dev import _key

MEMBERS = ["川端 志保", "三宅 隆文", "沢井 千夏", "柴崎 雄大", "望月 瑞穂", "菅野 光太郎", "浜口 奈緒", "宇野 武"]
HEROES = ["桃井伝七", "鬼頭半蔵", "春日源之丞", "青柳清十郎", "霧島小太郎"]
HISTORICAL = ["加藤清正", "伊能忠敬", "種田山頭火", "平賀源内", "上杉鷹山", "松平定信"]
PLACES = ["ゆかりの寺", "が築いた石垣", "像", "の歌碑", "の旧居跡"]
CALLINGS = ["江戸時代の俳人・", "戦国武将の", "文豪・", "藩主の"]
MAKERS = ["マルヤマ", "ヤマモト", "タナカ"]
CODES = ["MS-3000", "BX22", "T-150", "K5"]
REPORTS = [("施設管理係", "避難訓練 報告書"), ("教務課", "研修会 報告"), ("経理係", "監査 結果"), ("広報室", "取材 日誌")]
INFANTS = ["今井 葵", "安藤 陸", "岡本 芽依", "平田 奏太", "菊地 紬", "横山 律"]
ONLY = {("*", "PERSON"), ("*", "DATE_OF_BIRTH")}


def expected(people=(), not_people=(), births=()) -> set:
    return ({("PERSON", _key(p)) for p in people} | {("~PERSON", _key(t)) for t in not_people}
            | {("DATE_OF_BIRTH", b.isoformat()) for b in births} | ONLY)


class CheckNotPeople20:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 41 + 2020)

    def choose(self, items):
        return self.rng.choice(items)

    def _mobile(self) -> str:
        return f"090{self.rng.randint(10000000, 99999999)}"

    def circle_txt(self, i: int) -> Doc:
        hero, other = self.rng.sample(HEROES, 2)
        host = self.choose(MEMBERS)
        lines = ["読書サークル 例会のご案内", f"課題図書は{hero}が活躍する短編小説です。", f"劇中の{other}の台詞を朗読します。",
                 f"幹事 {host}（{self._mobile()}）"]
        return Doc(f"n20c_circle{i:03d}.txt", "\n".join(lines).encode("utf-8"), expected([host], [hero, other]))

    def walk_pdf(self, i: int) -> Doc:
        figure, place, leader = self.choose(HISTORICAL), self.choose(PLACES), self.choose(MEMBERS)
        lines = ["歴史ウォーク 参加のしおり", f"{self.choose(CALLINGS)}{figure}{place}をめぐります。", f"引率 {leader} さん"]
        return Doc(f"n20c_walk{i:03d}.pdf", _pdf(lines), expected([leader], [figure]))

    def garage_txt(self, i: int) -> Doc:
        owner, maker = self.choose(MEMBERS), self.choose(MAKERS)
        lines = ["整備記録票", f"所有者：{owner}", f"機体：{maker} {self.choose(CODES)}", f"付属品は{maker}製の純正品に交換。"]
        return Doc(f"n20c_garage{i:03d}.txt", "\n".join(lines).encode("utf-8"), expected([owner], [maker]))

    def report_txt(self, i: int) -> Doc:
        section, title = self.choose(REPORTS)
        writer = self.choose(MEMBERS)
        lines = [f"{section}\u3000{title}", f"記録者：{writer}", "実施内容は別紙のとおり。"]
        return Doc(f"n20c_report{i:03d}.txt", "\n".join(lines).encode("utf-8"), expected([writer], [title]))

    def nursery_txt(self, i: int) -> Doc:
        infants = self.rng.sample(INFANTS, 3)
        born = [dt.date(self.rng.randint(2020, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)) for _ in infants]
        rows = [f"{n}、{b.year}/{b.month}/{b.day}、{self.choose(['(母)', '(父)'])}{self._mobile()}" for n, b in zip(infants, born)]
        return Doc(f"n20c_nursery{i:03d}.txt", "\n".join(["ひよこ組 名簿"] + rows).encode("utf-8"), expected(infants, births=born))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.circle_txt, self.walk_pdf, self.garage_txt, self.report_txt, self.nursery_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def reading_list_txt(self, i: int) -> Doc:
        hero = self.choose(HEROES)
        lines = ["今期の読書リスト", f"・{hero}を演じる俳優が話題の原作", f"・名探偵{self.choose(HEROES)}の事件簿"]
        return Doc(f"n20c_clean_list{i:03d}.txt", "\n".join(lines).encode("utf-8"), expected(not_people=HEROES))

    def quiz_txt(self, i: int) -> Doc:
        figure = self.choose(HISTORICAL)
        lines = ["郷土史クイズ", f"問1 {self.choose(CALLINGS)}{figure}が生まれた町は？", f"問2 {figure}{self.choose(PLACES)}はどこ？"]
        return Doc(f"n20c_clean_quiz{i:03d}.txt", "\n".join(lines).encode("utf-8"), expected(not_people=[figure]))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.reading_list_txt, self.quiz_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
