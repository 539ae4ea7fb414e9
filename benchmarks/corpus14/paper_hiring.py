"""The delivery agency's hiring notes: interviews of would-be carriers written by
the shop owner, with what the applicants said of themselves."""

from __future__ import annotations

import random

from benchmarks.corpus14 import office
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import org_phone, who
from benchmarks.corpus14.model import Lines
from benchmarks.corpus14.sensitive import phrase

IMPRESSIONS = ("受け答えははきはきしている", "朝が早いのは慣れているとのこと", "原付免許あり、バイク通勤希望", "以前も別の店で配達経験あり")


def interview_docx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add("配達員 採用面接記録（店主メモ）").add("面接日 {}", other_date(rng, "interview_date", "era"))
    for k in range(3):
        w = who(rng, 1960, 2006, 0.2)
        lines.add("応募者：{}　{}生まれ　携帯 {}", w.name(), w.born(rng.choice(("era", "kanji", "west"))),
                  w.phone(mobile_phone=True))
        lines.add("住まい：{}", w.address())
        lines.add("{}。本人申告：{}。", rng.choice(IMPRESSIONS), phrase(rng, ("犯罪歴", "人種・民族")[k % 2]))
        lines.add("前の職場のことを聞くと「{}」と話していた。", phrase(rng, rng.choice(("信条", "労働組合"))))
    lines.add("連絡は店 {} から折り返す。", org_phone("0586"))
    return f"新聞販売店/採用/面接記録_{n:02d}.docx", *office.docx_file(lines)


def officers_pptx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    slides = [Lines().add("販売所 懇親会のご案内").add("会場：駅東公民館　連絡先 {}", org_phone("0586"))]
    for _ in range(rng.randint(3, 4)):
        w = who(rng, 1955, 1990, 0.1)
        slides.append(Lines().add("スタッフ紹介").add("{}（配達歴{}年）", w.name("tight"), rng.randint(2, 30))
                      .add("趣味は釣り。{}。", phrase(rng, rng.choice(("信条", "宗教", "人種・民族")))))
    return f"新聞販売店/懇親会/スタッフ紹介_{n:02d}.pptx", *office.pptx_file(slides)


WRITERS = ((interview_docx, 11), (officers_pptx, 4))
