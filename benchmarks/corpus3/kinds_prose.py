"""Free prose: 議事録, 日報, ヒヤリハット報告, 休職届・退職届, 紹介状."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import docx_doc, pdf_doc, prose_doc, text_doc
from benchmarks.corpus2.truth import Doc, Mark, Text, negative
from benchmarks.corpus3 import idents
from benchmarks.corpus3.desk import Desk, spaced
from benchmarks.corpus3.phrases import CARE


def care(d: Desk, category: str) -> Mark:
    return d.care(d.pick(CARE[category]), category)


def minutes(d: Desk, n: int) -> Doc:
    """A meeting record typed by whoever took the notes: attendees, then what was said."""
    org = d.org()
    chair, a, b, c = (d.person(abroad=0.1) for _ in range(4))
    held = d.day(date(2026, 4, 1), 150)
    t = Text().add(f"{org.short} 第{n}回 安全衛生委員会 議事録")
    t.add("日時：", d.other_day(held, "meeting_date", "era"), " 14時～15時20分　場所：第2会議室")
    t.add("出席：", d.name(chair), "（議長）、", d.name(a), "、", d.name(b), "、", d.name(c, "surname"))
    t.add("1. 前回議事録の確認　特に意見なし。")
    t.add("2. 休業者の状況　", *_absence(d, a))
    if d.chance(0.5):
        t.add("3. 職場巡視　倉庫の通路に段ボールが置かれていた。次回までに撤去する（担当：", d.name(b), "）。")
    else:
        t.add("3. 組合からの申し入れ　", d.name(b), "さん（", care(d, "労働組合"), "）から休憩室の件で要望があった。")
    t.add("4. その他　次回は", d.other_day(d.day(held, 40), "meeting_date", "slash"), "。記録：", d.name(c))
    style = d.pick(["docx", "txt", "txt"])
    return prose_doc(f"議事録/{held:%Y%m}_安全衛生委員会_{n:02d}", t, "議事録", style,
                     encoding=d.pick(["utf-8", "cp932"]), newline=d.pick(["\n", "\r\n"]))


def _absence(d: Desk, who) -> tuple:
    """How one note-taker or another puts a colleague's health on record."""
    return d.pick([
        lambda: (d.name(who, "surname"), "さんは", care(d, "病歴"), "とのこと。復職は主治医の意見を待つ。"),
        lambda: (d.name(who), "さんから診断書の提出あり（", care(d, "病歴"), "）。当面は短時間勤務とする。"),
        lambda: ("産業医から、", d.name(who, "surname"), "さんの健診結果（", care(d, "健康診断結果"), "）について受診を勧めるよう助言。"),
        lambda: ("休業者なし。", d.name(who, "surname"), "さんの復帰後の様子は良好。"),
    ])()


def talk_minutes(d: Desk, n: int) -> Doc:
    """A team meeting written down as it was said: speakers by surname at the start of each line."""
    team = [d.person(abroad=0.1) for _ in range(d.between(3, 4))]
    held = d.day(date(2026, 5, 1), 150)
    t = Text().add(f"{d.pick(['営業一課', '物流センター', '経理課'])} 定例ミーティング記録　", held.strftime("%m/%d"))
    t.add("参加者：", *[x for p in team for x in (d.name(p), "、")][:-1])
    lead, other, third = team[0], team[1], team[-1]
    t.add(f"{lead.surname}：先週の出荷遅れの件、原因はわかった？")
    t.add(f"{other.surname}：運送会社の配車ミスです。再発防止の文書をもらいます。")
    if d.chance(0.5):
        t.add(f"{lead.surname}：", d.name(third, "surname"), "さん、体調はどう？")
        t.add(f"{third.surname}：", care(d, d.pick(["病歴", "障害"])), "ので、来週も通院で午後抜けます。")
    else:
        caller = d.person()
        t.add(f"{third.surname}：お客様の", d.name(caller, "space"), "様から、携帯", d.phone(caller, mobile=True),
              "に折り返してほしいと伝言です。")
    t.add(f"{lead.surname}：了解。次回は", d.other_day(d.day(held, 14), "meeting_date", "west"), "で。")
    return prose_doc(f"議事録/定例_{held:%m%d}_{n:02d}", t, "ミーティング記録", d.pick(["txt", "docx"]))


def daily_report(d: Desk, n: int) -> Doc:
    """A salesperson's 日報: visits, a customer's callback number, order numbers and delivery dates."""
    me, customer = d.person(abroad=0.0), d.person()
    day = d.day(date(2026, 6, 1), 90)
    order = f"{d.between(10, 99)}-{d.between(1000, 9999)}-{d.between(1000, 9999)}"
    t = Text().add(f"日報　{day:%Y年%m月%d日}　営業二課 ", d.name(me, "tight"))
    t.add("■本日の訪問")
    t.add(*_visit(d, customer))
    t.add("・受注番号 ", negative(order, "PHONE", "order_number"), " 納期 ",
          d.other_day(d.day(day, 30), "delivery_date", "slash"), " で確定。")
    t.add("・見積No.", negative(idents.order_like_my_number(d.rng), "MY_NUMBER", "quote_number"), " を再発行。")
    if d.chance(0.4):
        t.add("※", d.name(customer, "surname"), "様は", care(d, "障害"), "。次回は一階の和室で説明する。")
    t.add("■明日の予定　展示場当番")
    return text_doc(f"日報/{me.name('romaji').replace(' ', '_')}_{day:%m%d}_{n}.txt", t, "日報",
                    encoding=d.pick(["utf-8", "cp932"]))


def _visit(d: Desk, customer) -> tuple:
    """A visit as one salesperson or another jots it down."""
    return d.pick([
        lambda: ("・", d.name(customer), "様宅（", d.address(customer, prefecture=False), "）リフォーム見積の説明。"
                 "ご主人不在のため再訪。折り返しは携帯", d.phone(customer, mobile=True), "まで。"),
        lambda: ("・新規：", d.name(customer, "tight"), "さま　", d.phone(customer), "　", d.address(customer, "banchi"),
                 "　外壁塗装に関心あり"),
        lambda: ("・", d.name(customer, "surname"), "様（", d.postal(customer, "mark"), "）へカタログ郵送済。メールは",
                 d.mail(customer), "とのこと。"),
        lambda: ("・展示場来場　", d.name(customer), "様ご夫妻。連絡先", d.phone(customer, mobile=True, style="spaced"), "。"),
    ])()


def near_miss(d: Desk, n: int) -> Doc:
    """事故・ヒヤリハット報告書, printed to PDF: who, born when, what happened."""
    org, worker, boss = d.org(), d.person(), d.person(abroad=0.0)
    happened = d.day(date(2026, 1, 10), 250)
    t = Text().add(f"{org.name}　事故・ヒヤリハット報告書　No.{d.between(100, 999)}")
    t.add("発生日時：", d.other_day(happened, "accident_date", "era"), " 午前10時頃")
    t.add("当事者：", d.name(worker), "（生年月日 ", d.born(worker, "era"), "）")
    t.add("連絡先：", d.phone(worker))
    t.add("状況：フォークリフトの旋回時に荷が崩れ、当事者が右足を挟まれた。")
    if d.chance(0.5):
        t.add("負傷：", d.care("右足関節の骨折で全治6週間", "病歴"))
    else:
        t.add("既往：当事者は", care(d, "病歴"), "。当日の体調は普通と申告。")
    t.add("対策：旋回時の声かけを徹底する。報告者：", d.name(boss))
    t.add("事業所：", *spaced(org.letterhead()))
    return pdf_doc(f"安全/ヒヤリハット_{happened:%Y%m%d}_{n}.pdf", t, "ヒヤリハット報告")


def leave_letter(d: Desk, n: int) -> Doc:
    """休職届 or 退職届 in Word: the letter itself, with the reason in the writer's words."""
    org, me = d.org(), d.person()
    sent = d.day(date(2026, 3, 1), 200)
    leave = d.chance(0.6)
    t = Text().add("休職届" if leave else "退職届").add(f"{org.name}　代表取締役 殿")
    if leave:
        t.add("私は、", care(d, "病歴"), "ため、下記のとおり休職いたしたくお届けします。")
        t.add("休職期間：", d.other_day(sent, "leave_start", "west"), "から3か月")
    else:
        reason = d.pick([("家族の介護のため", None), ("", "犯罪被害")])
        t.add("このたび一身上の都合により、", d.other_day(sent, "leaving_date", "west"), "をもって退職いたします。")
        if reason[1]:
            t.add("（事情：", care(d, "犯罪被害"), "ことから転居するため）")
    t.add("届出日：", d.other_day(sent, "written_date", "era"))
    t.add("住所：", d.postal(me, "mark"), "　", d.address(me))
    t.add("氏名：", d.name(me, "wide_space"), "　㊞")
    return docx_doc(f"人事/届出/{'休職届' if leave else '退職届'}_{n:03d}.docx", [t], "休職届・退職届")


def referral(d: Desk, n: int) -> Doc:
    """病院の紹介状 (診療情報提供書), PDF: patient, born, address, diagnosis, results."""
    hospital, patient, doctor, to_doctor = d.org("みなせ病院"), d.person(), d.person(abroad=0.0), d.person(abroad=0.0)
    t = Text().add("診療情報提供書").add("紹介先：ひまわり内科クリニック　", d.name(to_doctor, "tight"), " 先生")
    t.add("患者氏名：", d.name(patient), "　性別：", d.pick(["男", "女"]))
    t.add("生年月日：", d.born(patient, d.pick(["era", "era_letter", "west"])), "（", f"{patient.age}歳）")
    t.add("住所：", d.address(patient, "banchi"))
    t.add("電話：", d.phone(patient, mobile=False))
    t.add("傷病名：", care(d, "病歴"))
    t.add("検査所見：", care(d, "健康診断結果"))
    t.add("紹介目的：今後の外来管理をお願いしたくご紹介申し上げます。")
    t.add(hospital.name, "　", *spaced(hospital.letterhead()[:3]))
    t.add("担当医：", d.name(doctor))
    return pdf_doc(f"医療/紹介状_{n:03d}.pdf", t, "紹介状")
