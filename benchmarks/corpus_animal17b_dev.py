"""Development records for animal17b (issue 12): a pet hotel's and a groomer's booking notes —
the owner named with the pet in a bracket (name・breed), the owner's own condition said with the
owner as its subject, the pet's own illness beside it. Run: python benchmarks/corpus_animal17b_dev.py
(benchmarks/corpus_animal17b_check.py: another hand's records, no template or word list in common)."""

from __future__ import annotations

import random

from benchmarks.animal17b_common import Record, score

SURNAMES = ["大河内", "鷲尾", "今泉", "宍戸", "椎名", "東雲", "柳瀬", "能登"]
GIVEN = ["紗希", "恭平", "陽向", "澄子", "伸之", "千尋", "律", "和馬"]
PETS = ["ポチ", "タマ", "ラテ", "こむぎ", "ソラ", "チョコ", "マル", "きなこ"]
KINDS = ["ミニチュアシュナウザー", "サバトラ", "ボーダーコリー", "豆柴", "ロシアンブルー", "ダックスフンド", "キジトラ", "ウサギ"]
OWNERS = ["糖尿病でインスリン注射中", "パーキンソン病で通院中", "人工透析を受けている", "うつ病で休職中", "全盲で盲導犬と来店"]
PETS_ILL = ["慢性腎不全の疑い", "外耳炎で点耳中", "心臓病の投薬中"]


def records(seed: int = 1701, count: int = 40) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        surname, given, pet, kind = rng.choice(SURNAMES), rng.choice(GIVEN), rng.choice(PETS), rng.choice(KINDS)
        own, ill = rng.choice(OWNERS), rng.choice(PETS_ILL)
        subject = rng.choice(["オーナー様は", "飼い主様ご本人が", "飼主さんが", "お客様ご本人も"])
        opener = rng.choice([f"◆ {surname} {given} 様（{pet}・{kind}）", f"ご予約：{surname}　{given} 様（{pet}／{kind}）"])
        text = (f"ペットホテル　宿泊メモ\n{opener}\n  お預かり 3泊\n  {subject}{own}とのこと、お迎え時間は柔軟に。\n"
                f"  {pet}ちゃんは{ill}。フードは持参。\n")
        out.append(Record(text, surname + given, pet, [own], [ill]))
    return out


if __name__ == "__main__":
    for key, value in score(records()).items():
        print(f"{key}: {value}")
