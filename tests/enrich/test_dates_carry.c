/* enrich: dates carried across an article from an actor's dated statement
 * to its undated ones. Article date Wednesday 2024-05-15. */
#include "harness.h"
#include "enrich/enrich.h"
#include "util/util.h"

#include <stdint.h>

static enrich_dated ev(uint32_t sentence, const char *actor, int32_t days, int prec, int text) {
    return (enrich_dated){sentence, actor, strlen(actor), days, prec, text};
}

TEST(undated_statements_take_the_speakers_recent_day) {
    int32_t art = util_days_from_ymd(2024, 5, 15), mon = util_days_from_ymd(2024, 5, 13);
    enrich_dated e[] = {
        ev(0, "UKR", art, ENRICH_PREC_DAY, 0),  /* before the dated one: still carried */
        ev(1, "UKR", mon, ENRICH_PREC_DAY, 1),  /* "at a meeting on Monday, he said" */
        ev(2, "UKR", art, ENRICH_PREC_DAY, 0),
        ev(3, "POL", art, ENRICH_PREC_DAY, 0),  /* another actor keeps the article date */
        ev(4, "", art, ENRICH_PREC_DAY, 0),     /* no source */
    };
    enrich_dates_carry(e, 5, art);
    CHECK_INT(e[0].days, mon);
    CHECK_INT(e[0].from_text, 2);
    CHECK_INT(e[1].from_text, 1);
    CHECK_INT(e[2].days, mon);
    CHECK_INT(e[3].days, art);
    CHECK_INT(e[3].from_text, 0);
    CHECK_INT(e[4].from_text, 0);
}

TEST(background_and_future_dates_are_not_carried) {
    int32_t art = util_days_from_ymd(2024, 5, 15);
    enrich_dated e[] = {
        ev(0, "RUS", util_days_from_ymd(2014, 1, 1), ENRICH_PREC_YEAR, 1),  /* "in 2014" */
        ev(1, "RUS", util_days_from_ymd(2024, 4, 30), ENRICH_PREC_DAY, 1),  /* over a week old */
        ev(2, "RUS", util_days_from_ymd(2024, 5, 17), ENRICH_PREC_DAY, 1),  /* ahead */
        ev(3, "RUS", util_days_from_ymd(2024, 5, 1), ENRICH_PREC_MONTH, 1), /* "this month" */
        ev(4, "RUS", art, ENRICH_PREC_DAY, 0),
    };
    enrich_dates_carry(e, 5, art);
    CHECK_INT(e[4].days, art);
    CHECK_INT(e[4].from_text, 0);
}

TEST(nearest_sentence_wins_earlier_on_a_tie) {
    int32_t art = util_days_from_ymd(2024, 5, 15);
    int32_t mon = util_days_from_ymd(2024, 5, 13), tue = util_days_from_ymd(2024, 5, 14);
    enrich_dated e[] = {
        ev(0, "USA", mon, ENRICH_PREC_DAY, 1),
        ev(2, "USA", art, ENRICH_PREC_DAY, 0),  /* two from each: Monday's, the earlier */
        ev(4, "USA", tue, ENRICH_PREC_DAY, 1),
        ev(5, "USA", art, ENRICH_PREC_DAY, 0),  /* Tuesday's is nearer */
    };
    enrich_dates_carry(e, 4, art);
    CHECK_INT(e[1].days, mon);
    CHECK_INT(e[3].days, tue);
    /* carried dates do not carry on, and the key length counts */
    enrich_dated f[] = {ev(0, "USAGOV", mon, ENRICH_PREC_DAY, 1), ev(1, "USA", art, 0, 0)};
    enrich_dates_carry(f, 2, art);
    CHECK_INT(f[1].from_text, 0);
    enrich_dates_carry(NULL, 3, art);
}
