"""Settings of the ingest pipeline; `assistant.settings.Settings` composes them and passes them down."""

from __future__ import annotations

from pydantic import BaseModel, Field


class IngestSettings(BaseModel):
    max_file_mb: float = Field(50.0, description="Larger files are refused with a message.")
    # chunks parsed, then embedded together sorted by length, then stored
    window_chunks: int = Field(
        2048,
        description="Chunks of many files parsed, then embedded together sorted by length, then stored.",
    )
    # per file, in a child process that is killed at the limit; 0: no limit
    parse_timeout_s: float = Field(
        120.0,
        description="Seconds one file may take to parse (its child process is killed); 0: no limit.",
    )
    # no file is stored while less is free in the data folder
    reserve_mb: float = Field(200.0, description="No file is stored while less than this is free in the data folder.")
    # the web app ingests at this lower CPU priority, so searches keep their latency
    background_nice: int = Field(10, description="Nice steps below normal for the web app's background ingest; 0: off.")

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def reserve_bytes(self) -> int:
        return int(self.reserve_mb * 1024 * 1024)
