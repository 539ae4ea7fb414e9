"""Check corpus of names5 (issue 12, PERSON): the classes of
benchmarks/corpus_names5_dev.py written by another hand, with no template, word or
name in common: a 技能実習生 sheet with passport romaji and katakana in their own
columns, a training roster in semicolon lines with hiragana readings, 姓（漢字） /
名（漢字） / 姓（フリガナ） / 名（フリガナ） cells, hand-over notes naming staff by
surname, a consultation memo with a Chinese or Korean name and its reading; beside
them goods, salons and bars, mascots, companies and clinics that are no person.

Truth: PERSON only; a product, shop, mascot, company or facility read as a name is a
look-alike `~PERSON`.
"""

from __future__ import annotations

import random

from benchmarks.names5_documents import Names5Documents

SEI = [("髙木", "タカギ"), ("宮﨑", "ミヤザキ"), ("濵口", "ハマグチ"), ("德田", "トクダ"), ("齊木", "サイキ"),
       ("眞鍋", "マナベ"), ("澁谷", "シブヤ"), ("廣瀬", "ヒロセ"), ("嶋田", "シマダ"), ("﨑山", "サキヤマ")]
MEI = [("陽菜", "ヒナ"), ("悠真", "ユウマ"), ("結菜", "ユイナ"), ("美穂", "ミホ"), ("直樹", "ナオキ"), ("智子", "トモコ"),
       ("蒼", "アオイ"), ("康平", "コウヘイ")]
KANA_MEI = [("さとみ", "サトミ"), ("ちはる", "チハル"), ("まゆ", "マユ"), ("こはる", "コハル")]
# (katakana as written in the sheet, passport romaji surname first, nationality)
ABROAD = [("デウィ・レスタリ", "LESTARI DEWI", "インドネシア"), ("エルデネ ボルド", "BOLD ERDENE", "モンゴル"),
          ("チャミンダ・ジャヤスリヤ", "JAYASURIYA CHAMINDA", "スリランカ"), ("カルロス フローレス", "FLORES CARLOS", "ペルー"),
          ("キン マウン", "KHIN MAUNG", "ミャンマー"), ("モハマド・ラフマン", "RAHMAN MOHAMMAD", "バングラデシュ"),
          ("ディルショド カリモフ", "KARIMOV DILSHOD", "ウズベキスタン"), ("チャン ダラ", "CHAN DARA", "カンボジア"),
          ("ジョセフィン・クルス", "CRUZ JOSEPHINE", "フィリピン")]
HAN = [("劉", "暁燕", "リュウ シャオイェン"), ("金", "敏俊", "キム ミンジュン"), ("張", "偉", "チャン ウェイ"),
       ("崔", "秀賢", "チェ スヒョン")]
GOODS = ["てくてく五郎", "つるぴか次郎", "におわんくん", "ぬくぬくちゃん", "すっきり三郎", "かるがる花江"]
SALONS = ["ヘアメイク 亮", "ビューティーサロン 恵", "小料理 きよみ", "バー 麻衣", "割烹 幸子", "エステ 優子", "整体院 誠"]
CHARACTERS = ["あおぞらちゃん", "ころんくん", "もりりん"]
FIRMS = ["有限会社髙田建設", "(有)松井運送", "株式会社 森本商事", "一般社団法人 青木会", "医療法人社団 藤井会"]
PLACES = ["藤原記念館", "あおば園", "石川整形外科"]
DUTIES = ["バイタル測定", "体位変換", "服薬確認", "更衣介助"]
COURSES = ["安全衛生教育", "フォークリフト講習", "日本語研修"]


class CheckNames5(Names5Documents):
    prefix = "n5_check"

    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 59 + 11))

    def one(self, items):
        return self.rng.choice(items)

    def person(self) -> tuple[str, str, str]:
        """(written, canonical, reading in katakana with a full-width space)."""
        sei = self.one(SEI)
        mei = self.one(KANA_MEI) if self.rng.random() < 0.3 else self.one(MEI)
        return f"{sei[0]}{self.one(['　', ' ', ''])}{mei[0]}", sei[0] + mei[0], f"{sei[1]}　{mei[1]}"

    def trainees(self) -> tuple[str, str, set]:
        """技能実習生管理表: passport romaji and katakana in their own columns."""
        rows, truth = ["No\tローマ字氏名\tカナ氏名\t国籍\t在留資格"], set()
        for i, (kana, romaji, country) in enumerate(self.rng.sample(ABROAD, self.rng.randint(2, 5)), 1):
            rows.append(f"{i}\t{romaji}\t{kana}\t{country}\t技能実習2号")
            truth |= {("PERSON", romaji.replace(" ", "")), ("PERSON", kana.replace("・", "").replace(" ", ""))}
        return "\n".join(rows) + "\n", ".tsv", truth

    def course_roster(self) -> tuple[str, str, set]:
        """研修受講者名簿 as semicolon lines, readings in hiragana."""
        rows, truth = [f"{self.one(COURSES)} 受講者名簿", "番号;受講者;よみがな;所属"], set()
        for i in range(self.rng.randint(3, 5)):
            who, canonical, reading = self.person()
            hiragana = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in reading)
            rows.append(f"{i + 1};{who};{hiragana};第{i % 3 + 1}工場")
            truth |= {("PERSON", canonical), ("PERSON", hiragana.replace("　", ""))}
        return "\n".join(rows) + "\n", ".txt", truth

    def four_cells(self) -> tuple[str, str, set]:
        rows, truth = ["姓（漢字）,名（漢字）,姓（フリガナ）,名（フリガナ）,入会日"], set()
        for _ in range(self.rng.randint(3, 5)):
            sei, mei = self.one(SEI), self.one(MEI)
            rows.append(f"{sei[0]},{mei[0]},{sei[1]},{mei[1]},2026/0{self.rng.randint(1, 9)}/1{self.rng.randint(0, 9)}")
            truth |= {("PERSON", sei[0] + mei[0]), ("PERSON", sei[1] + mei[1])}  # reported joined
        return "\n".join(rows) + "\n", ".csv", truth

    def handover(self) -> tuple[str, str, set]:
        """申し送り: the resident by full name, staff by surname before a verb."""
        resident = self.person()
        lines, truth = [f"申し送りノート（{resident[0]}さん）"], {("PERSON", resident[1])}
        for _ in range(self.rng.randint(2, 3)):
            staff = self.one(SEI)[0]
            lines.append(f"・{self.one(DUTIES)}は{staff}が対応済み。")
            truth.add(("PERSON", staff))
        return "\n".join(lines) + "\n", ".txt", truth

    def consultation(self) -> tuple[str, str, set]:
        family, given, reading = self.one(HAN)
        kana, _, country = self.one(ABROAD)
        text = (f"相談メモ\n相談者 {family} {given}（{reading}）氏より、{country}出身の同僚"
                f"{kana}さんの住居について相談を受けた。\n")
        return text, ".txt", {("PERSON", family + given), ("PERSON", reading.replace(" ", "")),
                              ("PERSON", kana.replace("・", "").replace(" ", ""))}

    def goods(self) -> tuple[str, set]:
        item = self.one(GOODS)
        return f"新商品のご案内\n人気シリーズから「{item}」が新登場。1台 12,800円（税込）\n", {("~PERSON", item)}

    def salons(self) -> tuple[str, set]:
        chosen = self.rng.sample(SALONS, 2)
        rows = "".join(f"{s}\t{self.rng.randint(1, 3)}丁目\t月曜定休\n" for s in chosen)
        return "加盟店マップ\n" + rows, {("~PERSON", s.replace(" ", "")) for s in chosen}

    def character(self) -> tuple[str, set]:
        c = self.one(CHARACTERS)
        return f"夏まつりのお知らせ\n公式キャラクター「{c}」も遊びに来るよ！\n", {("~PERSON", c)}

    def payer(self) -> tuple[str, set]:
        firm, place = self.one(FIRMS), self.one(PLACES)
        text = f"報酬、料金等の支払調書\n支払を受ける者　氏名又は名称　{firm}\n支払者 {place}\n"
        return text, {("~PERSON", firm.replace(" ", "")), ("~PERSON", place)}

    def kinds(self) -> list:
        return [self.trainees, self.course_roster, self.four_cells, self.handover, self.consultation]

    def look_alike_kinds(self) -> list:
        return [self.goods, self.salons, self.character, self.payer]
