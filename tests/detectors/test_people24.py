"""PERSON classes of people24 (issue 12), read by where a name stands across writers: a desk as a
mail's sender, a kept horse under its label, a programme's piece before its performer's part, a
mount before its rider, a school's lineage, a boat's name before its sailing, a surname said again
of one character or katakana, a roster typed as text with slashes or bars, a person's role label
(a case's party, a wedding's couple, an inventor, a performer), a form's value that goes on after
the name, a council member by 委員/議員, two hiragana words opening with a word of the sentence.
Made-up people and sentences, the real GiNZA model."""

import pytest


def _people(detector, text):
    return sorted(d.text.replace("\u3000", " ") for d in detector.detect(text) if d.entity_type == "PERSON")


NOT_PEOPLE = [
    # a desk (a body and its section) as a mail's sender or a form's writer
    "From: 南港病院 医事課 <iji@nanko-hp.example.jp>\nTo: desk@example.jp\nSubject: ご相談\n",
    "差出人：西町病院 相談課\n件名：受診のご案内\n",
    # a kept horse under what the stable says of it
    "担当馬: ホシノカズオ\n",
    # a programme's piece before its performer's part
    "秋の演奏会\n1. 黒田節　唄：\n2. 八木節／太鼓：\n",
    # a school's lineage
    "同人名簿\n師系：種田山頭火に連なる\n",
    "当流は千利休の流れを汲む。\n",
    # a boat's name and its sailing on a roster's title line
    "乗船名簿　勝丸　出航 2026年5月3日\n",
    "乗船名簿　第三吉丸　出航 2026年5月3日\n",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_a_person(detector, text):
    assert _people(detector, text) == []


PEOPLE = [
    # the people beside a desk, a horse and a piece stay
    ("From: 川村 祐介 <y.kawamura@example.jp>\nSubject: 面会\n", ["川村 祐介"]),
    ("厩舎名簿\n厩務員: 矢吹 智也\t担当馬: ホシノカズオ\n", ["矢吹 智也"]),
    ("秋の演奏会\n1. 黒田節　唄：今泉 美緒\n2. 八木節／太鼓：梶原 千尋\n", ["今泉 美緒", "梶原 千尋"]),
    ("ニシノカズオ：騎乗 矢吹 智也。追い切り良好。\n", ["矢吹 智也"]),
    ("出走馬: ハナミチジロウ\t騎手: 矢吹 智也\n", ["矢吹 智也"]),
    # two hiragana words whose first is a word of the sentence, beside the person addressed
    ("山本 花子様\n\nいつも ほしぞら の講座をご利用いただきありがとうございます。\n", ["山本 花子"]),
    ("山本 花子様\n\nまた あした お会いしましょう。\n", ["山本 花子"]),
    # …but a hiragana name that is a field's whole value stays, and so does a given name the lists lack
    ("会員番号\t会員\n001\t会員: あまり ゆうと\n002\t会員: とどろき かなえ\n003\t会員: 山本 花子\n",
     ["あまり ゆうと", "とどろき かなえ", "山本 花子"]),
    ("事故報告\n体験者小田 一颯さん（平成7年6月12日生）が転倒した。\n", ["小田 一颯"]),
    # a surname of one character, or a katakana name's first part, said again as the subject
    ("点検メモ\nA号：担当 筧 伸也。良好。\n  筧はLDL 188。\n", ["筧", "筧 伸也"]),
    ("点検メモ\n担当：ファム・ミン・トゥアン。\n  ファムは花粉症で投薬中。\n", ["ファム", "ファム・ミン・トゥアン"]),
    # a Chinese given name that is a word stays with its surname of one character
    ("同乗：陳 建国。良好。\n", ["陳 建国"]),
    # a roster typed as text, its fields parted by a slash or a bar
    ("所属講師一覧\n宇野 美咲／090-8715-4298／普通 6656799／1990.5.21\n"
     "筧 一輝／090-9798-9224／普通 0905225／1952.5.28\n"
     "レ・ティ・ラン／080-9757-1713／普通 0005085／1989.11.17\n"
     "今泉 結衣／070-9926-4107／普通 8518358／1948.7.16\n"
     "古賀 澄江／080-1190-8043／普通 9374312／1971.2.16\n",
     ["レ・ティ・ラン", "今泉 結衣", "古賀 澄江", "宇野 美咲", "筧 一輝"]),
    ("会員一覧\n宇野 美咲｜090-8715-4298｜1990年5月21日\n筧 一輝｜090-9798-9224｜1952年5月28日\n"
     "今泉 結衣｜070-9926-4107｜1948年7月16日\n古賀 澄江｜080-1190-8043｜1971年2月16日\n",
     ["今泉 結衣", "古賀 澄江", "宇野 美咲", "筧 一輝"]),
    # a stage name's label inside a field
    ("一覧\n宇野 美咲／芸名 星野ひかり／090-8715-4298\n今泉 結衣／芸名 水城りん／070-9926-4107\n"
     "筧 一輝／芸名 風間しょう／090-9798-9224\n", ["今泉 結衣", "宇野 美咲", "星野ひかり", "水城りん", "筧 一輝"]),
    # a case's party, an inventor, a wedding's couple, a performer, a rider as a form's label
    ("相談票\n被疑者：OKAFOR CHIDI　S52.3.9生\n", ["OKAFOR CHIDI"]),
    ("申立書\n申立人：SANTOS MARIA　45歳\n", ["SANTOS MARIA"]),
    ("確認書\n発明者：王 秀英　住所：神奈川県相模原市南区相模台5丁目1番8号\n", ["王 秀英"]),
    ("打合せ\n新婦：黄 美玲（HUANG MEILING）　1995年2月3日生\n", ["HUANG MEILING", "黄 美玲"]),
    ("報告書\n選手：筧 瑞穂（S31.10.14生、免許 446136021410）\n", ["筧 瑞穂"]),
    ("プログラム\nソーラン節　唄：筧 早苗\n", ["筧 早苗"]),
    # a council member by surname and 委員 / 議員 (not 欧州委員, 委員会)
    ("委員会記録\n紹介議員は尾崎委員です。服部議員が賛成した。\n", ["尾崎", "服部"]),
    ("政府は欧州委員であるネリー・クルースの書簡に返答した。中央委員会も。\n", ["ネリー・クルース"]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people(detector, text, expected):
    assert _people(detector, text) == sorted(expected)
