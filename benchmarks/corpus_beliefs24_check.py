"""Check corpus for beliefs24 (see benchmarks/corpus_beliefs24_dev.py): 信条 and 宗教 in
other places and other words — a tab-separated export with the belief in a notes column, a
questionnaire's answer under its question, a mail to a desk telling one's own view, an
interview sheet of 項目 | 内容 rows, a guest list's remark — and near misses of their own.
No template, word or list is shared with the dev corpus.
"""

from __future__ import annotations

import random

FAMILY = ["東雲", "久我山", "日向", "桐ケ谷", "志賀", "椎名", "舘野", "城戸"]
FIRST = ["瑞希", "雅人", "紗英", "拓真", "弥生", "一平", "詩織", "隆之"]

# (value, fragment, category)
VALUES = [
    ("原発の再稼働に反対する女性の会で会計", "再稼働に反対する女性の会", "信条"),
    ("死刑廃止を願う市民グループの世話役", "死刑廃止", "信条"),
    ("憲法9条を守る運動に長年関わっている", "憲法9条を守る運動", "信条"),
    ("自由民主党の県連青年局に所属", "自由民主党", "信条"),
    ("れいわ新選組のボランティア", "れいわ新選組", "信条"),
    ("日本共産党の機関紙を配達", "機関紙", "信条"),
    ("米軍基地の撤去を求める集会で発言", "米軍基地の撤去", "信条"),
    ("夫婦別姓の実現を求める陳情書を市議会に提出", "陳情書", "信条"),
    ("菜食主義の信念に基づき乳製品も口にしない", "信念に基づき", "信条"),
    ("ヴィーガンの思想上、レザー不可", "思想上", "信条"),
    ("真宗大谷派の門徒総代", "真宗大谷派", "宗教"),
    ("ものみの塔の王国会館に通う", "ものみの塔", "宗教"),
    ("金光教の教会で奉仕", "金光教", "宗教"),
    ("ムスリムのため1日5回の礼拝", "ムスリム", "宗教"),
    ("天台宗の僧籍あり", "天台宗", "宗教"),
]

DECOYS = [
    "店主の信条から、添加物を使わないパンづくりを続けています。",
    "本市は、人種、信条、性別等による差別のない社会をめざします。",
    "平和行進にご賛同の方は、当日9時に駅前へお集まりください。",
    "作業中にスズメバチに刺された場合は、ただちに作業を中止すること。",
    "宗教法人○○寺 墓地管理事務所\n〒400-0001 山梨県甲府市",
    "選挙のお知らせ：投票は午前7時から午後8時まで。",
]


class CheckBeliefs24:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 2424)

    def person(self) -> str:
        return self.rng.choice(FAMILY) + self.rng.choice(FIRST)

    def value(self) -> tuple[str, str, str]:
        return self.rng.choice(VALUES)

    def export(self) -> tuple[str, str, list]:
        lines, expected = ["会員番号\t氏名\t入会日\t特記"], []
        for n in range(self.rng.randint(3, 5)):
            value, fragment, category = self.value()
            lines.append(f"M-{n + 301}\t{self.person()}\t2024-11-0{n + 1}\t{value}")
            expected.append((category, fragment))
        return "export.tsv", "\n".join(lines) + "\n", expected

    def questionnaire(self) -> tuple[str, str, list]:
        value, fragment, category = self.value()
        text = (f"利用者アンケート（自由記述）\n回答者：{self.person()}（72歳）\n"
                f"Q3. 地域で参加している活動があれば教えてください。\nA. {value}。\n")
        return "answer.txt", text, [(category, fragment)]

    def desk_mail(self) -> tuple[str, str, list]:
        value, fragment, category = self.value()
        text = (f"From: {self.person()} <reader@example.ne.jp>\nTo: editor@kahoku-times.example.jp\nSubject: 投書\n\n"
                f"編集部御中\n私事ですが、{value}です。先日の社説に一言申し上げたく筆を執りました。\n")
        return "mail.eml", text, [(category, fragment)]

    def sheet(self) -> tuple[str, str, list]:
        value, fragment, category = self.value()
        text = (f"項目\t内容\n氏名\t{self.person()}\n生年月日\t1958年4月2日\n"
                f"備考\t{value}\n次回面談\t12月15日\n")
        return "sheet.tsv", text, [(category, fragment)]

    def documents(self, count: int) -> list[tuple[str, bytes, list]]:
        makers = [self.export, self.questionnaire, self.desk_mail, self.sheet]
        out = []
        for i in range(count):
            name, text, expected = makers[i % len(makers)]()
            out.append((f"b24chk_{i:03d}_{name}", text.encode("utf-8"), expected))
        return out

    def negatives(self, count: int) -> list[tuple[str, bytes, list]]:
        return [(f"b24chk_neg{i:03d}.txt", f"{DECOYS[i % len(DECOYS)]}\n".encode("utf-8"), []) for i in range(count)]
