"""What corpus 5's writers say of a person that is 要配慮個人情報, by category and by who
writes it (a school nurse, a teacher, a lawyer, a counsellor, a clerk, a pharmacist),
in the corpus's own words; the same kinds of word said of no one, and names that are
no one's (typhoons, racehorses, ships, halls, shops, products): look-alikes.
Each phrase is the information itself, as the truth labels it."""

from __future__ import annotations

# category -> writer -> phrases
SAID = {
    "病歴": {
        "nurse": ["気管支喘息で吸入薬を朝晩使っている", "てんかんの既往があり発作時の手順書を預かっている",
                  "1型糖尿病のため昼前に血糖測定とインスリン注射", "食物アレルギー（落花生）でエピペンを携帯"],
        "pharmacist": ["高血圧症でアムロジピン5mgを継続服用中", "逆流性食道炎の薬を飲み始めて三週間",
                       "関節リウマチでメトトレキサートを週1回服用", "心房細動のためワルファリンを服用中、納豆は控えるよう説明"],
        "clerk": ["腰の椎間板の手術で二か月入院していた", "乳がんの術後で月1回の通院が続いている"],
        "counsellor": ["不眠が続き心療内科で睡眠導入剤を処方されている", "パニック障害で電車通勤が難しいと話す"],
    },
    "障害": {
        "teacher": ["ADHDの診断を受けており、座席は前列の窓側にしている", "聴覚に障害があり補聴器を使用、板書を多めにする",
                    "自閉スペクトラム症で予定の変更に強い不安を示す"],
        "counsellor": ["精神の障害者手帳（2級）を持っている", "療育手帳（B2）の交付を受けている"],
        "clerk": ["身体障害者手帳4級（下肢）、階段の少ない現場を希望", "車いすを使用しているため一階の席を用意"],
    },
    "健康診断結果": {
        "nurse": ["尿検査で蛋白（＋）、再検査の通知を渡した", "視力が右0.3左0.2で受診を勧めた", "心電図で不完全右脚ブロックを指摘"],
        "clerk": ["健診でLDLコレステロール182、要精密検査", "胸部X線で要経過観察の判定", "血圧158/96で保健指導の対象"],
    },
    "宗教": {
        "counsellor": ["エホバの証人の信者で輸血は受けないと明言", "創価学会の会員で座談会の日は残業できない"],
        "clerk": ["天理教の信者のため教会の月次祭の日は休みを希望", "ムスリムのため豚肉とアルコールは不可、礼拝の時間を確保"],
        "teacher": ["家庭がカトリックで日曜のミサを優先している"],
    },
    "信条": {
        "counsellor": ["原発再稼働に反対する市民団体で街頭活動をしている", "死刑廃止を訴える会の会員として署名を集めている"],
        "lawyer": ["憲法九条を守る会の世話人を務めている", "選挙で共産党の候補を応援してビラ配りをした"],
        "clerk": ["菜食主義の信念から社食の肉料理は一切食べない"],
    },
    "人種・民族": {
        "teacher": ["父がガーナ出身で日本語と英語の二言語で育っている", "アイヌの家系であることを本人が話してくれた"],
        "clerk": ["祖父母の代から日本に住むコリアン系で通名を使っている", "琉球の出自を語り、沖縄の言葉を大事にしている"],
        "counsellor": ["母親がフィリピン系であることを職場で揶揄された", "クルド人であることを理由に入店を断られた",
                       "中国にルーツがあり、本名を名乗るか迷っている"],
        "lawyer": ["ロヒンギャ難民として認定を申請中"],
    },
    "労働組合": {
        "clerk": ["ユニオン中部の分会で執行委員をしている", "合同労組に加入し団体交渉を申し入れた"],
        "lawyer": ["労働組合の書記次長として残業代請求の交渉に出ていた"],
        "counsellor": ["組合活動を理由に配置換えされたと訴えている", "ユニオンの組合員であることを上司に知られ退職を迫られた"],
        "union": ["当ユニオンに本日加入（分会準備中）", "分会長として団体交渉の窓口を担う", "組合員・職場委員（2024年から）",
                  "加入申込書受領、組合費は給与天引きを希望せず"],
    },
    "犯罪歴": {
        "lawyer": ["2019年に傷害罪で罰金三十万円の略式命令を受けた", "窃盗で懲役1年執行猶予3年の判決が確定している",
                   "少年時代に家庭裁判所で保護観察処分を受けた"],
        "clerk": ["前職を飲酒運転による逮捕で解雇された", "詐欺の容疑で書類送検されたと本人から申告",
                  "服役を終えて保護観察中、保護司の面談が月2回ある", "万引きで二度補導されたことがある"],
    },
    "犯罪被害": {
        "lawyer": ["元交際相手から暴行を受け被害届を出している", "特殊詐欺で預金四百万円をだまし取られた"],
        "teacher": ["下校途中に不審な男につきまとわれ警察に相談した", "SNSで知り合った相手から脅迫を受けていた"],
        "counsellor": ["空き巣に入られてから夜眠れないと訴える", "ストーカー被害で住所の非開示を申し出ている"],
    },
    "本籍": {},  # a place: written from ground.py where a form asks for it
}

# (text, kind): the same kinds of word where no one is meant
OF_NO_ONE = [
    ("インフルエンザの流行期は手洗いとうがいを徹底しましょう", "health_notice"),
    ("熱中症が疑われる場合は涼しい場所で休ませること", "health_notice"),
    ("当院では輸血を伴う手術について事前に説明を行います", "clinic_notice"),
    ("お彼岸の合同法要は本堂にて執り行います", "temple_notice"),
    ("クリスマス礼拝にはどなたでもご参加いただけます", "church_notice"),
    ("春闘の要求書を会社側に提出しました（組合ニュース）", "union_notice"),
    ("管内で空き巣の被害が続いています。戸締まりにご注意を", "crime_notice"),
    ("振り込め詐欺の手口と防犯対策について", "crime_notice"),
    ("障害者差別解消法に基づく合理的配慮の研修", "training_notice"),
    ("定期健康診断の結果は各自で保管してください", "checkup_notice"),
]

# (text, kind): names that are not people's
NOT_PEOPLE = [
    ("台風14号（ヨンドン）", "typhoon"), ("台風9号（ハヤトラ）", "typhoon"), ("ツムギノヒカリ", "racehorse"),
    ("カゲトラオーカン", "racehorse"), ("第十八千鶴丸", "ship"), ("フェリーさよこ", "ship"),
    ("汐見ホール", "facility"), ("鵜飼記念体育館", "facility"), ("ミオ・ベーカリー", "shop_name"),
    ("理容タテノ", "shop_name"), ("湯たんぽ『はなよめ』", "product_name"), ("ロボット掃除機 ソウタ", "product_name"),
]


def phrases(category: str, writer: str | None = None) -> list[str]:
    """Every phrase of a category, or those a writer uses (falling back to all)."""
    by_writer = SAID[category]
    if writer and writer in by_writer:
        return by_writer[writer]
    return [p for ps in by_writer.values() for p in ps]


def not_a_person(kind: str) -> list[str]:
    """The names of one kind that are no one's."""
    return [text for text, k in NOT_PEOPLE if k == kind]
