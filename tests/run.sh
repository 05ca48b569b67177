#!/bin/sh
# Runs every test program under BUILD/tests and writes BUILD/test-results.txt
# (one "prog: N passed, N failed, N skipped" line each). Exit 1 on failure.
BUILD=${1:-build}
SHARED=${2:-../shared}
export PARLEY_SHARED="$SHARED"
export PARLEY_BIN="$BUILD/parley"
# Sanitizer reports of every process (the tests run the parley binary too,
# often with stderr discarded) go to files; any report fails the run.
san="$BUILD/sanitizer"
rm -rf "$san"; mkdir -p "$san"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:log_path=$san/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$san/ubsan"
out="$BUILD/test-results.txt"
: > "$out"
status=0
for t in $(find "$BUILD/tests" -type f -name 'test_*' ! -name '*.log' ! -name '*.d' | sort); do
    log="$t.log"
    if "$t" > "$log" 2>&1; then :; else status=1; fi
    grep -E '^(FAIL|SKIP) ' "$log"
    line=$(grep -E ': [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
    if [ -z "$line" ]; then
        echo "$t crashed:"; tail -20 "$log"
        line="$(basename "$t"): 0 passed, 1 failed, 0 skipped"
        status=1
    fi
    echo "[$BUILD] $line" | tee -a "$out"
done
if [ -n "$(ls "$san" 2>/dev/null)" ]; then
    echo "sanitizer reports:"; cat "$san"/* | head -60
    echo "[$BUILD] sanitizers: 0 passed, 1 failed, 0 skipped" | tee -a "$out"
    status=1
fi
exit $status
