"""Name lists of corpus 13, written for it: (kanji, kana, romaji)."""

SURNAMES = (
    ("相川", "アイカワ", "AIKAWA"), ("穴吹", "アナブキ", "ANABUKI"), ("五十嵐", "イガラシ", "IGARASHI"),
    ("石動", "イスルギ", "ISURUGI"), ("今泉", "イマイズミ", "IMAIZUMI"), ("岩佐", "イワサ", "IWASA"),
    ("宇佐美", "ウサミ", "USAMI"), ("漆原", "ウルシバラ", "URUSHIBARA"), ("江頭", "エガシラ", "EGASHIRA"),
    ("大曽根", "オオソネ", "OSONE"), ("小野塚", "オノヅカ", "ONOZUKA"), ("甲斐", "カイ", "KAI"),
    ("鏑木", "カブラギ", "KABURAGI"), ("神谷", "カミヤ", "KAMIYA"), ("川越", "カワゴエ", "KAWAGOE"),
    ("菊地", "キクチ", "KIKUCHI"), ("久保寺", "クボデラ", "KUBODERA"), ("栗林", "クリバヤシ", "KURIBAYASHI"),
    ("小暮", "コグレ", "KOGURE"), ("古閑", "コガ", "KOGA"), ("坂巻", "サカマキ", "SAKAMAKI"),
    ("笹川", "ササガワ", "SASAGAWA"), ("塩谷", "シオヤ", "SHIOYA"), ("東海林", "ショウジ", "SHOJI"),
    ("新城", "シンジョウ", "SHINJO"), ("杉浦", "スギウラ", "SUGIURA"), ("瀬戸口", "セトグチ", "SETOGUCHI"),
    ("反町", "ソリマチ", "SORIMACHI"), ("高根沢", "タカネザワ", "TAKANEZAWA"), ("田名部", "タナベ", "TANABE"),
    ("千葉", "チバ", "CHIBA"), ("津久井", "ツクイ", "TSUKUI"), ("手塚", "テヅカ", "TEZUKA"),
    ("徳永", "トクナガ", "TOKUNAGA"), ("豊島", "トシマ", "TOSHIMA"), ("長嶺", "ナガミネ", "NAGAMINE"),
    ("仁科", "ニシナ", "NISHINA"), ("沼田", "ヌマタ", "NUMATA"), ("根本", "ネモト", "NEMOTO"),
    ("野々村", "ノノムラ", "NONOMURA"), ("萩原", "ハギワラ", "HAGIWARA"), ("比嘉", "ヒガ", "HIGA"),
    ("深津", "フカツ", "FUKATSU"), ("穂積", "ホヅミ", "HOZUMI"), ("真壁", "マカベ", "MAKABE"),
    ("三上", "ミカミ", "MIKAMI"), ("武藤", "ムトウ", "MUTO"), ("目黒", "メグロ", "MEGURO"),
    ("茂木", "モテギ", "MOTEGI"), ("八木沢", "ヤギサワ", "YAGISAWA"), ("湯浅", "ユアサ", "YUASA"),
    ("吉留", "ヨシドメ", "YOSHIDOME"), ("若狭", "ワカサ", "WAKASA"), ("渡嘉敷", "トカシキ", "TOKASHIKI"),
    ("碓井", "ウスイ", "USUI"), ("生駒", "イコマ", "IKOMA"), ("城之内", "ジョウノウチ", "JONOUCHI"),
    ("桐生", "キリュウ", "KIRYU"), ("堀之内", "ホリノウチ", "HORINOUCHI"), ("米倉", "ヨネクラ", "YONEKURA"),
)

GIVEN_FEMALE = (
    ("彩乃", "アヤノ", "AYANO"), ("一華", "イチカ", "ICHIKA"), ("詩織", "シオリ", "SHIORI"), ("恵梨香", "エリカ", "ERIKA"),
    ("小百合", "サユリ", "SAYURI"), ("千晶", "チアキ", "CHIAKI"), ("都", "ミヤコ", "MIYAKO"), ("奈緒子", "ナオコ", "NAOKO"),
    ("紀子", "ノリコ", "NORIKO"), ("春奈", "ハルナ", "HARUNA"), ("文乃", "フミノ", "FUMINO"), ("穂香", "ホノカ", "HONOKA"),
    ("真琴", "マコト", "MAKOTO"), ("美月", "ミヅキ", "MIZUKI"), ("結衣", "ユイ", "YUI"), ("芳江", "ヨシエ", "YOSHIE"),
    ("凛", "リン", "RIN"), ("和香", "ワカ", "WAKA"), ("澄子", "スミコ", "SUMIKO"), ("多恵", "タエ", "TAE"),
    ("知佳", "チカ", "CHIKA"), ("時子", "トキコ", "TOKIKO"), ("寧々", "ネネ", "NENE"), ("陽菜", "ヒナ", "HINA"),
    ("瑞穂", "ミズホ", "MIZUHO"), ("朋美", "トモミ", "TOMOMI"), ("琴音", "コトネ", "KOTONE"), ("静江", "シズエ", "SHIZUE"),
)

GIVEN_MALE = (
    ("篤志", "アツシ", "ATSUSHI"), ("郁夫", "イクオ", "IKUO"), ("栄治", "エイジ", "EIJI"), ("勝利", "カツトシ", "KATSUTOSHI"),
    ("清貴", "キヨタカ", "KIYOTAKA"), ("圭吾", "ケイゴ", "KEIGO"), ("悟", "サトル", "SATORU"), ("駿", "シュン", "SHUN"),
    ("辰雄", "タツオ", "TATSUO"), ("剛史", "ツヨシ", "TSUYOSHI"), ("智也", "トモヤ", "TOMOYA"), ("直樹", "ナオキ", "NAOKI"),
    ("昇", "ノボル", "NOBORU"), ("隼人", "ハヤト", "HAYATO"), ("広海", "ヒロミ", "HIROMI"), ("文雄", "フミオ", "FUMIO"),
    ("正道", "マサミチ", "MASAMICHI"), ("湊", "ミナト", "MINATO"), ("泰造", "タイゾウ", "TAIZO"), ("康平", "コウヘイ", "KOHEI"),
    ("義信", "ヨシノブ", "YOSHINOBU"), ("陸斗", "リクト", "RIKUTO"), ("亘", "ワタル", "WATARU"), ("蒼", "アオイ", "AOI"),
    ("航平", "コウヘイ", "KOHEI"), ("晴臣", "ハルオミ", "HARUOMI"), ("善次郎", "ゼンジロウ", "ZENJIRO"), ("稔", "ミノル", "MINORU"),
)

CHINESE = (("王", "秀英", "WANG", "XIUYING"), ("陳", "志強", "CHEN", "ZHIQIANG"), ("劉", "婷", "LIU", "TING"),
           ("張", "偉", "ZHANG", "WEI"), ("楊", "麗娟", "YANG", "LIJUAN"), ("趙", "建華", "ZHAO", "JIANHUA"),
           ("黄", "嘉欣", "HUANG", "JIAXIN"), ("周", "浩然", "ZHOU", "HAORAN"))
KOREAN = (("朴", "賢珠", "パク", "ヒョンジュ", "PARK HYUNJOO"), ("崔", "成浩", "チェ", "ソンホ", "CHOI SUNGHO"),
          ("姜", "恩惠", "カン", "ウネ", "KANG EUNHYE"), ("李", "東旭", "イ", "ドンウク", "LEE DONGWOOK"),
          ("金", "美善", "キム", "ミソン", "KIM MISUN"), ("尹", "在範", "ユン", "ジェボム", "YOON JAEBEOM"))
VIETNAMESE = (("NGUYEN", "THI", "LAN"), ("TRAN", "VAN", "DUC"), ("PHAM", "THI", "HUONG"), ("LE", "MINH", "TUAN"),
              ("HOANG", "THI", "MAI"), ("VU", "QUOC", "BAO"), ("DANG", "THANH", "PHUC"), ("BUI", "THI", "NGOC"))
WESTERN_OTHER = (("GURUNG", "SABINA"), ("THAPA", "BIKASH"), ("SANTOS", "MARIA CLARA"), ("REYES", "JOSELITO"),
                 ("SILVA", "RAFAEL"), ("KHAN", "AMIR"), ("PERERA", "DILANI"), ("MENDOZA", "ANALYN"))
