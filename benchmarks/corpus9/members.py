"""Writers of members, customers and cases: a PTA, a 漁協's host export, a 森林組合
payroll transfer, a 婚活 event company, an alumni association's mailbox, an
election desk, a labour-standards complaint desk, a pet-sitter, a 協力雇用主
(a prison vocational programme's employer) and a house-cleaning company holding keys."""

from __future__ import annotations

from benchmarks.corpus9 import numbers as ids
from benchmarks.corpus9 import render
from benchmarks.corpus9.base import Writer
from benchmarks.corpus9.model import care, honseki, no, v
from benchmarks.corpus9.people import date_text

PTA_ROLES = ["会長", "副会長", "書記", "会計", "広報委員長", "校外委員", "ベルマーク係"]
GRADES = ["1年2組", "2年1組", "3年3組", "4年1組", "5年2組", "6年1組"]
BANKS = [("みちのく第一銀行", "港支店"), ("しおかぜ信用組合", "本所"), ("ひかり銀行", "駅前支店"), ("東湾銀行", "漁港出張所")]
CATCH = ["定置網", "刺網", "はえ縄", "採貝", "養殖（カキ）"]
FOREST_JOBS = ["伐採", "造林", "林道整備", "製材"]
EVENT_FAITHS = ["創価学会の会員です", "クリスチャン（プロテスタント）です", "天理教の信者です", "真如苑に入信しています",
                "幸福の科学の会員です", "ムスリムなので相手にも入信をお願いしたい"]
EVENT_HOBBIES = ["釣り", "登山", "カフェ巡り", "料理", "映画鑑賞"]
PARTIES = ["立憲民主党", "自由民主党", "日本共産党", "公明党", "社会民主党", "国民民主党"]
UNION_ROLES = ["執行委員長", "書記長", "分会長", "青年部長", "職場委員",
               "副執行委員長", "会計監査", "女性部長"]
UNIONS = ["ひまわり物流ユニオン", "全港湾 東部支部", "自治労 市職員労働組合", "UAゼンセン ベイ流通労組"]
OFFENCES = ["窃盗罪で懲役1年6月", "覚醒剤取締法違反で懲役2年", "詐欺罪で懲役3年", "傷害罪で懲役1年", "道路交通法違反（無免許運転）で懲役10月",
            "強盗致傷罪で懲役5年", "業務上横領罪で懲役2年6月", "住居侵入・窃盗で懲役1年8月"]
ORIGINS = ["在日コリアン三世", "アイヌ民族の出身", "日系ブラジル人二世", "琉球民族の出自",
           "中国残留邦人の二世", "ネパール系の少数民族"]
JUVENILE = ["17歳のとき恐喝で家庭裁判所の保護観察処分", "16歳で少年院送致（傷害）"]
PET_NAMES = ["ジョージ", "さくら", "小次郎", "マリー", "太郎", "ハナコ", "銀次郎", "モモ"]
PET_KINDS = ["柴犬", "トイプードル", "三毛猫", "メインクーン", "フェレット"]
PET_MEDS = ["心臓病の薬（朝晩）", "腎臓ケアの療法食", "てんかんの薬を1日2回"]
BURGLARIES = ["昨年空き巣の被害に遭い鍵を交換済み", "以前ストーカー被害あり、来訪者に住所を教えないこと"]
KEY_NOTES = ["オートロック暗証番号は別紙", "鍵はキーボックス（番号は担当者のみ）", "合鍵2本預かり"]


def pta(w: Writer, files: int):
    school = w.office("市立みなみ台小学校 PTA", "minamidai-pta.example.jp")
    docs = []
    for n in range(files):
        if n % 3 == 2:
            docs.append(_pta_mail(w, school, n))
            continue
        rows = [["学年・組", "役職", "保護者氏名", "児童氏名", "電話", "メールアドレス", "会費納入日"]]
        for _ in range(w.rng.randint(5, 8)):
            parent, kid = w.people.person(1978, 1992), w.people.person(2014, 2019)
            rows.append([w.pick(GRADES), w.pick(PTA_ROLES), parent.name("space"),
                         v("PERSON", parent.family[0] + kid.given[0]),
                         parent.tel(w.chance(0.6), w.pick(["plain", "hyphen"])), parent.mail(),
                         no("DATE_OF_BIRTH", date_text(w.people.day(2026, 2026), "western"), "fee_paid_date")])
        blocks = [("p", "令和8年度 PTA役員・委員名簿"), ("table", rows), ("p", ["取扱注意　", school.name]),
                  ("p", ["問合せ ", school.phone_mark()])]
        docs.append(w.doc(f"PTA/役員名簿_{n:02d}.docx", render.docx_("x", blocks)))
    return docs


def _pta_mail(w: Writer, school, n: int):
    rows = []
    for k in range(w.rng.randint(5, 8)):
        parent = w.people.person(1978, 1992)
        rows.append([f"{k + 1}", parent.name("tight"), parent.tel(w.chance(0.5), "plain"), parent.address("no_pref")])
    attachment = render.csv("連絡網.csv", rows, "cp932")
    sender = w.people.person(1978, 1992)
    lines = ["各位", "", "緊急連絡網を更新しましたので添付します。取扱いにはご注意ください。", "",
             ["広報委員長　", sender.name("tight")], ["携帯 ", sender.tel(True)]]
    return w.doc(f"PTA/mail/連絡網更新_{n:02d}.eml",
                 render.eml("x", f"PTA <{school.mail}>", sender.mail(), "連絡網の更新", lines,
                            [("連絡網.csv", *attachment)], n))


def fishing_coop(w: Writer, files: int):
    docs = []
    for n in range(files):
        rows = []
        for k in range(w.rng.randint(13, 20)):
            p = w.people.person(1940, 1990)
            bank, branch = w.pick(BANKS)
            rows.append([f"{n:02d}{k:04d}", p.name("tight"), p.name("kana_half"),
                         p.born("packed"), p.postal_code("plain"), p.address("no_room"), p.tel(False, "plain"),
                         bank, branch, "1", ids.account(w.rng), w.pick(CATCH),
                         no("DATE_OF_BIRTH", date_text(w.people.day(1975, 2025), "packed"), "joined_date")])
        docs.append(w.doc(f"漁協/KUMIAIN_{n:02d}.DAT",
                          render.fixed("x", rows, [7, 16, 26, 9, 8, 58, 11, 18, 14, 2, 8, 12, 8])))
    return docs


def forest_payroll(w: Writer, files: int):
    docs = []
    for n in range(files):
        rows = [["作業員氏名", "職種", "雇用保険被保険者番号", "基礎年金番号", "振込銀行", "支店", "種別", "口座番号", "口座名義",
                 "支給額", "伝票番号", "個人番号"]]
        for _ in range(w.rng.randint(6, 10)):
            p = w.people.person(1955, 2000)
            bank, branch, kind, number = *w.pick(BANKS), "普通", ids.account(w.rng)
            if w.chance(0.15):  # ゆうちょ: 記号-番号, no branch
                bank, branch, kind, number = "ゆうちょ銀行", "", "通常貯金", ids.yucho(w.rng)
            rows.append([p.name("space"), w.pick(FOREST_JOBS), ids.employment_insurance(w.rng), ids.pension(w.rng),
                         bank, branch, kind, number, p.name(w.pick(["kana", "kana_half"])),
                         f"{w.rng.randint(18, 38)}0,000", ids.order_number(w.rng, "slip_number"),
                         ids.my_number(w.rng, w.pick(["plain", "space", "hyphen"]))])
        office_number = ids.employment_insurance(w.rng).text
        rows.append(["事業所番号", no("EMPLOYMENT_INSURANCE_NUMBER", office_number, "employer_office_number")]
                    + [""] * 10)
        docs.append(w.doc(f"森林組合/給与振込_{n:02d}.csv", render.csv("x", rows, "cp932", quote_all=n % 2 == 1)))
    return docs


def marriage_events(w: Writer, files: int):
    docs = []
    for n in range(files):
        if n % 2:
            records = []
            for _ in range(w.rng.randint(4, 7)):
                p = w.people.person(1980, 2000)
                record = {"event_id": f"EV-{w.rng.randint(1000, 9999)}", "name": p.name("tight"),
                          "name_en": p.name("western"),
                          "kana": p.name("kana"), "birthday": p.born("slash"), "email": p.mail(),
                          "tel": p.tel(True, "plain"), "hobby": w.pick(EVENT_HOBBIES),
                          "applied": no("DATE_OF_BIRTH", date_text(w.people.day(), "iso"), "application_date")}
                if w.chance(0.2):
                    record["self_pr"] = ["宗教について：", care("宗教", w.pick(EVENT_FAITHS))]
                records.append(record)
            docs.append(w.doc(f"婚活/entries_{n:02d}.json", render.json_("x", records)))
            continue
        blocks = [("h", "婚活パーティー 参加者一覧（スタッフ用）")]
        rows = [["No.", "お名前", "生まれ", "お住まい", "連絡先", "メモ"]]
        for k in range(w.rng.randint(5, 8)):
            p = w.people.person(1980, 2000)
            memo = care("病歴", "持病（1型糖尿病）あり、と自己申告") if w.chance(0.1) else w.pick(EVENT_HOBBIES)
            rows.append([str(k + 1), p.name("space"), [p.born("wareki"), "生"], p.address("no_pref"), p.mail(), memo])
        blocks += [("table", rows), ("p", ["会場：ホテル桜坂 2F　受付番号 ", ids.order_number(w.rng, "reception_number")])]
        docs.append(w.doc(f"婚活/参加者_{n:02d}.html", render.html("x", "参加者一覧", blocks)))
    return docs


def alumni(w: Writer, files: int):
    office = w.office("県立北浜高校 同窓会事務局", "kitahama-alumni.example.jp")
    docs = []
    for n in range(files):
        messages = []
        for m in range(w.rng.randint(3, 6)):
            p = w.people.person(1950, 2000)
            graduation = p.birth.year + 18
            lines = ["同窓会事務局 御中", "", f"{graduation}年卒業の", [p.name("tight"), "です。転居しましたので名簿の変更をお願いします。"],
                     ["新住所：", p.postal_code(w.pick(["mark", "mark_plain"])), " ", p.address(w.pick(["full", "kanji"]))],
                     ["電話：", p.tel(False, w.pick(["hyphen", "paren"]))],
                     ["旧姓：", v("PERSON", w.pick([s for s in ("樋渡", "眞鍋", "百瀬", "塩見") if s != p.family[0]]))]
                     if p.sex == "F" else "", "よろしくお願いいたします。"]
            data, items = render.eml("MSG", p.mail(), no("EMAIL", office.mail, "office_mail"), "住所変更のお願い",
                                     [x for x in lines if x != ""], (), m)
            messages.append((data, [type(i)("MSG", i.location, i.mark) for i in items]))
        docs.append(w.doc(f"同窓会/受信_{n:02d}.mbox", render.mbox("x", messages)))
    return docs


def election_desk(w: Writer, files: int):
    docs = []
    for n in range(files):
        station = w.office(w.pick(["市民センター", "第二小学校体育館", "公民館 大会議室"]), "senkyo.example.jp")
        rows = [["投票区", "区分", "氏名", "住所", "生年月日", "推薦", "電話", "選任日", "住民票コード", "投票所", "投票所所在地"]]
        for k in range(w.rng.randint(5, 9)):
            p = w.people.person(1945, 1990)
            party = care("信条", f"{w.pick(PARTIES)}の党員") if w.chance(0.4) else "推薦なし"
            rows.append([f"第{k // 2 + 1}投票区", w.pick(["投票管理者", "投票立会人", "開票立会人"]), p.name("wide"),
                         p.address("full"), p.born("wareki"), party, p.tel(False),
                         no("DATE_OF_BIRTH", date_text(w.people.day(2026, 2026), "wareki"), "appointed_date"),
                         ids.resident_code(w.rng), station.name, station.address_mark()])
        docs.append(w.doc(f"選挙管理/立会人名簿_{n:02d}.xlsx", render.xlsx("x", [("立会人", rows)])))
    return docs


def complaint_desk(w: Writer, files: int):
    docs = []
    for n in range(files):
        p, boss = w.people.person(1965, 2000), w.people.person(1955, 1985)
        union = w.pick(UNIONS)
        lines = ["申告受付記録（相談窓口）", "",
                 ["申告者：", p.name("tight"), "（", p.name("kana"), "）"],
                 ["連絡先：", p.tel(True, w.pick(["hyphen", "plain", "fullwidth"])), "　", p.mail()],
                 ["住所：", p.address("hyphen")],
                 ["申告者は", p.born(w.pick(["wareki", "western", "wareki_kanji"])), "生まれで、入社",
                  f"{w.rng.randint(2, 15)}年目の契約社員。"],
                 ["申告内容：残業代の未払い。上司の", boss.name("tight"), "課長から休日出勤を強要された。"],
                 ["本人は", care("労働組合", f"{union}の{w.pick(UNION_ROLES)}"), "で、団体交渉も申し入れ済み。"],
                 ["受付日：", no("DATE_OF_BIRTH", date_text(w.people.day(), "wareki"), "complaint_date")]]
        if w.chance(0.4):
            lines.append(["健康状態：", care("病歴", "長時間労働により適応障害と診断され休職中")])
        if w.chance(0.45):
            lines.append(["その他：", care("人種・民族", w.pick(ORIGINS)), "であることを理由に昇格で差別されたとの訴え"])
        if w.chance(0.3):
            lines.append(["その他：同僚から", care("犯罪被害", "更衣室で財布を盗まれた"), "件も相談あり"])
        office = w.office("労働相談センター", "roudou-soudan.example.jp")
        lines += ["", *office.footer()]
        docs.append(w.doc(f"労働相談/maildir/cur/17{n:08d}.M{n}P1.desk:2,S",
                          render.eml("x", office.mail, p.mail(), "申告受付", lines, (), n)))
    return docs


def pet_sitter(w: Writer, files: int):
    docs = []
    for n in range(files):
        p = w.people.person(1950, 1995)
        pet = w.pick(PET_NAMES)
        blocks = [("p", "お客様カルテ（ペットシッター）"),
                  ("table", [["飼い主様", "ご住所", "ご連絡先", "緊急連絡先"],
                             [p.name("space"), p.address(w.pick(["full", "hyphen"])), p.tel(True),
                              w.people.person().tel(False)]]),
                  ("p", ["ペットのお名前：", no("PERSON", pet, "pet_name"), f"（{w.pick(PET_KINDS)}）"]),
                  ("p", [no("PERSON", pet, "pet_name"), "ちゃんは", w.pick(PET_MEDS), "。"]),
                  ("p", ["鍵：", w.pick(KEY_NOTES)]),
                  ("p", ["ご契約番号 ", ids.order_number(w.rng, "contract_number")])]
        if w.chance(0.3):
            blocks.append(("p", ["飼い主様は", care("障害", "車椅子を使用"), "のため、散歩はすべてシッターが担当。"]))
        if w.chance(0.5):  # the signature box: the value above, its caption below
            blocks += [("p", "上記の内容でお預かりすることに同意します。"),
                       ("table", [[p.name("wide"), no("DATE_OF_BIRTH", date_text(w.people.day(2025, 2026), "wareki"),
                                                       "consent_date")],
                                  ["（ご署名）", "（同意日）"]])]
        docs.append(w.doc(f"ペットシッター/カルテ_{n:03d}.docx", render.docx_("x", blocks)))
    return docs


def cooperating_employer(w: Writer, files: int):
    docs = []
    for n in range(files):
        p, officer = w.people.person(1975, 2003, "M"), w.people.person(1960, 1990)
        lines = ["協力雇用主　受入れ記録（社外秘）", "",
                 ["対象者　", p.name("wide"), "（", p.born(w.pick(["wareki", "wareki_kanji"])), "生）"],
                 ["前歴　", care("犯罪歴", w.pick(OFFENCES))],
                 ["　", care("犯罪歴", w.pick(JUVENILE))] if w.chance(0.6) else "　少年時の非行歴なし",
                 ["出所予定　", no("DATE_OF_BIRTH", date_text(w.people.day(2026, 2027), "wareki"), "release_date"),
                  "　刑務所内の職業訓練でフォークリフト技能講習を修了"],
                 ["本籍　", honseki(w.people.person().address("kanji").text.rsplit("丁目", 1)[0] + "丁目")],
                 ["担当保護観察官　", officer.name("tight")],
                 ["帰住先　", p.address(w.pick(["full", "kanji"]))],
                 "就労開始後の面談は月2回。", "",
                 ["協力雇用主　有限会社みさき工業（法人番号 ", ids.corporate(w.rng), "）"]]
        docs.append(w.doc(f"協力雇用/受入記録_{n:02d}.pdf", render.pdf("x", [lines])))
    return docs


def cleaning_keys(w: Writer, files: int):
    docs = []
    for n in range(files):
        rows = [["鍵番号", "お客様名", "住所", "電話", "クレジットカード", "作業曜日", "備考", "契約番号"]]
        for _ in range(w.rng.randint(6, 10)):
            p = w.people.person(1945, 1990)
            rows.append([f"K-{w.rng.randint(100, 999)}", p.name("tight"), p.address(w.pick(["full", "hyphen"])),
                         p.tel(w.chance(0.5)), ids.card(w.rng), w.pick(["月", "水", "金", "隔週土"]),
                         care("犯罪被害", w.pick(BURGLARIES)) if w.chance(0.15) else w.pick(KEY_NOTES),
                         ids.order_number(w.rng, "contract_number")])
        rows.append(["ポイントカード", ids.card_shaped(w.rng, "point_card_number"), None, None, None, None, None])
        docs.append(w.doc(f"ハウスクリーニング/鍵預かり台帳_{n:02d}.xlsx", render.xlsx("x", [("鍵台帳", rows)])))
    return docs
