"""Made-up people of corpus 12: its own surnames and given names (kanji, kana,
romaji), and names from China, Korea, Vietnam, the Philippines, Nepal and Brazil as
an office writes them. Written for this corpus only."""

SURNAMES = [
    ("榊原", "さかきばら", "SAKAKIBARA"), ("柳田", "やなぎだ", "YANAGIDA"), ("堀江", "ほりえ", "HORIE"),
    ("真鍋", "まなべ", "MANABE"), ("国分", "こくぶん", "KOKUBUN"), ("宇野", "うの", "UNO"),
    ("塩谷", "しおや", "SHIOYA"), ("北條", "ほうじょう", "HOJO"), ("稲垣", "いながき", "INAGAKI"),
    ("葛西", "かさい", "KASAI"), ("八木", "やぎ", "YAGI"), ("氏家", "うじいえ", "UJIIE"),
    ("吉住", "よしずみ", "YOSHIZUMI"), ("今泉", "いまいずみ", "IMAIZUMI"), ("二宮", "にのみや", "NINOMIYA"),
    ("南雲", "なぐも", "NAGUMO"), ("白鳥", "しらとり", "SHIRATORI"), ("芦田", "あしだ", "ASHIDA"),
    ("根岸", "ねぎし", "NEGISHI"), ("古賀", "こが", "KOGA"), ("湯川", "ゆかわ", "YUKAWA"),
    ("大槻", "おおつき", "OTSUKI"), ("鶴田", "つるた", "TSURUTA"), ("早瀬", "はやせ", "HAYASE"),
    ("井筒", "いづつ", "IZUTSU"), ("倉持", "くらもち", "KURAMOCHI"), ("蓮見", "はすみ", "HASUMI"),
    ("志賀", "しが", "SHIGA"), ("赤羽", "あかばね", "AKABANE"), ("秋葉", "あきば", "AKIBA"),
    ("緒方", "おがた", "OGATA"), ("権藤", "ごんどう", "GONDO"), ("三輪", "みわ", "MIWA"),
    ("樋渡", "ひわたし", "HIWATASHI"), ("都築", "つづき", "TSUZUKI"), ("瀬戸口", "せとぐち", "SETOGUCHI"),
    ("百瀬", "ももせ", "MOMOSE"),
    ("小嶋", "こじま", "KOJIMA"), ("日下部", "くさかべ", "KUSAKABE"), ("米倉", "よねくら", "YONEKURA"),
    ("寺門", "てらかど", "TERAKADO"), ("鳴海", "なるみ", "NARUMI"), ("桐生", "きりゅう", "KIRYU"),
    ("舟木", "ふなき", "FUNAKI"), ("土橋", "つちはし", "TSUCHIHASHI"), ("嘉手納", "かでな", "KADENA"),
    ("比嘉", "ひが", "HIGA"), ("玉城", "たまき", "TAMAKI"), ("江頭", "えがしら", "EGASHIRA"),
    ("御手洗", "みたらい", "MITARAI"), ("砂川", "すながわ", "SUNAGAWA"), ("徳永", "とくなが", "TOKUNAGA"),
    ("門脇", "かどわき", "KADOWAKI"), ("及川", "おいかわ", "OIKAWA"), ("鬼塚", "おにつか", "ONITSUKA"),
]
FEMALE = [
    ("澄江", "すみえ", "SUMIE"), ("千晶", "ちあき", "CHIAKI"), ("美緒", "みお", "MIO"), ("朋香", "ともか", "TOMOKA"),
    ("瑞穂", "みずほ", "MIZUHO"), ("紗季", "さき", "SAKI"), ("律子", "りつこ", "RITSUKO"), ("早苗", "さなえ", "SANAE"),
    ("詩織", "しおり", "SHIORI"), ("葉月", "はづき", "HAZUKI"), ("佳代", "かよ", "KAYO"), ("沙織", "さおり", "SAORI"),
    ("多恵子", "たえこ", "TAEKO"), ("菜々子", "ななこ", "NANAKO"), ("柚希", "ゆずき", "YUZUKI"), ("環", "たまき", "TAMAKI"),
    ("芙美", "ふみ", "FUMI"), ("知世", "ともよ", "TOMOYO"), ("萌", "もえ", "MOE"), ("聡美", "さとみ", "SATOMI"),
    ("蒼依", "あおい", "AOI"), ("静香", "しずか", "SHIZUKA"), ("絢子", "あやこ", "AYAKO"), ("陽菜", "ひな", "HINA"),
]
MALE = [
    ("圭吾", "けいご", "KEIGO"), ("達彦", "たつひこ", "TATSUHIKO"), ("航平", "こうへい", "KOHEI"), ("恭介", "きょうすけ", "KYOSUKE"),
    ("正和", "まさかず", "MASAKAZU"), ("慎也", "しんや", "SHINYA"), ("隼人", "はやと", "HAYATO"), ("敏夫", "としお", "TOSHIO"),
    ("颯太", "そうた", "SOTA"), ("基樹", "もとき", "MOTOKI"), ("義明", "よしあき", "YOSHIAKI"), ("大輔", "だいすけ", "DAISUKE"),
    ("悠真", "ゆうま", "YUMA"), ("勝利", "かつとし", "KATSUTOSHI"), ("雅人", "まさと", "MASATO"), ("拓海", "たくみ", "TAKUMI"),
    ("忠雄", "ただお", "TADAO"), ("篤志", "あつし", "ATSUSHI"), ("龍之介", "りゅうのすけ", "RYUNOSUKE"), ("周平", "しゅうへい", "SHUHEI"),
    ("善次", "ぜんじ", "ZENJI"), ("誠司", "せいじ", "SEIJI"), ("晃", "あきら", "AKIRA"), ("耕太郎", "こうたろう", "KOTARO"),
]
# (written in the office's script, passport romaji family-first, kind)
FOREIGN = [
    ("王 秀蘭", "WANG XIULAN", "中国"), ("劉 建国", "LIU JIANGUO", "中国"), ("孫 麗娜", "SUN LINA", "中国"),
    ("趙 海峰", "ZHAO HAIFENG", "中国"), ("朴 志勲", "PARK JIHOON", "韓国"), ("崔 恩静", "CHOI EUNJUNG", "韓国"),
    ("姜 民浩", "KANG MINHO", "韓国"), ("グエン・ヴァン・タイン", "NGUYEN VAN THANH", "ベトナム"),
    ("ファム・ティ・ラン", "PHAM THI LAN", "ベトナム"), ("ドー・ミン・ドゥック", "DO MINH DUC", "ベトナム"),
    ("サントス・マリア・クリスティーナ", "SANTOS MARIA CRISTINA", "フィリピン"),
    ("レイエス・ホセ", "REYES JOSE", "フィリピン"), ("タパ・ビカス", "THAPA BIKASH", "ネパール"),
    ("グルン・スニタ", "GURUNG SUNITA", "ネパール"), ("オリヴェイラ・ルーカス", "OLIVEIRA LUCAS", "ブラジル"),
    ("ヒガ・フェルナンダ", "HIGA FERNANDA", "ブラジル"),
]
