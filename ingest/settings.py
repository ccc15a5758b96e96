"""Settings of the ingest pipeline; `assistant.settings.Settings` composes them and passes them down."""

from __future__ import annotations

from pydantic import BaseModel


class IngestSettings(BaseModel):
    max_file_mb: float = 50.0
    window_chunks: int = 2048  # chunks parsed, then embedded together sorted by length, then stored
    parse_timeout_s: float = 120.0  # per file, in a child process that is killed at the limit; 0: no limit
    reserve_mb: float = 200.0  # no file is stored while less is free in the data folder
    background_nice: int = 10  # the web app ingests at this lower CPU priority, so searches keep their latency

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def reserve_bytes(self) -> int:
        return int(self.reserve_mb * 1024 * 1024)
