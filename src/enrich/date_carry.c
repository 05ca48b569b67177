/* Event dates across an article: an actor's dated statement dates its
 * undated ones (enrich.h). Quadratic in the article's events, which are
 * few; no allocation. */
#include <string.h>

#include "enrich/enrich.h"

#define CARRY_MAX_AGE 7 /* days before the article date a carried date may be */

static int anchor(const enrich_dated *e, int32_t article) {
    return e->from_text == 1 && e->actor_len && e->precision == ENRICH_PREC_DAY &&
           e->days <= article && article - e->days <= CARRY_MAX_AGE;
}

void enrich_dates_carry(enrich_dated *ev, size_t n, int32_t article_days) {
    if (!ev) return;
    for (size_t i = 0; i < n; i++) {
        enrich_dated *e = &ev[i];
        if (e->from_text || !e->actor_len) continue;
        const enrich_dated *best = NULL;
        long best_dist = 0;
        for (size_t k = 0; k < n; k++) {
            const enrich_dated *a = &ev[k];
            if (!anchor(a, article_days) || a->actor_len != e->actor_len ||
                memcmp(a->actor, e->actor, e->actor_len) != 0)
                continue;
            long dist = (long)a->sentence - (long)e->sentence;
            if (dist < 0) dist = -dist;
            /* nearest sentence; on a tie the earlier one, which the reader has seen */
            if (!best || dist < best_dist || (dist == best_dist && a->sentence < best->sentence)) {
                best = a;
                best_dist = dist;
            }
        }
        if (best) {
            e->days = best->days;
            e->precision = ENRICH_PREC_DAY;
            e->from_text = 2;
        }
    }
}
