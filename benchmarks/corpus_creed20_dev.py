"""Development corpus of creed20 (信条 in every form a writer may use): the rules are
corrected on it. No template, name or word list in common with corpus_creed20_check.py.
Kinds: an interview memo in text (a camp of a cause, a cause asserted, a conviction ruling a
diet), a member form as an HTML table (所属団体 with a cause's group or a party), a personnel
note in mail (a petition lodged, a candidacy, a party's paper taken), an English reference in
text (a party campaigned for, a march joined; the name after "Applicant:": a name after
"Reference for" or "Dear Ms" in a text file is not read as a person today). Clean files: a party's notice of its rally, a
company's policy, a school election's result, a complaint of pain.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from samples import writers as w

PEOPLE = [("早瀬", "紘一"), ("柏原", "美咲"), ("能登", "康介"), ("鶴見", "さやか"), ("梶", "悠真"), ("岩城", "千夏"),
          ("真鍋", "拓也"), ("畑中", "由梨")]
ROMAJI = ["Kenta Hosoya", "Mirai Takagi", "Shun Arakawa", "Yuna Mochizuki"]
CAMPS = ["原発再稼働反対派である", "改憲派を自認している", "死刑存置論者として知られる", "護憲派である"]
ASSERTED = ["脱原発を強く主張している", "反捕鯨を訴え続けている", "核廃絶を主張している"]
CONVICTIONS = ["倫理上の理由で革製品を使わない", "動物の権利を重んじる信念からヴィーガンである", "良心的兵役拒否者である"]
GROUPS = ["死刑廃止の会", "憲法九条を守る会", "反原発ネットワーク", "市民革新党"]
PLAIN_GROUPS = ["山手町内会", "商工会議所", "テニスサークル"]
ACTS = ["市議会に請願書を提出した", "県に陳情を繰り返している", "町議選に立候補した経験がある", "未来党の機関紙を購読している",
        "党籍を持っている"]
ENGLISH = ["campaigned for the Green Party", "joined a climate march", "became a conscientious objector"]
TYPES = {("*", "SENSITIVE")}


class DevCreed20:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 41 + 2020)

    def person(self) -> str:
        family, given = self.rng.choice(PEOPLE)
        return f"{family} {given}"

    def memo_txt(self, k: int) -> Doc:
        said = self.rng.choice([*CAMPS, *ASSERTED, *CONVICTIONS])
        text = f"面談記録\n対象者：{self.person()}\n所見：本人は{said}。\n次回：来月上旬"
        return Doc(f"cr20d_memo{k:03d}.txt", text.encode("utf-8"), TYPES | {("SENSITIVE", f"信条:{said}")})

    def form_html(self, k: int) -> Doc:
        group = self.rng.choice(GROUPS)
        rows = f"<tr><th>氏名</th><td>{self.person()}</td></tr><tr><th>所属団体</th><td>{group}</td></tr>"
        html = f"<html><body><h3>入会申込書</h3><table>{rows}</table></body></html>"
        return Doc(f"cr20d_form{k:03d}.html", html.encode("utf-8"), TYPES | {("SENSITIVE", f"信条:{group}")})

    def note_eml(self, k: int) -> Doc:
        act = self.rng.choice(ACTS)
        body = f"人事課各位\n\n{self.person()}さんについて。本人は{act}とのことです。\n\n以上"
        return Doc(f"cr20d_note{k:03d}.eml", w.make_eml("所見", "hr@example.jp", "hr-all@example.jp", body),
                   TYPES | {("SENSITIVE", f"信条:{act}")})

    def reference_txt(self, k: int) -> Doc:
        said = self.rng.choice(ENGLISH)
        text = f"Applicant: {self.rng.choice(ROMAJI)}\nIn 2024 the applicant {said}, as told at the interview."
        return Doc(f"cr20d_ref{k:03d}.txt", text.encode("utf-8"), TYPES | {("SENSITIVE", f"信条:{said}")})

    def positives(self, count: int) -> list[Doc]:
        makers = [self.memo_txt, self.form_html, self.note_eml, self.reference_txt]
        return [makers[k % len(makers)](k) for k in range(count)]

    def clean_txt(self, k: int) -> Doc:
        lines = ["当党の党員集会を来月開催します。選挙ボランティアを募集しています。", "当社は脱炭素の推進を主張している。",
                 "生徒会長に立候補した経験がある生徒は3名。", "担当者は腰痛を訴えている。",
                 f"所属団体：{self.rng.choice(PLAIN_GROUPS)}"]
        return Doc(f"cr20d_clean{k:03d}.txt", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        return [self.clean_txt(k) for k in range(count)]
