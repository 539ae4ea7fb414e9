"""要配慮 information: the phrase that says something of a person, with its category.

Tables of real matches and near-misses per category (made-up people), texts with
no person, and the mask. Header and label context through real files:
tests/detectors/test_sensitive_files.py.
"""

import pytest

MATCHES = [
    # 病歴: a disease or treatment with what happened to the person
    ("病歴", "佐々木 健一さんは昨年から気管支喘息で通院している。", "気管支喘息で通院している"),
    ("病歴", "森 由美さんは卵巣嚢腫の手術を受けたため来週まで休む。", "卵巣嚢腫の手術を受けた"),
    ("病歴", "報告者: 村上 誠\n本人は1型糖尿病でインスリン注射を続けている。", "1型糖尿病"),
    ("病歴", "青木 拓也さんは階段で転倒し左足首を骨折した。", "骨折した"),
    ("病歴", "藤井 恵さんは胆のう炎で入院中のため欠席。", "胆のう炎で入院中"),
    ("病歴", "石井 隆さんは心療内科で睡眠導入剤を処方されている。", "睡眠導入剤を処方されている"),
    ("病歴", "三浦 彩さんは双極性障害と診断され、現在療養中。", "双極性障害と診断され"),
    ("病歴", "近藤 直樹さんはサルコイドーシスの治療中です。", "サルコイドーシスの治療中"),
    ("病歴", "坂本 明美さんは好酸球性副鼻腔炎を患っている。", "好酸球性副鼻腔炎を患っている"),  # not in the lexicon
    ("病歴", "遠藤 和也さんは週3回の人工透析を受けている。", "人工透析を受けている"),
    ("病歴", "西村 智子さんは持病の喘息が悪化した。", "喘息が悪化"),
    ("病歴", "原田 翼さんは腰痛で整形外科を受診した。", "腰痛で整形外科を受診した"),  # through the clinic
    # 健康診断結果: an item with its value and judgement, or a judgement
    ("健康診断結果", "福田 浩二さん: γ-GTP 142 U/L（要再検査）", "γ-GTP 142 U/L（要再検査）"),
    ("健康診断結果", "太田 花子さん　HbA1c 7.4% で要精密検査", "HbA1c 7.4% で要精密検査"),
    ("健康診断結果", "長谷川 蓮さんの総合判定 D2", "判定 D2"),
    ("健康診断結果", "小川 裕子さんは空腹時血糖 138mg/dL", "空腹時血糖 138mg/dL"),
    ("健康診断結果", "岡田 翔太さんは特定保健指導の対象となった。", "特定保健指導"),
    # 障害: a disability, a certificate and its grade, an aid in use
    ("障害", "前田 葵さんは身体障害者手帳4級を所持している。", "身体障害者手帳4級を所持している"),
    ("障害", "村田 悠真さんは療育手帳B1の交付を受けている。", "療育手帳B1"),
    ("障害", "池田 陽菜さんは弱視のため拡大鏡を使う。", "弱視"),
    ("障害", "橋本 大輔さんは人工内耳を使用している。", "人工内耳を使用している"),
    ("障害", "吉田 美咲さんは右手に麻痺が残っている。", "手に麻痺が残っている"),
    ("障害", "大西 悟さんは障害者雇用枠で採用された。", "障害者雇用枠"),
    ("病歴", "丸山 健さんは明日通院のため午後休を取る。", "通院のため"),
    # 宗教
    ("宗教", "井上 誠さんは真言宗の檀家で、法事のため休暇を取る。", "真言宗の檀家"),
    ("宗教", "林 真由美さんは地元の光明寺の門徒総代を務める。", "光明寺の門徒"),
    ("宗教", "清水 隆さんはムスリムなので豚肉を食べない。", "ムスリム"),
    ("宗教", "山口 ひかりさんは高校生のときにカトリックの洗礼を受けた。", "カトリックの洗礼を受けた"),
    ("宗教", "加藤 結衣さんは宗教上の理由で輸血を拒否している。", "輸血を拒否"),
    # 人種・民族 and 社会的身分
    ("人種・民族", "中村 さくらさんはアイヌ民族の出身です。", "アイヌ民族の出身"),
    ("人種・民族", "金 英樹さんは在日韓国人三世である。", "在日韓国人三世"),
    ("社会的身分", "小林 拓也さんは同和地区の出身であることを打ち明けた。", "同和地区の出身"),
    # 信条
    ("信条", "高橋 直樹さんは日本共産党の党員である。", "日本共産党の党員"),
    ("信条", "伊藤 明美さんは国民民主党を支持している。", "国民民主党を支持している"),
    ("信条", "渡辺 和也さんは未来創造党の党員として活動している。", "未来創造党の党員"),  # an unknown party
    # 労働組合
    ("労働組合", "山本 健一さんはサンプル化学労働組合の書記長に就任した。", "サンプル化学労働組合の書記長に就任した"),
    ("労働組合", "鈴木 恵さんは東部地域ユニオンに加入している。", "東部地域ユニオンに加入している"),
    ("労働組合", "組合員 田中 隆（製造二課）", "組合員"),
    ("労働組合", "工藤 美月さんは組合の執行委員を務めている。", "組合の執行委員を務めている"),
    # 犯罪歴 and 犯罪被害
    ("犯罪歴", "佐藤 誠さんは過去に傷害罪で懲役1年執行猶予3年の判決を受けた。", "傷害罪で懲役1年執行猶予3年の判決を受けた"),
    ("犯罪歴", "上野 翔太さんは酒気帯び運転で罰金刑を受けている。", "酒気帯び運転で罰金刑を受けている"),
    ("犯罪歴", "長野 蓮さんは前科一犯がある。", "前科一犯がある"),
    ("犯罪歴", "杉山 陸さんは中学生のとき万引きで補導されたことがある。", "万引きで補導された"),
    ("犯罪被害", "宮崎 裕子さんは自宅が空き巣の被害に遭った。", "空き巣の被害に遭った"),
    ("犯罪被害", "大野 和也さんは通勤途中に財布を盗まれた。", "盗まれた"),
    ("犯罪被害", "新井 花子さんは交際相手からのDV被害を受けている。", "DV被害を受けている"),
    ("犯罪被害", "木村 結衣さんは警察に被害届を提出した。", "被害届を提出した"),
    ("犯罪被害", "野口 真央さんは元交際相手からストーカー行為を受けていた。", "ストーカー行為を受けていた"),
    # 本籍 and fields labelled in text
    ("本籍", "石川 健一さんの本籍は岩手県盛岡市である。", "岩手県盛岡市"),
    ("本籍", "氏名：阿部 彩\n本籍：宮城県石巻市中央二丁目\n", "宮城県石巻市中央二丁目"),
    ("病歴", "氏名：森 浩二\n既往歴：虫垂炎（2015年手術）\n", "虫垂炎（2015年手術）"),
    ("宗教", "氏名：藤田 恵\n宗教：天理教\n", "天理教"),
]

NEAR_MISSES = [
    "山田 太郎さんはシステム障害の対応で出社した。",
    "佐藤 花子さんから通信障害と電波障害の報告があった。",
    "鈴木 一郎さんは先週、定期健康診断を受けた。",
    "氏名：田中 誠\n既往歴：なし\n本籍：-\n宗教：特になし\n",
    "高橋 恵さんは総合病院の病棟に勤務している。",
    "組合員の皆様へ　執行委員長 挨拶（担当：伊藤 隆）",
    "加藤 拓也さんは健康保険組合員証を紛失した。",
    "渡辺 直樹さんは北朝鮮のミサイル発射のニュースを見た。",
    "山本 裕子さんはスリッパを持参する。",
    "小林 翔太さん: LDL 管理表を作成",
    "中村 彩さんは民族衣装の展示を担当する。",
    "吉田 健一さんは台風の被害に遭った店舗を訪問した。",
    "松本 由美さんは被害届の提出方法を問い合わせた。",
    "井上 誠さん作成：糖尿病と診断された方は医師の指示に従いましょう。",
    "木村 陽菜さんは家族の看病のため休暇を取った。",
    "林 大輔さんは判定会議に出席した。",
    "菅原 陸さんは非組合員です。",
    "大塚 翔さんは障害者雇用の担当者です。",  # works on the programme, is not disabled
    "千葉 葵さんは車椅子の貸出手続きを担当する。",
    "横山 蓮さんはアイヌ文化の研究者です。",
    "星野 彩さんはインフルエンザの予防接種を受けた。",
    "今井 彩さんは営業で受診者の対応をした。",
]

NO_PERSON = [
    "健康だより：高血圧症の方は減塩を。要精密検査と判定されたら早めに受診しましょう。",
    "サンプル労働組合 定期大会のお知らせ。組合員の皆様はご出席ください。",
    "西光寺（浄土真宗本願寺派）　京都府京都市下京区",
    "浄土真宗は親鸞を宗祖とする仏教の宗派です。",
    "振り込め詐欺の被害に遭わないよう注意しましょう。",
]


def sensitive(detector, text):
    return [d for d in detector.detect(text) if d.entity_type == "SENSITIVE"]


@pytest.mark.slow
@pytest.mark.parametrize("category, text, phrase", MATCHES)
def test_the_information_is_found_with_its_category(detector, category, text, phrase):
    found = sensitive(detector, text)
    assert any(d.category == category and (phrase in d.text or d.text in phrase) for d in found), found
    assert all(d.category for d in found)


@pytest.mark.slow
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_say_nothing_about_the_person(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_PERSON)
def test_articles_notices_and_lists_about_no_one(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
def test_the_mask_keeps_the_category_and_hides_every_character(detector):
    (found,) = sensitive(detector, "前田 葵さんはクローン病で通院中。")
    assert found.masked == "病歴: ****"
    assert not any(ch in found.masked.partition(": ")[2] for ch in "クローン病通院中")
    assert found.value == "病歴:クローン病で通院中"  # category-aware identity
    assert "クローン" not in repr(found)


@pytest.mark.slow
def test_identity_is_stable_and_category_aware(detector):
    first = sensitive(detector, "氏名：森 浩二\n既往歴：てんかん\n")
    again = sensitive(detector, "メモ\n\n氏名：森  浩二\n既往歴： てんかん\n")
    assert [d.value for d in first] == [d.value for d in again] == ["病歴:てんかん"]


@pytest.mark.slow
def test_a_subject_of_a_note_ties_what_follows_far_below(detector):
    filler = "業務の引き継ぎについて確認した。" * 12
    text = f"相談者：岡田 悠真\n{filler}\n腰椎椎間板ヘルニアの手術を受けたとの申告があった。"
    assert [d.category for d in sensitive(detector, text)] == ["病歴"]
    assert sensitive(detector, f"お知らせ\n{filler}\n腰椎椎間板ヘルニアの手術を受けたとの申告があった。") == []


def test_mask_for_sensitive_without_detector():
    from detectors.mask import mask

    assert mask("SENSITIVE", "統合失調症", "病歴") == "病歴: ****"
    assert mask("SENSITIVE", "統合失調症") == "****"


def test_lexicons_are_data_files_read_once_into_the_recognizer():
    from detectors.jp.sensitive.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert len(lexicon.diseases) > 300 and len(lexicon.treatments) > 80
    assert {"本籍", "既往歴", "宗教", "支持政党", "組合役職"} <= set(lexicon.labels)
    assert "なし" in lexicon.none_values and "#" not in "".join(lexicon.diseases)
