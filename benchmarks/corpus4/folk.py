"""Made-up people's names of the fourth corpus: surnames and given names with
their readings (katakana) and romaji, old or rare kanji among them, and whole
foreign names as a 名簿 writes them (katakana, romaji, and kanji with a reading
for Chinese and Korean names). No entry is shared with corpus 2 or 3.

The tables are written one entry a line, fields split by `|`."""

from __future__ import annotations


def rows_of(table: str) -> list[tuple[str, ...]]:
    return [tuple(field.strip() for field in line.split("|")) for line in table.strip().splitlines()]


# kanji | katakana | romaji
SURNAMES = rows_of("""
蓮見|ハスミ|Hasumi
甘粕|アマカス|Amakasu
轟木|トドロキ|Todoroki
柘植|ツゲ|Tsuge
鮫島|サメジマ|Samejima
乙部|オトベ|Otobe
笠置|カサギ|Kasagi
汐田|シオタ|Shiota
楠瀬|クスノセ|Kusunose
鴨志田|カモシダ|Kamoshida
蛭田|ヒルタ|Hiruta
鬼頭|キトウ|Kito
苫米地|トマベチ|Tomabechi
齋賀|サイガ|Saiga
嶋貫|シマヌキ|Shimanuki
德永|トクナガ|Tokunaga
濵田|ハマダ|Hamada
髙柳|タカヤナギ|Takayanagi
﨑元|サキモト|Sakimoto
廣末|ヒロスエ|Hirosue
澁谷|シブヤ|Shibuya
眞栄田|マエダ|Maeda
冨樫|トガシ|Togashi
禰津|ネヅ|Nezu
薗部|ソノベ|Sonobe
磯貝|イソガイ|Isogai
綿貫|ワタヌキ|Watanuki
粟飯原|アイハラ|Aihara
瓜生|ウリュウ|Uryu
仙波|センバ|Senba
茅根|チノネ|Chinone
樽見|タルミ|Tarumi
鰐部|ワニベ|Wanibe
檜山|ヒヤマ|Hiyama
釜萢|カマヤチ|Kamayachi
巽|タツミ|Tatsumi
鍋倉|ナベクラ|Nabekura
廿日出|ハツカデ|Hatsukade
小鳥遊|タカナシ|Takanashi
雲出|クモズ|Kumozu
""")

# kanji | katakana | romaji | sex
GIVEN = rows_of("""
綾乃|アヤノ|Ayano|F
和香奈|ワカナ|Wakana|F
穂乃香|ホノカ|Honoka|F
絃葉|イトハ|Itoha|F
千景|チカゲ|Chikage|F
史織|シオリ|Shiori|F
夕凪|ユウナ|Yuna|F
雫|シズク|Shizuku|F
喜久子|キクコ|Kikuko|F
富美江|フミエ|Fumie|F
靖枝|ヤスエ|Yasue|F
以登|イト|Ito|F
和嘉子|ワカコ|Wakako|F
杏樹|アンジュ|Anju|F
千早|チハヤ|Chihaya|F
凛花|リンカ|Rinka|F
梢枝|コズエ|Kozue|F
結芽|ユメ|Yume|F
瑛太|エイタ|Eita|M
颯|ハヤテ|Hayate|M
匠海|タクミ|Takumi|M
朔也|サクヤ|Sakuya|M
湊斗|ミナト|Minato|M
丈一郎|ジョウイチロウ|Joichiro|M
昴|スバル|Subaru|M
禎宏|サダヒロ|Sadahiro|M
巌|イワオ|Iwao|M
鶴吉|ツルキチ|Tsurukichi|M
悌三|テイゾウ|Teizo|M
恒夫|ツネオ|Tsuneo|M
昌治|マサハル|Masaharu|M
雅臣|マサオミ|Masaomi|M
柾|マサキ|Masaki|M
蒼介|ソウスケ|Sosuke|M
嘉六|カロク|Karoku|M
與四郎|ヨシロウ|Yoshiro|M
""")

# kanji (Chinese and Korean names only) | katakana | romaji as on a passport (FAMILY Given) | sex | nationality
ABROAD = rows_of("""
|シティ・ラフマワティ|RAHMAWATI Siti|F|インドネシア
|アグス・サントソ|SANTOSO Agus|M|インドネシア
|バトバヤル・ガンボルド|GANBOLD Batbayar|M|モンゴル
|ディルシャン・ペレラ|PERERA Dilshan|M|スリランカ
|カルロス・キスペ|QUISPE Carlos|M|ペルー
|アウン・ミン・トゥ|THU Aung Min|M|ミャンマー
|ラヒム・ウッディン|UDDIN Rahim|M|バングラデシュ
|ディルノザ・カリモワ|KARIMOVA Dilnoza|F|ウズベキスタン
|ソピア・チャン|CHAN Sophea|F|カンボジア
|マリセル・ダンガン|DANGAN Maricel|F|フィリピン
鄭 雨桐|テイ・ウトウ|ZHENG Yutong|F|中国
蔡 俊傑|サイ・シュンケツ|CAI Junjie|M|中国
范 麗華|ハン・レイカ|FAN Lihua|F|中国
崔 志勲|チェ・ジフン|CHOI Jihoon|M|韓国
呉 秀妍|オ・スヨン|OH Suyeon|F|韓国
裵 賢宇|ペ・ヒョヌ|BAE Hyunwoo|M|韓国
""")
