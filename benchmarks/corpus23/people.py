"""Synthetic people: names in the scripts offices write them in, and where they live."""

from __future__ import annotations

import random
from dataclasses import dataclass

SURNAMES = [("柘植", "ツゲ", "Tsuge"), ("雨宮", "アメミヤ", "Amemiya"), ("塩見", "シオミ", "Shiomi"),
            ("真壁", "マカベ", "Makabe"), ("久我", "クガ", "Kuga"), ("早瀬", "ハヤセ", "Hayase"),
            ("鳴海", "ナルミ", "Narumi"), ("梶原", "カジワラ", "Kajiwara"), ("芦田", "アシダ", "Ashida"),
            ("宇野", "ウノ", "Uno"), ("日下部", "クサカベ", "Kusakabe"), ("立花", "タチバナ", "Tachibana"),
            ("三好", "ミヨシ", "Miyoshi"), ("白石", "シライシ", "Shiraishi"), ("稲垣", "イナガキ", "Inagaki"),
            ("古賀", "コガ", "Koga"), ("能登", "ノト", "Noto"), ("沢渡", "サワタリ", "Sawatari"),
            ("香月", "カツキ", "Katsuki"), ("桐生", "キリュウ", "Kiryu"), ("今泉", "イマイズミ", "Imaizumi"),
            ("羽田野", "ハタノ", "Hatano"), ("筧", "カケイ", "Kakei"), ("大庭", "オオバ", "Oba"),
            ("栗林", "クリバヤシ", "Kuribayashi"), ("仲宗根", "ナカソネ", "Nakasone"), ("嶋津", "シマヅ", "Shimazu"),
            ("小此木", "オコノギ", "Okonogi"), ("米倉", "ヨネクラ", "Yonekura"), ("井関", "イセキ", "Iseki"),
            ("望月", "モチヅキ", "Mochizuki"), ("千葉", "チバ", "Chiba"), ("戸張", "トバリ", "Tobari"),
            ("若狭", "ワカサ", "Wakasa"), ("菅沼", "スガヌマ", "Suganuma"), ("保坂", "ホサカ", "Hosaka")]
GIVEN = [("晴美", "ハルミ", "Harumi"), ("一輝", "カズキ", "Kazuki"), ("早苗", "サナエ", "Sanae"),
         ("恭平", "キョウヘイ", "Kyohei"), ("芙美子", "フミコ", "Fumiko"), ("隼人", "ハヤト", "Hayato"),
         ("千尋", "チヒロ", "Chihiro"), ("義男", "ヨシオ", "Yoshio"), ("紗希", "サキ", "Saki"),
         ("道雄", "ミチオ", "Michio"), ("結衣", "ユイ", "Yui"), ("達郎", "タツロウ", "Tatsuro"),
         ("直子", "ナオコ", "Naoko"), ("蒼", "アオイ", "Aoi"), ("節子", "セツコ", "Setsuko"),
         ("健吾", "ケンゴ", "Kengo"), ("莉子", "リコ", "Riko"), ("伸也", "シンヤ", "Shinya"),
         ("瑞穂", "ミズホ", "Mizuho"), ("康介", "コウスケ", "Kosuke"), ("遥", "ハルカ", "Haruka"),
         ("文雄", "フミオ", "Fumio"), ("澄江", "スミエ", "Sumie"), ("陸斗", "リクト", "Rikuto"),
         ("美緒", "ミオ", "Mio"), ("征二", "セイジ", "Seiji"), ("暁子", "アキコ", "Akiko"), ("悠真", "ユウマ", "Yuma")]
FOREIGN = [("王 秀英", "WANG XIUYING"), ("陳 建国", "CHEN JIANGUO"), ("劉 麗娜", "LIU LINA"), ("趙 明", "ZHAO MING"),
           ("金 敏俊", "KIM MINJUN"), ("朴 智恩", "PARK JIEUN"), ("李 秀賢", "LEE SUHYUN"), ("崔 允熙", "CHOI YUNHEE"),
           ("グエン・ヴァン・ナム", "NGUYEN VAN NAM"), ("チャン・ティ・ホア", "TRAN THI HOA"),
           ("ファム・ミン・トゥアン", "PHAM MINH TUAN"), ("レ・ティ・ラン", "LE THI LAN"),
           ("サントス・マリア", "SANTOS MARIA"), ("シルバ・ルーカス", "SILVA LUCAS")]
PREFS = [("東京都", ["杉並区阿佐谷南", "板橋区大山東町", "江戸川区船堀", "府中市白糸台", "町田市金森"]),
         ("神奈川県", ["相模原市南区相模台", "藤沢市鵠沼海岸", "川崎市高津区溝口"]),
         ("埼玉県", ["川越市脇田本町", "所沢市東町", "越谷市蒲生寿町"]),
         ("大阪府", ["堺市北区中百舌鳥町", "吹田市千里山西", "東大阪市長堂"]),
         ("愛知県", ["岡崎市康生通南", "一宮市本町", "豊橋市花田町"]), ("静岡県", ["浜松市中央区砂山町", "沼津市大手町"]),
         ("福岡県", ["久留米市東町", "北九州市小倉北区魚町"]), ("宮城県", ["仙台市青葉区国分町", "石巻市中央"]),
         ("長野県", ["松本市深志", "上田市天神"]), ("広島県", ["福山市霞町", "呉市中通"]),
         ("北海道", ["旭川市四条通", "函館市本町"]), ("鳥取県", ["米子市角盤町"]), ("千葉県", ["成田市花崎町", "市川市八幡"])]


@dataclass
class Person:
    surname: str
    given: str
    kana: str
    romaji: str
    foreign: bool

    def kanji(self, spaced: bool | None = None) -> str:
        if self.foreign:
            return self.surname
        return f"{self.surname}{'　' if spaced else ''}{self.given}"


def person(rng: random.Random, foreign_rate: float = 0.12) -> Person:
    if rng.random() < foreign_rate:
        name, roman = rng.choice(FOREIGN)
        return Person(name, "", name, roman, True)
    s, g = rng.choice(SURNAMES), rng.choice(GIVEN)
    return Person(s[0], g[0], f"{s[1]} {g[1]}", f"{s[2].upper()} {g[2].upper()}", False)


def name_form(rng: random.Random, p: Person) -> str:
    """One of the ways a name is written: kanji with or without a space, kana, passport romaji."""
    roll = rng.random()
    if p.foreign:
        return p.surname if roll < 0.7 else p.romaji
    if roll < 0.45:
        return p.kanji(False)
    if roll < 0.75:
        return p.kanji(True)
    if roll < 0.9:
        return p.kana
    return p.romaji


def address(rng: random.Random, with_pref: bool = True) -> str:
    pref, towns = rng.choice(PREFS)
    town = rng.choice(towns)
    number = f"{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号" if rng.random() < 0.5 else \
        f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
    room = rng.choice(["", "", f" コーポ若草{rng.randint(1, 3)}0{rng.randint(1, 8)}", f" サンハイツ{rng.randint(1, 5)}F"])
    return (pref if with_pref else "") + town + number + room


def honseki(rng: random.Random) -> str:
    pref, towns = rng.choice(PREFS)
    return f"{pref}{rng.choice(towns)}{rng.randint(1, 40)}番地"
