"""The twenty-five organisations of corpus 27: names, their own addresses and numbers (every one
a look-alike where it is written: it is no one's personal data)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Org:
    name: str
    postal: str
    address: str
    tel: str
    fax: str
    mail: str
    corporate: str
    account: str
    bank: str


ORGS = {
    "wagashi": Org("菓匠 八雲堂", "440-0881", "愛知県豊橋市広小路2丁目14番地", "0532-52-3817", "0532-52-3818",
                   "info@yakumodo.example.jp", "5180301012341", "2147730", "豊橋信用金庫 広小路支店"),
    "softball": Org("湊南地区職域ソフトボール連盟", "510-0086", "三重県四日市市諏訪栄町7-34 市民体育館内", "059-354-8320",
                    "059-354-8321", "softball@minato-renmei.example.jp", "", "", ""),
    "chintai": Org("株式会社ユニハウス仲介 駅前店", "432-8002", "静岡県浜松市中央区富塚町1933-1 2F", "053-474-2290",
                   "053-474-2291", "tenpo@unihouse.example.co.jp", "4080401023456", "3391045", "静岡銀行 浜松駅南支店"),
    "jibika": Org("みのわ耳鼻咽喉科クリニック", "390-0811", "長野県松本市中央3丁目5番10号", "0263-35-4187",
                  "0263-35-4188", "uketsuke@minowa-ent.example.jp", "", "", ""),
    "home": Org("介護付有料老人ホーム ひだまりの丘", "350-1101", "埼玉県川越市的場2-14-8", "049-231-6650",
                "049-231-6651", "hidamari@kaigo-oka.example.jp", "1030001098765", "1182034", "埼玉りそな銀行 川越支店"),
    "denki": Org("有限会社 栗林電設", "373-0851", "群馬県太田市飯田町1126", "0276-45-2271", "0276-45-2272",
                 "kuribayashi-densetsu@example.ne.jp", "7070002034512", "5520187", "群馬銀行 太田支店"),
    "kango": Org("学校法人清和学園 清和看護専門学校", "940-0041", "新潟県長岡市学校町3丁目8番1号", "0258-32-7410",
                 "0258-32-7411", "gakumu@seiwa-kango.example.ac.jp", "2110005003217", "", ""),
    "pta": Org("船橋市立習志野台第二中学校PTA", "274-0063", "千葉県船橋市習志野台5-21-1", "047-464-3308", "",
               "pta.narashino2@example.ed.jp", "", "6640012", "千葉銀行 習志野台支店"),
    "rotary": Org("姫路西ロータリークラブ", "670-0927", "兵庫県姫路市駅前町210 ホテル姫路城北3F", "079-222-5106",
                  "079-222-5107", "office@himeji-west-rc.example.jp", "", "0831526", "播州信用金庫 本店営業部"),
    "guest": Org("ゲストハウス 木の実", "830-0017", "福岡県久留米市日吉町23-5", "0942-38-1150", "",
                 "stay@konomi-gh.example.jp", "", "", ""),
    "kaitori": Org("買取専門店 金の蔵 小岩店", "133-0056", "東京都江戸川区南小岩7-26-3", "03-5612-4409",
                   "03-5612-4408", "koiwa@kinnokura.example.jp", "5011701019876", "", ""),
    "keitai": Org("モバイルステーション 長田東店", "577-0012", "大阪府東大阪市長田東2-3-45", "06-6744-1921",
                  "06-6744-1922", "nagatahigashi@mobilest.example.jp", "5120001077715", "", ""),
    "kentai": Org("四日市医科歯科献体の会（白百合会）", "514-8507", "三重県津市江戸橋2丁目174 医学部内", "059-231-5003",
                  "059-231-5004", "shirayuri@kentai.example.ac.jp", "", "", ""),
    "rheuma": Org("リウマチ友の会 遠州支部", "430-0916", "静岡県浜松市中央区早馬町2-1", "053-455-7812", "",
                  "ensyu@rheuma-tomo.example.jp", "", "4412870", "ゆうちょ銀行 〇一九店"),
    "escola": Org("エスコーラ・ソル・ナッセンテ（ブラジル人学校）", "373-0853", "群馬県太田市浜町10-2", "0276-48-9090",
                  "0276-48-9091", "secretaria@escolasol.example.jp", "1070005004410", "", ""),
    "byoji": Org("病児保育室 こぐま", "273-0005", "千葉県船橋市本町4-40-22 小児科2F", "047-431-0707", "",
                 "koguma@byoji.example.jp", "", "", ""),
    "soccer": Org("藤沢ブルーウェーブJFC", "251-0047", "神奈川県藤沢市辻堂1-5-1", "0466-35-9921", "",
                  "bluewave.jfc@example.jp", "", "7732019", "横浜銀行 辻堂支店"),
    "kunren": Org("岐阜県立大垣高等技術専門校", "503-0001", "岐阜県大垣市三津屋町4丁目52", "0584-91-2215", "0584-91-2216",
                  "ogaki-gisen@example.pref.gifu.jp", "", "", ""),
    "tennis": Org("グリーンコート石巻テニススクール", "986-0861", "宮城県石巻市蛇田新下沼48", "0225-96-3311", "",
                  "school@greencourt.example.jp", "", "2290451", "七十七銀行 蛇田支店"),
    "payroll": Org("株式会社ペイロード給与計算センター", "174-0071", "東京都板橋区常盤台1-2-3 常盤台ビル5F", "03-5392-8840",
                   "03-5392-8841", "support@payload-kyuyo.example.co.jp", "1011401034568", "", ""),
    "shop": Org("ハンドメイド雑貨 つむぎ舎", "503-0893", "岐阜県大垣市本今3-77", "0584-82-5064", "",
                "shop@tsumugisha.example.jp", "", "1065530", "大垣共立銀行 本今支店"),
    "daiko": Org("くるみ運転代行", "830-0032", "福岡県久留米市東町31-8", "0942-35-0990", "", "kurumi.daiko@example.jp",
                 "", "", ""),
    "kyushoku": Org("四日市市南部学校給食センター", "510-0885", "三重県四日市市日永5-2-1", "059-345-2270", "059-345-2271",
                    "nanbu-kyushoku@example.city.yokkaichi.jp", "", "", ""),
    "shigin": Org("錦城流吟詠会 松本支部", "390-0874", "長野県松本市大手3-5-15", "0263-32-8475", "",
                  "kinjoryu.matsumoto@example.jp", "", "3008152", "八十二銀行 松本営業部"),
    "jc": Org("一般社団法人長岡青年会議所", "940-0065", "新潟県長岡市坂之上町2-1-1 長岡商工会議所4F", "0258-36-5110",
              "0258-36-5111", "jimukyoku@nagaoka-jc.example.jp", "7110005009382", "", ""),
}
