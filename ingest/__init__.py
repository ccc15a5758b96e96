"""Turn report files into documents and structure-aware chunks."""
