"""Organisations, part two: a driving school, a hospice volunteer group, a temp agency,
a 家事代行 service, a 整骨院, a 税理士 office, a pawnshop, a marriage agency, a security
company, a victims' support centre."""

from __future__ import annotations

import random

from benchmarks.corpus16 import formats as F
from benchmarks.corpus16 import ids
from benchmarks.corpus16.common import about, addr, born, family, kana, mail, name, own, pad, postal, tel
from benchmarks.corpus16.model import Grid, Item, Lines, decoy, maybe
from benchmarks.corpus16.people import kin, person
from benchmarks.corpus16.vocab import EXAMPLE_NAMES


def driving_school(rng: random.Random, n: int):
    """自動車教習所: the 教習原簿, a PDF of one page per trainee."""
    pages = []
    for _ in range(rng.randrange(3, 6)):
        p = person(rng, lo=1995, hi=2008, foreign=0.1)
        lines = Lines().put("教習原簿（普通一種）").put(f"教習生番号 {rng.randrange(10**5):05d}")
        lines.put("氏名 ", name(p, rng), "　フリガナ ", kana(p)).put("生年月日 ", born(p, rng, (0, 2, 3)))
        lines.put("住所 ", addr(p)).put("連絡先 ", tel(p, rng, 0.95, wide=False))
        lines.put("適性検査 視力 右0.8 左0.7（眼鏡等）")
        if rng.random() < 0.4:
            lines.put("申告事項 ", about(rng, rng.choice(["病歴", "障害"])))
        if p.foreign:
            lines.put("在留カード番号 ", ids.residence_card(rng))
        lines.put("入所日 ", ids.other_day(rng, "enrolment_date", (0,)), "　技能教習 12時限")
        lines.put(*own("南浜自動車学校", "899-4332", "鹿児島県霧島市国分中央5丁目2-8", "0995-46-3311",
                       "nyusho@minamihama-ds-example.jp"))
        pages.append(lines)
    return F.pdf(f"教習所/原簿/genbo_{n:03d}.pdf", pages)


def hospice(rng: random.Random, n: int):
    """ホスピスボランティア: the coordinator's monthly notes (odt, running prose)."""
    lines = Lines().put("ボランティア活動記録（緩和ケア病棟）").gap()
    for _ in range(rng.randrange(5, 9)):
        v, patient = person(rng), person(rng, lo=1935, hi=1960)
        lines.put(f"{rng.randrange(1, 29)}日　", name(v, rng), "さんが傾聴。", family(patient), "様は",
                  about(rng, "病歴"), "。ご本人は", about(rng, "宗教"), "とのことで、宗教者の訪問を希望された。")
        lines.put("　連絡先（ボランティア）", tel(v, rng, 0.9), "　", mail(v))
    lines.gap().put("次回研修 ", ids.other_day(rng, "training_date", (0,)))
    lines.put(*own("ひだまりホスピスボランティアの会", "980-0811", "宮城県仙台市青葉区一番町2-3-10", "022-266-0419",
                   "hidamari@hospice-vol-example.jp"))
    return F.odt(f"ホスピスボランティア/記録_{n:02d}.odt", lines)


def temp_agency(rng: random.Random, n: int):
    """派遣会社: mails between branches, each with a staff sheet attached (mbox)."""
    messages = []
    for k in range(rng.randrange(2, 4)):
        sheet = Grid("スタッフ名", "生年月日", "個人番号", "基礎年金番号", "雇用保険被保険者番号", "住所", "携帯")
        for _ in range(rng.randrange(4, 7)):
            p = person(rng, foreign=0.12, lo=1970, hi=2004)
            sheet.add(name(p, rng), born(p, rng, (0, 1)), ids.my_number(rng), ids.pension(rng), ids.employment(rng),
                      addr(p), tel(p, rng, 0.95))
        attach = F.xlsx(f"staff_{k + 1}.xlsx", [("登録", sheet, None)])
        lead = person(rng)
        body = Lines().put("各位").gap().put("来月からの派遣スタッフ分、社保加入の資料を添付します。")
        body.put("担当の", family(lead), "が不在のため、質問は", tel(lead, rng, 1.0), "へ。")
        body.put("雇用保険適用事業所番号 ", ids.employer_number(rng))
        msg = F.message("honsha@haken-example.jp", "shiten@haken-example.jp", f"派遣スタッフ資料 {k + 1}", body,
                        F.when(rng), [attach])
        messages.append((msg, body, [attach]))
    return F.mbox(f"派遣/mail/{n:02d}.mbox", messages)


def housekeeping(rng: random.Random, n: int):
    """家事代行: a customer's request mail in a Maildir (key box code and card)."""
    p = person(rng, lo=1950, hi=1995)
    body = Lines().put(name(p), " 様").gap().put("ご依頼ありがとうございます。以下の内容で承りました。")
    body.put("訪問先：〒", postal(p, rng), " ", addr(p)).put("ご連絡先：", tel(p, rng))
    body.put("お支払い：クレジットカード ", ids.card(rng))
    if rng.random() < 0.5:
        body.put("備考：お母様が", about(rng, rng.choice(["障害", "病歴"])), "のため、寝室の清掃は不要とのこと")
    body.put("初回訪問日：", ids.other_day(rng, "visit_date", (0, 1)))
    body.gap().put(*own("家事代行サービス ハウスリーフ", "460-0008", "愛知県名古屋市中区栄3丁目15-2", "052-261-7780",
                        "support@houseleaf-example.jp"))
    msg = F.message("support@houseleaf-example.jp", p.email, "ご依頼内容の確認", body, F.when(rng))
    doc = F.eml(f"家事代行/Maildir/cur/17750{n:05d}.M{n}P9.mail:2,S", msg, body)
    doc.items.append(Item(doc.path, mail(p), None))  # the customer's address in the To: header
    return doc


def bonesetter(rng: random.Random, n: int):
    """整骨院: a 施術録 in RTF (insurance, history)."""
    p = person(rng, lo=1945, hi=2000)
    lines = Lines().put("施術録").put("受療者 ", name(p, rng), " （", kana(p), "）").put("生年月日 ", born(p, rng, (2, 3, 6)))
    lines.put("住所 ", addr(p)).put("電話 ", tel(p, rng, 0.5))
    lines.put("保険者番号 ", ids.insurer(rng), "　記号 ", maybe("HEALTH_INSURANCE_NUMBER", f"{rng.randrange(10, 99)}"),
              " 番号 ", maybe("HEALTH_INSURANCE_NUMBER", f"{rng.randrange(100, 9999)}"))
    lines.put("負傷名 右足関節捻挫　負傷日 ", ids.other_day(rng, "injury_date", (2,)))
    lines.put("既往 ", about(rng, "病歴"))
    lines.put("施術内容 手技・温罨法")
    lines.put(*own("さくら通り整骨院", "700-0821", "岡山県岡山市北区中山下1-8-45", "086-231-4407",
                   "uketsuke@sakura-seikotsu-example.jp"))
    return F.rtf(f"整骨院/施術録/{n:03d}.rtf", lines)


def tax_office(rng: random.Random, n: int):
    """税理士事務所: a client's 扶養控除 data as XML."""
    records, marks = [], []
    head = person(rng, lo=1960, hi=1990)
    ages = {"配偶者": (head.birth.year - 6, head.birth.year + 6), "長男": (head.birth.year + 22, head.birth.year + 35),
            "長女": (head.birth.year + 22, head.birth.year + 35), "母": (head.birth.year - 35, head.birth.year - 20)}
    rel = [("本人", head)] + [(r, kin(rng, head, lo=ages[r][0], hi=min(ages[r][1], 2024)))
                            for r in rng.sample(list(ages), 3)]
    for relation, p in rel:
        fields = [("続柄", relation), ("氏名", name(p)), ("フリガナ", kana(p)), ("生年月日", born(p, rng, (0, 2))),
                  ("個人番号", ids.my_number(rng)), ("住所", addr(p))]
        if relation != "本人" and rng.random() < 0.3:
            fields.append(("障害者区分", about(rng, "障害")))
        records.append(fields)
        marks += [v for _, v in fields if hasattr(v, "text")]
    records.append([("受付番号", (slip := ids.slip_number(rng))), ("受付日", (day := ids.other_day(rng, "received_date")))])
    marks += [slip, day]
    return F.xml_doc(f"税理士/扶養控除/client_{n:03d}.xml", "扶養控除等申告", records, marks)


def pawnshop(rng: random.Random, n: int):
    """質屋: the 本人確認記録 exported fixed-width from the shop's host (CP932 .DAT)."""
    lines = Lines().put("質屋 本人確認記録  出力日 2026/04/01")
    for _ in range(rng.randrange(10, 16)):
        p = person(rng, foreign=0.25, lo=1950, hi=2004)
        doc = ids.residence_card(rng) if p.foreign and rng.random() < 0.6 else \
            (ids.passport(rng) if p.foreign else ids.licence(rng))
        who = name(p)  # the host keeps foreign names in katakana
        lines.put(f"{rng.randrange(10**6):06d} ", *pad(who, 22), *pad(born(p, rng, (5,)), 9), *pad(doc, 14),
                  *pad(tel(p, rng, 1.0, wide=False), 15), ids.part_number(rng))
    return F.fixed(f"質屋/HOST/KAKUNIN{n:02d}.DAT", lines)


def marriage(rng: random.Random, n: int):
    """結婚相談所: a member profile as slides (pptx)."""
    slides = []
    for _ in range(rng.randrange(2, 4)):
        p = person(rng, lo=1980, hi=2000, foreign=0.1)
        s = Lines().put("会員プロフィール").put(name(p, rng), "（", kana(p), "）").put("生年月日 ", born(p, rng, (0, 2)))
        s.put("居住地 ", addr(p)).put("連絡先 ", mail(p))
        origin = rng.choice(["人種・民族", "本籍"])
        s.put("宗教 ", about(rng, "宗教")).put("ルーツ " if origin == "人種・民族" else "本籍 ", about(rng, origin))
        s.put("価値観 ", about(rng, "信条"))
        slides.append(s)
    return F.pptx(f"結婚相談所/profiles_{n:02d}.pptx", slides)


def security(rng: random.Random, n: int):
    """警備会社: the 欠格事由 check for new guards, a Word form."""
    p = person(rng, lo=1960, hi=2003)
    lines = Lines().put("警備員 欠格事由確認書").gap()
    lines.put("（記入例：", decoy("PERSON", rng.choice(EXAMPLE_NAMES), "form_example"), "）")
    lines.put("氏名 ", name(p, rng)).put("本籍 ", about(rng, "本籍")).put("現住所 ", addr(p))
    lines.put("生年月日 ", born(p, rng, (2, 4)))
    lines.put("刑罰歴 ", about(rng, "犯罪歴") if rng.random() < 0.5 else "なし")
    lines.put("健康状態 ", about(rng, "病歴") if rng.random() < 0.4 else "良好")
    lines.put("運転免許証 ", ids.licence(rng))
    lines.put("確認日 ", ids.other_day(rng, "check_date", (2,)))
    return F.docx(f"警備/欠格事由/{n:03d}.docx", lines)


def victim_support(rng: random.Random, n: int):
    """被害者支援センター: a counsellor's case notes, plain UTF-8 prose."""
    p = person(rng, lo=1955, hi=2004)
    helper = person(rng)
    lines = Lines().put(f"相談記録 No.{rng.randrange(1000, 9999)}").gap()
    lines.put("相談者：", name(p, rng), "（", str(2026 - p.birth.year), "歳）　連絡先 ", tel(p, rng, 0.9))
    lines.put("被害の概要：", about(rng, "犯罪被害"), "。加害者は元交際相手。")
    lines.put("経過：以前にも", about(rng, "犯罪被害"), "があったと話す。")
    lines.put("相談者は", about(rng, "病歴"), "とのこと。今後の面談は担当", family(helper), "が行う。")
    lines.put("住所（非開示）：", addr(p))
    lines.put("次回面談 ", ids.other_day(rng, "appointment_date", (0,)))
    return F.txt(f"被害者支援/記録/{n:03d}.txt", lines)


def temp_interview(rng: random.Random, n: int):
    """派遣会社: a coordinator's interview memo (CP932 text), about the person in prose."""
    p = person(rng, foreign=0.1, lo=1970, hi=2004)
    coordinator = person(rng)
    lines = Lines().put(f"登録面談メモ　{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日　担当 ", family(coordinator)).gap()
    lines.put("面談者 ", name(p, rng), "（", kana(p), "）、", str(2026 - p.birth.year), "歳。携帯 ",
              tel(p, rng, 1.0, wide=False), "。")
    lines.put("前職は物流倉庫。", about(rng, "障害"), "のため、障害者雇用枠での紹介を希望。")
    if rng.random() < 0.5:
        lines.put("本人申告：", about(rng, rng.choice(["病歴", "犯罪歴"])), "。")
    lines.put("通勤可能範囲は自宅（", addr(p), "）から1時間以内。")
    lines.put("紹介予定先への連絡は", family(p), "さん本人の了承済み。")
    return F.txt(f"派遣/面談/memo_{n:03d}.txt", lines, "cp932", "\r\n")
