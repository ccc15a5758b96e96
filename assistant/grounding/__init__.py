"""What asking and drafting share: the question's intent, the compact context, figure verification,
citations, and what they need of the library."""
