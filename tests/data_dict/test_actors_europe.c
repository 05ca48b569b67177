/* actors/europe.actors: every EU state, the UK, the rest of Europe; the
 * leaders with the dates of their offices. */
#include "harness.h"
#include "data_dict/data_dict.h"

TEST(every_eu_state_and_its_adjective) {
    DD_SETUP(d);
    static const char *const eu[][3] = {
        {"Austria", "Austrian", "AUT"},   {"Belgium", "Belgian", "BEL"},
        {"Bulgaria", "Bulgarian", "BGR"}, {"Croatia", "Croatian", "HRV"},
        {"Cyprus", "Cypriot", "CYP"},     {"Czech Republic", "Czech", "CZE"},
        {"Denmark", "Danish", "DNK"},     {"Estonia", "Estonian", "EST"},
        {"Finland", "Finnish", "FIN"},    {"France", "French", "FRA"},
        {"Germany", "German", "DEU"},     {"Greece", "Greek", "GRC"},
        {"Hungary", "Hungarian", "HUN"},  {"Ireland", "Irish", "IRL"},
        {"Italy", "Italian", "ITA"},      {"Latvia", "Latvian", "LVA"},
        {"Lithuania", "Lithuanian", "LTU"}, {"Luxembourg", "Luxembourgish", "LUX"},
        {"Malta", "Maltese", "MLT"},      {"Netherlands", "Dutch", "NLD"},
        {"Poland", "Polish", "POL"},      {"Portugal", "Portuguese", "PRT"},
        {"Romania", "Romanian", "ROU"},   {"Slovakia", "Slovak", "SVK"},
        {"Slovenia", "Slovenian", "SVN"}, {"Spain", "Spanish", "ESP"},
        {"Sweden", "Swedish", "SWE"}};
    CHECK_INT(sizeof eu / sizeof *eu, 27);
    for (size_t i = 0; i < sizeof eu / sizeof *eu; i++) {
        CODE_IS(d, eu[i][0], "2024-01-01", eu[i][2]);
        CODE_IS(d, eu[i][1], "2024-01-01", eu[i][2]);
    }
}

TEST(uk_and_its_prime_ministers) {
    DD_SETUP(d);
    CODE_IS(d, "Britain", "2024-01-01", "GBR");
    CODE_IS(d, "British", "2024-01-01", "GBR");
    CODE_IS(d, "UK", "2024-01-01", "GBR");
    CODE_IS(d, "Downing Street", "2024-01-01", "GBRGOV");
    CODE_IS(d, "London", "2024-01-01", "GBRGOV");
    CODE_IS(d, "Starmer", "2024-07-05", "GBRGOV");
    CODE_IS(d, "Keir Starmer", "2024-07-04", "GBROPP");
    CODE_IS(d, "Sunak", "2023-03-01", "GBRGOV");
    CODE_IS(d, "Rishi Sunak", "2024-07-05", "GBROPP");
    CODE_IS(d, "Theresa May", "2018-01-01", "GBRGOV");
    CODE_IS(d, "Lammy", "2025-01-01", "GBRGOV");
}

TEST(germany_scholz_then_merz) {
    DD_SETUP(d);
    CODE_IS(d, "Scholz", "2025-05-05", "DEUGOV");
    CODE_IS(d, "Olaf Scholz", "2022-12-13", "DEUGOV");
    CODE_IS(d, "Scholz", "2025-05-06", "DEUELI");
    CODE_IS(d, "Merz", "2025-05-06", "DEUGOV");
    CODE_IS(d, "Friedrich Merz", "2025-12-15", "DEUGOV");
    CODE_IS(d, "Merz", "2025-05-05", "DEUOPP");
    CODE_NOT(d, "Merz", "2023-03-01", "DEUGOV");
    CODE_IS(d, "Merkel", "2019-12-09", "DEUGOV");
    CODE_IS(d, "Angela Merkel", "2022-06-01", "DEUELI");
    CODE_IS(d, "Berlin", "2025-12-15", "DEUGOV");
    CODE_IS(d, "Bundeswehr", "2025-12-15", "DEUMIL");
    CODE_IS(d, "Wadephul", "2025-12-15", "DEUGOV");
    CODE_IS(d, "Baerbock", "2023-01-01", "DEUGOV");
    CODE_IS(d, "Baerbock", "2025-10-01", "IGOUNO");
}

TEST(france_italy_poland_and_others) {
    DD_SETUP(d);
    CODE_IS(d, "Macron", "2025-12-15", "FRAGOV");
    CODE_IS(d, "Emmanuel Macron", "2019-12-09", "FRAGOV");
    CODE_IS(d, "Paris", "2019-12-09", "FRAGOV");
    CODE_IS(d, "the Elysee", "2019-12-09", "FRAGOV");
    CODE_IS(d, "Meloni", "2025-01-01", "ITAGOV");
    CODE_IS(d, "Tusk", "2024-01-01", "POLGOV");
    CODE_IS(d, "Donald Tusk", "2016-01-01", "IGOEUREEC");
    CODE_IS(d, "Orban", "2025-01-01", "HUNGOV");
    CODE_IS(d, "Viktor Orban", "2025-01-01", "HUNGOV");
    CODE_IS(d, "Fico", "2024-01-01", "SVKGOV");
    CODE_IS(d, "Stubb", "2025-01-01", "FINGOV");
    CODE_IS(d, "Nawrocki", "2025-09-01", "POLGOV");
    CODE_IS(d, "Duda", "2025-09-01", "POLELI");
    CODE_IS(d, "Vatican", "2025-01-01", "VATGOV");
    CODE_IS(d, "Pope Leo", "2025-06-01", "VATGOV");
}

TEST(eastern_neighbours_and_caucasus) {
    DD_SETUP(d);
    CODE_IS(d, "Belarus", "2025-01-01", "BLR");
    CODE_IS(d, "Lukashenko", "2025-01-01", "BLRGOV");
    CODE_IS(d, "Moldova", "2025-01-01", "MDA");
    CODE_IS(d, "Maia Sandu", "2025-01-01", "MDAGOV");
    CODE_IS(d, "Georgian", "2025-01-01", "GEO");
    CODE_IS(d, "Armenia", "2025-01-01", "ARM");
    CODE_IS(d, "Pashinyan", "2025-01-01", "ARMGOV");
    CODE_IS(d, "Aliyev", "2025-01-01", "AZEGOV");
    CODE_IS(d, "Kazakhstan", "2025-01-01", "KAZ");
    CODE_IS(d, "Kyrgyzstan", "2025-11-27", "KGZ");
    CODE_IS(d, "Serbia", "2025-01-01", "SRB");
    CODE_IS(d, "Norway", "2025-01-01", "NOR");
    CODE_IS(d, "Swiss", "2025-01-01", "CHE");
}

TEST(microstates_and_uk_nations) {
    DD_SETUP(d);
    CODE_IS(d, "Andorra", "2025-01-01", "AND");
    CODE_IS(d, "Liechtenstein", "2025-01-01", "LIE");
    CODE_IS(d, "Monaco", "2025-01-01", "MCO");
    CODE_IS(d, "Scottish", "2025-01-01", "GBR");
    CODE_IS(d, "Serb", "2025-01-01", "SRB");
}
