"""Names that are no records' people and births in a child's roll (issue 12, notpeople20):
- a story's character by its role (…役, …を演じる, 主人公の…, 名探偵…) or 活躍 in a sentence
  about a film or a book; a figure of history by a monument or a site (…の歌碑, …の旧宅,
  …の城址, …像, …ゆかりの寺), by what history says they did (…が築いた) or their calling
  (戦国武将の…, 俳人・…);
- a maker by its product's model code, 製 or the goods after の (ホンダ CB-400, スズキ製);
- a studio's name glued after its word (アトリエ…, 工房…); a document's title after a
  department (総務係 定例会議 議事録);
- a birth in a roll's row followed by a contact's label and the number (…　2015.3.8　保護者
  連絡先 090-…), fewer than ten years past in a child's roll (a guardian's field).
And the people beside them, who stay. Made-up people, makers' models and sentences."""

import pytest


def _people(detector, text):
    return sorted({d.text for d in detector.detect(text) if d.entity_type == "PERSON"})


def _births(detector, text):
    return sorted(d.text for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH")


NOT_PEOPLE = [
    # a story's character
    "文化祭の劇では岡島 新太郎役を三年生が務めます。\n",
    "今回の朗読劇は、主人公の坂上弥太郎が旅に出る物語です。\n",
    "来月は名探偵神津恭介のシリーズを特集します。\n",
    "上映作品：丹下左膳が大活躍する時代劇の名作。\n",
    "今月は、神田 与一郎が活躍する喜劇映画を上映します。\n",
    "読書会の課題は、森川新之助が活躍する長編小説です。\n",
    "劇団の新作で、堀部安兵衛を演じるのは誰か。\n",
    # a figure of history
    "見学コース：城下町〜小林一茶の句碑〜旧街道\n",
    "集合は真田幸村の銅像の前です。\n",
    "境内に楠木正成公の墓所がある。\n",
    "石田三成が築いた堤の跡を歩きました。\n",
    "戦国武将の加藤清正について学ぶ講座です。\n",
    "次回は正岡子規の旧宅を訪ねます。\n",
    "江戸時代の俳人 与謝蕪村の句を読む。\n",
    "明治の文豪・森鴎外の旧居跡を訪ねました。\n",
    # a studio's glued name, a document's title
    "アトリエ呉藍 会員だより\n",
    "ギャラリー孫彩 会員だより\n",
    "工房朱華（染色教室） 会員だより\n",
    "保育課 定例会議 議事録\n",
    "第一営業課 月次面談 記録\n",
    "人事係 採用面接 結果\n",
    "総務課 新年会 案内\n",
    # more of the same classes: 扮する, 冒険, 開基, …の時代に; a colour's label
    "今週は、インディ・ジョーンズの冒険を描いた映画を上映します。\n",
    "名優が坂本龍馬に扮した時代劇。\n",
    "この寺は行基が開基したと伝わる。\n",
    "織田信長の時代に築かれた石垣です。\n",
    "品番：KM-204\n色：白藍\nサイズ：M\n",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_a_records_person(detector, text):
    assert _people(detector, text) == []


PEOPLE_BESIDE = [
    ("劇の配役：桃山太郎役 石原 真由美\n", ["石原 真由美"]),
    ("初代会長 石原 真由美の時代から続く行事です。\n", ["石原 真由美"]),  # a club's own past
    ("施術記録\nカット：宮坂 達也\u3000カラー：北川 晴美\n", ["北川 晴美", "宮坂 達也"]),  # not a colour's label
    ("主人公を演じた野々村 恵太さんに拍手。\n", ["野々村 恵太"]),
    ("大会では新人の早瀬 大輝が活躍し、チームは優勝した。\n", ["早瀬 大輝"]),
    ("工房 長谷部 晴美 様\n", ["長谷部 晴美"]),
    ("小林一茶の句碑の清掃は会員の辻本 和枝さんが担当します。\n", ["辻本 和枝"]),
    # a maker by its product, on a visit's record
    ("2026/01/15　大塚 美穂様宅\n\u3000オカムラ KT-20 製造番号 A123456\n", ["大塚 美穂"]),
    ("2026/01/15　大塚 美穂様宅\n\u3000ハセガワ 3H 製造番号 B654321\n", ["大塚 美穂"]),
    ("2026/01/15　大塚 美穂様宅\n当日はタカギのミシンを使います。\n", ["大塚 美穂"]),
]


@pytest.mark.parametrize("text, expected", PEOPLE_BESIDE)
def test_people_beside_what_is_not(detector, text, expected):
    assert _people(detector, text) == expected


ROLLS = [
    # a child's roll: the next field a contact's label, births fewer than ten years past
    ("こどもスイミング 受講生リスト\n\n大西 陽菜　2019.3.8　保護者連絡先 090-3141-5926\n\u3000\u3000備考：水慣れから\n"
     "小田 湊　2017.12.24　保護者連絡先 080-2718-2818\n村井 結子　2016.6.1　保護者連絡先 070-1618-0339\n",
     ["2016.6.1", "2017.12.24", "2019.3.8"]),
    # a grown-ups' roll: a contact's label after the date
    ("町内会 名簿\n大西 陽一　1961/3/8　自宅TEL 03-3141-5926\n小田 恭子　1957/12/24　携帯 080-2718-2818\n",
     ["1957/12/24", "1961/3/8"]),
    # recent dates in a grown-ups' roll are no births (a join's, a visit's)
    ("会員名簿\n大西 陽一　2021.3.8　連絡先 03-3141-5926\n小田 恭子　2022.12.24　連絡先 080-2718-2818\n", []),
    # fields parted by 、, a guardian's mark before the phone
    ("もも組 名簿\n大西 陽菜、2022/3/8、(母)09031415926\n小田 湊、2021/12/24、(父)08027182818\n",
     ["2021/12/24", "2022/3/8"]),
    # a guardian's phone written from abroad
    ("キッズ書道 在籍者\n大西 陽菜　2015.3.8　保護者連絡先 +81-90-3141-5926\n"
     "小田 湊　2014.12.24　保護者連絡先 +81-80-2718-2818\n", ["2014.12.24", "2015.3.8"]),
]


@pytest.mark.parametrize("text, births", ROLLS)
def test_births_in_a_roll_whose_header_was_lost(detector, text, births):
    assert _births(detector, text) == births

