class CheckSites12:
    pass
