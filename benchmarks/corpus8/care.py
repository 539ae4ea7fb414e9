"""Writers who care for people: a hospital ward (入院), a 訪問看護 station, a 保護司会,
a victim-support centre, a marriage agency, an interpreting agency."""

from __future__ import annotations

from benchmarks.corpus8 import render, sensitive
from benchmarks.corpus8.compose import TODAY, Output, cell, out, out_inside, row
from benchmarks.corpus8.kit import Kit
from benchmarks.corpus8.mail import mbox, message
from benchmarks.corpus8.orgs import Org
from benchmarks.corpus8.render import Table

LANGUAGES = ["ベトナム語", "タガログ語", "ネパール語", "ポルトガル語", "中国語", "韓国語"]


def byoto_handover(k: Kit, org: Org, n: int) -> Output:
    """夜勤から日勤への申し送り: one line per bed, diagnoses in the nurses' shorthand."""
    lines = [[f"【申し送り】 {k.rng.choice(['4階東病棟', '5階西病棟', '3階南病棟'])}  {n % 28 + 1}日 夜勤→日勤"], ["---"]]
    for bed in k.rng.sample(range(401, 430), k.rng.randint(5, 9)):
        p = k.people.mixed(1930, 1975)
        lines.append([f"{bed}号室 ", k.name(p, True), f"様（{p.age_on(TODAY)}）",
                      sensitive.phrase(k.rng, "病歴"), "。夜間", sensitive.maybe("病歴", k.rng.choice(["不穏なし", "SpO2低下あり酸素2L", "疼痛の訴えあり頓用使用", "良眠"])),
                      "。"])
        if k.rng.random() < .15:
            lines.append(["　", sensitive.phrase(k.rng, "宗教"), "とのこと、食事・処置は本人に確認"])
        if k.rng.random() < .3:
            lines.append(["　家族（", cell(k, k.people.person(1955, 1990), "name"), "）へ連絡済 ", cell(k, p, "mobile")])
    lines.append(["記録者 ", k.name(k.people.person(1980, 2000))])
    return out(f"byoto/申し送り_{n:03d}.txt", render.text_lines(lines))


def byoto_admission(k: Kit, org: Org, n: int) -> Output:
    """入院申込書 as the printed PDF: labels and values on one line, a faith that decides care."""
    p, kin = k.people.mixed(1935, 1990), k.people.person(1950, 1995)
    lines = [[org.name], ["入 院 申 込 書"], ["患者氏名 ", k.name(p), "　フリガナ ", k.kana(p)],
             ["生年月日 ", k.birth(p, k.rng.choice((0, 4, 3))), "　性別 ", "女" if p.female else "男"],
             ["現住所 〒", k.postal(p), " ", k.address(p)], ["電話 ", k.phone(p)],
             ["保険者番号 ", k.insurer(), "　記号・番号 ＊＊"], ["既往歴 ", sensitive.phrase(k.rng, "病歴")],
             ["宗教上の配慮 ", sensitive.phrase(k.rng, "宗教") if k.rng.random() < .5 else "特になし"],
             ["連帯保証人 ", k.name(kin), "　続柄 ", k.rng.choice(["長男", "長女", "妻", "夫", "甥"]), "　電話 ", k.phone(kin, True)],
             ["入院予定日 ", k.event_date(), "　病棟 4東"], *org.letterhead()[1:]]
    return out(f"byoto/入院申込書_{n:03d}.pdf", render.pdf(lines))


def houkan_record(k: Kit, org: Org, n: int) -> Output:
    """訪問看護記録書II: the visit's observations in sentences."""
    p = k.people.person(1930, 1960)
    nurse = k.people.person(1975, 1998)
    lines = [["訪問看護記録書Ⅱ"], ["利用者氏名　", k.name(p), "　様（", k.birth(p, 4), "生まれ）"], ["訪問日 ", k.event_date(), "　訪問者 ", k.name(nurse)],
             ["バイタル：", sensitive.maybe("病歴", f"BT 36.{k.rng.randint(2, 9)} BP 1{k.rng.randint(10, 48)}/{k.rng.randint(60, 90)} P {k.rng.randint(58, 96)}")],
             ["経過：", sensitive.phrase(k.rng, "病歴"), "。本日は下肢浮腫軽度。", k.rng.choice(["長女", "妻", "夫"]), "の",
              k.name(k.people.person(1950, 1980), True), "さんが同席。"],
             ["", sensitive.phrase(k.rng, "障害"), "のため入浴介助は2名で実施。"],
             ["本人は", sensitive.phrase(k.rng, "宗教"), "。お祈りの時間を避けて訪問する。"] if k.rng.random() < .5 else ["特記事項なし"],
             ["申し送り：次回は", k.name(k.people.person(1975, 1998), True),
              "が担当。主治医への報告済み。"]]
    return out(f"houkan/訪問看護記録_{n:03d}.docx", render.docx(lines))


def houkan_users(k: Kit, org: Org, n: int) -> Output:
    rows = []
    for _ in range(k.rng.randint(8, 15)):
        p = k.people.person(1925, 1960)
        rows.append([*row(k, p, ["name", "kana", "birth_era", "address", "phone"]), k.insurer(),
                     sensitive.phrase(k.rng, "病歴"), sensitive.phrase(k.rng, "障害") if k.rng.random() < .35 else "",
                     sensitive.maybe("障害", k.rng.choice(["要介護1", "要介護2", "要支援2", "要介護4"])), k.event_date(k.rng.randint(2020, 2026))])
    return out(f"houkan/利用者台帳_{n:02d}.xlsx", render.xlsx([Table(
        ["利用者名", "カナ", "生年月日", "住所", "電話", "保険者番号", "主病名", "障害等", "介護度", "契約日"], rows, sheet="利用者一覧")]))


def houkan_case_slides(k: Kit, org: Org, n: int) -> Output:
    """事例検討会の発表スライド: one patient presented over three slides."""
    p = k.people.person(1935, 1955)
    slides = [[["事例検討：在宅での看取りに向けて"], [org.name, "　発表 ", k.name(k.people.person(1980, 1996))]],
              [["事例紹介"], ["A氏（", k.name(p), "）", f"{p.age_on(TODAY)}歳"],
               ["診断名：", sensitive.phrase(k.rng, "病歴")], ["生活歴：", sensitive.phrase(k.rng, "宗教"), "。"]],
              [["考察"], ["本人の信仰を尊重した関わりが重要であった。"], ["ご清聴ありがとうございました。"]]]
    return out(f"houkan/事例検討_{n:02d}.pptx", render.pptx(slides))


def hogoshi_interview(k: Kit, org: Org, n: int) -> Output:
    """保護司の面接記録 (ODT from a home PC): the offence and the family in prose."""
    p = k.people.person(1975, 2005)
    lines = [["面接記録（保護観察）"], ["対象者 ", k.name(p), "（", k.birth(p, k.rng.choice((0, 3, 4))), "生）"],
             ["面接日 ", k.event_date(), "　場所 自宅"],
             ["本件：", sensitive.phrase(k.rng, "犯罪歴"), "。"],
             ["近況：", k.name(p, True), "は", k.rng.choice(["建設会社で日雇い", "飲食店でアルバイト", "運送会社の助手"]),
              "として働いている。", *_relative(k), "と同居。"],
             ["所見：", sensitive.phrase(k.rng, "病歴"), "の通院を続けるよう助言した。"],
             ["前歴：", sensitive.phrase(k.rng, "犯罪歴"), "（本人申告）。"],
             ["担当保護司 ", k.name(k.people.person(1950, 1975))]]
    return out(f"hogoshi/面接記録_{n:03d}.odt", render.odt(lines))


def hogoshi_caseload(k: Kit, org: Org, n: int) -> Output:
    """担当事件一覧 (the 保護司会's shared sheet): the offence, the end of supervision."""
    rows = []
    for _ in range(k.rng.randint(6, 11)):
        p = k.people.person(1970, 2008)
        rows.append([*row(k, p, ["name", "birth", "address"]), sensitive.phrase(k.rng, "犯罪歴"),
                     sensitive.maybe("犯罪歴", k.rng.choice(["1号観察", "3号観察", "4号観察"])), k.event_date(2027), cell(k, k.people.person(1945, 1970), "name")])
    return out(f"hogoshi/担当事件一覧_{n:02d}.xlsx", render.xlsx([Table(
        ["対象者氏名", "生年月日", "住居", "罪名・処分", "種別", "期間満了日", "担当保護司"], rows, sheet="一覧",
        notes=[["保護司会事務局 ", org.own("phone")]])]))


def _relative(k: Kit) -> list:
    """「母の〇〇」: a relative named with the word for the relation."""
    relation = k.rng.choice(["母", "祖母", "兄"])
    return [relation, "の", k.name(k.people.person(1940 if relation == "祖母" else 1955, 1985, female=relation != "兄"), True)]


def higai_intake(k: Kit, org: Org, n: int) -> Output:
    """相談受付票 in RTF (the centre's old word processor)."""
    p = k.people.mixed(1940, 2005)
    lines = [["相談受付票"], ["受付番号 ", k.reference(), "　受付日 ", k.event_date()],
             ["相談者 ", k.name(p), "　年齢 ", f"{p.age_on(TODAY)}"],
             ["連絡先 ", k.phone(p, True), "　（留守電可）"], ["住所 ", k.address(p)],
             ["相談内容 ", sensitive.phrase(k.rng, "犯罪被害"), "。警察には届出済み。"],
             ["心身の状況 ", sensitive.phrase(k.rng, "病歴")],
             ["対応 ", k.name(k.people.person(1965, 1990)), "（相談員）が法テラスを案内。"], *org.letterhead()]
    return out(f"higai/相談受付票_{n:03d}.rtf", render.rtf(lines))


def konkatsu_profiles(k: Kit, org: Org, n: int) -> Output:
    """会員プロフィール (the agency's site exports JSON)."""
    records = []
    for i in range(k.rng.randint(5, 10)):
        p = k.people.mixed(1970, 2000)
        records.append({"会員番号": f"EN{n:02d}{i:04d}", "氏名": cell(k, p, "name"), "ふりがな": cell(k, p, "kana"),
                        "生年月日": cell(k, p, "birth_west"), "住所": cell(k, p, "address"), "携帯": cell(k, p, "mobile"),
                        "メール": cell(k, p, "email"),
                        "宗教": sensitive.phrase(k.rng, "宗教") if k.rng.random() < .5 else "なし",
                        "健康状態": sensitive.phrase(k.rng, "病歴") if k.rng.random() < .3 else "良好",
                        "自己PR": ([sensitive.phrase(k.rng, k.rng.choice(["信条", "人種・民族"])), "です。"]
                                   if k.rng.random() < .4 else "明るい性格です。"),
                        "ペット": k.pet(), "入会日": k.event_date(k.rng.randint(2023, 2026))})
    return out(f"konkatsu/profiles_{n:02d}.json", render.json_records(records, root="members"))


def konkatsu_memo(k: Kit, org: Org, n: int) -> Output:
    """面談メモ as an HTML page of the agency's CRM."""
    p, q = k.people.person(1975, 1998), k.people.person(1975, 1998)
    lines = [["お見合い後の面談メモ"], ["会員：", k.name(p), "　生年月日：", k.birth(p)],
             ["お相手：", k.name(q), "　", sensitive.phrase(k.rng, "人種・民族"), "であることを気にされていた。"],
             ["本人の希望：", sensitive.phrase(k.rng, "信条"), "なので、価値観の合う方を希望。"],
             ["次回面談 ", k.event_date(), "　担当 ", k.name(k.people.person(1960, 1990))]]
    return out(f"konkatsu/面談メモ_{n:03d}.html", render.html(lines, title="面談メモ"))


def tsuyaku_registry(k: Kit, org: Org, n: int) -> Output:
    """登録通訳者 (XML from the dispatch system): passports, residence cards, ethnic origin."""
    records = []
    for _ in range(k.rng.randint(5, 9)):
        p = k.people.person(1970, 2000, origin=k.rng.choice(["VN", "PH", "NP", "BR", "CN", "KR"]))
        records.append({"name": cell(k, p, "name"), "kana": cell(k, p, "kana"), "birth": cell(k, p, "birth_west"),
                        "language": k.rng.choice(LANGUAGES), "passport": k.passport(True), "residence_card": k.residence(),
                        "origin": sensitive.phrase(k.rng, "人種・民族") if k.rng.random() < .3 else "",
                        "tel": k.phone(p, True, k.rng.choice((0, 3))), "mail": cell(k, p, "email"),
                        "registered": k.event_date(k.rng.randint(2015, 2026))})
    return out(f"tsuyaku/interpreters_{n:02d}.xml", render.xml_records(records, "interpreters", "interpreter"))


def tsuyaku_requests(k: Kit, org: Org, n: int) -> Output:
    """依頼メールの受信箱 (mbox): hospitals and schools asking for an interpreter."""
    messages = []
    for i in range(k.rng.randint(3, 5)):
        client, patient = k.people.person(1965, 1995), k.people.person(1960, 2010, origin="XX")
        lines = [[org.name, " ご担当者様"], [f"{k.rng.choice(['病院', '市立小学校', '市役所'])}の", k.name(client, True), "です。"],
                 ["下記の方の通訳をお願いします。"], ["対象者：", k.name(patient), "（", k.rng.choice(LANGUAGES), "）"],
                 ["内容：", sensitive.phrase(k.rng, k.rng.choice(["病歴", "犯罪被害", "障害"])), "についての説明"],
                 ["日時：", k.event_date(), " 14:00"], ["連絡先 ", k.phone(client, False)]]
        messages.append(message((k.name(client), k.email(client)), ("", org.own("mail")), "通訳派遣のお願い",
                                f"Mon, {i + 2} Nov 2026 10:0{i}:00 +0900", lines, msgid=f"ts{n}-{i}"))
    return out_inside(f"tsuyaku/依頼受信_{n:02d}.mbox", mbox(messages))


