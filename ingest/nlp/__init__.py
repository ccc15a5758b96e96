"""Chinese text handling in one place (as RAGFlow's rag/nlp): sentences, canonical spelling, numbers and
quantities, years and dates, names, keywords (jieba), synonyms and term weights.

Ingest, the vector store, ask, draft and check import it; it imports nothing else of the project."""
