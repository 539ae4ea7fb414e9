"""要配慮 about events and origins (issue 12, events8): an offence's procedure said plainly, a
penalty paid or served, leaving prison; a victim sheltered, troubled or swindled of a sum, a
victims' centre consulted; a people named in kanji with 族; a parentage told of both parents; a
faith's service at its place and its food rule. And what is no one's record: a rule, a warning, a
case told of no one, a relative's record. Made-up people, the real detector (GiNZA) and files."""

import pytest

from detectors.jp.sensitive.events import EventMatcher
from detectors.jp.sensitive.lexicon import load_lexicon
from detectors.jp.sensitive.phrases import Cells
from tests.detectors.test_sensitive_beliefs import in_file, sensitive

PERSON = "面談記録\n対象者：相良 達也\n"
MATCHES = [
    ("犯罪歴", "高校生の時に万引きで捕まったことがある。", "万引きで捕まった"),
    ("犯罪歴", "二十歳の頃、警察に捕まったと話した。", "警察に捕まった"),
    ("犯罪歴", "酒気帯び運転で赤切符を切られた。", "赤切符を切られ"),
    ("犯罪歴", "略式命令により罰金20万円を納付した。", "罰金20万円を納付した"),
    ("犯罪歴", "傷害で懲役刑に服した。", "懲役刑に服した"),
    ("犯罪歴", "保護観察付き執行猶予の判決を受けた。", "保護観察付き執行猶予"),
    ("犯罪歴", "昨年秋に出所して、今は配送の仕事をしている。", "出所して"),
    ("犯罪歴", "中学生の時に窃盗で家庭裁判所に送致された。", "家庭裁判所に送致された"),
    ("犯罪被害", "前の職場で業務上横領の被害者として事情を聴かれた。", "業務上横領の被害者として"),
    ("犯罪被害", "夫のDVで一時保護されたことがある。", "DVで一時保護された"),
    ("犯罪被害", "元夫の暴力から逃れるため転居した。", "暴力から逃れるため転居した"),
    ("犯罪被害", "隣人のつきまといに悩まされている。", "つきまといに悩まされている"),
    ("犯罪被害", "息子を名乗る電話で100万円を渡してしまった。", "100万円を渡して"),
    ("犯罪被害", "被害者支援センターに相談している。", "被害者支援センターに相談している"),
    ("人種・民族", "本人は中国の朝鮮族である。", "朝鮮族"),
    ("人種・民族", "両親ともにフィリピン出身。", "両親ともにフィリピン出身"),
    ("人種・民族", "母は中国の朝鮮族で、本人も朝鮮語を話す。", "朝鮮族"),
    ("宗教", "土曜は教会の奉仕活動に参加している。", "教会の奉仕活動に参加している"),
    ("宗教", "菩提寺の総代を務めている。", "菩提寺の総代を務めている"),
    ("宗教", "戒律により酒を飲まない。", "戒律により酒を飲まない"),
    ("宗教", "立正佼成会の支部長を務めている。", "立正佼成会の支部長"),
    ("宗教", "近くの神社に毎朝お参りしている。", "神社に毎朝お参りしている"),
]
NOT_THE_PERSONS = [
    "飲酒運転で捕まった場合は懲戒処分とする。",
    "違反した場合は罰金を支払わなければならない。",
    "情報の出所を確認する。",
    "架空請求で30万円を支払ってしまった事例が相次いでいる。",
    "つきまといに悩まされている方は警察署に相談してください。",
    "被害者支援センターに相談してください。",
    "兄が万引きで捕まったと話した。",
    "寺の行事のお知らせを配った。",
    "会費として3000円を支払った。",
    "家族で転居した。",
    "刑事事件で前科がつくとどうなるかを説明した。",
    "修学旅行で神社に参拝した。",
    "市民会館の行事に参加している。",
]


@pytest.mark.slow
@pytest.mark.parametrize("category, text, phrase", MATCHES)
def test_events_and_origins_are_found_with_their_category(detector, category, text, phrase):
    found = sensitive(detector, PERSON + text)
    assert any(d.category == category and (phrase in d.text or d.text in phrase) for d in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_THE_PERSONS)
def test_rules_warnings_cases_and_relatives_are_not_the_persons(detector, text):
    assert sensitive(detector, PERSON + text) == []


def test_the_matcher_alone_finds_nothing_in_text_without_its_cues():
    matcher = EventMatcher(load_lexicon())
    text = "本日の会議は午後三時から第二会議室で行う。"
    assert matcher.find(text, Cells(text, (), 40)) == []


@pytest.mark.slow
def test_a_probation_officers_note_in_a_file(scanner):
    lines = ["往訪記録", "対象者 真柴 典之", "5/2 昨年12月に満期出所し、兄の家に同居。", "6/4 警察に捕まったことを職場には伝えていない。"]
    found = in_file(scanner, "記録.txt", "\r\n".join(lines).encode("cp932"))
    assert ("犯罪歴", "満期出所") in found and ("犯罪歴", "警察に捕まった") in found
    assert all(category == "犯罪歴" for category, _ in found)


@pytest.mark.slow
def test_a_past_arrest_told_as_an_experience_is_the_persons(detector):
    found = sensitive(detector, PERSON + "二十代の頃に傷害で逮捕されたことがある。")
    assert [d.category for d in found] == ["犯罪歴"]


@pytest.mark.slow
def test_a_training_that_says_what_may_happen_tells_nothing(scanner):
    lines = ["コンプライアンス研修 記録", "講師：弁護士 大西 和也", "内容：ストーカー行為は犯罪となり逮捕されることもある。"]
    assert in_file(scanner, "研修.txt", "\r\n".join(lines).encode("cp932")) == []


@pytest.mark.slow
def test_a_books_plot_is_no_ones_record(scanner):
    lines = ["書評", "著：浅田 真理子", "詐欺で服役した過去を隠して生きる主人公の葛藤を描く。", "評者：中川 理恵"]
    assert in_file(scanner, "書評.txt", "\r\n".join(lines).encode("cp932")) == []


@pytest.mark.slow
def test_a_notice_to_all_staff_signed_by_its_office_ties_nothing(scanner):
    lines = ["ラマダン期間中の食堂営業について", "社員各位", "3月はラマダン期間となるため、日没後の食事を用意します。",
             "総務部　高木 美咲"]
    assert in_file(scanner, "食堂.txt", "\r\n".join(lines).encode("cp932")) == []


@pytest.mark.slow
def test_a_notice_to_all_still_tells_of_the_person_it_names(scanner):
    lines = ["関係者各位", "営業部の三輪 恭子さんは、ラマダン期間中は日中の会食を控えます。", "総務部　高木 美咲"]
    found = in_file(scanner, "連絡.txt", "\r\n".join(lines).encode("cp932"))
    assert found and all(category == "宗教" for category, _ in found)


@pytest.mark.slow
def test_a_label_of_faith_and_creed_takes_the_category_its_value_tells(scanner):
    rows = ["会員番号,お名前,宗教・信条", "1,駒形 頼人,共産党の後援会員", "2,岩佐 由紀,浄土宗"]
    found = in_file(scanner, "会員.csv", "\r\n".join(rows).encode("cp932"))
    assert ("信条", "共産党の後援会員") in found and ("宗教", "浄土宗") in found
    assert ("宗教", "共産党の後援会員") not in found


@pytest.mark.slow
def test_a_consultation_card_ties_its_body_to_the_person_beside_the_other_party(scanner, tmp_path):
    import docx
    document = docx.Document()
    for line in ["法律相談カード", "相談者は配偶者からのDVで保護命令を申立て。", "担当弁護士 鳥羽 真琴"]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    for i, (label, value) in enumerate([("相談者", "柿沼 昌平"), ("相手方", "柿沼 恵美")]):
        table.cell(i, 0).text, table.cell(i, 1).text = label, value
    document.save(tmp_path / "card.docx")
    found = in_file(scanner, "card.docx", (tmp_path / "card.docx").read_bytes())
    assert any(category == "犯罪被害" and "保護命令" in text for category, text in found)
