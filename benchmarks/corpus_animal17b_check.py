"""Check records for animal17b (issue 12), written apart from corpus_animal17b_dev.py: a
veterinary clinic's and a trimming salon's handover lines, a table-free list where the pet is
written after its owner with a slash or in its own bracket and the owner's illness is told by the
staff (飼い主の方が…, オーナーさんは…). Run: python benchmarks/corpus_animal17b_check.py"""

from __future__ import annotations

import random

from benchmarks.animal17b_common import Record, score

FAMILY = ["鳴神", "久我", "芹沢", "真壁", "早乙女", "堀之内"]
FIRST = ["悠真", "詩織", "啓介", "美帆", "航", "絢子"]
ANIMALS = [("小次郎", "黒柴"), ("モカ", "トイプードル"), ("レオ", "メインクーン"), ("ミルク", "チンチラ"),
           ("ハナ", "フレンチブルドッグ"), ("ルル", "ペルシャ猫")]
OWNER_STATES = ["脳梗塞の後遺症で右手が不自由", "乳がんの抗がん剤治療中", "統合失調症で通院", "難聴で補聴器を使用"]
ANIMAL_STATES = ["僧帽弁閉鎖不全症の投薬継続", "皮膚炎のため薬浴", "椎間板ヘルニアで安静"]


def records(seed: int = 1702, count: int = 40) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        family, first = rng.choice(FAMILY), rng.choice(FIRST)
        name, kind = rng.choice(ANIMALS)
        owner_state, animal_state = rng.choice(OWNER_STATES), rng.choice(ANIMAL_STATES)
        head = rng.choice([f"●{family}{first}様　（{name}・{kind}・去勢済）", f"【{family} {first} 様】{name}（{kind}）"])
        who = rng.choice(["飼い主の方が", "オーナーさんは", "飼い主さま自身が"])
        text = (f"トリミングサロン申し送り\n{head}\n・本日シャンプーコース\n・{who}{owner_state}のため、受け渡しは車まで。\n"
                f"・{name}は{animal_state}。\n")
        out.append(Record(text, family + first, name, [owner_state], [animal_state]))
    return out


if __name__ == "__main__":
    for key, value in score(records()).items():
        print(f"{key}: {value}")
