"""要配慮 said in English prose of a person (sens18), beside english_faith's 宗教: an agency's,
a school's or an employer's notes written in English tell an illness (she was off work with
major depressive disorder, diagnosed with type 2 diabetes), a disability (has a hearing
impairment), an offence (a prior conviction for assault, arrested for shoplifting), being a
victim (the victim of stalking, was robbed), a union's membership or role (a member of the
workers' union, shop steward) and an origin (of Ainu descent).

What is no one's stays out: a negated sentence (No history of mental illness, no criminal
record declared), a question (Have you ever been convicted…?), anyone's condition in a rule or a
notice (If you have diabetes…, applicants convicted of…), a disease naming a thing (cancer
insurance, diabetes screening), a union that is no workers' (the European Union, a credit union).

Text is searched only when it holds one of the cue words (one scan of literal alternatives)."""

from __future__ import annotations

import re

from detectors.jp.sensitive.english_terms import CONDITIONS, DISABILITIES
from detectors.jp.sensitive.phrases import Phrase

# the cheap gate: without one of these (lower case, or its capital dropped) no sentence here is written
_CUE = re.compile(r"iagnos|uffer|reat|sick|off work|istory of|iving with|has |had |have |onvict|riminal record"
                  r"|rrested|harged with|robation|ictim|obbed|ugged|urgl|ssaulted|talked|stolen|nion|teward|escent"
                  r"|ncestry|Party|Zainichi|Ainu|Ryukyuan|thnic|anti-|peace |climate |pro-|acifist|onscientious")
# a negation or a generic subject before the phrase in its sentence: nobody's condition
_NOT_OF_SOMEONE = re.compile(r"\b(?:[Nn]o|[Nn]ot|[Nn]ever|[Nn]either|[Nn]or|[Ww]ithout|[Dd]en(?:y|ies|ied)|[Ff]ree of"
                             r"|[Ii]f|[Aa]nyone|[Aa]nybody|[Pp]eople|[Pp]ersons|[Tt]hose|[Aa]pplicants|[Pp]atients who"
                             r"|[Ww]hoever|[Ee]mployees who|[Mm]embers who)\b|n't\b")

_WORDS = r"(?:[A-Za-z0-9'-]+ ){0,3}?"
# (failure only after an organ, in english_terms: a test's or an import's failure is no one's illness)
_ENDINGS = ("disorder", "disease", "syndrome", "cancer", "illness", "infection")
_ENDING = rf"[A-Za-z'-]+ (?:{'|'.join(_ENDINGS)})"
_CONDITION = rf"(?P<c>{_WORDS}(?:{_ENDING}|{'|'.join(CONDITIONS)})s?)\b"
_DISABLED = rf"(?P<d>{_WORDS}(?:{'|'.join(DISABILITIES)})s?)\b"
# a thing a disease's word names (cancer insurance, a diabetes clinic): no one's condition
_THING = re.compile(r" (?:insurance|screening|test|awareness|research|ward|unit|cent(?:re|er)|clinic|hospital|society"
                    r"|association|foundation|charity|day|month|week|prevention|policy|program(?:me)?|campaign"
                    r"|services?|drugs?|medicines?|vaccines?|specialists?|products?|plans?|cover)\b")
_TOLD_ILL = re.compile(r"(?:[Dd]iagnosed (?:with|as having)|[Dd]iagnosis of|[Ss]uffer(?:s|ed|ing)? from"
                       r"|[Tt]reat(?:ment|ed) (?:\w+ ){0,2}?for|[Mm]edication for|[Tt]herapy for|[Ss]urgery for"
                       r"|[Hh]ospitali[sz]ed (?:with|for)|off (?:work|sick) (?:\w+ ){0,4}?(?:with|due to|because of)"
                       r"|on sick leave (?:\w+ ){0,4}?(?:with|for|due to)|[Hh]istory of|[Ll]iving with|[Rr]ecovering from"
                       r"|[Dd]eveloped|(?:has|had|have) (?:had )?(?:an? )?) ?"
                       rf"(?:an? |the )?(?:{_DISABLED}|{_CONDITION})")
# an offence's or a harm's words, up to a word of time or a joining word (in 2015, last year, and)
_OBJECT = (r"(?:(?!(?:last|this|in|on|at|since|during|when|while|and|but|after|before|from|to|with|by|as|which|who"
           r"|that|was|is)\b)[A-Za-z-]+(?: |\b)){1,4}")
_OFFENCE = re.compile(r"(?:(?:[Cc]onvicted|[Aa]rrested|[Cc]autioned) (?:of|for|on suspicion of)|(?:was|were|been|being) charged with"
                      r"|(?:[Pp]rior|[Pp]revious|[Ss]pent|[Cc]riminal) convictions? (?:for|of)|[Pp]leaded guilty to)"
                      rf" (?:an? |the )?{_OBJECT}"
                      r"|(?:[Pp]rior|[Pp]revious|[Ss]pent) convictions?|[Cc]riminal record|(?:is|was|been) on probation")
_VICTIM = re.compile(rf"[Vv]ictim of (?!(?:its|his|her|their|our|my) own|circumstance)(?:an? |the )?{_OBJECT}"
                     r"|(?:was|were|been|got) (?:\w+ )?(?:assaulted|robbed|mugged|burgled|burglarized|stalked|raped"
                     r"|defrauded|scammed|attacked|beaten up)"
                     r"|had (?:his|her|their|a) (?:[a-z-]+ ){1,3}stolen|(?:his|her|their) (?:[a-z-]+ ){1,3}was stolen")
_UNION = re.compile(r"(?:[Mm]ember of (?:the |a |our |his |her )?(?:[A-Za-z'&-]+ ){0,4}?[Uu]nion"
                    r"|[Uu]nion (?:rep(?:resentative)?|steward|official|officer|organi[sz]er|delegate|branch secretary"
                    r"|secretary|chair(?:person)?|membership|member)|[Ss]hop steward"
                    r"|[Jj]oined (?:the |a )?(?:[A-Za-z'&-]+ ){0,3}?[Uu]nion)\b")
# unions of no workers (a union of states, a bank, a sport, students)
_NO_WORKERS = re.compile(r"(?:European|African|Soviet|[Cc]redit|[Cc]ustoms|[Rr]ugby|[Ss]tudents?'?|[Pp]ostal|[Cc]ivil)"
                         r" [Uu]nion")
_PARTY = re.compile(r"(?:[Mm]ember|[Ss]upporter|[Aa]ctivist|[Vv]olunteer) of the (?:[A-Z][A-Za-z'-]* ){1,4}Party\b"
                    r"|(?:supports?|supported|vote[sd] for|campaign(?:s|ed)? for) the (?:[A-Z][A-Za-z'-]* ){1,4}Party\b")
# a cause's act, a pacifist or an objector of conscience (an anti-nuclear protest, a climate march) (creed20);
# each pattern opens with literal letters (an alternation of groups would be tried at every position)
_CREEDS = (re.compile(r"(?:anti-[a-z]+|peace|climate|pro-choice|pro-life|abolitionist) (?:demonstrations?|protests?"
                      r"|rall(?:y|ies)|march(?:es)?|movement|campaign(?:er)?s?|activists?|vigils?)\b"),
           re.compile(r"(?:pacifist|Pacifist|conscientious objector|Conscientious objector)s?\b"))
# a cell that begins with a condition (Crohn's disease, on biologics | Registered blind): a column of conditions
# (the names and the endings alone, as written and capitalised: literal alternatives, scanned by their first letters)
_NAMES = DISABILITIES + CONDITIONS + _ENDINGS
_CELL_CONDITION = re.compile(rf"(?:{'|'.join(t[:1].upper() + t[1:] + '|' + t for t in _NAMES)})s?\b")
_CELL_LEAD = re.compile(r"[ \"]*(?:[A-Za-z0-9'-]+ ){0,2}")
_DISABILITY_WORD = re.compile(f"(?:{'|'.join(DISABILITIES)})s?", re.IGNORECASE)  # a cell's word that is 障害
CELL_CHARS = 40
_NEEDS_A_LEAD = ("disability", "impairment", *_ENDINGS)  # alone, a column's header (Disability), not anyone's
_STANDS_FIRST = ("stroke",)  # after a word, a swimmer's (Back stroke)
_ORIGIN = re.compile(r"\bof (?:[A-Z][a-z]+[ -]){1,2}(?:descent|ancestry|heritage)\b(?! site)"
                     r"|\b(?:is|are|was|am|as) (?:an? )?(?:Zainichi|Ainu|Ryukyuan"
                     r"|ethnic(?:ally)? [A-Z][a-z]+)\b")


def may_tell(text: str) -> bool:
    """The cheap gate: a cue word in the text at all, or a table's cell of a condition."""
    return _CUE.search(text) is not None or ("\t" in text and _CELL_CONDITION.search(text) is not None)


class EnglishProseMatcher:
    """Matcher of the recognizer's list: phrases of 要配慮 said of a person in English."""

    def find(self, text: str, cells=None) -> list[Phrase]:
        if _CUE.search(text) is None:
            return _cells_of_conditions(text) if "\t" in text else []
        found = [self._condition(m) for m in _TOLD_ILL.finditer(text) if not _THING.match(text, m.end())]
        found += [Phrase(*m.span(), "犯罪歴") for m in _OFFENCE.finditer(text)]
        found += [Phrase(*m.span(), "犯罪被害") for m in _VICTIM.finditer(text)]
        found += [Phrase(*m.span(), "労働組合") for m in _UNION.finditer(text) if not _NO_WORKERS.search(m[0])]
        found += [Phrase(*m.span(), "人種・民族") for m in _ORIGIN.finditer(text)]
        parties = (_PARTY,) if "Party" in text else ()  # (its people's words open with many letters: a gate)
        found += [Phrase(*m.span(), "信条") for pattern in (*parties, *_CREEDS) for m in pattern.finditer(text)]
        found += _cells_of_conditions(text) if "\t" in text else []  # (the cells' own gate is their search)
        return [_trimmed(text, p) for p in found if _of_someone(text, p.start)]

    @staticmethod
    def _condition(match: re.Match) -> Phrase:
        if match["d"]:
            return Phrase(*match.span("d"), "障害")
        return Phrase(*match.span("c"), "病歴")


def _cells_of_conditions(text: str) -> list[Phrase]:
    """Cells of a table that begin with an illness or a disability, English words (its first words
    may qualify it: Registered blind, Type 1 diabetes); a cell of a disability's word is 障害."""
    found = []
    for m in _CELL_CONDITION.finditer(text):
        if text[m.start() - 1:m.start()].isascii() and text[m.start() - 1:m.start()].isalpha():
            continue  # inside a word
        start = max(text.rfind("\t", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (text.find("\t", m.end()), text.find("\n", m.end())) if i >= 0]
        if min(ends, default=len(text)) - start > CELL_CHARS or _CELL_LEAD.fullmatch(text, start, m.start()) is None:
            continue
        lead, word = text[start:m.start()].strip(' "'), m[0].lower()
        if _THING.match(text, m.end()) or _NOT_OF_SOMEONE.search(text, start, m.start()) or (
                word in _NEEDS_A_LEAD and not lead) or (word in _STANDS_FIRST and lead):
            continue
        disabled = _DISABILITY_WORD.fullmatch(m[0])
        found.append(Phrase(m.start() - len(lead) - (1 if lead else 0), m.end(), "障害" if disabled else "病歴"))
    return found


def _of_someone(text: str, start: int) -> bool:
    """The sentence holding start is no negation, no rule of anyone and no question."""
    begin = max(text.rfind(mark, 0, start) for mark in ".!?;\n\t") + 1
    end = min((i for i in (text.find(mark, start) for mark in ".!?\n") if i >= 0), default=len(text))
    return _NOT_OF_SOMEONE.search(text, begin, start) is None and not text.startswith("?", end)


def _trimmed(text: str, phrase: Phrase) -> Phrase:
    """The phrase without the space its last word may have taken."""
    end = phrase.end
    while end > phrase.start and text[end - 1] == " ":
        end -= 1
    return phrase._replace(end=end)
