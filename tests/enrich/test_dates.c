/* enrich: event dates from sentence text, table-driven. Weekdays used:
 * 2022-12-13, 2023-01-03, 2023-02-28 and 2025-12-16 are Tuesdays, 2022-12-02
 * and 2024-03-01 Fridays, 2025-11-27 a Thursday. */
#include "harness.h"
#include "date_cases.h"
#include "enrich/enrich.h"
#include "util/util.h"

#include <cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>



static const date_case CASES[] = {
    /* weekdays: the latest on or before the article date */
    {"2022-12-13", "Peskov said on Tuesday that withdrawing troops was \"out of the question.\"",
     "said", 0, "2022-12-13", "on Tuesday", 0},
    {"2022-12-13", "At a virtual meeting with leaders of the Group of Seven (G-7) on Monday, he said, "
     "\"The answer from Moscow will show what they really want.\"", "meeting", 0, "2022-12-12",
     "on Monday", 0},
    {"2023-01-03", "The ministry said on Friday that talks had stalled.", NULL, 0, "2022-12-30",
     "on Friday", 0},
    {"2022-12-15", "Tuesday's talks in Istanbul ended without a deal.", NULL, 0, "2022-12-13",
     "Tuesday", 0},
    {"2024-03-01", "On Friday, the ministers met in Brussels.", NULL, 0, "2024-03-01", "On Friday", 0},
    {"2024-03-01", "He spoke to reporters last Friday.", NULL, 0, "2024-02-23", "last Friday", 0},
    {"2022-12-15", "The ceasefire was agreed late on Wednesday.", NULL, 0, "2022-12-14",
     "on Wednesday", 0},
    {"2022-12-02", "Biden on Thursday said \"it's sick\" what Putin has unleashed on Ukraine.", NULL,
     0, "2022-12-01", "on Thursday", 0},
    /* future wording: resolved forward, and no event date unless allowed */
    {"2022-12-13", "Zelensky will address the summit on Friday.", "address", 0, "2022-12-13", NULL, ART},
    {"2022-12-13", "Zelensky will address the summit on Friday.", "address", FUT, "2022-12-16",
     "on Friday", FTR},
    {"2022-12-13", "The leaders will meet next Tuesday.", NULL, FUT, "2022-12-20", "next Tuesday", FTR},
    {"2022-12-13", "The visit is scheduled for Friday.", NULL, FUT, "2022-12-16", "Friday", FTR},
    {"2022-12-13", "Russia said on Tuesday it will hold talks in March.", "said", 0, "2022-12-13",
     "on Tuesday", 0},
    {"2022-12-13", "Russia said on Tuesday it will hold talks in March.", "talks", FUT, "2023-03",
     "in March", FTR},
    {"2022-12-13", "The deal expires next month.", NULL, FUT, "2023-01", "next month", FTR},
    {"2022-12-13", "Talks are expected to resume in the coming days.", NULL, 0, "2022-12-13", NULL, ART},
    /* relative days and periods */
    {"2022-12-13", "Biden spoke to Macron yesterday.", NULL, 0, "2022-12-12", "yesterday", 0},
    {"2022-12-13", "The Kremlin said today it was open to talks.", NULL, 0, "2022-12-13", "today", 0},
    {"2022-12-13", "Shelling intensified last week.", NULL, 0, "2022-12", "last week", 0},
    {"2022-12-05", "Shelling intensified last week.", NULL, 0, "2022-11", "last week", 0},
    {"2023-01-10", "Prices rose sharply last month.", NULL, 0, "2022-12", "last month", 0},
    {"2025-11-27", "Army Secretary Dan Driscoll visited Kyiv earlier this week.", NULL, 0, "2025-11",
     "earlier this week", 0},
    {"2022-12-13", "Officials met two days ago.", NULL, 0, "2022-12-11", "two days ago", 0},
    {"2022-12-13", "Officials met three weeks ago.", NULL, 0, "2022-11", "three weeks ago", 0},
    {"2023-02-28", "Russia declared it had annexed the regions late last year.", NULL, 0, "2022",
     "late last year", 0},
    /* months: the most recent past one */
    {"2023-02-28", "Russia proclaimed it had annexed the Donetsk, Luhansk, Kherson and Zaporizhzhia "
     "regions last September in a grand ceremony in Moscow.", "annexed", 0, "2022-09",
     "last September", 0},
    {"2023-01-03", "Kyiv said the offensive began last December.", NULL, 0, "2022-12", "last December", 0},
    {"2022-12-13", "Russia's war on Ukraine started in late February, with Moscow saying it aimed "
     "at defending breakaway regions.", "started", 0, "2022-02", "in late February", 0},
    {"2022-12-02", "Putin announced the illegal annexations of four Ukrainian regions in September, "
     "though Russian forces did not fully control these territories.", NULL, 0, "2022-09",
     "in September", 0},
    {"2025-11-27", "Talks concerned a peace plan drafted by American and Russian officials in October.",
     "drafted", 0, "2025-10", "in October", 0},
    {"2022-12-13", "The offensive began in December.", NULL, 0, "2022-12", "in December", 0},
    /* years */
    {"2022-12-13", "Russia held a similar referendum in Ukraine's Crimea in 2014, when 97 percent "
     "of voters purportedly favored joining.", "held", 0, "2014", "in 2014", 0},
    {"2022-06-01", "Inflation fell in early 2022.", NULL, 0, "2022", "in early 2022", 0},
    {"2022-06-01", "The sanctions have been in place since 2014.", NULL, 0, "2014", "since 2014", SNC},
    {"2022-12-13", "Moscow has not changed its position since September.", NULL, 0, "2022-09",
     "since September", SNC},
    {"2022-12-13", "Heavy fighting marked the summer of 2022.", NULL, 0, "2022", "summer of 2022", 0},
    /* day and month */
    {"2023-12-20", "The talks took place on Dec. 14.", NULL, 0, "2023-12-14", "on Dec. 14", 0},
    {"2024-01-05", "The talks took place on Dec. 14.", NULL, 0, "2023-12-14", "on Dec. 14", 0},
    {"2025-06-01", "The deal was signed on December 14, 2023, in Geneva.", NULL, 0, "2023-12-14",
     "on December 14, 2023", 0},
    {"2025-06-01", "The deal was signed on 14 December 2023.", NULL, 0, "2023-12-14",
     "on 14 December 2023", 0},
    {"2025-06-01", "The memorandum dates from 14 December.", NULL, 0, "2024-12-14", "from 14 December", 0},
    {"2022-12-13", "MOSCOW, Dec 13 (Reuters) - Russia said it would not budge.", NULL, 0,
     "2022-12-13", "Dec 13", 0},
    {"2022-12-13", "The May 9 parade was cancelled.", NULL, 0, "2022-05-09", "May 9", 0},
    {"2022-12-13", "The order (dated 2022-11-30) was published.", NULL, 0, "2022-11-30", "2022-11-30", 0},
    {"2023-02-28", "[February 28, 2023] MOSCOW (Reuters) - The Kremlin on Tuesday repeated its "
     "position.", "repeated", 0, "2023-02-28", "on Tuesday", 0},
    /* leap years */
    {"2024-03-01", "The strike happened yesterday.", NULL, 0, "2024-02-29", "yesterday", 0},
    {"2024-03-05", "Talks were held on Feb. 29.", NULL, 0, "2024-02-29", "on Feb. 29", 0},
    {"2023-03-05", "Talks were held on February 29, 2023.", NULL, 0, "2023-03-05", NULL, ART},
    /* holidays */
    {"2022-12-13", "Russia has rejected Ukraine's proposal for a pullout of Russian troops this Christmas.",
     "rejected", 0, "2022-12-13", NULL, ART},
    {"2022-12-13", "Ukraine proposed a pullout of Russian troops this Christmas.", NULL, FUT,
     "2022-12-25", "this Christmas", FTR},
    {"2023-01-03", "Ukraine said Russia shelled Kherson on Christmas Day.", NULL, 0, "2022-12-25",
     "on Christmas Day", 0},
    {"2023-01-02", "Putin addressed the nation on New Year's Eve.", NULL, 0, "2022-12-31",
     "on New Year's Eve", 0},
    {"2025-12-16", "Russia is unlikely to join any possible Christmas truce.", NULL, FUT, "2025-12-16",
     NULL, ART},
    /* several expressions: the one nearest the verb, not across "that" */
    {"2022-12-02", "Peskov's comments on Friday came a day after President Joe Biden said he would "
     "speak with Putin.", "said", 0, "2022-12-01", "a day after", 0},
    {"2022-12-02", "Peskov's comments on Friday came a day after President Joe Biden said he would "
     "speak with Putin.", NULL, 0, "2022-12-02", "on Friday", 0},
    {"2023-02-28", "Kremlin spokesman Dmitry Peskov told reporters Russia would never renounce its "
     "claims to four regions that Moscow declared it had annexed last year.", "told", 0,
     "2023-02-28", NULL, ART},
    {"2023-02-28", "Kremlin spokesman Dmitry Peskov told reporters Russia would never renounce its "
     "claims to four regions that Moscow declared it had annexed last year.", "annexed", 0,
     "2022", "last year", 0},
    {"2025-12-16", "From Berlin Zelenskyy went to the Netherlands on Tuesday, telling the parliament "
     "there that these are the most intense negotiations since early 2022.", "went", 0,
     "2025-12-16", "on Tuesday", 0},
    {"2025-12-16", "German Chancellor Friedrich Merz suggested on Monday in Berlin that Russia could "
     "pause its attacks during the holidays.", "suggested", 0, "2025-12-15", "on Monday", 0},
    /* more forms the manual lists */
    {"2022-12-13", "The EU wants to end gas imports by 2030.", NULL, FUT, "2030", "by 2030", FTR},
    {"2023-06-01", "The front barely moved until the end of 2022.", NULL, 0, "2022",
     "until the end of 2022", 0},
    {"2023-06-01", "The invasion began in February of 2022.", NULL, 0, "2022-02",
     "in February of 2022", 0},
    {"2023-01-09", "Kyiv rejected the truce Putin ordered for Orthodox Christmas.", "ordered", 0,
     "2023-01-07", "Orthodox Christmas", 0},
    {"2023-03-10", "Power cuts were worst last winter.", NULL, 0, "2023", "last winter", 0},
    {"2023-01-10", "Power cuts were worst last summer.", NULL, 0, "2022", "last summer", 0},
    {"2022-12-02", "The strike on Friday came a week earlier than planned.", "came", 0,
     "2022-12-02", "on Friday", 0},
    {"2022-12-08", "Troops entered the city on Monday and left the next day.", "left", 0,
     "2022-12-06", "the next day", 0},
    {"2022-12-13", "Officials met a week ago.", NULL, 0, "2022-12", "a week ago", 0},
    {"2022-12-13", "The envoy arrived over the weekend.", NULL, 0, "2022-12", "over the weekend", 0},
    {"2022-12-13", "The envoy arrived this morning.", NULL, 0, "2022-12-13", "this morning", 0},
    {"2022-12-15", "The ministers meet on Tuesday next week.", NULL, FUT, "2022-12-20",
     "on Tuesday next week", FTR},
    {"2022-12-15", "The ministers met on Friday last week.", NULL, 0, "2022-12-09",
     "on Friday last week", 0},
    {"2022-12-13", "Russia has intensified its strikes over the past week.", NULL, 0, "2022-12",
     "over the past week", SNC},
    {"2023-03-01", "Trade fell sharply over the past year, officials said on Monday.", NULL, 0,
     "2023-02-27", "on Monday", 0},
    {"2023-05-12", "Putin spoke at the parade on Victory Day.", NULL, 0, "2023-05-09",
     "on Victory Day", 0},
    /* no expression, and words that only look like dates */
    {"2022-12-13", "No expression here at all.", NULL, 0, "2022-12-13", NULL, ART},
    {"2022-12-13", "Officials said it may take months to march on.", NULL, 0, "2022-12-13", NULL, ART},
    {"2022-12-13", "Theresa May's government fell.", NULL, 0, "2022-12-13", NULL, ART},
    {"2022-12-13", "Since the fall of Kabul, aid has dried up.", NULL, 0, "2022-12-13", NULL, ART},
    {"2022-12-13", "Later, however, the Russian military attacked 2,000 targets.", NULL, 0,
     "2022-12-13", NULL, ART},
    {"2022-12-13", "The Bloody Sunday massacre is still remembered.", NULL, 0, "2022-12-13", NULL, ART},
};

TEST(table_of_sentences) { check_date_cases(CASES, sizeof CASES / sizeof CASES[0]); }

TEST(find_lists_every_expression_in_order) {
    const char *s = "On Monday Russia said it annexed the regions in September 2022, and since "
                    "2014 it has held Crimea; talks may resume next week.";
    int32_t art = util_days_from_ymd(2022, 12, 13);
    enrich_date d[8];
    size_t n = enrich_dates_find(s, strlen(s), art, d, 8);
    CHECK_INT(n, 4);
    char out[11];
    const char *want[] = {"2022-12-12", "2022-09", "2014", "2022-12"};
    for (size_t i = 0; i < n && i < 4; i++) {
        enrich_date_format(&d[i], out);
        CHECK_STR(out, want[i]);
    }
    CHECK(d[2].flags & ENRICH_DATE_SINCE);
    CHECK(d[3].flags & ENRICH_DATE_FUTURE);
    CHECK_INT(enrich_dates_find(s, strlen(s), art, d, 1), 4);  /* counts past max */
}

TEST(precision_and_formatting) {
    enrich_date d = {util_days_from_ymd(2014, 3, 18), ENRICH_PREC_DAY, 0, 0, 0};
    char out[11];
    CHECK_INT(enrich_date_format(&d, out), 10);
    CHECK_STR(out, "2014-03-18");
    d.precision = ENRICH_PREC_MONTH;
    CHECK_INT(enrich_date_format(&d, out), 7);
    CHECK_STR(out, "2014-03");
    d.precision = ENRICH_PREC_YEAR;
    CHECK_INT(enrich_date_format(&d, out), 4);
    CHECK_STR(out, "2014");
}

TEST(odd_input_is_safe) {
    int32_t art = util_days_from_ymd(2022, 12, 13);
    enrich_date d;
    enrich_event_date(NULL, 0, art, -1, 0, &d);
    CHECK_INT(d.flags, ENRICH_DATE_ARTICLE);
    enrich_event_date("", 0, art, 5, 0, &d);
    CHECK_INT(d.days, art);
    enrich_event_date("on Tuesday", 10, INT32_MAX, 0, 0, &d);  /* absurd article date */
    CHECK_INT(d.flags, ENRICH_DATE_ARTICLE);
    enrich_event_date("on Tuesday", 10, INT32_MIN, 0, 0, &d);
    CHECK_INT(d.days, INT32_MIN);
    const char bin[] = "on \xff\xfe Tuesday\x00 in 20\xe2\x80\x99s 31 Feb. 99999 Dec.";
    enrich_event_date(bin, sizeof bin - 1, art, 200, 0, &d);
    CHECK_INT(d.days, art);
    /* a long sentence: expressions past the token cap are ignored, no overrun */
    util_buf b;
    util_buf_init(&b);
    for (int i = 0; i < 2000; i++) util_buf_adds(&b, "on Tuesday, ");
    enrich_date many[4];
    CHECK(enrich_dates_find(b.data, b.len, art, many, 4) > 4);
    util_buf_free(&b);
}

/* ---- the seeds' gold dates (skipped without ../shared) --------------------- */
static int32_t manifest_date(const char *manifest, const char *id) {
    const char *p = strstr(manifest, id);
    const char *d = p ? strstr(p, "\"date\": \"") : NULL;
    int32_t days = 0;
    if (!d || util_parse_date(d + 9, 10, &days) != 0) return INT32_MIN;
    return days;
}

/* Sentence-level dates, without verb positions or context from earlier
 * sentences, against the hand-coded event dates: a floor that must hold. */
TEST(seeds_gold_dates_floor) {
    char *gold_path = harness_shared_path("gold/seeds.gold.jsonl");
    char *man_path = harness_shared_path("corpus/manifest.jsonl");
    if (!gold_path || !man_path) {
        free(gold_path);
        free(man_path);
        SKIP("../shared gold not present");
    }
    size_t glen, mlen;
    const char *err;
    char *gold = util_read_file(gold_path, &glen, &err);
    char *man = util_read_file(man_path, &mlen, &err);
    int ok = 0, n = 0;
    for (char *line = gold; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        cJSON *rec = cJSON_Parse(line);
        const cJSON *id = cJSON_GetObjectItem(rec, "id"), *s;
        int32_t art = cJSON_IsString(id) ? manifest_date(man, id->valuestring) : INT32_MIN;
        cJSON_ArrayForEach(s, cJSON_GetObjectItem(rec, "sentences")) {
            const cJSON *text = cJSON_GetObjectItem(s, "text"), *e;
            if (!cJSON_IsString(text) || art == INT32_MIN) continue;
            enrich_date d;
            char got[11];
            enrich_event_date(text->valuestring, strlen(text->valuestring), art, -1, 0, &d);
            enrich_date_format(&d, got);
            cJSON_ArrayForEach(e, cJSON_GetObjectItem(s, "events")) {
                const cJSON *date = cJSON_GetObjectItem(e, "date");
                if (!cJSON_IsString(date)) continue;
                n++;
                ok += strncmp(got, date->valuestring, strlen(date->valuestring)) == 0;
            }
        }
        cJSON_Delete(rec);
        line = nl ? nl + 1 : NULL;
    }
    printf("seeds gold dates: %d of %d consistent\n", ok, n);
    CHECK(n > 0);
    CHECK(ok * 100 >= n * 80);
    free(gold);
    free(man);
    free(gold_path);
    free(man_path);
}
