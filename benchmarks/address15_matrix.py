"""The matrix of issue 12's address15 work: one real file per cell of an address's shape ×
the way a record places it (a label left, a label above, a roster's column, a headerless
export, a key-value line, a sentence, an envelope, a mail signature, JSON and XML), and
the look-alikes that are no one's (an organisation's own address in a letterhead, a
footer or an access guide, a branch or store list, a venue, a zone table, a business's
postal code, product codes shaped like a code). Runs the real extractors and detector
(ObjectScanner); prints every cell that finds nothing (NOTHING) or finds what is not a
person's (WRONG) and the counts. Made-up people and places.

    .venv/bin/python benchmarks/address15_matrix.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.contact10_matrix import addresses, found_by_cell  # noqa: E402
from benchmarks.quality import _matched  # noqa: E402

SHAPES = {
    "ward": "さいたま市浦和区高砂3-15-1", "fw": "静岡県沼津市大手町２丁目１４番７号", "fw_dash": "沼津市大手町２－１４－７",
    "choon": "沼津市大手町2ー14ー7", "nbh": "沼津市大手町2‐14‐7", "no": "沼津市大手町2の14の7",
    "banchi_branch": "岡山県倉敷市玉島乙島123番地4", "kanji": "静岡県沼津市大手町二丁目十四番七号",
    "corpo": "沼津市大手町2-14-7 コーポ山田201", "heights": "沼津市大手町2-14-7 ひかりハイツB棟203",
    "latin_bldg": "沼津市大手町2-14-7 Villa Sakura 302", "kata": "沼津市大手町2-14-7 ﾒｿﾞﾝ大手105",
    "kata_nospace": "沼津市大手町2-14-7メゾン大手105号室", "hankaku": "沼津市大手町2-14-7ｻﾝﾊｲﾂ201",
    "kata_first": "静岡県沼津市大手町2-14-7 サンライズ大手 1F", "gata": "沼津市大手町2-14-7 山田方",
    "samakata": "沼津市大手町2-14-7 山田様方", "kyoto": "京都市中京区烏丸通六角上ル饅頭屋町605",
    "kyoto_nocity": "中京区烏丸通六角下ル饅頭屋町605-2", "sapporo": "札幌市北区北3条西4丁目1-5",
    "sapporo_pref": "北海道旭川市4条通8丁目1703", "bancho": "東京都千代田区三番町6-2",
    "aza_nonum": "沖縄県国頭郡国頭村字辺戸", "rural_nonum": "長野県下伊那郡大鹿村大河原",
    "aza_num": "長野県上田市真田町長字中原1234", "gun": "北佐久郡軽井沢町大字長倉1234-5",
    "romaji_hyph": "1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo", "romaji_apt": "Apt. 201, 4-5-6 Kamiyacho, Minato-ku, Tokyo",
    "romaji_zip": "2-14-7 Otemachi, Numazu-shi, Shizuoka 410-0801", "english_city": "5-6-7 Hommachi, Chuo-ku, Osaka City",
    "foreign_us": "1234 Maple Street, Springfield, IL 62704, USA", "foreign_kr": "서울특별시 마포구 월드컵로 12",
    "mark": "〒410-0801 静岡県沼津市大手町2-14-7", "gou_room": "沼津市大手町2丁目14番7号 301号室",
    "banchi_fw": "倉敷市玉島乙島１２３番地", "chome_only": "沼津市大手町二丁目", "town_chome": "大手町2-14-7",
}
NAME = "山本 太一"


def placements(key: str, value: str) -> list:
    """One address in every place a record gives it."""
    truth = addresses(value.replace("〒410-0801 ", ""))
    cells = {
        "kv.txt": f"氏名　{NAME}\n住所　{value}\n",
        "above.txt": f"氏名\n{NAME}\n住所\n{value}\n電話番号\n055-962-1234\n",
        "roster.csv": f'氏名,住所,電話\n{NAME},"{value}",055-962-1234\n北村 恵,"{value}",090-2345-6789\n',
        "merged.csv": f'会員番号,氏名,連絡先,,\n,,住所,電話,メール\n1,{NAME},"{value}",055-962-1234,t@example.jp\n',
        "headerless.csv": f'1001,{NAME},"{value}",0559621234\n1002,北村 恵,"{value}",09023456789\n',
        "prose.txt": f"山本さんは{value}に住んでいる。\n",
        "home.txt": f"担当者の自宅（{value}）へ書類を送付した。\n",
        "envelope.txt": f"{value}\n{NAME} 様\n",
        "signature.txt": f"よろしくお願いします。\n--\n{NAME}\n{value}\n携帯 090-1234-5678\n",
        "record.json": json.dumps({"name": NAME, "address": value}, ensure_ascii=False),
        "record.xml": f"<member><name>{NAME}</name><address>{value}</address></member>",
    }
    return [(f"{key}.{kind}", text.encode(), truth) for kind, text in cells.items()]


OFFICE = "静岡県沼津市高島町3-5-8"
LOOKALIKES = {
    "letterhead": f"株式会社みなと商事\n〒410-0055 {OFFICE}\nTEL 055-921-0000\n\n請求書\n",
    "footer": f"ご不明な点は下記までお問い合わせください。\nみなと商事株式会社 総務部\n{OFFICE} TEL 055-921-0000\n",
    "shozaichi": f"会社概要\n商号　みなと商事株式会社\n所在地　{OFFICE}\n設立　1998年\n",
    "access": f"会場：沼津市民文化センター（{OFFICE}）\nJR沼津駅から徒歩10分\n",
    "branches.csv": f"支店名,所在地,電話\n沼津支店,{OFFICE},055-921-0000\n三島支店,静岡県三島市一番町1-2,055-975-0000\n",
    "stores.csv": f"店舗名,住所,営業時間\n大手町店,{OFFICE},10:00-20:00\n三島店,静岡県三島市一番町1-2,10:00-21:00\n",
    "facilities.txt": f"市内の公民館一覧\n中央公民館　{OFFICE}　055-921-0000\n北公民館　沼津市大岡1-2-3　055-921-1111\n",
    "venue.txt": f"説明会のご案内\n日時　12月10日 14時\n会場　沼津商工会議所 3階ホール（{OFFICE}）\n",
    "zones.txt": "配送エリア表\n〒410-0001〜〒410-0099　沼津市中心部　翌日配送\n〒411-0000〜〒411-0999　三島市　翌日配送\n",
    "bizcode.txt": "大口事業所個別番号\n〒100-8994 東京中央郵便局\n〒410-8601 沼津市役所\n",
    "letterhead_city": "みなと商事株式会社\n沼津市高島町3-5-8\nTEL 055-921-0000\n\n見積書\n",
    "signature_org": "以上、よろしくお願いいたします。\n--\nみなと商事株式会社 営業部 山本 太一\n沼津市高島町3-5-8\nTEL 055-921-0000\n",
    "store_lines": "取扱店舗\n大手町店\n沼津市大手町1-2-3\n三島店\n三島市一番町4-5-6\n",
    "clinic_list": "協力医療機関一覧\nさくら内科クリニック\n沼津市高島町3-5-8 さくらビル2F\n",
    "abroad_office": "Head Office: 1200 Market Street, San Francisco, CA 94102, USA\nTokyo Branch\n",
    "range_kara.txt": "集荷対象地域\n郵便番号410-0001から410-0099まで\n〒410-0801～0899\n",
    "ken_all.csv": "郵便番号,都道府県,市区町村,町域\n4100801,静岡県,沼津市,大手町\n4100802,静岡県,沼津市,上土町\n",
    "town_master.txt": "4100801  静岡県沼津市大手町\n4100802  静岡県沼津市上土町\n",
    "venue_postal.txt": "会場：沼津市民文化センター\n〒410-0822 静岡県沼津市下香貫島郷2802-1\n駐車場あり\n",
    "store_postal.csv": "店舗名,郵便番号,所在地\n大手町店,410-0801,静岡県沼津市大手町1-2-3\n三島店,411-0036,静岡県三島市一番町4-5-6\n",
    "order.txt": "ご注文番号 410-0801\n伝票番号 4100801\nお問い合わせ番号 123-4567\n",
    "jan.txt": "商品コード\t4100801\n数量\t3\n",
    "products.csv": "品番,品名,単価\n410-0801,ボールペン黒,120\n410-0802,ボールペン赤,120\n",
}


def lookalike_cells() -> list:
    return [(name if "." in name else name + ".txt", text.encode(), set()) for name, text in LOOKALIKES.items()]


def main() -> None:
    cells = [c for k, v in SHAPES.items() for c in placements(k, v)] + lookalike_cells()
    truth, found = found_by_cell(cells)
    missed = wrong = 0
    for name, expected in sorted(truth.items()):
        got = {v for e, v in found.get(name, set()) if e == "ADDRESS"}
        for entity, value in sorted(expected):
            if not _matched(entity, {value}, got):
                missed += 1
                print(f"NOTHING  {name}  {value}  (found {sorted(got)})")
        if not expected:
            for e, v in sorted(found.get(name, set())):
                if e in ("ADDRESS", "POSTAL_CODE"):
                    wrong += 1
                    print(f"WRONG    {name}  {e} {v}")
    print(f"{missed} of {sum(len(t) for t in truth.values())} addresses found nothing; {wrong} false findings "
          f"in {len(lookalike_cells())} look-alike files; {len(cells)} cells")


if __name__ == "__main__":
    main()
