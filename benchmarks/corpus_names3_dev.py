"""Development corpus for names in office prose and mail (issue 12, names3): minutes
written speaker by speaker (佐伯：…, （佐伯）, 佐伯より), daily reports with callbacks
(15時 三好様より折返し依頼), ringi and appraisal comments, incident reports, enquiry
mails whose reply quotes the question (`> ` lines) and signs off, names with and
without spaces (full-width too), katakana, romaji in either order, foreign workers'
names in katakana and romaji, Chinese and Korean names in kanji with readings, and a
surname alone after a first full mention. Beside them: shops and firms named after a
surname, products with a given name, posts and roles with no name. The rules are tuned
on this corpus; benchmarks/corpus_names3_check.py (another author's words, no template
or list in common) checks them.

Truth: PERSON only (`("*", "PERSON")`); a thing read as a name is a look-alike
`("~PERSON", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import random
import unicodedata

from benchmarks.corpus import Doc

SURNAMES = ["佐伯", "三好", "宇野", "杉浦", "堀内", "今泉", "浅野", "平塚", "片桐", "岩瀬", "瀬川", "真鍋", "塩見",
            "小寺"]
GIVEN = ["健太郎", "美咲", "拓海", "由紀子", "千尋", "浩二", "彩花", "誠", "恵美", "康介"]
KANA = {"佐伯": ("サエキ", "saeki"), "三好": ("ミヨシ", "miyoshi"), "宇野": ("ウノ", "uno"), "杉浦": ("スギウラ", "sugiura"),
        "堀内": ("ホリウチ", "horiuchi"), "今泉": ("イマイズミ", "imaizumi"), "浅野": ("アサノ", "asano"),
        "平塚": ("ヒラツカ", "hiratsuka"), "片桐": ("カタギリ", "katagiri"), "岩瀬": ("イワセ", "iwase"),
        "瀬川": ("セガワ", "segawa"), "真鍋": ("マナベ", "manabe"), "塩見": ("シオミ", "shiomi"), "小寺": ("コデラ", "kodera")}
GIVEN_KANA = {"健太郎": ("ケンタロウ", "kentaro"), "美咲": ("ミサキ", "misaki"), "拓海": ("タクミ", "takumi"),
              "由紀子": ("ユキコ", "yukiko"), "千尋": ("チヒロ", "chihiro"), "浩二": ("コウジ", "koji"),
              "彩花": ("アヤカ", "ayaka"), "誠": ("マコト", "makoto"), "恵美": ("エミ", "emi"), "康介": ("コウスケ", "kosuke")}
FOREIGN = [("グエン・ヴァン・ミン", "Nguyen Van Minh"), ("マリア・サントス", "Maria Santos"),
           ("ラム・バハドゥル・タパ", "Ram Bahadur Thapa"), ("ラジェシュ・クマール", "Rajesh Kumar"),
           ("ジョアン・ペレイラ", "Joao Pereira"), ("クラウス・ヴェーバー", "Klaus Weber"),
           ("チネドゥ・オコンクォ", "Chinedu Okonkwo")]
CJK = [("王", "麗華", "おう れいか"), ("朴", "成民", "パク ソンミン"), ("劉", "建国", "りゅう けんこく")]
HALF_WIDTH = str.maketrans({"サ": "ｻ", "エ": "ｴ", "キ": "ｷ", "ミ": "ﾐ", "ヨ": "ﾖ", "シ": "ｼ", "ウ": "ｳ", "ノ": "ﾉ",
                            "ス": "ｽ", "ホ": "ﾎ", "リ": "ﾘ", "チ": "ﾁ", "イ": "ｲ", "マ": "ﾏ", "ア": "ｱ", "ヒ": "ﾋ", "ラ": "ﾗ",
                            "ツ": "ﾂ", "カ": "ｶ", "タ": "ﾀ", "ワ": "ﾜ", "セ": "ｾ", "ナ": "ﾅ", "ベ": "ﾍﾞ", "ガ": "ｶﾞ",
                            "ギ": "ｷﾞ", "ズ": "ｽﾞ", "デ": "ﾃﾞ", "コ": "ｺ", "オ": "ｵ"})
SHOPS = ["平井商店", "ますだ食堂", "カフェ・オオツカ", "和田屋"]   # no person of these lists bears the name
PRODUCTS = ["はるかプリン", "さくら号", "あかね米"]
ROLES = ["課長", "係長", "担当者", "教頭", "主任", "部長", "営業担当"]
TOPICS = ["新システムの移行日程", "在庫の棚卸し", "来期の予算案", "研修の日程", "駐車場の割当て"]


class DevNames:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 61 + 11)

    def pick(self, items):
        return self.rng.choice(items)

    def japanese(self) -> tuple[str, str, str]:
        """(full name as written, canonical full name, surname)."""
        family, given = self.pick(SURNAMES), self.pick(GIVEN)
        sep = self.pick(["", " ", "\u3000"])
        return f"{family}{sep}{given}", family + given, family

    def written(self) -> tuple[str, str]:
        """A name in one of the scripts: kanji, katakana, romaji either order."""
        family, given = self.pick(SURNAMES), self.pick(GIVEN)
        form = self.rng.randint(0, 3)
        if form == 0:
            shown = f"{KANA[family][0]} {GIVEN_KANA[given][0]}"
        elif form == 1:
            shown = f"{GIVEN_KANA[given][1].title()} {KANA[family][1].title()}"
        elif form == 2:
            shown = f"{KANA[family][1].upper()} {GIVEN_KANA[given][1].title()}"
        else:
            shown = f"{family}{self.pick(['', '　'])}{given}"
        return shown, shown.replace(" ", "").replace("\u3000", "")

    def minutes(self) -> tuple[str, set]:
        people = [self.japanese() for _ in range(3)]
        lines = [f"{self.pick(TOPICS)}についての打合せメモ", "出席：" + "、".join(p[0] for p in people), ""]
        for _ in range(self.rng.randint(3, 6)):
            who = self.pick(people)[2]
            lines.append(self.pick([f"{who}：来週までに見積りを出します。", f"（{who}）資料は共有フォルダに置きました。",
                                    f"{who}より、{self.pick(TOPICS)}は延期したいとの発言あり。", f"{who}より報告。",
                                    f"{who}さん　承知しました、確認します。", f"・{who}）発注先に連絡済み"]))
        lines.append(f"次回は{self.pick(ROLES)}も同席する。")
        return "\n".join(lines) + "\n", {("PERSON", p[1]) for p in people}

    def speakers_only(self) -> tuple[str, set]:
        """Minutes with surnames only: each surname is the value."""
        people = self.rng.sample(SURNAMES, 3)
        lines = [f"定例会（{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日）記録：{people[0]}"]
        for who in people * 2:
            lines.append(self.pick([f"{who}：{self.pick(TOPICS)}の件、担当を決めたい。", f"{who}: 了解です。",
                                    f"【{who}】先方の回答待ち。", f"{who}より補足。{self.pick(ROLES)}の承認が必要。"]))
        return "\n".join(lines) + "\n", {("PERSON", p) for p in people}

    def daily(self) -> tuple[str, set]:
        callers = [self.caller(family) for family in self.rng.sample(SURNAMES, 2)]
        hour = self.rng.randint(9, 17)
        phone = f"090-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
        writer = self.japanese()
        text = (f"日報　{writer[0]}\n{hour}時　{callers[0]}様より折返し依頼（{phone}）。\n"
                f"{hour + 1}時半　{callers[1]}様から入電、納期の確認。{self.pick(ROLES)}に引継ぎ済み。\n"
                f"午後は{self.pick(SHOPS)}へ訪問、{self.pick(PRODUCTS)}の棚替え。\n")
        return text, {("PERSON", writer[1]), ("PERSON", unicodedata.normalize("NFKC", callers[0])),
                      ("PERSON", unicodedata.normalize("NFKC", callers[1]))}

    def caller(self, family: str) -> str:
        """A caller's surname as a note-taker writes it: kanji, katakana or half-width kana."""
        kana = KANA[family][0]
        return self.pick([family, family, kana, unicodedata.normalize("NFKC", kana).translate(HALF_WIDTH)])

    def appraisal(self) -> tuple[str, set]:
        shown, name, family = self.japanese()
        text = self.pick([
            f"人事考課コメント\n対象：{shown}\n{family}さんは後輩の指導に熱心で、{self.pick(ROLES)}からの評価も高い。\n",
            f"稟議書\n起案者　{shown}\n件名　{self.pick(TOPICS)}\n{family}の起案に基づき、購入を申請する。\n",
            f"生徒指導記録\n{shown}（2年3組）について、担任より保護者へ連絡した。{family}は反省している。\n",
            f"事故報告書\n報告者：{shown}\n倉庫で転倒事故あり。{family}が現場を確認した。\n",
        ])
        return text, {("PERSON", name)}

    def mail(self) -> tuple[str, set]:
        asker, staff = self.japanese(), self.japanese()
        addr = f"{KANA[asker[2]][1]}{self.rng.randint(1, 99)}@example.jp"
        text = (f"From: {addr}\nSubject: Re: お問い合わせの件\n\n{asker[2]}様\n\nお問い合わせありがとうございます。\n"
                f"ご質問の件、{self.pick(TOPICS)}は来月の予定です。\n\n"
                f"> {asker[0]}です。\n> {self.pick(TOPICS)}について教えてください。\n\n"
                f"--\n株式会社サンプル 総務部\n{staff[0]}\n")
        return text, {("PERSON", asker[1]), ("PERSON", staff[1]), ("EMAIL", addr)}

    def foreign(self) -> tuple[str, set]:
        kana, romaji = self.pick(FOREIGN)
        family, given, reading = self.pick(CJK)
        shown, name = self.written()
        text = self.pick([
            f"技能実習生の{kana}さん（{romaji}）が来月から配属される。\n{shown}が受入れを担当する。\n",
            f"{romaji}さんが{self.pick(TOPICS)}の説明を受けた。{kana}さんは熱心だった。付添いは{shown}。\n",
            f"面談記録　{romaji}（{kana}）\n通訳は{shown}。{kana.split('・')[0]}さんは日本語が上達している。\n",
        ]) + f"留学生の{family} {given}（{reading}）さんも同席した。\n"
        return text, {("PERSON", kana.replace("・", "")), ("PERSON", romaji.replace(" ", "")),
                      ("PERSON", family + given), ("PERSON", reading.replace(" ", "")), ("PERSON", name)}

    def look_alikes(self) -> tuple[str, set]:
        shop, product = self.pick(SHOPS), self.pick(PRODUCTS)
        text = (f"{shop}さんから{product}を{self.rng.randint(2, 30)}箱仕入れた。\n{self.pick(ROLES)}に報告済み。\n"
                f"{self.pick(ROLES)}より、{self.pick(TOPICS)}の資料を回覧。\n")
        return text, {("~PERSON", shop.replace("・", "")), ("~PERSON", product)}

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.minutes, self.speakers_only, self.daily, self.appraisal, self.mail, self.foreign]
        docs = []
        for i in range(count):
            text, truth = kinds[i % len(kinds)]()
            if self.rng.random() < 0.5:
                more, also = self.look_alikes()
                text, truth = text + more, truth | also
            truth = {t for t in truth if t[0] != "EMAIL"}
            docs.append(Doc(f"n3_dev{i:03d}.txt", text.encode("utf-8"), truth | SCORED))
        return docs

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            text, _ = self.look_alikes()
            docs.append(Doc(f"n3_dev_clean{i:03d}.txt", text.encode("utf-8")))
        return docs


SCORED = {("*", "PERSON")}
