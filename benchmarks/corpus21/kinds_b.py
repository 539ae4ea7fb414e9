"""A city hospital's patient-safety office, a company newsletter's editorial desk and a
beekeepers' association."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus21 import formats as F
from benchmarks.corpus21.common import P, Org, decoy, ids, nick, sens, val
from benchmarks.corpus21.vocab import landmark, notice

ANZEN = Org("尾道市立みなと病院 医療安全管理室", "722-0022", "広島県尾道市栗原町5-14", "0848-22-8101",
            "minato-hp.example.jp", "anzen")
SHANAIHO = Org("ミドリ精機株式会社 総務部 社内報「みどり通信」編集室", "441-8019", "愛知県豊橋市花田町西宿56", "0532-31-7700",
               "midori-seiki.example.co.jp", "koho")
YOHO = Org("信州養蜂協会", "390-1701", "長野県松本市梓川倭2213", "0263-78-3301", "shinshu-bee.example.jp", "jimu")
WARDS = ["3東病棟", "4西病棟", "5階外科", "救急外来", "透析室", "リハビリ室"]


def anzen_report(rng, n):
    p = P(rng, 0.05, 1930, 1990)
    nurse = P(rng, 0.0, 1975, 2000)
    lines = Lines().put(f"インシデント・アクシデント報告書　No.{2026}-{n + 101:04d}")
    lines.put("報告部署：", rng.choice(WARDS), "　報告者：看護師 ", nurse.kanji())
    lines.put("発生日時：", ids.not_birth(rng, 1), f" {rng.randint(0, 23)}時{rng.randint(0, 59)}分頃")
    lines.gap()
    lines.put("患者氏名：", p.kanji(), "（", p.kana(), "）　患者ID ", f"{rng.randint(10000000, 99999999)}")
    lines.put("生年月日：", p.birth(rng.choice([1, 2, 4])), "　性別：", rng.choice(["男", "女"]))
    lines.put("主病名：", p.sens("病歴"))
    if rng.random() < 0.5:
        lines.put("既往・その他：", p.sens("障害"))
    lines.gap()
    lines.put("【事象の概要】")
    lines.put("夜間巡視時、ベッドサイドで転倒している患者を発見。", nurse.surname(), "看護師が主治医へ報告した。")
    if rng.random() < 0.3:
        lines.put("入院前に", p.sens("犯罪被害"), "との情報あり、精神面のケアを継続。")
    if rng.random() < 0.3:
        lines.put("患者家族（長女）", P(rng, 0.0, 1955, 1990, "f").kanji(), "様へ電話連絡（", P(rng).phone(), "）。")
    lines.put("影響レベル：", rng.choice(["1", "2", "3a"]))
    return F.txt(f"anzen/incident_{n:03d}.txt", lines)


def anzen_monthly(rng, n):
    grid = Grid("報告No", "発生日", "患者", "生年月日", "病名", "内容", "報告者")
    for k in range(rng.randint(20, 30)):
        p = P(rng, 0.03, 1930, 2000)
        grid.add(f"{n + 1:02d}-{k + 1:03d}", ids.not_birth(rng, 3), p.kanji(""), p.birth(rng.choice([2, 3, 8])),
                 p.sens("病歴"), rng.choice(["転倒", "誤薬", "点滴抜去", "離院"]), P(rng, 0.0).surname())
    summary = Grid("区分", "件数")
    for kind in ("転倒", "誤薬", "点滴抜去", "離院"):
        summary.add(kind, str(rng.randint(1, 20)))
    return F.xlsx(f"anzen/geppo_{n:02d}.xlsx", [("一覧", grid, "医療安全 月報（院内限り）"), ("集計", summary, None)])


def shanaiho_article(rng, n):
    p = P(rng, 0.08, 1965, 2000)
    boss = P(rng, 0.0, 1960, 1980)
    lines = Lines().put(f"みどり通信 第{n + 120}号　この人にインタビュー")
    lines.gap()
    lines.put("今回ご登場いただくのは製造二課の", p.kanji(""), "さん。", "入社", str(rng.randint(2, 25)), "年目です。")
    lines.put("課長の", boss.surname(), "さんいわく「現場の相談役」。社内では", nick(rng), "の愛称で親しまれています。")
    if rng.random() < 0.5:
        lines.put("休日は教会へ。", p.sens("宗教"), "で、聖歌隊にも参加しているそうです。")
    if rng.random() < 0.5:
        lines.put("労組では", p.sens("労働組合"), "を務め、春闘では交渉の最前線に。")
    if rng.random() < 0.55:
        lines.put("実は", p.sens("信条"), "でもあり、週末は駅前で署名を集めています。")
    lines.put("好きな場所は", landmark(rng), "の桜並木。")
    lines.put("誕生日は", p.birth(0), "。おめでとうございます！")
    lines.gap()
    lines.put("（取材・文：編集部 ", P(rng, 0.0).kanji(), "）")
    SHANAIHO.sign(lines)
    return (F.docx if n % 2 else F.odt)(f"shanaiho/interview_{n:02d}.{'docx' if n % 2 else 'odt'}", lines)


def shanaiho_birthdays(rng, n):
    slides = []
    title = Lines().put(f"{rng.randint(1, 12)}月のお誕生日の皆さん")
    title.put("社内報 みどり通信 特別ページ")
    slides.append(title)
    for _ in range(rng.randint(3, 4)):
        s = Lines().put(rng.choice(["製造一課", "製造二課", "品質保証課", "総務課"]))
        for _ in range(rng.randint(3, 5)):
            p = P(rng, 0.05, 1960, 2004)
            s.put(p.kanji(), "さん　", p.birth(rng.choice([0, 1])), "生まれ")
        s.put("創立記念日：", decoy("DATE_OF_BIRTH", "1962年4月1日", "founding_day"))
        slides.append(s)
    return F.pptx(f"shanaiho/birthday_{n:02d}.pptx", slides)


def yoho_members(rng, n):
    grid = Grid("会員No", "氏名", "ふりがな", "生年月日", "住所", "電話", "群数", "アレルギー・持病")
    for k in range(rng.randint(25, 35)):
        p = P(rng, 0.02, 1940, 1995)
        grid.add(f"{k + 1}", p.kanji(), val("PERSON", p.p.kana()) if not p.p.foreign else "", p.birth(rng.choice([1, 4])),
                 p.address(), p.phone(), str(rng.randint(2, 40)), p.sens("病歴") if rng.random() < 0.35 else "なし")
    apiary = Grid("蜂場名", "所在地目印", "管理者")
    for _ in range(5):
        apiary.add(rng.choice(["梓川第一", "倭南", "上野原", "花見沢"]), landmark(rng), P(rng, 0.0).kanji())
    return F.xlsx(f"yoho/kaiin_meibo_{n:02d}.xlsx", [("会員", grid, "令和8年度 会員名簿"), ("蜂場", apiary, None)])


def yoho_bulletin(rng, n):
    lines = Lines().put(f"会報 みつばち便り 第{n + 40}号")
    YOHO.head(lines, 1)
    lines.put(notice(rng))
    for _ in range(rng.randint(3, 5)):
        p = P(rng, 0.0, 1940, 1995)
        lines.put("◆", p.kanji(), "さん（", p.address(), "）が採蜜量で今年の最優秀賞に選ばれました。")
    p = P(rng, 0.0, 1940, 1995)
    lines.put("◆会員の", p.kanji(""), "さんは", p.sens("病歴"), "のため、今期は防護服を二重にして作業しています。")
    lines.put("◆次回総会は", ids.not_birth(rng, 1), "、会場は", landmark(rng), "近くの公民館です。")
    return F.html(f"yoho/kaiho_{n:02d}.html", f"みつばち便り 第{n + 40}号", lines)
