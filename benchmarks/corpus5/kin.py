"""Corpus 5's made-up people: surnames and given names of its own (kanji, katakana,
romaji), and whole foreign names of nationalities the earlier corpora did not use,
some with middle names. No list is shared with corpora 2, 3 and 4 (a test checks)."""

from __future__ import annotations

# (kanji, katakana, romaji)
SURNAMES = [
    ("鵜飼", "ウカイ", "Ukai"), ("鹿間", "シカマ", "Shikama"), ("釜谷", "カマタニ", "Kamatani"), ("舘野", "タテノ", "Tateno"),
    ("粟津", "アワヅ", "Awazu"), ("七五三掛", "シメカケ", "Shimekake"), ("笹渕", "ササブチ", "Sasabuchi"),
    ("生稲", "イクイナ", "Ikuina"), ("喜屋武", "キャン", "Kyan"), ("銘苅", "メカル", "Mekaru"),
    ("猪狩", "イガリ", "Igari"), ("雫石", "シズクイシ", "Shizukuishi"), ("鴨下", "カモシタ", "Kamoshita"),
    ("渡嘉敷", "トカシキ", "Tokashiki"), ("蟹江", "カニエ", "Kanie"), ("堰本", "セキモト", "Sekimoto"),
    ("籾山", "モミヤマ", "Momiyama"), ("香西", "コウザイ", "Kozai"), ("宍倉", "シシクラ", "Shishikura"),
    ("頓宮", "トングウ", "Tongu"), ("樋渡", "ヒワタシ", "Hiwatashi"), ("九十九", "ツクモ", "Tsukumo"),
    ("迫田", "サコダ", "Sakoda"), ("大豆生田", "オオマメウダ", "Omameuda"), ("纐纈", "コウケツ", "Koketsu"), ("我孫子", "アビコ", "Abiko"),
    ("猿渡", "サワタリ", "Sawatari"), ("具志堅", "グシケン", "Gushiken"), ("神内", "ジンナイ", "Jinnai"),
    ("與那覇", "ヨナハ", "Yonaha"), ("十河", "ソゴウ", "Sogo"), ("八剱", "ヤツルギ", "Yatsurugi"),
    ("伊集院", "イジュウイン", "Ijuin"), ("勅使河原", "テシガワラ", "Teshigawara"), ("蕪木", "カブラギ", "Kaburagi"),
    ("嵯峨根", "サガネ", "Sagane"), ("木鋪", "キシキ", "Kishiki"), ("右近", "ウコン", "Ukon"),
]

# (kanji, katakana, romaji, "m" / "f")
GIVEN = [
    ("颯斗", "ハヤト", "Hayato", "m"), ("琢磨", "タクマ", "Takuma", "m"), ("伸之介", "シンノスケ", "Shinnosuke", "m"),
    ("匡", "タダシ", "Tadashi", "m"), ("和臣", "カズオミ", "Kazuomi", "m"), ("泰造", "タイゾウ", "Taizo", "m"),
    ("篤郎", "トクロウ", "Tokuro", "m"), ("紘一郎", "コウイチロウ", "Koichiro", "m"), ("朔太郎", "サクタロウ", "Sakutaro", "m"),
    ("鉄平", "テッペイ", "Teppei", "m"), ("勘太", "カンタ", "Kanta", "m"), ("宗佑", "ソウスケ", "Sosuke", "m"),
    ("利光", "トシミツ", "Toshimitsu", "m"), ("欣也", "キンヤ", "Kinya", "m"), ("玄馬", "ゲンマ", "Genma", "m"),
    ("将臣", "マサオミ", "Masaomi", "m"), ("恭兵", "キョウヘイ", "Kyohei", "m"), ("景虎", "カゲトラ", "Kagetora", "m"),
    ("千鶴", "チヅル", "Chizuru", "f"), ("葉月", "ハヅキ", "Hazuki", "f"), ("芙美子", "フミコ", "Fumiko", "f"),
    ("楓花", "フウカ", "Fuka", "f"), ("鞠子", "マリコ", "Mariko", "f"), ("絹代", "キヌヨ", "Kinuyo", "f"),
    ("那津", "ナツ", "Natsu", "f"), ("静流", "シズル", "Shizuru", "f"), ("小夜子", "サヨコ", "Sayoko", "f"),
    ("瑞穂", "ミズホ", "Mizuho", "f"), ("鈴音", "スズネ", "Suzune", "f"), ("雛乃", "ヒナノ", "Hinano", "f"),
    ("琉花", "ルカ", "Ruka", "f"), ("希実", "ノゾミ", "Nozomi", "f"), ("多恵", "タエ", "Tae", "f"),
    ("稔里", "ミノリ", "Minori", "f"), ("志乃舞", "シノブ", "Shinobu", "f"), ("環希", "タマキ", "Tamaki", "f"),
]

# (katakana as written in Japan, romaji in the passport's order given-middle-family, nationality, sex)
ABROAD = [
    ("ソムチャイ・ウォンサワット", "Somchai Wongsawat", "タイ", "m"),
    ("メフメト・ユルドゥズ", "Mehmet Yildiz", "トルコ", "m"),
    ("オレナ・コヴァレンコ", "Olena Kovalenko", "ウクライナ", "f"),
    ("クワメ・アサンテ", "Kwame Asante", "ガーナ", "m"),
    ("ジェシカ・リン・ハーパー", "Jessica Lynn Harper", "アメリカ", "f"),
    ("ダニエル・ジェームズ・マクリーン", "Daniel James McLean", "カナダ", "m"),
    ("オマル・ファルーク", "Omar Farouk", "エジプト", "m"),
    ("ファティマ・ザーラ・クレシ", "Fatima Zahra Qureshi", "パキスタン", "f"),
    ("ルシア・フェルナンダ・オルティス", "Lucia Fernanda Ortiz", "メキシコ", "f"),
    ("ジョアン・ペドロ・ソアレス", "Joao Pedro Soares", "ポルトガル", "m"),
    ("アイノ・ヴィルタネン", "Aino Virtanen", "フィンランド", "f"),
    ("ケオ・シーパンドン", "Keo Siphandone", "ラオス", "m"),
    ("カタジナ・ノヴァク", "Katarzyna Nowak", "ポーランド", "f"),
    ("ワンジル・キマニ", "Wanjiru Kimani", "ケニア", "f"),
]

HALF_KANA = str.maketrans({
    "ア": "ｱ", "イ": "ｲ", "ウ": "ｳ", "エ": "ｴ", "オ": "ｵ", "カ": "ｶ", "キ": "ｷ", "ク": "ｸ", "ケ": "ｹ", "コ": "ｺ",
    "サ": "ｻ", "シ": "ｼ", "ス": "ｽ", "セ": "ｾ", "ソ": "ｿ", "タ": "ﾀ", "チ": "ﾁ", "ツ": "ﾂ", "テ": "ﾃ", "ト": "ﾄ",
    "ナ": "ﾅ", "ニ": "ﾆ", "ヌ": "ﾇ", "ネ": "ﾈ", "ノ": "ﾉ", "ハ": "ﾊ", "ヒ": "ﾋ", "フ": "ﾌ", "ヘ": "ﾍ", "ホ": "ﾎ",
    "マ": "ﾏ", "ミ": "ﾐ", "ム": "ﾑ", "メ": "ﾒ", "モ": "ﾓ", "ヤ": "ﾔ", "ユ": "ﾕ", "ヨ": "ﾖ", "ラ": "ﾗ", "リ": "ﾘ",
    "ル": "ﾙ", "レ": "ﾚ", "ロ": "ﾛ", "ワ": "ﾜ", "ン": "ﾝ", "ッ": "ｯ", "ャ": "ｬ", "ュ": "ｭ", "ョ": "ｮ", "ァ": "ｧ",
    "ィ": "ｨ", "ゥ": "ｩ", "ェ": "ｪ", "ォ": "ｫ", "ー": "ｰ", "・": "･", "ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ",
    "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ", "ズ": "ｽﾞ", "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ",
    "デ": "ﾃﾞ", "ド": "ﾄﾞ", "バ": "ﾊﾞ", "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ", "ピ": "ﾋﾟ",
    "プ": "ﾌﾟ", "ペ": "ﾍﾟ", "ポ": "ﾎﾟ", "ヴ": "ｳﾞ", "　": " ",
})


def half_width(katakana: str) -> str:
    return katakana.translate(HALF_KANA)
