/* Sentences of news language coded with parley's dictionaries by the coder
 * (news mode, no hints from the later stages): the dictionary entries reach
 * the events they are written for. Each check asks for one event among those
 * of the sentence, compared at the country/organisation level (the first
 * three letters, or the IGO code), as the scorer does at root level. */
#include <stdlib.h>

#include "harness.h"
#include "code/code.h"
#include "data_dict/data_dict.h"

static code_ctx *ctx(void) {
    static code_ctx *c;
    static dict_options o;
    if (!c) {
        const dict *d = dd_load();
        if (!d) return NULL;
        dict_options_init(&o);
        o.min_words = 1; /* short test sentences: the length filter is not under test */
        c = code_ctx_new(d, &o, MODE_NEWS);
    }
    return c;
}

static void primary(const char *code, char *out, size_t cap) {
    size_t n = strncmp(code, "IGO", 3) == 0 || strncmp(code, "NGO", 3) == 0 ? 9 : 3;
    snprintf(out, cap, "%.*s", (int)n, code);
}

/* 1 when the sentence yields source -code-> target (primaries). */
static int has_event(const char *text, const char *date, const char *src, const char *code,
                     const char *tgt, char *got, size_t cap) {
    code_ctx *c = ctx();
    if (!c) return 0;
    static code_result r;
    code_record(c, text, strlen(text), dd_day(date), "t", &r);
    int found = 0;
    size_t used = 0;
    got[0] = 0;
    for (size_t i = 0; i < r.n_events; i++) {
        char s[16], t[16];
        primary(r.events[i].source, s, sizeof s);
        primary(r.events[i].target, t, sizeof t);
        if (!strcmp(s, src) && !strcmp(t, tgt) && !strcmp(r.events[i].code, code)) found = 1;
        if (used < cap)
            used += (size_t)snprintf(got + used, cap - used, "%s %s %s; ", r.events[i].source,
                                     r.events[i].code, r.events[i].target);
    }
    return found;
}

#define EVENT(text, date, src, code, tgt)                                              \
    do {                                                                               \
        char got_[512];                                                                \
        if (!has_event(text, date, src, code, tgt, got_, sizeof got_))                 \
            harness_fail(__FILE__, __LINE__, "\"%s\": want %s %s %s, got [%s]", text, \
                         src, code, tgt, got_);                                        \
    } while (0)

TEST(rejections) {
    EVENT("Russia has rejected Ukraine's proposal for a pullout of Russian troops.", "2022-12-13",
          "RUS", "1246", "UKR");
    EVENT("The Kremlin rejected talks with Kyiv on Monday.", "2023-02-28", "RUS", "125", "UKR");
    EVENT("Russia will not accept any compromise regarding the occupied territories of Ukraine.",
          "2025-12-16", "RUS", "124", "UKR");
    EVENT("Zelensky ruled out any ceasefire with Russia on Friday.", "2025-05-16", "UKR", "1246",
          "RUS");
    EVENT("Russia refused to withdraw its troops from Ukraine.", "2022-12-13", "RUS", "1246",
          "UKR");
}

TEST(appeals_and_demands) {
    EVENT("Ukrainian President Volodymyr Zelensky called on Russian forces to withdraw from Ukraine.",
          "2022-12-12", "UKR", "0256", "RUS");
    EVENT("Blinken urged Moscow to withdraw its forces from Ukraine.", "2022-03-29", "USA", "0256",
          "RUS");
    EVENT("Ukraine demanded the withdrawal of Russian troops.", "2022-12-13", "UKR", "1056", "RUS");
    EVENT("Ukraine says Russian troops must leave every inch of its territory.", "2023-02-28", "UKR",
          "1056", "RUS");
    EVENT("Zelenskiy asked Washington for more weapons on Monday.", "2025-12-15", "UKR", "0232",
          "USA");
    EVENT("German Chancellor Friedrich Merz suggested on Monday in Berlin that Russia could pause "
          "its attacks.", "2025-12-15", "DEU", "0256", "RUS");
}

TEST(intents_meetings_visits) {
    EVENT("Peskov said Russia was open to negotiations with Kyiv.", "2023-02-28", "RUS", "036",
          "UKR");
    EVENT("Kyiv supported the idea of a ceasefire with Russia on Tuesday.", "2025-12-16", "UKR",
          "0356", "RUS");
    EVENT("U.S. special envoy Steve Witkoff arrived in Moscow on Thursday.", "2025-03-13", "USA",
          "042", "RUS");
    EVENT("Trump met Putin in Anchorage on Friday.", "2025-08-15", "USA", "040", "RUS");
    EVENT("Erdogan offered to mediate between Russia and Ukraine.", "2022-03-10", "TUR", "039",
          "RUS");
}

TEST(conflict) {
    EVENT("Russia annexed Crimea in 2014, officials said today.", "2023-02-28", "RUS", "192", "UKR");
    EVENT("Russian forces shelled Kharkiv overnight.", "2022-05-01", "RUS", "194", "UKR");
    EVENT("Russia has intensified its aerial attacks on Ukraine this week.", "2025-12-16", "RUS",
          "195", "UKR");
    EVENT("Russian forces retreated from Kherson last month.", "2022-12-02", "RUS", "0874", "UKR");
    EVENT("The European Union imposed new sanctions on Russia on Friday.", "2025-05-16",
          "IGOEUREEC", "163", "RUS");
    EVENT("Kaja Kallas accused Russia of stalling.", "2025-12-03", "IGOEUREEC", "112", "RUS");
    EVENT("Israel's government approved a ceasefire agreement with Hamas early on Friday.",
          "2025-10-10", "ISR", "0871", "PSE");
    EVENT("Russia annexed four southern and eastern Ukrainian regions last year.", "2023-02-28",
          "RUS", "192", "UKR");
}

TEST(protest_repression_and_yielding) {
    EVENT("Georgian protesters staged a demonstration outside the Russian embassy.", "2024-05-01",
          "GEO", "141", "RUS");
    EVENT("Serbian students blocked roads leading to the Croatian border.", "2025-03-01", "SRB",
          "144", "HRV");
    EVENT("Serbian riot police used tear gas against Albanian protesters.", "2025-03-01", "SRB",
          "175", "ALB");
    EVENT("A Russian court jailed a US journalist for 16 years.", "2024-07-19", "RUS", "173",
          "USA");
    EVENT("Israel freed dozens of Palestinian prisoners on Thursday.", "2025-01-30", "ISR", "0841",
          "PSE");
    EVENT("Turkey cut diplomatic ties with Israel in May.", "2024-05-01", "TUR", "161", "ISR");
    EVENT("Iran summoned the British ambassador over the remarks.", "2024-05-01", "IRN", "114",
          "GBR");
    EVENT("Xi Jinping received Vladimir Putin in Beijing on Thursday.", "2024-05-16", "CHN", "043",
          "RUS");
    EVENT("Croatia is investigating war crimes by Serbian forces.", "2024-05-01", "HRV", "094",
          "SRB");
    EVENT("Syrian rebels clashed with Turkish troops near the border.", "2024-05-01", "SYR", "190",
          "TUR");
}

TEST(dates_decide_who_speaks_for_whom) {
    EVENT("Trump criticised Zelensky on Sunday.", "2025-03-01", "USA", "111", "UKR");
    EVENT("NATO Secretary General Mark Rutte praised Ukraine.", "2025-03-01", "IGOWSTNAT", "051",
          "UKR");
    EVENT("Merz condemned Russia on Monday.", "2025-12-15", "DEU", "111", "RUS");
}
