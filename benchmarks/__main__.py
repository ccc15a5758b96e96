"""`python -m benchmarks bench report ...`."""

from benchmarks.cli import app

app()
