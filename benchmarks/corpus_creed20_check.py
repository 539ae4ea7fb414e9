"""Check corpus of creed20 (信条 in every form a writer may use), written apart from
corpus_creed20_dev.py (no template, name or word list in common): the rules are not tuned on it.
Kinds: a 身上書 printed to PDF (a camp, a cause called for, a conviction ruling a refusal),
a CSV of members with 加入団体, a case worker's diary in text (a lobby, a defeat at the polls,
a protest joined, a party's campaign), an English staff profile. Clean files: a city's stand,
a club's election, a plea in court, a 加入団体 of a neighbourhood.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _pdf

NAMES = [("西条", "和樹"), ("桐生", "明日香"), ("三船", "直人"), ("葛西", "真央"), ("宮越", "蓮"), ("日置", "詩織")]
LATIN = ["Haruto Inagaki", "Sora Kitamura", "Rin Nagase"]
HELD = ["脱原発派であり", "護憲論者として", "死刑廃止を唱えており", "戦争反対を訴えており",
        "道徳的な理由から肉を口にせず", "信念に基づき献血を拒んでおり", "アナキストを自認し"]
BODIES = ["原発ゼロをめざす会", "反戦平和ネットワーク", "地域新党", "基地撤去の会"]
NEIGHBOURS = ["第三自治会", "青年会議所", "囲碁クラブ"]
DIARY = ["市長に陳情書を送った", "参院選に立候補して落選した", "新生党の選挙運動に参加した", "抗議デモに参加した"]
PROFILE = ["supported the Labour Party", "took part in an anti-war protest", "is a pacifist"]
TYPES = {("*", "SENSITIVE")}


class CheckCreed20:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 20)

    def name(self) -> str:
        return "　".join(self.rng.choice(NAMES))

    def personal_pdf(self, k: int) -> Doc:
        held = self.rng.choice(HELD)
        lines = ["身上書", f"氏名　{self.name()}", f"備考　{held}、周囲にもそう話している。"]
        return Doc(f"cr20c_personal{k:03d}.pdf", _pdf(lines), TYPES | {("SENSITIVE", f"信条:{held}")})

    def members_csv(self, k: int) -> Doc:
        rows, truth = ["氏名,加入団体"], set(TYPES)
        for family, given in self.rng.sample(NAMES, 3):
            body = self.rng.choice(BODIES)
            rows.append(f"{family} {given},{body}")
            truth.add(("SENSITIVE", f"信条:{body}"))
        return Doc(f"cr20c_members{k:03d}.csv", "\r\n".join(rows).encode("utf-8"), truth)

    def diary_txt(self, k: int) -> Doc:
        act = self.rng.choice(DIARY)
        text = f"ケース記録 {k}\n相談者 {self.name()}\n経過: 昨年、{act}と話す。生活は安定。"
        return Doc(f"cr20c_diary{k:03d}.txt", text.encode("utf-8"), TYPES | {("SENSITIVE", f"信条:{act}")})

    def profile_txt(self, k: int) -> Doc:
        said = self.rng.choice(PROFILE)
        text = f"Staff profile\nName: {self.rng.choice(LATIN)}\nBefore joining us he {said} while at university."
        return Doc(f"cr20c_profile{k:03d}.txt", text.encode("utf-8"), TYPES | {("SENSITIVE", f"信条:{said}")})

    def positives(self, count: int) -> list[Doc]:
        makers = [self.personal_pdf, self.members_csv, self.diary_txt, self.profile_txt]
        return [makers[k % len(makers)](k) for k in range(count)]

    def clean_txt(self, k: int) -> Doc:
        lines = ["市は駅前再開発の推進を主張している。", "クラブの委員長に立候補した者は二名。", "被告は一貫して無罪を主張している。",
                 f"加入団体: {self.rng.choice(NEIGHBOURS)}"]
        return Doc(f"cr20c_clean{k:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        return [self.clean_txt(k) for k in range(count)]
