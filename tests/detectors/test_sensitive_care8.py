"""障害 and 病歴 told by the grammar of a condition (issue 12, care8): a body part that cannot,
an activity hard or helped, a means of access needed, a disability service used, a delay of
development, a trait with its diagnosis; a disease answered on a questionnaire, a pregnancy's disorder,
a disease as the reason of a leave, a device or a therapy lived with. Rules, guides, blank forms and notices about anyone are
not; a form naming the person's family and reading beside them ties its body to the person.
Made-up people, the real detector (GiNZA) and real files."""

import io

import docx
import pytest

from benchmarks.sens5_writers import odt_bytes
from samples import writers as w
from detectors.jp.sensitive.conditions import ConditionMatcher
from detectors.jp.sensitive.lexicon import load_lexicon
from detectors.jp.sensitive.phrases import Cells

from tests.detectors.test_sensitive_beliefs import in_file, sensitive

HEAD = "相談記録\n相談者　桐野 章吾\n"
FOUND = [
    ("障害", "右腕がほとんど上がらないため、高所の棚は使えない。", "右腕がほとんど上がらない"),
    ("障害", "片目が見えにくく、運転はしていない。", "片目が見えにくく"),
    ("障害", "左肩が上がりにくく、棚の上に手が届かない。", "左肩が上がりにくく"),
    ("障害", "階段の昇降が困難で、1階の会議室を希望。", "階段の昇降が困難"),
    ("障害", "着替えに見守りが必要である。", "着替えに見守りが必要"),
    ("障害", "説明会には要約筆記を希望している。", "要約筆記を希望"),
    ("障害", "娘は児童発達支援センターに通所している。", "児童発達支援センターに通所"),
    ("障害", "知的発達の遅れがみられる。", "知的発達の遅れがみられ"),
    ("障害", "ASDの特性があり、予定の変更に混乱しやすい。", "ASDの特性があり"),
    ("病歴", "休職の事由は双極性障害とのこと。", "双極性障害"),
    ("病歴", "流産したため、しばらく休養する。", "流産した"),
    ("病歴", "切迫早産のため入院した。", "切迫早産"),
    ("病歴", "心臓にペースメーカーを入れている。", "ペースメーカーを入れている"),
    ("病歴", "退院後は週に一度リハビリに通っている。", "リハビリに通って"),
]
NOT_FOUND = [
    "妊娠中又は出産後1年を経過しない女性には深夜業をさせない。",
    "産前休業は出産予定日の6週間前から請求できる。",
    "現在妊娠22週である。",  # a pregnancy as such is no disease (health24: detectors.jp.sensitive.pregnancy)
    "介助が必要な方は係員にお申し出ください。",
    "大雨のため、駅までの移動が困難になっています。",
    "当ホールは車椅子でご来場いただけます。",
    "□ 心臓病　□ 糖尿病　□ 腎臓病",
    "糖尿病：無",
    "在宅酸素療法を行っている患者さんへのお知らせ",
    "当院ではリハビリに通う方の送迎を行っています。",
]


@pytest.fixture(scope="module")
def matcher():
    return ConditionMatcher(load_lexicon())


def _found(matcher, text):
    return [(p.category, text[p.start:p.end]) for p in matcher.find(text, Cells(text, (), 40))]


@pytest.mark.parametrize("category, text, phrase", FOUND)
def test_a_condition_is_found_by_how_it_is_said(matcher, category, text, phrase):
    assert (category, phrase) in _found(matcher, text)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_rule_a_guide_a_situation_or_a_choice_not_taken_says_nothing(matcher, text):
    assert _found(matcher, text) == []


@pytest.mark.parametrize("text, phrase", [("糖尿病：有", "糖尿病：有"), ("ぜんそく：■あり　□なし", "ぜんそく：■あり"),
                                          ("■ 脂質異常症　□ 痛風", "脂質異常症"), ("高血圧（あり）", "高血圧（あり）")])
def test_a_disease_answered_yes_or_ticked_on_a_questionnaire_is_its_history(matcher, text, phrase):
    assert _found(matcher, text) == [("病歴", phrase)]


@pytest.mark.slow
@pytest.mark.parametrize("category, text, phrase", FOUND)
def test_the_detector_ties_the_condition_to_the_person(detector, category, text, phrase):
    found = sensitive(detector, HEAD + text)
    assert any(d.category == category and phrase in d.text for d in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_FOUND[:5])
def test_a_notice_about_anyone_is_no_finding(detector, text):
    assert sensitive(detector, "お知らせ\n" + text) == []


def docx_bytes(paragraphs: list[str], tables: list[list[list[str]]]) -> bytes:
    """A docx of paragraphs, then its tables (a case record: its notes, the child, the family)."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for cells, row in zip(table.rows, rows):
            for cell, value in zip(cells.cells, row):
                cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _form(need: str, table: list[list[str]]) -> bytes:
    return odt_bytes(["入学時調査票", f"学校に伝えたいこと：{need}"], table)


@pytest.mark.slow
def test_a_forms_body_is_about_the_person_its_table_names_beside_family_and_reading(scanner):
    table = [["児童氏名", "桐野 蒼汰"], ["ふりがな", "キリノ ソウタ"], ["保護者氏名", "桐野 美和（母）"]]
    assert ("障害", "左手が動かしにくい") in in_file(scanner, "form.odt", _form("左手が動かしにくい。", table))


@pytest.mark.slow
def test_a_form_naming_several_people_not_family_ties_nothing(scanner):
    table = [["児童氏名", "桐野 蒼汰"], ["担任", "須藤 明"], ["記入者", "岩城 礼"], ["同席者", "村越 ゆか"]]
    assert in_file(scanner, "form.odt", _form("左手が動かしにくい。", table)) == []


@pytest.mark.slow
def test_a_case_records_family_table_names_kin_not_other_subjects(scanner):
    """A case record's notes tell of its child, its first table names the child, its family
    table (続柄 | 氏名 | 生年月日) the family: the notes are the child's."""
    record = docx_bytes(["経過記録", "担当福祉司：樫村 亮", "本児は落ち着かない様子。ADHDの診断で服薬中。"],
                        [[["項目", "内容"], ["児童氏名", "真壁 ひなた"], ["生年月日", "H22.05.26"]],
                         [["続柄", "氏名", "生年月日"], ["実母", "真壁 里美", "昭和51年6月3日"],
                          ["祖父", "岩淵 源治", "昭和23年11月20日"]]])
    assert ("障害", "ADHDの診断で服薬中") in in_file(scanner, "case.docx", record)  # the treatment is the disability's (health13)
    several = [[["項目", "内容"], ["児童氏名", "真壁 ひなた"]], [["担任", "須藤 明"], ["同席者", "村越 ゆか"]]]
    assert in_file(scanner, "case.docx", docx_bytes(["経過記録", "ADHDの診断で服薬中。"], several)) == []


@pytest.mark.slow
def test_a_level_under_a_columns_support_header_is_the_disability(scanner):
    rows = [["No", "氏名", "療育", "支援区分"], ["1", "柘植 康介", "A1", "区分4"], ["2", "能勢 文香", "", ""]]
    assert in_file(scanner, "levels.xlsx", w.xlsx_bytes({"Sheet1": rows})) == [("障害", "A1"), ("障害", "区分4")]
