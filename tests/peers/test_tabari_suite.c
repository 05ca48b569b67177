/* TABARI's own validation suite (../shared/peers/tabari/Validate.project)
 * through `parley validate`: a ratchet on the pass count. Skips when the
 * peers' data is absent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "suite_run.h"

/* Records up to FINAL-01 as parley counts them, and how many pass now. */
#define SUITE_RECORDS 473
#define SUITE_PASS_AT_LEAST 473

TEST(tabari_validation_suite) {
    char *project = harness_shared_path("peers/tabari/Validate.project");
    if (!project) SKIP("peers/tabari not available");
    int status;
    long passed, failed;
    char *out = suite_run(project, &status, &passed, &failed);
    CHECK(out != NULL);
    printf("TABARI suite: %ld passed, %ld failed\n", passed, failed);
    /* indented, so that the runner does not take them for test failures */
    for (const char *l = out; out && failed > 0 && *l;) {
        size_t n = strcspn(l, "\n");
        printf("  %.*s\n", (int)n, l);
        l += n + (l[n] == '\n');
    }
    CHECK(passed >= SUITE_PASS_AT_LEAST);
    CHECK_INT(passed + failed, SUITE_RECORDS);
    CHECK_INT(status, failed == 0 ? 0 : 1);
    free(out);
    free(project);
}

TEST(validate_rejects_unknown_and_missing_files) {
    char cmd[1024];
    int status = -1;
    snprintf(cmd, sizeof cmd, "%s validate /nonexistent/x.project 2>/dev/null",
             harness_parley_bin());
    free(harness_run(cmd, &status));
    CHECK_INT(status, 3);
    snprintf(cmd, sizeof cmd, "%s validate /nonexistent/x.xml 2>&1", harness_parley_bin());
    char *out = harness_run(cmd, &status);
    CHECK_INT(status, 3);
    CHECK_CONTAINS(out, "/nonexistent/x.xml: cannot open");
    free(out);
}
