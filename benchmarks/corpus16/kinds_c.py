"""Organisations, part three: a union local, a 行政書士's visa desk, a health insurance
society, a ryokan, a 社労士 office, a 保護司会; and what names no one — price lists,
notices, minutes (the clean files)."""

from __future__ import annotations

import random

from benchmarks.corpus16 import formats as F
from benchmarks.corpus16 import ids
from benchmarks.corpus16.common import about, addr, born, kana, mail, name, own, postal, roman, tel
from benchmarks.corpus16.model import Doc, Grid, Lines, decoy, maybe
from benchmarks.corpus16.people import person
from benchmarks.corpus16.vocab import NOTICES, SAKE_BRANDS


def union_local(rng: random.Random, n: int):
    """労働組合支部: the dues list, CSV without a header (UTF-8)."""
    grid = Grid()
    for _ in range(rng.randrange(10, 16)):
        p = person(rng, lo=1965, hi=2002)
        grid.add(f"{rng.randrange(10**5):05d}", name(p), about(rng, "労働組合"), tel(p, rng, 0.9), mail(p),
                 str(rng.choice([2500, 3000, 3500])), ids.other_day(rng, "joining_date", (1,)),
                 about(rng, "信条") if rng.random() < 0.2 else "")
    return F.csv_doc(f"労組/組合費_{n:02d}.csv", grid)


def visa_desk(rng: random.Random, n: int):
    """行政書士事務所: a client's file mailed with the application sheet attached (eml + csv + txt)."""
    p = person(rng, foreign=1.0, lo=1975, hi=2003)
    sheet = Grid("項目", "内容")
    sheet.add("氏名", roman(p)).add("国籍・出自", about(rng, "人種・民族")).add("生年月日", born(p, rng, (0, 1, 7)))
    sheet.add("旅券番号", ids.passport(rng)).add("在留カード番号", ids.residence_card(rng))
    sheet.add("住居地", addr(p)).add("電話", tel(p, rng, 1.0)).add("勤務先", "株式会社サンプル工業")
    attach = F.csv_doc("申請書データ.csv", sheet, "cp932")
    body = Lines().put("先生").gap().put(roman(p), "さんの在留期間更新の件、申請書データを送ります。")
    body.put("ご本人は", about(rng, rng.choice(["病歴", "宗教"])), "のため、平日午前の来所が難しいそうです。")
    body.put("期限：", ids.other_day(rng, "deadline_date", (2, 0)))
    body.gap().put(*own("行政書士みなと法務事務所", "650-0021", "兵庫県神戸市中央区三宮町2-4-6", "078-391-2240",
                        "info@minato-gyosei-example.jp"))
    msg = F.message("staff@minato-gyosei-example.jp", "sensei@minato-gyosei-example.jp", "在留更新 書類", body,
                    F.when(rng), [attach], charset="iso-2022-jp" if n % 2 else "utf-8")
    return F.eml(f"行政書士/mail/{n:03d}.eml", msg, body, [attach])


def health_society(rng: random.Random, n: int):
    """健康保険組合: the 特定健診 results handed to the 保健指導 contractor (xlsx, merged title)."""
    grid = Grid("被保険者記号番号", "氏名", "カナ", "生年月日", "保険者番号", "判定", "保健指導")
    for _ in range(rng.randrange(9, 14)):
        p = person(rng, lo=1955, hi=1985)
        card_symbol = maybe("HEALTH_INSURANCE_NUMBER", f"{rng.randrange(100, 999)}-{rng.randrange(1, 9999)}")
        grid.add(card_symbol, name(p, rng), kana(p), born(p, rng, (1, 3, 8)),
                 ids.insurer(rng), about(rng, "健康診断結果"), rng.choice(["積極的支援", "動機付け支援", "対象外"]))
    notes = Grid("お知らせ")
    notes.add(decoy("SENSITIVE", rng.choice(NOTICES), "health_notice"))
    return F.xlsx(f"健保組合/特定健診/結果_{n:02d}.xlsx", [("結果", grid, "令和7年度 特定健康診査 結果一覧"), ("連絡", notes, None)])


def ryokan(rng: random.Random, n: int):
    """旅館: the 宿泊者名簿 (foreign guests' passports) and card guarantee, as HTML."""
    lines = Lines().put("宿泊者名簿（旅館業法）")
    lines.put("振込先：", rng.choice(["山陰合同銀行", "鳥取銀行"]), " 皆生支店 普通 ",
              decoy("BANK_ACCOUNT", f"{rng.randrange(10**7):07d}", "own_account"), " 名義 ユアミソウ")
    grid = Grid("到着日", "氏名", "住所", "国籍", "旅券番号", "電話", "カード", "備考")
    for _ in range(rng.randrange(7, 11)):
        p = person(rng, foreign=0.35)
        grid.add(ids.other_day(rng, "arrival_date", (1,)), roman(p) if p.foreign else name(p, rng), addr(p),
                 "日本" if not p.foreign else rng.choice(["中国", "韓国", "ベトナム"]),
                 ids.passport(rng) if p.foreign else "", tel(p, rng), ids.card(rng, rng.random() < 0.5),
                 about(rng, rng.choice(["宗教", "人種・民族"])) if rng.random() < 0.3 else "")
    return F.html(f"旅館/宿泊者名簿_{n:02d}.html", "宿泊者名簿", lines, grid)


def labour_consultant(rng: random.Random, n: int):
    """社会保険労務士: a zip of the month's 資格取得届 data (csv) and a cover note (txt)."""
    grid = Grid("氏名", "フリガナ", "生年月日", "基礎年金番号", "雇用保険被保険者番号", "個人番号", "郵便番号", "住所")
    for _ in range(rng.randrange(6, 11)):
        p = person(rng, lo=1965, hi=2005)
        grid.add(name(p, rng), kana(p), born(p, rng, (2, 3, 8)), ids.pension(rng), ids.employment(rng),
                 ids.my_number(rng),
                 postal(p, rng), addr(p))
    data = F.csv_doc("shutoku.csv", grid, "cp932")
    cover = Lines().put("資格取得届 送付データ").put("事業所：有限会社サンプル運輸")
    cover.put("適用事業所番号 ", ids.employer_number(rng))
    cover.put("提出日 ", ids.other_day(rng, "filing_date", (0,)))
    return F.zipped(f"社労士/{2026}{n:04d}_資格取得.zip", [data, F.txt("送付状.txt", cover)])


def probation(rng: random.Random, n: int):
    """保護司会: a 保護司's visit notes (CP932 text, prose)."""
    p = person(rng, lo=1975, hi=2006)
    mother = person(rng, lo=1950, hi=1980)
    lines = Lines().put(f"往訪記録　{rng.randrange(1, 12)}月分").gap()
    lines.put("対象者 ", name(p, rng), "（", kana(p), "）").put("本籍 ", about(rng, "本籍"))
    lines.put("処分 ", about(rng, "犯罪歴")).put("帰住先 ", addr(p), "（母 ", name(mother), " 方）")
    lines.put("母の連絡先 ", tel(mother, rng, 0.5))
    lines.put("就労状況：運送会社にてアルバイト。生活は安定。")
    lines.put("次回往訪 ", ids.other_day(rng, "visit_date", (2,)))
    return F.txt(f"保護司会/往訪/{n:03d}.txt", lines, "cp932", "\r\n")


def price_list(rng: random.Random, n: int):
    """A sake shop's order sheet: product codes passing Luhn, brand names, part numbers."""
    grid = Grid("品番", "JAN/管理コード", "銘柄", "容量", "単価")
    for _ in range(rng.randrange(10, 16)):
        grid.add(ids.part_number(rng), ids.part_code(rng), decoy("PERSON", rng.choice(SAKE_BRANDS), "brand_name"),
                 rng.choice(["720ml", "1.8L", "300ml"]), str(rng.randrange(900, 6000)))
    return F.xlsx(f"酒蔵/営業/価格表_{n:02d}.xlsx", [("価格表", grid, "業務用価格表")])


def notices(rng: random.Random, n: int):
    """A notice board page: a health notice about no one, the office's letterhead, dates."""
    lines = Lines().put("お知らせ").gap()
    for _ in range(3):
        lines.put(decoy("SENSITIVE", rng.choice(NOTICES), "health_notice"))
    lines.put("受付開始 ", ids.other_day(rng, "notice_date", (0, 2)))
    lines.put("申込書の氏名欄（記入例：", decoy("PERSON", rng.choice(["山田　一郎", "日本　花子"]), "form_example"), "）")
    lines.gap().put(*own("みなと互助サービス株式会社", "105-0013", "東京都港区浜松町1丁目9-3", "03-5401-7720",
                         "info@minato-gojo-example.jp"))
    return F.txt(f"掲示/お知らせ_{n:02d}.txt", lines)


CLEAN_LINES = ["本日の作業：仕込み水の準備、麹室の清掃。", "燃料の発注は来週火曜日まで。", "定例会議は第2木曜日の14時から。",
               "港の桟橋補修工事のため、3番バースは使用不可。", "新しい録音ブースの防音材が到着しました。",
               "会計監査は問題なく終了しました。", "年末年始の営業日程は別紙のとおりです。", "車両点検の結果、全車異常なし。",
               "備品の在庫：ゴム手袋 20箱、洗剤 12本。", "次回の演奏会の曲目はブラームスの交響曲第2番。"]


def clean(rng: random.Random, n: int) -> Doc:
    """A file with no personal data: minutes, stock lists, schedules (varied formats)."""
    lines = Lines().put(rng.choice(["業務日誌", "議事メモ", "連絡事項", "作業予定"]))
    for line in rng.sample(CLEAN_LINES, 5):
        lines.put(line)
    form = n % 4
    if form == 0:
        doc = F.txt(f"共有/メモ/memo_{n:02d}.txt", lines)
    elif form == 1:
        doc = F.docx(f"共有/議事/minutes_{n:02d}.docx", lines)
    elif form == 2:
        grid = Grid("品目", "数量").add("ゴム手袋", "20").add("洗剤", "12").add("タオル", str(rng.randrange(10, 80)))
        doc = F.csv_doc(f"共有/在庫/stock_{n:02d}.csv", grid)
    else:
        doc = F.html(f"共有/web/page_{n:02d}.html", "ご案内", lines)
    doc.clean = True
    return doc
