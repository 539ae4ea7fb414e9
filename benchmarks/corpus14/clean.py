"""Files with no personal data at all: price lists, rules, timetables, menus,
procedures, in the formats the organisations use."""

from __future__ import annotations

import random

from benchmarks.corpus14 import office, plain
from benchmarks.corpus14.model import Lines, Table

RULES = ("共用部分での喫煙は禁止します。", "ゴミは分別のうえ指定日の朝8時までに出してください。", "22時以降は楽器の演奏を控えてください。",
         "来客は面会簿に記入のうえ21時までに退出してください。", "退去の1か月前までに届け出てください。", "貴重品は各自で管理してください。")
STEPS = ("作業前に手洗いと消毒を行う", "石膏は規定の混水比で練和する", "研磨時は防塵マスクを着用する", "車両をリフトに載せる前に輪止めを確認する",
         "トルクレンチで規定値まで締め付ける", "廃油は所定のドラム缶に回収する", "折込チラシは地区ごとに枚数を確認する", "雨天時はビニール包装とする")
SUBJECTS = ("人体の構造と機能", "疾病の成り立ち", "基礎看護学", "成人看護学", "老年看護学", "小児看護学", "母性看護学", "精神看護学",
            "在宅看護論", "看護の統合と実践")
DISHES = ("鶏の照り焼き", "鯖の味噌煮", "肉じゃが", "麻婆豆腐", "ひじきの煮物", "けんちん汁", "カレーライス", "親子丼")


def rules_txt(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add("利用のきまり").add("")
    for k, rule in enumerate(rng.sample(RULES, 4), 1):
        lines.add(f"{k}. {rule}")
    return f"共通/規程/利用のきまり_{n:02d}.txt", *plain.txt(lines)


def procedure_docx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add("作業手順書").add("改訂第{}版".format(rng.randint(2, 9)))
    for k, step in enumerate(rng.sample(STEPS, 5), 1):
        lines.add(f"手順{k}：{step}")
    return f"共通/手順書/作業手順書_{n:02d}.docx", *office.docx_file(lines)


def timetable_xlsx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = [[f"{h}限", *rng.sample(SUBJECTS, 5)] for h in range(1, 5)]
    table = Table(["時限", "月", "火", "水", "木", "金"], rows, title="時間割")
    return f"看護国試予備校/時間割/時間割_{n:02d}.xlsx", *office.xlsx([table])


def menu_csv(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = [[f"第{w}週", *rng.sample(DISHES, 5)] for w in range(1, 5)]
    return f"学生会館/献立/献立表_{n:02d}.csv", *plain.csv(Table(["週", "月", "火", "水", "木", "金"], rows))


def price_pdf(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    page = Lines().add("料金表（税込）")
    for job in ("12ヶ月点検", "オイル交換", "タイヤ組替", "ワイパー交換", "バッテリー点検"):
        page.add(f"{job}　{rng.randint(2, 30) * 550}円")
    return f"整備工場/料金/料金表_{n:02d}.pdf", *office.pdf_file([page])


def guide_html(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add("お部屋のご案内").add("チェックインは15時から、チェックアウトは10時です。")
    lines.add("近くのコンビニまで徒歩3分です。").add("Wi-Fiのパスワードは室内のカードをご覧ください。")
    return f"民泊/案内/guide_{n:02d}.html", *plain.html("ご案内", lines)


def agenda_odt(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add("定例会 議題").add("1. 前回議事録の確認").add("2. 会計報告").add(f"3. {rng.choice(('備品の購入', '研修計画', '行事予定'))}")
    return f"共通/議題/定例会議題_{n:02d}.odt", *office.odt_file(lines)


WRITERS = ((rules_txt, 6), (procedure_docx, 7), (timetable_xlsx, 6), (menu_csv, 6), (price_pdf, 6), (guide_html, 5),
           (agenda_odt, 5))
