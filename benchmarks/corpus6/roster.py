"""Made-up people of the sixth corpus: surnames and given names (kanji, kana, romaji)
chosen for this corpus only, and foreign residents of several nationalities as their
cards and passports write them."""

from __future__ import annotations


def rows(table: str) -> list[tuple[str, ...]]:
    """A table of lines, fields between `|`."""
    return [tuple(field.strip() for field in line.split("|")) for line in table.strip().splitlines()]


# kanji | kana | romaji
_SURNAMES_TABLE = """
桐ケ窪 | きりがくぼ | Kirigakubo
篠塚 | しのづか | Shinozuka
越路 | こしじ | Koshiji
簗場 | やなば | Yanaba
熨斗谷 | のしたに | Noshitani
雲井 | くもい | Kumoi
駒形 | こまがた | Komagata
茅野 | ちの | Chino
檀上 | だんじょう | Danjo
鰺坂 | あじさか | Ajisaka
稗田 | ひえだ | Hieda
薄井 | うすい | Usui
十鳥 | ととり | Totori
萱場 | かやば | Kayaba
糀谷 | こうじや | Kojiya
弓削 | ゆげ | Yuge
一ノ瀬 | いちのせ | Ichinose
濁川 | にごりかわ | Nigorikawa
筧田 | かけいだ | Kakeida
閏間 | うるま | Uruma
吾妻谷 | あづまや | Azumaya
漆原 | うるしばら | Urushibara
宍戸 | ししど | Shishido
葛城 | かつらぎ | Katsuragi
蒔苗 | まかない | Makanai
左近 | さこん | Sakon
瀬名 | せな | Sena
莇 | あざみ | Azami
真栄城 | まえしろ | Maeshiro
比嘉川 | ひがかわ | Higakawa
沼尻 | ぬまじり | Numajiri
袰岩 | ほろいわ | Horoiwa
月岡 | つきおか | Tsukioka
舟越 | ふなこし | Funakoshi
椚座 | くぬぎざ | Kunugiza
榊間 | さかきま | Sakakima
梁取 | やなとり | Yanatori
砂越 | さごし | Sagoshi
鱒渕 | ますぶち | Masubuchi
碓氷 | うすい | Usui
樫尾 | かしお | Kashio
南雲 | なぐも | Nagumo
毛利谷 | もうりや | Moriya
葭葉 | よしば | Yoshiba
溝呂木 | みぞろぎ | Mizorogi
丹後谷 | たんごや | Tangoya
"""
SURNAMES = rows(_SURNAMES_TABLE)

# kanji | kana | romaji | sex
_GIVEN_TABLE = """
稜真 | りょうま | Ryoma | M
灯里 | あかり | Akari | F
礼次郎 | れいじろう | Reijiro | M
ゆき乃 | ゆきの | Yukino | F
久遠 | くおん | Kuon | M
雅楽 | うた | Uta | F
耕平 | こうへい | Kohei | M
緋奈 | ひな | Hina | F
宗一郎 | そういちろう | Soichiro | M
紫苑 | しおん | Shion | F
凛太朗 | りんたろう | Rintaro | M
燈子 | とうこ | Toko | F
栄作 | えいさく | Eisaku | M
登美江 | とみえ | Tomie | F
謙伍 | けんご | Kengo | M
朋香 | ともか | Tomoka | F
樹生 | みきお | Mikio | M
萌々花 | ももか | Momoka | F
侑輝 | ゆうき | Yuki | M
波留 | はる | Haru | F
貫太 | かんた | Kanta | M
絢音 | あやね | Ayane | F
孝之助 | こうのすけ | Konosuke | M
喜代 | きよ | Kiyo | F
岳人 | がくと | Gakuto | M
琴葉 | ことは | Kotoha | F
睦夫 | むつお | Mutsuo | M
澄江 | すみえ | Sumie | F
颯汰 | そうた | Sota | M
柚月 | ゆづき | Yuzuki | F
頼人 | らいと | Raito | M
瑳都美 | さとみ | Satomi | F
恭介 | きょうすけ | Kyosuke | M
美雪 | みゆき | Miyuki | F
善治 | ぜんじ | Zenji | M
千鶴代 | ちづよ | Chizuyo | F
征士 | せいじ | Seiji | M
小春 | こはる | Koharu | F
一輝 | かずき | Kazuki | M
早苗 | さなえ | Sanae | F
尚武 | なおたけ | Naotake | M
寿々 | すず | Suzu | F
"""
GIVEN = rows(_GIVEN_TABLE)

# family | given | katakana family | katakana given | nationality | passport letters
_ABROAD_TABLE = """
TRAN | THI HUONG | チャン | ティ・フオン | ベトナム | C
PHAM | DUC MINH | ファム | ドゥック・ミン | ベトナム | C
VO | VAN KHOA | ヴォー | ヴァン・コア | ベトナム | C
SETIAWAN | BAYU | セティアワン | バユ | インドネシア | B
LESTARI | DEWI | レスタリ | デウィ | インドネシア | B
DELA CRUZ | JOMAR | デラクルス | ジョマール | フィリピン | P
BAUTISTA | RICA MAE | バウティスタ | リカメイ | フィリピン | P
AUNG | KYAW ZIN | アウン | チョー・ジン | ミャンマー | M
THAPA | SUNIL | タパ | スニル | ネパール | P
GURUNG | ASHA | グルン | アシャ | ネパール | P
WANG | XIAOLEI | ワン | シャオレイ | 中国 | E
CHEN | YUTING | チェン | ユーティン | 台湾 | 3
PARK | JIHOON | パク | ジフン | 韓国 | M
SILVA | LUCAS | シルバ | ルーカス | ブラジル | F
OLIVEIRA | BEATRIZ | オリヴェイラ | ベアトリス | ブラジル | F
MORALES | DIEGO | モラレス | ディエゴ | ペルー | D
KOWALSKA | ANNA | コヴァルスカ | アンナ | ポーランド | E
MILLER | OWEN | ミラー | オーエン | アメリカ | 5
SINGH | HARPREET | シン | ハープリート | インド | K
BATBOLD | TEMUULEN | バトボルド | テムーレン | モンゴル | E
"""
ABROAD = rows(_ABROAD_TABLE)

HALF = str.maketrans("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー・",
                     "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ･")
_VOICED = {"ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ", "ズ": "ｽﾞ", "ゼ": "ｾﾞ",
           "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ", "ド": "ﾄﾞ", "バ": "ﾊﾞ", "ビ": "ﾋﾞ", "ブ": "ﾌﾞ",
           "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ", "ピ": "ﾋﾟ", "プ": "ﾌﾟ", "ペ": "ﾍﾟ", "ポ": "ﾎﾟ", "ヴ": "ｳﾞ"}


def katakana(hiragana: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in hiragana)


def half_width(kana: str) -> str:
    """Katakana as a host system prints it (ﾋｶﾞｷ ﾘｮｳﾏ)."""
    return "".join(_VOICED.get(ch, ch) for ch in kana).translate(HALF)
