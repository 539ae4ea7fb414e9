class CheckBirths8: pass
