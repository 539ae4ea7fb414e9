"""Development corpus of names5 (issue 12, PERSON): the people of office documents
written with 旧字体 and rare kanji (髙, 﨑, 濵 …), in hiragana, foreign names in
katakana with ・ or a space and in passport romaji, Chinese and Korean names in
kanji with their reading, names split over 姓 / 名 / セイ / メイ cells, staff by
surname in a care record; beside them names that are no person's: products
(〇〇太郎, 〇〇くん as goods), shops and salons (a shop word and a given name),
mascots, a company in a 氏名又は名称 cell, facilities.
The rules are tuned on it; benchmarks/corpus_names5_check.py (other words, names and
layouts, no list in common) checks them.

Truth: PERSON only; a product, shop, mascot, company or facility read as a name is a
look-alike `~PERSON`.
"""

from __future__ import annotations

import random
import re

from benchmarks.names5_documents import Names5Documents

# (surname, reading): variant and rare kanji
FAMILY = [("髙橋", "タカハシ"), ("山﨑", "ヤマザキ"), ("濵田", "ハマダ"), ("德永", "トクナガ"), ("齋藤", "サイトウ"),
          ("眞田", "サナダ"), ("澁川", "シブカワ"), ("廣田", "ヒロタ"), ("邉見", "ヘンミ"), ("櫻井", "サクライ")]
GIVEN = [("健太", "ケンタ"), ("美咲", "ミサキ"), ("翔", "ショウ"), ("彩花", "アヤカ"), ("大輔", "ダイスケ"),
         ("奈々", "ナナ"), ("拓海", "タクミ"), ("千尋", "チヒロ")]
HIRAGANA_GIVEN = ["ひなた", "みのり", "あかり", "ゆうと", "しずか"]
# katakana (parts), passport romaji (surname first)
FOREIGN = [(("ブディ", "サントソ"), "SANTOSO BUDI"), (("バトバヤル", "ガンボルド"), "GANBOLD BATBAYAR"),
           (("ニマル", "ペレラ"), "PERERA NIMAL"), (("ホセ", "キスペ"), "QUISPE JOSE"),
           (("アウン", "ミン"), "MIN AUNG"), (("ラフィク", "ホサイン"), "HOSSAIN RAFIQ"),
           (("ジャスール", "ウスモノフ"), "USMONOV JASUR"), (("ソック", "ピセット"), "PISETH SOK"),
           (("マリセル", "レイエス"), "REYES MARICEL")]
CJK = [("王", "建国", "ワン ジェングオ"), ("李", "美英", "イ ミヨン"), ("陳", "志明", "チェン ジーミン"),
       ("朴", "成浩", "パク ソンホ")]
PRODUCTS = ["らくらく太郎", "洗浄太郎", "節水くん", "見守りくん", "ぽかぽかちゃん", "ふわふわちゃん", "楽々一郎"]
SHOPS = ["カットハウス 健", "美容室 さくら", "居酒屋 花子", "ヘアサロン 翔子", "スナック 由美", "食事処 和子", "理容 まさる"]
MASCOTS = ["まもるくん", "ぴよちゃん", "すまいるくん"]
COMPANIES = ["株式会社山本工務店", "有限会社佐藤商店", "(株)鈴木製作所", "合同会社田村企画", "株式会社 中川設計"]
FACILITIES = ["小林記念病院", "さくら保育園", "みどり荘"]
CARE = ["食事介助", "入浴介助", "排泄介助", "口腔ケア"]
ITEMS = ["電動ベッド", "車いす", "歩行器"]


class DevNames5(Names5Documents):
    prefix = "n5_dev"

    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 41 + 5))

    def japanese(self) -> tuple[str, str, str]:
        """(written, canonical, reading): spaced, full-width spaced or glued; a hiragana given name now and then."""
        family, given = self.pick(FAMILY), self.pick(GIVEN)
        if self.rng.random() < 0.25:
            kana = self.pick(HIRAGANA_GIVEN)
            given = (kana, "".join(chr(ord(c) + 0x60) for c in kana))  # its reading in katakana
        written = f"{family[0]}{self.pick(['', ' ', '　'])}{given[0]}"
        return written, family[0] + given[0], f"{family[1]} {given[1]}"

    def foreigner(self) -> tuple[str, str]:
        (first, last), romaji = self.pick(FOREIGN)
        written = self.pick([f"{first}・{last}", f"{first} {last}", f"{first}　{last}", romaji])
        return written, re.sub("[・ \u3000]", "", written)

    def staff_list(self) -> tuple[str, str, set]:
        """A staff roster: kanji, foreign and Chinese/Korean names with readings."""
        rows, truth = ["氏名,フリガナ,国籍,部署"], set()
        for _ in range(self.rng.randint(3, 6)):
            kind = self.rng.random()
            if kind < 0.5:
                who, canonical, reading = self.japanese()
                rows.append(f"{who},{reading},日本,製造部")
                truth |= {("PERSON", canonical), ("PERSON", reading.replace(" ", ""))}
            elif kind < 0.8:
                who, canonical = self.foreigner()
                rows.append(f"{who},,{self.pick(['インドネシア', 'モンゴル', 'ペルー', 'ミャンマー'])},製造部")
                truth.add(("PERSON", canonical))
            else:
                family, given, reading = self.pick(CJK)
                rows.append(f"{family} {given},{reading},{self.pick(['中国', '韓国'])},品質管理部")
                truth |= {("PERSON", family + given), ("PERSON", reading.replace(" ", ""))}
        return "\n".join(rows) + "\n", ".csv", truth

    def split_cells(self) -> tuple[str, str, set]:
        """A club's card payments: 姓, 名, セイ, メイ in four cells."""
        rows, truth = ["会員番号\t姓\t名\tセイ\tメイ\t決済額"], set()
        for i in range(self.rng.randint(3, 6)):
            family, given = self.pick(FAMILY), self.pick(GIVEN)
            rows.append(f"M{1000 + i}\t{family[0]}\t{given[0]}\t{family[1]}\t{given[1]}\t{self.rng.randint(3, 9)}000")
            truth |= {("PERSON", family[0] + given[0]), ("PERSON", family[1] + given[1])}  # reported joined
        return "\n".join(rows) + "\n", ".tsv", truth

    def care_record(self) -> tuple[str, str, set]:
        """介護記録: a resident by full name, staff by surname."""
        resident = self.japanese()
        lines, truth = [f"介護記録　利用者：{resident[0]} 様"], {("PERSON", resident[1])}
        for hour in range(9, 9 + self.rng.randint(2, 4)):
            staff = self.pick(FAMILY)[0]
            lines.append(f"{hour}:00 {self.pick(CARE)} 実施。特変なし。（記録者 {staff}）")
            truth.add(("PERSON", staff))
        return "\r\n".join(lines) + "\r\n", ".txt", truth

    def cjk_prose(self) -> tuple[str, str, set]:
        family, given, reading = self.pick(CJK)
        who, canonical = self.foreigner()
        text = (f"面談記録\n{family}{given}（{reading}）さんと在留期間の更新について話した。\n"
                f"通訳は{who}さんが担当した。\n")
        return text, ".txt", {("PERSON", family + given), ("PERSON", reading.replace(" ", "")), ("PERSON", canonical)}

    def payees(self) -> tuple[str, str, set]:
        """支払先一覧: people and companies in one 氏名又は名称 column."""
        rows, truth = ["氏名又は名称\t支払金額\t源泉徴収税額"], set()
        for _ in range(self.rng.randint(2, 4)):
            who, canonical, _ = self.japanese()
            rows.append(f"{who}\t{self.rng.randint(10, 90)}0000\t{self.rng.randint(1, 9)}0210")
            truth.add(("PERSON", canonical))
        company = self.pick(COMPANIES)
        rows.insert(self.rng.randint(1, len(rows)), f"{company}\t{self.rng.randint(10, 90)}0000\t0")
        return "\n".join(rows) + "\n", ".tsv", truth | {("~PERSON", company.replace(" ", ""))}

    def readings(self) -> tuple[str, str, set]:
        """氏名 and its reading in hiragana, a shop or a product beside the person."""
        rows, truth = ["氏名,ふりがな,よく行く店,購入品"], set()
        for _ in range(self.rng.randint(2, 4)):
            family, given = self.pick(FAMILY), self.pick(GIVEN)
            hiragana = "".join(chr(ord(c) - 0x60) for c in f"{family[1]}　{given[1]}".replace("　", ""))
            split = len(family[1])
            reading = hiragana[:split] + self.pick([" ", "　"]) + hiragana[split:]
            shop, product = self.pick(SHOPS), self.pick(PRODUCTS)
            rows.append(f"{family[0]} {given[0]},{reading},{shop},{product}")
            truth |= {("PERSON", family[0] + given[0]), ("PERSON", hiragana),
                      ("~PERSON", shop.replace(" ", "")), ("~PERSON", product)}
        return "\n".join(rows) + "\n", ".csv", truth

    def products(self) -> tuple[str, set]:
        chosen = self.rng.sample(PRODUCTS, 2)
        if self.rng.random() < 0.5:
            text = "商品台帳\n商品名,型番,単価\n" + "".join(
                f"{p},K-{self.rng.randint(100, 999)},{self.rng.randint(2, 30)}800\n" for p in chosen)
        else:
            text = f"{self.pick(ITEMS)}の入れ替えについて\n{chosen[0]}は好評のため、{chosen[1]}と合わせて追加で発注します。\n"
        return text, {("~PERSON", p) for p in chosen}

    def shops(self) -> tuple[str, set]:
        chosen = self.rng.sample(SHOPS, 2)
        if self.rng.random() < 0.5:
            text = "商店会 店舗一覧\n" + "".join(f"{s}　営業時間 10:00-19:00\n" for s in chosen)
        else:
            text = f"二次会は{chosen[0]}で行います。{chosen[1]}さんにも声をかけました。\n"
        return text, {("~PERSON", s.replace(" ", "")) for s in chosen}

    def mascot(self) -> tuple[str, set]:
        m = self.pick(MASCOTS)
        text = self.pick([f"管理組合だより\n今月もマスコットキャラクターの{m}がお祭りに登場します。\n",
                          f"防犯ポスター\nみんなで守ろう！ {m}より\n", f"イベント: ゆるキャラ {m} と写真撮影\n",
                          f"{m}（町のマスコット）が今年も来場します。\n"])
        return text, {("~PERSON", m)}

    def payee(self) -> tuple[str, set]:
        company, facility = self.pick(COMPANIES), self.pick(FACILITIES)
        text = f"支払調書\n氏名又は名称,{company}\n区分,報酬\n\n送付先 {facility}\n"
        return text, {("~PERSON", company.replace(" ", "")), ("~PERSON", facility)}

    def kinds(self) -> list:
        return [self.staff_list, self.split_cells, self.care_record, self.cjk_prose, self.payees, self.readings]

    def look_alike_kinds(self) -> list:
        return [self.products, self.shops, self.mascot, self.payee]
