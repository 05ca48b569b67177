/* verbs/conflict.verbs: force, occupation, retreat and truce, threats,
 * sanctions, aid, prisoners. */
#include "harness.h"
#include "data_dict/data_dict.h"

#define VERB_IS(d, text, want) CHECK_STR(dd_verb_code(d, text), want)
#define PATTERN_IS(d, verb, pattern, want) CHECK_STR(dd_pattern_code(d, verb, pattern), want)

TEST(attacks_strikes_shelling_19x) {
    DD_SETUP(d);
    VERB_IS(d, "attacked", "190");
    VERB_IS(d, "attacks", "190");
    VERB_IS(d, "assault", "190");
    VERB_IS(d, "invaded", "190");
    VERB_IS(d, "fighting", "190");
    VERB_IS(d, "fought", "190");
    VERB_IS(d, "strike", "195");
    VERB_IS(d, "strikes", "195");
    VERB_IS(d, "struck", "195");
    VERB_IS(d, "airstrike", "195");
    VERB_IS(d, "air strike", "195");
    VERB_IS(d, "bombed", "195");
    VERB_IS(d, "shelled", "194");
    VERB_IS(d, "shelling", "194");
    VERB_IS(d, "shot down", "190");
    PATTERN_IS(d, "attacks", "DRONE *", "195");
    PATTERN_IS(d, "attacks", "MISSILE *", "195");
    PATTERN_IS(d, "attacks", "* WITH_ DRONES", "195");
    PATTERN_IS(d, "attacks", "PAUSE *", "---");
    PATTERN_IS(d, "strikes", "CEASEFIRE *", "---");
    PATTERN_IS(d, "strikes", "GENERAL_*", "143");
    PATTERN_IS(d, "launched", "* DRONE", "195");
    PATTERN_IS(d, "launched", "* OFFENSIVE", "190");
    PATTERN_IS(d, "fired", "* MISSILE", "195");
    PATTERN_IS(d, "hit", "DRONE *", "195");
    PATTERN_IS(d, "killed", "* IN_ DRONE", "195");
    PATTERN_IS(d, "invasion", "LAUNCHED *", "190");
}

TEST(occupation_and_annexation_192) {
    DD_SETUP(d);
    VERB_IS(d, "annexed", "192");
    VERB_IS(d, "annexation", "192");
    VERB_IS(d, "occupied", "192");
    VERB_IS(d, "occupation", "192");
    VERB_IS(d, "captured", "192");
    VERB_IS(d, "seized", "192");
    VERB_IS(d, "took control", "192");
    VERB_IS(d, "regained", "192");
    VERB_IS(d, "retook", "192");
    VERB_IS(d, "blockade", "191");
    PATTERN_IS(d, "seized", "* ASSETS", "1711");
}

TEST(withdrawal_retreat_ceasefire_08x) {
    DD_SETUP(d);
    VERB_IS(d, "withdrew", "0874");
    VERB_IS(d, "withdrawing", "0874");
    VERB_IS(d, "withdrawal", "---"); /* the noun: demands code it */
    VERB_IS(d, "pulled out", "0874");
    VERB_IS(d, "pull back", "0874");
    VERB_IS(d, "retreated", "0874");
    VERB_IS(d, "losing ground", "0874");
    VERB_IS(d, "ceasefire", "---");
    VERB_IS(d, "cease fire", "---");
    VERB_IS(d, "truce", "---");
    VERB_IS(d, "armistice", "---");
    PATTERN_IS(d, "withdraw", "TO_*", "---");
    PATTERN_IS(d, "withdraw", "* FROM_ TALKS", "164");
    PATTERN_IS(d, "withdraw", "WILL_*", "0356");
    PATTERN_IS(d, "ceasefire", "* TOOK_EFFECT", "0871");
    PATTERN_IS(d, "truce", "DECLARED_*", "0871");
    PATTERN_IS(d, "ceasefire", "* VIOLATION", "196");
    PATTERN_IS(d, "violated", "* CEASEFIRE", "196");
    PATTERN_IS(d, "halted", "* OFFENSIVE", "087");
    PATTERN_IS(d, "suspended", "* TALKS", "164");
    PATTERN_IS(d, "stop", "NOT_* WAR", "1246");
    PATTERN_IS(d, "stop", "WANT_TO_*", "037");
}

TEST(threats_13x) {
    DD_SETUP(d);
    VERB_IS(d, "threatened", "130");
    VERB_IS(d, "threatens", "130");
    VERB_IS(d, "warned", "130");
    VERB_IS(d, "threat", "---");
    PATTERN_IS(d, "threatened", "* SANCTIONS", "1312");
    PATTERN_IS(d, "threatened", "* NUCLEAR", "1385");
    PATTERN_IS(d, "threatened", "* TO_QUIT", "134");
    PATTERN_IS(d, "warned", "* OF_ CATASTROPHE", "012");
    PATTERN_IS(d, "threat", "NUCLEAR_*", "1385");
    PATTERN_IS(d, "ultimatum", "ISSUED_*", "139");
    PATTERN_IS(d, "by force of arms", "WILL *", "138");
}

TEST(sanctions_relations_aid) {
    DD_SETUP(d);
    VERB_IS(d, "sanctions", "---");
    VERB_IS(d, "expelled", "174");
    VERB_IS(d, "severed", "161");
    VERB_IS(d, "mobilisation", "154");
    VERB_IS(d, "mobilization", "154");
    VERB_IS(d, "deployed", "154");
    PATTERN_IS(d, "sanctions", "IMPOSED_*", "163");
    PATTERN_IS(d, "sanctions", "$ * +", "163");
    PATTERN_IS(d, "imposed", "* SANCTIONS", "163");
    PATTERN_IS(d, "lifted", "* SANCTIONS", "085");
    PATTERN_IS(d, "eased", "* SANCTIONS", "085");
    PATTERN_IS(d, "expelled", "* DIPLOMATS", "161");
    PATTERN_IS(d, "provide", "* WEAPONS", "072");
    PATTERN_IS(d, "provide", "* SECURITY_GUARANTEES", "074");
    PATTERN_IS(d, "provide", "WILL_* SECURITY_GUARANTEES", "0334");
    PATTERN_IS(d, "sent", "* WEAPONS", "072");
}

TEST(prisoners_and_detention) {
    DD_SETUP(d);
    PATTERN_IS(d, "exchanged", "* PRISONERS", "0841");
    PATTERN_IS(d, "swap", "PRISONER_*", "0841");
    PATTERN_IS(d, "released", "* PRISONERS", "0841");
    PATTERN_IS(d, "returned", "* CHILDREN", "0841");
    VERB_IS(d, "detained", "173");
    VERB_IS(d, "arrested", "173");
    VERB_IS(d, "abducted", "181");
    VERB_IS(d, "deported", "174");
    PATTERN_IS(d, "deported", "* CHILDREN", "201");
}

TEST(fighting_words_and_mass_violence_18x_20x) {
    DD_SETUP(d);
    VERB_IS(d, "clashed", "190");
    VERB_IS(d, "clashes", "190");
    VERB_IS(d, "ambushed", "190");
    VERB_IS(d, "firefight", "193");
    VERB_IS(d, "opened fire", "193");
    VERB_IS(d, "shot", "193");
    VERB_IS(d, "gunned down", "1823");
    VERB_IS(d, "beheaded", "1823");
    VERB_IS(d, "massacred", "202");
    VERB_IS(d, "ethnic cleansing", "203");
    VERB_IS(d, "hijacked", "181");
    VERB_IS(d, "took hostage", "181");
    VERB_IS(d, "used", "---");
    PATTERN_IS(d, "shot", "* DEAD", "1823");
    PATTERN_IS(d, "used", "* CHEMICAL_WEAPONS", "2041");
    PATTERN_IS(d, "used", "* TEAR_GAS", "175");
    PATTERN_IS(d, "destroyed", "* +", "190");
}

TEST(protest_14x) {
    DD_SETUP(d);
    VERB_IS(d, "protested", "141");
    VERB_IS(d, "demonstrated", "141");
    VERB_IS(d, "demonstration", "141");
    VERB_IS(d, "rallied", "141");
    VERB_IS(d, "rioted", "145");
    VERB_IS(d, "went on strike", "143");
    VERB_IS(d, "took to the streets", "141");
    VERB_IS(d, "sit-in", "141");
    VERB_IS(d, "staged", "---");
    VERB_IS(d, "blocked", "---");
    /* "riot police" is an agent, not a riot */
    CHECK(strcmp(dd_verb_code(d, "riot police"), "145") != 0);
    PATTERN_IS(d, "protest", "LODGED_A_*", "114");
    PATTERN_IS(d, "rallied", "* SUPPORT", "053");
    PATTERN_IS(d, "staged", "* DEMONSTRATION", "141");
    PATTERN_IS(d, "staged", "* HUNGER_STRIKE", "142");
    PATTERN_IS(d, "held", "* RALLY", "141");
    PATTERN_IS(d, "organised", "* GENERAL_STRIKE", "143");
    PATTERN_IS(d, "blocked", "* ROADS", "144");
    PATTERN_IS(d, "blocked", "* RESOLUTION", "129");
    PATTERN_IS(d, "boycott", "WILL_*", "1312");
}

TEST(repression_courts_and_bans_17x) {
    DD_SETUP(d);
    VERB_IS(d, "cracked down", "175");
    VERB_IS(d, "crackdown", "175");
    VERB_IS(d, "dispersed", "175");
    VERB_IS(d, "jailed", "173");
    VERB_IS(d, "imprisoned", "173");
    VERB_IS(d, "sentenced", "173");
    VERB_IS(d, "indicted", "173");
    VERB_IS(d, "charged", "173");
    VERB_IS(d, "convicted", "116");
    VERB_IS(d, "banned", "172");
    VERB_IS(d, "confiscated", "1711");
    VERB_IS(d, "demolished", "1712");
    PATTERN_IS(d, "banned", "* PARTY", "1722");
    PATTERN_IS(d, "imposed", "* STATE_OF_EMERGENCY", "1724");
    PATTERN_IS(d, "threatened", "* TO_BAN", "1322");
    PATTERN_IS(d, "threatened", "* CURFEW", "1323");
    PATTERN_IS(d, "threatened", "* BLOCKADE", "1381");
}

TEST(yielding_08x) {
    DD_SETUP(d);
    VERB_IS(d, "surrendered", "0874");
    VERB_IS(d, "laid down arms", "0873");
    VERB_IS(d, "resigned", "0831");
    VERB_IS(d, "stepped down", "0831");
    VERB_IS(d, "freed", "0841");
    PATTERN_IS(d, "resign", "TO_*", "---");
    PATTERN_IS(d, "lay down arms", "* ONLY_IF_", "---");
    PATTERN_IS(d, "lifted", "* CURFEW", "0813");
    PATTERN_IS(d, "lifted", "* STATE_OF_EMERGENCY", "0814");
    PATTERN_IS(d, "eased", "* CURFEW", "0813");
    PATTERN_IS(d, "released", "* JOURNALIST", "0841");
    PATTERN_IS(d, "evacuated", "* WOUNDED", "073");
    PATTERN_IS(d, "evacuated", "* FROM_ +", "0874");
}

TEST(aid_cooperation_investigation_06x_07x_09x) {
    DD_SETUP(d);
    VERB_IS(d, "donated", "070");
    VERB_IS(d, "extradited", "063");
    VERB_IS(d, "investigating", "090");
    VERB_IS(d, "probe", "090");
    PATTERN_IS(d, "donated", "* MEDICAL", "073");
    PATTERN_IS(d, "gave", "* AID", "070");
    PATTERN_IS(d, "granted", "* ASYLUM", "075");
    PATTERN_IS(d, "handed over", "* WEAPONS", "072");
    PATTERN_IS(d, "shared", "* INTELLIGENCE", "064");
    PATTERN_IS(d, "trained", "* TROOPS", "062");
    PATTERN_IS(d, "allowed", "* INSPECTORS", "0862");
    PATTERN_IS(d, "allowed", "* HUMANITARIAN", "0863");
    PATTERN_IS(d, "investigate", "* WAR_CRIMES", "094");
    PATTERN_IS(d, "investigation", "FOR_AN_*", "---");
}

TEST(reducing_relations_16x) {
    DD_SETUP(d);
    VERB_IS(d, "downgraded", "161");
    VERB_IS(d, "defied", "128");
    PATTERN_IS(d, "cut", "* DIPLOMATIC_TIES", "161");
    PATTERN_IS(d, "cutting", "* AID", "162");
    PATTERN_IS(d, "suspended", "* DIPLOMATIC", "161");
    PATTERN_IS(d, "suspended", "* AIR_LINKS", "160");
    PATTERN_IS(d, "closed", "* EMBASSY", "161");
    PATTERN_IS(d, "closed", "* AIRSPACE", "191");
}
