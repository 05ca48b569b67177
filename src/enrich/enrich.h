/* enrich: what an event gains after coding: its CAMEO root, quad class and
 * Goldstein score, its PLOVER type, and its own date resolved from the
 * sentence against the article date. Tables are read-only once loaded, so
 * any number of threads may look codes up in one table. docs/enrich.md. */
#ifndef PL_ENRICH_H
#define PL_ENRICH_H

#include <stddef.h>
#include <stdint.h>

/* ---- CAMEO codes: root, name, quad class, Goldstein ----------------------
 * Loaded from a TSV (data/cameo/cameo.tsv); NULL path or a NULL table means
 * the built-in copy of that file compiled into the library. */
typedef struct enrich_cameo enrich_cameo;

enum {
    ENRICH_QUAD_VERBAL_COOP = 1,
    ENRICH_QUAD_MATERIAL_COOP = 2,
    ENRICH_QUAD_VERBAL_CONFLICT = 3,
    ENRICH_QUAD_MATERIAL_CONFLICT = 4
};

/* Lookup results: what matched, and how. */
enum { ENRICH_UNKNOWN = 0, ENRICH_EXACT = 1, ENRICH_PREFIX = 2 };

typedef struct {
    const char *code;  /* the table's code that matched ("075" for "075A") */
    const char *root;  /* two digits, "12" */
    const char *name;
    int quad;          /* ENRICH_QUAD_*, 0 when unknown */
    double goldstein;  /* 0 when unknown */
} enrich_cameo_info;

/* Returns NULL after a message when the file cannot be read or lacks a
 * header naming the columns; bad lines are reported (file:line) and skipped. */
enrich_cameo *enrich_cameo_load(const char *path);
void enrich_cameo_free(enrich_cameo *t);
size_t enrich_cameo_count(const enrich_cameo *t);
/* Exact code, else its longest known prefix (TABARI test codes such as
 * "075A", or a code the table lacks). Returns ENRICH_EXACT, ENRICH_PREFIX or
 * ENRICH_UNKNOWN (then *out holds empty strings and zeros). */
int enrich_cameo_lookup(const enrich_cameo *t, const char *code, enrich_cameo_info *out);
/* The i-th row in code order, for listing and tests; 0 past the end. */
int enrich_cameo_row(const enrich_cameo *t, size_t i, enrich_cameo_info *out);
/* "Verbal Cooperation", ..., "Material Conflict"; "" for anything else. */
const char *enrich_quad_name(int quad);

/* ---- CAMEO -> PLOVER ----------------------------------------------------
 * Loaded from data/plover/cameo2plover.tsv, or built in (NULL). Fields the
 * table leaves empty are "" (never NULL); context may list several values
 * separated by ';'. Codes fall back to their longest listed prefix; the
 * table has no rows for roots 01 and 02, which stay ENRICH_UNKNOWN. */
typedef struct enrich_plover enrich_plover;

typedef struct {
    const char *code;  /* the table's code that matched */
    const char *event; /* AGREE, REJECT, ASSAULT, ... */
    const char *mode;
    const char *context;
} enrich_plover_info;

enrich_plover *enrich_plover_load(const char *path);
void enrich_plover_free(enrich_plover *t);
size_t enrich_plover_count(const enrich_plover *t);
int enrich_plover_map(const enrich_plover *t, const char *code, enrich_plover_info *out);
int enrich_plover_row(const enrich_plover *t, size_t i, enrich_plover_info *out);

/* ---- event dates --------------------------------------------------------
 * Date expressions in a sentence ("on Tuesday", "last September", "in 2014",
 * "Dec. 14", "a day after", ...) resolved against the article date. */
enum { ENRICH_PREC_DAY = 0, ENRICH_PREC_MONTH = 1, ENRICH_PREC_YEAR = 2 };

/* enrich_date.flags */
#define ENRICH_DATE_ARTICLE 1u /* no expression applied: the article date */
#define ENRICH_DATE_FUTURE  2u /* later than the article date ("next week") */
#define ENRICH_DATE_SINCE   4u /* the start of a stretch ("since 2014") */

typedef struct {
    int32_t days;     /* day number (util_days_from_ymd); the 1st of the month
                       * or of January at month or year precision */
    int precision;    /* ENRICH_PREC_* */
    unsigned flags;   /* ENRICH_DATE_* */
    size_t start, end; /* byte span of the expression; 0,0 for the article */
} enrich_date;

/* All expressions in s[0..n), in text order; returns how many were found
 * (at most max are stored). No allocation. */
size_t enrich_dates_find(const char *s, size_t n, int32_t article_days,
                         enrich_date *out, size_t max);

/* enrich_event_date flags */
#define ENRICH_EVENT_FUTURE_OK 1u /* a future expression may date the event */

/* The event's own date: among the expressions, the one nearest the verb
 * (verb_pos = byte offset of the verb in s, or -1 when unknown: then the
 * first). Future expressions are passed over unless ENRICH_EVENT_FUTURE_OK
 * (an intention is dated when it is stated), "since" ones are used only
 * when nothing else applies, and one after the verb across "that", "which",
 * "when", "after"... belongs to another clause. When nothing applies: the
 * article date, precision day, flagged ENRICH_DATE_ARTICLE. */
void enrich_event_date(const char *s, size_t n, int32_t article_days, long verb_pos,
                       unsigned flags, enrich_date *out);

/* ---- dates across an article -------------------------------------------
 * Wire copy dates an actor's statement once and reports the rest of it
 * undated: "Zelensky called on Russia to withdraw. At a meeting on Monday, he
 * said ...". enrich_dates_carry gives an event its sentence left undated
 * (from_text 0) the date of the nearest event, by sentence, of the same
 * source that its own sentence dated to a recent day: at day precision, on
 * or at most a week before the article date. Older dates are background
 * ("annexed in 2014") and are not carried; neither are carried dates. */
typedef struct {
    uint32_t sentence;  /* sentence index in the article */
    const char *actor;  /* the source's key (e.g. its country code), actor_len bytes */
    size_t actor_len;   /* 0: no source, never carried to or from */
    int32_t days;
    int precision;      /* ENRICH_PREC_* */
    int from_text;      /* 1: the sentence gave the date; 2: set by the carry */
} enrich_dated;

void enrich_dates_carry(enrich_dated *ev, size_t n, int32_t article_days);

/* Writes "2022-12-12", "2022-12" or "2022" by precision; returns the length. */
int enrich_date_format(const enrich_date *d, char out[11]);

#endif
