"""Files with no personal data at all: brewing plans, price lists, rules, calendars,
health columns and notices that name nobody — in every format the others use."""

from __future__ import annotations

import random

from benchmarks.corpus10.model import Doc
from benchmarks.corpus10.render_mail import message
from benchmarks.corpus10.render_office import docx, odt, pptx, xlsx
from benchmarks.corpus10.render_text import csv_doc, html_doc, json_doc, pdf, rtf, txt

COLUMN = ("睡眠の質を上げるには、就寝前のスマートフォンを控えることが効果的です。",
          "冬場は室内外の温度差による血圧の変動に気をつけましょう。",
          "1日8,000歩を目安に、無理のない範囲で歩く習慣をつけましょう。",
          "骨密度は30代をピークに低下します。カルシウムとビタミンDを意識した食事を。",
          "聞こえにくさを感じたら、早めに耳鼻咽喉科で相談しましょう。")
RULES = ("競技者は招集時刻の30分前までに受付を済ませること。", "スパイクのピンは9mm以下とする。",
         "不正スタートは1回目で失格とする。", "雨天の場合も競技は原則として実施する。",
         "表彰式は各種目の決勝終了後に行う。")
STEPS = ("洗米・浸漬", "蒸米", "製麹", "酒母", "初添", "仲添", "留添", "上槽", "火入れ")
ITEMS = (("補聴器用空気電池 PR41", "6個入", "550"), ("乾燥ケース", "1個", "2,200"), ("クリーニングスプレー", "50ml", "880"),
         ("イヤーチップ M", "4個入", "660"), ("六切り台紙", "1枚", "1,100"), ("デジタルデータ", "1カット", "3,300"))


def plan(rng: random.Random, n: int) -> Doc:
    rows = [["工程", "開始", "品温（℃）", "備考"]] + [[s, f"{rng.randint(1, 28)}日目", str(rng.randint(5, 38)), ""]
                                                     for s in STEPS]
    return xlsx(f"酒蔵/製造/仕込み計画_{n}.xlsx", [("計画", rows, 1, [])], "clean_plan")


def prices(rng: random.Random, n: int) -> Doc:
    rows = [["品名", "規格", "税込価格"]] + [list(i) for i in rng.sample(ITEMS, 4)]
    return csv_doc(f"補聴器店/価格表_{n}.csv", rows, "clean_prices")


def column(rng: random.Random, n: int) -> Doc:
    lines = ["健康コラム", ""] + rng.sample(COLUMN, 3)
    maker = (txt, pdf, odt, rtf)[n % 4]
    suffix = ("txt", "pdf", "odt", "rtf")[n % 4]
    return maker(f"健診センター/コラム/健康コラム_{n:02d}.{suffix}", lines, "clean_column")


def rules(rng: random.Random, n: int) -> Doc:
    blocks = [("p", "競技注意事項")] + [("p", r) for r in rng.sample(RULES, 4)]
    if n % 2:
        return docx(f"競技連盟/規則/注意事項_{n}.docx", blocks, "clean_rules")
    return pptx(f"競技連盟/規則/注意事項_{n}.pptx", [("競技注意事項", rng.sample(RULES, 4))], "clean_rules")


def calendar(rng: random.Random, n: int) -> Doc:
    rows = [["月", "行事"]] + [[f"{m}月", rng.choice(("定例会", "研修会", "休会", "清掃活動", "総会"))] for m in range(4, 13)]
    if n % 2:
        return html_doc(f"民生委員協議会/年間予定_{n}.html", "年間行事予定", ["会場は公民館2階です。"], rows, "clean_calendar")
    return json_doc(f"商工会議所/行事/年間予定_{n}.json", ["月", "行事"], rows[1:], "clean_calendar")


def notice_mail(rng: random.Random, n: int) -> Doc:
    body = ["各位", "", "システムメンテナンスのため、下記の時間帯は会員ページを停止します。",
            f"11月{rng.randint(1, 28)}日（土）22:00〜翌6:00", "ご不便をおかけしますが、よろしくお願いいたします。"]
    return message(f"商工会議所/お知らせ/メンテナンス_{n}.eml", "noreply@cci-example.or.jp", "members@cci-example.or.jp",
                   "会員ページ停止のお知らせ", "Fri, 6 Nov 2026 12:00:00 +0900", body, kind="clean_mail")


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return ([plan(rng, i) for i in range(count(6))] + [prices(rng, i) for i in range(count(6))] +
            [column(rng, i) for i in range(count(10))] + [rules(rng, i) for i in range(count(8))] +
            [calendar(rng, i) for i in range(count(6))] + [notice_mail(rng, i) for i in range(count(6))])
