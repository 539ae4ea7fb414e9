"""Health vocabulary of the second corpus: illnesses with their treatment as an
occupational physician, a nurse or a manager writes them, check-up items with
values and judgements, disabilities and their certificates."""

from __future__ import annotations

import random
from dataclasses import dataclass

# (illness, treatments)
ILLNESSES = [
    ("2型糖尿病", ["インスリン自己注射", "経口血糖降下薬の内服", "食事療法と運動療法"]),
    ("本態性高血圧症", ["降圧剤の内服"]), ("気管支喘息", ["吸入ステロイド", "発作時の吸入薬"]),
    ("関節リウマチ", ["生物学的製剤の自己注射", "メトトレキサートの内服"]),
    ("潰瘍性大腸炎", ["5-ASA製剤の内服"]), ("クローン病", ["栄養療法", "抗TNF製剤の点滴"]),
    ("乳がん", ["術後の化学療法", "ホルモン療法", "放射線治療"]), ("胃がん", ["腹腔鏡下胃切除術"]),
    ("大腸がん", ["人工肛門造設術", "抗がん剤治療"]), ("脳梗塞", ["リハビリ通院", "抗血小板薬の内服"]),
    ("急性心筋梗塞", ["ステント留置術", "心臓リハビリ"]), ("慢性腎不全", ["週3回の人工透析"]),
    ("双極性障害", ["気分安定薬の服用"]), ("適応障害", ["心療内科でのカウンセリング"]),
    ("パニック障害", ["抗不安薬の頓服"]), ("統合失調症", ["デイケアへの通所", "抗精神病薬の服用"]),
    ("てんかん", ["抗てんかん薬の服用"]), ("C型肝炎", ["抗ウイルス薬による治療"]),
    ("HIV感染症", ["抗HIV療法"]), ("腰椎椎間板ヘルニア", ["内視鏡下の摘出手術", "神経ブロック注射"]),
    ("子宮内膜症", ["低用量ピルによるホルモン療法"]), ("メニエール病", ["利尿剤の内服"]),
    ("睡眠時無呼吸症候群", ["CPAP療法"]), ("バセドウ病", ["抗甲状腺薬の内服"]),
    ("アルコール依存症", ["断酒会への参加", "抗酒薬の服用"]), ("右足関節骨折", ["ギプス固定"]),
    ("不眠症", ["睡眠導入剤の服用"]), ("突発性難聴", ["ステロイド治療"]), ("帯状疱疹", ["抗ウイルス薬の内服"]),
]


def illness_phrase(rng: random.Random) -> str:
    """One sentence part that says what the person has and how it is treated."""
    illness, treatments = rng.choice(ILLNESSES)
    treatment = rng.choice(treatments)
    return rng.choice([
        f"{illness}と診断され、{treatment}を続けている", f"{illness}のため{treatment}中",
        f"{illness}（{treatment}）", f"{illness}で{rng.randint(2, 6)}週間入院し{treatment}を受けた",
        f"持病の{illness}が悪化し{treatment}を再開した", f"{illness}の既往があり現在も{treatment}",
        f"主治医から{illness}の診断書が提出された（{treatment}のため{rng.randint(1, 3)}か月の休業を要す）",
    ])


def illness_short(rng: random.Random) -> str:
    """A table cell: 既往歴 / 通院中の疾患."""
    illness, treatments = rng.choice(ILLNESSES)
    return rng.choice([illness, f"{illness}（治療中）", f"{illness}・{rng.choice(treatments)}",
                       f"{illness}　H{rng.randint(10, 30)}年手術"])


@dataclass(frozen=True)
class CheckItem:
    name: str
    unit: str
    normal: tuple  # (low, high) for numbers, or the words of a normal finding
    abnormal: tuple


CHECK_ITEMS = [
    CheckItem("BMI", "", (18.6, 24.5), (27.5, 36.0)), CheckItem("腹囲", "cm", (68.0, 84.0), (91.0, 112.0)),
    CheckItem("収縮期血圧", "mmHg", (102, 128), (146, 182)), CheckItem("拡張期血圧", "mmHg", (60, 82), (92, 116)),
    CheckItem("AST(GOT)", "U/L", (14, 29), (52, 140)), CheckItem("ALT(GPT)", "U/L", (10, 29), (55, 180)),
    CheckItem("γ-GTP", "U/L", (12, 48), (102, 420)), CheckItem("HbA1c", "%", (4.9, 5.5), (6.6, 9.8)),
    CheckItem("空腹時血糖", "mg/dL", (78, 98), (128, 230)), CheckItem("LDLコレステロール", "mg/dL", (72, 118), (162, 238)),
    CheckItem("中性脂肪", "mg/dL", (48, 140), (320, 780)), CheckItem("尿酸", "mg/dL", (3.1, 6.8), (8.2, 10.4)),
    CheckItem("eGFR", "mL/分/1.73m2", (68, 104), (32, 52)), CheckItem("ヘモグロビン", "g/dL", (12.4, 16.1), (8.1, 10.6)),
    CheckItem("尿蛋白", "", ("（－）",), ("（２＋）", "（３＋）")), CheckItem("尿糖", "", ("（－）",), ("（＋）", "（３＋）")),
    CheckItem("心電図", "", ("異常なし",), ("完全右脚ブロック", "心房細動", "ST低下")),
    CheckItem("胸部X線", "", ("異常なし",), ("右上肺野に結節影", "陳旧性陰影", "心拡大")),
    CheckItem("聴力(4000Hz)", "", ("所見なし",), ("所見あり（右）",)),
]
JUDGEMENTS = {"A": "異常なし", "B": "軽度異常", "C": "要経過観察", "D1": "要治療", "D2": "要精密検査", "E": "治療中"}


def check_value(rng: random.Random, item: CheckItem, abnormal: bool) -> str:
    low_high = item.abnormal if abnormal else item.normal
    if isinstance(low_high[0], str):
        return rng.choice(low_high)
    low, high = low_high
    value = rng.uniform(low, high)
    return f"{value:.1f}" if isinstance(low, float) else str(int(value))


def abnormal_judgement(rng: random.Random) -> str:
    return rng.choice(["C", "D1", "D2", "E"])


def result_phrase(rng: random.Random) -> str:
    """A check-up result with its value and judgement, as a nurse writes it in a note."""
    item = rng.choice([i for i in CHECK_ITEMS if not isinstance(i.normal[0], str)])
    value, grade = check_value(rng, item, True), abnormal_judgement(rng)
    unit = f" {item.unit}" if item.unit else ""
    return rng.choice([f"{item.name} {value}{unit}（{grade} {JUDGEMENTS[grade]}）", f"{item.name}が{value}{unit}で{JUDGEMENTS[grade]}",
                       f"{item.name} {value}{unit} → {JUDGEMENTS[grade]}", f"定期健診で{item.name} {value}{unit}、判定{grade}"])


DISABILITIES = [
    "身体障害者手帳1級（両下肢機能全廃）", "身体障害者手帳3級（心臓機能障害・ペースメーカー装着）",
    "身体障害者手帳4級（右上肢機能障害）", "精神障害者保健福祉手帳2級", "精神障害者保健福祉手帳3級",
    "愛の手帳4度", "療育手帳B2", "聴覚障害のため補聴器を使用", "視覚障害（弱視）で拡大読書器を使用",
    "脊髄損傷により車椅子を使用", "発達障害（ADHD）の診断を受けている", "高次脳機能障害", "人工肛門（ストーマ）を造設",
    "両耳とも聴力レベル90dBの聴覚障害", "吃音があり電話応対が困難",
]


def disability(rng: random.Random) -> str:
    return rng.choice(DISABILITIES)
