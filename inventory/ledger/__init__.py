"""The 個人情報管理台帳 (personal-information ledger): its model, import, the
parsing of its items and retention wording, and reconciliation with the inventory."""
