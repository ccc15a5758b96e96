"""The doctor finds and repairs every way the stores can disagree; an ingest killed with SIGKILL at
random points and run again leaves the library exactly as one clean run would."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from assistant.components import open_library
from assistant.settings import Settings
from ingest.document import Chunk
from ingest.pipeline import ingest_paths
from ingest.reader import read_report
from tests.conftest import EXAMPLES
from vectorstore.doctor import diagnose, repair

TOPICS = ["友城交流", "因公出国管理", "外事接待", "涉外培训", "对外宣传", "港澳事务", "领事保护", "国际会议"]


def _write_reports(folder: Path, count: int) -> None:
    """Small but real reports, each different, in the 公文 shape the outline parser reads."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(5)
    for i in range(count):
        topic = TOPICS[i % len(TOPICS)]
        lines = [f"关于{2015 + i % 10}年{topic}工作情况的报告（第{i + 1}号）", "一、主要工作"]
        lines += [f"（{n}）{topic}第{n}项。全年开展{topic}活动{rng.randint(1, 90)}次，涉及人员{rng.randint(10, 900)}人，"
                  f"完成率{rng.randint(50, 99)}%。{'下一步将继续加强统筹协调，完善制度机制。' * rng.randint(1, 4)}"
                  for n in "一二三"]
        (folder / f"report_{i:03d}.txt").write_text("\n".join(lines), encoding="utf-8")


def _state(settings: Settings) -> dict[str, object]:
    library = open_library(settings)
    conn = library.conn
    return {
        "documents": sorted(r[0] for r in conn.execute("SELECT doc_id FROM documents")),
        "chunks": sorted(r[0] for r in conn.execute("SELECT chunk_id FROM chunks")),
        "facts": sorted(tuple(r) for r in conn.execute("SELECT doc_id, kind, text, sentence FROM facts")),
        "keywords": sorted(r[0] for r in conn.execute("SELECT chunk_id FROM keywords")),
        "vectors": sorted(library.dense.ids()),
    }


def test_the_doctor_finds_and_repairs_each_kind_of_damage(settings: Settings) -> None:
    library = open_library(settings)
    ingest_paths([EXAMPLES], library)
    assert diagnose(library).healthy
    before = _state(settings)
    doc = library.documents()[0]
    lost = library.chunks_of(doc.doc_id)[:3]
    library.dense.collection.delete(ids=[c.chunk_id for c in lost])  # vectors lost
    library.dense.upsert([Chunk("ghost", "nodoc", 0, "幽灵段落", (), "", "x.txt")],
                         library.embed(lost[:1]))  # a vector of no document
    library.conn.execute("INSERT INTO chunks (chunk_id, doc_id, idx, text, section) VALUES ('c0', 'nodoc', 0, '孤', '')")
    library.conn.execute("INSERT INTO facts (doc_id, kind, text) VALUES ('nodoc', 'figure', '5个')")
    library.conn.execute("INSERT INTO keywords (title, section, body, chunk_id, doc_id) VALUES ('', '', '孤', 'c0', 'nodoc')")
    library.conn.execute("UPDATE keyword_df SET df = df + 7 WHERE term IN (SELECT term FROM keyword_df LIMIT 3)")
    library.conn.execute("UPDATE documents SET facts = facts + 1 WHERE doc_id = ?", (doc.doc_id,))
    found = diagnose(library)
    assert {p.kind for p in found.problems} == {"orphan_chunks", "orphan_facts", "orphan_keywords", "orphan_vectors",
                                                "missing_vectors", "counts", "term_stats"}
    repair(library, found)
    assert diagnose(library).healthy and _state(settings) == before
    assert "新建友城5个" in library.search("市外办新建了几个友城？", k=1)[0].chunk.text


def test_an_ingest_killed_at_random_points_ends_as_one_clean_run(settings: Settings, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write_reports(corpus, 60)
    shutil.copytree(EXAMPLES, corpus / "examples")
    command = [sys.executable, "-m", "assistant.cli", "ingest", str(corpus)]
    env = {**os.environ, "REPORT_ASSISTANT_HOME": str(settings.home),
           "REPORT_ASSISTANT_MODELS_DIR": str(settings.models_path),
           "REPORT_ASSISTANT_INGEST__WINDOW_CHUNKS": "24"}  # many small windows: kills land between stores
    rng = random.Random(11)
    stored_after_kills = []
    for _ in range(3):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Killed once the registry holds a few more documents than before: an event, not a time, so a
        # busy machine only makes the test slower.
        target = (stored_after_kills[-1] if stored_after_kills else 0) + rng.randint(1, 12)
        reached = _wait_for_documents(settings.library_db, target, process)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert reached, f"the ingest ended before {target} documents were stored"
        stored_after_kills.append(len(open_library(settings).documents()))
    assert any(0 < n < 62 for n in stored_after_kills), stored_after_kills  # some kills fell mid-ingest
    finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    library = open_library(settings)
    assert diagnose(library).healthy
    files = sorted(p for p in corpus.rglob("*.txt"))
    expected = {c.chunk_id for f in files for c in read_report(f).chunks}
    state = _state(settings)
    assert len(state["documents"]) == len(files)
    assert set(state["chunks"]) == expected and state["chunks"] == state["keywords"] == state["vectors"]
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert "新增 0" in rerun.stdout and _state(settings) == state  # nothing duplicated by running again


def _wait_for_documents(db: Path, count: int, process: subprocess.Popen, timeout_s: float = 900) -> bool:
    """Until the registry in `db` holds `count` documents (True) or the process has ended (False)."""
    deadline = time.monotonic() + timeout_s
    while process.poll() is None and time.monotonic() < deadline:
        if db.exists():
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
            try:
                stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:  # the schema is not there yet
                stored = 0
            finally:
                conn.close()
            if stored >= count:
                return True
        time.sleep(0.05)
    return False
