/* actors/asia.actors and actors/africa.actors. */
#include "harness.h"
#include "data_dict/data_dict.h"

TEST(china) {
    DD_SETUP(d);
    CODE_IS(d, "China", "2025-01-01", "CHN");
    CODE_IS(d, "Chinese", "2025-01-01", "CHN");
    CODE_IS(d, "Beijing", "2025-01-01", "CHNGOV");
    CODE_IS(d, "Xi Jinping", "2025-01-01", "CHNGOV");
    CODE_IS(d, "Xi", "2025-01-01", "CHNGOV");
    CODE_IS(d, "Wang Yi", "2025-01-01", "CHNGOV");
    CODE_IS(d, "Li Qiang", "2025-01-01", "CHNGOV");
    CODE_IS(d, "Li Keqiang", "2022-01-01", "CHNGOV");
    CODE_IS(d, "Taiwan", "2025-01-01", "TWN");
}

TEST(koreas_and_japan) {
    DD_SETUP(d);
    CODE_IS(d, "North Korea", "2025-01-01", "PRK");
    CODE_IS(d, "North Korean", "2025-01-01", "PRK");
    CODE_IS(d, "Pyongyang", "2025-01-01", "PRKGOV");
    CODE_IS(d, "Kim Jong Un", "2025-01-01", "PRKGOV");
    CODE_IS(d, "Kim Jong-un", "2025-01-01", "PRKGOV");
    CODE_IS(d, "North Korean troops", "2025-01-01", "PRKMIL");
    CODE_IS(d, "South Korea", "2025-01-01", "KOR");
    CODE_IS(d, "Seoul", "2025-01-01", "KORGOV");
    CODE_IS(d, "Yoon Suk Yeol", "2024-06-01", "KORGOV");
    CODE_IS(d, "Yoon Suk Yeol", "2025-06-01", "KORELI");
    CODE_IS(d, "Lee Jae-myung", "2025-06-04", "KORGOV");
    CODE_IS(d, "Japan", "2025-01-01", "JPN");
    CODE_IS(d, "Tokyo", "2025-01-01", "JPNGOV");
    CODE_IS(d, "Ishiba", "2025-01-01", "JPNGOV");
    CODE_IS(d, "Kishida", "2023-05-19", "JPNGOV");
    CODE_IS(d, "Takaichi", "2025-11-01", "JPNGOV");
}

TEST(south_asia) {
    DD_SETUP(d);
    CODE_IS(d, "India", "2025-05-10", "IND");
    CODE_IS(d, "Indian", "2025-05-10", "IND");
    CODE_IS(d, "New Delhi", "2025-05-10", "INDGOV");
    CODE_IS(d, "Modi", "2025-05-10", "INDGOV");
    CODE_IS(d, "Narendra Modi", "2014-01-01", "IND");
    CODE_IS(d, "Jaishankar", "2025-05-10", "INDGOV");
    CODE_IS(d, "Pakistan", "2025-05-10", "PAK");
    CODE_IS(d, "Pakistani", "2025-05-10", "PAK");
    CODE_IS(d, "Islamabad", "2025-05-10", "PAKGOV");
    CODE_IS(d, "Shehbaz Sharif", "2025-05-10", "PAKGOV");
    CODE_IS(d, "Asim Munir", "2025-05-10", "PAKMIL");
    CODE_IS(d, "Imran Khan", "2025-05-10", "PAKOPP");
    CODE_IS(d, "Taliban", "2020-01-01", "AFGREB");
    CODE_IS(d, "Taliban", "2022-01-01", "AFGGOV");
}

TEST(africa) {
    DD_SETUP(d);
    CODE_IS(d, "South Africa", "2025-01-01", "ZAF");
    CODE_IS(d, "Ramaphosa", "2025-01-01", "ZAFGOV");
    CODE_IS(d, "Sudan", "2025-01-01", "SDN");
    CODE_IS(d, "Rapid Support Forces", "2025-01-01", "SDNREB");
    CODE_IS(d, "Niger", "2025-01-01", "NER");
    CODE_IS(d, "Nigeria", "2025-01-01", "NGA");
    CODE_IS(d, "M23", "2025-01-01", "CODREB");
}

TEST(the_rest_of_africa) {
    DD_SETUP(d);
    CODE_IS(d, "Ivory Coast", "2025-01-01", "CIV");
    CODE_IS(d, "Cote d'Ivoire", "2025-01-01", "CIV");
    CODE_IS(d, "Ivorian", "2025-01-01", "CIV");
    CODE_IS(d, "Liberia", "2025-01-01", "LBR");
    CODE_IS(d, "Sierra Leone", "2025-01-01", "SLE");
    CODE_IS(d, "Guinea", "2025-01-01", "GIN");
    CODE_IS(d, "Guinea-Bissau", "2025-01-01", "GNB");
    CODE_IS(d, "Equatorial Guinea", "2025-01-01", "GNQ");
    CODE_IS(d, "Papua New Guinea", "2025-01-01", "PNG");
    CODE_IS(d, "Doumbouya", "2022-01-01", "GINGOV");
    CODE_IS(d, "Doumbouya", "2020-01-01", "GINMIL");
    CODE_IS(d, "Gabon", "2025-01-01", "GAB");
    CODE_IS(d, "Oligui Nguema", "2024-01-01", "GABGOV");
    CODE_IS(d, "Congo", "2025-01-01", "COD");
    CODE_IS(d, "Republic of Congo", "2025-01-01", "COG");
    CODE_IS(d, "Democratic Republic of Congo", "2025-01-01", "COD");
    CODE_IS(d, "Tanzania", "2025-01-01", "TZA");
    CODE_IS(d, "Samia Suluhu Hassan", "2022-01-01", "TZAGOV");
    CODE_IS(d, "Magufuli", "2018-01-01", "TZAGOV");
    CODE_IS(d, "Magufuli", "2022-01-01", "TZAELI");
    CODE_IS(d, "Hichilema", "2022-01-01", "ZMBGOV");
    CODE_IS(d, "Hichilema", "2019-01-01", "ZMBOPP");
    CODE_IS(d, "Burundi", "2025-01-01", "BDI");
    CODE_IS(d, "Togolese", "2025-01-01", "TGO");
    CODE_IS(d, "Mauritania", "2025-01-01", "MRT");
    CODE_IS(d, "Djibouti", "2025-01-01", "DJI");
    CODE_IS(d, "Eswatini", "2025-01-01", "SWZ");
    CODE_IS(d, "Polisario", "2025-01-01", "ESHREB");
    CODE_IS(d, "al-Shabaab", "2025-01-01", "SOMREB");
    CODE_IS(d, "Shabab", "2025-01-01", "SOMREB");
}

TEST(small_states_of_asia_and_the_pacific) {
    DD_SETUP(d);
    CODE_IS(d, "Laos", "2025-01-01", "LAO");
    CODE_IS(d, "Timor-Leste", "2025-01-01", "TLS");
    CODE_IS(d, "East Timor", "2025-01-01", "TLS");
    CODE_IS(d, "Fiji", "2025-01-01", "FJI");
    CODE_IS(d, "Solomon Islands", "2025-01-01", "SLB");
    CODE_IS(d, "Maldives", "2025-01-01", "MDV");
    CODE_IS(d, "Lashkar-e-Taiba", "2025-01-01", "PAKREB");
}
