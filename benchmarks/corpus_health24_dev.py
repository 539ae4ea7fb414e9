"""Development documents of health24 (issue 12): 病歴 and 障害 read by where they stand — a form's
label joined to another word (既往症・けが：), two fields on one line (障害：…／服薬：…), a disease's
attack with its history and a remark in brackets before a care (〜発作の既往（…）で入院中), a label
word inside a sentence after a blank line; a pregnancy as such (not 病歴) beside a pregnancy's disorder
or a doctor's guidance (病歴). A sports club's and a day centre's wording; no template, label or word
list is shared with benchmarks/corpus_health24_check.py. Synthetic people only.

A document is (name, text, truth): truth lists (category, phrase) a finding must overlap; a finding of
病歴 or 障害 overlapping none of them is false (benchmarks/quality_health24.py counts both).
"""

from __future__ import annotations

import random

SURNAMES = ["春日", "真鍋", "井筒", "宇佐美", "乙部", "門脇", "栗林", "嵯峨"]
GIVEN = ["瑞穂", "清志", "麻衣子", "晃", "菜摘", "敏行", "千尋", "悠"]
DISEASES = ["腎結石で通院中", "緑内障で点眼治療中", "関節リウマチで通院", "痛風の既往あり", "花粉症で点鼻薬を使用",
            "不整脈で服薬中"]
ATTACKS = ["喘息発作", "てんかん発作", "痛風発作"]
DISABILITIES = ["右下肢に機能障害（手帳4級）", "療育手帳A2を所持", "左耳難聴（補聴器使用）"]
JOINED = ["既往症・けが", "持病／服用薬", "ケガ・持病", "既往歴・通院"]
NOT_HEALTH = ["連絡・配慮事項", "送迎・その他"]
PREGNANT = ["妊娠中", "妊娠24週", "産休中（3月まで）", "出産予定日：令和8年4月"]
DISORDERS = [("切迫流産で1週間入院した", "切迫流産で1週間入院"), ("妊娠悪阻で点滴を受けている", "妊娠悪阻で点滴"),
             ("前置胎盤のため主治医から安静を指示された", "前置胎盤")]


def documents(seed: int = 24, count: int = 40) -> list[tuple[str, str, list[tuple[str, str]]]]:
    rng = random.Random(seed)
    makers = [_joined, _two_fields, _attack, _sentence, _pregnant, _disorder, _not_health]
    return [makers[i % len(makers)](rng, i) for i in range(count)]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)}　{rng.choice(GIVEN)}"


def _joined(rng, i):
    disease = rng.choice(DISEASES)
    text = f"入会申込書\n氏名：{_name(rng)}\n{rng.choice(JOINED)}：{disease}\n緊急連絡先：家族\n"
    return f"dev_joined{i:03d}.txt", text, [("病歴", disease)]


def _two_fields(rng, i):
    disability, disease = rng.choice(DISABILITIES), rng.choice(DISEASES)
    text = f"支援記録\n利用者：{_name(rng)}\n障害：{disability}／服薬：{disease}\n"
    return f"dev_two{i:03d}.txt", text, [("障害", disability), ("病歴", disease)]


def _attack(rng, i):
    attack, name = rng.choice(ATTACKS), _name(rng)
    text = f"クラブ便り\n会員近況：{name}さんは{attack}の既往（昨年末）で入院中。\n"
    return f"dev_attack{i:03d}.txt", text, [("病歴", f"{attack}の既往")]


def _sentence(rng, i):
    disease = rng.choice(["胆石", "腎結石", "十二指腸潰瘍"])
    text = f"面談記録\n利用者：{_name(rng)}\n\n経過：{disease}の既往（3年前）　次回面談 6月\n"
    return f"dev_sentence{i:03d}.txt", text, [("病歴", f"{disease}の既往")]


def _pregnant(rng, i):
    text = f"シフト調整メモ\nスタッフ：{_name(rng)}\n状況：{rng.choice(PREGNANT)}\n"
    return f"dev_neg_pregnant{i:03d}.txt", text, []


def _disorder(rng, i):
    sentence, phrase = rng.choice(DISORDERS)
    text = f"シフト調整メモ\nスタッフ：{_name(rng)}\n{sentence}ため、夜勤から外す。\n"
    return f"dev_disorder{i:03d}.txt", text, [("病歴", phrase)]


def _not_health(rng, i):
    text = f"入会申込書\n氏名：{_name(rng)}\n{rng.choice(NOT_HEALTH)}：駐車場を利用\n"
    return f"dev_neg_label{i:03d}.txt", text, []
