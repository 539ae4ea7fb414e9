"""Check corpus of names6 (issue 12, PERSON): the classes of
benchmarks/corpus_names6_dev.py written with other labels, layouts, names and words
(no list in common: tests/benchmarks/test_names6_corpora.py) — trainees' sheets with
katakana and romaji columns, a former surname after ※ or 旧:, half-width readings in a
member export, mail quoted in a reply, split 氏 / 名 cells and English family / given
headers, XML and camelCase JSON, vCard 2.1, an interview timetable of pupils and
guardians, a wedding's guest list, a nurse's notes, Chinese, Korean and Vietnamese
names; beside them salons, bone-setters, boats, horses, typhoons, mascots, streets
and firms named like people. Run for figures only; never tuned on.

Truth: PERSON only (as NFKC and the scanner's canonical form read it); a look-alike is
`~PERSON`.
"""

from __future__ import annotations

import random

from benchmarks.corpus_names6_dev import half_width
from benchmarks.names5_documents import Names5Documents

# (surname, reading, romaji)
SEI = [("河野", "コウノ", "Kono"), ("森本", "モリモト", "Morimoto"), ("植田", "ウエダ", "Ueda"),
       ("松岡", "マツオカ", "Matsuoka"), ("北村", "キタムラ", "Kitamura"), ("丸山", "マルヤマ", "Maruyama"),
       ("長谷川", "ハセガワ", "Hasegawa"), ("荒木", "アラキ", "Araki")]
MEI = [("恵美", "エミ", "Emi"), ("大和", "ヤマト", "Yamato"), ("直樹", "ナオキ", "Naoki"), ("沙織", "サオリ", "Saori"),
       ("隼人", "ハヤト", "Hayato"), ("真央", "マオ", "Mao"), ("航", "ワタル", "Wataru"), ("千夏", "チナツ", "Chinatsu")]
TRAINEES = [(("ジョセフィン", "デラクルス", "ガルシア"), "GARCIA JOSEPHINE DELACRUZ"),
            (("ルーカス", "オリベイラ", "ペレイラ"), "PEREIRA LUCAS OLIVEIRA"),
            (("マーク", "アンソニー", "ビリャヌエバ"), "VILLANUEVA MARK ANTHONY"),
            (("ジュリアナ", "コスタ", "ロドリゲス"), "RODRIGUES JULIANA COSTA")]
KANJI_NAMES = [(("劉", "偉"), ("リュウ", "ウェイ")), (("崔", "秀賢"), ("チェ", "スヒョン")),
               (("李", "娜"), ("リ", "ナ")), (("鄭", "在勲"), ("チョン", "ジェフン"))]
VIETNAMESE = [("チャン", "ティ", "マイ"), ("ド", "クォック", "フン"), ("ブイ", "ドゥック", "ロン")]
VIETNAMESE_CAPS = ["TRAN THI MAI", "DO QUOC HUNG", "BUI DUC LONG"]
SALONS = ["ヘアサロン ともみ", "ラウンジ 真理子", "割烹 しげる"]
BONESETTERS = ["けんじ整骨院", "ひでき鍼灸院"]
BOATS = ["第五誠丸", "遊漁船 大和丸"]
RACEHORSES = ["キタノマサル", "ミスズノゾミ"]
STORMS = ["台風ヤギ", "台風コンレイ"]
CHARACTERS = ["ゆずまるくん", "もりりんちゃん"]
AVENUES = ["清正公通り", "家康通り"]
COMPANIES = ["株式会社みさき", "合同会社 ゆうすけ"]
ROLES = ["新郎友人", "新婦親族", "新郎上司"]
SUBJECTS = ["国語", "算数", "理科"]


class CheckNames6(Names5Documents):
    prefix = "n6_check"

    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 47 + 61))

    def someone(self) -> tuple[tuple, tuple]:
        return self.pick(SEI), self.pick(MEI)

    def trainees(self) -> tuple[str, str, set]:
        """技能実習生一覧 (tab-separated): カタカナ表記 and パスポート表記 columns."""
        rows, truth = ["受入番号\tカタカナ表記\tパスポート表記\t配属"], set()
        for i, (parts, caps) in enumerate(self.rng.sample(TRAINEES, 3)):
            written = self.pick(["・".join(parts), "　".join(parts)])
            rows.append(f"T-{i + 11}\t{written}\t{caps}\t第二工場")
            truth |= {("PERSON", "".join(parts)), ("PERSON", caps.replace(" ", ""))}
        viet, caps = self.pick(list(zip(VIETNAMESE, VIETNAMESE_CAPS)))
        rows.append(f"T-20\t{'・'.join(viet)}\t{caps}\t第一工場")
        return "\n".join(rows) + "\n", ".tsv", truth | {("PERSON", "".join(viet)), ("PERSON", caps.replace(" ", ""))}

    def former_names(self) -> tuple[str, str, set]:
        """人事異動通知: a former surname after ※旧姓 or in （旧：…）."""
        lines, truth = ["人事異動のお知らせ"], set()
        for _ in range(self.rng.randint(2, 3)):
            (sei, _, _), (mei, _, _) = self.someone()
            old = self.pick(SEI)[0]
            if old == sei:
                continue
            layout = self.pick(["{s} {m} ※旧姓 {o}", "{s}{m}（旧：{o}）", "{s}　{m}（旧姓・{o}）"])
            lines.append(f"・企画課へ異動　{layout.format(s=sei, m=mei, o=old)}")
            truth |= {("PERSON", sei + mei), ("PERSON", old)}
        return "\n".join(lines) + "\n", ".txt", truth

    def member_export(self) -> tuple[str, str, set]:
        """A member export: 氏名 in kanji and ｼﾒｲ in half-width katakana."""
        rows, truth = ["会員NO\t氏名\tｼﾒｲ\t入会日"], set()
        for i in range(self.rng.randint(3, 5)):
            (sei, sk, _), (mei, mk, _) = self.someone()
            rows.append(f"{5000 + i}\t{sei}{mei}\t{half_width(sk + ' ' + mk)}\t2025/04/0{i + 1}")
            truth |= {("PERSON", sei + mei), ("PERSON", sk + mk)}
        return "\n".join(rows) + "\n", ".tsv", truth

    def reply(self) -> tuple[str, str, set]:
        """A reply quoting the first mail, signed with a title."""
        (sei, _, sr), (mei, _, mr) = self.someone()
        (to_sei, _, _), (to_mei, _, _) = self.someone()
        quoted = self.pick([f"{mr} {sr} <{sr.lower()}@example.org>", f"{sei}{mei} <{mr.lower()}@example.org>"])
        text = (f"差出人: {to_sei} {to_mei} <info@example.net>\n件名: Re: 見積もりのご依頼\n\n{sei}さん\n\n"
                f"ご連絡ありがとうございます。見積書を添付いたします。\n\n課長　{to_sei}{to_mei}\n\n"
                f"{self.pick(['2026/11/20 10:12', '2026年11月20日(金) 10:12'])} {quoted} wrote:\n> 見積もりをお願いします。\n")
        truth = {("PERSON", quoted.split(" <")[0].replace(" ", "")), ("PERSON", to_sei + to_mei)}
        return text, ".eml", truth

    def cells(self) -> tuple[str, str, set]:
        """氏（漢字）| 名（漢字）| 氏（カナ）| 名（カナ）, or family name | given name in romaji."""
        english = self.rng.random() < 0.5
        rows, truth = ["family name\tgiven name\tteam" if english else "氏（漢字）\t名（漢字）\t氏（カナ）\t名（カナ）"], set()
        for _ in range(self.rng.randint(3, 5)):
            (sei, sk, sr), (mei, mk, mr) = self.someone()
            rows.append(f"{sr.upper()}\t{mr}\tB" if english else f"{sei}\t{mei}\t{sk}\t{mk}")
            truth |= {("PERSON", sr.upper() + mr)} if english else {("PERSON", sei + mei), ("PERSON", sk + mk)}
        return "\n".join(rows) + "\n", ".tsv", truth

    def markup(self) -> tuple[str, str, set]:
        """XML with <shimei>, or camelCase JSON with lastName / firstName."""
        (sei, sk, _), (mei, mk, _) = self.someone()
        if self.rng.random() < 0.5:
            text = f"<?xml version=\"1.0\"?>\n<record><shimei>{sei}　{mei}</shimei><yomi>{sk}　{mk}</yomi></record>\n"
            return text, ".xml", {("PERSON", sei + mei), ("PERSON", sk + mk)}
        text = f'{{"member": {{"lastName": "{sei}", "firstName": "{mei}", "plan": "standard"}}}}\n'
        return text, ".json", {("PERSON", sei), ("PERSON", mei)}

    def vcard21(self) -> tuple[str, str, set]:
        (sei, _, _), (mei, _, _) = self.someone()
        text = (f"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:{sei};{mei}\r\nFN;CHARSET=UTF-8:{sei}{mei}\r\n"
                f"TEL;CELL:080-0000-1111\r\nEND:VCARD\r\n")
        return text, ".vcf", {("PERSON", sei + mei)}

    def interviews(self) -> tuple[str, str, set]:
        """個人面談日程: a pupil, the guardian who comes."""
        lines, truth = ["個人面談日程表"], set()
        for hour in range(14, 14 + self.rng.randint(2, 4)):
            (sei, _, _), (mei, _, _) = self.someone()
            parent = self.pick(MEI)[0]
            lines.append(f"{hour}:00〜 生徒：{sei} {mei}　保護者：{sei} {parent}（{self.pick(SUBJECTS)}の相談）")
            truth |= {("PERSON", sei + mei), ("PERSON", sei + parent)}
        return "\n".join(lines) + "\n", ".txt", truth

    def guests(self) -> tuple[str, str, set]:
        """招待客リスト: 卓, 名前 様, 関係."""
        rows, truth = ["卓名,お名前,ご関係"], set()
        for table in "ABC"[:self.rng.randint(2, 3)]:
            (sei, _, _), (mei, _, _) = self.someone()
            rows.append(f"{table}卓,{sei} {mei} 様,{self.pick(ROLES)}")
            truth.add(("PERSON", sei + mei))
        return "\n".join(rows) + "\n", ".csv", truth

    def nurse(self) -> tuple[str, str, set]:
        """看護記録: a child by given name with くん, ちゃん, and a parent by the child."""
        a, b, c = (self.pick(MEI)[0] for _ in range(3))
        text = (f"小児病棟　看護記録\n夜間、{a}くんが発熱。解熱剤を使用。\n"
                f"{b}ちゃんのお父さんより、面会時間について問い合わせあり。\n{c}くん、朝食を全量摂取。\n")
        return text, ".txt", {("PERSON", a), ("PERSON", b), ("PERSON", c)}

    def east_asian(self) -> tuple[str, str, set]:
        """面談メモ: a Chinese or Korean name with its reading in brackets, a Vietnamese name in capitals."""
        (kanji, kana), viet = self.pick(KANJI_NAMES), self.pick(VIETNAMESE_CAPS)
        text = (f"在留資格の相談\n相談者　{''.join(kanji)}（{' '.join(kana)}）\n同席　{viet}\n")
        truth = {("PERSON", "".join(kanji)), ("PERSON", "".join(kana)), ("PERSON", viet.replace(" ", ""))}
        return text, ".txt", truth

    def venues(self) -> tuple[str, set]:
        salon, setter, boat = self.pick(SALONS), self.pick(BONESETTERS), self.pick(BOATS)
        text = self.pick([f"忘年会の会場：{salon}（二次会）\n腰痛で{setter}に通院中。{boat}で釣りの予定。\n",
                          f"協賛店一覧\n{salon}\n{setter}\n"])
        return text, {("~PERSON", v.replace(" ", "")) for v in (salon, setter, boat) if v in text}

    def not_people(self) -> tuple[str, set]:
        horse, storm, character, avenue, company = (self.pick(x) for x in (
            RACEHORSES, STORMS, CHARACTERS, AVENUES, COMPANIES))
        text = (f"{storm}の影響で{avenue}沿いの店舗は臨時休業。{horse}が重賞を勝った。\n"
                f"キャラクター「{character}」のグッズを販売。発注先 {company}\n")
        return text, {("~PERSON", v.replace(" ", "")) for v in (horse, storm, character, avenue, company)}

    def kinds(self) -> list:
        return [self.trainees, self.former_names, self.member_export, self.reply, self.cells, self.markup,
                self.vcard21, self.interviews, self.guests, self.nurse, self.east_asian]

    def look_alike_kinds(self) -> list:
        return [self.venues, self.not_people]
