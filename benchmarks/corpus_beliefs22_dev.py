"""Development corpus for the belief group (issue 12, beliefs22): 犯罪歴, 犯罪被害, 労働組合, 宗教,
信条, 人種・民族 and 本籍 as offices other than the six scored writers might write them — a
support group's minutes where a record is told before a question of how to tell it, a staff
interview note under a bare 対象：, a union's roster with seats bracketed, a guest letter in
English, a family-register form whose label column repeats each row's label — beside near
misses (a rule's condition, a question asked of everyone, a co-op's seat, a lecture's topic).
benchmarks/corpus_beliefs22_check.py (other words, no template or list in common) checks the
rules; benchmarks/quality_beliefs22.py scores both.

Each document: (file name, bytes, expected [(category, a fragment of the value)]); a negative
expects nothing of the group's categories.
"""

from __future__ import annotations

import random

SURNAMES = ["沖田", "真鍋", "久住", "葛西", "早乙女", "槙野", "戸叶", "有働"]
GIVEN = ["康介", "みのり", "達郎", "千晶", "颯真", "美月", "航", "律子"]
ROMAJI = [("Kosuke", "Okita"), ("Chiaki", "Manabe"), ("Tatsuro", "Kasai"), ("Mizuki", "Ubou")]

RECORDS = ["窃盗で懲役1年の実刑", "恐喝の前歴あり", "大麻取締法違反で保護観察中", "傷害で罰金30万円",
           "詐欺罪で執行猶予期間中", "少年院を出院している", "過失運転致傷で禁錮刑の執行を終えた"]
TELLING = ["ことを、勤務先にどう説明するか悩んでいる", "ことを子どもにいつ話すか迷っている",
           "ことを面接で伝えるべきか相談したい", "点について、どのように向き合うか話し合った"]
VICTIMS = ["空き巣の被害に遭った", "オレオレ詐欺で約80万円の被害", "元交際相手からのつきまとい被害",
           "路上で殴られ、被害届を出した", "ネットオークション詐欺の被害（約6万円）"]
# the word each victim line is found by (what the value is read as)
VICTIM_CORE = {"空き巣の被害に遭った": "空き巣", "オレオレ詐欺で約80万円の被害": "詐欺", "元交際相手からのつきまとい被害": "つきまとい",
               "路上で殴られ、被害届を出した": "殴られ", "ネットオークション詐欺の被害（約6万円）": "詐欺"}
SEATS = ["書記長（北浜ユニオン）", "会計監査(労組)", "代議員（東洋電機労働組合 西支部）", "職場委員(組合)"]
FAITHS = ["創価学会の会員", "天理教の信者", "カトリック教会の受洗者", "イスラム教徒で毎週金曜に礼拝"]
CREEDS = ["原発再稼働に反対する市民団体の世話人", "死刑廃止を訴える会の会員", "護憲派の勉強会を主宰"]
ORIGINS = ["アイヌ民族", "在日コリアン", "琉球にルーツを持つ"]
ENGLISH_FAITH = ["you are an observant Jew and keep kosher", "you are a practising Hindu and eat no beef",
                 "you are a devout Muslim and need halal food"]

NEAR_MISSES = [
    "禁錮以上の刑に処せられた者は、登録を受けることができない。",
    "応募書類確認\n賞罰の有無を記入してください。刑事罰を受けたことがありますか\n",
    "研修テーマ：特殊詐欺の被害を防ぐには。講師による事例紹介。",
    "生活協同組合 理事会\n会計（組合） 報告は次回とする。",
    "宗教行事への参加は任意です。ハラール食の希望があれば事前にお知らせください。",
    "本籍地の記載は不要です（住民票の写しで足ります）。",
]


class DevBeliefs:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 97 + 22)

    def pick(self, items):
        return self.rng.choice(items)

    def name(self) -> str:
        return f"{self.pick(SURNAMES)} {self.pick(GIVEN)}"

    def minutes(self) -> tuple[str, str, list]:
        lines, expected = ["家族会 例会記録", f"出席：{self.name()}、{self.name()}"], []
        for _ in range(self.rng.randint(2, 4)):
            record = self.pick(RECORDS)
            lines.append(f"・{self.name()}さん：本人が{record}である{self.pick(TELLING)}。")
            expected.append(("犯罪歴", record[:4]))
        return "minutes.txt", "\n".join(lines) + "\n", expected

    def interview(self) -> tuple[str, str, list]:
        victim, faith, origin = self.pick(VICTIMS), self.pick(FAITHS), self.pick(ORIGINS)
        text = (f"職員面談記録\n記録日：2025年9月1日　記録者：主任 {self.name()}\n対象：{self.name()}\n\n"
                "シフトの希望について聞き取りを行った。来月以降の勤務時間は従来どおりとし、土日の出勤は月二回までとする。\n"
                "通勤経路の変更届は来週までに提出する。制服のサイズ交換も併せて申請済みで、在庫が揃い次第受け取る予定。\n"
                f"先月、{victim}。警察には連絡済み。\n休憩時間の過ごし方について話があり、{faith}であるとのこと。\n"
                f"出身については{origin}と本人が話していた。\n緊急連絡先：{self.name()}　090-4821-7730\n")
        return "interview.txt", text, [("犯罪被害", VICTIM_CORE[victim]), ("宗教", faith[:3]), ("人種・民族", origin[:2])]

    def roster(self) -> tuple[str, str, list]:
        rows, expected = ["氏名,役職,所属,内線"], []
        for i in range(self.rng.randint(3, 6)):
            seat = self.pick(SEATS)
            rows.append(f"{self.name()},{seat},第{i + 1}工場,{2100 + i}")
            expected.append(("労働組合", seat[:4]))
        return "yakuin.csv", "\n".join(rows) + "\n", expected

    def letter(self) -> tuple[str, str, list]:
        given, surname = self.pick(ROMAJI)
        faith = self.pick(ENGLISH_FAITH)
        text = (f"Dear {given} {surname},\n\nThank you for choosing our hotel for the family lunch on 3 May.\n"
                f"Our kitchen has been told that {faith}.\nWe look forward to welcoming you.\n")
        return "letter.txt", text, [("宗教", faith.split(" and ")[0].split()[-1])]

    def creed_note(self) -> tuple[str, str, list]:
        creed = self.pick(CREEDS)
        text = f"ボランティア登録メモ\n氏名：{self.name()}\n活動歴：{creed}。週末は不在が多い。\n"
        return "volunteer.txt", text, [("信条", creed[:4])]

    def documents(self, count: int) -> list[tuple[str, bytes, list]]:
        makers = [self.minutes, self.interview, self.roster, self.letter, self.creed_note]
        docs = []
        for i in range(count):
            name, text, expected = makers[i % len(makers)]()
            docs.append((f"b22dev_{i:03d}_{name}", text.encode("utf-8"), expected))
        return docs

    def negatives(self, count: int) -> list[tuple[str, bytes, list]]:
        return [(f"b22dev_neg{i:03d}.txt", f"{self.pick(NEAR_MISSES)}\n担当：{self.name()}\n".encode("utf-8"), [])
                for i in range(count)]
