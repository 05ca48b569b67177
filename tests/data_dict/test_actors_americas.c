/* actors/americas.actors: the US administrations by date, and the rest of
 * the Americas. */
#include "harness.h"
#include "data_dict/data_dict.h"

TEST(trump_is_the_government_only_in_office) {
    DD_SETUP(d);
    CODE_IS(d, "Trump", "2025-03-01", "USAGOV");
    CODE_IS(d, "Donald Trump", "2025-01-20", "USAGOV");
    CODE_IS(d, "Trump's", "2025-12-16", "USAGOV");
    CODE_IS(d, "Trump", "2018-07-16", "USAGOV");
    CODE_NOT(d, "Trump", "2023-03-01", "USAGOV");
    CODE_IS(d, "Trump", "2023-03-01", "USAELI");
    CODE_IS(d, "Trump", "2025-01-19", "USAELI");
    CODE_IS(d, "Trump", "2016-06-01", "USA");
}

TEST(biden_blinken_until_january_2025) {
    DD_SETUP(d);
    CODE_IS(d, "Biden", "2022-12-01", "USAGOV");
    CODE_IS(d, "Joe Biden", "2025-01-19", "USAGOV");
    CODE_IS(d, "Biden", "2025-01-20", "USAELI");
    CODE_IS(d, "Biden", "2015-01-01", "USAGOV"); /* vice-president */
    CODE_IS(d, "Biden", "2019-01-01", "USAELI");
    CODE_IS(d, "Blinken", "2022-03-29", "USAGOV");
    CODE_IS(d, "Antony Blinken", "2025-01-20", "USAGOV");
    CODE_IS(d, "Antony Blinken", "2025-02-01", "USAELI");
}

TEST(the_2025_team) {
    DD_SETUP(d);
    const char *team[] = {"Rubio", "Marco Rubio", "Vance", "JD Vance", "Witkoff",
                          "Steve Witkoff", "Kellogg", "Hegseth", "Driscoll", "Waltz",
                          "Bessent", "Karoline Leavitt"};
    for (size_t i = 0; i < sizeof team / sizeof *team; i++) CODE_IS(d, team[i], "2025-03-11", "USAGOV");
    CODE_IS(d, "Rubio", "2024-06-01", "USALEG");
    CODE_IS(d, "Vance", "2024-06-01", "USALEG");
    CODE_IS(d, "Witkoff", "2024-06-01", "USABUS");
    CODE_IS(d, "Kushner", "2025-12-16", "USAGOV");
    CODE_IS(d, "Jared Kushner", "2019-01-01", "USAGOV");
    CODE_IS(d, "Jared Kushner", "2023-01-01", "USABUS");
    CODE_IS(d, "Richard Grenell", "2025-03-01", "USAGOV");
    CODE_IS(d, "Matthew Whitaker", "2025-06-01", "USAGOV");
    CODE_IS(d, "Bridget Brink", "2025-06-01", "USAELI");
}

TEST(washington_metonyms) {
    DD_SETUP(d);
    CODE_IS(d, "Washington", "2022-12-02", "USAGOV");
    CODE_IS(d, "the White House", "2022-12-02", "USAGOV");
    CODE_IS(d, "State Department", "2022-12-02", "USAGOV");
    CODE_IS(d, "Pentagon", "2022-12-02", "USAMIL");
    CODE_IS(d, "US", "2025-12-16", "USA");
    CODE_IS(d, "U.S.", "2025-12-16", "USA");
    CODE_IS(d, "United States", "2025-12-16", "USA");
    CODE_IS(d, "Americans", "2025-12-16", "USA");
    CODE_IS(d, "Latin America", "2025-12-16", "---");
    CODE_IS(d, "Capitol Hill", "2025-12-16", "USALEG");
    CODE_IS(d, "all of us", "2025-12-16", "---"); /* the pronoun */
    CODE_IS(d, "give us", "2025-12-16", "---");
}

TEST(johnson_alone_depends_on_the_date) {
    DD_SETUP(d);
    CODE_IS(d, "Johnson", "2020-06-01", "GBRGOV");
    CODE_IS(d, "Johnson", "2024-06-01", "USALEG");
    CODE_IS(d, "Johnson", "2023-01-01", "---");
    CODE_IS(d, "Boris Johnson", "2022-04-09", "GBRGOV");
    CODE_IS(d, "Mike Johnson", "2025-04-09", "USALEG");
}

TEST(rest_of_the_americas) {
    DD_SETUP(d);
    CODE_IS(d, "Canada", "2025-06-01", "CAN");
    CODE_IS(d, "Carney", "2025-06-01", "CANGOV");
    CODE_IS(d, "Trudeau", "2025-06-01", "CANELI");
    CODE_IS(d, "Lula", "2024-06-01", "BRAGOV");
    CODE_IS(d, "Sheinbaum", "2025-06-01", "MEXGOV");
    CODE_IS(d, "Maduro", "2025-06-01", "VENGOV");
    CODE_IS(d, "Mexican", "2025-06-01", "MEX");
}

TEST(caribbean_and_small_states) {
    DD_SETUP(d);
    CODE_IS(d, "Costa Rica", "2025-01-01", "CRI");
    CODE_IS(d, "Guyana", "2025-01-01", "GUY");
    CODE_IS(d, "Jamaica", "2025-01-01", "JAM");
    CODE_IS(d, "Trinidad and Tobago", "2025-01-01", "TTO");
    CODE_IS(d, "Barbados", "2025-01-01", "BRB");
    CODE_IS(d, "Mia Mottley", "2025-01-01", "BRBGOV");
    CODE_IS(d, "Mia Mottley", "2017-01-01", "BRBOPP");
    CODE_IS(d, "Puerto Rico", "2025-01-01", "USA");
}
