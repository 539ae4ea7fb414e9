"""Words read as people that are not (issue 12, notpeople17): a form's sample name in
brackets or after 例） inside a line; a composer named by a work, a scientist by a law,
a figure by an anniversary; a numbered berth; a name given by a faith (洗礼名); a line
that is a label and its value read as a label above a name; a compound's katakana tail
read with the next word; a 担当 column of duties (a trade's titles). And the people beside
them, who stay. Made-up people and sentences, the real GiNZA model."""

import pytest

NOT_PEOPLE = [
    # a form's sample name, bracketed or after 例） inside a line
    "申込書の氏名欄には楷書でご記入ください（記入例：北川　晴美）。\n",
    "お名前（例：南野 拓真）\n",
    "ご署名欄（記載例：西原　みどり）\n",
    "受講者名の書き方　例）東 裕之\n",
    "参加者氏名【見本 小宮 詩織】\n",
    # a composer by a work, a scientist by a law, a figure by an anniversary
    "発表会の曲目はショパンの夜想曲第2番とドビュッシーの前奏曲。\n",
    "音楽の授業でベートーヴェンの交響曲第5番を鑑賞した。\n",
    "部会では次回の演奏曲をシューベルトのセレナーデに決めた。\n",
    "合唱団の練習曲はフォーレのレクイエム。\n",
    "数学の授業でピタゴラスの定理を学んだ。ニュートンの法則も。\n",
    "講義ではフェルマーの最終定理とケプラーの第三法則を扱う。\n",
    "ドヴォルザークの没後120年を記念して演奏会を開く。\n",
    "シベリウスの生誕160周年。\n",
    # a numbered berth
    "入港予定：明朝、5番バースに着岸します。\n",
    # a name given by a faith
    "ご本人はカトリック信者（洗礼名マリア）で、日曜は来所できない。\n",
    "ご本人はカトリック信者（霊名テレジア）とのこと。\n",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_a_records_person(detector, text):
    assert [d.text for d in detector.detect(text) if d.entity_type == "PERSON"] == []


PEOPLE_BESIDE = [
    ("氏名欄（記入例：北川　晴美）\n氏名：宮坂　達也\n", ["宮坂\u3000達也"]),
    ("作曲家の佐藤 健一さんの交響曲が初演された。\n", ["佐藤 健一"]),
    ("ピアノ発表会\n1. 北川 晴美：ワルツ第7番\n2. 宮坂 達也：ソナチネ\n", ["北川 晴美", "宮坂 達也"]),
    ("ご本人はカトリック信者で、面談は北川　晴美さんが担当。\n", ["北川\u3000晴美"]),
    ("会員カード\n竹内　昭（タケウチ　アキラ）\n信仰 浄土宗の門徒\n出自 クルド系の家庭\n",
     ["竹内\u3000昭", "タケウチ\u3000アキラ"]),
    ("会員カード\n竹内　昭（タケウチ　アキラ）\n宗派 真言宗の檀家\n民族 ロマ民族\n",
     ["竹内\u3000昭", "タケウチ\u3000アキラ"]),
    ("伊藤 真一 様\n\nご利用ありがとうございました。\n生活支援サービス ハーブリンク　〒150-0001 東京都渋谷区神宮前1-2-3\n",
     ["伊藤 真一"]),
    ("佐々木 美和 様\n\nご来店ありがとうございました。\n出張修理サービス クイックリペア　〒150-0001 東京都渋谷区神宮前1-2-3\n",
     ["佐々木 美和"]),
    ("緊急連絡先 氏名\n坂口 和也\n", ["坂口 和也"]),
]


@pytest.mark.parametrize("text, expected", PEOPLE_BESIDE)
def test_people_beside_what_is_not(detector, text, expected):
    assert [d.text for d in detector.detect(text) if d.entity_type == "PERSON"] == expected


def _roster(header, duties):
    names = ["宮坂　達也", "北川　晴美", "東　裕之", "西原　みどり", "南野　拓真", "小宮　詩織", "坂口　和也"]
    rows = [f"No\t氏名\t{header}\t"]
    rows += [f"No: {i + 1}\t氏名: {names[i % len(names)]}\t{header}: {duty}\t" for i, duty in enumerate(duties)]
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("duties", [
    ["酛屋", "酛屋", "頭", "蔵人", "蔵人", "頭"],  # a brewery's
    ["八寸場", "煮方", "焼方", "揚場", "洗い場", "煮方"],  # a kitchen's
    ["酛師", "仲居", "受付", "会計", "受付", "案内"],
    ["揚場", "八寸場", "揚場", "向板", "揚場", "焼方"],  # no common word: the 氏名 column beside tells
])
def test_a_column_of_duties_holds_no_person(detector, duties):
    found = [d.text for d in detector.detect(_roster("担当", duties)) if d.entity_type == "PERSON"]
    assert not set(found) & set(duties)


def test_a_column_of_staff_keeps_its_people(detector):
    text = ("No\t顧客名\t担当\t\nNo: 1\t顧客名: 宮坂　達也\t担当: 西原\t\nNo: 2\t顧客名: 北川　晴美\t担当: 小宮\t\n"
            "No: 3\t顧客名: 東　裕之\t担当: 未定\t\nNo: 4\t顧客名: 南野　拓真\t担当: 西原\t\n")
    found = [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]
    assert found.count("西原") == 2 and "小宮" in found
