"""要配慮 precision and recall (issue 12, sens7): the tie of a phrase to a document's one
person across its parts holds only for the person the document is about — not for the
writer named in a page's footer or a mail's header or after a title, not in an animal's
record, a notice or a rule. Made-up people, the real detector (GiNZA) and real files."""

from pathlib import Path

import pytest

from benchmarks.sens5_writers import odt_bytes
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file, sensitive


def _docx(tmp_path: Path, lines: list[str], table=None, header: str = "", footer: str = "") -> bytes:
    path = tmp_path / "doc.docx"
    w.write_docx(path, lines, table, header=header, footer=footer)
    return path.read_bytes()


@pytest.mark.slow
def test_a_notice_signed_in_its_footer_by_a_title_ties_nothing(scanner, tmp_path):
    lines = ["院内感染対策", "糖尿病や心臓病の持病がある方は早めに受診してください。"]
    assert in_file(scanner, "n.docx", _docx(tmp_path, lines, footer="さくら内科 院長 西村 隆")) == []


@pytest.mark.slow
def test_a_rule_whose_header_names_its_owner_ties_nothing(scanner, tmp_path):
    lines = ["休職の手続", "第3条 精神疾患により休職するときは主治医の診断書を提出する。"]
    assert in_file(scanner, "r.docx", _docx(tmp_path, lines, header="小松 由美")) == []


@pytest.mark.slow
def test_a_mail_from_its_sender_about_anyone_ties_nothing(scanner):
    mail = w.make_eml("防犯", "森 健太 <mori@example.jp>", "all@example.jp",
                      "各位\n\n近隣で空き巣の被害が相次いでいます。\n\n総務課\n")
    assert in_file(scanner, "m.eml", mail) == []


@pytest.mark.slow
def test_an_animals_record_ties_its_illness_to_no_owner(scanner, tmp_path):
    lines = ["診療記録", "症状：嘔吐が続く。慢性腎不全の疑い。"]
    table = [["飼い主", "田村 浩二"], ["動物名", "モモ（猫・8歳）"]]
    assert in_file(scanner, "v.docx", _docx(tmp_path, lines, table)) == []


@pytest.mark.slow
def test_a_newsletter_ties_nothing_to_its_contributor(scanner, tmp_path):
    lines = ["健康だより 12月号", "今月は糖尿病の治療を続けている社員の体験談です。"]
    assert in_file(scanner, "n.docx", _docx(tmp_path, lines, [["寄稿", "長谷部 誠"]])) == []


@pytest.mark.slow
def test_a_form_whose_header_addresses_the_person_is_about_that_person(scanner, tmp_path):
    lines = ["個別支援計画", "本人の状態（手話通訳が必要）を踏まえて支援する。"]
    found = in_file(scanner, "p.docx", _docx(tmp_path, lines, header="甘粕 千景 様"))
    assert ("障害", "手話通訳が必要") in found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "カルテ\n飼主 松原 恵　犬種 柴犬\n既往歴：アトピー性皮膚炎（投薬中）",  # the dog's illness
    "ペットホテル受付\nお客様 中井 さおり　ペット名 ココ\n持病：てんかん（薬を朝晩1錠）",
    "服務規程\n第12条 精神疾患により休職した者は、主治医の診断書を提出する。\n人事課 小松 由美",
    "スタッフ紹介\n森田 恵（障害者職業生活相談員）",  # a role's name
    "研修受講記録\n氏名 森川 徹　受講研修：障害者差別解消法研修",
])
def test_what_is_not_the_persons_health_is_not_found(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
def test_a_disease_with_its_sequel_in_brackets_is_one_disease(scanner):
    rows = [["氏名", "病名"], ["戸田 芳子", "脳梗塞（左片麻痺）"]]
    assert in_file(scanner, "ward.xlsx", w.xlsx_bytes({"病棟": rows})) == [("病歴", "脳梗塞（左片麻痺）")]


HEAD = "面談記録\n対象者　長田 光\n"
FOUND = [
    ("労働組合", "本人は北部ユニオンの分会で書記を務めている。", "ユニオンの分会で書記を務めている"),
    ("労働組合", "組合費はチェック・オフで給与から差し引かれている。", "組合費はチェック・オフ"),
    ("労働組合", "分会長として会社との団体交渉に臨んでいる。", "分会長として"),
    ("労働組合", "当ユニオンに本日加入した。", "ユニオンに本日加入"),
    ("労働組合", "書記長として団体交渉に加わった。", "書記長として"),  # 団体交渉 is no group said in general
    ("信条", "憲法を守る会の世話人をしている。", "憲法を守る会の世話人"),
    ("信条", "原発再稼働に反対する運動の活動家として知られる。", "原発再稼働に反対する運動の活動家"),
    ("信条", "本人は保守的な政治思想を持っていると話した。", "保守的な政治思想を持っている"),
    ("人種・民族", "母親がタイ出身のハーフである。", "母親がタイ出身のハーフ"),
    ("人種・民族", "祖父母が朝鮮半島の出身。", "祖父母が朝鮮半島の出身"),
    ("人種・民族", "祖母は台湾のアミ族の出身と聞く。", "アミ族の出身"),
    ("宗教", "平成12年に入信し、集会に通っている。", "12年に入信し"),
    ("犯罪被害", "自宅に強盗に入られ負傷した。", "強盗に入られ"),
    ("犯罪被害", "元夫からの暴力で保護命令を受けている。", "保護命令を受けている"),
    ("犯罪被害", "ネットで誹謗中傷を受け、名誉毀損で告訴した。", "名誉毀損で告訴した"),
    ("犯罪歴", "傷害罪で罰金三十万円の略式命令を受けた。", "罰金三十万円の略式命令を受けた"),
    ("犯罪歴", "前職を飲酒運転による逮捕で解雇された。", "飲酒運転による逮捕"),
    ("病歴", "逆流性食道炎の薬を飲み始めて三週間になる。", "逆流性食道炎の薬を飲み始めて"),
]
NOT_FOUND = [
    "父が秋田出身で、母は岩手の生まれ。",  # a prefecture is no origin
    "国籍：ベトナム",  # a legal status
    "憲法を守る会の講演会にご参加ください。",  # an invitation
]


@pytest.mark.slow
def test_other_ways_of_saying_a_category_are_found(detector):
    missed = [(category, sentence) for category, sentence, phrase in FOUND if not any(
        d.category == category and phrase in d.text for d in sensitive(detector, HEAD + sentence))]
    assert missed == []


@pytest.mark.slow
def test_look_alikes_of_those_ways_are_not(detector):
    flagged = {sentence: sensitive(detector, HEAD + sentence) for sentence in NOT_FOUND}
    assert not any(flagged.values()), flagged


@pytest.mark.slow
def test_slander_is_no_injury(detector):
    found = sensitive(detector, HEAD + "ネットで誹謗中傷を受けたと相談があった。")
    assert all(d.category != "病歴" for d in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "教会だより 4月号\nイースター礼拝を行います。洗礼を希望される方はご相談ください。\n牧師 岡本 恵",
    "健康管理室だより\n今月は糖尿病で通院中の社員の体験談を紹介します。\n保健師 松井 久美子",
    "防犯講習会 報告\n講師 生活安全課 石川 誠\n逮捕された犯人の多くは下見をしている。",
])
def test_a_notice_or_a_lecture_tells_nothing_of_whom_it_names(detector, text):
    assert sensitive(detector, text) == []


ABOUT_WHOM_THEY_NAME = [  # (text, the categories found): a notice to the person or telling of them, a form's answer
    ("健康診断結果のお知らせ\n岡本 恵 様\n判定 D2（要精密検査）", ["健康診断結果"]),
    ("人事異動のお知らせ\n営業部 若林 修は、うつ病の治療のため10月1日より休職する。\n人事部長 小松 由美", ["病歴"]),
    ("問診票\nお名前：真壁 千晶\n治療中の病気・服用中の薬：高血圧で内服中", ["病歴"]),  # not the question's 治療中
]


@pytest.mark.slow
@pytest.mark.parametrize("text, categories", ABOUT_WHOM_THEY_NAME)
def test_a_notice_or_a_form_about_the_person_it_names_is_found(detector, text, categories):
    assert sorted(d.category for d in sensitive(detector, text)) == categories
