/* parley code, end to end through the binary: record input, JSON fields,
 * TSV columns, thread-count independence, bad input reported and survived. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const char *ACTORS =
    "ARNOR [ARN]\n"
    "GONDOR [GON]\n"
    "ROHAN [ROH]\n";
static const char *VERBS =
    "RESTORE [064]\n"
    "- * DIPLOMATIC_TIES [064]\n"
    "ACCUSED [112]\n"
    "MET [031]\n";

static char *actors_path, *verbs_path;

static void setup(void) {
    if (!actors_path) actors_path = harness_tmpfile(".actors", ACTORS);
    if (!verbs_path) verbs_path = harness_tmpfile(".verbs", VERBS);
}

/* Runs parley code on text written to a temp file; returns stdout. */
static char *code(const char *records, const char *extra, int *status) {
    setup();
    char *in = harness_tmpfile(".txt", records);
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s code --no-cache --mode tabari --actors %s --verbs %s %s %s 2>/dev/null",
             harness_parley_bin(), actors_path, verbs_path, extra, in);
    char *out = harness_run(cmd, status);
    remove(in);
    free(in);
    return out;
}

static const char *RECORDS =
    "950102 REC-1\n"
    "Arnor is about to restore full diplomatic ties with Gondor almost five years later.\n"
    "\n"
    "950103 REC-2\n"
    "Gondor officials on Tuesday accused Rohan of sending raiders across the river.\n"
    "\n";

TEST(events_carry_article_sentence_codes_and_evidence) {
    int st;
    char *out = code(RECORDS, "", &st);
    CHECK_INT(st, 0);
    CHECK_CONTAINS(out, "\"type\":\"event\",\"article\":\"REC-1\"");
    CHECK_CONTAINS(out, "\"source\":{\"code\":\"ARN\",\"text\":\"Arnor\"}");
    CHECK_CONTAINS(out, "\"target\":{\"code\":\"GON\",\"text\":\"Gondor\"}");
    CHECK_CONTAINS(out, "\"code\":\"064\",\"root\":\"06\"");
    CHECK_CONTAINS(out, "\"date\":\"1995-01-02\"");
    CHECK_CONTAINS(out, "\"pattern\":\"* DIPLOMATIC_TIES\"");
    CHECK_CONTAINS(out, "{\"role\":\"verb\",\"start\":18,\"end\":25}");
    CHECK_CONTAINS(out, "\"article\":\"REC-2\"");
    CHECK_CONTAINS(out, "\"code\":\"112\"");
    /* one line per event */
    int lines = 0;
    for (const char *p = out; *p; p++) lines += *p == '\n';
    CHECK_INT(lines, 2);
    free(out);
}

TEST(tsv_has_petrarch_columns_first) {
    int st;
    char *out = code(RECORDS, "--format tsv", &st);
    CHECK_INT(st, 0);
    CHECK(strncmp(out, "19950102\tARN\tGON\t064\t06\t", 24) == 0);
    free(out);
}

TEST(output_is_identical_whatever_the_thread_count) {
    /* enough records to give every worker several batches */
    size_t n = 0;
    char *big = malloc(400 * 200);
    big[0] = '\0';
    for (int i = 0; i < 400; i++)
        n += (size_t)sprintf(big + n, "950101 T-%d\n%s\n\n", i,
                             i % 2 ? "Arnor is about to restore full diplomatic ties with Gondor soon."
                                   : "Gondor officials accused Rohan of sending raiders across the river.");
    int st1, st4;
    char *one = code(big, "--threads 1", &st1);
    char *four = code(big, "--threads 4", &st4);
    CHECK_INT(st1, 0);
    CHECK_INT(st4, 0);
    CHECK(strlen(one) > 1000);
    CHECK_STR(four, one);
    free(one);
    free(four);
    free(big);
}

TEST(bad_records_are_reported_and_the_rest_is_coded) {
    setup();
    char *in = harness_tmpfile(".txt", "");
    FILE *f = fopen(in, "wb");
    fputs("950101 BAD-UTF8\nArnor is about to restore \xff\xfe full diplomatic ties with Gondor today.\n\n", f);
    fwrite("950101 BIN\nArnor\0\0 restored ties\n\n", 1, 34, f);
    fputs("19959901 BADDATE\nArnor is about to restore full diplomatic ties with Gondor today.\n\n", f);
    fputs("950101 LAST\nArnor is about to restore full diplomatic ties with Gondor today.", f);
    fclose(f);
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s code --no-cache --mode tabari --format tsv --actors %s --verbs %s %s 2>&1",
             harness_parley_bin(), actors_path, verbs_path, in);
    int st;
    char *out = harness_run(cmd, &st);
    CHECK_INT(st, 1); /* problems were reported */
    CHECK_CONTAINS(out, ":2: warning: invalid UTF-8");
    CHECK_CONTAINS(out, "record 'BIN': binary bytes");
    CHECK_CONTAINS(out, "BADDATE': invalid date");
    CHECK_CONTAINS(out, "record 'LAST' is not ended by a blank line");
    CHECK_CONTAINS(out, "\tBAD-UTF8\t");
    CHECK_CONTAINS(out, "\tLAST\t");
    free(out);
    remove(in);
    free(in);
}

TEST(broken_dictionary_lines_are_named_and_skipped) {
    char *act = harness_tmpfile(".actors", "ARNOR [ARN]\nGONDOR [GON\nROHAN [ROH]\n");
    setup();
    char *in = harness_tmpfile(".txt", "950101 X\nRohan officials accused Arnor of sending raiders over the river.\n\n");
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s code --no-cache --mode tabari --format tsv --actors %s --verbs %s %s 2>&1",
             harness_parley_bin(), act, verbs_path, in);
    int st;
    char *out = harness_run(cmd, &st);
    char where[600];
    snprintf(where, sizeof where, "%s:2: warning:", act);
    CHECK_CONTAINS(out, where);
    CHECK_CONTAINS(out, "ROH\tARN\t112");
    free(out);
    remove(act);
    remove(in);
    free(act);
    free(in);
}

TEST(usage_errors_exit_2_and_missing_dictionaries_exit_3) {
    char cmd[1024];
    int st;
    snprintf(cmd, sizeof cmd, "%s code --format nope /dev/null 2>/dev/null", harness_parley_bin());
    free(harness_run(cmd, &st));
    CHECK_INT(st, 2);
    snprintf(cmd, sizeof cmd, "%s code --no-cache --verbs /nonexistent.verbs /dev/null 2>&1",
             harness_parley_bin());
    char *out = harness_run(cmd, &st);
    CHECK_INT(st, 3);
    CHECK_CONTAINS(out, "/nonexistent.verbs");
    free(out);
}

TEST(explain_names_every_dropped_line_with_its_reason) {
    setup();
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "%s code --no-cache --explain --date 2024-03-04 --actors %s --verbs %s "
             "tests/data/articles/scraped_page.txt 2>&1 >/dev/null",
             harness_parley_bin(), actors_path, verbs_path);
    int st;
    char *out = harness_run(cmd, &st);
    CHECK_CONTAINS(out, "scraped_page: dropped line 3: share buttons: Share");
    CHECK_CONTAINS(out, "copyright: \xC2\xA9 2024 Thomson Reuters");
    CHECK_CONTAINS(out, "Back to top");
    /* the article's own sentences are not reported */
    CHECK(!strstr(out, "Speaking to reporters"));
    free(out);
    /* an article with nothing to drop reports nothing, whatever came before */
    char *clean = harness_tmpfile(".txt", "Arnor accused Rohan of sending raiders.\n");
    snprintf(cmd, sizeof cmd,
             "%s code --no-cache --explain --threads 1 --date 2024-03-04 --actors %s --verbs %s "
             "tests/data/articles/scraped_page.txt %s 2>&1 >/dev/null",
             harness_parley_bin(), actors_path, verbs_path, clean);
    out = harness_run(cmd, &st);
    const char *base = strrchr(clean, '/');
    char id[256];
    snprintf(id, sizeof id, "%s", base ? base + 1 : clean);
    char *dot = strrchr(id, '.');
    if (dot) *dot = '\0';
    CHECK_CONTAINS(out, "scraped_page: dropped line 3");
    CHECK(!strstr(out, id));
    free(out);
    remove(clean);
    free(clean);
}

TEST(negated_events_are_left_out_unless_asked_for) {
    setup();
    char *in = harness_tmpfile(".jsonl",
        "{\"id\":\"m1\",\"date\":\"2025-03-13\",\"text\":\"Gondor has not accused Rohan "
        "of anything. Arnor accused Rohan of sending raiders.\"}\n");
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s code --no-cache --actors %s --verbs %s %s 2>/dev/null",
             harness_parley_bin(), actors_path, verbs_path, in);
    int st;
    char *out = harness_run(cmd, &st);
    CHECK_CONTAINS(out, "\"source\":{\"code\":\"ARN");
    CHECK(!strstr(out, "\"source\":{\"code\":\"GON"));
    CHECK(!strstr(out, "\"modality\":\"negated\""));
    free(out);
    snprintf(cmd, sizeof cmd, "%s code --no-cache --all-modalities --actors %s --verbs %s %s 2>/dev/null",
             harness_parley_bin(), actors_path, verbs_path, in);
    out = harness_run(cmd, &st);
    CHECK_CONTAINS(out, "\"source\":{\"code\":\"GON");
    CHECK_CONTAINS(out, "\"modality\":\"negated\"");
    CHECK_CONTAINS(out, "\"modality\":\"asserted\"");
    free(out);
    remove(in);
    free(in);
}

/* a plain text file has no date: its dateline gives it, else --date */
TEST(an_undated_article_takes_its_datelines_date) {
    setup();
    char *in = harness_tmpfile(".txt",
        "MINAS TIRITH, March 3, 2023 (Reuters) - Arnor accused Rohan of sending raiders.\n");
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s code --no-cache --date 2024-06-01 --actors %s --verbs %s %s 2>/dev/null",
             harness_parley_bin(), actors_path, verbs_path, in);
    int st;
    char *out = harness_run(cmd, &st);
    CHECK_INT(st, 0);
    CHECK_CONTAINS(out, "\"date\":\"2023-03-03\"");
    free(out);
    remove(in);
    free(in);
    in = harness_tmpfile(".txt", "Arnor accused Rohan of sending raiders.\n");
    snprintf(cmd, sizeof cmd, "%s code --no-cache --date 2024-06-01 --actors %s --verbs %s %s 2>/dev/null",
             harness_parley_bin(), actors_path, verbs_path, in);
    out = harness_run(cmd, &st);
    CHECK_CONTAINS(out, "\"date\":\"2024-06-01\"");
    free(out);
    remove(in);
    free(in);
}

TEST(petrarch_mode_codes_with_petrarch_dialect_dictionaries) {
    char *verbs = harness_tmpfile(".txt", "--- RESTORE  [064]  ---\nRESTORE\n- * DIPLOMATIC  [0641]\n");
    char *actors = harness_tmpfile(".txt", "ARNOR [ARN]\nGONDOR [GON]\n");
    char *in = harness_tmpfile(".txt",
        "950101 P-1\nArnor is about to restore full diplomatic ties with Gondor almost five years later.\n\n");
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s code --no-cache --mode petrarch --format tsv --verbs %s --actors %s %s 2>&1",
             harness_parley_bin(), verbs, actors, in);
    int st;
    char *out = harness_run(cmd, &st);
    CHECK_INT(st, 0);
    CHECK_CONTAINS(out, "19950101\tARN\tGON\t0641\t");
    free(out);
    snprintf(cmd, sizeof cmd, "%s code --mode nonsense %s 2>/dev/null", harness_parley_bin(), in);
    free(harness_run(cmd, &st));
    CHECK_INT(st, 2);
    remove(verbs); remove(actors); remove(in);
    free(verbs); free(actors); free(in);
}
