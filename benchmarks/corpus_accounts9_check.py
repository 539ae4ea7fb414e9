class CheckAccounts9: pass
