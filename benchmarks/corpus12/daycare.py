"""A 精神科デイケア: the users' ledger, daily attendance notes, the support plan,
a programme handout (with no one in it)."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus12 import render
from benchmarks.corpus12.model import in_turn, Lines, Table, single
from benchmarks.corpus12.pen import Pen
from benchmarks.corpus12.sensitive import ARTICLES

CENTRE = "hidamari-daycare"
PSYCH = ["双極性障害で通院中", "統合失調症の診断で服薬継続", "うつ病により休職中", "パニック障害で頓服を持参", "アルコール依存症の治療歴あり"]
CERTS = ["精神障害者保健福祉手帳2級", "療育手帳B1", "発達障害（ASD）の診断あり", "精神障害者保健福祉手帳3級"]
PROGRAMMES = ["SST", "料理", "園芸", "ストレッチ", "ミーティング", "創作活動"]


def ledger(pen: Pen, n: int) -> object:
    table = Table(["ID", "氏名", "カナ", "生年月日", "診断名", "手帳", "住所", "電話", "主治医", "登録日"])
    for _ in range(n):
        p, doctor = pen.person((1960, 2003)), pen.person((1960, 1985))
        table.add(f"D{pen.rng.randrange(10000):04d}", pen.name(p), pen.name(p, "kana"), pen.birth(p, pen.pick([0, 6, 1])),
                  pen.sensitive("病歴", PSYCH), pen.sensitive("障害", CERTS), pen.address(p), pen.phone(p),
                  pen.name(doctor, "family"), pen.other_date(date(2021, 4, 1)))
    return render.xlsx_file([("利用者台帳", table)])


def daily_notes(pen: Pen, people: int) -> object:
    notes = Lines().add("デイケア日報").add("プログラム：", pen.pick(PROGRAMMES), "／", pen.pick(PROGRAMMES)).blank()
    for _ in range(people):
        p = pen.person((1965, 2003))
        shape = pen.rng.randrange(6)
        if shape == 0:
            notes.add(pen.name(p, "tight"), "：表情明るく料理に参加。", pen.sensitive("病歴", PSYCH), "だが安定。")
        elif shape == 1:
            notes.add(pen.name(p, "tight"), "：家族から", pen.sensitive("犯罪被害", ["特殊詐欺の被害に遭い300万円を失った",
                      "空き巣に入られ被害届提出済み"]), "と話あり、傾聴。")
        elif shape == 2:
            notes.add(pen.name(p, "tight"), "：", pen.sensitive("犯罪歴", ["覚醒剤取締法違反で服役し出所した", "少年院送致の経歴"]),
                      "について語る。PSWが個別面談へ。")
        elif shape == 4:
            notes.add(pen.name(p, "tight"), "：昼食時、", pen.sensitive("宗教", ["真如苑の信者", "立正佼成会の会員", "創価学会の会員"]),
                      "であることを話し勧誘の様子あり、スタッフが介入。")
        elif shape == 5:
            notes.add(pen.name(p, "tight"), "：生い立ちの話。", pen.sensitive("人種・民族", ["在日韓国人三世", "被差別部落の出身",
                      "アイヌ民族の出自"]), "で、学生時代のいじめを想起し涙ぐむ。")
        else:
            notes.add(pen.name(p, "tight"), "：", pen.sensitive("信条", ["反原発デモに毎月参加している", "護憲運動の市民団体で活動",
                      "死刑廃止を訴える署名活動をしている"]), "と話し、他メンバーと口論。")
    notes.blank().add("記録者 ", pen.name(pen.person((1970, 1998))), "（PSW）")
    return render.text_file(notes, "utf-8", "\r\n")


def support_plan(pen: Pen) -> object:
    p, kin = pen.person((1965, 2003)), pen.person((1940, 1975))
    head = Lines().add("個別支援計画書").add("利用者 ", pen.name(p), "　", pen.birth(p, 4), "生")
    table = Table(["項目", "内容"])
    table.add("診断", pen.sensitive("病歴", PSYCH)).add("障害", pen.sensitive("障害", CERTS))
    table.add("生活歴", ["本人は", pen.sensitive("人種・民族", ["在日韓国人三世", "アイヌ民族の出自", "琉球民族としての意識が強い"]),
                      "。高校卒業後に就職"]).add("家族", [pen.name(kin), "（母） ", pen.phone(kin, False)])
    table.add("目標", "週3回の通所を続ける").add("次回見直し", pen.other_date(date(2026, 1, 1)))
    return render.docx_file([head, table])


def case_slides(pen: Pen) -> object:
    """ケース検討会 slides: one user per slide, the staff's words in the notes' place."""
    slides = [Lines().add("ケース検討会資料").add("ひだまりデイケア 多職種カンファレンス")]
    for _ in range(pen.rng.randint(2, 3)):
        p, kin = pen.person((1965, 2003)), pen.person((1940, 1975))
        slides.append(Lines().add("事例：", pen.name(p), "さん（", pen.birth(p, 3), "生）")
                      .add("診断：", pen.sensitive("病歴", PSYCH)).add("手帳：", pen.sensitive("障害", CERTS))
                      .add("課題：通所が週1回に減少。母 ", pen.name(kin), " と同居").add("連絡先 ", pen.phone(kin, False, 0)))
    return render.pptx_file(slides)


def handout(pen: Pen) -> object:
    own = pen.own(CENTRE)
    lines = Lines().add("ひだまりデイケア 12月のプログラム")
    for day in range(1, 6):
        lines.add(f"12/{day} ", pen.pick(PROGRAMMES))
    lines.add("健康コラム：", pen.article(ARTICLES)).add("お問い合わせ ", own["phone"])
    return render.html_file("12月のプログラム", lines)


def documents(pen: Pen, count: int) -> list:
    return in_turn(count, [
        lambda i: single(f"daycare/台帳/利用者台帳_{i:03d}.xlsx", ledger(pen, pen.rng.randint(6, 12))),
        lambda i: single(f"daycare/日報/日報_{i:03d}.txt", daily_notes(pen, pen.rng.randint(4, 8))),
        lambda i: single(f"daycare/計画/支援計画_{i:03d}.docx", support_plan(pen)),
        lambda i: single(f"daycare/配布/program_{i:03d}.html", handout(pen), clean=True),
        lambda i: single(f"daycare/検討会/case_{i:03d}.pptx", case_slides(pen)),
    ])
