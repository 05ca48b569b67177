/* enrich: the time expressions wire copy uses, each resolved against a fixed
 * article date. Most cases use Wednesday 2024-05-15; 2024-05-13 was a
 * Monday, 2024-05-09 a Thursday. Sentences written for these tests. */
#include "harness.h"
#include "date_cases.h"
#include "enrich/enrich.h"
#include "util/util.h"

#include <stdint.h>


#define WED "2024-05-15"

static const date_case CASES[] = {
    /* weekdays, with and without "on": the latest on or before the article
     * date; the coming one only with future wording */
    {WED, "Hungary's foreign minister hosted his Chinese counterpart on Monday in Budapest.",
     "hosted", 0, "2024-05-13", "on Monday", 0},
    {WED, "Hungary's foreign minister hosted his Chinese counterpart Monday.", "hosted", 0,
     "2024-05-13", "Monday", 0},
    {WED, "Lithuania closed two border crossings on Wednesday.", NULL, 0, "2024-05-15",
     "on Wednesday", 0},
    {WED, "Thousands rallied in Tbilisi on Thursday against the bill.", NULL, 0, "2024-05-09",
     "on Thursday", 0},
    {WED, "Georgia's parliament will hold a final vote on Friday.", "vote", FUT, "2024-05-17",
     "on Friday", FTR},
    {WED, "Georgia's parliament will hold a final vote on Friday.", "vote", 0, WED, NULL, ART},
    {WED, "Polish troops reached the border on Sunday night.", NULL, 0, "2024-05-12",
     "on Sunday night", 0},
    {WED, "The two presidents spoke by phone on Tuesday afternoon.", NULL, 0, "2024-05-14",
     "on Tuesday afternoon", 0},
    {WED, "Armenia's prime minister flew to Moscow last Wednesday.", NULL, 0, "2024-05-08",
     "last Wednesday", 0},
    {WED, "The envoys meet again next Monday.", NULL, FUT, "2024-05-20", "next Monday", FTR},
    /* days counted from the article */
    {WED, "Drones struck an oil depot in Krasnodar overnight.", "struck", 0, WED, "overnight", 0},
    {WED, "Drones struck an oil depot overnight into Tuesday.", "struck", 0, "2024-05-14",
     "Tuesday", 0},
    {WED, "Slovakia's prime minister was shot two days ago.", NULL, 0, "2024-05-13",
     "two days ago", 0},
    {WED, "Kyiv reported the strike yesterday.", NULL, 0, "2024-05-14", "yesterday", 0},
    /* weeks and months around the article */
    {WED, "Ukraine's parliament lowered the conscription age earlier this month.", NULL, 0,
     "2024-05", "earlier this month", 0},
    {WED, "Georgia's president vetoed the bill earlier in the week.", NULL, 0, "2024-05",
     "earlier in the week", 0},
    {WED, "NATO defence ministers met in Brussels last week.", NULL, 0, "2024-05", "last week", 0},
    {"2024-05-03", "NATO defence ministers met in Brussels last week.", NULL, 0, "2024-04",
     "last week", 0},
    {WED, "The EU will debate the new package next month.", "debate", FUT, "2024-06",
     "next month", FTR},
    /* a month named alone: the latest one on or before the article's month */
    {WED, "Moldova signed the security pact in March.", NULL, 0, "2024-03", "in March", 0},
    {WED, "Moldova signed the security pact in September.", NULL, 0, "2023-09", "in September", 0},
    {WED, "Moldova will sign the security pact in September.", "sign", FUT, "2024-09",
     "in September", FTR},
    {WED, "Russian forces pushed toward Kharkiv in late February.", NULL, 0, "2024-02",
     "in late February", 0},
    {WED, "The talks collapsed last September.", NULL, 0, "2023-09", "last September", 0},
    {WED, "Prices climbed in May.", NULL, 0, "2024-05", "in May", 0},
    /* day and month, both orders: the past one unless it is days ahead */
    {WED, "Moldova signed the security pact on March 3.", NULL, 0, "2024-03-03", "on March 3", 0},
    {WED, "Moldova signed the security pact on 3 March.", NULL, 0, "2024-03-03", "on 3 March", 0},
    {WED, "Envoys last met on Dec. 14 in Doha.", NULL, 0, "2023-12-14", "on Dec. 14", 0},
    {WED, "Serbia's president visited Paris on May 7, 2024.", NULL, 0, "2024-05-07",
     "on May 7, 2024", 0},
    {WED, "Russia invaded Ukraine on February 24.", NULL, 0, "2024-02-24", "on February 24", 0},
    {"2023-12-10", "Russia invaded Ukraine on February 24.", NULL, 0, "2023-02-24",
     "on February 24", 0},
    {WED, "Voters go to the polls on May 19.", NULL, FUT, "2024-05-19", "on May 19", FTR},
    /* an ordinal day: this month's when past, else last month's */
    {WED, "The ceasefire took hold on the 10th.", NULL, 0, "2024-05-10", "on the 10th", 0},
    {WED, "The ceasefire took hold on the 24th.", NULL, 0, "2024-04-24", "on the 24th", 0},
    {WED, "The ceasefire took hold on the 31st.", NULL, 0, "2024-03-31", "on the 31st", 0},
    {WED, "The talks will resume on the 20th.", NULL, FUT, "2024-05-20", "on the 20th", FTR},
    {WED, "The ceasefire took hold on the 24th of April.", NULL, 0, "2024-04-24",
     "on the 24th of April", 0},
    {WED, "Veterans marked the 24th anniversary of the war.", NULL, 0, WED, NULL, ART},
    /* years and stretches: a range is dated by its start */
    {WED, "Russia annexed Crimea in 2014.", NULL, 0, "2014", "in 2014", 0},
    {WED, "Fighting in the Donbas simmered between 2014 and 2022.", NULL, 0, "2014",
     "between 2014", 0},
    {WED, "Border talks stalled between March and April.", NULL, 0, "2024-03", "between March", 0},
    {WED, "Trade across the line fell from 2014 to 2022.", NULL, 0, "2014", "from 2014", 0},
    {WED, "The sanctions have applied since 2014.", NULL, 0, "2014", "since 2014", SNC},
    {"2024-12-10", "Kyiv proposed a truce this Christmas.", "proposed", FUT, "2024-12-25",
     "this Christmas", FTR},
    {"2024-12-10", "Kyiv proposed a truce this Christmas.", "proposed", 0, "2024-12-10", NULL, ART},
    /* which clause a date belongs to */
    {WED, "Negotiators discussed a draft written by Turkish mediators in March.", "discussed", 0,
     WED, NULL, ART},
    {WED, "Negotiators discussed a draft written by Turkish mediators in March.", "written", 0,
     "2024-03", "in March", 0},
    {WED, "The draft was written by Turkish mediators in March.", "was", 0, "2024-03", "in March",
     0},
    {WED, "Ukrainian troops withdrew from Avdiivka, a town Russia had besieged for months, in "
     "February.", "withdrew", 0, "2024-02", "in February", 0},
    {WED, "Kyiv said Moscow had shelled the port on Monday.", "said", 0, WED, NULL, ART},
    {WED, "Kyiv said Moscow had shelled the port on Monday.", "shelled", 0, "2024-05-13",
     "on Monday", 0},
    {WED, "Kyiv said on Tuesday that Moscow shelled the port in April.", "said", 0, "2024-05-14",
     "on Tuesday", 0},
    /* a dateline's date is the story's: the event's own date wins */
    {WED, "MOSCOW, May 15 (Reuters) - Putin replaced his defence minister with an economist on "
     "Tuesday.", "replaced", 0, "2024-05-14", "on Tuesday", 0},
    {WED, "MOSCOW, May 15 (Reuters) - Putin replaced his defence minister.", "replaced", 0,
     "2024-05-15", "May 15", 0},
    {WED, "[May 14, 2024] TBILISI (Reuters) - Lawmakers passed the bill.", "passed", 0,
     "2024-05-14", "May 14, 2024", 0},
};

TEST(wire_expressions) { check_date_cases(CASES, sizeof CASES / sizeof CASES[0]); }

/* A range gives one expression, its start; the end is not a second date. */
TEST(range_is_one_expression) {
    const char *s = "Fighting simmered between 2014 and 2022.";
    enrich_date d[4];
    CHECK_INT(enrich_dates_find(s, strlen(s), util_days_from_ymd(2024, 5, 15), d, 4), 1);
}
