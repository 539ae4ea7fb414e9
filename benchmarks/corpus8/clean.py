"""Files with no personal data, from the same organisations: notices, timetables,
fare tables, schedules and health newsletters; look-alikes only (their own
contacts, event dates, places and pets called like people, articles)."""

from __future__ import annotations

from benchmarks.corpus8 import render, sensitive
from benchmarks.corpus8.compose import Output, out
from benchmarks.corpus8.kit import Kit
from benchmarks.corpus8.orgs import Org
from benchmarks.corpus8.render import Table

SUBJECTS = ["国語", "数学", "英語", "理科", "社会", "自習"]
WORKS = ["墨出し", "型枠建込み", "配筋検査", "コンクリート打設", "養生", "足場解体", "内装下地"]
FARES = [("初乗り", "1.2km", "600円"), ("加算", "280m毎", "100円"), ("時間距離併用", "1分45秒毎", "100円"),
         ("迎車", "—", "300円"), ("深夜割増", "22時〜5時", "2割増")]


def kairan(k: Kit, org: Org, n: int) -> Output:
    """回覧板のお知らせ."""
    lines = [["回覧"], [org.name, "より"], ["■ 一斉清掃 ", k.event_date(), " 午前8時 ", k.place_name(), "集合"],
             ["■ ", sensitive.article(k.rng)], ["■ 防災訓練は", k.event_date(), "。雨天中止。"],
             ["お問い合わせ ", org.own("phone")], ["回覧後は次の班へ"]]
    return out(f"jichikai/回覧_{n:02d}.txt", render.text_lines(lines), clean=True)


def timetable(k: Kit, org: Org, n: int) -> Output:
    rows = [[f"{h}:00", *(k.rng.choice(SUBJECTS) for _ in range(5))] for h in range(16, 22)]
    return out(f"juku/時間割_{n:02d}.xlsx", render.xlsx([Table(["時限", "月", "火", "水", "木", "金"], rows,
                                                                title="冬期講習 時間割", notes=[["教室 ", org.own("phone")]])]),
               clean=True)


def fares(k: Kit, org: Org, n: int) -> Output:
    rows = [list(f) for f in FARES] + [["配車センター", "24時間", org.own("phone")]]
    return out(f"taxi/運賃表_{n:02d}.csv", render.csv_table(Table(["区分", "条件", "運賃"], rows)), clean=True)


def schedule(k: Kit, org: Org, n: int) -> Output:
    rows = [[k.event_date(), k.rng.choice(WORKS), f"{k.rng.randint(3, 20)}名", k.rng.choice(["晴", "曇", "雨"])]
            for _ in range(k.rng.randint(8, 14))]
    return out(f"genba/工程表_{n:02d}.xlsx", render.xlsx([Table(
        ["予定日", "作業", "人員", "天候"], rows, sheet="工程", notes=[["元請 法人番号 ", k.corporate()], ["事業所番号 ", k.employer()]])]),
        clean=True)


def pamphlet(k: Kit, org: Org, n: int) -> Output:
    lines = [[org.name, " 保険のご案内"], ["がん保険 新プラン"], [sensitive.article(k.rng)], [sensitive.article(k.rng)],
             ["お見積り番号 ", k.order_number()], ["〒", org.own("postal"), " ", org.own("address")], ["TEL ", org.own("phone")]]
    return out(f"hoken/ご案内_{n:02d}.pdf", render.pdf(lines), clean=True)


def library_news(k: Kit, org: Org, n: int) -> Output:
    lines = [[f"{org.name} としょかんだより"], ["おはなし会 ", k.event_date()], ["休館日 ", k.event_date()],
             ["特集展示「", k.rng.choice(["くらしと防災", "ふるさとの川", "星と宇宙"]), "」"], [sensitive.article(k.rng)],
             ["電話 ", org.own("phone"), "　メール ", org.own("mail")]]
    return out(f"toshokan/だより_{n:02d}.html", render.html(lines, title="としょかんだより"), clean=True)


def practice(k: Kit, org: Org, n: int) -> Output:
    lines = [["練習日程"], *[[k.event_date(), " ", k.place_name(), " 9:00-12:00"] for _ in range(5)],
             ["雨天時は連絡網で連絡します。"], ["お問い合わせ ", org.own("mail")]]
    return out(f"shonendan/練習日程_{n:02d}.docx", render.docx(lines), clean=True)


def faq(k: Kit, org: Org, n: int) -> Output:
    lines = [["よくあるお問い合わせ"], ["Q. 会員コードとは？ A. 例：", k.product_code(), " のような16桁の番号です。"],
             ["Q. 営業時間は？ A. 9時〜18時（", org.own("phone"), "）"], ["Q. ", sensitive.article(k.rng)]]
    return out(f"callcenter/FAQ_{n:02d}.txt", render.text_lines(lines), clean=True)


def price_slides(k: Kit, org: Org, n: int) -> Output:
    slides = [[["引越し料金のご案内"], [org.name]], [["単身パック 39,800円〜"], ["ご相談 ", org.own("phone")], ["受付番号 ", k.reference()]]]
    return out(f"hikkoshi/料金案内_{n:02d}.pptx", render.pptx(slides), clean=True)


def rules(k: Kit, org: Org, n: int) -> Output:
    lines = [["ペット飼育細則"], ["第1条 飼育できる動物は小型犬・猫に限る。"], ["（例）登録名 ", k.pet(), "・", k.pet()],
             ["第2条 届出は管理事務室（", org.own("phone"), "）へ。"], ["施行日 ", k.event_date(2025)]]
    return out(f"kanri/細則_{n:02d}.odt", render.odt(lines), clean=True)


def standards(k: Kit, org: Org, n: int) -> Output:
    records = [{"品目": k.rng.choice(["りんご", "米", "ねぎ"]), "等級": g, "出荷日": k.event_date()} for g in ("秀", "優", "良")]
    records.append({"品目": "問合せ", "等級": "", "出荷日": org.own("phone")})
    return out(f"nokyo/出荷規格_{n:02d}.json", render.json_records(records), clean=True)


def newsletter(k: Kit, org: Org, n: int) -> Output:
    lines = [["健康だより"], [sensitive.article(k.rng)], [sensitive.article(k.rng)], ["外来受付 ", org.own("phone")]]
    return out(f"byoto/健康だより_{n:02d}.rtf", render.rtf(lines), clean=True)
