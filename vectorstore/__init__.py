"""Dense retrieval: the embedding model and the Chroma store behind small interfaces."""
