"""Development corpus of health22 (issue 12): 病歴, 障害 and 健康診断結果 in the shapes the errors of
six writers (corpora 16–21) generalise to, as a child-guidance desk, a hiking club and a
care-equipment dealer write them — a disability a child was diagnosed or judged with, told in a
carer's note after the child's name and birth date in brackets; a participants' CSV whose 既往歴
column holds a check-up value in one row and diseases in the others; a rental contract whose item
line names the aid rented and whose 状況 line the user's own condition. No template, label or word
list is shared with benchmarks/corpus_health22_check.py. Rules were tuned on it. Synthetic people.
Run: `PYTHONPATH=. python benchmarks/corpus_health22_dev.py`."""

from __future__ import annotations

import random

from benchmarks.sens20_score import Doc, report

SURNAMES = ["相馬", "梓川", "久我", "鬼塚", "真壁", "葛西", "芹沢", "日置"]
GIVEN = ["蒼", "紬", "陽翔", "澪", "律", "凪", "湊", "杏"]
DIAGNOSED = ["療育手帳A2", "身体障害者手帳3級（聴覚障害）", "知的障害（軽度）", "視覚障害（弱視）", "内部障害4級",
             "精神障害者保健福祉手帳2級", "肢体不自由（下肢）"]
PREDICATES = ["と診断された", "と判定された", "と言われた", "と診断されている"]
DISEASES = [("小児喘息", "と診断された"), ("川崎病", "と診断された"), ("ネフローゼ症候群", "と言われた")]
HISTORY = ["気管支喘息の既往あり", "高血圧で降圧剤を服用中", "痛風で通院中", "甲状腺の手術歴あり", "腰痛で整形外科に通院"]
CHECKUPS = ["HbA1c 7.1%（要受診）", "血圧 158/96mmHg（要医療）", "LDL 192mg/dL（要精密検査）"]
AIDS = ["車いす（自走式）", "歩行器（四輪）", "車いす（介助式）", "歩行車"]
STATES = ["脳梗塞後の左片麻痺", "下肢機能障害（手帳3級）", "パーキンソン病で歩行困難"]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + " " + rng.choice(GIVEN)


def _birth(rng: random.Random) -> str:
    return f"{rng.randint(2010, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日生"


def _carers_note(rng: random.Random, i: int) -> Doc:
    lines, expected = [f"児童相談 連絡会 記録（第{i + 1}回）", f"出席：{_name(rng)}、{_name(rng)}", ""], {"障害": [], "病歴": []}
    for disability in rng.sample(DIAGNOSED, 2):
        lines.append(f"・{rng.choice(SURNAMES)}さん：預かり中の{rng.choice(GIVEN)}ちゃん（{_birth(rng)}）が"
                     f"{disability}{rng.choice(PREDICATES)}。")
        expected["障害"].append(disability.split("（")[0])
    disease, predicate = DISEASES[i % len(DISEASES)]
    lines.append(f"・{rng.choice(SURNAMES)}さん：{rng.choice(GIVEN)}くん（{_birth(rng)}）が{disease}{predicate}。")
    expected["病歴"].append(disease)
    return Doc(f"note_{i:03d}.txt", "\n".join(lines).encode("utf-8"), expected)


def _participants(rng: random.Random, i: int) -> Doc:
    lines, expected = ["氏名,年齢,緊急連絡先,既往歴・服薬,保険"], {"病歴": [], "健康診断結果": []}
    for k in range(6):
        if k == 1:
            value = rng.choice(CHECKUPS)
            expected["健康診断結果"].append(value)
        elif k % 2 == 0:
            value = rng.choice(HISTORY)
            expected["病歴"].append(value)
        else:
            value = "特になし"
        lines.append(f"{_name(rng)},{rng.randint(20, 70)},+81-90-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)},"
                     f"{value},{rng.choice(['加入済', '当日加入'])}")
    return Doc(f"participants_{i:03d}.csv", "\n".join(lines).encode("cp932"), expected)


def _rental(rng: random.Random, i: int) -> Doc:
    state = STATES[i % len(STATES)]
    text = (f"福祉用具貸与契約書\nみどり福祉用具センター\n利用者：{_name(rng)} 様（要介護2）\n心身の状況：{state}\n"
            f"貸与品目：{rng.choice(AIDS)}、手すり（据置型）\n月額利用料：{rng.randint(5, 30) * 100}円\n")
    return Doc(f"rental_{i:03d}.txt", text.encode("utf-8"), {"障害": [state]} if "障害" in state
               else {"病歴": [state]})


def documents(count: int = 36, seed: int = 2022) -> list[Doc]:
    rng = random.Random(seed)
    makers = (_carers_note, _participants, _rental)
    return [makers[i % len(makers)](rng, i) for i in range(count)]


if __name__ == "__main__":
    print(report("health22 dev", documents()))
