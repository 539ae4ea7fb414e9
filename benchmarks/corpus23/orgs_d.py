"""A roofed pleasure-boat operator, a haiku circle, a folk-song class, a patent attorneys'
office, a hair salon, a kendo federation's grading and a highway-bus operator."""

from __future__ import annotations

from benchmarks.corpus16.model import Lines, decoy
from benchmarks.corpus23 import common as c
from benchmarks.corpus23 import ids, people, render as r, render_more as m
from benchmarks.corpus23.vocab import BOATS, FIGURES, PLACES_LIKE_PEOPLE

YAKATA = c.org("屋形船 清風", "yakata-seifu")
HAIKU = c.org("俳句結社「潮騒」", "shiosai-haiku")
MINYO = c.org("民謡教室 唄の里", "utanosato")
PATENT = c.org("みなみ特許事務所", "minami-patent")
SALON = c.org("ヘアサロン Lumiere", "lumiere-hair")
KENDO = c.org("県剣道連盟 審査部", "ken-kendo")
BUS = c.org("はやて高速バス株式会社", "hayate-bus")
HAIGO = ["青嵐", "月舟", "野菊", "鳴雪", "冬扇", "小春"]


def yakata_mbox(rng, n):
    mails = []
    for k in range(rng.randint(3, 4)):
        p = people.person(rng, 0.05)
        body = Lines()
        body.put(c.kanji(rng, p), "様", "")
        body.put("このたびは", decoy("PERSON", rng.choice(BOATS), "boat_named_like_person"), "へのご予約ありがとうございます。")
        body.put("乗船日：", ids.other_date(rng), "　人数：", str(rng.randint(4, 30)), "名")
        mail = c.c_email(rng, p)
        body.put("ご連絡先：", c.c_phone(rng, p), "　", mail)
        body.put("お連れ様に", c.sens(rng, rng.choice(["障害", "信条", "宗教", "人種・民族"])), "の方がいらっしゃると伺いました。")
        c.signature(body, YAKATA, "予約係")
        mails.append((c.sender(YAKATA, "予約係"), mail.text, f"ご予約確認 No.{k + 1}", body, c.when(rng)))
    return m.mbox_doc(f"yakata/予約確認_{n + 1}.mbox", mails)


def yakata_manifest(rng, n):
    lines = Lines()
    lines.put(f"乗船名簿　{rng.choice(BOATS)}　出航 ", ids.other_date(rng))
    for k in range(rng.randint(10, 16)):
        p = people.person(rng, 0.1)
        lines.put(f"{k + 1:02d} ", c.kanji(rng, p), "  ", c.c_phone(rng, p), "  ", c.c_address(rng, p))
    return r.text_doc(f"yakata/乗船名簿_{n + 1}.txt", lines, "cp932")


def haiku_members(rng, n):
    lines = Lines()
    lines.put("潮騒 同人名簿（会員限り）")
    for _ in range(rng.randint(8, 12)):
        p = people.person(rng, 0.0)
        lines.put("俳号 ", c.optional_name(rng.choice(HAIGO)), "　本名 ", c.kanji(rng, p), "　",
                  ids.birth(rng, style="kanji"), "生　〒", c.c_postal(rng, p), " ", c.c_address(rng, p))
    lines.put("師系：", decoy("PERSON", rng.choice(FIGURES), "historical_figure"), "に連なる")
    return r.text_doc(f"haiku/同人名簿_{n + 1}.txt", lines)


def haiku_newsletter(rng, n):
    lines = Lines()
    c.letterhead(lines, HAIKU, rng)
    lines.put(f"会報 第{n + 40}号　吟行地：", decoy("PERSON", rng.choice(PLACES_LIKE_PEOPLE), "place_named_like_person"))
    lines.put("今月は", decoy("PERSON", rng.choice(FIGURES), "historical_figure"), "の句碑を訪ねました。")
    for _ in range(rng.randint(2, 4)):
        p = people.person(rng, 0.0)
        lines.put("会員消息：", c.kanji(rng, p), "さんは", c.sens(rng, "病歴"), "で入院中。お見舞いは ", c.c_address(rng, p), " へ。")
    lines.put(c.notice(rng))
    return r.odt_doc(f"haiku/会報_{n + 1}.odt", lines) if n % 2 else m.pdf_doc(f"haiku/会報_{n + 1}.pdf", lines)


def minyo_students(rng, n):
    cols = [("名取名", lambda g, p: c.optional_name("唄乃" + g.choice(["鈴", "桜", "千鳥", "雪"]))), ("本名", c.c_name),
            ("生年月日", c.c_birth), ("電話", c.c_phone), ("住所", c.c_address), ("月謝引落", c.c_account)]
    students = c.roster(rng, cols, rng.randint(12, 18), 0.0)
    health = c.roster(rng, [("氏名", c.c_name), ("体調メモ", c.c_sens(rng.choice(["病歴", "障害"])))], rng.randint(4, 7), 0.0)
    return r.xlsx_doc(f"minyo/生徒名簿_{n + 1}.xlsx", [("生徒", "唄の里 生徒名簿", students), ("体調", "発表会 体調確認", health)])


def minyo_programme(rng, n):
    slides = []
    for part in ("第一部", "第二部"):
        page = Lines()
        for _ in range(rng.randint(4, 6)):
            p = people.person(rng, 0.0)
            page.put(rng.choice(["津軽じょんがら節", "ソーラン節", "佐渡おけさ", "黒田節"]), "　唄：", c.kanji(rng, p))
        slides.append((f"発表会 {part}", page))
    info = Lines().put("会場：", rng.choice(["市民文化ホール", "勤労福祉会館"]), "　日時 ").put("", ids.other_date(rng))
    info.put("お問合せ ", decoy("PHONE", MINYO.phone, "org_phone"))
    slides.append(("ご案内", info))
    return m.pptx_doc(f"minyo/発表会_{n + 1}.pptx", slides)


def patent_declaration(rng, n):
    lines = Lines()
    c.letterhead(lines, PATENT, rng)
    lines.put("", "発明者情報確認書", "")
    lines.put("出願人：株式会社テクノ", rng.choice(["ミナミ", "ヒカリ"]), "（法人番号 ",
              decoy("MY_NUMBER", ids.corporate(rng), "corporate_number"), "）")
    for _ in range(rng.randint(2, 4)):
        p = people.person(rng, 0.25)
        lines.put("発明者：", c.name(rng, p), "　住所：", c.c_address(rng, p))
        lines.put("  国籍・在留：", c.c_residence(rng, p), "　連絡先 ", c.c_email(rng, p))
    lines.put("出願予定日 ", ids.other_date(rng), "　整理番号 ",
              decoy("MY_NUMBER", ids.order_number(rng), "order_number_mynumber_check"))
    return r.docx_doc(f"patent/発明者確認_{n + 1:03d}.docx", lines)


def salon_karte(rng, n):
    cols = [("顧客名", c.c_name), ("カナ", c.c_kana), ("誕生日", c.c_birth), ("TEL", c.c_phone), ("メール", c.c_email),
            ("アレルギー・体質", c.c_sens("病歴")), ("ポイントカード", c.c_product), ("来店日", c.c_date)]
    return r.csv_doc(f"salon/karte_{n + 1}.csv", c.roster(rng, cols, rng.randint(15, 22), 0.05), "utf-8")


def salon_mail(rng, n):
    p = people.person(rng, 0.05)
    body = Lines()
    body.put(c.kanji(rng, p), " 様", "")
    body.put("次回ご予約 ", ids.other_date(rng), " 14:00 で承りました。")
    body.put("前回伺った", c.sens(rng, rng.choice(["病歴", "障害"])), "の件、薬剤を低刺激のものに変更いたします。")
    body.put("お支払いカード末尾の確認：", c.c_card(rng, p))
    c.signature(body, SALON, "スタイリスト")
    return m.eml_doc(f"salon/reserve_{n + 1:03d}.eml", c.sender(SALON, "予約"), c.c_email(rng, p).text, "ご予約の確認",
                     body, c.when(rng))


def kendo_applicants(rng, n):
    sheets = []
    for grade in ("初段", "二段", "三段"):
        cols = [("受審番号", None), ("氏名", c.c_name), ("フリガナ", c.c_kana), ("生年月日", c.c_birth),
                ("所属", c.c_pick(["県警", "市役所", "道場", "中学校"])), ("連絡先", c.c_phone), ("審査日", c.c_date)]
        sheets.append((grade, f"{grade} 受審者一覧", c.roster(rng, cols, rng.randint(8, 14), 0.03)))
    return r.xlsx_doc(f"kendo/受審者_{n + 1}.xlsx", sheets)


def kendo_results(rng, n):
    lines = Lines()
    lines.put("審査結果のお知らせ")
    for _ in range(rng.randint(6, 10)):
        p = people.person(rng, 0.03)
        lines.put(rng.choice(["合格", "合格", "不合格"]), "　", c.kanji(rng, p), "（", ids.birth(rng, style="abbr"), "生）")
    lines.put("審査中に負傷した", c.surname(people.person(rng, 0)), "さんは", c.sens(rng, "病歴"), "と診断。")
    c.letterhead(lines, KENDO, rng)
    return r.html_doc(f"kendo/結果_{n + 1}.html", "審査結果", lines)


def bus_manifest(rng, n):
    stop = lambda g, p: decoy("PERSON", g.choice(PLACES_LIKE_PEOPLE), "place_named_like_person")
    cols = [("予約番号", c.c_order), ("乗客名", c.c_kana), ("電話", c.c_phone), ("乗車地", stop),
            ("座席", c.c_pick(["1A", "2C", "5D"]))]
    return r.fixed_doc(f"bus/JOSHA{n + 1:02d}.DAT", [14, 26, 15, 14, 4], c.roster(rng, cols, rng.randint(20, 30), 0.05))


def bus_lost(rng, n):
    body = Lines()
    p = people.person(rng, 0.1)
    body.put("お忘れ物のお問い合わせを受け付けました。")
    body.put("お客様：", c.name(rng, p), "　連絡先：", c.c_phone(rng, p))
    body.put("乗車日：", ids.other_date(rng), "　乗車地：",
             decoy("PERSON", rng.choice(PLACES_LIKE_PEOPLE), "place_named_like_person"))
    body.put("車内で", c.sens(rng, "犯罪被害"), "とのお申し出あり。")
    body.put("お忘れ物：財布（運転免許証 ", c.c_licence(rng, p), " 在中）")
    c.signature(body, BUS, "お客様センター")
    cols = [("受付番号", c.c_order), ("お客様名", c.c_name), ("電話", c.c_phone), ("品目", c.c_pick(["傘", "スマートフォン", "財布"]))]
    attach = r.zip_doc("遺失物一覧.zip", [r.csv_doc("遺失物.csv", c.roster(rng, cols, rng.randint(5, 9)), "cp932")])
    return m.eml_doc(f"bus/lost_{n + 1:03d}.eml", c.sender(BUS, "お客様センター"), "eigyo@hayate-bus.example.jp",
                     "忘れ物受付", body, c.when(rng), [attach])
