/* verbs/diplomacy.verbs and verbs/speech.verbs: the roots are recognised in
 * their inflected forms, and the key patterns carry the intended CAMEO codes. */
#include "harness.h"
#include "data_dict/data_dict.h"

#define VERB_IS(d, text, want) CHECK_STR(dd_verb_code(d, text), want)
#define PATTERN_IS(d, verb, pattern, want) CHECK_STR(dd_pattern_code(d, verb, pattern), want)

TEST(speech_verbs_are_null_coded_verbs) {
    DD_SETUP(d);
    const char *words[] = {"said", "says", "saying", "told", "tells", "added", "stated",
                           "noted", "stressed", "emphasised", "explained", "reiterated",
                           "replied", "wrote", "according to", "claimed", "announced",
                           "declared"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) VERB_IS(d, words[i], "---");
    PATTERN_IS(d, "declared", "* MARTIAL_LAW", "1724");
    PATTERN_IS(d, "claimed", "FALSELY_*", "112");
}

TEST(rejections_12x) {
    DD_SETUP(d);
    VERB_IS(d, "rejected", "120");
    VERB_IS(d, "rejects", "120");
    VERB_IS(d, "refused", "120");
    VERB_IS(d, "refusal", "120");
    VERB_IS(d, "ruled out", "120");
    VERB_IS(d, "rules out", "120");
    VERB_IS(d, "ruling out", "120");
    VERB_IS(d, "out of the question", "120");
    VERB_IS(d, "off the table", "120");
    VERB_IS(d, "dismissed", "120");
    VERB_IS(d, "vetoed", "129");
    PATTERN_IS(d, "rejected", "* CEASEFIRE", "1246");
    PATTERN_IS(d, "rejected", "* TRUCE", "1246");
    PATTERN_IS(d, "rejected", "* PULLOUT", "1246");
    PATTERN_IS(d, "rejected", "* TALKS", "125");
    PATTERN_IS(d, "rejected", "* COMPROMISE", "124");
    PATTERN_IS(d, "rejected", "* MEDIATION", "126");
    PATTERN_IS(d, "rejected", "* PEACE_PLAN", "127");
    PATTERN_IS(d, "rejected", "* ACCUSATION", "016");
    PATTERN_IS(d, "refused", "* TO_WITHDRAW", "1246");
    PATTERN_IS(d, "refused", "* TO_NEGOTIATE", "125");
    PATTERN_IS(d, "refused", "* TO_ENGAGE", "125");
    PATTERN_IS(d, "refused", "* TO_CEDE", "124");
    PATTERN_IS(d, "refused", "* TO_RELEASE", "1243");
    PATTERN_IS(d, "refused", "* TO_LIFT", "1244");
    PATTERN_IS(d, "ruled out", "* CEASEFIRE", "1246");
    PATTERN_IS(d, "ruled out", "* TALKS", "125");
    PATTERN_IS(d, "ruled out", "* COMPROMISE", "124");
    PATTERN_IS(d, "out of the question", "WITHDRAW *", "1246");
    PATTERN_IS(d, "out of the question", "TALKS *", "125");
    PATTERN_IS(d, "out of the question", "COMPROMISE *", "124");
    PATTERN_IS(d, "dismissed", "* FEARS", "016");
    PATTERN_IS(d, "dismissed", "* TALKS", "125");
    PATTERN_IS(d, "dismissed", "* CONCERNS", "016");
    PATTERN_IS(d, "ruled out", "* RELINQUISH", "124");
    PATTERN_IS(d, "unlikely to", "* TRUCE", "1246");
    PATTERN_IS(d, "engage with", "WOULDN'T_*", "125");
}

/* TABARI-style coding takes the first verb of a clause: the action that is
 * ruled out comes first, so it carries the look-ahead patterns. */
TEST(ruled_out_actions_look_ahead) {
    DD_SETUP(d);
    PATTERN_IS(d, "withdrawing", "* OUT_OF_THE_QUESTION", "1246");
    PATTERN_IS(d, "withdrawal", "* OUT_OF_THE_QUESTION", "1246");
    PATTERN_IS(d, "pullout", "* OFF_THE_TABLE", "1246");
    PATTERN_IS(d, "ceasefire", "* OUT_OF_THE_QUESTION", "1246");
    PATTERN_IS(d, "truce", "* NOT_ON_THE_TABLE", "1246");
    PATTERN_IS(d, "talks", "* OUT_OF_THE_QUESTION", "125");
    PATTERN_IS(d, "negotiations", "* A_NON_STARTER", "125");
    PATTERN_IS(d, "withdraw", "FOR_ + TO_*", "1056");
    PATTERN_IS(d, "withdrew", "ONLY_ + *", "1056");
}

TEST(negated_acceptance_is_rejection) {
    DD_SETUP(d);
    VERB_IS(d, "accept", "---");
    PATTERN_IS(d, "accept", "NOT_*", "120");
    PATTERN_IS(d, "accept", "NOT_* COMPROMISE", "124");
    PATTERN_IS(d, "accept", "WON'T_*", "120");
    PATTERN_IS(d, "accept", "NEVER_ *", "120");
    PATTERN_IS(d, "agree", "NOT_*", "120");
    PATTERN_IS(d, "agree", "NOT_* CEDE", "124");
    PATTERN_IS(d, "compromise", "NO_*", "124");
    PATTERN_IS(d, "compromise", "NEVER_ *", "124");
    PATTERN_IS(d, "renounce", "NEVER_ *", "124");
    PATTERN_IS(d, "scaled back", "NOT_*", "124");
    PATTERN_IS(d, "give up", "NOT_*", "124");
    PATTERN_IS(d, "want", "DON'T_* TRUCE", "1246");
}

TEST(demands_10x) {
    DD_SETUP(d);
    VERB_IS(d, "demanded", "100");
    VERB_IS(d, "demands", "100");
    VERB_IS(d, "insisted", "100");
    VERB_IS(d, "only if", "100");
    VERB_IS(d, "precondition", "100");
    VERB_IS(d, "cannot be ignored", "105");
    VERB_IS(d, "only after", "100");
    VERB_IS(d, "pushed for", "020");
    PATTERN_IS(d, "pushed for", "* RECOGNITION", "105");
    PATTERN_IS(d, "demands", "* REMAIN_THE_SAME", "124");
    PATTERN_IS(d, "wants", "* + TO_WITHDRAW", "1056");
    PATTERN_IS(d, "demanded", "* + WITHDRAW", "1056");
    PATTERN_IS(d, "demanded", "* WITHDRAWAL", "1056");
    PATTERN_IS(d, "demanded", "* RECOGNITION", "105");
    PATTERN_IS(d, "demanded", "* TERRITOR", "105");
    PATTERN_IS(d, "demanded", "* AMNESTY", "1053");
    PATTERN_IS(d, "demanded", "* SECURITY_GUARANTEES", "1034");
    PATTERN_IS(d, "demanded", "* LIFT SANCTIONS", "1054");
    PATTERN_IS(d, "demanded", "* TALKS", "106");
    PATTERN_IS(d, "must", "+ * LEAVE", "1056");
    PATTERN_IS(d, "must", "+ * RECOGNI", "105");
    PATTERN_IS(d, "needs to", "+ * ACCEPT", "105");
    PATTERN_IS(d, "only if", "* + WITHDRAW", "1056");
}

TEST(appeals_02x) {
    DD_SETUP(d);
    VERB_IS(d, "urged", "020");
    VERB_IS(d, "appealed", "020");
    VERB_IS(d, "asked", "020");
    VERB_IS(d, "called", "---");
    VERB_IS(d, "sought", "020");
    PATTERN_IS(d, "called", "* ON_ + TO_WITHDRAW", "0256");
    PATTERN_IS(d, "called", "* FOR_ CEASEFIRE", "0256");
    PATTERN_IS(d, "called", "* FOR_ TALKS", "026");
    PATTERN_IS(d, "called", "* FOR_ RELEASE", "0253");
    PATTERN_IS(d, "called", "* + ILLEGITIMATE", "111");
    PATTERN_IS(d, "urged", "* + TO_WITHDRAW", "0256");
    PATTERN_IS(d, "urged", "* + TO_NEGOTIATE", "026");
    PATTERN_IS(d, "urged", "* + TO_LIFT_ SANCTIONS", "0254");
    PATTERN_IS(d, "urged", "* RESTRAINT", "0256");
    PATTERN_IS(d, "asked", "* FOR_ WEAPONS", "0232");
    PATTERN_IS(d, "asked", "* FOR_ SECURITY_GUARANTEES", "0234");
    PATTERN_IS(d, "asked", "* + TO_INCREASE_ SANCTIONS", "113");
    PATTERN_IS(d, "suggested", "* + PAUSE", "0256");
    PATTERN_IS(d, "suggested", "* THAT_ + COULD_ PAUSE", "0256");
}

TEST(intents_and_offers_03x) {
    DD_SETUP(d);
    VERB_IS(d, "proposed", "030");
    VERB_IS(d, "proposal", "---"); /* the noun */
    VERB_IS(d, "offered", "030");
    VERB_IS(d, "agreed", "030");
    VERB_IS(d, "supports", "032");
    VERB_IS(d, "supported", "032");
    VERB_IS(d, "open to", "---");
    VERB_IS(d, "ready to", "---");
    VERB_IS(d, "willing to", "---");
    PATTERN_IS(d, "proposed", "* CEASEFIRE", "0356");
    PATTERN_IS(d, "proposed", "* TALKS", "036");
    PATTERN_IS(d, "offered", "* TO_MEDIATE", "039");
    PATTERN_IS(d, "offered", "* SECURITY_GUARANTEES", "0334");
    PATTERN_IS(d, "offered", "* CEASEFIRE", "0356");
    PATTERN_IS(d, "open to", "* NEGOTIAT", "036");
    PATTERN_IS(d, "ready to", "* NEGOTIAT", "036");
    PATTERN_IS(d, "supported", "* CEASEFIRE", "0356");
    PATTERN_IS(d, "agreed", "* TO_A_ CEASEFIRE", "0871");
    PATTERN_IS(d, "agreed", "* TO_EXCHANGE", "0353");
    PATTERN_IS(d, "want", "* TO_STOP", "037");
}

TEST(meetings_talks_mediation_04x) {
    DD_SETUP(d);
    VERB_IS(d, "met", "040");
    VERB_IS(d, "meeting", "040");
    VERB_IS(d, "visited", "042");
    VERB_IS(d, "hosted", "043");
    VERB_IS(d, "mediated", "045");
    VERB_IS(d, "went to", "042");
    VERB_IS(d, "talks", "---");
    VERB_IS(d, "negotiations", "---");
    PATTERN_IS(d, "talks", "* WITH_ +", "046");
    PATTERN_IS(d, "negotiations", "* WITH_ +", "046");
    PATTERN_IS(d, "negotiations", "NOT_*", "125");
    PATTERN_IS(d, "met", "WILL_*", "036");
    PATTERN_IS(d, "visit", "SCHEDULED_TO_*", "036");
    PATTERN_IS(d, "consultations", "WILL_HOLD_*", "036");
    PATTERN_IS(d, "mediate", "OFFERED_TO_*", "039");
}

TEST(cooperation_and_disapproval) {
    DD_SETUP(d);
    VERB_IS(d, "praised", "051");
    VERB_IS(d, "welcomed", "051");
    VERB_IS(d, "signed", "057");
    VERB_IS(d, "condemned", "111");
    VERB_IS(d, "criticised", "111");
    VERB_IS(d, "criticized", "111");
    VERB_IS(d, "denounced", "111");
    VERB_IS(d, "slammed", "111");
    VERB_IS(d, "accused", "112");
    VERB_IS(d, "accusations", "---");
    VERB_IS(d, "alleged", "112");
    VERB_IS(d, "blamed", "112");
    VERB_IS(d, "justify", "052");
    VERB_IS(d, "denied", "016");
    PATTERN_IS(d, "accused", "* WAR_CRIMES", "1124");
    PATTERN_IS(d, "accused", "* AGGRESSION", "1123");
    PATTERN_IS(d, "alleged", "* DISCRIMINAT", "1122");
    PATTERN_IS(d, "signed", "* DECREE", "---");
    VERB_IS(d, "ripped into", "111");
    VERB_IS(d, "pretext", "111");
    PATTERN_IS(d, "labelled", "* ILLEGITIMATE", "111");
    PATTERN_IS(d, "labeling", "* ILLEGITIMATE", "111");
    PATTERN_IS(d, "approved", "* CEASEFIRE", "0871");
    PATTERN_IS(d, "approved", "* AGREEMENT", "057");
    PATTERN_IS(d, "suggest", "NOTHING_TO_*", "---");
    PATTERN_IS(d, "agreeing", "WITHOUT_* CEASEFIRE", "---");
    PATTERN_IS(d, "demanded", "* + GIVE_UP", "105");
    PATTERN_IS(d, "recognise", "NEVER_*", "124");
}

TEST(statements_consultations_recognition_01x_04x_05x) {
    DD_SETUP(d);
    VERB_IS(d, "condolences", "018");
    VERB_IS(d, "telephoned", "041");
    VERB_IS(d, "phoned", "041");
    VERB_IS(d, "ratified", "057");
    VERB_IS(d, "forgave", "056");
    VERB_IS(d, "received", "---");
    PATTERN_IS(d, "expressed", "* CONDOLENCES", "018");
    PATTERN_IS(d, "expressed", "* GRATITUDE", "051");
    PATTERN_IS(d, "expressed", "* CONCERN", "012");
    PATTERN_IS(d, "admitted", "* RESPONSIBILITY", "015");
    PATTERN_IS(d, "claimed", "* RESPONSIBILITY", "015");
    PATTERN_IS(d, "received", "* + IN_", "043");
    PATTERN_IS(d, "resumed", "* TALKS", "046");
    PATTERN_IS(d, "renewed", "* NEGOTIATIONS", "046");
    PATTERN_IS(d, "established", "* DIPLOMATIC_RELATIONS", "054");
    PATTERN_IS(d, "restored", "* TIES", "054");
    PATTERN_IS(d, "normalise", "* RELATIONS", "054");
    PATTERN_IS(d, "summoned", "* AMBASSADOR", "114");
}

TEST(opposition_and_acceptance_08x_12x) {
    DD_SETUP(d);
    VERB_IS(d, "opposed", "120");
    VERB_IS(d, "conceded", "080");
    VERB_IS(d, "reneged", "120");
    VERB_IS(d, "snubbed", "125");
    PATTERN_IS(d, "opposed", "* MEDIATION", "126");
    PATTERN_IS(d, "opposes", "* TALKS", "125");
    PATTERN_IS(d, "accepted", "* DEMANDS", "083");
    PATTERN_IS(d, "accepted", "* INSPECTORS", "0862");
}
