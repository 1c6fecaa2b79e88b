# werkpad: the two commands a newcomer needs are `make run` and `make test` (see README.md).
# Everything else here is what those two are made of.
SHELL := /bin/bash
.DEFAULT_GOAL := run

JOBS ?= $(shell nproc)
BUILD := build/release
WERKPAD := $(BUILD)/src/app/werkpad
DB ?= data/werkpad.db
LISTEN ?= 127.0.0.1:8080

.PHONY: deps build web run test test-asan bench clean

deps:
	scripts/install-deps.sh

build: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)

web: deps
	cd web && npm run build

# Creates data/werkpad.db with all migrations and the demo data the first time, then serves.
run: build web
	@mkdir -p $(dir $(DB))
	@if [ ! -f $(DB) ]; then \
	  $(WERKPAD) --db sqlite:$(DB) migrate && $(WERKPAD) --db sqlite:$(DB) demo; \
	else \
	  $(WERKPAD) --db sqlite:$(DB) migrate; \
	fi
	@echo
	@echo "werkpad: http://$(LISTEN)/"
	@echo "Demo logins (password werkpad-demo-2026): admin, arts, ric, ric.zuid, fysio, ergo,"
	@echo "  psycholoog, maatschappelijk (staff: enrol an authenticator app at first login),"
	@echo "  revalidant, werkgever, bedrijfsarts."
	@echo
	exec $(WERKPAD) --db sqlite:$(DB) serve --listen $(LISTEN) --static-dir web/dist

# Every test: unit, store (SQLite and a throwaway PostgreSQL), API, process, web unit, browser,
# benchmark smoke. The sanitizer run is `make test-asan`: its build alone took 14 minutes on 2
# cores, which would take CI past its 30-minute budget (docs/architecture.md, "Tests").
test: build web
	ctest --preset release -j $(JOBS)

# The unit, store and API tests again under AddressSanitizer + UBSan.
test-asan: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

bench: build
	bench/run.sh $(BUILD)

clean:
	rm -rf build web/dist
