"""What people write about someone's 要配慮 information, as marked templates.

A template marks each piece of information as ⟦category|phrase⟧: the phrase is what
a detection must overlap, with that category. `marked()` fills the slots and
returns the plain text and its truth. Word lists here are the corpus's own (how
staff write), kept apart from the detectors' lexicons.
"""

from __future__ import annotations

import random
import re

DISEASES = ["2型糖尿病", "高血圧症", "気管支喘息", "関節リウマチ", "適応障害", "うつ病", "双極性障害", "パニック障害",
            "乳がん", "胃癌", "大腸がん", "子宮筋腫", "腰椎椎間板ヘルニア", "狭心症", "心筋梗塞", "脳梗塞",
            "くも膜下出血", "潰瘍性大腸炎", "クローン病", "バセドウ病", "メニエール病", "突発性難聴", "帯状疱疹",
            "B型肝炎", "痛風", "慢性腎臓病", "心房細動", "甲状腺機能低下症", "てんかん", "自律神経失調症",
            "睡眠時無呼吸症候群", "過敏性腸症候群", "緑内障", "網膜剥離", "前立腺がん", "悪性リンパ腫", "子宮内膜症",
            "アトピー性皮膚炎", "尿路結石", "逆流性食道炎", "十二指腸潰瘍", "変形性膝関節症", "アルコール依存症",
            "統合失調症", "肺結核", "急性虫垂炎", "不眠症", "頸椎症性神経根症", "線維筋痛症", "全身性エリテマトーデス"]
INJURIES = ["右足首を骨折", "左手首の骨折", "腰椎圧迫骨折", "アキレス腱断裂", "右膝の前十字靱帯損傷", "肋骨骨折"]
TREATMENTS = ["インスリン注射", "人工透析", "抗がん剤治療", "放射線治療", "在宅酸素療法", "ペースメーカーの植込み手術"]
CHECK_ITEMS = [("γ-GTP", "U/L", 80, 260), ("HbA1c", "%", 6.5, 9.8), ("空腹時血糖", "mg/dL", 126, 210),
               ("LDLコレステロール", "mg/dL", 150, 230), ("中性脂肪", "mg/dL", 180, 480), ("ALT", "U/L", 45, 130),
               ("尿酸", "mg/dL", 7.5, 9.9), ("収縮期血圧", "mmHg", 145, 182)]
JUDGEMENTS = ["要再検査", "要精密検査", "要治療", "要経過観察", "要医療"]
RELIGIONS = [("浄土真宗", "門徒"), ("曹洞宗", "檀家"), ("日蓮宗", "檀家"), ("カトリック", "信者"), ("天理教", "信者"),
             ("プロテスタント", "教会員"), ("真言宗", "檀家"), ("創価学会", "会員"), ("ロシア正教", "信徒")]
DIETARY = [("イスラム教徒", "ハラール食"), ("ヒンドゥー教徒", "牛肉を除いた食事"), ("ユダヤ教徒", "コーシャ食")]
ORIGINS = ["アイヌ民族", "在日韓国人三世", "在日朝鮮人二世", "在日コリアン", "琉球民族", "クルド人"]
PARTIES = ["立憲民主党", "日本共産党", "自由民主党", "公明党", "日本維新の会", "国民民主党", "社会民主党", "参政党"]
UNIONS = ["サンプル商事労働組合", "全日本サンプル産業労働組合", "東日本サンプルユニオン", "サンプル電機労組"]
UNION_ROLES = ["執行委員長", "副執行委員長", "書記長", "執行委員", "支部長", "職場委員", "会計監査"]
OFFENCES = [("窃盗罪", "罰金30万円"), ("傷害罪", "懲役1年執行猶予3年"), ("道路交通法違反（酒気帯び運転）", "罰金刑"),
            ("業務上横領罪", "懲役2年の実刑判決"), ("詐欺罪", "懲役3年執行猶予5年"), ("迷惑防止条例違反", "罰金50万円")]
VICTIMS = ["空き巣の被害に遭った", "特殊詐欺の被害を受けた", "ストーカー被害を受けている", "ひったくりの被害に遭い",
           "配偶者からのDV被害を受けており", "痴漢の被害に遭い被害届を出した", "車上荒らしの被害に遭った"]
HONSEKI = ["鹿児島県鹿児島市山下町11番地", "北海道旭川市", "沖縄県那覇市泉崎1丁目2番地", "熊本県八代市", "大阪府",
           "青森県弘前市大字本町", "広島県呉市", "福島県会津若松市", "新潟県佐渡市"]

# Free-text sentences about a person ({n}: how the person is called in the note).
NOTE_SENTENCES = [
    "{n}より、⟦病歴|昨年から{disease}で通院している⟧との申告があった。",
    "{n}は⟦病歴|{disease}と診断され、現在は週1回の通院を続けている⟧。",
    "⟦病歴|{disease}の手術を受けた⟧ため、{n}は来月末まで休職の予定。",
    "{n}の話では、⟦病歴|{disease}の治療中⟧で残業は控えたいとのこと。",
    "{n}は先月、⟦病歴|{injury}し⟧、しばらく在宅勤務とする。",
    "{n}は⟦病歴|{treatment}を受けている⟧ため、定期的な通院日を確保する。",
    "{n}は⟦病歴|心療内科で抗うつ薬を処方されている⟧。",
    "健康診断の結果、{n}は⟦健康診断結果|{item} {value}{unit}で{judgement}⟧となった。",
    "{n}は⟦健康診断結果|総合判定D2（要精密検査）⟧のため、受診を勧奨した。",
    "{n}は⟦障害|身体障害者手帳{grade}級⟧を所持しており、通路の段差に配慮が必要。",
    "{n}は⟦障害|精神障害者保健福祉手帳{grade2}級⟧の交付を受けている。",
    "{n}は⟦障害|聴覚障害があり⟧、会議では筆談を併用する。",
    "{n}は⟦障害|車椅子を使用している⟧ため、1階の席を用意する。",
    "{n}は⟦宗教|{sect}の{member}⟧で、法要のため休暇を申請した。",
    "{n}は⟦宗教|{believer}のため{meal}⟧を希望している。",
    "{n}は⟦人種・民族|{origin}⟧であることを自ら話してくれた。",
    "{n}は⟦信条|{party}の党員⟧で、週末は選挙の手伝いをしている。",
    "{n}は⟦労働組合|{union}の{role}⟧を務めている。",
    "{n}は過去に⟦犯罪歴|{offence}で{sentence}⟧を受けたと申告した。",
    "{n}は⟦犯罪被害|{victim}⟧、警察に相談している。",
    "{n}の⟦本籍|本籍は{honseki}⟧である。",
]


def _value(rng: random.Random, low: float, high: float) -> str:
    value = rng.uniform(low, high)
    return f"{value:.1f}" if high < 20 else str(int(value))


def slots(rng: random.Random) -> dict[str, str]:
    item, unit, low, high = rng.choice(CHECK_ITEMS)
    sect, member = rng.choice(RELIGIONS)
    believer, meal = rng.choice(DIETARY)
    offence, sentence = rng.choice(OFFENCES)
    return {"disease": rng.choice(DISEASES), "injury": rng.choice(INJURIES), "treatment": rng.choice(TREATMENTS),
            "item": item, "unit": rng.choice([unit, " " + unit]), "value": _value(rng, low, high),
            "judgement": rng.choice(JUDGEMENTS), "grade": str(rng.randint(1, 6)), "grade2": str(rng.randint(1, 3)),
            "sect": sect, "member": member, "believer": believer, "meal": meal, "origin": rng.choice(ORIGINS),
            "party": rng.choice(PARTIES), "union": rng.choice(UNIONS), "role": rng.choice(UNION_ROLES),
            "offence": offence, "sentence": sentence, "victim": rng.choice(VICTIMS), "honseki": rng.choice(HONSEKI)}


_MARK = re.compile(r"⟦([^|⟧]+)\|([^⟧]*)⟧")


def marked(template: str, **values: str) -> tuple[str, set]:
    """(plain text, {("SENSITIVE", "category:phrase")}) of a filled template."""
    filled = template.format(**values)
    truth = {("SENSITIVE", f"{m.group(1)}:{m.group(2)}") for m in _MARK.finditer(filled)}
    return _MARK.sub(lambda m: m.group(2), filled), truth


def cell(category: str, value: str) -> tuple[str, set]:
    """A table cell whose whole value is the information."""
    return value, {("SENSITIVE", f"{category}:{value}")}
