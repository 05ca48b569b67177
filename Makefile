# parley: build, test, bench, demo.
#   make            build build/parley and build/libparley.a
#   make test       set-up, every test, then every test again under ASan+UBSan
#   make demo       set-up, build, code the bundled sample articles
#   make bench      speed and memory figures (needs ../shared for the peer data)
#   make eval       code and score the held-out sets in data/eval/*/ (needs ../shared)
#   make serve      the web page on the demo database (build/demo.db)
# Set-up (Debian packages) is scripts/deps.sh: it installs when run as root,
# else prints the apt-get line.

CC      ?= cc
BUILD   ?= build
SHARED  ?= ../shared
PKGS     = libxml-2.0 sqlite3 libcjson libmicrohttpd
OPT     ?= -O2
CFLAGS_BASE = -std=c17 -g $(OPT) -Wall -Wextra -Wpedantic -Werror \
              -Wshadow -Wstrict-prototypes -Wno-unused-parameter \
              -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -Isrc
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS  += $(CFLAGS_BASE) $(PKG_CFLAGS) $(EXTRA_CFLAGS)
LDLIBS  += $(PKG_LIBS) -lpthread -lm $(EXTRA_LDLIBS)

LIB_SRC  := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*/test_*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
HARNESS  := $(BUILD)/obj/tests/harness.o

.PHONY: all deps web-assets test test-plain test-asan test-clang demo bench score eval clean serve
all: deps web-assets $(BUILD)/parley

deps:
	@sh scripts/deps.sh

# The web page's charting library (and the browser test's driver) from npm,
# into web/node_modules, once per package-lock.json.
WEB_STAMP := web/node_modules/.package-lock.json
web-assets: $(WEB_STAMP)
$(WEB_STAMP): web/package.json web/package-lock.json
	@sh scripts/web-assets.sh

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libparley.a: $(LIB_OBJ)
	@rm -f $@
	@echo "  AR      $@"
	@ar rcs $@ $^

$(BUILD)/parley: $(CLI_OBJ) $(BUILD)/libparley.a
	@echo "  LINK    $@"
	@$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libparley.a $(LDLIBS)

$(BUILD)/tests/%: tests/%.c $(HARNESS) $(BUILD)/libparley.a
	@mkdir -p $(dir $@)
	@echo "  TEST    $@"
	@$(CC) $(CFLAGS) -MMD -MP -MF $@.d -Itests -o $@ $< $(HARNESS) $(BUILD)/libparley.a $(LDLIBS)

$(HARNESS): tests/harness.c tests/harness.h
	@mkdir -p $(dir $@)
	@$(CC) $(CFLAGS) -Itests -c $< -o $@

# Plain run, then the same tests built with sanitizers in build-asan/.
test: deps web-assets
	@PARLEY_BROWSER=1 PARLEY_TEST=1 sh scripts/deps.sh
	@rm -f $(BUILD)/test-results.txt build-asan/test-results.txt build-clang/test-results.txt; st=0; \
	 $(MAKE) --no-print-directory test-clang || st=1; \
	 $(MAKE) --no-print-directory test-plain || st=1; \
	 $(MAKE) --no-print-directory test-asan || st=1; \
	 sh tests/summary.sh build-clang/test-results.txt $(BUILD)/test-results.txt \
	   build-asan/test-results.txt || st=1; \
	 exit $$st

# Everything (library, CLI, tests) must also compile clean with clang.
test-clang:
	@mkdir -p build-clang
	@if $(MAKE) --no-print-directory CC=clang BUILD=build-clang OPT=-O0 \
	    build-clang/parley $(TEST_BIN:$(BUILD)/%=build-clang/%) > build-clang/build.log 2>&1; \
	 then echo "[clang] build: 1 passed, 0 failed, 0 skipped" | tee build-clang/test-results.txt; \
	 else cat build-clang/build.log; \
	   echo "[clang] build: 0 passed, 1 failed, 0 skipped" | tee build-clang/test-results.txt; exit 1; fi

test-plain: $(BUILD)/parley $(TEST_BIN)
	@sh tests/run.sh $(BUILD) "$(SHARED)"

test-asan:
	@$(MAKE) --no-print-directory BUILD=build-asan OPT=-O1 \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  EXTRA_LDLIBS="-fsanitize=address,undefined" test-plain

demo: all
	@sh scripts/demo.sh $(BUILD)

serve: all
	@test -f $(BUILD)/demo.db || sh scripts/demo.sh $(BUILD) >/dev/null
	@echo "parley: open http://127.0.0.1:8080/ in a browser (Ctrl-C stops the server)"
	$(BUILD)/parley serve --db $(BUILD)/demo.db

# Accuracy where ../shared has gold: the seeds (events, quotes, dates,
# positions) and two held-out sets (scripts/heldout.py).
score: all
	@$(BUILD)/parley code --quiet --manifest $(SHARED)/corpus/manifest.jsonl > $(BUILD)/seeds.jsonl
	@python3 $(SHARED)/tools/score.py $(SHARED)/gold/seeds.gold.jsonl $(BUILD)/seeds.jsonl
	@python3 $(SHARED)/tools/score_positions.py $(SHARED)/gold/seeds.positions.jsonl \
	   $(SHARED)/corpus/manifest.jsonl $(BUILD)/parley | tail -1
	@python3 scripts/heldout.py $(SHARED) $(BUILD)/parley
	@$(MAKE) --no-print-directory eval

# Our own held-out sets, data/eval/<set>/ (articles, manifest.jsonl, gold.jsonl
# coded blind): each is coded into build/eval-<set>.jsonl and scored against
# its gold. The sets are globbed when the recipe runs, so a new folder counts.
eval: all
	@if [ ! -f $(SHARED)/tools/score.py ]; then \
	   echo "eval: skipped, $(SHARED)/tools/score.py not found"; exit 0; fi; \
	 for m in data/eval/*/manifest.jsonl; do \
	   [ -f "$$m" ] || continue; d=$${m%/manifest.jsonl}; n=$${d##*/}; \
	   echo "eval $$n:"; \
	   $(BUILD)/parley code --quiet --manifest "$$m" > $(BUILD)/eval-$$n.jsonl || exit 1; \
	   python3 $(SHARED)/tools/score.py "$$d/gold.jsonl" $(BUILD)/eval-$$n.jsonl || exit 1; \
	 done

bench: all $(BUILD)/bench/bench
	@sh bench/run.sh $(BUILD) "$(SHARED)"

$(BUILD)/bench/bench: bench/bench.c $(BUILD)/libparley.a
	@mkdir -p $(dir $@)
	@echo "  LINK    $@"
	@$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libparley.a $(LDLIBS)

clean:
	rm -rf build build-asan build-clang

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_BIN:=.d)
