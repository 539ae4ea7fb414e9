"""A ski patrol, a local-history society, a host-family placement office, an abstinence
society (断酒会), a corporate cycling team, a fortune-telling salon, a fertility-treatment
patients' group and an election office's polling-station staff."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines, val
from benchmarks.corpus24 import ids, people
from benchmarks.corpus24 import render as r
from benchmarks.corpus24 import render_more as m
from benchmarks.corpus24 import vocab as v
from benchmarks.corpus24.common import letterhead, org, rec

SKI = org("白樺高原スキー場 パトロール隊", "shirakaba-ski.example.jp", 2431)
HISTORY = org("三川郷土史研究会", "mikawa-kyodoshi.example.jp", 2432)
HOMESTAY = org("ホストファミリー紹介センター つばさ", "tsubasa-homestay.example.jp", 2433)
DANSHU = org("みなみ断酒会", "minami-danshu.example.jp", 2434)
CYCLE = org("実業団サイクルチーム 東雲レーシング", "shinonome-racing.example.jp", 2435)
FORTUNE = org("占いサロン 星読み舎", "hoshiyomi.example.jp", 2436)
FERTILITY = org("不妊治療を考える会 ゆりかご", "yurikago-kai.example.jp", 2437)
POLLING = org("潮見市選挙管理委員会事務局", "shiomi.example.lg.jp", 2438)


def ski_accident(rng, n):
    t = Lines()
    p, witness = rec(rng, 0), rec(rng, 0)
    t.put(f"{SKI.name} 事故報告書 No.{n + 1}").put("発生日 ", ids.other_date(rng, n), "　場所 ", v.place_like(rng), "コース")
    t.put("負傷者 ", p.name, "（", p.kana, "）", str(ids.age_of(p.birth)), "歳　生年月日 ", p.birth)
    t.put("住所 ", p.address, "　電話 ", p.phone)
    t.put("既往 ", v.sensitive(rng, "病歴")).put("保険者番号 ", val("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)))
    t.put("目撃者 ", witness.name, " 様（", witness.phone, "）").put("対応隊員 ", val("PERSON", rec(rng).person.family))
    return r.docx_doc(f"ski/事故報告_{n:03d}.docx", t)


def ski_patrollers(rng, n):
    g = Grid("隊員", "生年月日", "連絡先", "救急資格", "運転免許証番号")
    for _ in range(rng.randrange(10, 16)):
        p = rec(rng, 0)
        g.add(p.name, p.birth, p.phone, rng.choice(["赤十字救急員", "上級救命", "なし"]), val("DRIVERS_LICENSE", ids.licence(rng)))
    return r.csv_doc(f"ski/隊員名簿_{n}.csv", g)


def history_bulletin(rng, n):
    pages = []
    for _ in range(2):
        t = Lines()
        t.put(f"{HISTORY.name} 会報").put(v.historical(rng), "と", v.historical(rng), "をめぐる伝承について。")
        t.put(v.faith_event(rng), "。")
        p = rec(rng, 0)
        t.put("新入会員 ", p.name, " さん（", p.address, "）。連絡先 ", p.phone)
        t.put("聞き取りに応じた", rec(rng, 0).name, "さんは", v.sensitive(rng, rng.choice(["人種・民族", "宗教"])), "で、")
        t.put("祖父の代からの本籍は", people.domicile(rng), "とのこと。")
        pages.append(t)
    return r.pptx_doc(f"history/会報_{n:02d}.pptx", pages)


def history_members(rng, n):
    g = Grid("氏名", "生年月日", "住所", "電話")
    for _ in range(rng.randrange(15, 25)):
        p = rec(rng, 0, birth_style=rng.choice([1, 6, 5]))
        g.add(p.name, p.birth, p.address, p.phone)
    return m.odt_doc(f"history/名簿_{n}.odt", _as_lines(g))


def _as_lines(g: Grid) -> Lines:
    t = Lines()
    for row, cells in enumerate(g.rows, start=1):
        marks = {c: mk for rr, c, mk in g.marks if rr == row}
        parts = []
        for c, text in enumerate(cells):
            parts += [marks.get(c, text), "　"]
        t.put(*parts)
    return t


def homestay_family(rng, n):
    t = Lines()
    host, spouse, student = rec(rng, 0), rec(rng, 0), rec(rng, 9)
    t.put("ホストファミリー登録票").put("世帯主 ", host.name, "　生年月日 ", host.birth).put("配偶者 ", spouse.name)
    t.put("住所 ", host.postal, " ", host.address).put("自宅電話 ", host.phone, "　メール ", host.email)
    t.put("海外出張時の携帯 ", val("PHONE", ids.international(ids.phone(rng, mobile=True))) if n % 2 else "なし")
    t.put("家庭の宗教 ", v.sensitive(rng, "宗教")).put("受入予定の留学生 ", student.name, "　旅券番号 ", val("PASSPORT", ids.passport(rng)))
    t.put("留学生の食事制限 ", v.dietary_faith(rng) if rng.random() < 0.5 else "なし")
    t.put("登録日 ", ids.other_date(rng, n))
    letterhead(t, HOMESTAY, full=False)
    return r.text_doc(f"homestay/登録票_{n:03d}.txt", t)


def danshu_list(rng, n):
    t = Lines()
    t.put(f"{DANSHU.name} 例会連絡網").put(v.health_notice(rng))
    for _ in range(rng.randrange(8, 12)):
        p = rec(rng, 0)
        t.put(p.name, "　", p.phone, "　", val("SENSITIVE", f"断酒歴{rng.randrange(1, 20)}年", category="病歴"))
    p = rec(rng, 0)
    t.put(p.name, "さんは", v.sensitive(rng, rng.choice(["病歴", "犯罪歴"])), "。家族会は妻の", rec(rng, 0).name, "さん。")
    return r.text_doc(f"danshu/連絡網_{n:02d}.txt", t, "cp932", "\r\n")


def cycle_riders(rng, n):
    g = Grid("選手", "ローマ字", "生年月日", "電話", "メール", "メディカル")
    for i in range(rng.randrange(10, 14)):
        p = rec(rng, 0)
        med = v.sensitive(rng, rng.choice(["健康診断結果", "病歴"])) if i % 2 == 0 else ""
        g.add(p.name, val("PERSON", p.person.roman()), p.birth, p.phone, p.email, med)
    kit = Grid("機材", "シリアル")
    kit.add("ホイール", ids.product_code(rng)).add("フレーム", ids.product_code(rng))
    return r.xlsx_doc(f"cycle/選手名簿_{n}.xlsx", [("選手", g, "東雲レーシング 登録選手"), ("機材", kit, None)])


def fortune_karte(rng, n):
    t = Lines()
    p = rec(rng, 0, birth_style=rng.choice([0, 1, 6, 9]))
    t.put(f"{FORTUNE.name} 鑑定カルテ").put("お名前 ", p.name, " 様").put("生年月日 ", p.birth, "（", str(ids.age_of(p.birth)), "歳）")
    t.put("ご相談 ", v.sensitive(rng, rng.choice(["犯罪被害", "病歴", "信条"])), "のことで悩んでいる。")
    t.put("ご連絡先 ", p.phone, " / ", p.email).put("鑑定日 ", ids.other_date(rng, n))
    b = Lines()
    b.put(val("PERSON", p.person.family), "様").put("本日はご来店ありがとうございました。").put(FORTUNE.name, " ", FORTUNE.phone)
    return m.eml_doc(f"fortune/karte_{n:03d}.eml", FORTUNE.email.text, p.email.text, "鑑定カルテ", b, n,
                     [r.text_doc("karte.txt", t)], header=[p.email])


def fertility_minutes(rng, n):
    t = Lines()
    t.put(f"{FERTILITY.name} 交流会記録").put("開催日 ", ids.other_date(rng, n))
    for _ in range(rng.randrange(3, 5)):
        p = rec(rng, 0)
        t.put(p.name, "さん（", str(ids.age_of(p.birth)), "歳）：", val("SENSITIVE", "体外受精" + rng.choice(["2回目", "4回目"]), category="病歴"), "。",
              v.sensitive(rng, "病歴"), "。")
    t.put("連絡係 ", val("PERSON", rec(rng).person.family), "（", rec(rng).phone, "）")
    return m.rtf_doc(f"fertility/交流会_{n:02d}.rtf", t)


def polling_staff(rng, n):
    g = Grid("投票所", "氏名", "生年月日", "個人番号", "口座", "電話", "従事日")
    for i in range(rng.randrange(14, 20)):
        p = rec(rng, 0)
        g.add(f"第{i // 3 + 1}投票所", p.name, p.birth, val("MY_NUMBER", ids.my_number(rng)),
              val("BANK_ACCOUNT", ids.account(rng)), p.phone, ids.other_date(rng, 0))
    return r.csv_doc(f"polling/従事者_{n}.csv", g, "cp932")


def polling_pledge(rng, n):
    head = Lines()
    head.put(f"{POLLING.name} 御中").put("投票管理者・立会人 就任承諾書兼誓約書")
    p = rec(rng, 0, birth_style=rng.choice([1, 0, 6]))
    form = Grid("項目", "記入")
    form.add("氏名", p.name).add("ふりがな", val("PERSON", p.person.kana())).add("生年月日", p.birth)
    form.add("住所", [p.postal, " ", p.address]).add("電話", p.phone)
    form.add("政党等への所属", v.sensitive(rng, "信条") if rng.random() < 0.5 else "なし")
    form.add("欠格事由の申告", v.sensitive(rng, "犯罪歴") if rng.random() < 0.35 else "該当なし")
    form.add("推薦者", [rec(rng, 0).name, "（", v.sensitive(rng, "労働組合"), "）"] if n % 3 == 0 else "")
    tail = Lines()
    tail.put("提出日 ", ids.other_date(rng, n)).put("問合せ ", POLLING.phone)
    return r.docx_doc(f"polling/誓約書_{n:02d}.docx", head, form, tail)
