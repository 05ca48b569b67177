/* PETRARCH-1's unit-test records (../shared/peers/petrarch1/
 * PETR.UnitTest.records.xml) through `parley validate` in MODE_PETRARCH: a
 * ratchet on the pass count. Skips when the peers' data is absent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "suite_run.h"

/* valid="true" records of the included categories, and how many pass now */
#define PETR_RECORDS 275
#define PETR_PASS_AT_LEAST 266

TEST(petrarch_unit_test_records) {
    char *xml = harness_shared_path("peers/petrarch1/PETR.UnitTest.records.xml");
    if (!xml) SKIP("peers/petrarch1 not available");
    int status;
    long passed, failed;
    char *out = suite_run(xml, &status, &passed, &failed);
    CHECK(out != NULL);
    printf("PETRARCH suite: %ld passed, %ld failed\n", passed, failed);
    CHECK(passed >= PETR_PASS_AT_LEAST);
    CHECK_INT(passed + failed, PETR_RECORDS);
    CHECK_INT(status, failed == 0 ? 0 : 1);
    free(out);
    free(xml);
}
