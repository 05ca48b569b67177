/* Helpers for the annotate tests: a small dictionary written here, an
 * article run through clean, segment and annotate, and its quotes rendered
 * one per line as "sentence|speaker name|code|quoted text", easy to compare. */
#ifndef PL_ANNOT_TEST_H
#define PL_ANNOT_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/annotate.h"
#include "clean/clean.h"
#include "code/code.h"
#include "dict/dict.h"
#include "segment/segment.h"
#include "util/util.h"

static const char annot_test_actors[] =
    "RUSSIA_ [RUS]\n+RUSSIAN_\n"
    "KREMLIN_ [RUSGOV]\n+THE_KREMLIN_\n+MOSCOW_\n"
    "UKRAINE_ [UKR]\n+UKRAINIAN_\n"
    "KYIV_ [UKRGOV]\n+KIEV_\n"
    "PESKOV_ [RUSGOV]\n+DMITRY_PESKOV_\n"
    "LAVROV_ [RUSGOV]\n+SERGEI_LAVROV_\n"
    "ZAKHAROVA_ [RUSGOV]\n+MARIA_ZAKHAROVA_\n"
    "ZELENSKY_ [UKRGOV]\n+ZELENSKYY_\n+VOLODYMYR_ZELENSKY_\n+VOLODYMYR_ZELENSKYY_\n"
    "BIDEN_ [USALEG <090120] [USAGOV 210120-250119] [USAELI]\n+JOE_BIDEN_\n"
    "UNITED_STATES_ [USA]\n+US_\n+THE_UNITED_STATES_\n"
    "UNITED_NATIONS_ [IGOUNO]\n+UN_\n+UN_MISSION_\n+SECURITY_COUNCIL_\n"
    "+UNITED_NATIONS_SECURITY_COUNCIL_\n"
    "VON_DER_LEYEN_ [IGOEUREEC]\n+URSULA_VON_DER_LEYEN_\n"
    "MINSK_ [BLRGOV]\n+LUKASHENKO_\n+ALEXANDER_LUKASHENKO_\n+LUKASHENKA_\n"
    "STATE_DUMA_ [RUSLEG]\n+DUMA_\n"
    "KALLAS_ [IGOEUREEC]\n+KAJA_KALLAS_\n";

static const char annot_test_agents[] =
    "SPOKESMAN_ [~GOV]\nSPOKESPERSON_ [~GOV]\nSPOKESWOMAN_ [~GOV]\nPRESIDENT_ [~GOV]\n"
    "FOREIGN_MINISTER_ [~GOV]\nFOREIGN_MINISTRY_ [~GOV]\nOFFICIAL_ [~GOV]\nTROOPS_ [~MIL]\n"
    "ENVOY_ [~GOV]\nMINISTER_ [~GOV]\nMINISTRY_ [~GOV]\n";

typedef struct {
    dict *d;
    dict_options o;
    code_ctx *coder;
    annot_ctx *an;
    clean_doc clean;
    seg_doc seg;
    const annot_doc *doc;
    char out[8192];
} annot_fixture;

static inline annot_fixture *annot_fixture_new(void) {
    annot_fixture *f = calloc(1, sizeof *f);
    dict_builder *b = dict_builder_new();
    dict_builder_add_text(b, "test.actors", annot_test_actors, strlen(annot_test_actors),
                          DICT_FILE_ACTORS, DICT_DIALECT_TABARI);
    dict_builder_add_text(b, "test.agents", annot_test_agents, strlen(annot_test_agents),
                          DICT_FILE_AGENTS, DICT_DIALECT_TABARI);
    f->d = dict_builder_finish(b);
    dict_options_init(&f->o);
    f->coder = code_ctx_new(f->d, &f->o, MODE_NEWS);
    f->an = annot_new(f->d);
    clean_init(&f->clean);
    seg_init(&f->seg);
    return f;
}

static inline void annot_fixture_free(annot_fixture *f) {
    annot_free(f->an);
    code_ctx_free(f->coder);
    clean_free(&f->clean);
    seg_free(&f->seg);
    dict_free(f->d);
    dict_options_free(&f->o);
    free(f);
}

/* Annotates `text` dated `date` (YYYY-MM-DD); returns its quotes rendered. */
static inline const char *annot_run(annot_fixture *f, const char *text, const char *date) {
    int32_t day = 0;
    util_parse_date(date, strlen(date), &day);
    clean_text(&f->clean, text, strlen(text), day, 1);
    seg_text(&f->seg, f->clean.text, f->clean.len, 0);
    f->doc = annot_article(f->an, f->coder, f->clean.text, f->clean.len, &f->seg, day);
    size_t n = 0;
    f->out[0] = '\0';
    for (size_t i = 0; i < f->doc->n_quotes && n < sizeof f->out - 400; i++) {
        const annot_quote *q = &f->doc->quotes[i];
        n += (size_t)snprintf(f->out + n, sizeof f->out - n, "%u|%s|%s|%.*s\n", q->sentence,
                              q->name, q->code, (int)(q->end - q->start),
                              f->clean.text + q->start);
    }
    return f->out;
}

/* The speaker code hinted for sentence s ("" when none). */
static inline const char *annot_speaker_of(annot_fixture *f, size_t s) {
    code_hints h;
    annot_hints(f->doc, &f->seg, s, &h);
    return h.speaker_code ? h.speaker_code : "";
}

#endif
