"""犯罪歴, 犯罪被害, 労働組合, 宗教 and 本籍 as six writers wrote them (issue 12, beliefs22):
a record told as so before a question of how or when to tell it; a form's row whose label
is composed again before each value is no header over the rows below; a union seat with its
union in brackets; a note's subject after a bare 対象：; a letter's addressee called 'you'.
Made-up people and wording of our own."""

import pytest

from detectors.jp.sensitive.recognizer import SensitiveRecognizer

from samples.writers import write_docx
from tests.detectors.test_sensitive_beliefs import in_file, sensitive


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


def _phrases(recognizer, text):
    return [(p.category, text[p.start:p.end]) for p in recognizer.phrases(text)]


@pytest.mark.parametrize("text, record", [
    ("・沖田さん：同居の叔父（仮名A）が傷害で保護観察中であることを職場にどう打ち明けるか迷っている。", "保護観察中"),
    ("沖田 康介さん：詐欺罪で懲役2年執行猶予3年の判決を受けたことを、いつ家族に話すか悩んでいる。", "懲役2年"),
    ("沖田 康介さん：窃盗の前科があることを採用先に伝えるか相談したい。", "前科"),
    ("沖田 康介さん：過去に恐喝で服役した事実について、どのように説明するか検討中。", "服役"),
])
def test_a_record_told_before_a_question_of_telling_it_is_a_record(recognizer, text, record):
    found = _phrases(recognizer, text)
    assert any(category == "犯罪歴" and record in value for category, value in found), found


@pytest.mark.parametrize("text", ["応募者確認事項\n刑事罰を受けたことがありますか", "逮捕されたことはありますか"])
def test_a_question_whether_the_record_is_so_stays_unanswered(recognizer, text):
    assert [c for c, _ in _phrases(recognizer, text) if c == "犯罪歴"] == []


FORM_ROWS = [["区分", "登録者", "同居人"], ["氏名", "沖田 康介", "沖田 みのり"], None,
             ["連絡先", "090-1234-5678", "同左"], ["勤務先", "北浜製作所", "なし"], ["備考", "特になし", "特になし"]]


@pytest.mark.slow
@pytest.mark.parametrize("label, a, b, category", [("本籍", "高知県四万十市中村", "同左", "本籍"),
                                                   ("宗教", "天理教", "無宗教", "宗教")])
def test_a_form_row_composing_its_label_again_labels_no_cell_below(scanner, tmp_path, label, a, b, category):
    rows = [row or [label, a, b] for row in FORM_ROWS]
    write_docx(tmp_path / "form.docx", ["登録申込書"], rows)
    found = in_file(scanner, "form.docx", (tmp_path / "form.docx").read_bytes())
    assert (category, a) in found
    assert [v for c, v in found if v in ("連絡先", "勤務先", "備考")] == []


@pytest.mark.parametrize("text, seat", [
    ("組合役員一覧\n氏名\t役職\t所属\n沖田 康介\t代議員(北浜製作所労働組合)\t第二工場", "代議員(北浜製作所労働組合)"),
    ("・沖田 康介　会計監査（組合）", "会計監査（組合）"),
    ("沖田 康介\t書記長（北浜ユニオン 西支部）\t本社", "書記長（北浜ユニオン 西支部）"),
])
def test_a_union_seat_with_its_union_in_brackets(recognizer, text, seat):
    assert ("労働組合", seat) in _phrases(recognizer, text)


@pytest.mark.parametrize("text", ["沖田 康介\t委員長(PTA)\t本社", "沖田 康介\t書記(管理組合)\t本社"])
def test_a_seat_of_another_body_in_brackets_is_no_union(recognizer, text):
    assert [c for c, _ in _phrases(recognizer, text) if c == "労働組合"] == []


@pytest.mark.slow
def test_a_note_after_a_bare_subject_label_is_about_its_subject(detector):
    text = ("来所記録\n記録日：2025年6月2日　記録者：相談員 森\n対象：沖田 康介（オキタ コウスケ）\n\n"
            "勤務先の人間関係について相談。今後の面談日程も調整する予定である。\n"
            "先週、駅の駐輪場でひったくりの被害（現金約5万円）。警察に届け出た。\n")
    assert any(d.category == "犯罪被害" for d in sensitive(detector, text))


@pytest.mark.slow
def test_a_letters_addressee_called_you_is_the_person(detector):
    text = ("Dear Kosuke Okita,\n\nThank you for your reservation for the dinner on 14 March at our restaurant.\n"
            "We understand that you are a devout Muslim and will prepare halal dishes.\n")
    assert any(d.category == "宗教" for d in sensitive(detector, text))


@pytest.mark.parametrize("text, seat", [("・沖田 康介　副執行委員長（県職労）", "副執行委員長（県職労）"),
                                        ("沖田 康介\t書記(市教組)\t本庁", "書記(市教組)")])
def test_a_union_seat_with_the_unions_short_name_in_brackets(recognizer, text, seat):
    assert ("労働組合", seat) in _phrases(recognizer, text)


def test_a_word_ending_in_labour_that_is_no_union(recognizer):
    assert [c for c, _ in _phrases(recognizer, "沖田 康介\t会計(疲労のため欠席)\t本庁\n沖田 康介\t会計(過労)\t本庁")
            if c == "労働組合"] == []


@pytest.mark.parametrize("text, creed", [
    ("自己紹介欄：同性パートナー制度の導入を求める請願活動に参加。", "請願活動に参加"),
    ("活動歴：公立図書館の存続の陳情運動で世話人を務める。", "陳情運動で世話人"),
    ("活動歴：毎年夏、反核平和の行進に参加。", "行進に参加"),
])
def test_a_petition_for_an_issue_or_a_march_joined_is_a_creed(recognizer, text, creed):
    found = _phrases(recognizer, text)
    assert any(c == "信条" and creed in v for c, v in found), found


def test_an_invitation_to_a_petition_is_no_ones_creed(recognizer):
    assert [c for c, _ in _phrases(recognizer, "署名活動に参加しましょう。請願活動に参加される方は受付へ。") if c == "信条"] == []


@pytest.mark.parametrize("text, victim", [
    ("相談者：沖田 康介\nネット通販の詐欺被害について弁護士に相談した。", "詐欺被害"),
    ("沖田 康介さん：ストーカー被害について警察署へ相談済み。", "ストーカー被害"),
])
def test_a_victim_told_to_someone_named_between(recognizer, text, victim):
    assert ("犯罪被害", victim) in _phrases(recognizer, text)


def test_a_victims_advice_to_tell_someone_is_no_ones(recognizer):
    assert _phrases(recognizer, "特殊詐欺被害について、お近くの警察署に相談してください。") == []


@pytest.mark.parametrize("text, origin", [("沖田 康介さんは父方がウイグル系。", "ウイグル系"),
                                          ("沖田 康介さん：祖母がユダヤ系で、家では祭日を祝う。", "ユダヤ系")])
def test_descent_of_a_people_said_with_kei(recognizer, text, origin):
    assert ("人種・民族", origin) in _phrases(recognizer, text)


@pytest.mark.slow
@pytest.mark.parametrize("label", ["対象児童", "入居者", "受講者"])
def test_a_record_after_another_bare_subject_label_is_about_its_subject(detector, label):
    text = (f"個別支援記録\n作成：支援員 森\n{label}：沖田 康介\n\n"
            "日中の活動は午前が作業、午後が散歩と自由時間。昼食はほぼ完食で、水分補給も声かけで取れている。\n"
            "週末の外出予定は家族と相談のうえ来週までに決める。送迎の時刻は変更なし。\n"
            "以前、路上で財布をひったくられた被害に遭っている。\n緊急連絡先：沖田 ゆかり 090-2468-1357\n")
    assert any(d.category == "犯罪被害" for d in sensitive(detector, text))
