"""More of the same writers' paper: the career centre's notes on entry sheets, the
restaurant chain union's mail, the wedding photographer's questionnaire, the relocation
desk's tour list and the choir's concert programme."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus21 import formats as F
from benchmarks.corpus21 import mail as M
from benchmarks.corpus21.common import P, decoy, ids, nick, sens
from benchmarks.corpus21.kinds_a import CAREER
from benchmarks.corpus21.kinds_d import PHOTO
from benchmarks.corpus21.kinds_f import DINING
from benchmarks.corpus21.kinds_g import CHOIR
from benchmarks.corpus21.vocab import figure, landmark


def career_es(rng, n):
    p = P(rng, 0.1, 2002, 2006)
    lines = Lines().put("エントリーシート添削メモ")
    lines.put("学生：", p.kanji(""), "さん（", rng.choice(["法学部", "社会学部", "農学部"]), "）")
    lines.put("添削：", CAREER.name, " ", P(rng, 0.0).surname())
    lines.gap()
    lines.put("ガクチカに「", p.sens("信条"), "」と書いている。")
    lines.put("面接で問われる可能性を本人に説明済み。書くかどうかは本人の判断。")
    if rng.random() < 0.5:
        lines.put("自己PRの", p.sens("宗教"), "という記述は、応募先によっては削ることも選択肢と伝えた。")
    if rng.random() < 0.3:
        lines.put("本人は", p.sens("人種・民族"), "であることを強みとして書きたいとのこと。")
    lines.put("尊敬する人物欄の「", figure(rng), "」はよくある回答なので具体化を。")
    return F.docx(f"career/es_memo_{n:02d}.docx", lines)


def union_mail(rng, n):
    body = Lines().put("はなまる食堂労働組合 執行委員会より")
    body.put("新役員を下記のとおりお知らせします。")
    roster = Grid("氏名", "役職", "店舗", "連絡先")
    for _ in range(rng.randint(6, 10)):
        p = P(rng, 0.15, 1965, 2002)
        body.put("・", p.kanji(), "　", p.sens("労働組合"))
        roster.add(p.kanji(), sens(rng, "労働組合"), rng.choice(["新宿東口店", "大宮店", "船橋店"]), p.phone())
    body.put("春闘の要求書は", ids.not_birth(rng, 1), "に会社へ提出予定です。")
    mail = M.Mail("新役員のお知らせ", "union@hanamaru-union.example.jp", f"jinji@{DINING.domain}", body,
                  [F.csv_doc("yakuin.csv", roster, "cp932")], n,
                  [DINING.marks()[3], decoy("EMAIL", "union@hanamaru-union.example.jp", "letterhead_email")])
    return M.eml(f"dining/union_{n:02d}.eml", mail)


def photo_sheet(rng, n):
    groom, bride = P(rng, 0.1, 1985, 2000, "m"), P(rng, 0.1, 1985, 2000, "f")
    lines = Lines().put("撮影ヒアリングシート")
    PHOTO.head(lines, 0)
    lines.put("新郎 ", groom.kanji(), "（", groom.birth(rng.choice([0, 3])), "生）")
    lines.put("新婦 ", bride.kanji(), "（", bride.birth(rng.choice([0, 3])), "生）")
    lines.put("挙式スタイル：", rng.choice(["教会式", "神前式", "人前式"]), "　※新郎側のご意向：", groom.sens("宗教"),
              "のため、式中の撮影可否を司式者に確認")
    if rng.random() < 0.4:
        lines.put("新婦の祖母（", P(rng, 0.0, 1930, 1950, "f").kanji(), "様）は", sens(rng, "障害"), "。動線に配慮。")
    lines.put("ロケ撮影：", landmark(rng), "、", landmark(rng))
    first, second = nick(rng), nick(rng)
    while second.text == first.text:
        second = nick(rng)
    lines.put("ニックネーム（撮影中の呼び方）：", first, "・", second)
    return F.docx(f"photo/hearing_{n:02d}.docx", lines)


def iju_tour(rng, n):
    grid = Grid("氏名", "ふりがな", "年齢", "生年月日", "現住所", "電話", "メール", "同行者", "参加日")
    for _ in range(rng.randint(18, 26)):
        p, partner = P(rng, 0.05, 1965, 2000), P(rng, 0.0, 1965, 2000)
        grid.add(p.kanji(), p.kana(), str(rng.randint(25, 60)), p.birth(rng.choice([1, 3])), p.address(), p.phone(),
                 p.email(), partner.kanji() if rng.random() < 0.5 else "", ids.not_birth(rng, 3))
    spots = Grid("見学地", "ゆかり")
    for _ in range(5):
        spots.add(landmark(rng), figure(rng))
    return F.xlsx(f"iju/tour_{n:02d}.xlsx", [("参加者", grid, "移住体験ツアー 参加者名簿"), ("見学地", spots, None)])


def choir_programme(rng, n):
    slides = [Lines().put("混声合唱団こだま 第" + str(30 + n) + "回定期演奏会").put("会場：", landmark(rng), "ホール")]
    for part in ("ソプラノ", "アルト", "テノール", "バス"):
        s = Lines().put(part)
        for _ in range(rng.randint(4, 7)):
            p = P(rng, 0.03, 1945, 2005)
            s.put(p.kanji(), "（", nick(rng), "）") if rng.random() < 0.2 else s.put(p.kanji())
        slides.append(s)
    end = Lines().put("指揮 ", P(rng, 0.0).kanji(), "　ピアノ ", P(rng, 0.0).kanji())
    end.put("お問い合わせ ", CHOIR.marks()[2])
    slides.append(end)
    return F.pptx(f"choir/program_{n:02d}.pptx", slides)


def anzen_mail(rng, n):
    """The safety office forwards a ward's report to the quality committee, the PDF attached."""
    from benchmarks.corpus21.kinds_b import ANZEN, anzen_report

    report = anzen_report(rng, n + 500)
    lines = Lines()
    lines.lines = report.data.decode("utf-8").rstrip("\n").split("\n")
    lines.marks = [(int(i.location[1:]), i.mark) for i in report.items]
    body = Lines().put("医療安全推進委員 各位")
    p = P(rng, 0.03, 1930, 1990)
    body.put("標記の件、", p.kanji(), "様（", p.birth(rng.choice([1, 2])), "生）の転倒事例を添付します。")
    if rng.random() < 0.3:
        body.put("なお本人は入院前に", p.sens("犯罪被害"), "との申し送りがあります。")
    ANZEN.sign(body, "医療安全管理者")
    mail = M.Mail("【要回覧】インシデント報告", f"anzen@{ANZEN.domain}", "committee@minato-hp.example.jp", body,
                  [F.pdf("incident.pdf", lines)], n,
                  [ANZEN.marks()[3], decoy("EMAIL", "committee@minato-hp.example.jp", "letterhead_email")])
    return M.eml(f"anzen/mail_{n:02d}.eml", mail)
