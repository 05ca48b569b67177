/* annot_int.h: what the annotate stage's files share. */
#ifndef PL_ANNOT_INT_H
#define PL_ANNOT_INT_H

#include <string.h>

#include "annotate/annotate.h"

/* A dictionary mention mapped onto seg tokens. */
typedef struct {
    uint32_t tok_first, tok_last;  /* seg tokens */
    uint32_t sent;
    char code[48];
    uint8_t kind;                  /* CODE_MENTION_* */
    uint8_t in_quote;
    uint32_t root;
    int32_t entity;                /* actors: their entity; -1 */
} annot_mention;

/* A reported-speech cue: a speech verb, "according to", or a colon before a
 * quotation, with the speaker found for it. */
typedef struct {
    uint32_t tok, sent;
    int32_t entity;                /* -1 when no speaker was found */
    char code[48];
    uint32_t np_first, np_last;    /* speaker's words (seg tokens); first > last: none */
    char name[96];                 /* the speaker as a quote record names it */
    uint8_t outlet;                /* "Reuters reported": a source, not a speaker */
    uint8_t unnamed;               /* "the minister said": someone we cannot name */
} annot_cue;

/* Single quotation marks ('pointless'), which segment does not track:
 * found within a sentence, outside double quotes. */
enum { SQ_NONE = 0, SQ_IN, SQ_OPEN, SQ_CLOSE };

/* A quotation: its marks and the pieces (doc.quotes) it was cut into. */
typedef struct {
    uint32_t open, close;          /* mark tokens; close: last quoted token if unclosed */
    uint32_t s_first, s_last;      /* sentences */
    size_t piece0, npieces;
} annot_quotation;

struct annot_ctx {
    const dict *d;
    uint8_t *person;               /* per dict root: the phrase names a person */
    code_mention *mbuf;            /* code_find_actors output */
    size_t mbuf_cap;
    annot_mention *ments;
    size_t n_ments, cap_ments;
    int32_t *tok_ment;             /* per seg token: mention, -1 */
    uint32_t *tok_sent;            /* per seg token: its sentence */
    uint8_t *tok_sq;               /* per seg token: single quotes, SQ_* */
    size_t cap_toks;
    annot_cue *cues;
    size_t n_cues, cap_cues;
    annot_quotation *qs;
    size_t n_qs, cap_qs;
    size_t cap_ents, cap_quotes, cap_sents;
    annot_doc doc;
    /* the article being annotated */
    const char *text;
    size_t len;
    const seg_doc *seg;
    int32_t day;
};

/* ---- annotate.c ---- */
/* Whether token t is the word `lower` (any case). Inline: with a literal the
 * length folds away, and it runs for every token. */
static inline int annot_tok_is(const annot_ctx *a, uint32_t t, const char *lower) {
    if (t >= a->seg->ntoks) return 0;
    const seg_token *k = &a->seg->toks[t];
    size_t n = strlen(lower);
    if (k->len != n) return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = a->text[k->start + i];
        if (ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
        if (ch != lower[i]) return 0;
    }
    return 1;
}

int annot_tok_cap(const annot_ctx *a, uint32_t t);
/* Token t lower-cased into out; 0 when it does not fit. */
int annot_tok_lower(const annot_ctx *a, uint32_t t, char *out, size_t cap);
int annot_tok_quoted(const annot_ctx *a, uint32_t t); /* inside a quotation or a mark */
/* A title before a name: "President", "Mr", "Prime", "Minister"... */
int annot_is_title(const annot_ctx *a, uint32_t t);
/* Sets e's gender from a title at token first or just before it. */
void annot_note_gender(const annot_ctx *a, annot_entity *e, uint32_t first);
/* Entity for a person name the dictionaries lack (tokens first..last). */
int32_t annot_name_entity(annot_ctx *a, uint32_t first, uint32_t last);
/* Entity for a role nobody was named in ("the Kremlin spokesperson"). */
int32_t annot_role_entity(annot_ctx *a, uint32_t first, uint32_t last, const char *code);
/* The mention at token t or -1. */
static inline int32_t annot_ment_at(const annot_ctx *a, uint32_t t) {
    return t < a->seg->ntoks ? a->tok_ment[t] : -1;
}
void annot_copy(char *dst, size_t cap, const char *s, size_t n);
/* The first cue (mention) of sentence s or later: both arrays are in
 * sentence order, so a sentence's entries are a run found by bisection. */
size_t annot_first_cue(const annot_ctx *a, uint32_t s);
size_t annot_first_ment(const annot_ctx *a, uint32_t s);
/* The head word of an agent root's title ("MINISTER", "SPOKES"), to
 * compare titles. */
void annot_role_key(const annot_ctx *a, uint32_t root, char *out, size_t cap);

/* ---- speakers.c ---- */
void annot_find_cues(annot_ctx *a, uint32_t s);
/* Pronoun he/she at token t: the most recent person who spoke or acted. */
int32_t annot_resolve_person(const annot_ctx *a, uint32_t t);
/* The subject of sentence s before token t: its first person, else (unless
 * persons_only) its first actor, outside quotations; as a cue without a verb. */
int annot_subject(annot_ctx *a, uint32_t s, uint32_t t, int persons_only, annot_cue *out);

/* ---- quotes.c ---- */
/* Marks sentence s's single-quoted words in a->tok_sq. */
void annot_mark_single(annot_ctx *a, uint32_t s);
void annot_find_quotes(annot_ctx *a);

#endif
