"""Development corpus for issue 12's mail14 work: a town's council of social welfare (社協)
and the bodies it works with, where a person's own mailbox and phone sit beside an
organisation's own — a service's, a facility's, an event's or a body's mailbox whose local
part names no one (haisyoku@, fureai-center@, natsumatsuri@, a group on free mail), its
代表, 受付 and FAX lines — one format × one place each: a letterhead above a letter to a
person, a docx notice's footer under a rule, a signature closing a reply to a person, a
関係機関一覧 TSV (a town office's desk, a health centre, a school, a police station), a
member list in xlsx with people's own mailboxes, an application form whose 申込先 is the
desk. The rules are tuned on this corpus only; benchmarks/corpus_mail14_check.py (other
bodies, layouts and lists) checks them.

Truth: a person's values are labelled EMAIL and PHONE; an organisation's are look-alikes
`("~TYPE", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _docx, _e164
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

SCORED = ("PHONE", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
BODIES = [("社会福祉法人みどり町社会福祉協議会", "midori-shakyo.or.jp"), ("NPO法人ささえあいネット", "sasaeai.org"),
          ("みどり町ふれあいセンター", "fureai-midori.jp")]
SERVICES = ["haisyoku", "mimamori", "kifu", "volunteer", "nyukai", "fureai-center", "natsumatsuri2026",
            "kodomo-shokudo", "ikiiki-salon", "idobata"]
FREE_BODIES = [("みどり町老人クラブ連合会", "midori.rojinclub@gmail.com"), ("さくら子ども会", "kodomokai.sakura@yahoo.co.jp")]
PARTNERS = [("みどり町役場 福祉課", "fukushi-ka@town-midori.lg.jp"), ("北部保健所", "hokenjo-hokubu@pref-midori.lg.jp"),
            ("みどり小学校", "midori-sho@midori.ed.jp"), ("みどり警察署", "")]
MEMBERS = [("高橋 健太", "kenta.takahashi"), ("渡辺 さゆり", "s-watanabe"), ("中村 亮", "nakamura1978"),
           ("加藤 美咲", "misaki_kato"), ("吉田 隆", "tyoshida")]
PERSONAL_DOMAINS = ["gmail.com", "ezweb.ne.jp", "example-isp.ne.jp"]


class DevMail14(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 141)

    def service(self) -> tuple[str, str]:
        body, domain = self.pick(BODIES)
        return body, f"{self.pick(SERVICES)}@{domain}"

    def member(self) -> tuple[str, str]:
        name, local = self.pick(MEMBERS)
        return name, f"{local}@{self.pick(PERSONAL_DOMAINS)}"

    @staticmethod
    def truth(mails=(), phones=(), their_mails=(), their_phones=()) -> set:
        return ({("EMAIL", m.lower()) for m in mails} | {("PHONE", _e164(p)) for p in phones}
                | {("~EMAIL", m.lower()) for m in their_mails} | {("~PHONE", _e164(p)) for p in their_phones}
                | _SCORED)

    def letterhead_txt(self, i: int) -> Doc:
        (body, mailbox), (who, mine), mobile = self.service(), self.member(), self.mobile()
        tel, fax = self.landline(), self.landline()
        lines = [body, f"TEL {tel}　FAX {fax}", f"メール {mailbox}", "", f"{who} 様（携帯 {mobile}）", "",
                 "サービス開始のお知らせ", "下記のとおりご案内いたします。", f"ご登録のメール：{mine}"]
        return Doc(f"m14d_letterhead{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.truth([mine], [mobile], [mailbox], [tel, fax]))

    def footer_docx(self, i: int) -> Doc:
        (body, mailbox), tel = self.service(), self.landline()
        lines = ["いきいきサロンのご案内", "毎月第2水曜日に開催します。", "――――――――", body, mailbox, f"電話 {tel}"]
        return Doc(f"m14d_footer{i:03d}.docx", _docx(lines), self.truth(their_mails=[mailbox], their_phones=[tel]))

    def reply_eml(self, i: int) -> Doc:
        (body, mailbox), (who, mine), tel = self.service(), self.member(), self.landline()
        text = (f"{who} 様\n\nお問い合わせありがとうございます。\n折り返しご連絡いたします。\n\n--\n{body}\n"
                f"担当：{self.pick(MEMBERS)[0][:2]}\n代表メール {mailbox}\n代表電話 {tel}\n")
        return Doc(f"m14d_reply{i:03d}.eml", w.make_eml("お問い合わせの件", mailbox, mine, text),
                   self.truth([mine], their_mails=[mailbox], their_phones=[tel]))

    def partners_tsv(self, i: int) -> Doc:
        lines, seen = ["関係機関一覧", "機関名\t担当\t電話\tメール"], self.truth()
        for name, mailbox in PARTNERS:
            tel = self.landline()
            lines.append(f"{name}\t{self.pick(['相談係', '地域係', '教頭', '生活安全課'])}\t{tel}\t{mailbox}")
            seen |= self.truth(their_phones=[tel], their_mails=[mailbox] if mailbox else [])
        return Doc(f"m14d_partners{i:03d}.tsv", "\n".join(lines).encode("utf-8"), seen)

    def members_xlsx(self, i: int) -> Doc:
        rows, seen = [["氏名", "携帯", "メール"]], self.truth()
        for name, local in self.rng.sample(MEMBERS, 3):
            mobile, mine = self.mobile(), f"{local}@{self.pick(PERSONAL_DOMAINS)}"
            rows.append([name, mobile, mine])
            seen |= self.truth([mine], [mobile])
        group, free = self.pick(FREE_BODIES)
        rows.append([group, "", free])
        return Doc(f"m14d_members{i:03d}.xlsx", w.xlsx_bytes({"会員": rows}), seen | self.truth(their_mails=[free]))

    def entry_txt(self, i: int) -> Doc:
        (body, mailbox), (who, mine), mobile = self.service(), self.member(), self.mobile()
        lines = ["参加申込書", f"氏名：{who}", f"携帯電話：{mobile}", f"メール：{mine}", "",
                 f"申込先：{body}　{mailbox}"]
        return Doc(f"m14d_entry{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.truth([mine], [mobile], [mailbox]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.letterhead_txt, self.reply_eml, self.partners_tsv, self.members_xlsx, self.entry_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.footer_docx, self.bulletin_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def bulletin_txt(self, i: int) -> Doc:
        group, free = self.pick(FREE_BODIES)
        lines = [f"{group} 会報", "次回の集いは公民館で開きます。", f"連絡：{free}"]
        return Doc(f"m14d_clean_bulletin{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   self.truth(their_mails=[free]))
