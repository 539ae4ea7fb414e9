"""A community FM station's listener desk, a wedding MC agency, a hunters' association,
a criminal-defence NPO, a job-transition support office, a bookshop's outside sales."""

from __future__ import annotations

from benchmarks.corpus16.model import Lines, decoy, val
from benchmarks.corpus23 import common as c
from benchmarks.corpus23 import ids, people, render as r, render_more as m

FM = c.org("コミュニティFM みなとウェーブ 78.3MHz", "minato-wave")
MC = c.org("ブライダル司会プロダクション 言の葉", "kotonoha-mc")
RYOYU = c.org("一般社団法人 南信猟友会", "nanshin-ryoyu")
KEIBEN = c.org("NPO法人 刑事弁護サポートセンター", "keiben-support")
IKOU = c.org("就労移行支援事業所 ステップワークス", "stepworks")
GAISHO = c.org("文林堂書店 外商部", "bunrindo")
RADIO_NAMES = ["ペンギン父さん", "みかん大好き", "夜更かしの猫", "港の灯台守", "ラジオ少年", "さくら餅", "北風小僧"]
STAGE_NAMES = ["桜井ゆかり", "天野ひびき", "水城りん", "風間しょう"]


def fm_letters(rng, n):
    mails = []
    for k in range(rng.randint(3, 5)):
        p = people.person(rng, 0.03)
        body = Lines()
        body.put("ラジオネーム：", c.optional_name(rng.choice(RADIO_NAMES)))
        body.put("本名：", c.kanji(rng, p), "　住所：〒", c.c_postal(rng, p), " ", c.c_address(rng, p))
        body.put("電話：", c.c_phone(rng, p))
        body.put("いつも聴いています。", rng.choice(["実は", "私事ですが、"]), c.sens(rng, rng.choice(["病歴", "障害", "犯罪被害", "信条"])),
                 "で落ち込んでいましたが、番組に励まされました。")
        body.put("返信先：", c.c_email(rng, p))
        mails.append((f"投稿フォーム <form@minato-wave.example.jp>", FM.email, f"お便り {k + 1}", body, c.when(rng)))
    return m.mbox_doc(f"fm/listener_{n + 1}.mbox", mails)


def fm_winners(rng, n):
    cols = [("当選者", c.c_name), ("ラジオネーム", lambda g, p: c.optional_name(g.choice(RADIO_NAMES))),
            ("郵便番号", c.c_postal), ("住所", c.c_address), ("電話", c.c_phone), ("発送日", c.c_date)]
    return r.csv_doc(f"fm/プレゼント当選者_{n + 1}.csv", c.roster(rng, cols, rng.randint(10, 16), 0.02), "cp932")


def mc_booking(rng, n):
    groom, bride = people.person(rng, 0.1), people.person(rng, 0.1)
    lines = Lines()
    c.letterhead(lines, MC, rng)
    lines.put("", "披露宴 司会打合せシート")
    lines.put("新郎：", c.kanji(rng, groom), "（", c.c_kana(rng, groom), "）　", ids.birth(rng, style="wareki"), "生")
    lines.put("新婦：", c.kanji(rng, bride), "（", c.c_kana(rng, bride), "）　", ids.birth(rng, style="west"), "生")
    lines.put("ご連絡先：", c.c_phone(rng, groom), " ／ ", c.c_email(rng, bride))
    lines.put("挙式：", c.sens(rng, "宗教"), "のため、神前式ではなく人前式を希望。")
    lines.put("ご配慮事項：新婦祖母が", c.sens(rng, "障害"), "。乾杯は新郎上司の", c.surname(people.person(rng, 0)), "部長。")
    lines.put("担当司会：", c.optional_name(rng.choice(STAGE_NAMES)), "　挙式日 ", ids.other_date(rng))
    lines.put("会場：", decoy("PERSON", "岡本公園", "place_named_like_person"), " ガーデンテラス")
    return r.docx_doc(f"mc/打合せシート_{n + 1:03d}.docx", lines)


def mc_roster(rng, n):
    lines = Lines()
    lines.put("所属司会者一覧（社外秘）")
    for _ in range(rng.randint(8, 12)):
        p = people.person(rng, 0.02)
        lines.put(c.kanji(rng, p), "／芸名 ", c.optional_name(rng.choice(STAGE_NAMES)), "／", c.c_phone(rng, p), "／",
                  c.c_account(rng, p), "／", ids.birth(rng, style="dot"))
    return r.text_doc(f"mc/司会者一覧_{n + 1}.txt", lines, "cp932")


def ryoyu_register(rng, n):
    cols = [("会員番号", None), ("氏名", c.c_name), ("生年月日", c.c_birth), ("住所", c.c_address), ("電話", c.c_phone),
            ("運転免許証番号", c.c_licence), ("銃所持許可", c.c_pick(["散弾銃", "ライフル", "空気銃", "わな猟のみ"])),
            ("狩猟者登録日", c.c_date)]
    members = c.roster(rng, cols, rng.randint(18, 28), 0.0)
    notes = c.roster(rng, [("氏名", c.c_name), ("備考", c.c_sens(rng.choice(["犯罪歴", "犯罪被害"])))], rng.randint(4, 8), 0.0)
    return r.xlsx_doc(f"ryoyu/会員台帳_{n + 1}.xlsx", [("会員", "南信猟友会 会員台帳", members), ("所持許可メモ", "公安委員会 照会メモ", notes)])


def ryoyu_incident(rng, n):
    body = Lines()
    p = people.person(rng, 0)
    body.put("各班長各位", "")
    body.put("先週の有害鳥獣駆除で、", c.kanji(rng, p), "班員（", c.c_phone(rng, p), "）が熊に襲われ負傷しました。")
    body.put("診断は", c.sens(rng, "病歴"), "とのことです。")
    body.put("また", c.kanji(rng, people.person(rng, 0)), "さん宅で猟銃の", c.sens(rng, "犯罪被害"), "。警察に届出済み。")
    body.put("次回の出猟日は ", ids.other_date(rng), " です。")
    c.signature(body, RYOYU, "事務局")
    return m.eml_doc(f"ryoyu/mail_{n + 1:03d}.eml", c.sender(RYOYU, "事務局"), "hancho@nanshin-ryoyu.example.jp",
                     "駆除中の事故について", body, c.when(rng))


def keiben_intake(rng, n):
    p = people.person(rng, 0.2)
    lines = Lines()
    c.letterhead(lines, KEIBEN, rng)
    lines.put("", "相談受付票（当番弁護連絡用）")
    lines.put("被疑者：", c.name(rng, p), "　", ids.birth(rng, style=rng.choice(["wareki", "abbr", "kanji"])), "生")
    lines.put("本籍：", c.sens(rng, "本籍"))
    lines.put("住居：", c.c_address(rng, p))
    lines.put("被疑事実の概要：", c.sens(rng, "犯罪歴"), "。前歴として", c.sens(rng, "犯罪歴"), "。")
    lines.put("本人申告：", c.sens(rng, rng.choice(["人種・民族", "信条", "宗教"])), "。通訳の要否を確認。")
    fam = people.person(rng, 0)
    lines.put("家族連絡先：母 ", c.kanji(rng, fam), " ", val("PHONE", ids.wide(ids.phone(rng))))
    lines.put("受付日 ", ids.other_date(rng), "　担当 ", c.surname(people.person(rng, 0)), "弁護士")
    return r.text_doc(f"keiben/受付票_{n + 1:03d}.txt", lines, "cp932" if n % 2 else "utf-8")


def ikou_records(rng, n):
    lines = Lines()
    lines.put("個別支援計画 モニタリング記録")
    for _ in range(rng.randint(2, 3)):
        p = people.person(rng, 0.03)
        lines.put("利用者：", c.kanji(rng, p), "　", ids.birth(rng, style="west"), "生　受給者証 ", ids.digits(rng, 10))
        lines.put("障害：", c.sens(rng, "障害"), "／服薬：", c.sens(rng, "病歴"))
        lines.put("実習先：", decoy("PERSON", "若松河田", "place_named_like_person"), "の物流センター。")
        lines.put("本人の希望：", rng.choice(["事務職", "清掃", "データ入力"]), "　次回面談 ", ids.other_date(rng))
        lines.gap()
    c.signature(lines, IKOU, "サービス管理責任者")
    return r.docx_doc(f"ikou/モニタリング_{n + 1}.docx", lines)


def ikou_export(rng, n):
    cols = [("ID", None), ("氏名", c.c_kana), ("生年月日", lambda g, p: ids.birth(g, style="packed")), ("個人番号", c.c_mynum),
            ("雇用保険", c.c_employ), ("年金", c.c_pension), ("電話", c.c_phone)]
    grid = c.roster(rng, cols, rng.randint(20, 30), 0.0)
    return r.fixed_doc(f"ikou/RIYOSHA{n + 1:02d}.DAT", [6, 26, 10, 14, 15, 13, 15], grid)


def gaisho_orders(rng, n):
    cols = [("受注番号", c.c_order), ("顧客名", c.c_name), ("届け先住所", c.c_address), ("電話", c.c_phone),
            ("ISBN/商品コード", c.c_product), ("決済カード", c.c_card), ("受注日", c.c_date)]
    grid = c.roster(rng, cols, rng.randint(14, 22), 0.05)
    return r.csv_doc(f"gaisho/受注_{n + 1}.csv", grid, "utf-8", header=n % 3 != 2)


def gaisho_statement(rng, n):
    p = people.person(rng, 0.0)
    lines = Lines()
    c.letterhead(lines, GAISHO, rng)
    lines.put("", "御請求書", "")
    lines.put(c.kanji(rng, p), " 様　〒", c.c_postal(rng, p), " ", c.c_address(rng, p))
    for _ in range(rng.randint(3, 5)):
        lines.put("  全集 第", str(rng.randint(1, 20)), "巻 商品コード ", c.c_product(rng, p), "  受注番号 ", c.c_order(rng, p))
    lines.put("お引落口座：", *ids.bank_line(rng, c.c_account(rng, p)))
    lines.put("法人番号 ", decoy("MY_NUMBER", ids.corporate(rng), "corporate_number"))
    return r.rtf_doc(f"gaisho/請求書_{n + 1:03d}.rtf", lines)
