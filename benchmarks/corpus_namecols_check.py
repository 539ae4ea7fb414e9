class CheckNames: pass
