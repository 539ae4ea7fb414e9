"""A watch-repair counter, an e-sports team, a 畳店, a stargazing club, an 漆 workshop's
trainees, a farm-machinery rental and a bowling league."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines, maybe
from benchmarks.corpus25 import ids
from benchmarks.corpus25 import render as r
from benchmarks.corpus25 import render_more as m
from benchmarks.corpus25.common import (Org, corporate, domicile, model_number, named_thing, not_birth, notice,
                                        order_number, org_mail, sens, serial)
from benchmarks.corpus25.people import people

TOKEI = Org("時計修理工房 秒針堂", "長野県松本市中央2-5-21", "390-0811", "0263-32-6184", "byoshindo.example.jp")
ESPORTS = Org("株式会社ネクストラウンド eスポーツ事業部", "大阪府大阪市北区梅田3-4-5", "530-0001", "06-6345-2218",
              "nextround.example.jp")
TATAMI = Org("中尾畳店", "熊本県熊本市中央区新町3-6-18", "860-0004", "096-352-4107", "nakao-tatami.example.jp")
TENMON = Org("星見の会 オリオン", "長野県南佐久郡川上村大字御所平1620", "384-1405", "0267-97-2051", "orion-hoshimi.example.jp")
URUSHI = Org("輪島塗 研修工房 朱", "石川県輪島市河井町4-66", "928-0001", "0768-22-9130", "wajima-aka.example.jp")
NOUKI = Org("JAみどり野 農機レンタルセンター", "秋田県大仙市大曲通町2-12", "014-0027", "0187-62-4415", "midorino-noki.example.jp")
BOWL = Org("湾岸ボウリング職域リーグ事務局", "千葉県船橋市浜町2-1-1", "273-0012", "047-431-8870", "wangan-league.example.jp")


def tokei_ticket(rng, n):
    lines = Lines().put(*TOKEI.head(rng, mail=False)).put("修理受付票").gap()
    for _ in range(rng.randrange(3, 6)):
        p = people(rng, 1, foreign_share=0.05)[0]
        lines.put("お預り日：", not_birth(rng, 1), "　受付No：", order_number(rng))
        lines.put("お客様：", p.name(rng.choice([0, 1, 2])), " 様　TEL ", ids.phone(rng))
        lines.put("品名：懐中時計　製造番号：", serial(rng), "　型式：", model_number(rng))
        lines.put("ご連絡先メール：", p.email(rng), "　お届け先：", p.address())
        if rng.random() < 0.2:
            lines.put("備考：お客様は", sens(rng, "障害"), "のため、店頭受け渡し時は筆談で。")
        lines.put("担当：", people(rng, 1)[0].surname()).gap()
    return r.txt(f"tokei/受付票_{n + 1:03d}.txt", lines)


def esports_profile(rng, n):
    p = people(rng, 1, foreign_share=0.25)[0]
    handle = maybe("PERSON", rng.choice(["Kage", "nagi", "RYU", "suzukaze", "Tempest"]) + str(rng.randrange(10, 99)))
    lines = Lines().put("選手プロフィール（大会登録用・社外秘）").gap()
    lines.put("選手名：", p.name(3), "（", p.name(0), "）　ハンドル：", handle)
    lines.put("生年月日：", p.birth(rng.choice([0, 1, 2])), "　旅券番号：", ids.passport(rng))
    lines.put("住所：", p.address(), "　携帯：", ids.phone(rng, True), "　メール：", p.email(rng))
    lines.put("健康面：", rng.choice([sens(rng, "障害"), sens(rng, "病歴"), sens(rng, "健康診断結果")]))
    if p.foreign:
        lines.put("在留カード：", ids.residence_card(rng), "　", sens(rng, "人種・民族"))
    lines.put("個人番号（報酬の支払調書用）：", ids.my_number(rng))
    lines.put("報酬振込：", rng.choice(["三井住友銀行 梅田支店", "関西みらい銀行 本店"]), " 普通 ", ids.account(rng))
    lines.put("契約日：", not_birth(rng, 0)).gap().put(*ESPORTS.head(rng)).put("法人番号 ", corporate(rng))
    return r.docx(f"esports/profile_{n + 1:02d}.docx", lines, title="選手プロフィール")


def tatami_orders(rng, n):
    """No header: order no., date, customer, phone, address, rooms, amount."""
    grid = Grid()
    for p in people(rng, rng.randrange(18, 28), foreign_share=0.0):
        grid.add(order_number(rng), not_birth(rng, 1), p.name(1), ids.phone(rng), p.address(False),
                 f"{rng.randrange(2, 12)}畳", str(rng.randrange(20, 200) * 1000))
    return r.csv_doc(f"tatami/受注_{2026}{n + 1:02d}.csv", grid, r.SJIS if n % 2 == 0 else r.UTF8)


def tenmon_mbox(rng, n):
    messages = []
    for k in range(rng.randrange(3, 6)):
        p, q, s = people(rng, 3)
        body = Lines().put("会員各位").gap()
        body.put("次回の観望会は ", not_birth(rng, 0), "、", named_thing(rng, "place_named_like_person"),
                 "方面の高原です。車は ", q.name(1), " さんと ", s.name(0), " さんが出します。")
        body.put(q.surname(), "さんの携帯は ", ids.phone(rng, True), "。")
        if rng.random() < 0.5:
            body.put(s.surname(), "さんは", sens(rng, "病歴"), "なので夜間の山道は無理をさせないように。")
        body.put("幹事 ", p.name(0), "（", p.email(rng), "）").put("-- ").put(*TENMON.head(rng))
        messages.append((p.email(rng), org_mail(TENMON, "ml"), f"観望会のお知らせ {k + 1}", body, m.when(rng)))
    return m.mbox(f"tenmon/ml_{n + 1}.mbox", messages)


def urushi_trainees(rng, n):
    lines = Lines().put(*URUSHI.head(rng)).put("研修生 記録簿").gap()
    for p in people(rng, rng.randrange(5, 8), foreign_share=0.3):
        lines.put("研修生：", p.name(rng.choice([0, 1, 3])), "　生年月日：", p.birth(rng.choice([4, 5, 6])))
        lines.put("住所：", p.address(), "　電話：", ids.phone(rng))
        lines.put("本籍：", domicile(rng)) if not p.foreign else lines.put("出自：", sens(rng, "人種・民族"))
        lines.put("健康：", rng.choice([sens(rng, "病歴"), sens(rng, "健康診断結果")]), "（漆かぶれの経過も記録）")
        lines.gap()
    lines.put("※", notice(rng))
    return m.pdf(f"urushi/研修生記録_{n + 1}.pdf", lines, "研修生記録")


def nouki_book(rng, n):
    grid = Grid("契約No", "借主", "生年月日", "住所", "電話", "運転免許証番号", "支払カード")
    units = Grid("契約No", "機械", "車体番号", "貸出日")
    for i, p in enumerate(people(rng, rng.randrange(14, 24), foreign_share=0.0)):
        no = f"N{n + 1}-{i + 1:03d}"
        grid.add(no, p.name(0), p.birth(rng.choice([3, 4])), p.address(), ids.phone(rng), ids.licence(rng), ids.card(rng))
        units.add(no, rng.choice(["コンバイン", "田植機", "トラクター"]), serial(rng), not_birth(rng, 1))
    return r.xlsx(f"nouki/貸出契約_{n + 1}.xlsx", [("契約者", grid, "農機レンタル 契約者台帳"), ("貸出機械", units, None)])


def bowling_mail(rng, n):
    standings = Grid("順位", "選手", "所属", "アベレージ", "連絡先")
    for i, p in enumerate(people(rng, rng.randrange(10, 16), foreign_share=0.05)):
        standings.add(str(i + 1), p.name(1), rng.choice(["港湾運輸", "食品工場", "市職員", "製鉄所"]),
                      str(rng.randrange(140, 220)), ids.phone(rng))
    captain, sender = people(rng, 2)
    address = sender.email(rng)
    body = Lines().put("各チーム代表者様").gap().put("今期の順位表を添付します。")
    body.put("優勝チーム主将の ", captain.name(0), " さんは", sens(rng, "労働組合"), "として職場でも奮闘中です。")
    body.put("次節は ", not_birth(rng, 0), "。").put("-- ").put(sender.name(0)).put(address)
    return m.eml(f"bowling/順位表_{n + 1:02d}.eml", address, org_mail(BOWL, "league"), "職域リーグ 順位表", body,
                 m.when(rng), [r.csv_doc("standings.csv", standings)])
