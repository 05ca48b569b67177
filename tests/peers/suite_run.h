/* Runs `parley validate FILE` and reads its closing "N passed, M failed"
 * line: shared by the TABARI and PETRARCH suite ratchets. */
#ifndef PL_TEST_SUITE_RUN_H
#define PL_TEST_SUITE_RUN_H

#include <stdio.h>
#include <string.h>

#include "harness.h"

/* Returns validate's output (free it); *status its exit code, *passed and
 * *failed the last count line's figures (-1 when there is none). */
static inline char *suite_run(const char *path, int *status, long *passed, long *failed) {
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "%s validate '%s' 2>/dev/null", harness_parley_bin(), path);
    *status = -1;
    char *out = harness_run(cmd, status);
    const char *last = out ? strstr(out, " passed, ") : NULL;
    while (last && strstr(last + 1, " passed, ")) last = strstr(last + 1, " passed, ");
    *passed = *failed = -1;
    if (last) {
        const char *p = last;
        while (p > out && p[-1] >= '0' && p[-1] <= '9') p--;
        sscanf(p, "%ld passed, %ld failed", passed, failed);
    }
    return out;
}

#endif
