"""A translation agency's registered translators, a restaurant chain's personnel
department and a land-survey office."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus21 import formats as F
from benchmarks.corpus21 import mail as M
from benchmarks.corpus21.common import P, Org, decoy, ids, sens, val

HONYAKU = Org("株式会社リンガブリッジ 翻訳事業部", "541-0046", "大阪市中央区平野町2-3-7 平野町ビル8F", "06-6231-4570",
              "lingabridge.example.co.jp", "vendor")
DINING = Org("株式会社はなまる食堂 人事部", "100-0005", "東京都千代田区丸の内1-8-3", "03-3211-6080", "hanamaru-dining.example.co.jp",
             "jinji")
SURVEY = Org("有限会社みちのく測量設計", "020-0024", "岩手県盛岡市菜園1丁目3-10", "019-622-5314", "michinoku-sokuryo.example.jp",
             "soumu")
LANGS = ["中国語", "韓国語", "ベトナム語", "英語", "ポルトガル語"]


def honyaku_registry(rng, n):
    grid = Grid("ID", "氏名", "Name", "国籍", "生年月日", "旅券番号", "在留カード番号", "メール", "振込口座")
    for k in range(rng.randint(14, 20)):
        p = P(rng, 0.45, 1965, 2000)
        foreign = p.p.foreign
        bank, acct = ids.account(rng)
        grid.add(f"LB{n}{k:03d}", p.kanji(), val("PERSON", p.p.roman()), rng.choice(["中国", "韓国", "ベトナム"]) if foreign
                 else "日本", p.birth(rng.choice([3, 7, 0])), ids.passport(rng), ids.residence(rng) if foreign else "",
                 p.email(), [bank, " ", acct])
    langs = Grid("ID", "言語", "分野", "単価")
    for k in range(8):
        langs.add(f"LB{n}{k:03d}", rng.choice(LANGS), rng.choice(["医療", "法務", "IT"]), f"{rng.randint(8, 20)}円/字")
    return F.xlsx(f"honyaku/translators_{n:02d}.xlsx", [("登録者", grid, "登録翻訳者台帳"), ("言語", langs, None)])


def honyaku_mail(rng, n):
    p = P(rng, 0.6, 1970, 2000)
    body = Lines().put("リンガブリッジ ご担当者様")
    body.put("翻訳者登録を希望します。", p.kanji(), "と申します。")
    body.put("在留カード番号：", ids.residence(rng), "　パスポート：", ids.passport(rng))
    body.put("生年月日：", p.birth(rng.choice([0, 3])), "　携帯：", p.phone())
    if rng.random() < 0.5:
        body.put("私は", p.sens("人種・民族"), "で、", rng.choice(LANGS), "と日本語のバイリンガルです。")
    if rng.random() < 0.3:
        body.put(p.sens("宗教"), "のため、金曜午後は作業できません。")
    body.put("試訳の型番 ", ids.part_number(rng), " のマニュアルは対応可能です。")
    sender = p.email()
    return M.eml(f"honyaku/oubo_{n:02d}.eml", M.Mail("翻訳者登録の応募", f"<{sender.text}>", f"vendor@{HONYAKU.domain}",
                                                     body, [], n, [sender, HONYAKU.marks()[3]]))


def dining_payroll(rng, n):
    grid = Grid("社員番号", "氏名", "カナ", "生年月日", "個人番号", "基礎年金番号", "雇用保険番号", "適用事業所番号", "店舗",
                "在留カード")
    office = ids.jigyosho(rng)
    for k in range(rng.randint(30, 45)):
        p = P(rng, 0.15, 1960, 2006)
        grid.add(f"{n + 1}{k:04d}", p.kanji("　"), p.kana(), p.birth(rng.choice([3, 5, 8])), ids.my_number(rng),
                 ids.pension(rng), ids.koyo(rng), decoy("EMPLOYMENT_INSURANCE_NUMBER", office.text, "jigyosho_number"),
                 rng.choice(["新宿東口店", "川崎駅前店", "大宮店", "船橋店"]), ids.residence(rng) if p.p.foreign else "")
    return F.csv_doc(f"dining/kyuyo_{n:02d}.csv", grid, "cp932", header=n % 2 == 1)


def dining_checkup(rng, n):
    grid = Grid("社員番号", "氏名", "年齢", "血圧", "判定・所見", "受診日")
    for k in range(rng.randint(25, 35)):
        p = P(rng, 0.1, 1960, 2004)
        grid.add(f"{n + 1}{k:04d}", p.kanji(), str(rng.randint(20, 64)), f"{rng.randint(100, 150)}/{rng.randint(60, 95)}",
                 p.sens("健康診断結果") if rng.random() < 0.6 else "A 異常なし", ids.not_birth(rng, 3))
    union = Grid("氏名", "組合役職", "店舗")
    for _ in range(rng.randint(6, 10)):
        p = P(rng, 0.1, 1960, 2004)
        union.add(p.kanji(""), p.sens("労働組合"), rng.choice(["新宿東口店", "川崎駅前店", "大宮店"]))
    return F.xlsx(f"dining/kenshin_{n:02d}.xlsx", [("健診", grid, "定期健康診断 結果一覧", [("基本情報", 3), ("検査", 1), ("判定", 2)]), ("労組", union, "組合役員名簿")])


def dining_interview(rng, n):
    p, boss = P(rng, 0.5, 1985, 2004), P(rng, 0.0, 1965, 1985)
    lines = Lines().put("外国籍スタッフ 面談メモ")
    lines.put("面談日：", ids.not_birth(rng, 0), "　面談者：店長 ", boss.kanji())
    lines.put("対象：", p.kanji(), "（", p.kana(), "）　在留カード ", ids.residence(rng))
    lines.gap()
    lines.put("本人は", p.sens(rng.choice(["宗教", "人種・民族"])), "。まかないのメニューについて相談あり。")
    if rng.random() < 0.4:
        lines.put("同僚の", P(rng, 0.0).surname(), "さんとの関係は良好。", p.sens("労働組合"), "になったと本人から報告。")
    if rng.random() < 0.3:
        lines.put("休憩中の会話で、本人は", p.sens("信条"), "だと話していた（業務への影響なし）。")
    if rng.random() < 0.3:
        lines.put("先月、帰宅途中に", p.sens("犯罪被害"), "。警察に届け済み。")
    lines.put("緊急連絡先：", P(rng, 0.5).kanji(), "　", P(rng).phone())
    DINING.sign(lines, "労務担当")
    return F.txt(f"dining/mendan_{n:02d}.txt", lines, "cp932" if n % 2 else "utf-8")


def survey_staff(rng, n):
    grid = Grid("氏名", "ふりがな", "生年月日", "資格", "運転免許証番号", "住所", "携帯")
    for _ in range(rng.randint(12, 18)):
        p = P(rng, 0.0, 1955, 2002)
        grid.add(p.kanji(), val("PERSON", p.p.kana()), p.birth(rng.choice([1, 2])), rng.choice(["測量士", "測量士補", "なし"]),
                 ids.license_no(rng), p.address(), p.phone())
    gear = Grid("機材", "型番", "保管")
    for _ in range(6):
        gear.add(rng.choice(["トータルステーション", "GNSS受信機", "レベル"]), ids.part_number(rng), "本社倉庫")
    return F.xlsx(f"survey/staff_{n:02d}.xlsx", [("社員", grid, "社員台帳"), ("機材", gear, None)])


def survey_month(rng, n):
    daily = Lines().put(f"作業日報 {2026}年{n + 4}月")
    for day in range(1, rng.randint(8, 14)):
        p = P(rng, 0.0, 1955, 2002)
        daily.put(f"{day}日 現場：", rng.choice(["菜園地区", "本宮地区", "盛南"]), "　担当 ", p.kanji(), "　立会い地権者 ",
                  P(rng, 0.0, 1940, 1980).kanji(), " 様（", P(rng).phone(), "）")
    claims = Grid("地権者", "住所", "電話", "立会日")
    for _ in range(rng.randint(8, 12)):
        p = P(rng, 0.0, 1935, 1985)
        claims.add(p.kanji(), p.address(), p.phone(), ids.not_birth(rng, 3))
    crew = Grid("氏名", "携帯", "健診")
    for _ in range(rng.randint(4, 6)):
        p = P(rng, 0.0, 1955, 2002)
        crew.add(p.kanji(), p.phone(), p.sens("健康診断結果") if rng.random() < 0.5 else "異常なし")
    return F.zip_doc(f"survey/geppo_{n:02d}.zip", [F.txt(f"{n + 4:02d}/nippo.txt", daily),
                                                    F.csv_doc(f"{n + 4:02d}/jikensha.csv", claims),
                                                    F.xlsx(f"{n + 4:02d}/han.xlsx", [("班", crew, "作業班名簿")])])
