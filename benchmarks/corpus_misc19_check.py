"""Check set for misc19 (issue 12), another hand than benchmarks/corpus_misc19_dev.py and
sharing no template or word list with it: a 法テラス-like desk's intake sheets in key-value
rows, a welfare office's visit log, an employer's hiring register in a table, a temple's and
a sports club's notices. No rule was tuned on it; it is scored before and after once.

Run: PYTHONPATH=$T python benchmarks/corpus_misc19_check.py
"""

from __future__ import annotations

import random

from benchmarks.corpus_misc19_dev import score

CLIENTS = ["新城 実花", "桐谷 大吾", "羽鳥 瑞穂", "久我 典之", "沢渡 玲奈"]
HARMS = [("特殊詐欺の被害に遭い、約150万円の被害", "詐欺の被害に遭い"), ("オレオレ詐欺で現金80万円の被害", "詐欺で現金80万円の被害"),
         ("投資詐欺によって計300万円の被害", "投資詐欺によって計300万円の被害"),
         ("ひったくりで財布ごと約5万円の被害", "ひったくり")]
REFERRALS = ["所轄の警察署へ相談するよう案内", "法テラスに相談するよう勧めた", "県警の相談窓口へ相談するよう伝えた",
             "消費者ホットラインへ相談するよう説明"]
OFFENCES = ["器物損壊で逮捕された経歴", "道路交通法違反で逮捕された経歴", "住居侵入で逮捕された経歴"]
VENUES = ["集合場所：鳴沢川河川敷", "会場：結崎紬工房", "行き先：湯島坂上の広場", "場所：三枝ホール"]


def documents(rng: random.Random):
    docs = []
    for i in range(20):
        client = CLIENTS[i % len(CLIENTS)]
        harm, piece = HARMS[i % len(HARMS)]
        referral = REFERRALS[i % len(REFERRALS)]
        docs.append((f"受付日\t2026/05/{i % 28 + 1:02d}\n氏名\t{client}\n生年月日\t昭和{30 + i}年2月9日\n"
                     f"概要\t{harm}があったとのこと。{referral}。\n", {("犯罪被害", piece)}, set()))
        docs.append((f"訪問記録（{client}様宅）\n年金の手続きについて説明。不審な電話があったので、{referral}。\n",
                     set(), {("犯罪被害", "")}))
    for i in range(12):
        client = CLIENTS[i % len(CLIENTS)]
        docs.append((f"採用台帳\n氏名\t前歴\t配属\n{client}\t{OFFENCES[i % len(OFFENCES)]}\t物流\n",
                     {("犯罪歴", OFFENCES[i % len(OFFENCES)][:3])}, set()))
    for i in range(12):
        venue = VENUES[i % len(VENUES)]
        surname = CLIENTS[(i + 2) % len(CLIENTS)].split()[0]
        docs.append((f"◆春季清掃活動のお知らせ◆\n{venue}\n雨天中止。係：{surname}　連絡先 090-4411-{7200 + i}\n",
                     {("PERSON", surname)}, {("PERSON", venue.split("：")[1][:2]), ("PERSON", "連絡先")}))
    rng.shuffle(docs)
    return docs


def main() -> None:
    found, expected, unexpected, count = score(documents(random.Random(1902)))
    print(f"misc19 check: {count} documents, recall {found}/{expected}, unexpected findings {unexpected}")


if __name__ == "__main__":
    main()
