"""A 植木市 stallholders' list, a 仏像修復 workshop's requests, a 競艇 fan club, a 人形浄瑠璃
troupe, an overseas volunteer NGO and a drone school."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines, maybe, val
from benchmarks.corpus25 import ids
from benchmarks.corpus25 import render as r
from benchmarks.corpus25 import render_more as m
from benchmarks.corpus25.common import (Org, corporate, domicile, model_number, named_thing, not_birth, order_number,
                                        org_mail, sens, serial, slip)
from benchmarks.corpus25.people import people

UEKI = Org("大垣植木市運営委員会", "岐阜県大垣市郭町2丁目14番地", "503-0887", "0584-73-2261", "uekiichi.example.jp")
BUTSU = Org("仏像修復工房 白毫舎", "奈良県奈良市高畑町1180番地", "630-8301", "0742-26-5530", "byakugo.example.jp")
KYOTEI = Org("ボートレースファンクラブ 波乗会", "福岡県遠賀郡芦屋町大字芦屋1-8", "807-0132", "093-223-0718",
             "naminori.example.jp")
JORURI = Org("人形浄瑠璃 東雲座", "徳島県徳島市川内町宮島錦野171", "771-0134", "088-665-2027", "shinonome.example.jp")
NGO = Org("NPO法人 地球の手", "東京都新宿区高田馬場1-25-30 第二ビル4F", "169-0075", "03-5292-1183", "chikyunote.example.org")
DRONE = Org("スカイライン ドローンアカデミー", "千葉県千葉市美浜区中瀬1-3", "261-0023", "043-296-8870", "skyline-da.example.jp")


def ueki_book(rng, n):
    """出店者 (a merged title over the header), 出品 (cultivars), 搬入 (dates) sheets."""
    stall = Grid("区画", "屋号", "代表者", "フリガナ", "住所", "〒", "携帯", "生年月日")
    goods, entry = Grid("区画", "出品品種", "数量", "担当"), Grid("区画", "搬入日", "伝票番号", "連絡先")
    for i, p in enumerate(people(rng, rng.randrange(22, 34), foreign_share=0.05)):
        section = f"{'ABCD'[i % 4]}-{i // 4 + 1:02d}"
        phone = ids.phone(rng, mobile=True)
        stall.add(section, f"{p.sur[0]}園芸", p.name(0), p.kana(), p.address(), p.postal(), phone, p.birth(rng.choice([1, 3, 5])))
        goods.add(section, named_thing(rng, "cultivar_named_like_person"), str(rng.randrange(5, 80)), p.surname())
        entry.add(section, not_birth(rng, 1), slip(rng) if i % 2 else f"U-{i:04d}", val("PHONE", phone.text))
    return r.xlsx(f"uekiichi/出店者名簿_{2025 + n % 2}秋_{n + 1}.xlsx",
                  [("出店者", stall, "第38回 大垣植木市 出店者一覧"), ("出品", goods, None), ("搬入", entry, "搬入予定")])


def ueki_notice(rng, n):
    """A circular to stallholders in CP932, names in running text without 様."""
    lines = Lines().put(*UEKI.head(rng, mail=False)).gap()
    lines.put("出店者各位").put("植木市の搬入日程が決まりましたのでお知らせします。搬入開始 ", not_birth(rng, 0))
    for p in people(rng, rng.randrange(4, 8)):
        lines.put(f"・{rng.choice(['A', 'B', 'C'])}区画は ", p.name(1), " さんが取りまとめ（携帯 ",
                  ids.phone(rng, mobile=True), "）")
    helper = people(rng, 1)[0]
    lines.gap().put("腰を痛めている ", helper.name(0), " さん（", val("SENSITIVE", "腰椎椎間板ヘルニアの手術歴あり",
                    category="病歴"), "）には重い鉢の運搬をお願いしないでください。")
    lines.put("会場の高札には品種名「", named_thing(rng, "cultivar_named_like_person"), "」のように札を付けてください。")
    return r.txt(f"uekiichi/お知らせ_{n + 1:02d}.txt", lines, r.SJIS, "\r\n")


def butsuzo_request(rng, n):
    p, temple = people(rng, 1)[0], rng.choice(["浄光寺", "西願寺", "龍泉院", "常楽寺"])
    lines = Lines().put(*BUTSU.head(rng)).gap().put("修復依頼書")
    lines.put("受付日：", not_birth(rng, 2), "　受付番号：", slip(rng))
    lines.put("ご依頼者：", p.name(rng.choice([0, 1])), "（", p.kana(), "）")
    lines.put("生年月日：", p.birth(rng.choice([3, 6, 0])), "　電話：", ids.phone(rng), "　メール：", p.email(rng))
    lines.put("ご住所：〒", p.postal(), " ", p.address())
    lines.put(f"所蔵先：{temple}（お預かり品：", named_thing(rng, "historical_figure"), "坐像 一躯）")
    lines.put("ご依頼の経緯：", p.surname(), "様は", temple, "の総代で、", rng.choice([
        val("SENSITIVE", "浄土真宗本願寺派の門徒", category="宗教"), val("SENSITIVE", "日蓮宗の檀信徒", category="宗教")]),
        "。", named_thing(rng, "historical_figure"), "像は先代からの寄進とのこと。")
    if rng.random() < 0.5:
        lines.put("ご本人は", sens(rng, "障害"), "のため、搬出には立ち会えないとのこと。")
    lines.put("工房担当：", rng.choice(people(rng, 3)).surname(), "　見積額：", f"{rng.randrange(30, 400)}万円")
    lines.put("振込先口座（返金用）：", rng.choice(["紀陽銀行", "南都銀行"]), " 普通 ", ids.account(rng))
    return r.docx(f"butsuzo/依頼書_{2026}{n + 1:03d}.docx", lines, title="白毫舎 修復依頼書")


def kyotei_roster(rng, n):
    """No header: no., name, kana, birth packed, phone, postal, address, favourite boat."""
    grid = Grid()
    for i, p in enumerate(people(rng, rng.randrange(20, 30))):
        grid.add(f"{n * 100 + i + 1:05d}", p.name(1), p.kana(), p.birth(7), ids.phone(rng), p.postal(), p.address(),
                 named_thing(rng, "boat_named_like_person") if rng.random() < 0.5 else "")
    return r.csv_doc(f"kyotei/kaiin_{n + 1}.csv", grid, r.SJIS)


def kyotei_mbox(rng, n):
    messages = []
    for k in range(rng.randrange(3, 6)):
        p, q = people(rng, 2)
        body = Lines().put(p.name(0), " さん").gap()
        body.put("次の芦屋遠征の集合は午前9時です。同乗は ", q.name(1), " さん（", ids.phone(rng, True), "）。")
        body.put("注目は ", named_thing(rng, "boat_named_like_person"), " の走り。予約番号 ", order_number(rng))
        if rng.random() < 0.4:
            body.put(q.surname(), "さんは", sens(rng, "犯罪被害"), "とのことで、連絡先は会報に載せません。")
        body.put("-- ").put(*KYOTEI.head(rng))
        messages.append((p.email(rng), org_mail(KYOTEI, "ml"), f"遠征のご案内 {k + 1}", body, m.when(rng)))
    return m.mbox(f"kyotei/ml_archive_{n + 1}.mbox", messages)


def joruri_programme(rng, n):
    slides = [("東雲座 秋季公演", Lines().put(*JORURI.head(rng)).put("公演日 ", not_birth(rng, 2)))]
    for act in range(rng.randrange(3, 5)):
        lines = Lines()
        for _ in range(rng.randrange(3, 6)):
            p = people(rng, 1, foreign_share=0)[0]
            lines.put(named_thing(rng, "stage_role_name"), "　主遣い ", p.name(rng.choice([0, 1])), "（",
                      maybe("PERSON", f"{p.given[0]}太夫"), "）")
        slides.append((f"第{act + 1}段 配役", lines))
    return r.pptx(f"joruri/公演プログラム_{n + 1}.pptx", slides)


def joruri_members(rng, n):
    lines = Lines().put("東雲座 座員名簿（内部用）").put(*JORURI.head(rng, mail=False)).gap()
    for p in people(rng, rng.randrange(10, 16)):
        lines.put(p.name(0), "　", p.birth(rng.choice([4, 5])), "生　", p.address(False), "　", ids.phone(rng))
        if rng.random() < 0.3:
            lines.put("　本籍 ", domicile(rng), "　", rng.choice([sens(rng, "病歴"), sens(rng, "人種・民族")]))
    return r.txt(f"joruri/座員名簿_{n + 1}.txt", lines)


def ngo_application(rng, n):
    p, kin = people(rng, 2, foreign_share=0.05)
    form = Lines().put("海外ボランティア派遣 申込書").put("氏名（旅券表記）：", p.name(3), "　漢字：", p.name(0))
    form.put("生年月日：", p.birth(rng.choice([0, 1, 8])), "　旅券番号：", ids.passport(rng))
    form.put("現住所：", p.address(), "（〒", p.postal(), "）　携帯：", ids.phone(rng, True))
    form.put("既往症：", sens(rng, "病歴"), "　直近健診：", sens(rng, "健康診断結果"))
    form.put("食事・宗教上の配慮：", sens(rng, "宗教"))
    form.put("緊急連絡先：", kin.name(1), "（", rng.choice(["母", "夫", "姉", "友人"]), "）", ids.phone(rng))
    form.put("派遣先：", named_thing(rng, "place_named_like_person"), "出身の現地職員と同行（カンボジア・タケオ州）")
    body = Lines().put(f"{NGO.name} 派遣担当 御中").gap().put(p.name(1), "です。申込書を添付します。")
    address = p.email(rng)
    body.put("連絡は ", address, " までお願いします。")
    attachment = r.docx(f"申込書_{p.sur[2].lower()}.docx", form)
    return m.eml(f"ngo/申込_{n + 1:02d}.eml", address, org_mail(NGO, "haken"), "派遣申込書の送付", body,
                 m.when(rng), [attachment])


def drone_students(rng, n):
    grid = Grid("受講番号", "氏名", "生年月日", "運転免許証番号", "電話", "メール", "使用機体", "機体シリアル")
    for i, p in enumerate(people(rng, rng.randrange(18, 28))):
        grid.add(f"D{n + 1}{i + 1:03d}", p.name(rng.choice([0, 1])), p.birth(rng.choice([1, 2])), ids.licence(rng),
                 ids.phone(rng, True), p.email(rng), model_number(rng), serial(rng) if i % 2 else "貸与機")
    return r.csv_doc(f"drone/受講者_{n + 1}期.csv", grid)


def drone_certificate(rng, n):
    p = people(rng, 1)[0]
    lines = Lines().put("修了証明書").gap().put("氏名　", p.name(0)).put("生年月日　", p.birth(3))
    lines.put("住所　", p.address()).put("上記の者は当校の一等無人航空機操縦士講習を修了したことを証明する。")
    lines.put("修了日　", not_birth(rng, 2), "　証明書番号　", slip(rng)).gap().put(*DRONE.head(rng))
    lines.put("法人番号　", corporate(rng))
    return m.pdf(f"drone/修了証_{n + 1:03d}.pdf", lines, "修了証明書")
