/* actors/igo.actors: NATO, the EU, the UN, the G7 and others, with their
 * officials' terms; vague collectives left uncoded. */
#include "harness.h"
#include "data_dict/data_dict.h"

TEST(nato_and_its_secretaries_general) {
    DD_SETUP(d);
    CODE_IS(d, "NATO", "2025-12-16", "IGOWSTNAT");
    CODE_IS(d, "NATO's", "2025-12-16", "IGOWSTNAT");
    CODE_IS(d, "North Atlantic Treaty Organization", "2025-12-16", "IGOWSTNAT");
    CODE_IS(d, "Rutte", "2024-10-01", "IGOWSTNAT");
    CODE_IS(d, "Mark Rutte", "2024-09-30", "NLDELI");
    CODE_IS(d, "Mark Rutte", "2023-01-01", "NLDGOV");
    CODE_IS(d, "Stoltenberg", "2024-09-30", "IGOWSTNAT");
    CODE_IS(d, "Jens Stoltenberg", "2024-10-01", "NORELI");
    CODE_IS(d, "Stoltenberg", "2025-03-01", "NORGOV");
}

TEST(european_union) {
    DD_SETUP(d);
    CODE_IS(d, "EU", "2025-12-16", "IGOEUREEC");
    CODE_IS(d, "European Union", "2025-12-16", "IGOEUREEC");
    CODE_IS(d, "European Commission", "2025-12-16", "IGOEUREEC");
    CODE_IS(d, "Brussels", "2025-12-16", "IGOEUREEC");
    CODE_IS(d, "von der Leyen", "2025-12-16", "IGOEUREEC");
    CODE_IS(d, "Ursula von der Leyen", "2018-01-01", "DEUGOV");
    CODE_IS(d, "Kallas", "2025-03-01", "IGOEUREEC");
    CODE_IS(d, "Kaja Kallas", "2022-03-01", "ESTGOV");
    CODE_IS(d, "Borrell", "2022-03-01", "IGOEUREEC");
    CODE_IS(d, "Antonio Costa", "2025-03-01", "IGOEUREEC");
}

TEST(united_nations_and_others) {
    DD_SETUP(d);
    CODE_IS(d, "UN", "2025-12-16", "IGOUNO");
    CODE_IS(d, "U.N.", "2025-12-16", "IGOUNO");
    CODE_IS(d, "United Nations", "2025-12-16", "IGOUNO");
    CODE_IS(d, "UN Security Council", "2025-12-16", "IGOUNO");
    CODE_IS(d, "Guterres", "2025-12-16", "IGOUNO");
    CODE_IS(d, "IAEA", "2025-12-16", "IGOUNOIAE");
    CODE_IS(d, "Grossi", "2025-12-16", "IGOUNOIAE");
    CODE_IS(d, "G7", "2022-12-12", "IGOGOS");
    CODE_IS(d, "G-7", "2022-12-12", "IGOGOS");
    CODE_IS(d, "Group of Seven", "2022-12-12", "IGOGOS");
    CODE_IS(d, "G20", "2022-12-12", "IGOGTW");
    CODE_IS(d, "OSCE", "2022-12-12", "IGOEUROSC");
    CODE_IS(d, "International Criminal Court", "2023-03-17", "IGOJUDICC");
    CODE_IS(d, "Red Cross", "2023-03-17", "NGOHLHIRC");
}

/* open parties ([???]): named, but no code stands for them; their
 * adjectives name nobody ([---]) */
TEST(vague_collectives_are_open_parties) {
    DD_SETUP(d);
    CODE_IS(d, "the West", "2023-02-28", "???");
    CODE_IS(d, "Western", "2023-02-28", "---");
    CODE_IS(d, "European", "2023-02-28", "---");
    CODE_IS(d, "European leaders", "2025-12-16", "???");
    CODE_IS(d, "Europe", "2025-12-16", "???");
    CODE_IS(d, "international community", "2025-12-16", "???");
}
