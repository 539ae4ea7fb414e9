"""Synthetic people: names (kanji, kana, romaji in passport order; Chinese, Korean and
Vietnamese names), addresses with postal codes, phones, mail, a birth day. Lists written
fresh for this corpus."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from benchmarks.corpus16.model import Mark, val
from benchmarks.corpus25 import ids

SURNAMES = [("柘植", "ツゲ", "TSUGE"), ("榎田", "エノキダ", "ENOKIDA"), ("宍戸", "シシド", "SHISHIDO"),
            ("真壁", "マカベ", "MAKABE"), ("雨宮", "アメミヤ", "AMEMIYA"), ("鬼塚", "オニヅカ", "ONIZUKA"),
            ("五十嵐", "イガラシ", "IGARASHI"), ("芦田", "アシダ", "ASHIDA"), ("栗林", "クリバヤシ", "KURIBAYASHI"),
            ("氷室", "ヒムロ", "HIMURO"), ("鷲尾", "ワシオ", "WASHIO"), ("国分", "コクブ", "KOKUBU"),
            ("薬師寺", "ヤクシジ", "YAKUSHIJI"), ("茅野", "チノ", "CHINO"), ("相馬", "ソウマ", "SOMA"),
            ("湊", "ミナト", "MINATO"), ("蓮見", "ハスミ", "HASUMI"), ("椎名", "シイナ", "SHIINA"),
            ("羽鳥", "ハトリ", "HATORI"), ("名越", "ナゴシ", "NAGOSHI"), ("都築", "ツヅキ", "TSUZUKI"),
            ("舘野", "タテノ", "TATENO"), ("猪瀬", "イノセ", "INOSE"), ("笹森", "ササモリ", "SASAMORI"),
            ("百瀬", "モモセ", "MOMOSE"), ("浦部", "ウラベ", "URABE"), ("砂川", "スナガワ", "SUNAGAWA"),
            ("此木", "コノキ", "KONOKI"), ("日比野", "ヒビノ", "HIBINO"), ("桧山", "ヒヤマ", "HIYAMA"),
            ("播磨", "ハリマ", "HARIMA"), ("粟津", "アワヅ", "AWAZU"), ("米倉", "ヨネクラ", "YONEKURA"),
            ("久我", "クガ", "KUGA"), ("鳴海", "ナルミ", "NARUMI"), ("東海林", "ショウジ", "SHOJI")]
GIVEN = [("透", "トオル", "TORU", "m"), ("汐里", "シオリ", "SHIORI", "f"), ("慎吾", "シンゴ", "SHINGO", "m"),
         ("瑞穂", "ミズホ", "MIZUHO", "f"), ("匠", "タクミ", "TAKUMI", "m"), ("菫", "スミレ", "SUMIRE", "f"),
         ("隆之介", "リュウノスケ", "RYUNOSUKE", "m"), ("千景", "チカゲ", "CHIKAGE", "f"), ("篤志", "アツシ", "ATSUSHI", "m"),
         ("芙美", "フミ", "FUMI", "f"), ("圭吾", "ケイゴ", "KEIGO", "m"), ("乃梨子", "ノリコ", "NORIKO", "f"),
         ("玄", "ゲン", "GEN", "m"), ("小雪", "コユキ", "KOYUKI", "f"), ("將人", "マサト", "MASATO", "m"),
         ("朋絵", "トモエ", "TOMOE", "f"), ("耕平", "コウヘイ", "KOHEI", "m"), ("悠", "ハルカ", "HARUKA", "f"),
         ("伊織", "イオリ", "IORI", "m"), ("静香", "シズカ", "SHIZUKA", "f"), ("欣也", "キンヤ", "KINYA", "m"),
         ("美佐緒", "ミサオ", "MISAO", "f"), ("航", "ワタル", "WATARU", "m"), ("佳苗", "カナエ", "KANAE", "f"),
         ("貞夫", "サダオ", "SADAO", "m"), ("絹代", "キヌヨ", "KINUYO", "f"), ("樹生", "ミキオ", "MIKIO", "m"),
         ("瑠美", "ルミ", "RUMI", "f"), ("頼人", "ヨリト", "YORITO", "m"), ("咲耶", "サクヤ", "SAKUYA", "f")]
# (written, kana or None, passport order romaji)
FOREIGN = [("王 暁明", "ワン シャオミン", "WANG XIAOMING"), ("陳 麗華", "チン レイカ", "CHEN LIHUA"),
           ("劉 建国", "リュウ ケンコク", "LIU JIANGUO"), ("朴 志勲", "パク ジフン", "PARK JIHOON"),
           ("金 恵珍", "キム ヘジン", "KIM HYEJIN"), ("崔 允浩", "チェ ユンホ", "CHOI YUNHO"),
           ("NGUYEN VAN HUNG", "グエン ヴァン フン", "NGUYEN VAN HUNG"),
           ("TRAN THI MAI", "チャン ティ マイ", "TRAN THI MAI"), ("PHAM QUOC BAO", "ファム クオック バオ", "PHAM QUOC BAO"),
           ("LE THI HOA", "レ ティ ホア", "LE THI HOA")]
PLACES = [("北海道", "旭川市", "神楽岡", "070-"), ("宮城県", "石巻市", "中里", "986-"), ("新潟県", "長岡市", "東坂之上町", "940-"),
          ("群馬県", "桐生市", "相生町", "376-"), ("東京都", "北区", "赤羽西", "115-"), ("神奈川県", "平塚市", "紅谷町", "254-"),
          ("静岡県", "掛川市", "中町", "436-"), ("愛知県", "一宮市", "今伊勢町", "491-"), ("岐阜県", "大垣市", "郭町", "503-"),
          ("京都府", "舞鶴市", "浜", "625-"), ("大阪府", "枚方市", "香里ケ丘", "573-"), ("兵庫県", "姫路市", "飾磨区清水", "672-"),
          ("岡山県", "倉敷市", "玉島", "713-"), ("島根県", "松江市", "殿町", "690-"), ("広島県", "呉市", "宝町", "737-"),
          ("福岡県", "久留米市", "東町", "830-"), ("長崎県", "佐世保市", "島瀬町", "857-"), ("熊本県", "八代市", "松江城町", "866-"),
          ("鹿児島県", "霧島市", "国分中央", "899-"), ("長野県", "松本市", "大手", "390-")]
MAIL_HOSTS = ["example.ne.jp", "mail.example.jp", "example.com", "example.org", "docomo.example.jp"]


@dataclass
class Person:
    sur: tuple
    given: tuple
    birth_day: date
    place: tuple
    block: str
    postal_code: str
    foreign: tuple | None = None
    extra: dict = field(default_factory=dict)

    def name(self, style: int = 0) -> Mark:
        """0 kanji with a space, 1 without, 2 kana, 3 romaji (passport order), 4 romaji given first."""
        if self.foreign:
            text = [self.foreign[0], self.foreign[0].replace(" ", "") if self.foreign[0][0] > "~" else self.foreign[0],
                    self.foreign[1], self.foreign[2], self.foreign[2].title()][style]
            return val("PERSON", text)
        s, g = self.sur, self.given
        return val("PERSON", [f"{s[0]} {g[0]}", f"{s[0]}{g[0]}", f"{s[1]} {g[1]}", f"{s[2]} {g[2]}",
                              f"{g[2].title()} {s[2].title()}"][style])

    def surname(self) -> Mark:
        return val("PERSON", self.foreign[0].split()[0] if self.foreign else self.sur[0])

    def kana(self) -> Mark:
        return self.name(2)

    def address(self, with_prefecture: bool = True) -> Mark:
        pref, city, town, _ = self.place
        return val("ADDRESS", (pref if with_prefecture else "") + city + town + self.block)

    def postal(self, mark: str = "") -> Mark:
        return val("POSTAL_CODE", mark + self.postal_code)

    def birth(self, style: int) -> Mark:
        return ids.birth(self.birth_day, style)

    def email(self, rng: random.Random) -> Mark:
        local = (self.foreign[2].split()[0] if self.foreign else self.given[2]).lower()
        return val("EMAIL", f"{local}.{rng.randrange(10, 999)}@{rng.choice(MAIL_HOSTS)}")

    @property
    def female(self) -> bool:
        return bool(self.given and self.given[3] == "f")


def person(rng: random.Random, foreign_share: float = 0.12, first: int = 1938, last: int = 2008) -> Person:
    place = rng.choice(PLACES)
    block = rng.choice([f"{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号",
                        f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}",
                        f"{rng.randrange(100, 2000)}番地"])
    if rng.random() < 0.15:
        block += f" コーポ{rng.choice(['若葉', '栄', '陽光', 'あけぼの'])}{rng.randrange(1, 4)}0{rng.randrange(1, 9)}"
    postal = f"{place[3]}{rng.randrange(0, 10000):04d}"
    foreign = rng.choice(FOREIGN) if rng.random() < foreign_share else None
    return Person(rng.choice(SURNAMES), rng.choice(GIVEN), ids.birthday(rng, first, last), place, block, postal, foreign)


def people(rng: random.Random, n: int, **kw) -> list[Person]:
    """n people with distinct written names."""
    out, seen = [], set()
    while len(out) < n:
        p = person(rng, **kw)
        if p.name(1).text not in seen:
            seen.add(p.name(1).text)
            out.append(p)
    return out
