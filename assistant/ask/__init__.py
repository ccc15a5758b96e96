"""Ask: route a question, answer it from the library, verify every figure, resolve citations."""
