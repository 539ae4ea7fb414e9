"""The legal forms that make a name an organisation's (株式会社, ㈱, 医療法人 …), written
once: a person's column, a name in prose, an organisation's own row and its goods each
tell a company's name by them."""

from __future__ import annotations

from detectors.words import alternation

COMPANY_FORMS = ("株式会社", "有限会社", "合同会社", "合資会社", "合名会社")
CORPORATION_FORMS = ("一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "社会福祉法人", "医療法人社団",
                     "医療法人財団", "医療法人", "学校法人", "宗教法人", "NPO法人", "特定非営利活動法人")
# the short marks of a company's form, as forms print them
COMPANY_MARKS = ("(株)", "（株）", "(有)", "（有）", "(同)", "（同）", "㈱", "㈲")
LEGAL_FORMS = COMPANY_FORMS + CORPORATION_FORMS + COMPANY_MARKS
# a company's form in a regular expression, its marks in either bracket ((株）as typed in haste)
COMPANY = alternation(COMPANY_FORMS) + r"|[(（][株有同][)）]|[㈱㈲]"
# any organisation's form: a company's, or any 法人
ANY_LEGAL_FORM = COMPANY + "|法人"
