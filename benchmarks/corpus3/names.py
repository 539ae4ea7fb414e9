"""Made-up people's names for the third corpus: (kanji, kana, romaji) for Japanese
surnames and given names, and whole names of people from elsewhere as they are
written in Japanese offices (katakana with a dot, romaji, Chinese and Korean
names in kanji with their readings). Chosen for this corpus: none is taken from
the earlier corpora (tests/benchmarks/test_corpus3.py checks it)."""

from __future__ import annotations

# (kanji, katakana, romaji)
FAMILY = [
    ("鴫原", "シギハラ", "Shigihara"), ("栃尾", "トチオ", "Tochio"), ("汐見", "シオミ", "Shiomi"),
    ("蔦谷", "ツタヤ", "Tsutaya"), ("樽井", "タルイ", "Tarui"), ("飴本", "アメモト", "Amemoto"),
    ("檜垣", "ヒガキ", "Higaki"), ("鞍馬", "クラマ", "Kurama"), ("浮田", "ウキタ", "Ukita"),
    ("碓井", "ウスイ", "Usui"), ("笹生", "サソウ", "Sasou"), ("門脇", "カドワキ", "Kadowaki"),
    ("雲母", "キララ", "Kirara"), ("鰐淵", "ワニブチ", "Wanibuchi"), ("蓬田", "ヨモギダ", "Yomogida"),
    ("栂野", "トガノ", "Togano"), ("日詰", "ヒヅメ", "Hizume"), ("潮田", "ウシオダ", "Ushioda"),
    ("舩坂", "フナサカ", "Funasaka"), ("錦織", "ニシコリ", "Nishikori"), ("椎葉", "シイバ", "Shiiba"),
    ("帆足", "ホアシ", "Hoashi"), ("茨木", "イバラキ", "Ibaraki"), ("芦刈", "アシカリ", "Ashikari"),
    ("百武", "ヒャクタケ", "Hyakutake"), ("甑", "コシキ", "Koshiki"), ("駒場", "コマバ", "Komaba"),
    ("道祖土", "サイド", "Saido"), ("四十物", "アイモノ", "Aimono"), ("五百旗頭", "イオキベ", "Iokibe"),
    ("左右田", "ソウダ", "Souda"), ("薬袋", "ミナイ", "Minai"), ("轟", "トドロキ", "Todoroki"),
    ("曽我部", "ソガベ", "Sogabe"), ("鹿討", "シカウチ", "Shikauchi"), ("猪瀬", "イノセ", "Inose"),
]

GIVEN_F = [
    ("汐里", "シオリ", "Shiori"), ("千草", "チグサ", "Chigusa"), ("朱里", "アカリ", "Akari"), ("菫", "スミレ", "Sumire"),
    ("芙美", "フミ", "Fumi"), ("瑳希", "サキ", "Saki"), ("雅代", "マサヨ", "Masayo"), ("志乃", "シノ", "Shino"),
    ("梢", "コズエ", "Kozue"), ("八重", "ヤエ", "Yae"), ("凪沙", "ナギサ", "Nagisa"), ("多恵子", "タエコ", "Taeko"),
    ("環", "タマキ", "Tamaki"), ("絹江", "キヌエ", "Kinue"), ("柚葉", "ユズハ", "Yuzuha"), ("苑子", "ソノコ", "Sonoko"),
]

GIVEN_M = [
    ("嘉門", "カモン", "Kamon"), ("正臣", "マサオミ", "Masaomi"), ("篤志", "アツシ", "Atsushi"),
    ("衛", "マモル", "Mamoru"), ("航平", "コウヘイ", "Kouhei"), ("伊織", "イオリ", "Iori"), ("丈瑠", "タケル", "Takeru"),
    ("勘助", "カンスケ", "Kansuke"), ("晴臣", "ハルオミ", "Haruomi"), ("巧", "タクミ", "Takumi"),
    ("辰雄", "タツオ", "Tatsuo"), ("央", "ヒサシ", "Hisashi"), ("慧", "サトル", "Satoru"), ("善次", "ゼンジ", "Zenji"),
    ("碧斗", "アオト", "Aoto"), ("惣一", "ソウイチ", "Souichi"),
]

# whole names of people from elsewhere: (as written in a Japanese office, reading or None, romaji)
ABROAD = [
    ("ファム・ティ・ラン", None, "PHAM THI LAN"), ("チャン・ヴァン・ドゥック", None, "TRAN VAN DUC"),
    ("マリセル・デラクルス", None, "MARICEL DELA CRUZ"), ("ラジェシュ・クマール", None, "RAJESH KUMAR"),
    ("アナ・ロドリゲス", None, "ANA RODRIGUEZ"), ("ビクラム・タパ", None, "BIKRAM THAPA"),
    ("ソフィア・ヴェルナー", None, "SOFIA WERNER"), ("ダニエル・オコンコ", None, "DANIEL OKONKWO"),
    ("鄭 雅琳", "テイ ガリン", "ZHENG YALIN"), ("趙 俊傑", "チョウ シュンケツ", "ZHAO JUNJIE"),
    ("呉 暁燕", "ゴ ギョウエン", "WU XIAOYAN"), ("崔 智妍", "チェ ジヨン", "CHOI JIYEON"),
    ("尹 在浩", "ユン ジェホ", "YOON JAEHO"), ("姜 恩恵", "カン ウネ", "KANG EUNHYE"),
]
