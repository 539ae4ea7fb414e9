"""Office papers: 苦情・クレーム対応記録 in Word, 採用応募者管理 sheets (学歴・職歴,
本籍 asked the old way) with hidden columns, 警備の入館記録 as CP932 TSV,
研修受講者名簿 on PowerPoint slides, ボランティア登録票 in OpenDocument."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, docx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, sensitive
from benchmarks.corpus4 import numbers
from benchmarks.corpus4.clerk import Clerk
from benchmarks.corpus4.sayings import INJURIES
from benchmarks.corpus4.writers import hidden_xlsx_doc, html_mail_doc, odt_doc, pptx_doc

SCHOOLS = ["県立楡原高校", "市立銀杏坂商業高校", "北斗工業高専", "千草女子短大", "あおさぎ大学 経済学部", "湊学院大学 理工学部"]
FIRMS = ["丸菱運輸", "ノギク製作所", "ほたる食品", "アトリエ凪", "トモエ警備保障", "ミナヅキ商事"]


def complaint_log(c: Clerk, n: int) -> Doc:
    """苦情・クレーム対応記録: the caller, what happened, the staff who answered."""
    caller, staff = c.someone(), c.someone()
    order = negative(f"{c.between(10, 99)}-{numbers.digits(c.rng, 4)}-{numbers.digits(c.rng, 4)}", "PHONE",
                     "order_number")
    text = Text().add(f"お客様相談室　対応記録 No.{2026}-{n:04d}")
    text.add("受付日時：", c.not_birth(date(2026, c.between(6, 11), c.between(1, 28)), "received_date", "kanji_west"),
             f" {c.between(9, 17)}時{c.between(0, 59)}分")
    text.add("申出人：", c.name(caller), " 様（", c.pick(["電話", "メール", "来店"]), "）　折返し先 ", c.phone(caller))
    text.add("注文番号 ", order, " の商品について、配送が三日遅れたとのお申し出。")
    if c.chance(0.6):
        text.add("お客様は「", c.said("障害", "病歴", "人種・民族"), "」とのことで、玄関先までの配達を強く希望された。")
    else:
        text.add("過去に", c.said("犯罪被害"), "との話があり、訪問時は事前連絡を必須とする。")
    text.add("対応者：", c.name(staff, "kanji"), "（主任）。", c.name(staff, "family"), "より謝罪し、送料を返金。")
    text.add("ご住所：", c.address(caller), "　メール：", c.email(caller))
    return docx_doc(f"お客様相談室/対応記録_{n:04d}.docx", [text], "complaint_log")


def applicants(c: Clerk, n: int) -> Doc:
    """採用応募者管理: one applicant a row, 本籍 and 学歴・職歴 in hidden columns."""
    table = Table(name="応募者", title=[f"中途採用 応募者管理表（{c.pick(['営業', '製造', '事務'])}職）"])
    table.add("No", "応募者", "ふりがな", "生年月日", "年齢", "本籍", "最終学歴", "職歴", "携帯", "メール", "面接日", "評価")
    for k in range(c.between(5, 8)):
        p = c.someone(young=c.chance(0.6))
        origin = c.someone().home
        table.add(str(k + 1), c.name(p, "wide"), c.name(p, "hiragana"), c.birth(p, "slash"), str(p.age()),
                  sensitive(origin.prefecture + origin.city, "本籍", also=("ADDRESS",)),
                  f"{c.pick(SCHOOLS)} {p.born.year + 22}年卒", f"{c.pick(FIRMS)}（{c.between(2, 9)}年）",
                  c.phone(p, cell=True), c.email(p),
                  c.not_birth(date(2026, 11, c.between(1, 30)), "interview_date", "slash"), c.pick(["A", "B", "B", "C"]))
    return hidden_xlsx_doc(f"人事/採用/応募者管理_{n:02d}.xlsx", [table], "applicants", {"応募者": [5, 7]})


def entry_log(c: Clerk, n: int) -> Doc:
    """警備の入館記録: visitors and the card they showed, tab-separated in CP932."""
    table = Table().add("入館日", "時刻", "氏名", "会社名", "確認書類", "書類番号", "入館証", "退館", "警備メモ")
    for _ in range(c.between(6, 10)):
        p = c.someone()
        shown = c.pick(["運転免許証", "社員証", "社員証"])
        number = Mark(numbers.licence(c.rng), "DRIVERS_LICENSE") if shown == "運転免許証" else f"E{c.between(1000, 9999)}"
        table.add(c.not_birth(date(2026, 11, c.between(1, 28)), "entry_date", "slash"),
                  f"{c.between(8, 18)}:{c.between(10, 59)}",
                  c.name(p, "tight"), c.pick(FIRMS + ["個人"]), shown, number,
                  negative(f"{numbers.digits(c.rng, 4)}-{numbers.digits(c.rng, 3)}", "BANK_ACCOUNT", "badge_number"), "済",
                  (c.said("犯罪歴"), "につき同行") if c.chance(0.15) else "")
    return delimited_doc(f"警備/入館記録/{2026}{11:02d}_{n:02d}.tsv", table, "entry_log", delimiter="\t")


def training_roster(c: Clerk, n: int) -> Doc:
    """研修受講者名簿 on the last slides of a training deck."""
    trainer = c.someone()
    intro = Text().add(f"第{n}回 {c.pick(['新任管理職研修', '安全衛生研修', 'ハラスメント防止研修'])}")
    intro.add("講師：", c.name(trainer, "kanji"), "（人事部）　受講日 ",
              c.not_birth(date(2026, c.between(1, 11), c.between(1, 28)), "course_date", "era"))
    grid = Table().add("No", "受講者", "所属", "内線", "備考")
    for k in range(c.between(5, 8)):
        p = c.someone()
        note = c.said("障害") if c.chance(0.2) else c.pick(["", "", "途中退席", "オンライン受講"])
        grid.add(str(k + 1), c.name(p), c.pick(["総務部", "営業一課", "製造二課", "品質保証部"]), f"{c.between(200, 899)}", note)
    notes = Text().add("会場：白鷺電機工業 本社 第一研修室　昼食は各自")
    return pptx_doc(f"研修/受講者名簿_{n:02d}.pptx", [[intro], [grid, notes]], "training_roster")


def volunteer_card(c: Clerk, n: int) -> Doc:
    """ボランティア登録票: a form, the questions to the left."""
    p = c.someone(old=c.chance(0.4))
    form = Table(name="登録票").add("ふりがな", c.name(p, "hiragana"))
    form.add("氏名", c.name(p, "wide"))
    form.add("生年月日", (c.birth(p, c.pick(["era_full", "era", "full"])), f"　{p.age()}歳"))
    form.add("住所", (c.postal(p, "mark_full"), "　", c.address(p, "full")))
    form.add("電話", c.phone(p, style=c.pick(["full", "choon", "full_bare"])))
    form.add("配慮してほしいこと", c.said("障害", "病歴", "宗教", "人種・民族") if c.chance(0.6) else "とくになし")
    form.add("登録日", c.not_birth(date(2026, c.between(4, 11), c.between(1, 28)), "registered_date", "era_full"))
    lead = Text().add("しおかぜ市民活動センター　ボランティア登録票")
    return odt_doc(f"市民活動/登録票_{n:03d}.odt", [lead, form], "volunteer_card")


def accident_deck(c: Clerk, n: int) -> Doc:
    """労災事故の社内報告スライド: the injured worker on slide 1, the timeline in a table,
    what the supervisor knows in the speaker notes."""
    worker, boss = c.someone(), c.someone()
    summary = Text().add(f"労働災害 発生報告（{c.pick(['第一工場', '物流センター', '本社'])}）")
    summary.add("被災者：", c.name(worker, "kanji"), f"（{worker.age()}歳・{c.pick(['製造二課', '出荷係', '設備保全'])}）")
    summary.add("発生日：", c.not_birth(date(2026, c.between(5, 11), c.between(1, 28)), "accident_date", "era"),
                "　傷病：", sensitive(c.pick(INJURIES), "病歴"))
    timeline = Table().add("時刻", "経過", "対応者")
    timeline.add("9:40", "フォークリフトと接触", c.name(boss, "family"))
    timeline.add("9:55", "救急搬送（市立病院）", c.name(boss, "kanji"))
    notes = Text().add("（口頭のみ）本人は以前から", c.said("病歴", "障害"), "。再発防止策に配慮を。")
    notes.add("家族連絡先：", c.phone(worker, cell=False))
    return pptx_doc(f"安全衛生/労災報告_{n:02d}.pptx", [[summary], [timeline]], "accident_deck", {1: notes})


def form_mail(c: Clerk, n: int) -> Doc:
    """A web form's notification mail (HTML only): one field a row of an HTML table."""
    p, office = c.someone(), c.office()
    topic = c.pick(["資料請求", "見学の申込み", "ご相談"])
    rows = [("お名前", c.name(p)), ("フリガナ", c.name(p, "kana")), ("生年月日", c.birth(p, "slash")),
            ("ご住所", c.postal(p, "mark"), " ", c.address(p)), ("電話番号", c.phone(p)), ("メール", c.email(p)),
            ("お問い合わせ内容", f"{topic}について。", c.said("障害", "病歴", "犯罪被害") if c.chance(0.6) else "よろしくお願いします。")]
    return html_mail_doc(f"メール/フォーム通知_{n:02d}.eml", "form_mail", f"form@{office.domain}",
                         f"【{office.name}】{topic}がありました", rows, "ホームページのフォームから次の送信がありました。")
