# Számlatár — the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
UV ?= $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
RUN := SZAMLATAR_PROFILE=run
TEST := SZAMLATAR_PROFILE=test
PYTEST := .venv/bin/pytest
SZAMLATAR_CACHE ?= $(HOME)/.cache/szamlatar
PROMTOOL ?= $(SZAMLATAR_CACHE)/bin/promtool

help:  ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

install: .venv/.synced  ## Python deps (uv, from the lock) + the local servers (cached in ~/.cache/szamlatar)
	@$(TEST) deploy/local/install.sh

.venv/.synced: pyproject.toml dev/pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || test -x $(UV) || python3 -m pip install --user -q uv==0.13.8
	$(UV) sync --frozen --quiet
	@touch $@

run: install  ## the whole system with demo data; prints URLs and a curl line
	@$(RUN) deploy/local/start.sh
	@$(RUN) deploy/local/services.sh
	@$(RUN) deploy/local/with-env.sh .venv/bin/szamlatar demo reference --tenant demo
	@$(RUN) deploy/local/with-env.sh .venv/bin/szamlatar demo seed --api http://127.0.0.1:$${API_PORT:-8000} \
		--token-file .run/run/demo-token
	@$(RUN) deploy/local/with-env.sh .venv/bin/szamlatar demo users --tenant demo --login-file .run/run/demo-login
	@$(RUN) deploy/local/with-env.sh .venv/bin/szamlatar demo sso --tenant demo
	@$(RUN) deploy/local/with-env.sh .venv/bin/szamlatar demo billing
	@$(RUN) deploy/local/with-env.sh .venv/bin/szamlatar demo pull
	@$(RUN) deploy/local/with-env.sh .venv/bin/szamlatar demo nav --api http://127.0.0.1:$${API_PORT:-8000}
	@$(RUN) deploy/local/with-env.sh deploy/local/banner.sh

stop:  ## stop everything `make run` and `make test` started (by PID)
	@$(RUN) deploy/local/stop.sh
	@$(TEST) deploy/local/stop.sh

test-tools:  ## what make test needs beyond make run: promtool (built with Go), axe-core (npm, pinned), Debian's Chromium
	@$(TEST) deploy/local/install-test-tools.sh

lint: .venv/.synced test-tools  ## ruff, mypy on the core, Prometheus config and alert-rule tests
	.venv/bin/ruff check services tests bench dev
	.venv/bin/mypy
	$(PROMTOOL) check config deploy/prometheus/prometheus.yml
	$(PROMTOOL) test rules deploy/prometheus/tests/*.yml

test-unit: .venv/.synced  ## pure core, handlers, emulators: no servers
	$(PYTEST) -q tests/unit

test-integration: install  ## against a fresh Kafka, versitygw and FerretDB on the test ports
	deploy/local/test-integration.sh $(PYTEST_ARGS)

test-browser: install test-tools  ## UI flows in Debian's Chromium (headless, Playwright) against a fresh test stack
	deploy/local/test-integration.sh tests/browser -k browser $(PYTEST_ARGS)

test: lint test-unit test-integration test-browser  ## everything CI runs

test-conformance: .venv/.synced  ## emulators and readers against the official vendor specs in $$SZAMLATAR_SPECS
	$(PYTEST) -q -p no:cacheprovider tests/conformance

bench: install  ## pipeline throughput against bare pdfminer.six on the same PDFs
	@$(TEST) deploy/local/start.sh
	@$(TEST) deploy/local/with-env.sh .venv/bin/python bench/bench_pipeline.py $(BENCH_ARGS); rc=$$?; \
		$(TEST) deploy/local/stop.sh; exit $$rc

bench-search: install  ## search latency against archive size on the local FerretDB
	@$(TEST) deploy/local/start.sh
	@$(TEST) deploy/local/with-env.sh .venv/bin/python bench/bench_search.py $(BENCH_ARGS); rc=$$?; \
		$(TEST) deploy/local/stop.sh; exit $$rc

bench-scale: install  ## N synthetic invoices (BENCH_ARGS="--invoices N", default 1 000 000): search over HTTP, pipeline, RSS
	@$(TEST) deploy/local/with-env.sh sh -c 'deploy/local/stop.sh; case " $(BENCH_ARGS) " in \
		*" --reuse "*) ;; *) rm -rf "$$SZAMLATAR_STATE_DIR";; esac'  # an empty archive, unless --reuse
	@$(TEST) deploy/local/start.sh
	@$(TEST) deploy/local/with-env.sh .venv/bin/python bench/bench_scale.py $(BENCH_ARGS); rc=$$?; \
		$(TEST) deploy/local/stop.sh; exit $$rc

chaos: install  ## fresh test stack; 1000 signed invoices at ~10/s while each process and server is SIGKILLed (CHAOS_ARGS="--invoices N --rate R")
	@$(TEST) deploy/local/with-env.sh bash -c 'deploy/local/stop.sh; rm -rf "$$SZAMLATAR_STATE_DIR"; \
		deploy/local/start.sh || exit 1; . "$$SZAMLATAR_STATE_DIR/secrets.env"; \
		SZAMLATAR_TEST_LOGS="$$SZAMLATAR_STATE_DIR/logs" .venv/bin/python -m tests.chaos.run $(CHAOS_ARGS); rc=$$?; \
		deploy/local/stop.sh; exit $$rc'

bench-load: install  ## 202 → searchable p50/p95/p99 at a steady rate, and around a worker restart (BENCH_ARGS="--rate 10 --duration 180")
	@# A fresh test stack each run: figures from stores that earlier runs filled would not compare.
	@$(TEST) deploy/local/with-env.sh bash -c 'deploy/local/stop.sh; rm -rf "$$SZAMLATAR_STATE_DIR"'
	@$(TEST) deploy/local/start.sh
	@$(TEST) deploy/local/with-env.sh .venv/bin/python bench/bench_load.py $(BENCH_ARGS); rc=$$?; \
		$(TEST) deploy/local/stop.sh; exit $$rc

.PHONY: chaos bench-load bench-scale bench-search test-conformance test-tools help install run stop lint test-unit test-integration test-browser test bench
