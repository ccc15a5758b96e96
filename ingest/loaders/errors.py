"""The error every loader raises for a file it cannot read."""


class LoadError(ValueError):
    """A file that cannot be read; the message is shown to the user (Chinese, then English)."""
