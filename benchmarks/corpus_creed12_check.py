class CheckDocuments:  # written next
    pass
