"""Development corpus for 信条 and 宗教 read by STRUCTURE (issue 12, beliefs24): the same
kinds of belief the eight development writers (corpora 16–23) planted, in other offices'
wording and in each of the places a belief stands — a roster's column under a header of
one's groups, a form's labelled field, a JSON record's field, a sentence of membership,
support, a cause pursued, a petition, a vote or a conviction kept, a reservation letter's
「〜の方がいらっしゃる」 — beside near misses (an office's creed, an equal-treatment clause,
an invitation, a harm done by an animal). benchmarks/corpus_beliefs24_check.py (other words,
no template or list in common) checks the rules; benchmarks/quality_beliefs24.py scores both.

Each document: (file name, bytes, expected [(category, a fragment of the value)]); a negative
expects nothing of the group's categories.
"""

from __future__ import annotations

import json
import random

SURNAMES = ["三ツ矢", "鷲尾", "御園", "猪狩", "嵯峨", "穂積", "漆畑", "百瀬"]
GIVEN = ["敦子", "泰造", "知世", "篤史", "理沙", "修平", "千鶴", "圭吾"]

# (value, fragment it is found by): a group of a cause, with one's seat in it
GROUPS = [("核兵器廃絶を訴える市民の会の事務局長", "核兵器廃絶"), ("ダム建設に反対する住民の会の共同代表", "ダム建設"),
          ("消費税廃止を求める団体の運営委員", "消費税廃止"), ("同性婚の法制化を求める会の賛同人", "法制化を求める会"),
          ("リニア新線反対の住民団体で広報担当", "リニア新線反対")]
PARTIES = [("社会民主党の党員", "社会民主党"), ("国民民主党を支持", "国民民主党"), ("参政党の支部で会計を担当", "参政党"),
           ("日本維新の会の後援会員", "日本維新の会")]
ACTS = [("安保法制の廃止を求めるデモに毎週参加", "デモに毎週参加"), ("辺野古の新基地建設に抗議する座り込みに参加", "座り込みに参加"),
        ("原発ゼロを求める署名を集めている", "署名を集め"), ("死刑制度の存続を求める請願に署名", "請願に署名")]
CONVICTIONS = [("動物愛護の信念から肉類NG", "信念から肉類NG"), ("平和主義の信条により自衛隊関連行事は不参加", "信条により"),
               ("エシカルの思想から毛皮製品は使用せず", "思想から毛皮製品")]
FAITHS = [("立正佼成会の会員", "立正佼成会"), ("天理教の信者", "天理教"), ("浄土宗の檀家", "浄土宗の檀家"),
          ("創価学会の婦人部員", "創価学会"), ("カトリック信徒", "カトリック")]
HEADERS = ["所属団体", "市民活動歴", "社会活動", "関心・所属"]

NEAR_MISSES = [
    "当組合の信念から、組合員の声を第一に考え、手抜きは一切しない。",
    "採用にあたり、応募者の思想・信条により不利益な取扱いをすることはありません。",
    "学習会のお知らせ\n核兵器廃絶を訴える講演会を開きます。どなたでもご参加ください。",
    "猟友会だより\n先月、会員がイノシシに襲われ軽傷を負いました。見回りは二人一組で。",
    "ご参加の方に宗教上の配慮が必要な方がいらっしゃる場合は、事前にお知らせください。",
    "議会だより\n国民民主党が提出した法案は、賛成多数で可決されました。",
]


class DevBeliefs24:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 131 + 24)

    def pick(self, items):
        return self.rng.choice(items)

    def name(self) -> str:
        return f"{self.pick(SURNAMES)} {self.pick(GIVEN)}"

    def _belief(self) -> tuple[str, str, str]:
        kind = self.pick(("g", "p", "a", "c", "f"))
        pool = {"g": GROUPS, "p": PARTIES, "a": ACTS, "c": CONVICTIONS, "f": FAITHS}[kind]
        value, fragment = self.pick(pool)
        return value, fragment, "宗教" if kind == "f" else "信条"

    def roster(self) -> tuple[str, str, list]:
        header = self.pick(HEADERS)
        rows, expected = [f"氏名,電話,{header},登録日"], []
        for i in range(self.rng.randint(3, 5)):
            value, fragment, category = self._belief()
            rows.append(f"{self.name()},090-31{i}4-52{i}8,{value},2025/0{i + 1}/10")
            expected.append((category, fragment))
        return "roster.csv", "\n".join(rows) + "\n", expected

    def form(self) -> tuple[str, str, list]:
        value, fragment, category = self._belief()
        label = "信仰" if category == "宗教" else self.pick(HEADERS)
        text = (f"ボランティア登録カード\n氏名：{self.name()}\n住所：長野県松本市中央2-3-4\n"
                f"{label}：{value}\n希望する活動：配食、見守り\n")
        return "card.txt", text, [(category, fragment)]

    def records(self) -> tuple[str, str, list]:
        people, expected = [], []
        for _ in range(3):
            value, fragment, category = self._belief()
            people.append({"氏名": self.name(), "連絡先": "080-2219-4471", "メモ": value})
            expected.append((category, fragment))
        return "members.json", json.dumps({"members": people}, ensure_ascii=False, indent=1), expected

    def prose(self) -> tuple[str, str, list]:
        value, fragment, category = self._belief()
        shape = self.pick((f"面談メモ\n{self.name()}さんは{value}とのこと。来月の当番は調整する。",
                           f"相談記録\n相談者：{self.name()}\n本人の話では、{value}。家族の理解は得ているという。",
                           f"{self.name()} 様\nご予約ありがとうございます。ご一行に{value}の方がいらっしゃると伺いました。"))
        return "note.txt", shape + "\n", [(category, fragment)]

    def documents(self, count: int) -> list[tuple[str, bytes, list]]:
        makers = [self.roster, self.form, self.records, self.prose]
        docs = []
        for i in range(count):
            name, text, expected = makers[i % len(makers)]()
            docs.append((f"b24dev_{i:03d}_{name}", text.encode("utf-8"), expected))
        return docs

    def negatives(self, count: int) -> list[tuple[str, bytes, list]]:
        return [(f"b24dev_neg{i:03d}.txt", f"{NEAR_MISSES[i % len(NEAR_MISSES)]}\n担当：{self.name()}\n".encode("utf-8"), [])
                for i in range(count)]
