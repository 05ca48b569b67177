/* The five real articles of ../shared/corpus coded with parley's own
 * dictionaries and scored by ../shared/tools/score.py against the
 * hand-coded gold (issue 3, item 8): a ratchet on root-level precision and
 * recall; and the held-out sets of data/eval, scored the same way. Skips
 * when the shared data or python3 is absent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

/* What the news coder reaches now; raise these as it improves. The issue's
 * bar is P >= 0.80 and R >= 0.70 on the seeds. */
#define ROOT_P_AT_LEAST 0.80
#define ROOT_R_AT_LEAST 0.70
/* The held-out sets in data/eval (coded blind, never tuned on): root F1. */
#define RU_UA_F1_AT_LEAST 0.43
#define WORLD_F1_AT_LEAST 0.23

/* Codes `manifest` and scores it against `gold`; root P, R, F1 into p, r,
 * f. Returns 0 when the scorer or python3 is missing (the test skips). */
static int root_score(const char *manifest, const char *gold, double *p, double *r, double *f) {
    char *scorer = harness_shared_path("tools/score.py");
    int status = -1;
    char *py = harness_run("command -v python3 2>/dev/null", &status);
    int have_py = py && status == 0 && py[0];
    free(py);
    if (!scorer || !have_py) {
        free(scorer);
        return 0;
    }
    char *out_path = harness_tmpfile(".jsonl", "");
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "%s code --quiet --manifest '%s' > '%s' 2>/dev/null",
             harness_parley_bin(), manifest, out_path);
    free(harness_run(cmd, &status));
    CHECK_INT(status, 0);
    snprintf(cmd, sizeof cmd, "python3 '%s' '%s' '%s'", scorer, gold, out_path);
    char *score = harness_run(cmd, &status);
    CHECK(score != NULL);
    *p = *r = *f = -1;
    const char *root = score ? strstr(score, "root ") : NULL;
    if (root) sscanf(root, "root P %lf R %lf F1 %lf", p, r, f);
    printf("%s: %s", manifest, score ? score : "(no output)\n");
    remove(out_path);
    free(out_path), free(score), free(scorer);
    return 1;
}

TEST(seeds_root_score) {
    char *manifest = harness_shared_path("corpus/manifest.jsonl");
    char *gold = harness_shared_path("gold/seeds.gold.jsonl");
    double p, r, f;
    if (!manifest || !gold || !root_score(manifest, gold, &p, &r, &f)) {
        free(manifest), free(gold);
        SKIP("../shared corpus, gold, scorer or python3 not available");
    }
    CHECK(p >= ROOT_P_AT_LEAST);
    CHECK(r >= ROOT_R_AT_LEAST);
    free(manifest), free(gold);
}

/* The rules must hold on articles they were not written for. */
TEST(held_out_root_scores) {
    double p, r, f;
    if (!root_score("data/eval/ru-ua/manifest.jsonl", "data/eval/ru-ua/gold.jsonl", &p, &r, &f))
        SKIP("../shared scorer or python3 not available");
    CHECK(f >= RU_UA_F1_AT_LEAST);
    CHECK(root_score("data/eval/world/manifest.jsonl", "data/eval/world/gold.jsonl", &p, &r, &f));
    CHECK(f >= WORLD_F1_AT_LEAST);
}
