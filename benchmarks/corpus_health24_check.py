"""Check documents of health24 (issue 12), another writer's habits: a clinic's, a school's and a
workplace's wording for the structures of benchmarks/corpus_health24_dev.py — a joined header in
running text, fields side by side on one line (with ｜ or ；), an episode's history with a remark
before its care, a label word mid-sentence after a blank line; a pregnancy or a birth as such beside a
pregnancy's disorder or care. No template, label or word list is shared with the dev documents.
Synthetic people only; truth as the dev documents give it (benchmarks/quality_health24.py).
"""

from __future__ import annotations

import random

FAMILY = ["相馬", "日置", "雲井", "久保寺", "鬼塚", "米倉", "皆川", "椎葉"]
FIRST = ["美冬", "剛", "紗希", "泰造", "朋子", "隼人", "結衣", "昭彦"]
CONDITIONS = ["胃潰瘍の治療歴あり", "高尿酸血症で内服中", "甲状腺機能亢進症で通院", "アトピー性皮膚炎で外用薬を使用",
              "偏頭痛で頓服を処方されている", "狭心症でニトロを携帯"]
EPISODES = ["めまい発作", "ぜんそく発作", "けいれん発作"]
IMPAIRMENTS = ["視覚障害2級", "精神障害者保健福祉手帳2級", "聴覚障害（人工内耳）"]
HEADERS = ["病歴・手術", "アレルギー／既往", "体質・持病", "治療中の病気・服薬"]
OTHER_HEADERS = ["備考・配慮事項", "通学・その他"]
MATERNITY = ["妊娠中（16週）", "妊娠7か月", "産前産後休業中", "出産予定 2027年1月"]
COMPLICATIONS = [("妊娠高血圧症候群で管理入院となった", "妊娠高血圧症候群で管理入院"),
                 ("切迫早産と診断され、自宅安静となった", "切迫早産"),
                 ("産科医より就業時間の短縮を指導された", "就業時間の短縮を指導された")]


def documents(seed: int = 42, count: int = 40) -> list[tuple[str, str, list[tuple[str, str]]]]:
    rng = random.Random(seed)
    makers = [_header, _side_by_side, _episode, _mid_sentence, _maternity, _complication, _other_header]
    return [makers[i % len(makers)](rng, i) for i in range(count)]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(FIRST)}"


def _header(rng, i):
    condition = rng.choice(CONDITIONS)
    text = f"問診カード\n患者名 {_person(rng)} 様\n{rng.choice(HEADERS)}：{condition}\n受付 9:30\n"
    return f"check_header{i:03d}.txt", text, [("病歴", condition)]


def _side_by_side(rng, i):
    impairment, condition = rng.choice(IMPAIRMENTS), rng.choice(CONDITIONS)
    separator = rng.choice(["｜", "；"])
    text = f"生徒調査票\n生徒 {_person(rng)}\n障がい：{impairment} {separator} 既往：{condition} {separator} 血液型：O\n"
    return f"check_side{i:03d}.txt", text, [("障害", impairment), ("病歴", condition)]


def _episode(rng, i):
    episode = rng.choice(EPISODES)
    text = f"保健室だより\n{_person(rng)}さんは{episode}の既往（小学生の頃）で通院中です。\n"
    return f"check_episode{i:03d}.txt", text, [("病歴", f"{episode}の既往")]


def _mid_sentence(rng, i):
    condition = rng.choice(["尿管結石", "胃潰瘍", "帯状疱疹"])
    text = f"産業医面談\n社員 {_person(rng)}\n\n所感：{condition}の既往（一昨年）　次回 7月予定\n"
    return f"check_mid{i:03d}.txt", text, [("病歴", f"{condition}の既往")]


def _maternity(rng, i):
    text = f"母性健康管理 申出書\n申出者 {_person(rng)}\n健康状態：{rng.choice(MATERNITY)}\n"
    return f"check_neg_maternity{i:03d}.txt", text, []


def _complication(rng, i):
    sentence, phrase = rng.choice(COMPLICATIONS)
    text = f"母性健康管理 申出書\n申出者 {_person(rng)}\n{sentence}。\n"
    return f"check_complication{i:03d}.txt", text, [("病歴", phrase)]


def _other_header(rng, i):
    text = f"生徒調査票\n生徒 {_person(rng)}\n{rng.choice(OTHER_HEADERS)}：自転車通学\n"
    return f"check_neg_header{i:03d}.txt", text, []
