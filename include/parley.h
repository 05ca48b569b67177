/* parley: news to political event data. The library's public face:
 * open a dictionary set (an engine), make a worker per thread, code
 * articles into documents of sentences, events and quotes, free.
 *
 *   pl_engine *e = pl_engine_open(&cfg, err, sizeof err);
 *   pl_worker *w = pl_worker_new(e);
 *   const pl_doc *doc = pl_code_article(w, &article);   // valid until the next call
 *   ... doc->events[i] ...
 *   pl_worker_free(w); pl_engine_close(e);
 *
 * An engine is read-only once open and may be shared by any number of
 * workers on different threads; a worker is used by one thread at a time. */
#ifndef PARLEY_H
#define PARLEY_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    PL_MODE_NEWS = 0, /* default: careful-human-coder rules for news prose */
    PL_MODE_TABARI,   /* reproduce TABARI 0.8.4 (its validation suite) */
    PL_MODE_PETRARCH  /* PETRARCH-1's conventions (its unit tests) on raw text */
} pl_mode;

typedef struct {
    const char *project;   /* a TABARI .project naming the dictionaries, or NULL */
    const char *verbs;     /* individual files; each may be NULL */
    const char *actors;
    const char *agents;
    const char *discards;
    const char *options;
    const char *data_dir;  /* parley's data folder (default: "data" beside the binary's cwd) */
    const char *cache_dir; /* where compiled dictionaries are kept; NULL = no cache */
    pl_mode mode;
} pl_config;

typedef struct pl_engine pl_engine;
typedef struct pl_worker pl_worker;

typedef struct {
    const char *id;
    const char *text;
    size_t text_len;
    int32_t date;        /* days since 1970-01-01 */
    int has_date;
    const char *source;  /* outlet, may be NULL */
    const char *url;
    const char *title;
    int is_record;       /* 1: a TABARI record (one sentence, no cleaning) */
} pl_article;

typedef struct {
    uint32_t start, end; /* byte offsets into the article text as given */
} pl_span;

typedef enum {
    PL_ASSERTED = 0, PL_NEGATED, PL_FUTURE, PL_CONDITIONAL, PL_HYPOTHETICAL
} pl_modality;

typedef enum { PL_PREC_DAY = 0, PL_PREC_MONTH, PL_PREC_YEAR } pl_precision;

typedef struct {
    char code[48];       /* composite code, e.g. RUSGOV */
    pl_span span;        /* where the actor was found; start == end when a default */
} pl_actor_ref;

typedef struct {
    uint32_t sentence;     /* index into doc->sentences */
    pl_actor_ref source, target;
    char code[16];         /* CAMEO event code */
    char root[4];
    const char *name;      /* the CAMEO name of the code ("" when unknown) */
    int quad;              /* 1..4, 0 when unknown */
    double goldstein;
    int32_t date;          /* the event's own date when the text gives one */
    pl_precision date_precision;
    int date_from_text;    /* 0: the article date, 1: the sentence's, 2: carried
                              from the same source's dated statement nearby */
    pl_modality modality;
    pl_span verb;
    const char *verb_text; /* the dictionary phrase of the verb (NUL-terminated) */
    const char *pattern;   /* the winning pattern as written, or NULL (root code) */
} pl_event;

typedef struct {
    uint32_t sentence;
    pl_span text;          /* the quoted words */
    pl_span speaker;       /* start == end when unresolved */
    char speaker_name[96];
    char speaker_code[48];
} pl_quote;

typedef struct {
    pl_span span;
    int heading;
} pl_sentence;

typedef struct {
    const pl_article *article;
    const char *text;        /* the text spans point into (the article's) */
    size_t text_len;
    pl_sentence *sentences;  size_t n_sentences;
    pl_event *events;        size_t n_events;
    pl_quote *quotes;        size_t n_quotes;
    /* for TABARI records: why nothing was coded (problem text), or "" */
    const char *problem;
    /* with pl_worker_explain on: what cleaning dropped, one line each
     * ("dropped line N: reason: text"), or "" */
    const char *explain;
} pl_doc;

pl_engine *pl_engine_open(const pl_config *cfg, char *err, size_t errlen);
void pl_engine_close(pl_engine *e);
/* Seconds the dictionaries took to load, and whether a compiled cache served. */
double pl_engine_load_seconds(const pl_engine *e, int *from_cache);

pl_worker *pl_worker_new(pl_engine *e);
/* Keep the cleaning report (doc->explain) for each article. */
void pl_worker_explain(pl_worker *w, int on);
/* Negated and conditional events did not happen and are left out by
 * default; on: report them too, with their modality. */
void pl_worker_all_modalities(pl_worker *w, int on);
void pl_worker_free(pl_worker *w);
const pl_doc *pl_code_article(pl_worker *w, const pl_article *a);

/* Formats: one JSON object per line per event (and quote), or TSV rows in the
 * PETRARCH/Phoenix column order. Appends to a caller buffer (malloc'd,
 * grown with realloc); returns 0. */
typedef struct { char *data; size_t len, cap; } pl_buf;
int pl_write_jsonl(pl_buf *out, const pl_doc *doc);
int pl_write_tsv(pl_buf *out, const pl_doc *doc);
/* A readable table (date, who, did what, to whom, evidence; then quotes). */
int pl_write_table(pl_buf *out, const pl_doc *doc);
void pl_buf_free(pl_buf *b);

#ifdef __cplusplus
}
#endif
#endif
