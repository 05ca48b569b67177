/* agents.agents: role words after or before an actor, plurals (LANGUAGE.md
 * 3.1-3.3). */
#include "harness.h"
#include "data_dict/data_dict.h"

TEST(agent_after_the_actor) {
    DD_SETUP(d);
    CODE_IS(d, "Russian troops", "2022-12-13", "RUSMIL");
    CODE_IS(d, "Russian forces", "2022-12-13", "RUSMIL");
    CODE_IS(d, "Russian soldiers", "2022-12-13", "RUSMIL");
    CODE_IS(d, "Russian army", "2022-12-13", "RUSMIL");
    CODE_IS(d, "Russian military", "2022-12-13", "RUSMIL");
    CODE_IS(d, "Ukrainian civilians", "2025-12-16", "UKRCVL");
    CODE_IS(d, "Ukrainian residents", "2025-12-16", "UKRCVL");
    CODE_IS(d, "Ukrainian police", "2025-12-16", "UKRCOP");
    CODE_IS(d, "Ukrainian President", "2025-12-16", "UKRGOV");
    CODE_IS(d, "Ukrainian lawmakers", "2025-12-16", "UKRLEG");
    CODE_IS(d, "Dutch parliament", "2025-12-16", "NLDLEG");
    CODE_IS(d, "German Chancellor", "2025-12-15", "DEUGOV");
    CODE_IS(d, "Russian Deputy Foreign Minister", "2025-12-16", "RUSGOV");
    CODE_IS(d, "Russian drones", "2025-12-16", "RUSMIL");
    CODE_IS(d, "Israeli protesters", "2025-01-01", "ISROPP");
    CODE_IS(d, "Syrian rebels", "2024-12-01", "SYRREB");
    CODE_IS(d, "Russian state media", "2024-12-01", "RUSGOVMED");
}

TEST(redundant_agents_are_not_repeated) {
    DD_SETUP(d);
    CODE_IS(d, "Kremlin spokesman", "2023-02-28", "RUSGOV");
    CODE_IS(d, "Kremlin spokesperson", "2025-12-16", "RUSGOV");
    CODE_IS(d, "Kremlin spokeswoman", "2025-12-16", "RUSGOV");
    CODE_IS(d, "US envoy", "2025-12-16", "USAGOV");
    CODE_IS(d, "US negotiators", "2025-12-16", "USAGOV");
}

TEST(agent_before_the_actor_with_of_or_in) {
    DD_SETUP(d);
    CODE_IS(d, "ambassadors of Russia", "2025-12-16", "RUSGOV");
    CODE_IS(d, "president of Ukraine", "2025-12-16", "UKRGOV");
    CODE_IS(d, "civilians in Gaza", "2025-10-10", "PSECVL");
    CODE_IS(d, "separatists in Donetsk", "2015-02-12", "UKRSEP");
}

TEST(plurals_and_irregular_forms) {
    DD_SETUP(d);
    CODE_IS(d, "Russian spokesmen", "2025-12-16", "RUSGOV");
    CODE_IS(d, "Russian officials", "2025-12-16", "RUSGOV");
    CODE_IS(d, "Russian authorities", "2025-12-16", "RUSGOV");
    CODE_IS(d, "Ukrainian people", "2025-12-16", "UKRCVL");
    CODE_IS(d, "Ukrainian children", "2025-12-16", "UKRCVL");
    CODE_IS(d, "Ukrainian servicemen", "2025-12-16", "UKRMIL");
    CODE_IS(d, "Russian prisoners of war", "2025-12-16", "RUSMIL");
    CODE_IS(d, "Ukrainian ministries", "2025-12-16", "UKRGOV");
}

TEST(armed_groups_workers_and_weapons) {
    DD_SETUP(d);
    CODE_IS(d, "Pakistani gunmen", "2025-01-01", "PAKREB");
    CODE_IS(d, "Malian jihadists", "2025-01-01", "MLIREB");
    CODE_IS(d, "Serbian students", "2025-01-01", "SRBEDU");
    CODE_IS(d, "French farmers", "2025-01-01", "FRAAGR");
    CODE_IS(d, "German workers", "2025-01-01", "DEULAB");
    CODE_IS(d, "Israeli settlers", "2025-01-01", "ISRCVL");
    CODE_IS(d, "Serbian riot police", "2025-01-01", "SRBCOP");
    CODE_IS(d, "Russian jets", "2025-01-01", "RUSMIL");
    CODE_IS(d, "Chinese coast guard", "2025-01-01", "CHNMIL");
    CODE_IS(d, "Libyan migrants", "2025-01-01", "LBYREF");
}
