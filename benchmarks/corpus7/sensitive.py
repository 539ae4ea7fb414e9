"""要配慮 information as offices write it about one person, by category (written for
corpus 7), and texts that use the same words about no one (look-alikes)."""

from __future__ import annotations

import random

from benchmarks.corpus7.model import Mark, lookalike, sensitive

ILLNESS = ("2型糖尿病で内服治療中", "高血圧症にて降圧剤服用", "気管支喘息（吸入薬使用）", "うつ病で心療内科に通院中",
           "胃がん術後（2023年に胃の3分の2を切除）", "腰椎椎間板ヘルニアの手術歴あり", "関節リウマチで通院",
           "C型肝炎の治療歴あり", "狭心症でカテーテル治療を受けた", "脳梗塞の既往（2021年）", "甲状腺機能低下症で服薬中",
           "パニック障害の診断を受けている", "乳がんで抗がん剤治療中", "慢性腎臓病（透析導入前）", "てんかん発作の既往",
           "アトピー性皮膚炎で皮膚科通院", "統合失調症で入院歴あり", "痛風発作を繰り返している", "白内障手術（両眼）済み",
           "不整脈でペースメーカー植込み", "適応障害と診断され休職中", "子宮内膜症で治療中", "前立腺肥大症で服薬",
           "歯周病（重度）で抜歯予定", "アルコール依存症の治療歴", "卵アレルギー（アナフィラキシー歴あり）",
           "小麦・そばアレルギー", "熱性けいれんの既往", "川崎病の既往（経過観察中）", "骨粗しょう症で注射治療")
CHECKUP = ("HbA1c 8.1%（要治療）", "血圧 172/104mmHg 要精密検査", "LDLコレステロール 196mg/dL 判定C",
           "尿酸値 9.4mg/dL（要再検）", "胸部X線 異常陰影あり 判定E", "ALT 88 U/L（要経過観察）",
           "心電図 ST低下 要精査", "空腹時血糖 142mg/dL 判定D", "眼底検査 所見あり（要受診）",
           "便潜血 陽性 要精密検査", "BMI 31.2 肥満（特定保健指導対象）", "中性脂肪 410mg/dL 判定D2",
           "視力 右0.2 左0.3 要矯正", "聴力 1000Hz 所見あり", "ヘモグロビン 9.8g/dL 貧血（要受診）")
CHECKUP_NORMAL = ("血圧 118/76mmHg 異常なし", "HbA1c 5.4% 判定A", "胸部X線 異常なし", "尿検査 異常なし 判定A")
DISABILITY = ("身体障害者手帳2級（下肢機能障害）", "療育手帳B1所持", "精神障害者保健福祉手帳2級", "聴覚障害（補聴器使用）",
              "右片麻痺があり車椅子を使用", "視覚障害で白杖を使用", "自閉スペクトラム症の診断あり", "発達障害（ADHD）の診断",
              "人工透析のため週3回通院（身体障害者手帳1級）", "知的障害があり支援員が同行", "左上肢に欠損あり",
              "ストーマ（人工肛門）を造設している", "吃音があり電話応対に配慮が必要", "要介護3の認定を受けている")
RELIGION = ("浄土真宗本願寺派の門徒", "曹洞宗の檀家", "日蓮宗の信徒", "カトリック信者（毎週ミサに出席）",
            "プロテスタント教会の会員", "イスラム教徒のため豚肉・アルコール不可", "エホバの証人の信者で輸血を拒否",
            "創価学会の会員", "天理教の信者", "ユダヤ教徒で安息日は勤務不可", "ヒンドゥー教徒（牛肉不可）",
            "真言宗智山派の檀家", "臨済宗妙心寺派の檀家", "正教会の信徒", "神道（氏子総代）")
STANCES = ("原発再稼働反対の市民団体で活動", "憲法改正反対のデモに参加", "死刑廃止を求める会の会員",
           "選択的夫婦別姓を求める請願の署名活動に参加")
BELIEF = ("日本共産党の党員", "自由民主党の党員", "立憲民主党の党員", "公明党の支持者で後援会役員",
          "社民党の党員", "参政党の党員", "れいわ新選組の党員", "日本維新の会の党員", "国民民主党の党員") + STANCES
ETHNIC = ("アイヌ民族", "在日韓国人三世", "在日朝鮮人二世", "琉球民族の出自", "クルド人", "ロヒンギャ難民",
          "中国朝鮮族", "ウイグル族", "日系ブラジル人三世", "華僑の家系")
UNION = ("{union}の執行委員長", "{union}の書記長", "{union}の副委員長", "{union}の組合員", "{union}の職場委員",
         "{union}の青年部長", "{union}の会計監査", "{union}に加入")
UNIONS = ("全日本自治団体労働組合", "UAゼンセン", "ひかり交通労働組合", "青葉地域ユニオン", "みどり銀行従業員組合",
          "北斗運輸労働組合", "全国一般労働組合", "市立病院職員労働組合", "医療福祉ユニオン", "教職員組合")
CRIME = ("窃盗罪で懲役1年執行猶予3年", "道路交通法違反（酒気帯び運転）で罰金30万円", "傷害罪で罰金刑",
         "詐欺罪で服役し2024年に仮釈放", "覚醒剤取締法違反で逮捕歴あり", "少年院に送致された経歴あり",
         "暴行の容疑で書類送検", "横領罪で起訴され係争中", "無免許運転で略式命令", "保護観察中")
VICTIM = ("空き巣の被害に遭った", "DV被害のため保護命令を申立て", "特殊詐欺で約300万円をだまし取られた",
          "ストーカー被害で警察に相談", "ひき逃げ事故の被害者", "職場でのセクハラ被害（刑事告訴済）",
          "自転車の盗難被害", "強盗被害に遭い負傷", "児童虐待の被害で一時保護", "SNSでの脅迫被害")


PARTIES = ("日本共産党", "自由民主党", "立憲民主党", "公明党", "社民党", "参政党", "れいわ新選組", "日本維新の会",
           "国民民主党")
PARTY_ROLES = ("{party}の党員", "{party}の後援会員", "{party}の支部役員", "{party}の党員（機関紙購読）",
               "{party}の支持者で後援会役員")
# a temple's or a church's members: the denomination of each household or person
TEMPLE_SECTS = ("浄土真宗本願寺派", "真宗大谷派", "曹洞宗", "臨済宗妙心寺派", "浄土宗", "日蓮宗", "真言宗豊山派", "天台宗")
CHURCHES = ("カトリック", "日本基督教団", "日本聖公会", "日本福音ルーテル教会", "日本バプテスト連盟", "日本ハリストス正教会")


def union_role(rng: random.Random, union: str | None = None) -> str:
    return rng.choice(UNION).format(union=union or rng.choice(UNIONS))


def union_member(rng: random.Random, union: str) -> Mark:
    """A role in the union a roster or a branch's mail is about."""
    return sensitive("労働組合", union_role(rng, union))


def party_member(rng: random.Random, party: str) -> Mark:
    """A membership in the party whose office keeps the list, or a stance told of the person."""
    text = rng.choice(PARTY_ROLES).format(party=party) if rng.random() < 0.8 else rng.choice(STANCES)
    return sensitive("信条", text)


def denomination(rng: random.Random, names: tuple[str, ...], suffix: str) -> Mark:
    return sensitive("宗教", rng.choice(names) + suffix)


def drawn(rng: random.Random, category: str) -> Mark:
    """One phrase of a category about a person."""
    pool = {"病歴": ILLNESS, "健康診断結果": CHECKUP, "障害": DISABILITY, "宗教": RELIGION, "信条": BELIEF,
            "人種・民族": ETHNIC, "犯罪歴": CRIME, "犯罪被害": VICTIM}
    text = union_role(rng) if category == "労働組合" else rng.choice(pool[category])
    return sensitive(category, text)


# About no one: notices, articles, a facility's own information (look-alikes of 要配慮)
NOTICES = (
    ("notice_health", "インフルエンザの予防接種は10月から受け付けます"),
    ("notice_health", "糖尿病予防教室を毎月第2土曜日に開催しています"),
    ("notice_health", "熱中症に注意し、こまめな水分補給を心がけましょう"),
    ("notice_health", "定期健康診断の受診率は昨年度87%でした"),
    ("notice_faith", "当寺は浄土宗の寺院です。春彼岸の法要は3月20日に営みます"),
    ("notice_faith", "クリスマス礼拝は12月24日午後7時からです"),
    ("notice_union", "労働組合の定期大会は6月に開催予定です"),
    ("notice_union", "春闘の妥結結果を組合ニュースでお知らせします"),
    ("notice_crime", "最近、近隣で空き巣被害が増えています。戸締まりにご注意ください"),
    ("notice_crime", "特殊詐欺の手口と対策について講習会を行います"),
    ("notice_disability", "当施設は車椅子のまま利用できるトイレを備えています"),
    ("notice_disability", "障害者手帳をお持ちの方は入館料が半額になります"),
    ("notice_politics", "投票日は11月16日です。期日前投票もご利用ください"),
    ("notice_ethnic", "多文化共生フォーラムを市民会館で開催します"),
)


def notice(rng: random.Random) -> Mark:
    kind, text = rng.choice(NOTICES)
    return lookalike(kind, "SENSITIVE", text)
