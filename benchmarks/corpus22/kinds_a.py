"""Writers A: a 競技かるた club, a citizens' ombudsman group, an obstetrics clinic's
mothers' class, a university's international student office, a braille library."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus22 import formats as F
from benchmarks.corpus22 import formats_more as M
from benchmarks.corpus22 import ids, vocab
from benchmarks.corpus22.common import decoy, field, letterhead, notice, org, person, roster, sens, val


def karuta_roster(rng: random.Random, n: int):
    club = org(rng, "湖西かるた会", "kosai-karuta.jp")
    members = Grid("No.", "氏名", "ふりがな", "生年月日", "段位", "連絡先", "メール")
    roster(rng, members, rng.randint(18, 28), ["name", "kana", "dob:wareki", "", "phone", "mail"], "{:03d}")
    for r in members.rows[1:]:
        r[4] = rng.choice(["初段", "二段", "三段", "四段", "五段", "A級", "B級", "無段"])
    grades = Grid("氏名", "昇段日", "認定大会", "読手")
    for _ in range(rng.randint(8, 14)):
        p = person(rng)
        grades.add(field(rng, p, rng.choice(["name", "tight"])), field(rng, p, "date:slash"),
                   rng.choice(["湖西大会", "県選手権", "名人位予選"]), decoy("PERSON", rng.choice(vocab.POETS), "poet_of_the_cards"))
    return F.xlsx(f"karuta/会員名簿_{n + 1:02d}.xlsx", [("会員", members, f"{club.name} 会員名簿（令和8年度）"),
                                                      ("昇段記録", grades, None)])


def karuta_report(rng: random.Random, n: int):
    club = org(rng, "湖西かるた会", "kosai-karuta.jp")
    text = Lines().put(*letterhead(club)).gap()
    winner, second, reader = person(rng), person(rng), person(rng)
    text.put(f"第{n + 12}回 湖西かるた大会 結果報告")
    text.put("A級優勝は", val("PERSON", winner.full), "さん（", val("DATE_OF_BIRTH", ids.date_text(winner.born, "abbr"),
             date=winner.born.isoformat()), "生）、準優勝は", val("PERSON", second.tight), "さんでした。")
    text.put("決まり字は「", decoy("PERSON", rng.choice(vocab.POETS), "poet_of_the_cards"), "」の札。専任読手は",
             val("PERSON", reader.sei), "先生にお願いしました。")
    text.put("大会日 ", ids.other_date(rng, "wareki"), "　会場 ", decoy("PERSON", rng.choice(vocab.PLACES), "place_named_like_person"),
             "の市民会館")
    for _ in range(rng.randint(3, 6)):
        p = person(rng)
        text.put("・", val("PERSON", p.full), "（", val("ADDRESS", p.pref + p.city), "）", rng.choice(["B級3位", "C級優勝", "D級準優勝"]))
    hurt = person(rng)
    text.put("試合中に", val("PERSON", hurt.full), "さんが", sens(rng, "病歴"), "とのことで途中棄権されました。")
    text.put(notice(rng))
    return F.docx(f"karuta/大会報告_{n + 1:02d}.docx", [text])


def ombuds_intake(rng: random.Random, n: int):
    group = org(rng, "市民オンブズマン湊", "ombuds-minato.org")
    text = Lines().put("相談受付票（市民オンブズマン湊）").put(f"受付番号 ", ids.ticket_number(rng)).gap()
    who = person(rng)
    text.put("相談者 ", val("PERSON", who.full), "（", val("PERSON", who.kana), "）")
    text.put("住所 ", val("POSTAL_CODE", who.postal), " ", val("ADDRESS", who.address))
    text.put("電話 ", ids.phone_mark(rng), "　受付日 ", ids.other_date(rng, "west"))
    text.put("生年月日 ", ids.birth(who.born, rng.choice(["wareki", "kanji", "short"])))
    text.put("相談内容：市の補助金の使途について情報公開請求をしたい。本人は", sens(rng, "信条"), "。")
    text.put("また、昨年", sens(rng, "犯罪被害"), "際の警察対応にも不満がある。")
    if rng.random() < 0.5:
        text.put("相談者は", sens(rng, "人種・民族"), "で、市の窓口で差別的な扱いを受けたとも訴えている。")
    if rng.random() < 0.6:
        text.put("同席した支援者の", val("PERSON", person(rng).full), "さん（", sens(rng, "労働組合"), "）も意見を述べた。")
    text.put("対応：担当 ", val("PERSON", person(rng).sei), "。次回面談 ", ids.other_date(rng, "abbr"), "。")
    text.gap().put(*letterhead(group, False))
    return F.text(f"ombuds/相談受付_{n + 1:03d}.txt", text, "cp932", "\r\n")


def ombuds_members(rng: random.Random, n: int):
    grid = Grid()
    roster(rng, grid, rng.randint(20, 30), ["tight", "katakana", "postal", "addr", "tel", "date:slash"], "{}")
    return F.csv(f"ombuds/会員台帳_{n + 1}.csv", grid, "cp932")


def maternity_class(rng: random.Random, n: int):
    attendees = Grid("受講番号", "氏名", "生年月日", "分娩予定日", "保険者番号", "既往歴", "健診所見", "緊急連絡先")
    for k in range(rng.randint(12, 18)):
        p = person(rng, 0.1, 1985, 2003)
        attendees.add(f"M{n:02d}-{k + 1:02d}", field(rng, p, "name"), field(rng, p, "dob:slash"),
                      ids.other_date(rng, "slash", "due_date"), field(rng, p, "insurer"), field(rng, p, "sens:病歴?"),
                      field(rng, p, "sens:健康診断結果?"), field(rng, p, "mobile"))
    partners = Grid("受講者", "パートナー", "続柄", "参加回")
    for _ in range(rng.randint(6, 10)):
        p, q = person(rng), person(rng)
        partners.add(val("PERSON", p.full), val("PERSON", q.full), rng.choice(["夫", "パートナー", "母"]), rng.choice(["1", "2", "3"]))
    return F.xlsx(f"maternity/母親学級_{n + 1:02d}.xlsx", [("受講者", attendees, "母親学級 受講者一覧（さくらレディースクリニック）"),
                                                         ("両親学級", partners, None)])


def maternity_leaflet(rng: random.Random, n: int):
    clinic = org(rng, "さくらレディースクリニック", "sakura-ladies.jp")
    page = Lines().put("母親学級のご案内").put(*letterhead(clinic)).gap()
    page.put(notice(rng)).put("妊娠中の体重管理について助産師がお話しします。")
    page.put("開催日 ", ids.other_date(rng, "wareki"), " 14:00〜")
    second = Lines().put("先月の受講者の声").put("「とても参考になりました」（", val("PERSON", person(rng).full), "さん）")
    mother = person(rng, 0, 1986, 2000)
    second.put("担当助産師 ", val("PERSON", person(rng).full), "／ 記録：受講者 ", val("PERSON", mother.tight), "（",
               ids.birth(mother.born, "wareki"), "生）", sens(rng, "病歴"))
    return M.pdf(f"maternity/案内_{n + 1:02d}.pdf", [page, second])


def ryugaku_list(rng: random.Random, n: int):
    grid = Grid("学籍番号", "NAME (passport)", "氏名（カナ）", "国籍", "生年月日", "旅券番号", "在留カード番号", "携帯")
    for k in range(rng.randint(16, 24)):
        p = person(rng, 0.9, 1995, 2006)
        grid.add(f"2{n}{k:04d}", field(rng, p, "roma"), field(rng, p, "katakana"), field(rng, p, "country"),
                 field(rng, p, "dob:slash"), field(rng, p, "passport"), field(rng, p, "zairyu"), field(rng, p, "mobile"))
    notes = Grid("学生", "相談内容", "担当")
    for _ in range(rng.randint(4, 8)):
        p = person(rng, 0.9, 1995, 2006)
        notes.add(val("PERSON", p.roma), [rng.choice(["宗教上の理由で", "本人申告："]), sens(rng, rng.choice(["宗教", "人種・民族", "病歴"]))],
                  val("PERSON", person(rng).sei))
    return F.xlsx(f"ryugaku/在籍留学生_{n + 1:02d}.xlsx", [("在籍者", grid, "留学生課 在籍者一覧"), ("相談記録", notes, "相談記録")])


def ryugaku_mail(rng: random.Random, n: int):
    office = org(rng, "北都大学 国際交流課 留学生係", "intl.hokuto-u.ac.jp")
    student = person(rng, 1.0, 1997, 2005)
    body = Lines().put(val("PERSON", student.roma), " 様").gap()
    body.put("在留期間更新の書類を受け取りました。旅券番号 ", ids.passport(rng), "、在留カード番号 ", ids.residence_card(rng),
             " で申請します。")
    body.put("生年月日（", ids.birth(student.born, "west"), "）の記載に誤りがないか確認してください。")
    body.put("奨学金の振込先は ", *field(rng, student, "bank"), " で登録済みです。")
    body.put("住所変更の届出（", val("ADDRESS", student.address), "）も済んでいます。").gap()
    body.put("Dear ", val("PERSON", student.western), ",")
    body.put("We have received your documents for the extension of your period of stay. Please check the dates above.")
    body.gap().put(*letterhead(office))
    sheet = Lines().put("在留期間更新 チェックリスト").put("氏名 ", val("PERSON", student.roma), " / ",
                                                     val("PERSON", student.katakana))
    sheet.put("電話 ", ids.phone_mark(rng, True), "  受付 ", ids.other_date(rng, "dash"))
    attach = M.pdf("checklist.pdf", [sheet])
    return F.eml(f"ryugaku/mail_{n + 1:03d}.eml", [office.name, " <", decoy("EMAIL", office.email, "org_email"), ">"],
                 field(rng, student, "mail"),
                 "在留期間更新について", body, n, [attach])


def tenji_users(rng: random.Random, n: int):
    grid = Grid("利用者ID", "氏名", "フリガナ", "障害の状況", "郵便番号", "住所", "電話", "生年月日")
    roster(rng, grid, rng.randint(14, 22), ["name", "katakana", "sens:障害", "postal", "addr", "tel", "dob:abbr0"], "T{:05d}")
    return F.csv(f"tenji/利用者台帳_{n + 1}.csv", grid, rng.choice(["cp932", "utf-8"]))


def tenji_loans(rng: random.Random, n: int):
    grid = Grid()
    for k in range(rng.randint(18, 28)):
        p = person(rng)
        grid.add(f"{k + 1:06d}", field(rng, p, "tight"), field(rng, p, "dob:packed"), field(rng, p, "tel"),
                 rng.choice(["デイジー", "点字", "テープ"]), ids.other_date(rng, "packed", "loan_date"))
    return M.fixed_width(f"tenji/KASHIDASHI_{n + 1:02d}.DAT", grid, [8, 16, 10, 15, 10, 10])
