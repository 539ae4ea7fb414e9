"""A day service for disabled children, a medical interpreters' dispatch, a kimono-dressing class,
a keirin riders' association and an old-house restoration NPO."""

from __future__ import annotations

from benchmarks.corpus16.model import Lines, decoy, val
from benchmarks.corpus23 import common as c
from benchmarks.corpus23 import ids, people, render as r, render_more as m

HIDAMARI = c.org("放課後等デイサービス ひだまりの木", "hidamari-day")
KOTOBA = c.org("医療通訳派遣センター ことばの架け橋", "kotoba-med")
KITSUKE = c.org("きもの着付け教室 花かんざし", "hanakanzashi")
KEIRIN = c.org("日本競輪選手会 北関東支部", "keirin-kitakanto")
KOMINKA = c.org("NPO法人 古民家再生ネットワーク結", "kominka-yui")


def hidamari_roster(rng, n):
    cols = [("No", None), ("児童氏名", c.c_name), ("ふりがな", c.c_kana), ("生年月日", lambda g, p: ids.birth(g, True)),
            ("保護者", c.c_guardian), ("連絡先", c.c_phone), ("住所", c.c_address), ("障害の状況", c.c_sens("障害")),
            ("利用開始日", c.c_date)]
    kids = c.roster(rng, cols, rng.randint(14, 22))
    staff = c.roster(rng, [("職員名", c.c_name), ("携帯", c.c_phone), ("健診", c.c_sens("健康診断結果"))], rng.randint(5, 8))
    return r.xlsx_doc(f"hidamari/利用児童台帳_{n + 1:02d}.xlsx",
                      [("利用児童", "令和7年度 利用児童台帳（取扱注意）", kids), ("職員", "職員連絡網", staff)])


def hidamari_notebook(rng, n):
    lines = Lines()
    c.letterhead(lines, HIDAMARI, rng)
    lines.gap()
    for _ in range(rng.randint(3, 5)):
        p = people.person(rng, 0.05)
        lines.put("【連絡帳】", c.kanji(rng, p), "さん（", ids.birth(rng, True, "wareki"), "生）")
        lines.put("今日は工作に集中できていました。", c.sens(rng, "障害"), "のため、音の大きい活動は別室で行いました。")
        lines.put("お迎え：お母様（", c.c_phone(rng, p), "）　次回利用日 ", ids.other_date(rng))
        lines.gap()
    lines.put(c.notice(rng))
    if n % 2:
        return r.docx_doc(f"hidamari/連絡帳まとめ_{n + 1}.docx", lines)
    return r.odt_doc(f"hidamari/連絡帳まとめ_{n + 1}.odt", lines)


def kotoba_request(rng, n):
    p = people.person(rng, 0.9)
    body = Lines()
    body.put("ことばの架け橋 ご担当者様", "")
    body.put("市立中央病院 医事課の", c.surname(people.person(rng, 0)), "です。下記の通り通訳派遣をお願いします。")
    body.put("患者：", c.name(rng, p), "（", c.c_residence(rng, p), "）")
    body.put("生年月日：", ids.birth(rng, style="slash"), "　連絡先：", c.c_phone(rng, p))
    body.put("主訴：", c.sens(rng, "病歴"), "。宗教上の配慮：", c.sens(rng, "宗教"))
    body.put("予約日 ", ids.other_date(rng), " 10:30")
    cols = [("患者名", c.c_name), ("国籍", c.c_pick(["ベトナム", "中国", "ネパール", "ブラジル"])), ("旅券番号", c.c_passport),
            ("電話", c.c_phone), ("受診科", c.c_pick(["内科", "整形外科", "小児科"])), ("既往", c.c_sens("病歴"))]
    sheet = c.roster(rng, cols, rng.randint(6, 12), 0.9)
    attach = r.csv_doc("派遣依頼一覧.csv", sheet, "cp932" if n % 2 else "utf-8")
    return m.eml_doc(f"kotoba/依頼_{n + 1:03d}.eml", "中央病院 医事課 <iji@hospital.example.jp>", KOTOBA.email,
                     "通訳派遣のお願い", body, c.when(rng), [attach])


def kotoba_roster(rng, n):
    cols = [("通訳者", c.c_name), ("フリガナ", c.c_kana), ("言語", c.c_pick(["ベトナム語", "中国語", "ポルトガル語", "英語"])),
            ("生年月日", c.c_birth), ("携帯", c.c_phone), ("メール", c.c_email), ("振込口座", c.c_account),
            ("出自", c.c_sens("人種・民族")),
            ("在留カード", c.c_residence)]
    grid = c.roster(rng, cols, rng.randint(15, 25), 0.4)
    return r.csv_doc(f"kotoba/登録通訳者_{n + 1}.csv", grid, "cp932", header=n % 2 == 0)


def kitsuke_form(rng, n):
    p = people.person(rng, 0.05)
    lines = Lines()
    lines.put("受講申込フォーム 送信内容")
    lines.put("お名前：", c.kanji(rng, p), "　フリガナ：", c.c_kana(rng, p))
    lines.put("生年月日：", ids.birth(rng, style="west"), "　電話：", val("PHONE", ids.wide(ids.phone(rng))))
    lines.put("メール：", c.c_email(rng, p))
    lines.put("ご住所：〒", c.c_postal(rng, p), " ", c.c_address(rng, p))
    lines.put("体調面で講師に伝えたいこと：", c.sens(rng, rng.choice(["病歴", "障害"])))
    lines.put("受講希望日：", ids.other_date(rng), "（", decoy("PERSON", "春日部", "place_named_like_person"), "教室）")
    c.letterhead(lines, KITSUKE, rng, short=True)
    return r.html_doc(f"kitsuke/申込_{n + 1:03d}.html", "花かんざし 受講申込", lines)


def kitsuke_students(rng, n):
    cols = [("No", None), ("生徒名", c.c_name), ("TEL", c.c_phone), ("住所", c.c_address), ("誕生日", c.c_birth),
            ("コース", c.c_pick(["初等科", "中等科", "師範科"])), ("月謝口座", c.c_account)]
    return r.csv_doc(f"kitsuke/生徒名簿_{n + 1}.csv", c.roster(rng, cols, rng.randint(15, 25), 0.05), "utf-8", header=False)


def keirin_members(rng, n):
    cols = [("登録番号", c.c_pick([str(x) for x in range(10000, 10100)])), ("選手名", c.c_name), ("フリガナ", c.c_kana),
            ("生年月日", c.c_birth), ("住所", c.c_address), ("携帯", c.c_phone), ("基礎年金番号", c.c_pension),
            ("個人番号", c.c_mynum), ("賞金振込口座", c.c_account)]
    riders = c.roster(rng, cols, rng.randint(18, 26), 0.0)
    checks = c.roster(rng, [("選手名", c.c_name), ("健康診断", c.c_sens("健康診断結果")),
                            ("既往症", c.c_sens("病歴")), ("受診日", c.c_date)], rng.randint(8, 14), 0.0)
    return r.xlsx_doc(f"keirin/支部選手名簿_{n + 1}.xlsx",
                      [("選手", "北関東支部 登録選手一覧", riders), ("健診", "定期健康診断 結果一覧", checks)])


def keirin_medical(rng, n):
    lines = Lines()
    c.letterhead(lines, KEIRIN, rng)
    lines.put("", "落車事故に関する報告書", "")
    for _ in range(rng.randint(2, 4)):
        p = people.person(rng, 0)
        lines.put("選手：", c.kanji(rng, p), "（", ids.birth(rng, style="abbr"), "生、免許 ", c.c_licence(rng, p), "）")
        lines.put("診断：", c.sens(rng, "病歴"), "　保険者番号 ", c.c_insurer(rng, p))
        lines.put("事故発生日 ", ids.other_date(rng), "　連絡先 ", c.c_phone(rng, p))
        lines.gap()
    lines.put(c.notice(rng))
    return m.pdf_doc(f"keirin/落車報告_{n + 1}.pdf", lines)


def kominka_volunteers(rng, n):
    cols = [("name", c.c_name), ("kana", c.c_kana), ("tel", c.c_phone), ("mail", c.c_email), ("address", c.c_address),
            ("birthday", c.c_birth), ("allergy", c.c_sens("病歴")), ("affiliation", c.c_sens("信条")),
            ("joined", c.c_date)]
    return r.json_doc(f"kominka/volunteers_{n + 1}.json", "volunteers", c.roster(rng, cols, rng.randint(12, 20)))


def kominka_minutes(rng, n):
    lines = Lines()
    lines.put(f"古民家再生ネットワーク結 第{n + 12}回 作業部会 議事録")
    chair = people.person(rng, 0)
    lines.put("出席：理事長 ", c.surname(chair), "、", c.kanji(rng, people.person(rng, 0)), "、",
              c.kanji(rng, people.person(rng, 0)), "、事務局 ", c.surname(people.person(rng, 0)))
    lines.put("1. ", decoy("PERSON", "吉田橋", "place_named_like_person"), "の古民家（築120年）の梁の補修について")
    p = people.person(rng, 0)
    lines.put("   施主の", c.kanji(rng, p), "氏（", c.c_address(rng, p), "、", c.c_phone(rng, p), "）より見積依頼あり。")
    lines.put("2. 作業中の事故：ボランティアの", c.kanji(rng, people.person(rng, 0)), "さんが",
              c.sens(rng, "病歴"), "のため休養中。")
    lines.put("3. 次回 ", ids.other_date(rng), " ", rng.choice(["蔵の土壁塗り", "茅葺き屋根の差し茅"]))
    c.letterhead(lines, KOMINKA, rng)
    if n % 2:
        return r.odt_doc(f"kominka/議事録_{n + 1}.odt", lines)
    return r.rtf_doc(f"kominka/議事録_{n + 1}.rtf", lines)
