/* data/dict as a whole: the project loads without a single warning, every
 * actor has a code on every date of the period parley is built for, codes
 * are well formed, and event codes are CAMEO codes. */
#include <ctype.h>

#include "harness.h"
#include "data_dict/data_dict.h"

TEST(project_loads_with_zero_warnings) {
    DD_SETUP(d);
    CHECK_INT(dd_load_warnings, 0);
    dict_project p;
    memset(&p, 0, sizeof p);
    CHECK_INT(dict_project_read(PARLEY_PROJECT, &p), 0);
    CHECK_INT(p.n_actors, 8); /* 7 regional files and words.actors */
    CHECK_INT(p.n_agents, 1);
    CHECK_INT(p.n_verbs, 3);
    CHECK_INT(p.n_texts, 1);
    dict_project_free(&p);
}

TEST(sizes_do_not_shrink_by_accident) {
    DD_SETUP(d);
    CHECK(d->n_actors > 600);   /* actor groups (synonyms share one entry) */
    CHECK(d->n_agents > 200);
    CHECK(d->n_verbs > 200);    /* roots and their forms share verbs[] entries */
    CHECK(d->n_patterns > 800);
    uint32_t actor_roots = 0;
    for (uint32_t r = 1; r < d->n_roots; r++) actor_roots += d->roots[r].kind == ROOT_ACTOR;
    CHECK(actor_roots > 1800);  /* phrases, synonyms included */
}

/* An actor without a code on some date would silently stop being a source
 * or target (LANGUAGE.md 2.5): every actor needs a default or full cover. */
TEST(every_actor_has_a_code_on_every_date_2014_to_2025) {
    DD_SETUP(d);
    int32_t from = dd_day("2014-01-01"), to = dd_day("2025-12-31");
    int gaps = 0;
    for (uint32_t r = 1; r < d->n_roots; r++) {
        if (d->roots[r].kind != ROOT_ACTOR) continue;
        for (int32_t day = from; day <= to; day++) {
            if (!dict_actor_code(d, d->roots[r].entry, day)) {
                char buf[11];
                util_format_date(day, buf);
                if (gaps++ < 10)
                    harness_fail(__FILE__, __LINE__, "%s has no code on %s",
                                 dict_str(d, d->roots[r].phrase), buf);
                break;
            }
        }
    }
    CHECK_INT(gaps, 0);
}

static int code_well_formed(const char *c) {
    if (!strcmp(c, "---") || !strcmp(c, "???")) return 1;
    size_t n = strlen(c);
    if (n < 3 || n > 15 || n % 3) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)c[i])) return 0;
    return 1;
}

TEST(actor_and_agent_codes_are_well_formed) {
    DD_SETUP(d);
    for (uint32_t i = 0; i < d->n_blocks; i++) {
        const char *c = dict_str(d, d->blocks[i].code);
        if (!code_well_formed(c)) harness_fail(__FILE__, __LINE__, "actor code \"%s\"", c);
    }
    for (uint32_t a = 1; a < d->n_agents; a++) {
        const char *c = dict_str(d, d->agents[a].code);
        size_t n = strlen(c);
        char core[16] = "";
        if (n >= 2 && n < sizeof core && c[0] == '~') memcpy(core, c + 1, n - 1);
        else if (n >= 2 && n < sizeof core && c[n - 1] == '~') memcpy(core, c, n - 1);
        if (!*core || !code_well_formed(core) || !strcmp(core, "---"))
            harness_fail(__FILE__, __LINE__, "agent code \"%s\"", c);
    }
}

/* Every event code written in the verbs files is in the CAMEO list. */
TEST(event_codes_are_cameo_codes) {
    char *csv_path = harness_shared_path("ontology/cameo-codes.csv");
    if (!csv_path) SKIP("../shared/ontology/cameo-codes.csv not available");
    size_t len = 0;
    const char *err = NULL;
    char *csv = util_read_file(csv_path, &len, &err);
    free(csv_path);
    if (!csv) SKIP("cannot read the CAMEO list");
    DD_SETUP(d);
    int bad = 0;
    for (uint32_t v = 1; v < d->n_verbs; v++) {
        const dict_code *codes[1 + 512];
        size_t n = 0;
        codes[n++] = &d->verbs[v].code;
        for (uint32_t i = 0; i < d->verbs[v].n_patterns && n < 513; i++)
            codes[n++] = &d->patterns[d->pattern_index[d->verbs[v].patterns + i]].code;
        for (size_t i = 0; i < n; i++) {
            if (codes[i]->a.special != CODE_PLAIN) continue;
            const char *c = dict_str(d, codes[i]->a.code);
            char quoted[24];
            snprintf(quoted, sizeof quoted, ",\"%s\",", c);
            if (!strstr(csv, quoted)) {
                if (bad++ < 10)
                    harness_fail(__FILE__, __LINE__, "verb %s: code %s is not a CAMEO code",
                                 dict_str(d, d->verbs[v].phrase), c);
            }
        }
    }
    CHECK_INT(bad, 0);
    free(csv);
}
