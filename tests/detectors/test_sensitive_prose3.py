"""要配慮 as office prose tells it (issue 12, prose3): a stance or conviction, a candidate
backed, a refusal for belief, a suspended sentence, a traffic offence with its fine, a
crime still going on, a treatment that is a leave's reason, a psychiatric clinic; what
says nothing of anyone (a company's stance, a clean-up campaign, a 反則金, notices); an
appraisal's grade in a real file. Made-up people, the
real GiNZA detector."""

import pytest

from samples import writers as w
from tests.detectors.test_sensitive_beliefs import in_file, sensitive

MATCHES = [
    ("信条", "大塚 翔太さんは平和主義の立場から防衛産業への出向を断った。", "平和主義の立場"),
    ("信条", "会議で石原 舞さんは脱原発の住民運動に参加していると話した。", "脱原発の住民運動に参加"),
    ("信条", "村井 諒さんは思想上の理由から国旗掲揚の当番には協力しないと申し出た。", "理由から国旗掲揚の当番には協力しな"),
    ("信条", "小松 玲奈さんは地元で公明党の候補を応援している。", "公明党の候補を応援"),
    ("犯罪歴", "賞罰：小野寺 浩之 令和元年に執行猶予付きの有罪判決", "執行猶予付きの有罪判決"),
    ("犯罪歴", "運転者 片岡 隆 違反歴：飲酒運転 罰金50万円", "飲酒運転 罰金50万円"),
    ("犯罪被害", "相談記録：宮下 由佳さん。元同僚によるストーカー行為が続いており、警察に相談した。", "ストーカー行為が続いており"),
    ("病歴", "休職願：菅原 大輔。潰瘍性大腸炎の治療に専念するため休職したい。", "潰瘍性大腸炎の治療に専念"),
    ("病歴", "面談メモ：今井 恵美さん、不眠が続き精神科に通院中。", "精神科に通院中"),
    ("病歴", "所見：西田 剛\n・高脂血症コントロール不良\n・就業制限なし", "高脂血症コントロール不良"),
    ("病歴", "紹介状 患者：西田 剛 様\n#1 気管支喘息 #2 アトピー性皮膚炎", "気管支喘息"),
    ("病歴", "面談：西田 剛さん、てんかん発作あり、運転業務は外す。", "てんかん発作あり"),
    ("病歴", "休職届：西田 剛。十二指腸潰瘍で10日間入院。", "十二指腸潰瘍で10日間入院"),
    ("障害", "面接メモ：西田 剛さん、左目が見えにくいため右側の席を希望。", "左目が見えにくい"),
    ("信条", "議事メモ：西田 剛さんは式典で君が代の起立をしなかった。", "君が代の起立をしなかった"),
    ("犯罪歴", "面接メモ 応募者：西田 剛 学生時代に窃盗事件を起こし停学。", "窃盗事件を起こし"),
    ("犯罪被害", "相談：西田 剛さんはSNSで嫌がらせを受けている。", "嫌がらせを受けている"),
]

NEAR_MISSES = [
    "杉山 健二さんは会社の立場から取引先に説明した。",
    "野口 彩さんは地域の清掃運動に参加した。",
    "運転者 片岡 隆 違反歴：一時不停止 反則金7000円",
]

NO_PERSON = [
    "保健だより：高脂血症コントロール不良のまま放置すると動脈硬化が進みます。",
    "防犯だより：管内で車上荒らしやつきまといの相談が続いています。戸締まりを。",
    "健康コラム：うつ病の治療に専念するための休職制度があります。",
]


@pytest.mark.slow
@pytest.mark.parametrize("category, text, phrase", MATCHES)
def test_stances_records_victims_and_treatments_are_found(detector, category, text, phrase):
    found = sensitive(detector, text)
    assert any(d.category == category and (phrase in d.text or d.text in phrase) for d in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", NEAR_MISSES + NO_PERSON)
def test_near_misses_and_notices_say_nothing(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
def test_an_appraisal_grade_is_no_checkup_result_but_the_comment_is_read(scanner, tmp_path):
    path = tmp_path / "考課.docx"
    w.write_docx(path, ["人事考課 評価者コメント", "被評価者：北村 千里（総務課）", "総合評価：B",
                        "コメント：改憲反対の信念から政治的な話題では譲らない。"])
    found = in_file(scanner, "考課.docx", path.read_bytes())  # the belief, with what it keeps him from (sensitive17)
    assert [kind for kind, _ in found] == ["信条"] and found[0][1].startswith("改憲反対の信念から"), found
