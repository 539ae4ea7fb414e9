"""Corpus 11's own name lists (kanji, katakana, romaji), written for this corpus."""

SURNAMES = (
    ("榊原", "サカキバラ", "SAKAKIBARA"), ("日下部", "クサカベ", "KUSAKABE"), ("蓮見", "ハスミ", "HASUMI"),
    ("芦田", "アシダ", "ASHIDA"), ("宇佐美", "ウサミ", "USAMI"), ("江頭", "エガシラ", "EGASHIRA"),
    ("大日向", "オオヒナタ", "OHINATA"), ("鏑木", "カブラギ", "KABURAGI"), ("城之内", "ジョウノウチ", "JONOUCHI"),
    ("久米", "クメ", "KUME"), ("小松原", "コマツバラ", "KOMATSUBARA"), ("税所", "サイショ", "SAISHO"),
    ("塩谷", "シオヤ", "SHIOYA"), ("須藤", "スドウ", "SUDO"), ("瀬尾", "セオ", "SEO"), ("高畑", "タカハタ", "TAKAHATA"),
    ("千葉", "チバ", "CHIBA"), ("津久井", "ツクイ", "TSUKUI"), ("照井", "テルイ", "TERUI"), ("戸叶", "トカノ", "TOKANO"),
    ("名越", "ナゴシ", "NAGOSHI"), ("仁科", "ニシナ", "NISHINA"), ("沼尻", "ヌマジリ", "NUMAJIRI"),
    ("根本", "ネモト", "NEMOTO"), ("野々村", "ノノムラ", "NONOMURA"), ("羽賀", "ハガ", "HAGA"),
    ("東海林", "ショウジ", "SHOJI"), ("深町", "フカマチ", "FUKAMACHI"), ("米田", "ヨネダ", "YONEDA"),
    ("穂積", "ホヅミ", "HOZUMI"), ("間宮", "マミヤ", "MAMIYA"), ("三ツ矢", "ミツヤ", "MITSUYA"),
    ("武藤", "ムトウ", "MUTO"), ("籾山", "モミヤマ", "MOMIYAMA"), ("矢吹", "ヤブキ", "YABUKI"),
    ("湯浅", "ユアサ", "YUASA"), ("吉武", "ヨシタケ", "YOSHITAKE"), ("若狭", "ワカサ", "WAKASA"),
    ("阿久津", "アクツ", "AKUTSU"), ("五十嵐", "イガラシ", "IGARASHI"), ("梅津", "ウメヅ", "UMEZU"),
    ("奥寺", "オクデラ", "OKUDERA"), ("柏崎", "カシワザキ", "KASHIWAZAKI"), ("桐生", "キリュウ", "KIRYU"),
    ("栗林", "クリバヤシ", "KURIBAYASHI"), ("郷田", "ゴウダ", "GODA"), ("早乙女", "サオトメ", "SAOTOME"),
    ("志賀", "シガ", "SHIGA"), ("関根", "セキネ", "SEKINE"), ("曽我", "ソガ", "SOGA"), ("丹野", "タンノ", "TANNO"),
    ("堤", "ツツミ", "TSUTSUMI"), ("徳永", "トクナガ", "TOKUNAGA"), ("長谷部", "ハセベ", "HASEBE"),
    ("百瀬", "モモセ", "MOMOSE"), ("八木橋", "ヤギハシ", "YAGIHASHI"), ("六車", "ムグルマ", "MUGURUMA"),
    ("緒方", "オガタ", "OGATA"), ("鬼塚", "オニヅカ", "ONIZUKA"), ("葛西", "カサイ", "KASAI"),
)

MALE = (
    ("篤史", "アツシ", "ATSUSHI"), ("一輝", "カズキ", "KAZUKI"), ("恭平", "キョウヘイ", "KYOHEI"),
    ("啓太", "ケイタ", "KEITA"), ("駿", "シュン", "SHUN"), ("慎之介", "シンノスケ", "SHINNOSUKE"),
    ("隆之", "タカユキ", "TAKAYUKI"), ("智也", "トモヤ", "TOMOYA"), ("直樹", "ナオキ", "NAOKI"),
    ("昇", "ノボル", "NOBORU"), ("晴彦", "ハルヒコ", "HARUHIKO"), ("英明", "ヒデアキ", "HIDEAKI"),
    ("文雄", "フミオ", "FUMIO"), ("正憲", "マサノリ", "MASANORI"), ("光太郎", "コウタロウ", "KOTARO"),
    ("泰造", "タイゾウ", "TAIZO"), ("悠真", "ユウマ", "YUMA"), ("蓮", "レン", "REN"), ("航平", "コウヘイ", "KOHEI"),
    ("勝利", "カツトシ", "KATSUTOSHI"), ("源太", "ゲンタ", "GENTA"), ("徹", "トオル", "TORU"),
    ("陽向", "ヒナタ", "HINATA"), ("雅人", "マサト", "MASATO"), ("義光", "ヨシミツ", "YOSHIMITSU"),
    ("大和", "ヤマト", "YAMATO"), ("功", "イサオ", "ISAO"), ("周平", "シュウヘイ", "SHUHEI"),
    ("樹", "イツキ", "ITSUKI"), ("幸三", "コウゾウ", "KOZO"),
)

FEMALE = (
    ("彩乃", "アヤノ", "AYANO"), ("郁子", "イクコ", "IKUKO"), ("詠美", "エイミ", "EIMI"), ("佳奈", "カナ", "KANA"),
    ("京香", "キョウカ", "KYOKA"), ("紗希", "サキ", "SAKI"), ("静江", "シズエ", "SHIZUE"), ("澄子", "スミコ", "SUMIKO"),
    ("千尋", "チヒロ", "CHIHIRO"), ("智恵", "トモエ", "TOMOE"), ("菜々子", "ナナコ", "NANAKO"),
    ("典子", "ノリコ", "NORIKO"), ("遥", "ハルカ", "HARUKA"), ("日菜", "ヒナ", "HINA"), ("芙美", "フミ", "FUMI"),
    ("真琴", "マコト", "MAKOTO"), ("美穂", "ミホ", "MIHO"), ("恵", "メグミ", "MEGUMI"), ("弥生", "ヤヨイ", "YAYOI"),
    ("由紀", "ユキ", "YUKI"), ("里穂", "リホ", "RIHO"), ("和香", "ワカ", "WAKA"), ("朱音", "アカネ", "AKANE"),
    ("絹代", "キヌヨ", "KINUYO"), ("咲良", "サクラ", "SAKURA"), ("多恵子", "タエコ", "TAEKO"),
    ("晴美", "ハルミ", "HARUMI"), ("芽衣", "メイ", "MEI"), ("結衣", "ユイ", "YUI"), ("琴音", "コトネ", "KOTONE"),
)

# (surname, given name) in the order each is written, with the romaji a passport gives
CHINESE = (("王", "麗華", "WANG LIHUA"), ("陳", "建国", "CHEN JIANGUO"), ("劉", "暁燕", "LIU XIAOYAN"),
           ("張", "偉", "ZHANG WEI"), ("趙", "春梅", "ZHAO CHUNMEI"), ("孫", "志強", "SUN ZHIQIANG"))
KOREAN = (("朴", "敏俊", "PARK MINJUN"), ("崔", "秀晶", "CHOI SUJEONG"), ("姜", "東勲", "KANG DONGHUN"),
          ("尹", "智恩", "YUN JIEUN"), ("金", "載元", "KIM JAEWON"))
ROMAJI_ONLY = ("NGUYEN THI THU", "TRAN VAN KHOA", "PHAM MINH DUC", "LE THI NGOC ANH", "SANTOS MARIA CRISTINA",
               "REYES JOHN PAUL", "GURUNG BIKASH", "THAPA SITA", "SILVA RAFAEL", "HAQUE MD RASHED")
ROMAJI_KANA = {"NGUYEN THI THU": "グエン・ティ・トゥ", "TRAN VAN KHOA": "チャン・ヴァン・コア",
               "PHAM MINH DUC": "ファム・ミン・ドゥック", "LE THI NGOC ANH": "レ・ティ・ゴック・アイン",
               "SANTOS MARIA CRISTINA": "サントス・マリア・クリスティーナ", "REYES JOHN PAUL": "レイエス・ジョン・ポール",
               "GURUNG BIKASH": "グルン・ビカシュ", "THAPA SITA": "タパ・シタ", "SILVA RAFAEL": "シルバ・ラファエル",
               "HAQUE MD RASHED": "ハック・エムディ・ラシェド"}
