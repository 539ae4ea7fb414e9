"""Clean files of corpus 13: notices, menus, price lists, procedures and articles on
health or faith that name no one — nothing in them is personal data."""

from __future__ import annotations

import random

from benchmarks.corpus13 import files
from benchmarks.corpus13.marks import Document, Grid

NOTICES = ("年末年始の休業について", "台風接近に伴う臨時休業のお知らせ", "駐車場工事のお知らせ", "料金改定のご案内",
           "防災訓練の実施について", "ホームページリニューアルのお知らせ")
ARTICLES = (("熱中症を防ぐために", "高齢の方は喉の渇きを感じにくく、脱水が進みやすくなります。こまめな水分補給を心がけましょう。"),
            ("インフルエンザの流行期に入りました", "手洗いとうがい、室内の加湿が基本です。発熱時は無理をせず受診しましょう。"),
            ("糖尿病とじょうずに付き合う", "食後の血糖値は食べる順番でも変わります。野菜から食べ始めるのがおすすめです。"),
            ("お盆とお彼岸の違い", "浄土真宗ではお盆を歓喜会と呼ぶこともあります。宗派によって供え物の作法が異なります。"),
            ("動物の感染症予防", "子犬や子猫には混合ワクチンの接種が推奨されています。"))
GOODS = ("弁当容器（中）", "保冷バッグ", "車いす用クッション", "ペットシーツ", "軍手", "養生テープ", "段ボール（120サイズ）")
STEPS = ("作業前に車両の点検を行う。", "手袋を着用し、荷物は両手で持つ。", "不明な書類は処分せず必ず事務所へ持ち帰る。",
         "訪問先では靴カバーを使用する。", "作業後は写真で現状を記録する。")


def notice(rng: random.Random, n: int) -> Document:
    title = rng.choice(NOTICES)
    text = f"{title}\n\n平素より格別のご愛顧を賜り、誠にありがとうございます。\n詳細は掲示板をご覧ください。\n以上\n"
    return Document(f"共有/お知らせ/お知らせ_{n:03d}.txt", text.encode(rng.choice(("utf-8", "cp932"))))


def article(rng: random.Random, n: int) -> Document:
    title, body = rng.choice(ARTICLES)
    return Document(f"共有/広報/コラム_{n:03d}.docx", files.docx_bytes([title, body, "（広報誌より）"]))


def price_list(rng: random.Random, n: int) -> Document:
    grid = Grid("単価表").row("品番", "品名", "単価", "入数")
    for good in GOODS:
        grid.row(f"G-{rng.randint(1000, 9999)}", good, f"{rng.randint(2, 400) * 10}", f"{rng.choice((1, 10, 50))}")
    return Document(f"共有/経理/単価表_{n:03d}.xlsx", files.xlsx_bytes([grid]))


def stock(rng: random.Random, n: int) -> Document:
    grid = Grid().row("棚番", "品名", "在庫数", "発注点")
    for shelf, good in enumerate(GOODS):
        grid.row(f"{chr(65 + shelf)}-{rng.randint(1, 9)}", good, f"{rng.randint(0, 300)}", f"{rng.randint(10, 50)}")
    return Document(f"共有/在庫/在庫_{n:03d}.csv", files.csv_bytes(grid))


def procedure(rng: random.Random, n: int) -> Document:
    steps = rng.sample(STEPS, 4)
    return Document(f"共有/手順書/作業手順_{n:03d}.pdf",
                    files.pdf_bytes(["作業手順書"] + [f"{i + 1}. {s}" for i, s in enumerate(steps)]))


def schedule(rng: random.Random, n: int) -> Document:
    rows = "".join(f"<tr><td>{m}月</td><td>{rng.choice(('研修', '定例会議', '棚卸', '避難訓練'))}</td></tr>" for m in range(4, 10))
    html = f"<html><body><h1>年間行事予定</h1><table><tr><th>月</th><th>行事</th></tr>{rows}</table></body></html>"
    return Document(f"共有/予定/年間予定_{n:03d}.html", html.encode())


MAKERS = (notice, article, price_list, stock, procedure, schedule)


def documents(rng: random.Random, count: int) -> list[Document]:
    return [MAKERS[n % len(MAKERS)](rng, n) for n in range(count)]
