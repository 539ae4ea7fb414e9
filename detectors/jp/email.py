"""E-mail addresses. Presidio's EmailRecognizer uses \\b and \\w, which glue kanji
to the local part (`連絡先taro@...`), so the local part here is ASCII only. A
role mailbox (info@, soumu@, noreply@, jinji-bu@, kojinjoho.madoguchi@) names a
function, not a person: it is not reported. Every part of its local part must be
a function or unit word; one other part (a name: jinji.tanaka@) makes it a person's."""

import re

from detectors.entities import EMAIL
from detectors.jp.base import JapanesePatternRecognizer, starts_after
from detectors.jp.email_kinds import SYSTEM_MAILBOXES, keitai_mailbox, machine_made, not_a_mailbox, placeholder_part

_LOCAL_CHAR = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
# the local part starts at a character that does not continue another word or address
_LOCAL = (starts_after(_LOCAL_CHAR, r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]") + _LOCAL_CHAR + "*"
          + rf"(?:\.{_LOCAL_CHAR}+)*")
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"


ROLE_MAILBOXES = frozenset({
    "info", "information", "support", "contact", "sales", "soumu", "jinji", "saiyo", "recruit", "hr", "admin",
    "office", "webmaster", "postmaster", "hostmaster", "abuse", "noreply", "no-reply", "donotreply", "inquiry",
    "toiawase", "otoiawase", "all", "members", "privacy", "tenpo", "service", "help", "helpdesk", "press",
    "kouhou", "koho", "keiri", "eigyo", "customer", "shop", "order", "mailer-daemon", "root",
    "somu", "soumubu", "somubu", "jinjibu", "kyuyo", "kyuuyo", "kaikei", "houmu", "homu", "kikaku", "kanri",
    "jimu", "jimukyoku", "kumiai", "union", "kenpo", "kenko", "kenkou", "hoken", "anzen", "eisei", "honbu",
    "uketsuke", "reception", "madoguchi", "kojinjoho", "kojinjouhou", "soudan", "sodan", "consult", "legal",
    "compliance", "security", "system", "sysadmin", "it", "news", "newsletter", "event", "events", "seminar",
    "entry", "apply", "career", "careers", "jobs", "billing", "invoice", "payment", "accounting", "notice",
    "notification", "alert", "alerts", "mail", "mailer", "bounce", "list", "ml", "desk", "center", "centre",
    "team", "group", "dept", "department", "staff", "bu", "ka", "kakari", "section", "div", "division", "hq",
    "jp", "japan", "tokyo", "osaka", "main", "general", "global", "web", "www", "cs", "pr", "ir", "ga",
    # desks of training, letting, a residents' body or a shopping street (own5)
    "kenshu", "kensyu", "kyoiku", "kyouiku", "chintai", "fudosan", "fudousan", "baibai", "bukken", "kanrikumiai",
    "jichikai", "shotenkai", "hisho", "keiyaku", "kaiin", "member", "shien",
    # a form's sender, a booking desk, a clinic's, school's, town office's, agency's or shop's desk (own6)
    "form", "forms", "webform", "yoyaku", "reserve", "reservation", "reservations", "booking", "yakkyoku", "pharmacy",
    "clinic", "iin", "byoin", "hospital", "shika", "dental", "school", "gakko", "kyomu", "gakumu", "gakusei", "nyushi",
    "admission", "admissions", "jimusho", "zeimu", "tax", "shimin", "jumin", "juumin", "chomin", "residents",
    "kosodate", "fukushi", "kaigo", "care", "haken", "staffing", "youchien", "yochien", "concierge", "yakusho",
    "shiyakusho", "yakuba", "kanrinin", "uketuke", "contactus", "hello", "enquiry", "enquiries", "inquiries",
    "feedback", "orders", "shipping", "delivery", "haiso", "hanbai", "kobai", "koubai", "purchasing", "ticket",
    "tickets", "store", "stores", "honten", "shiten", "eigyosho", "toshokan", "library", "kominkan", "kouminkan",
    # a class's or a school office's desk, a front desk, a trade's desk: a garage, a salon, a vet, a 士業 office (contact7)
    "tannin", "tanin", "kocho", "shokuin", "hokenshitsu", "jimushitsu", "front", "frontdesk", "guest", "hotel",
    "ryokan", "travel", "tour", "tours", "showroom", "seibi", "shaken", "salon", "studio", "gym", "fitness", "vet",
    "animal", "doubutsu", "byouin", "sharoshi", "zeirishi", "bengoshi", "law", "lawoffice", "gyoseishoshi",
    # an office's function or body romanised: 計画, 執行(委員会), 運営, 業務, 品質, 技術, 理事会 … (mail11)
    "keikaku", "shikko", "shikkou", "unei", "gyomu", "gyoumu", "seisan", "hinshitsu", "shomu", "shoumu", "kensa",
    "gijutsu", "kaihatsu", "sekkei", "butsuryu", "butsuryuu", "keiei", "senryaku", "kansa", "chizai", "tokkyo",
    "kokusai", "boeki", "boueki", "haisha", "jigyo", "jigyou", "iinkai", "rijikai", "kyogikai", "hyogikai", "bukai",
    "kenkyu", "kenkyuu", "ikyoku", "kango", "iji", "renkei", "chiiki", "shisetsu", "setsubi", "eizen", "hoshu",
    "kankyo", "kankyou", "joho", "johou", "jouhou", "densan", "unyu", "unyuu", "shinsa", "shiryo", "shiryou",
    "hosho", "hoshou", "kanzai",
    # a desk taking applications and notifications: 申請, 手続, 届出, 申込 (contacts13)
    "shinsei", "tetsuzuki", "todokede", "moshikomi", "moushikomi",
    # a desk of job offers, of recruiting, of donations and of joining (mail14)
    "kyujin", "kyuujin", "boshu", "boshuu", "kifu", "nyukai", "nyuukai",
    # a mutual-aid body's or an insurer's desk: 給付, 共済, 互助会, 支払, 請求 (union19)
    "kyufu", "kyuufu", "kyosai", "kyousai", "gojokai", "shiharai", "seikyu", "seikyuu",
    # a hospital's department or ward desk (産科, 内科, 外来, 病棟, 地域連携), a dormitory's office
    "sanka", "naika", "geka", "fujinka", "sanfujinka", "shonika", "shounika", "seikei", "seikeigeka", "ganka",
    "jibika", "hifuka", "hinyokika", "seishinka", "shinkeika", "masuika", "hoshasen", "rihabiri", "rehabili", "rehab",
    "yakuzai", "yakuzaibu", "eiyo", "eiyou", "gairai", "byoto", "byotou", "nyuin", "nyuuin", "shinryo", "shinryou",
    "shataku", "ryokanri", "dormitory",
    # a post's title, a site of the body and an admissions desk, romanised: 先生, 院長, 所長, 代表, 本社, 支社, 入所, 入学,
    # 案内, 登録 — what a desk's mailbox is called for, no one's name (owncontacts17)
    "sensei", "incho", "inchou", "encho", "enchou", "kancho", "kanchou", "shocho", "shochou", "shacho", "shachou",
    "kaicho", "kaichou", "tencho", "tenchou", "bucho", "buchou", "kacho", "kachou", "rijicho", "rijichou", "jimucho",
    "jimuchou", "kyoto", "kyotou", "daihyo", "daihyou", "kantoku", "director", "manager", "principal", "president",
    "honsha", "shisha", "honkan", "bekkan", "bunkan", "headoffice", "head", "branch", "factory", "nyusho", "nyuusho",
    "nyugaku", "nyuugaku", "nyuen", "nyuuen", "nyukyo", "nyuukyo", "annai", "toroku", "touroku",
    # an elected office's or a board's post romanised: 議員, 議長, 市長, 知事, 町長, 区長, 理事, 後援会 — a member's
    # office mail reaches the post (giin@, shicho@), whoever holds it (mail18b)
    "giin", "gicho", "gichou", "shicho", "shichou", "chiji", "chocho", "chochou", "soncho", "sonchou", "kucho",
    "kuchou", "riji", "koenkai", "kouenkai", "kengikai", "shigikai", "gikai",
    # the head of a body's unit romanised: 班長, 組長, 委員長, 係長, 局長, 支部長, 部会長, 隊長, 団長, 主将, 書記長, 幹事長 —
    # a circle's, a club's or a union's post, whoever holds it this year (contacts24)
    "hancho", "hanchou", "kumicho", "kumichou", "iincho", "iinchou", "kakaricho", "kakarichou", "kyokucho",
    "kyokuchou", "shibucho", "shibuchou", "bukaicho", "bukaichou", "taicho", "taichou", "dancho", "danchou",
    "shusho", "shushou", "shokicho", "shokichou", "kanjicho", "kanjichou", "sewanin", "yakuin", "kanji",
})
_PARTS = re.compile(r"[._-]")
GLUED_ROLE = 4  # jimu+kumiai, soumu+kakari: two role words of four letters or more, written as one (owncontacts17)


def role_part(part: str) -> bool:
    """A role's word, or two glued without a separator (jimukumiai@, eigyohonbu@)."""
    return part in ROLE_MAILBOXES or any(part[:cut] in ROLE_MAILBOXES and part[cut:] in ROLE_MAILBOXES
                                         for cut in range(GLUED_ROLE, len(part) - GLUED_ROLE + 1))


ADDRESS = _LOCAL + "@" + _DOMAIN + r"(?![A-Za-z0-9-])"


class EmailRecognizer(JapanesePatternRecognizer):
    ENTITY = EMAIL
    PATTERNS = (
        ("email", ADDRESS, 0.75),
    )
    # 携帯: a mobile's mailbox (090…@) is nearer it than the phone number inside it
    CONTEXT = ("メール", "メールアドレス", "e-mail", "email", "mail", "連絡先", "アドレス", "携帯")
    PREFILTER = r"@"

    def analyze(self, text: str, entities, nlp_artifacts=None, regex_flags: int | None = None) -> list:
        """Matches less those standing where no mailbox does (detectors.jp.email_kinds)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not not_a_mailbox(text, r.start, r.end)]

    def is_valid(self, value: str) -> bool:
        """Not a role's, a system's or a template's mailbox, nor a machine's identifier."""
        whole = value.partition("@")[0].lower()
        if keitai_mailbox(whole):
            return True  # 09012345678@…: a mobile's mailbox, its owner's
        local = whole.partition("+")[0]  # a sub-address names no one
        parts = [part for part in _PARTS.split(local) if part]
        if machine_made(whole):
            return False
        if any(part.isdigit() for part in parts):  # info2@ is a desk's; user.399@, do_270@ are numbered people
            return not all(role_part(part) or part.isdigit() for part in parts)
        return not all(role_part(part) or part in SYSTEM_MAILBOXES or placeholder_part(part) for part in parts)

    def validate_result(self, pattern_text: str) -> bool | None:
        """A mobile's mailbox (09012345678@…) is sure: the whole, not the phone number in it."""
        return True if keitai_mailbox(pattern_text.partition("@")[0]) else super().validate_result(pattern_text)

    @staticmethod
    def canonical(value: str) -> str:
        return value.strip().lower()
