"""Words around people's names: honorifics and titles that address a person, roles
written after a name in prose, the words that make a katakana chain a thing.
"""

HONORIFICS = frozenset({"様", "さん", "殿", "氏", "君", "くん", "ちゃん", "先生"})
# Job titles after a surname (田中部長) address a person as an honorific does; after a
# word the dictionary reads as a place (岡田課長, 長野さん) they make it a surname.
TITLES = frozenset({"部長", "課長", "係長", "主任", "主査", "社長", "副社長", "専務", "常務", "室長", "所長", "店長", "次長",
                    "会長", "理事長", "教授", "准教授", "講師", "医師", "看護師", "弁護士", "税理士", "委員長",
                    "マネージャー", "リーダー"})
PHRASE_END_MARKS = frozenset({"、", "。", "，", "．", "・", "（", "(", "）", ")", "」", "』", "ら", "たち", "達", "自身", "等",
                              "宛", "宛て"})
# Roles written after a name in prose (監督の山田 is caught by the particle; 山田監督 by these).
PROSE_TITLES = frozenset({
    "監督", "選手", "投手", "捕手", "内野手", "外野手", "大統領", "首相", "総理", "知事", "市長", "町長", "村長", "議員",
    "議長", "大臣", "長官", "博士", "容疑者", "被告", "被告人", "記者", "艦長", "船長", "機長", "中将", "少将", "大将",
    "大佐", "中佐", "少佐", "大尉", "中尉", "少尉", "元帥", "将軍", "王", "女王", "皇帝", "大公", "公爵", "侯爵", "伯爵",
    "子爵", "男爵", "夫妻", "夫人", "親方", "師匠", "画伯", "名誉教授", "代表", "代表取締役", "取締役", "理事", "顧問",
    "氏", "容疑", "被告", "選手兼監督", "コーチ", "キャプテン", "主将", "上皇", "天皇", "法皇", "太子", "親王", "総督",
    "皇太子", "大使", "党首", "総裁", "一族", "一門", "両氏", "両人", "原作", "作画", "脚本", "作詞", "作曲", "編曲",
    "監修", "主演", "次官", "補佐官", "書記長", "総書記", "主席", "外相", "蔵相", "法相", "国王", "教皇", "枢機卿",
    "司教", "司祭", "神父", "牧師", "官", "指揮", "提督", "帝", "公", "卿", "侯", "妃", "姫", "王子", "王女", "殿下",
    "陛下", "上人", "和尚", "禅師", "法師", "大師", "本人"})
# Parts of a chain that name an organisation, a place or a thing, not a person.
CHAIN_THING_WORDS = frozenset({
    "グループ", "コーポレーション", "カンパニー", "ホールディング", "ホールディングス", "インターナショナル", "クラブ",
    "ユナイテッド", "シティ", "スタジアム", "アリーナ", "ホテル", "センター", "スクール", "カレッジ", "アカデミー",
    "ユニバーシティ", "コミック", "コミックス", "フィルム", "フィルムズ", "ピクチャーズ", "レコード", "レコーズ",
    "ミュージック", "エンターテインメント", "エンタテインメント", "プロダクション", "モータース", "モーターズ",
    "モータースポーツ", "オートモービル", "サーキット", "ストリート", "アベニュー", "ハーバー", "パーク", "タワー",
    "ステーション", "エアポート", "ブリッジ", "ダム", "フェスティバル", "カップ", "チャーチ", "ジャパン",
    "システムズ", "テクノロジーズ", "ラボ", "ラボラトリーズ", "ジャーナル", "タイムズ", "ポスト", "ニュース",
    "ラジオ", "テレビ", "ネットワーク", "ツアー", "リーグ", "シリーズ", "ショー", "ギター", "ハウス", "ホール",
    "ガーデン", "ミュージアム", "ギャラリー", "シアター", "スクエア", "スクウェア", "プラザ", "マーケット",
    "フィールド", "カウンティ", "アンド", "エンド", "オブ", "ザ",
    # a band or an ensemble named after its leader (…・バンド, …・カルテット)
    "バンド", "オーケストラ", "アンサンブル", "カルテット", "クインテット", "クワルテット"})

# Words after a katakana name that make the whole a thing named after someone
# (ジョン・ゴールト線, マルクス=レーニン主義, …・ベニテス国際空港).
CHAIN_THING_SUFFIXES = frozenset({
    "線", "社", "賞", "記念", "大学", "学院", "学校", "財団", "基金", "研究所", "病院", "劇場", "空港", "国際", "駅", "港",
    "通り", "橋", "川", "山", "湖", "州", "市", "町", "村", "区", "郡", "城", "館", "主義", "広域", "都市", "公園", "号",
    "級", "法", "効果", "定理", "式", "症", "病", "像", "杯", "方式", "理論", "方程式", "ホテル", "ビル", "タワー",
    "ホール", "センター", "スタジアム", "ショー", "ゼミ", "ゼミナール", "高校", "中学", "小学校", "島", "海", "峡", "岬",
    "湾", "砂漠", "平原", "高原", "半島", "諸島", "運河", "通", "街", "広場", "宮殿", "邸", "賞金", "財閥",
    "家", "朝", "王朝", "政権", "内閣", "体制"})

# Surnames in capitals, as passports and residence cards write them (SURNAME GIVEN).
VIETNAMESE_SURNAMES = frozenset({
    "NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "HUYNH", "PHAN", "VU", "VO", "DANG", "BUI", "DO", "HO", "NGO", "DUONG",
    "LY", "TRUONG", "DINH", "DOAN", "LAM", "MAI", "TRINH", "LUONG", "CAO", "CHU", "TA", "HA", "TON", "LUU", "VUONG"})
CHINESE_SURNAMES = frozenset({
    "WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN", "MA", "ZHU", "HU", "GUO",
    "HE", "GAO", "LIN", "LUO", "ZHENG", "LIANG", "XIE", "SONG", "TANG", "HAN", "FENG", "DENG", "CAO", "PENG", "ZENG",
    "XIAO", "TIAN", "DONG", "YUAN", "PAN", "CAI", "JIANG", "YU", "DU", "YE", "CHENG", "SU", "WEI", "LU", "DING", "REN",
    "SHEN", "YAO", "JIN", "CUI", "ZOU", "QIN", "FAN", "FU", "WAN", "CHANG", "WONG", "CHAN", "CHEUNG", "LEUNG", "LAU",
    "NG", "CHOW", "TSANG", "LAI", "KWOK", "CHUNG", "HO", "YIP", "LAM", "TANG"})
KOREAN_SURNAMES = frozenset({
    "KIM", "LEE", "PARK", "CHOI", "JUNG", "JEONG", "KANG", "CHO", "JO", "YOON", "YUN", "JANG", "LIM", "IM", "HAN",
    "OH", "SEO", "SHIN", "KWON", "HWANG", "AHN", "AN", "SONG", "YOO", "RYU", "HONG", "JEON", "KO", "GO", "MOON", "YANG",
    "SON", "BAE", "BAEK", "HEO", "NAM", "SIM", "NOH", "HA", "KWAK", "SUNG", "CHA", "JOO", "WOO", "KOO", "MIN", "NA",
    "JIN", "CHAE", "WON", "CHUN", "BANG", "GONG", "HYUN", "YEO", "CHOO", "MYUNG"})
# The same in katakana, as forms and rosters write foreign residents (グエン ヴァン アン);
# only those that are no common katakana word (not マイ, ワン, アン, リン).
FOREIGN_SURNAMES_KANA = frozenset({
    "グエン", "チャン", "ファム", "ホアン", "フイン", "ヴー", "ヴォー", "ブイ", "ズオン", "チュオン", "ディン", "ドアン",
    "ルオン", "キム", "パク", "チェ", "チョン", "クォン", "リュウ", "チェン", "ジャオ", "ジョウ", "グオ", "リャン"})
# Roles and posts of a club, a team, an office or a ward, written before a person's surname
# (団長若林から, コンマス 劉の: person_lone; 担当の久保寺が: person_roles.trimmed).
ROLES_BEFORE = frozenset({
    "団長", "副団長", "会長", "副会長", "部長", "副部長", "課長", "係長", "班長", "副班長", "組長", "隊長", "座長",
    "委員長", "議長", "理事長", "幹事", "幹事長", "会計", "書記", "監督", "コーチ", "主将", "副将", "キャプテン",
    "マネージャー", "コンマス", "コンサートマスター", "指揮者", "首席", "顧問", "講師", "世話人", "担当", "担当者",
    "主担当", "副担当", "担任", "副担任", "師長", "主任", "店長", "所長", "院長", "園長", "校長", "教頭", "上司",
    "先輩", "後輩", "同僚", "部下", "新人", "当番", "パートリーダー", "リーダー", "事務局",
    # the head of a site, a house or a desk who signs a record (工場長 御子柴, 寮長 千葉; people20)
    "工場長", "施設長", "寮長", "舎監", "館長", "室長", "局長", "事務長", "支店長", "支配人", "社長", "副社長", "学長",
    "塾長", "教室長", "センター長", "管理者", "責任者", "管理責任者", "代表", "代表者", "専務", "常務", "事業所長",
    # the staff member who leads, guides or advises a guest (インストラクターの御手洗が, ガイドの乙部が) (people22)
    "インストラクター", "ガイド", "トレーナー", "スタッフ", "コンシェルジュ", "カウンセラー", "アドバイザー",
    "コーディネーター", "相談員", "支援員", "指導員", "添乗員", "通訳"})
# Vietnamese surnames in katakana, as short as one syllable (Hồ, Bùi, Lê, Vũ, Ngô, Đỗ,
# Đặng), for a surname alone (person_lone) or a name in parts (ホー・クオック・バオ);
# not ファン, マイ, ハー, ラム, カオ (fan, my, rum: common katakana words).
SHORT_VIETNAMESE_KANA = frozenset({"ホー", "ブイ", "レ", "レー", "ヴー", "ブー", "ヴォー", "ゴー", "ドー", "ダン",
                                    "ダオ", "ズオン", "グエン", "チャン", "ファム", "ホアン", "フイン", "ディン", "ドアン",
                                    "チュオン", "ルオン", "チン"})
# The most common surnames of China (and Taiwan, Hong Kong) and Korea, one character
# each, as written in Japanese text (王, 張, 劉, 陳; 金, 李, 朴, 崔, 鄭).
CJK_SURNAMES = (
    "王李張劉陳楊黄黃趙周呉吳徐孫馬朱胡郭林高羅梁宋鄭謝韓唐馮許鄧曹彭曾蕭肖董袁潘蔣蒋蔡余杜葉叶程蘇苏魏呂吕"
    "丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈夏韋韦方白鄒邹孟熊秦邱江尹薛閻段雷侯龍龙史陶黎賀顧毛郝龔邵萬錢钱"
    "嚴严覃武戴莫孔向湯汤朴柳權权申洪文裵裴兪俞卓魯鲁車玄具禹閔辛邢溫温")
# Single characters after a surname that make it a place, a house, a shop, a group
# or a thing of the person's (山田町, 伊藤家, 清水港, 佐藤宛, 鈴木案), not a given name.
NOT_GIVEN_NAMES = frozenset(
    "家氏様殿君町区市県都府道村郡邸屋店社組会流派式側系線川山島橋通港寺城駅園館院宮堂神所局課部室係班隊軍党"
    "団座商工業科学校塾丸号賞杯池沢谷浦岬湾峠坂台原野田口前内外東西南北上下中新旧本支分庁署病宛案用版著編訳"
    "展宅亭荘寮族等製産長国州郷藩門坊舟")
# A role, a relation or a job, then の, before a name in prose (部長の佐伯は, 作者の伏見は).
# the last character of a department, a group, a house or a place (営業部, 山田家, 北町): where a run
# of kanji ends so, it names no person's surname nor a Chinese or Korean given name's start
GROUP_AND_PLACE_ENDS = frozenset("部課係室局所店社家会組班隊署町市区県村郡府都宛様")
ROLE_NOUNS = frozenset({
    "部長", "課長", "係長", "主任", "社長", "店長", "担当", "担当者", "上司", "部下", "同僚", "先輩", "後輩", "新人", "秘書",
    "社員", "職員", "委員", "議員", "代表", "会長", "所長", "室長", "院長", "校長", "園長", "医師", "看護師", "弁護士",
    "教授", "講師", "先生", "作者", "著者", "原作者", "筆者", "監督", "選手", "投手", "捕手", "記者", "作家", "俳優",
    "女優", "歌手", "ライター", "父", "母", "兄", "姉", "弟", "妹", "妻", "夫", "息子", "娘", "長男", "長女", "次男",
    "次女", "祖父", "祖母", "孫", "友人", "知人", "主人公", "相手", "本人", "恋人", "婚約者", "患者", "利用者", "顧客"})
# After a lone surname that is also a place (川口, 豊田, 戸田), what makes it the place:
# a facility of it (川口の倉庫) or a going, a being or an event there (豊田に納品).
PLACE_FACILITIES = frozenset({
    "倉庫", "工場", "支店", "支社", "本社", "店", "店舗", "営業所", "事業所", "拠点", "事務所", "駅", "空港", "港", "市場",
    "物件", "土地", "住宅", "現場", "会場", "校舎", "キャンパス", "センター", "施設", "周辺", "近く", "付近", "地区", "地域",
    "市内", "町内", "方面", "出身", "在住", "郊外", "市街", "城下"})
PLACE_ACTIONS = frozenset({
    "納品", "転居", "出張", "移転", "転勤", "到着", "集合", "向か", "行っ", "行く", "行き", "住ん", "住む", "引っ越",
    "開催", "設置", "移動", "着い", "出発", "立ち寄", "滞在", "宿泊", "赴任", "進出", "出店", "配送", "発送", "通勤",
    "通学", "入港", "上陸", "突入", "侵攻", "生まれ", "移住", "在住"})

# The end of a word that names where a staff member works or what they are (窓口係, キャリアセンター,
# 社会福祉士, 移住コンシェルジュ): a record writes its own staff as such a word and the surname (people22)
DESK_END = (r"(?:課|係|室|部|局|班|所|署|庁|センター|窓口|大学|学校|学院|協会|組合|法人|事務局|本部|支所|支店"
            r"|員|士|師|官|医|長|主任|主事|主査|担当|コンシェルジュ|カウンセラー|アドバイザー|コーディネーター|スタッフ"
            r"|ガイド|インストラクター|マネージャー|リーダー|ヘルパー|ワーカー|ナース|トレーナー)")
