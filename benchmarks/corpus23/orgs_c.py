"""A distance university's study centre, a fireworks maker, a racing stable, a sumo stable,
an overseas-posting relocation service, a first-aid course provider, a bouldering gym."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines, decoy
from benchmarks.corpus23 import common as c
from benchmarks.corpus23 import ids, people, render as r, render_more as m
from benchmarks.corpus23.vocab import HORSES

HOSOU = c.org("放送大学 南総学習センター", "nanso-sc")
HANABI = c.org("株式会社 星火煙火製造所", "hoshibi-enka")
KYUSHA = c.org("美浦トレーニングセンター 早瀬厩舎", "hayase-kyusha")
SUMO = c.org("鳴門部屋", "naruto-beya")
RELO = c.org("グローバルムーブ 海外赴任サポート", "globalmove")
KYUMEI = c.org("一般社団法人 いのちをつなぐ救命講習会", "inochi-kyumei")
BOULDER = c.org("ボルダリングジム ROCKHIVE", "rockhive")
SHIKONA = ["鳴門海", "渦ノ富士", "潮風", "若鳴門", "大渦", "阿波錦"]


def hosou_students(rng, n):
    cols = [("学生番号", c.c_pick([f"1{x:08d}" for x in range(10, 60)])), ("氏名", c.c_name), ("カナ", c.c_kana),
            ("生年月日", c.c_birth), ("住所", c.c_address), ("電話", c.c_phone), ("メール", c.c_email),
            ("配慮申請", c.c_sens("障害"))]
    grid = c.roster(rng, cols, rng.randint(15, 24), 0.05)
    tags = ["student_no", "name", "kana", "birth", "address", "tel", "mail", "accommodation"]
    return r.xml_doc(f"hosou/students_{n + 1}.xml", "students", tags, grid)


def hosou_form(rng, n):
    p = people.person(rng, 0.05)
    lines = Lines()
    lines.put("面接授業 受講時の配慮申請書")
    lines.put("氏名：", c.kanji(rng, p), "　生年月日：", ids.birth(rng, style="wareki"))
    lines.put("連絡先：", c.c_phone(rng, p), "　", c.c_email(rng, p))
    lines.put("申請理由：", c.sens(rng, rng.choice(["障害", "病歴"])), "のため、座席・試験時間の配慮を希望します。")
    lines.put("授業日：", ids.other_date(rng), "　科目：日本の近代文学")
    c.letterhead(lines, HOSOU, rng)
    return r.html_doc(f"hosou/配慮申請_{n + 1:03d}.html", "配慮申請書", lines)


def hanabi_slides(rng, n):
    slides = []
    title = Lines().put("保安教育 受講者と健康確認").put("実施日 ").put("", ids.other_date(rng))
    slides.append(("煙火消費保安教育", title))
    for _ in range(rng.randint(2, 3)):
        page = Lines()
        for _ in range(rng.randint(3, 5)):
            p = people.person(rng, 0.0)
            page.put(c.kanji(rng, p), "：", c.sens(rng, "健康診断結果"), "／免許 ", c.c_licence(rng, p))
        slides.append(("従事者の健診結果", page))
    return m.pptx_doc(f"hanabi/保安教育_{n + 1}.pptx", slides)


def hanabi_bundle(rng, n):
    cols = [("従事者", c.c_name), ("手帳番号", c.c_pick([f"第{x}号" for x in range(100, 200)])), ("生年月日", c.c_birth),
            ("住所", c.c_address), ("電話", c.c_phone), ("雇用保険番号", c.c_employ)]
    roster = r.csv_doc("煙火従事者名簿.csv", c.roster(rng, cols, rng.randint(12, 18), 0.0), "cp932")
    memo = Lines()
    c.letterhead(memo, HANABI, rng)
    memo.put("打揚従事者の", c.kanji(rng, people.person(rng, 0)), "は", c.sens(rng, "病歴"), "のため今季は地上作業のみ。")
    memo.put("班長の", c.kanji(rng, people.person(rng, 0)), "は", c.sens(rng, "労働組合"), "。")
    memo.put("大会日 ", ids.other_date(rng), "　会場 ", decoy("PERSON", "美空野", "place_named_like_person"), "河川敷")
    return r.zip_doc(f"hanabi/従事者届出_{n + 1}.zip", [roster, r.text_doc("申し送り.txt", memo)])


def kyusha_staff(rng, n):
    cols = [("厩務員", c.c_name), ("担当馬", lambda g, p: decoy("PERSON", g.choice(HORSES), "horse_named_like_person")),
            ("生年月日", c.c_birth), ("携帯", c.c_phone), ("健診", c.c_sens("健康診断結果")), ("組合", c.c_sens("労働組合"))]
    staff = c.roster(rng, cols, rng.randint(10, 16), 0.1)
    pay = c.roster(rng, [("氏名", c.c_name), ("口座", c.c_account), ("基礎年金番号", c.c_pension)], rng.randint(8, 12), 0.1)
    return r.xlsx_doc(f"kyusha/厩務員名簿_{n + 1}.xlsx", [("名簿", "早瀬厩舎 厩務員名簿", staff), ("給与", "給与振込先", pay)])


def kyusha_notes(rng, n):
    lines = Lines()
    lines.put(f"調教メモ {n + 1}")
    for _ in range(rng.randint(3, 5)):
        p = people.person(rng, 0.1)
        horse = rng.choice(HORSES)
        lines.put(decoy("PERSON", horse, "horse_named_like_person"), "：騎乗 ", c.kanji(rng, p), "。",
                  rng.choice(["追い切り良好", "脚元に熱あり、様子見"]), "。")
        lines.put("  ", c.surname(p), "は", c.sens(rng, rng.choice(["病歴", "健康診断結果"])), "。連絡 ", c.c_phone(rng, p))
    lines.put("次走予定 ", ids.other_date(rng))
    return r.text_doc(f"kyusha/調教メモ_{n + 1}.txt", lines)


def sumo_rikishi(rng, n):
    cols = [("四股名", lambda g, p: c.optional_name(g.choice(SHIKONA))), ("本名", c.c_name), ("生年月日", c.c_birth),
            ("出身・本籍", c.c_sens("本籍")), ("実家電話", c.c_phone), ("既往", c.c_sens("病歴")),
            ("保険者番号", c.c_insurer)]
    grid = c.roster(rng, cols, rng.randint(10, 16), 0.15)
    return r.csv_doc(f"sumo/力士名簿_{n + 1}.csv", grid, "utf-8")


def sumo_mail(rng, n):
    p = people.person(rng, 0.1)
    body = Lines()
    body.put("後援会事務局 御中", "")
    body.put("新弟子の", c.kanji(rng, p), "（", ids.birth(rng, True, "west"), "生）の件です。")
    body.put("新弟子検査で", c.sens(rng, "健康診断結果"), "と指摘されました。")
    body.put("ご両親の連絡先は ", c.c_phone(rng, p), "、住所は ", c.c_address(rng, p), " です。")
    body.put("本人は", c.sens(rng, rng.choice(["人種・民族", "宗教"])), "で、食事面の配慮をお願いします。")
    c.signature(body, SUMO, "マネージャー")
    return m.eml_doc(f"sumo/Maildir/cur/17{n:08d}.M{n}P77.mailhost:2,S", c.sender(SUMO, "マネージャー"),
                     "koenkai@naruto-beya.example.jp", "新弟子について", body, c.when(rng))


def relo_family(rng, n):
    cols = [("name", c.c_name), ("romaji", c.c_romaji), ("birth", c.c_birth), ("passport", c.c_passport),
            ("mynumber", c.c_mynum),
            ("mobile", c.c_phone), ("email", c.c_email),
            ("diet_religion", c.c_sens("宗教"))]
    return r.json_doc(f"relocation/assignees_{n + 1}.json", "assignees", c.roster(rng, cols, rng.randint(10, 16), 0.1))


def relo_mail(rng, n):
    p = people.person(rng, 0.0)
    spouse = people.person(rng, 0.0)
    body = Lines()
    body.put(c.surname(p), "様", "")
    body.put("ビザ申請のため以下をご確認ください。")
    body.put("赴任者：", c.c_kana(rng, p), "　旅券 ", c.c_passport(rng, p), "　", ids.birth(rng, style="slash"))
    body.put("帯同配偶者：", c.name(rng, spouse), "　旅券 ", c.c_passport(rng, spouse))
    body.put("配偶者の持病（", c.sens(rng, "病歴"), "）の英文診断書をご準備ください。")
    body.put("出国予定日：", ids.other_date(rng))
    c.signature(body, RELO, "コンサルタント")
    return m.eml_doc(f"relocation/Maildir/cur/16{n:08d}.M{n}P12.mailhost:2,S", c.sender(RELO, "担当"),
                     c.c_email(rng, p).text, "ビザ書類のご確認", body, c.when(rng))


def kyumei_attendees(rng, n):
    cols = [("受講者名", c.c_name), ("生年月日", c.c_birth), ("勤務先", c.c_pick(["ABC保育園", "市内介護施設", "個人", "商店"])),
            ("電話", c.c_phone), ("受講日", c.c_date), ("修了証番号", c.c_pick([f"K-{x}" for x in range(1000, 1100)]))]
    grid = c.roster(rng, cols, rng.randint(15, 24), 0.05)
    return r.csv_doc(f"kyumei/受講者_{n + 1}.csv", grid, "cp932", header=n % 2 == 0)


def kyumei_certificate(rng, n):
    lines = Lines()
    for _ in range(rng.randint(2, 4)):
        p = people.person(rng, 0.05)
        lines.put("普通救命講習 修了証")
        lines.put("氏名 ", c.kanji(rng, p), "　", ids.birth(rng, style="wareki"), "生")
        lines.put("講習日 ", ids.other_date(rng))
        lines.put("")
    c.letterhead(lines, KYUMEI, rng)
    return m.pdf_doc(f"kyumei/修了証_{n + 1}.pdf", lines)


def boulder_waiver(rng, n):
    p = people.person(rng, 0.08)
    lines = Lines()
    lines.put("ROCKHIVE 利用同意書（免責事項）")
    lines.put("氏名：", c.kanji(rng, p), "　生年月日：", ids.birth(rng, style="slash"))
    lines.put("住所：", c.c_address(rng, p), "　電話：", c.c_phone(rng, p))
    lines.put("既往症・けが：", c.sens(rng, "病歴"))
    emerg = people.person(rng, 0.0)
    lines.put("緊急連絡先：", c.kanji(rng, emerg), "（", c.c_phone(rng, emerg), "）")
    lines.put("署名日：", ids.other_date(rng))
    c.letterhead(lines, BOULDER, rng, short=True)
    return r.docx_doc(f"boulder/同意書_{n + 1:03d}.docx", lines, Grid("確認", "チェック").add("ルール説明", "済"))


def boulder_members(rng, n):
    cols = [("会員", c.c_name), ("フリガナ", c.c_kana), ("メール", c.c_email), ("電話", c.c_phone),
            ("カード", c.c_card), ("入会日", c.c_date)]
    grid = c.roster(rng, cols, rng.randint(15, 22), 0.1)
    return r.csv_doc(f"boulder/members_{n + 1}.csv", grid, "cp932", header=False)
