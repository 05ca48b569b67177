/* actors/middle_east.actors: Turkey, Israel, the Palestinians, Iran, the
 * Gulf states and their neighbours. */
#include "harness.h"
#include "data_dict/data_dict.h"

TEST(turkey) {
    DD_SETUP(d);
    CODE_IS(d, "Turkey", "2022-03-29", "TUR");
    CODE_IS(d, "Turkish", "2022-03-29", "TUR");
    CODE_IS(d, "Turkiye", "2025-05-16", "TUR");
    CODE_IS(d, "Ankara", "2022-03-29", "TURGOV");
    CODE_IS(d, "Erdogan", "2022-03-29", "TURGOV");
    CODE_IS(d, "Tayyip Erdogan", "2016-07-16", "TURGOV");
    CODE_IS(d, "Hakan Fidan", "2025-05-16", "TURGOV");
    CODE_IS(d, "Hakan Fidan", "2020-01-01", "TURSPY");
}

TEST(israel_and_its_governments) {
    DD_SETUP(d);
    CODE_IS(d, "Israel", "2025-10-10", "ISR");
    CODE_IS(d, "Israeli", "2025-10-10", "ISR");
    CODE_IS(d, "Netanyahu", "2025-10-10", "ISRGOV");
    CODE_IS(d, "Benjamin Netanyahu", "2021-06-12", "ISRGOV");
    CODE_IS(d, "Netanyahu", "2022-01-01", "ISROPP");
    CODE_IS(d, "Naftali Bennett", "2022-01-01", "ISRGOV");
    CODE_IS(d, "IDF", "2025-10-10", "ISRMIL");
    CODE_IS(d, "Israeli troops", "2025-10-10", "ISRMIL");
    CODE_IS(d, "Knesset", "2025-10-10", "ISRLEG");
}

TEST(palestinians) {
    DD_SETUP(d);
    CODE_IS(d, "Palestinians", "2025-10-10", "PSE");
    CODE_IS(d, "Palestinian", "2025-10-10", "PSE");
    CODE_IS(d, "Gaza", "2025-10-10", "PSE");
    CODE_IS(d, "Palestinian Authority", "2025-10-10", "PSEGOV");
    CODE_IS(d, "Mahmoud Abbas", "2025-10-10", "PSEGOV");
    CODE_IS(d, "Hamas", "2025-10-10", "PSEREB");
    CODE_IS(d, "Khalil al-Hayya", "2025-10-10", "PSEREB");
}

TEST(iran) {
    DD_SETUP(d);
    CODE_IS(d, "Iran", "2025-06-13", "IRN");
    CODE_IS(d, "Iranian", "2025-06-13", "IRN");
    CODE_IS(d, "Tehran", "2025-06-13", "IRNGOV");
    CODE_IS(d, "Khamenei", "2025-06-13", "IRNGOV");
    CODE_IS(d, "Araghchi", "2025-06-13", "IRNGOV");
    CODE_IS(d, "Pezeshkian", "2025-06-13", "IRNGOV");
    CODE_IS(d, "Raisi", "2023-01-01", "IRNGOV");
    CODE_IS(d, "IRGC", "2025-06-13", "IRNMIL");
}

TEST(gulf_states_and_neighbours) {
    DD_SETUP(d);
    CODE_IS(d, "Saudi Arabia", "2025-03-11", "SAU");
    CODE_IS(d, "Saudi", "2025-03-11", "SAU");
    CODE_IS(d, "Riyadh", "2025-03-11", "SAUGOV");
    CODE_IS(d, "Mohammed bin Salman", "2025-03-11", "SAUGOV");
    CODE_IS(d, "United Arab Emirates", "2025-03-11", "ARE");
    CODE_IS(d, "UAE", "2025-03-11", "ARE");
    CODE_IS(d, "Abu Dhabi", "2025-03-11", "AREGOV");
    CODE_IS(d, "Qatar", "2025-10-10", "QAT");
    CODE_IS(d, "Qatari", "2025-10-10", "QAT");
    CODE_IS(d, "Doha", "2025-10-10", "QATGOV");
    CODE_IS(d, "Kuwait", "2025-10-10", "KWT");
    CODE_IS(d, "Bahrain", "2025-10-10", "BHR");
    CODE_IS(d, "Oman", "2025-10-10", "OMN");
    CODE_IS(d, "Egypt", "2025-10-10", "EGY");
    CODE_IS(d, "Cairo", "2025-10-10", "EGYGOV");
    CODE_IS(d, "Houthis", "2025-10-10", "YEMREB");
    CODE_IS(d, "Hezbollah", "2025-10-10", "LBNREB");
    CODE_IS(d, "Assad", "2024-12-01", "SYRGOV");
    CODE_IS(d, "Assad", "2025-01-01", "SYRELI");
    CODE_IS(d, "Ahmed al-Sharaa", "2025-05-01", "SYRGOV");
}

TEST(armed_movements) {
    DD_SETUP(d);
    CODE_IS(d, "PKK", "2024-01-01", "TURREB");
    CODE_IS(d, "Kurdistan Workers' Party", "2024-01-01", "TURREB");
    CODE_IS(d, "YPG", "2024-01-01", "SYRREB");
    CODE_IS(d, "al-Qaeda", "2024-01-01", "IMGMOSALQ");
    CODE_IS(d, "al-Qaida", "2024-01-01", "IMGMOSALQ");
    CODE_IS(d, "Julani", "2024-01-01", "SYRREB");
    CODE_IS(d, "Julani", "2025-03-01", "SYRGOV");
}
