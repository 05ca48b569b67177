/* A table of sentences and the date each resolves to, shared by the date
 * tests: the case type and the loop that checks a table. */
#ifndef PL_TEST_DATE_CASES_H
#define PL_TEST_DATE_CASES_H

#include <string.h>

#include "harness.h"
#include "enrich/enrich.h"
#include "util/util.h"

typedef struct {
    const char *article;  /* article date */
    const char *text;
    const char *verb;     /* first occurrence gives the verb position; NULL: none */
    unsigned flags;       /* ENRICH_EVENT_* */
    const char *want;     /* "2022-12-13", "2022-12" or "2014" */
    const char *span;     /* the expression's text; NULL when the article date applies */
    unsigned want_flags;  /* ENRICH_DATE_* expected, exactly */
} date_case;

#define FUT ENRICH_EVENT_FUTURE_OK
#define ART ENRICH_DATE_ARTICLE
#define FTR ENRICH_DATE_FUTURE
#define SNC ENRICH_DATE_SINCE

/* Resolves every case; each disagreement is a failure naming the case. */
static inline void check_date_cases(const date_case *cases, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const date_case *tc = &cases[i];
        int32_t art;
        if (util_parse_date(tc->article, 10, &art) != 0) {
            harness_fail(__FILE__, __LINE__, "case %zu: bad article date", i);
            continue;
        }
        long verb = -1;
        if (tc->verb) {
            const char *v = strstr(tc->text, tc->verb);
            verb = v ? (long)(v - tc->text) : -1;
        }
        enrich_date d;
        enrich_event_date(tc->text, strlen(tc->text), art, verb, tc->flags, &d);
        char got[11];
        enrich_date_format(&d, got);
        const char *span = tc->span ? tc->span : "";
        size_t len = d.end - d.start;
        if (strcmp(got, tc->want) != 0 || strlen(span) != len ||
            strncmp(tc->text + d.start, span, len) != 0 || d.flags != tc->want_flags)
            harness_fail(__FILE__, __LINE__,
                         "case %zu \"%.60s\": got %s \"%.*s\" flags %u, want %s \"%s\" flags %u", i,
                         tc->text, got, (int)len, tc->text + d.start, d.flags, tc->want, span,
                         tc->want_flags);
    }
}

#endif
