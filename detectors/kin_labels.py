"""Labels that name a person beside the record's own subject (cards20): a family member
(連絡先（妻）, 母の連絡先, 家族連絡先), a witness or the one who reported (通報者, 目撃者, 発見者)
in a report form (an accident's, an incident's, a disaster's), an emergency sheet or a
care record. The number under such a label is that person's even where an organisation
stands earlier on the line (搬送先：市民病院　連絡先（妻）：090-…: the hospital is where the
subject was taken, the mobile is the wife's), or a section's heading above it (【家族】, ［長男］)."""

# kin as a form writes them: a spouse, parents, children, siblings, grandparents, in-laws
_KIN = ("妻", "夫", "父", "母", "父親", "母親", "息子", "娘", "長男", "長女", "次男", "次女", "三男", "三女", "兄", "姉", "弟", "妹",
        "祖父", "祖母", "孫", "義父", "義母", "配偶者", "家族", "親族", "同居人", "親", "子")
# a report's or a record's other people, by their part in it (家族 alone is no label: ご家族の方のお問い合わせは事務局へ)
_PARTIES = ("通報者", "目撃者", "発見者", "届出人", "届出者", "申告者", "相手方", "同乗者", "身元引受人")
KIN_LABELS = _PARTIES + tuple(f"{left}{kin}{right}" for kin in _KIN for left, right in (("（", "）"), ("(", ")"), ("【", "】"), ("［", "］"))) \
    + tuple(f"{kin}{joint}連絡先" for kin in _KIN[:-2] for joint in ("", "の"))
