"""Benchmarks: speed targets are checked here, against a baseline measured in the same run."""
