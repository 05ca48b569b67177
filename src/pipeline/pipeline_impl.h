/* Internal to pipeline/: the engine and worker behind parley.h. */
#ifndef PL_PIPELINE_IMPL_H
#define PL_PIPELINE_IMPL_H

#include "annotate/annotate.h"
#include "clean/clean.h"
#include "code/code.h"
#include "dict/dict.h"
#include "enrich/enrich.h"
#include "parley.h"
#include "segment/segment.h"

struct pl_engine {
    dict *d;
    dict_options opts;
    dict_project project;
    int has_project;
    pl_mode mode;
    enrich_cameo *cameo;
    double load_seconds;
    int from_cache;
};

struct pl_worker {
    pl_engine *e;
    code_ctx *coder;
    code_result *res;      /* large: kept on the heap, reused */
    clean_doc clean;
    seg_doc seg;
    annot_ctx *annot;      /* quotes, speakers, salience (prose articles) */
    pl_doc doc;
    size_t cap_sentences, cap_events, cap_quotes;
    int explain;
    int all_modalities;   /* also report negated and conditional events */
    pl_buf explain_text;
    enrich_dated *dated;  /* carry_dates' scratch, dated_cap entries */
    pl_article dated_article; /* an undated article with its dateline's date */
    size_t dated_cap;
};

#endif
