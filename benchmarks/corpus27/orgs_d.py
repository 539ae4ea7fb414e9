"""The body-donation society's bulletin, a rheumatism patients' society, a Brazilian school and
a sick-child day-care room."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus27 import marks as m
from benchmarks.corpus27 import people, render as r, render_mail as rm, vocab
from benchmarks.corpus27.organisations import ORGS


def kentai_bulletin(rng, n):
    """会報 (pdf): the society's news, members who died (a family's name with them), a health column."""
    text = m.head(Lines(), "kentai", f"白百合会だより 第{60 + n}号")
    text.put("■ 慰霊祭のご案内　", m.day(rng, 3), " 午前10時より").gap().put("■ 献体されたご会員（敬称略）")
    for _ in range(rng.randint(4, 7)):
        p, family = people.person(rng, 1928, 1950), people.person(rng, 1950, 1980)
        text.put("　", m.name(p), "（", p.prefecture_city, "）　ご遺族 ", m.name(family), " 様")
    text.gap().put("■ 健康コラム　", m.boilerplate(rng), "。")
    text.put("■ 新規登録のお願い　記入例：", m.sample_name(rng))
    text.put("■ 会員の声　", "会員番号S2", str(rng.randint(100, 999)), " ")
    voice = people.person(rng, 1935, 1955)
    text.put("　", m.name(voice), " さん（", m.home(voice), "）「", m.sensitive(rng, "病歴"), "で入院した時に登録を決めました」")
    return rm.pdf(f"白百合会/会報/kaiho_{60 + n}.pdf", m.foot(text, "kentai"))


def rheuma_members(rng, n):
    """会員名簿 (CP932 csv): every member has the illness; the list itself says so."""
    grid = Grid("会員No", "氏名", "〒", "住所", "電話", "病名・状態", "入会日")
    for i in range(rng.randint(24, 30)):
        p = people.person(rng, 1940, 1990, "女" if rng.random() < 0.8 else "男")
        grid.add(f"{i + 1:03d}", m.name(p), m.postal(p), m.address(p), m.home(p),
                 m.sensitive(rng, "病歴", rng.choice(["関節リウマチ", "関節リウマチ（生物学的製剤）", "若年性特発性関節炎",
                                                      "関節リウマチ・人工膝関節置換術後", "シェーグレン症候群合併"])),
                 m.day(rng, 0))
    return r.csv_doc(f"リウマチ友の会/名簿/meibo_{n + 1}.csv", grid, "cp932")


def rheuma_consult(rng, n):
    """電話相談記録 (txt): one member's call, the volunteer's notes."""
    p, volunteer = people.person(rng, 1940, 1985), people.person(rng, 1945, 1970)
    text = Lines().put("電話相談記録").put("相談日：", m.day(rng, 3), "　受付：", m.name(volunteer)).gap()
    text.put("相談者：", m.name(p), "（", str(p.age), "歳）", m.home(p))
    text.put("内容：", m.sensitive(rng, "病歴"), "。", m.sensitive(rng, "障害"), "となり、障害年金の申請について。")
    text.put("基礎年金番号は手元の年金手帳で確認（", m.pension(rng), "）。")
    text.put("対応：社労士の無料相談会（", m.day(rng, 3), "）を案内。")
    text.put(m.privacy(rng), "。")
    return r.txt(f"リウマチ友の会/相談/soudan_{n + 1:02d}.txt", text)


def escola_students(rng, n):
    """在籍児童 (xlsx): residence cards of children and parents, origins and faith for school meals."""
    grid = Grid("Nº", "Nome / 氏名", "カタカナ", "Data de nascimento", "在留カード", "保護者", "Telefone",
                "ルーツ", "Religião/食事")
    for i in range(rng.randint(20, 24)):
        child, parent = people.foreigner(rng, 2010, 2020), people.foreigner(rng, 1975, 1992)
        grid.add(str(i + 1), m.romaji(child), m.name(child), m.birth(child, 2), m.residence_card(rng),
                 m.romaji(parent), m.mobile(parent), m.sensitive(rng, "人種・民族"),
                 m.sensitive(rng, "宗教") if rng.random() < 0.4 else "")
    return r.xlsx(f"エスコーラ/secretaria/alunos_{2025 + n}.xlsx", [("Alunos", grid)])


def escola_meeting(rng, n):
    """保護者面談記録 (odt)."""
    child, parent = people.foreigner(rng, 2010, 2020), people.foreigner(rng, 1975, 1992)
    text = m.head(Lines(), "escola", "保護者面談記録 / Registro de reunião")
    text.put("日付：", m.day(rng, 3), "　児童：", m.name(child), "（", m.romaji(child), "）")
    text.put("保護者：", m.name(parent), "　電話：", m.mobile(parent), "　在留カード：", m.residence_card(rng))
    text.put("住所：", m.address(parent))
    text.put("家庭では", m.sensitive(rng, "人種・民族"), "としてポルトガル語を話す。")
    text.put("父は工場で働いており、", m.sensitive(rng, "労働組合"), "。夜勤が多い。")
    if rng.random() < 0.5:
        text.put("児童は", m.sensitive(rng, "障害"), "のため、支援員と相談する。")
    return rm.odt(f"エスコーラ/面談/reuniao_{n + 1:02d}.odt", m.foot(text, "escola"))


def byoji_application(rng, n):
    """利用申込書 (docx): the child, the illness of the day, the parent, allergies."""
    child, parent = people.person(rng, 2019, 2025), people.person(rng, 1982, 1996)
    child.surname, child.kana = parent.surname, parent.kana.split()[0] + " " + child.kana.split()[1]
    note = m.head(Lines(), "byoji", "病児保育 利用申込書")
    note.put("利用日：", m.day(rng, 1), "　医師連絡票：あり")
    grid = Grid("項目", "記入欄")
    grid.add("お子さまの氏名", m.name(child))
    grid.add("ふりがな", m.kana(child))
    grid.add("生年月日", m.birth(child, 1 + n))
    grid.add("病名", m.sensitive(rng, "病歴", rng.choice(["RSウイルス感染症", "溶連菌感染症", "胃腸炎", "水痘", "インフルエンザA型"])))
    grid.add("アレルギー", m.sensitive(rng, "病歴") if rng.random() < 0.5 else "なし")
    grid.add("保険者番号", m.insurer(rng))
    grid.add("保護者氏名", m.name(parent))
    grid.add("住所", [m.postal(parent), "　", m.address(parent)])
    grid.add("緊急連絡先", [m.mobile(parent), "（勤務先 ", rng.choice(vocab.COMPANIES), "）"])
    grid.add("記入例", m.sample_name(rng))
    tail = Lines().put(m.boilerplate(rng), "。")
    return r.docx(f"病児保育こぐま/申込書/moushikomi_{n + 1:03d}.docx", [note, grid, m.foot(tail, "byoji")])


def byoji_register(rng, n):
    """登録児童一覧 (utf-8 csv with a CRLF habit)."""
    grid = Grid("登録番号", "児童名", "生年月日", "保護者名", "電話", "メール", "登録日")
    for i in range(rng.randint(18, 22)):
        child, parent = people.person(rng, 2019, 2025), people.person(rng, 1982, 1996)
        child.surname = parent.surname
        grid.add(f"K-{n + 1}{i + 1:03d}", m.name(child), m.birth(child, 3), m.name(parent), m.mobile(parent),
                 m.email(parent), m.day(rng, 3))
    return r.csv_doc(f"病児保育こぐま/登録/touroku_{n + 1}.csv", grid, "utf-8")
