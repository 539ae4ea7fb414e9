"""信条, 宗教 and 犯罪被害 read by where and in which shape they stand (beliefs24): a conviction
named as the reason of one's own rule, however the rule ends (〜の信念から肉類NG); a member of
a known religion by its body's member word (〜の壮年部員); someone present told as a fact after
〜の方が (〜の方がいらっしゃると伺いました); a harm done by an animal or the weather is no
crime (クマに襲われ); a vote for a party's candidate and an opinion on a public issue told; a header's cell whose column is empty in the first row is a label.
Made-up people and wordings."""

import pytest

from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401


@pytest.mark.parametrize("text, inside, category", [
    ("ボランティア登録票\n氏名 田村 陽子\n配慮事項: 動物愛護の信念から肉類NG", "信念から肉類NG", "信条"),
    ('{"name": "松下 和彦", "note": "菜食主義の信条により乳製品・卵は不使用"}', "信条により乳製品・卵は不使用", "信条"),
    ("投稿者 谷口 美咲\nアニマルライツの思想に基づき、革のバッグは持たないようにしています。", "思想に基づき、革のバッグは持たない", "信条"),
    ("面談記録 岡 俊介さん：非暴力の信条から射撃実習は辞退したいとのこと。", "信条から射撃実習は辞退", "信条"),
    ("披露宴メモ 新郎 石原 拓海\n新郎父は創価学会の壮年部員のため、友人代表の挨拶を依頼。", "創価学会の壮年部員", "宗教"),
    ("受付 三宅 由香 様\nご同行の方に真如苑の会員の方がいらっしゃるとのこと、承知しました。", "真如苑の会員", "宗教"),
    ("送迎予約 坂口 直人 様\nご一行に反原発デモに毎週参加の方がお一人おられると伺いました。", "反原発デモに毎週参加", "信条"),
    ("相談票 相談者 浜田 晴美\n帰宅途中に見知らぬ男に襲われ、鞄を奪われた。", "襲われ", "犯罪被害"),
    # a seat in a cause's group by the shape of its word, not a list (世話役, 会計, 広報担当)
    ("名簿\n氏名\t所属\n大野 恵\t産廃処分場の撤去を願う住民の会の世話役\n", "撤去を願う住民の会の世話役", "信条"),
    ("面談メモ 吉川 亮さん：空港拡張に反対する市民団体で会計係。", "反対する市民団体で会計係", "信条"),
    ("会員メモ 内田 奈緒：夜間飛行禁止を求める会で渉外担当", "禁止を求める会で渉外担当", "信条"),
    ("聞き取り 北野 守さんは、高レベル廃棄物を考える会に以前から関わっている。", "考える会に以前から関わっている", "信条"),
    # a party's branch by its ending (〜局, 〜部) and a party's volunteer
    ("登録票 氏名: 野田 翼\n活動: 立憲民主党の県連女性局に所属\n", "党の県連女性局に所属", "信条"),
    ("氏名: 森 朋美\n備考: 社会民主党のボランティア\n", "社会民主党のボランティア", "信条"),
    # a conviction's reason with 上 and a comma, its rule a noun
    ("受付 氏名: 丸山 萌\n食事: アニマルウェルフェアの思想上、ゼラチン不可\n", "思想上、ゼラチン不可", "信条"),
    # a rally spoken at, the noun ending the cell
    ("参加者\t活動\n松尾 健\t米軍機の低空飛行に抗議する集会で登壇\n", "集会で登壇", "信条"),
    # a vote for a party's candidate, an opinion on a public issue told to the desk
    ("聞き取り 佐野 隆\n昨年の県議選では民政党の公認候補に一票を投じたという。", "党の公認候補に一票を投じ", "信条"),
    ("電話受付 相手 桑原 和美\n空港の民営化には断固反対だとの電話があった。", "民営化には断固反対だとの電話", "信条"),
    ("面談 杉浦 大地さんは、国政選挙ではいつも緑風党に入れているそうだ。", "緑風党に入れている", "信条"),
    ("職歴メモ 宮下 咲：みらい改新党の参院議員の私設秘書（2019〜）", "党の参院議員の私設秘書", "信条"),
    ("聞き取り 岩田 純さんは、町議を長年応援している。", "町議を長年応援している", "信条"),
])
def test_told_of_a_person(recognizer, text, inside, category):
    found = told(recognizer, text)
    assert any(inside in value and cat == category for value, cat in found), found


@pytest.mark.parametrize("text, category", [
    ("採用方針\n応募者個人の信条により不利益な取扱いをしない。", "信条"),
    ("会社案内\n当社の信念から保存料は一切使わない。", "信条"),
    ("日蓮宗の職員として寺務所に勤務。", "宗教"),
    ("ツアーのご案内\nご参加の方にイスラム教徒の方がいらっしゃる場合は、事前にお知らせください。", "宗教"),
    ("事故報告 班員 木村 俊\n山林の見回り中にツキノワグマに襲われ、左腕を負傷した。", "犯罪被害"),
    ("作業日誌 担当 原田 和夫\n剪定中にスズメバチに刺されたため、午後は休んだ。", "犯罪被害"),
    ("講演会のお知らせ\n高レベル廃棄物を考える会の会場は市民ホールです。", "信条"),
    ("地域ニュース\n住民の大半は駅前の再開発には賛成だと話している。", "信条"),
    ("店長会議\n北口への新店舗の出店には反対だと店長が話した。", "信条"),
    ("選挙のお知らせ\n投票日には候補者の公約をよく読み、投票所へお越しください。", "信条"),
    ("市政だより\n町は立候補者を支援した団体に説明を求めた。", "信条"),
    ("討論会の記録\n各党に入れた質問状の回答を掲載します。", "信条"),
    ("職歴メモ 宮下 咲：県議会議員の秘書（2019〜）", "信条"),
    ("No\t氏名\t生年月日\t食事・礼拝の配慮\t備考\nNo: 1\t氏名: 小川 翔\t生年月日: 1990/01/02\t備考: 特になし\n"
     "No: 2\t氏名: 村井 沙織\t生年月日: 1991/01/02\t食事・礼拝の配慮: ハラール食\t備考: \n", "宗教_header"),
])
def test_no_ones(recognizer, text, category):
    found = told(recognizer, text)
    if category == "宗教_header":
        assert not any(value.endswith("配慮") for value, _ in found), found
        return
    assert not any(cat == category for _, cat in found), found
