"""要配慮 told as a course, an act or a record (issue 12, sens4): a disease and its
course in one clause, a check-up finding told with its judgement and the grade cell
beside it, victims and records in continuative verbs, protests, campaigning, a faith
told by what it forbids, a union section's head; notes and first-person answers tied to
their subject. Made-up people, the real detector (GiNZA) and real files."""

import pytest

from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file, sensitive

FOUND = [
    ("病歴", "総務の杉浦 雅人さんは高尿酸血症で毎月通院しながら勤務している。", "高尿酸血症で毎月通院"),
    ("病歴", "対象者：杉浦 雅人。喘息で朝晩に吸入を続けている。", "喘息で朝晩に吸入"),
    ("病歴", "杉浦 雅人さんはヒトT細胞白血病ウイルスのキャリアである。", "キャリアである"),
    ("病歴", "杉浦 雅人さんは膝の骨折で全治4週間。", "骨折で全治4週間"),
    ("健康診断結果", "杉浦 雅人さん：腹部エコーで脂肪肝、経過観察", "腹部エコーで脂肪肝、経過観察"),
    ("犯罪被害", "杉浦 雅人さんは帰宅途中に刺され病院に運ばれた。", "刺され"),
    ("犯罪被害", "杉浦 雅人さんは夫からDVを受け実家に避難した。", "DVを受け"),
    ("犯罪歴", "杉浦 雅人さんは窃盗で起訴猶予となった。", "窃盗で起訴猶予"),
    ("犯罪歴", "杉浦 雅人さんは現在、執行猶予期間中である。", "執行猶予期間中"),
    ("信条", "杉浦 雅人さんは米軍基地の移設に反対して毎月デモに参加している。", "反対して毎月デモ"),
    ("信条", "杉浦 雅人さんは町議選で候補のポスター貼りを手伝った。", "ポスター貼りを手伝った"),
    ("宗教", "杉浦 雅人さんは肉食を禁じる戒律を守っている。", "戒律を守っている"),
    ("労働組合", "杉浦 雅人さんは労働組合青年部の副部長を務める。", "副部長を務める"),
]
NOT_FOUND = [
    "傷病休暇規程：疾病で通院する場合は所属長へ届け出ること。担当 人事課 杉浦 雅人",
    "サーバ障害で受注処理が停止した。報告 杉浦 雅人",
    "防犯講習：後をつけられたと感じたら近くの店へ。講師 杉浦 雅人",
]


@pytest.mark.slow
@pytest.mark.parametrize("category, text, phrase", FOUND)
def test_a_course_an_act_or_a_record_is_found_with_its_category(detector, category, text, phrase):
    found = sensitive(detector, text)
    assert any(d.category == category and phrase in d.text for d in found), [(d.category, d.text) for d in found]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_rule_an_outage_a_lecture_or_a_relative_says_nothing_of_the_person(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
def test_a_grade_beside_a_finding_in_words_is_part_of_it(scanner, tmp_path):
    sheet = [["所見一覧"], ["氏名", "所見", "判定"], ["杉浦 雅人", "心電図で洞性頻脈、経過観察", "C"],
             ["宮腰 沙羅", "異常なし", "A"], ["早瀬 圭吾", "胸部X線で右中肺野に粒状影、要精検", "D"]]
    path = tmp_path / "所見.xlsx"
    w.write_xlsx(path, {"一覧": sheet})
    found = in_file(scanner, "所見.xlsx", path.read_bytes())
    assert found == [("健康診断結果", "心電図で洞性頻脈、経過観察"), ("健康診断結果", "胸部X線で右中肺野に粒状影、要精検")]


@pytest.mark.slow
def test_a_note_naming_its_subject_and_a_first_person_answer_are_about_someone(scanner):
    note = "来客記録\n・宮腰 沙羅様 10:00 来社\n※宮腰様は弱視のため拡大資料を用意する。\n"
    assert ("障害", "弱視") in in_file(scanner, "来客.txt", note.encode("utf-8"))
    answers = "ID,回答\nA1,特になし\nA2,私は統合失調症で通院しているので静かな席を希望\nA3,担当の早瀬 圭吾さんが親切でした\n"
    assert any(c == "病歴" and "統合失調症で通院" in t for c, t in in_file(scanner, "回答.csv", answers.encode("utf-8")))


@pytest.mark.slow
def test_a_printed_note_for_everyone_stays_printed(scanner):
    form = "申込書\n氏名\t宮腰 沙羅\n※障害者手帳をお持ちの方は写しを添付してください。\n※お客様は車いすを利用できます。\n"
    assert in_file(scanner, "申込.txt", form.encode("utf-8")) == []
