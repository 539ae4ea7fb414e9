"""Check corpus for names in office prose and mail (issue 12, names3), written apart
from corpus_names3_dev.py: another author's habits (minutes with ○ and ＞ marks,
work logs in note form, an mbox of two messages with a quoted reply, parent contact
notes, complaints handled at a counter, visitor logs), other made-up people, shops,
products and roles; no template or list in common
(tests/benchmarks/test_names3_corpora.py checks the lists). The rules are never tuned
on it.

Truth: PERSON only (`("*", "PERSON")`); a thing read as a name is a look-alike
`("~PERSON", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc

FAMILIES = ["大川", "新井", "関口", "吉村", "桑原", "松尾", "藤井", "川島", "飯田", "中西", "村瀬", "秋山"]
FIRSTS = ["直樹", "香織", "悠斗", "真理子", "隆", "沙織", "和也", "陽菜", "修", "明美"]
READINGS = {"大川": "オオカワ", "新井": "アライ", "関口": "セキグチ", "吉村": "ヨシムラ", "桑原": "クワハラ", "松尾": "マツオ",
            "藤井": "フジイ", "川島": "カワシマ", "飯田": "イイダ", "中西": "ナカニシ", "村瀬": "ムラセ", "秋山": "アキヤマ"}
LATIN = {"大川": "OKAWA", "新井": "ARAI", "関口": "SEKIGUCHI", "吉村": "YOSHIMURA", "桑原": "KUWABARA", "松尾": "MATSUO",
         "藤井": "FUJII", "川島": "KAWASHIMA", "飯田": "IIDA", "中西": "NAKANISHI", "村瀬": "MURASE", "秋山": "AKIYAMA"}
ROMAN = {"直樹": "Naoki", "香織": "Kaori", "悠斗": "Yuto", "真理子": "Mariko", "隆": "Takashi", "沙織": "Saori",
         "和也": "Kazuya", "陽菜": "Hina", "修": "Osamu", "明美": "Akemi"}
ABROAD = [("チャン・ティ・ラン", "TRAN THI LAN"), ("ホセ・レイエス", "Jose Reyes"), ("スニタ・グルン", "Sunita Gurung"),
          ("プリヤ・シャルマ", "Priya Sharma"), ("アナ・ソウザ", "Ana Souza"), ("モニカ・シュミット", "Monika Schmidt"),
          ("アデバヨ・オラウォレ", "Adebayo Olawole")]
HANZI = [("陳", "志強", "チン シキョウ"), ("李", "美善", "イ ミソン"), ("張", "偉", "ちょう い")]
STORES = ["クリーニング大西", "菊池電器", "森下精肉店", "ベーカリー竹内"]
GOODS = ["ゆうこ饅頭", "ひろしサブレ", "みどり茶"]
POSTS = ["所長", "副校長", "店長", "窓口係", "班長", "総務課長"]
MATTERS = ["空調の不具合", "年末の当番表", "備品の発注", "避難訓練", "保護者会の準備"]


class CheckNames:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 89 + 5)

    def choose(self, items):
        return self.rng.choice(items)

    def person(self) -> tuple[str, str, str]:
        """(as written, canonical, family name)."""
        family, first = self.choose(FAMILIES), self.choose(FIRSTS)
        return f"{family}{self.choose(['', '　', ' '])}{first}", family + first, family

    def council(self) -> tuple[str, set]:
        members = self.rng.sample(FAMILIES, 3)
        body = [f"{self.choose(MATTERS)}に関する会議録", ""]
        for who in members + members[:2]:
            body.append(self.choose([f"○{who}　{self.choose(MATTERS)}は前倒しで進めたいと考えます。",
                                     f"＞{who}　異議なし。", f"{who}委員から質問があった。",
                                     f"（{who}）予算の範囲内で対応可能か。"]))
        return "\n".join(body) + "\n", {("PERSON", m) for m in members}

    def worklog(self) -> tuple[str, set]:
        a, b = self.person(), self.person()
        caller = self.choose([f for f in FAMILIES if f not in (a[2], b[2])])
        tel = f"03-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
        text = (f"業務日誌　記入 {a[0]}\n・{caller}様（{tel}）から{self.choose(MATTERS)}の件で電話。要折返し。\n"
                f"・{b[0]}が{self.choose(STORES)}に出向き説明。\n・{self.choose(POSTS)}不在のため明日回答。\n")
        return text, {("PERSON", a[1]), ("PERSON", b[1]), ("PERSON", caller)}

    def mbox(self) -> tuple[str, set]:
        a, b = self.person(), self.person()
        text = (f"From sender@example.org Mon Oct  5 09:12:00 2026\nFrom: {READINGS[a[2]]} <info@example.org>\n"
                f"Subject: {self.choose(MATTERS)}\n\n{b[2]}さん\nお世話になります。{a[0]}です。\n"
                f"{self.choose(MATTERS)}の件、ご確認ください。\n\n"
                f"From reply@example.org Mon Oct  5 11:40:00 2026\nSubject: Re: {self.choose(MATTERS)}\n\n"
                f"{a[2]}様\n承知しました。\n\n>お世話になります。{a[0]}です。\n>ご確認ください。\n\n{b[0]}\n")
        return text, {("PERSON", a[1]), ("PERSON", b[1])}

    def record(self) -> tuple[str, set]:
        shown, name, family = self.person()
        first = name[len(family):]
        text = self.choose([
            f"保護者連絡票\n{shown}（{READINGS[family]}）の母より欠席の連絡。{family}君は発熱とのこと。\n",
            f"窓口対応記録\n来訪者 {shown} 様。{self.choose(POSTS)}が応対し、{family}様は納得して帰られた。\n",
            f"来客簿\n{ROMAN[first]} {LATIN[family].title()}様 10:30 来社（{self.choose(POSTS)}対応）\n",
        ])
        values = {("PERSON", name)}
        if "来客簿" in text:
            values = {("PERSON", ROMAN[first] + LATIN[family].title())}
        return text, values

    def abroad(self) -> tuple[str, set]:
        kana, latin = self.choose(ABROAD)
        family, first, reading = self.choose(HANZI)
        text = (f"{self.choose(MATTERS)}の説明会に{kana}さんが参加。\n在留カード上の氏名は{latin}。\n"
                f"{family}{first}（{reading}）さんは通訳として同行した。\n")
        return text, {("PERSON", kana.replace("・", "")), ("PERSON", latin.replace(" ", "")),
                      ("PERSON", family + first), ("PERSON", reading.replace(" ", ""))}

    def things(self) -> tuple[str, set]:
        store, goods = self.choose(STORES), self.choose(GOODS)
        text = (f"差し入れの{goods}は{store}で購入。\n{self.choose(POSTS)}の判断で{self.choose(MATTERS)}は中止。\n")
        return text, {("~PERSON", store), ("~PERSON", goods)}

    def positives(self, count: int) -> list[Doc]:
        makers = [self.council, self.worklog, self.mbox, self.record, self.abroad]
        docs = []
        for i in range(count):
            text, truth = makers[i % len(makers)]()
            if self.rng.random() < 0.5:
                more, also = self.things()
                text, truth = text + more, truth | also
            docs.append(Doc(f"n3_check{i:03d}.txt", text.encode("utf-8"), truth | LABELLED))
        return docs

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            text, _ = self.things()
            docs.append(Doc(f"n3_check_clean{i:03d}.txt", text.encode("utf-8")))
        return docs


LABELLED = {("*", "PERSON")}
