/* Quotes in news articles written for these tests (tests/data/articles/
 * quotes), coded with parley's own dictionaries: the attribution forms of
 * real news ("X said", "said X", "X told reporters", "according to X", "X
 * wrote on Telegram", "in a statement, the ministry said", quotations over
 * paragraphs and around an attribution, "he", "the minister", surnames,
 * alternating speakers, partial and scare quotes, unnamed sources, curly
 * quotes, headlines). Each NAME.txt has a NAME.expected: its date on the
 * first line ("date YYYY-MM-DD"), then the quote records one per line as
 * "sentence|speaker name|speaker code|quoted text", written by hand; lines
 * starting with '#' are notes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "parley.h"
#include "util/util.h"

#define DIR "tests/data/articles/quotes/"

static const char *const articles[] = {
    "riyadh_attribution", "tirana_paragraphs",  "riyadh_two_speakers", "putin_terms_scare",
    "guarantees_unnamed", "abu_dhabi_curly",    "zakharova_briefing",  "oval_office_social",
};

static size_t n_want, n_found, n_extra;

/* Drops the '#' note lines of s, in place. */
static void drop_notes(char *s) {
    char *w = s;
    for (const char *p = s; *p;) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) + 1 : strlen(p);
        if (*p != '#') {
            memmove(w, p, n);
            w += n;
        }
        p += n;
    }
    *w = '\0';
}

/* Counts the lines of `lines` found (or not) in `in`. */
static size_t lines_in(const char *lines, const char *in, size_t *total) {
    size_t hit = 0;
    *total = 0;
    for (const char *p = lines; *p;) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) + 1 : strlen(p);
        (*total)++;
        for (const char *q = in; *q;) {
            const char *qe = strchr(q, '\n');
            size_t qn = qe ? (size_t)(qe - q) + 1 : strlen(q);
            if (qn == n && !memcmp(p, q, n)) {
                hit++;
                break;
            }
            q += qn;
        }
        p += n;
    }
    return hit;
}

static void check_article(pl_worker *w, const char *name) {
    char path[256];
    size_t tlen = 0, elen = 0;
    snprintf(path, sizeof path, DIR "%s.txt", name);
    char *text = util_read_file(path, &tlen, NULL);
    snprintf(path, sizeof path, DIR "%s.expected", name);
    char *exp = util_read_file(path, &elen, NULL);
    CHECK(text && exp);
    if (!text || !exp || strncmp(exp, "date ", 5)) {
        free(text);
        free(exp);
        return;
    }
    drop_notes(exp);
    const char *want = strchr(exp, '\n');
    want = want ? want + 1 : exp + strlen(exp);
    pl_article a;
    memset(&a, 0, sizeof a);
    a.id = name;
    a.text = text;
    a.text_len = tlen;
    util_parse_date(exp + 5, 10, &a.date);
    a.has_date = 1;
    const pl_doc *d = pl_code_article(w, &a);
    char got[8192];
    size_t n = 0;
    got[0] = '\0';
    for (size_t i = 0; i < d->n_quotes && n < sizeof got - 600; i++) {
        const pl_quote *q = &d->quotes[i];
        n += (size_t)snprintf(got + n, sizeof got - n, "%u|%s|%s|%.*s\n", q->sentence,
                              q->speaker_name, q->speaker_code,
                              (int)(q->text.end - q->text.start), text + q->text.start);
    }
    size_t nw, ng;
    n_found += lines_in(want, got, &nw);
    n_want += nw;
    size_t ok = lines_in(got, want, &ng);
    n_extra += ng - ok;
    CHECK_STR(got, want);
    free(text);
    free(exp);
}

TEST(quote_records_of_the_test_articles) {
    pl_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.project = "data/dict/parley.project";
    cfg.mode = PL_MODE_NEWS;
    char err[512];
    pl_engine *e = pl_engine_open(&cfg, err, sizeof err);
    CHECK(e != NULL);
    if (!e) return;
    pl_worker *w = pl_worker_new(e);
    for (size_t i = 0; i < sizeof articles / sizeof *articles; i++) check_article(w, articles[i]);
    printf("quote articles: %zu of %zu expected records, %zu not expected\n", n_found, n_want,
           n_extra);
    pl_worker_free(w);
    pl_engine_close(e);
}
