"""Check: a draft's figures and dates against earlier reports, and passages copied verbatim."""
