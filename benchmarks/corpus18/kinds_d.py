"""Corpus 18, the files with no one in them: organisations' notices and letters (their
own letterhead, health notices, corporate numbers, event days), product lists whose
codes pass Luhn, and clean files of every format."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Doc, Grid, Lines
from benchmarks.corpus18.common import fake, office
from benchmarks.corpus18.formats import csv_doc, docx_doc, html_doc, pptx_doc, text_doc, xlsx_doc
from benchmarks.corpus18.formats2 import odt_doc, pdf_doc, rtf_doc

SENDERS = [("ほのぼの配食", "honobono.example.jp"), ("緑ヶ丘郵便局", "post.example.jp"), ("市民課", "city.example.lg.jp"),
           ("ボランティアセンター", "vc.example.or.jp"), ("メガネのひかり堂", "hikari-do.example.jp"),
           ("フィットネス ラクーン", "raccoon-fit.example.jp"), ("いろり庵", "irori-an.example.jp")]
NOTICE_LINES = ["年末年始の営業についてお知らせします。", "駐車場の工事のため、入口が変わります。", "料金改定は来年4月からです。",
                "ご意見箱を設置しました。", "台風接近時は臨時休業となる場合があります。"]


def notice(rng: random.Random, n: int) -> Doc:
    """An organisation's letter to all: its own contacts, its numbers, a health notice."""
    name, host = rng.choice(SENDERS)
    own = office(rng, name, host)
    lines = Lines().put(*own.letterhead()).gap().put("お知らせ").gap()
    for text in rng.sample(NOTICE_LINES, 3):
        lines.put(text)
    lines.put(fake(rng, "health_notice"), "。").put("実施日：", fake(rng, "event_date"))
    lines.put("法人番号：", fake(rng, "corporate_number")).put("雇用保険適用事業所番号：", fake(rng, "employer_office_number"))
    lines.put("お振込先：", fake(rng, "org_bank_account"), "（", name, "）")
    writer = [lambda: text_doc(f"oshirase/notice_{n:02d}.txt", lines, rng.choice(["utf-8", "cp932"])),
              lambda: docx_doc(f"oshirase/notice_{n:02d}.docx", [lines]),
              lambda: pdf_doc(f"oshirase/notice_{n:02d}.pdf", [lines]),
              lambda: html_doc(f"oshirase/notice_{n:02d}.html", "お知らせ", lines),
              lambda: rtf_doc(f"oshirase/notice_{n:02d}.rtf", lines)][n % 5]
    return writer()


def catalogue(rng: random.Random, n: int) -> Doc:
    """Product and booking lists: codes that pass Luhn or the My Number check, names of things."""
    grid = Grid("品番", "商品名", "管理コード", "予約枠", "入荷日")
    for _ in range(rng.randint(8, 14)):
        grid.add(fake(rng, "luhn_serial"), fake(rng, "product_name"), fake(rng, "checkdigit_key"),
                 fake(rng, "reservation_code"), fake(rng, "event_date"))
    if n % 2:
        return csv_doc(f"shohin/list_{n:02d}.csv", grid, rng.choice(["utf-8", "cp932"]))
    return xlsx_doc(f"shohin/list_{n:02d}.xlsx", [("一覧", grid, "取扱商品一覧")])


CLEAN_LINES = ["本日の作業手順を確認してください。", "備品の在庫は毎週金曜に数えます。", "会議室は3階です。",
               "次回の定例会は第3水曜日の午後です。", "消耗品の発注は総務係にまとめて依頼します。", "マニュアル改訂版を共有フォルダに置きました。",
               "雨天の場合は屋内で実施します。", "ごみの分別にご協力ください。", "ハンドソープの補充をお願いします。"]


def clean(rng: random.Random, n: int) -> Doc:
    lines = Lines().put(rng.choice(["業務手順", "共有事項", "運営メモ", "作業チェックリスト"])).gap()
    for text in rng.sample(CLEAN_LINES, 5):
        lines.put(text)
    grid = Grid("項目", "数量", "備考")
    for item in rng.sample(["ゴム手袋", "マスク", "コピー用紙", "ガムテープ", "電池", "消毒液"], 4):
        grid.add(item, str(rng.randint(1, 50)), rng.choice(["", "至急", "次回"]))
    made = [lambda: text_doc(f"common/memo_{n:02d}.txt", lines, rng.choice(["utf-8", "cp932"])),
            lambda: csv_doc(f"common/zaiko_{n:02d}.csv", grid),
            lambda: xlsx_doc(f"common/zaiko_{n:02d}.xlsx", [("在庫", grid, "備品在庫")]),
            lambda: docx_doc(f"common/tejun_{n:02d}.docx", [lines, grid]),
            lambda: pptx_doc(f"common/kenshu_{n:02d}.pptx", [lines]),
            lambda: html_doc(f"common/page_{n:02d}.html", "共有事項", lines),
            lambda: pdf_doc(f"common/tejun_{n:02d}.pdf", [lines]),
            lambda: odt_doc(f"common/memo_{n:02d}.odt", lines),
            lambda: rtf_doc(f"common/memo_{n:02d}.rtf", lines)][n % 9]()
    made.clean = True
    return made
