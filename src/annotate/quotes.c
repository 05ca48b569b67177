/* quotes.c: direct quotations and their speakers.
 *
 * Quotations come from the double quotation marks segment tracked: from an
 * opening mark to its closing one, across sentences; a paragraph left open
 * continues when the next paragraph reopens (the press's way to quote
 * several paragraphs), else it ends with its paragraph. Stray closing marks
 * are ignored. Each quotation is cut into one piece per sentence, as
 * readers cite them (and the gold lists them). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/annot_int.h"
#include "util/util.h"

typedef struct {
    int open;                  /* a quotation is open */
    uint32_t first, last;      /* the current piece's tokens */
    int has_piece;
    annot_quotation *q;
} builder;

static int punct_only(const annot_ctx *a, uint32_t f, uint32_t l) {
    for (uint32_t t = f; t <= l; t++)
        if (a->seg->toks[t].kind != SEG_PUNCT) return 0;
    return 1;
}

/* Closes the current piece: trailing commas and colons are the sentence's,
 * not the speaker's ('...this time," he said'). */
static void end_piece(annot_ctx *a, builder *b) {
    if (!b->has_piece) return;
    b->has_piece = 0;
    uint32_t f = b->first, l = b->last;
    while (l > f && (annot_tok_is(a, l, ",") || annot_tok_is(a, l, ":") ||
                     annot_tok_is(a, l, "-") || annot_tok_is(a, l, ";")))
        l--;
    if (punct_only(a, f, l)) return;
    annot_doc *d = &a->doc;
    if (d->n_quotes >= a->cap_quotes) {
        a->cap_quotes = a->cap_quotes ? a->cap_quotes * 2 : 16;
        d->quotes = util_xrealloc(d->quotes, a->cap_quotes * sizeof *d->quotes);
    }
    annot_quote *p = &d->quotes[d->n_quotes++];
    memset(p, 0, sizeof *p);
    p->sentence = a->tok_sent[f];
    p->start = a->seg->toks[f].start;
    p->end = a->seg->toks[l].start + a->seg->toks[l].len;
    p->quotation = (uint32_t)(b->q - a->qs);
    p->speaker = -1;
    b->q->npieces++;
}

static void start_quotation(annot_ctx *a, builder *b, uint32_t t) {
    if (a->n_qs >= a->cap_qs) {
        a->cap_qs = a->cap_qs ? a->cap_qs * 2 : 16;
        a->qs = util_xrealloc(a->qs, a->cap_qs * sizeof *a->qs);
    }
    annot_quotation *q = &a->qs[a->n_qs++];
    q->open = q->close = t;
    q->s_first = q->s_last = a->tok_sent[t];
    q->piece0 = a->doc.n_quotes;
    q->npieces = 0;
    b->q = q;
    b->open = 1;
}

static void end_quotation(annot_ctx *a, builder *b, uint32_t close) {
    end_piece(a, b);
    b->open = 0;
    b->q->close = close;
    b->q->s_last = a->tok_sent[close];
    if (b->q->npieces == 0) a->n_qs--; /* empty marks: nothing quoted */
}

/* ---- single quotation marks ------------------------------------------- */
static int is_apostrophe(const annot_ctx *a, uint32_t t) {
    const seg_token *k = &a->seg->toks[t];
    return k->len == 1 && a->text[k->start] == '\'' &&
           !(k->flags & (SEG_T_INQUOTE | SEG_T_QOPEN | SEG_T_QCLOSE));
}

/* An opening mark: after a space, the sentence start or ':' '(' '-', and
 * touching the word it opens ('pointless'); not "'90s". */
static int single_opens(const annot_ctx *a, uint32_t t, uint32_t end) {
    const seg_token *k = a->seg->toks;
    if (!is_apostrophe(a, t) || t + 1 >= end || (k[t + 1].flags & SEG_T_SPACE)) return 0;
    if (k[t + 1].kind != SEG_WORD) return 0;
    return (k[t].flags & SEG_T_SPACE) || t == 0 || a->tok_sent[t - 1] != a->tok_sent[t] ||
           annot_tok_is(a, t - 1, ":") || annot_tok_is(a, t - 1, "(");
}

/* A closing mark: touching the word before it, then a space, punctuation
 * or the end ("sides'," closes; a possessive "soldiers' families" has no
 * opening mark before it). */
static int single_closes(const annot_ctx *a, uint32_t t, uint32_t end) {
    const seg_token *k = a->seg->toks;
    if (!is_apostrophe(a, t) || (k[t].flags & SEG_T_SPACE)) return 0;
    return t + 1 >= end || (k[t + 1].flags & SEG_T_SPACE) || k[t + 1].kind == SEG_PUNCT;
}

void annot_mark_single(annot_ctx *a, uint32_t s) {
    const seg_sentence *ss = &a->seg->sents[s];
    uint32_t end = ss->tok + ss->ntok;
    for (uint32_t t = ss->tok; t < end; t++) {
        if (!single_opens(a, t, end)) continue;
        uint32_t c = t + 1;
        while (c < end && !single_closes(a, c, end) &&
               !(a->seg->toks[c].flags & (SEG_T_QOPEN | SEG_T_QCLOSE)))
            c++;
        if (c >= end || !single_closes(a, c, end) || c == t + 1) continue;
        a->tok_sq[t] = SQ_OPEN;
        for (uint32_t u = t + 1; u < c; u++) a->tok_sq[u] = SQ_IN;
        a->tok_sq[c] = SQ_CLOSE;
        t = c;
    }
}

/* A single-quoted run from its opening mark at t: one piece. */
static void collect_single(annot_ctx *a, builder *b, uint32_t t) {
    start_quotation(a, b, t);
    uint32_t c = t + 1;
    while (a->tok_sq[c] == SQ_IN) c++;
    b->has_piece = 1;
    b->first = t + 1;
    b->last = c - 1;
    end_quotation(a, b, c);
}

static void collect(annot_ctx *a) {
    builder b = {0, 0, 0, 0, NULL};
    const seg_doc *sg = a->seg;
    a->n_qs = 0;
    for (uint32_t t = 0; t < sg->ntoks; t++) {
        uint16_t fl = sg->toks[t].flags;
        if ((fl & SEG_T_PARA) && b.open) {
            if (fl & SEG_T_QOPEN) { /* the quotation goes on in this paragraph */
                end_piece(a, &b);
                continue;
            }
            end_quotation(a, &b, t - 1);
        }
        if (!b.open) {
            if (fl & SEG_T_QOPEN) start_quotation(a, &b, t);
            else if (a->tok_sq[t] == SQ_OPEN) collect_single(a, &b, t);
            continue;
        }
        if (fl & SEG_T_QCLOSE) {
            end_quotation(a, &b, t);
            continue;
        }
        if (fl & SEG_T_QOPEN) continue;
        if (b.has_piece && a->tok_sent[t] != a->tok_sent[b.first]) end_piece(a, &b);
        if (!b.has_piece) {
            b.has_piece = 1;
            b.first = t;
        }
        b.last = t;
    }
    if (b.open) end_quotation(a, &b, (uint32_t)sg->ntoks - 1);
}

/* ---- speakers ---------------------------------------------------------- */
static const annot_cue *cue_after(const annot_ctx *a, uint32_t s, uint32_t t, uint32_t within) {
    for (size_t i = annot_first_cue(a, s); i < a->n_cues && a->cues[i].sent == s; i++) {
        const annot_cue *c = &a->cues[i];
        if (c->tok <= t || c->entity < 0) continue;
        if (within && c->tok > t + within) return NULL;
        return c;
    }
    return NULL;
}

static const annot_cue *cue_before(const annot_ctx *a, uint32_t s, uint32_t t) {
    /* the nearest speaker; "the minister said" hides any before it */
    const annot_cue *best = NULL;
    for (size_t i = annot_first_cue(a, s); i < a->n_cues && a->cues[i].sent == s; i++) {
        const annot_cue *c = &a->cues[i];
        if (c->tok < t && !c->outlet && (c->entity >= 0 || c->unnamed)) best = c;
    }
    return best;
}

/* The first piece in sentence s or later (pieces are in sentence order). */
static size_t first_piece(const annot_ctx *a, uint32_t s) {
    size_t lo = 0, hi = a->doc.n_quotes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->doc.quotes[mid].sentence < s) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Who spoke in the sentences just before s: a quotation's speaker or a cue's. */
static int previous_speaker(const annot_ctx *a, uint32_t s, int back, annot_cue *out) {
    for (uint32_t k = s; k-- > 0 && k + back >= s;) {
        size_t from = first_piece(a, k);
        for (size_t i = first_piece(a, k + 1); i-- > from;) {
            const annot_quote *p = &a->doc.quotes[i];
            if (p->speaker < 0) continue;
            memset(out, 0, sizeof *out);
            out->entity = p->speaker;
            snprintf(out->code, sizeof out->code, "%s", p->code);
            snprintf(out->name, sizeof out->name, "%s", p->name);
            out->np_first = 1;
            out->np_last = 0;
            return 1;
        }
        from = annot_first_cue(a, k);
        for (size_t i = annot_first_cue(a, k + 1); i-- > from;) {
            const annot_cue *c = &a->cues[i];
            if (c->entity < 0 || c->outlet) continue;
            *out = *c;
            out->np_first = 1;
            out->np_last = 0; /* the words are in another sentence */
            return 1;
        }
    }
    return 0;
}

static uint32_t quoted_words(const annot_ctx *a, const annot_quotation *q) {
    uint32_t n = 0;
    for (uint32_t t = q->open + 1; t < q->close; t++) n += a->seg->toks[t].kind == SEG_WORD;
    return n;
}

static int attribute(annot_ctx *a, const annot_quotation *q, annot_cue *out) {
    const seg_sentence *first = &a->seg->sents[q->s_first];
    int initial = q->open == first->tok;
    const annot_cue *c = NULL;
    if (initial) {
        c = cue_after(a, q->s_last, q->close, 8);
        /* '"...," an official said': a speaker, but nobody we can name */
        for (size_t i = annot_first_cue(a, q->s_last);
             !c && i < a->n_cues && a->cues[i].sent == q->s_last; i++) {
            const annot_cue *u = &a->cues[i];
            if (u->tok > q->close && u->tok <= q->close + 8 && u->unnamed) return 0;
        }
    }
    if (!c) {
        c = cue_before(a, q->s_first, q->open);
        if (c && c->entity < 0) return 0; /* someone we cannot name */
    }
    if (!c) c = cue_after(a, q->s_last, q->close, 0);
    if (c) {
        *out = *c;
        return 1;
    }
    if (initial) {
        /* a headline's "'We are close': Witkoff upbeat": its actor */
        if ((first->flags & SEG_S_HEADING) && q->s_first == q->s_last &&
            annot_subject(a, q->s_first, first->tok + first->ntok, 0, out))
            return 1;
        if (previous_speaker(a, q->s_first, 3, out)) return 1;
        /* "Biden met reporters on Thursday. "This war must end."" */
        return q->s_first > 0 &&
               annot_subject(a, q->s_first - 1, a->seg->sents[q->s_first].tok, 1, out);
    }
    /* a few quoted words and nobody speaking in the sentence: the writer's
     * scare quotes ("held the "fortress city""), no one's words */
    if (q->s_first == q->s_last && quoted_words(a, q) <= 3) return 0;
    if (annot_subject(a, q->s_first, q->open, 0, out)) return 1;
    return previous_speaker(a, q->s_first, 1, out);
}

/* Gives the quotation's pieces their speaker and their sentences the hint. */
static void assign(annot_ctx *a, const annot_quotation *q, const annot_cue *c) {
    const annot_entity *e = &a->doc.entities[c->entity];
    uint32_t sp_s = 0, sp_e = 0;
    if (c->np_first <= c->np_last) {
        sp_s = a->seg->toks[c->np_first].start;
        sp_e = a->seg->toks[c->np_last].start + a->seg->toks[c->np_last].len;
    }
    for (size_t i = q->piece0; i < q->piece0 + q->npieces; i++) {
        annot_quote *p = &a->doc.quotes[i];
        p->speaker = c->entity;
        snprintf(p->code, sizeof p->code, "%s", c->code[0] ? c->code : e->code);
        snprintf(p->name, sizeof p->name, "%s", c->name[0] ? c->name : e->name);
        p->sp_start = sp_s;
        p->sp_end = sp_e;
        annot_sent *as = &a->doc.sents[p->sentence];
        as->in_quote = 1;
        if (as->speaker >= 0) continue;
        as->speaker = c->entity;
        snprintf(as->code, sizeof as->code, "%s", p->code);
        const seg_sentence *ss = &a->seg->sents[p->sentence];
        if (sp_e > sp_s && sp_s >= ss->start && sp_e <= ss->end) {
            as->sp_start = sp_s;
            as->sp_end = sp_e;
        }
    }
}

void annot_find_quotes(annot_ctx *a) {
    a->doc.n_quotes = 0;
    collect(a);
    for (size_t i = 0; i < a->n_qs; i++) {
        annot_cue c;
        if (attribute(a, &a->qs[i], &c) && c.entity >= 0) assign(a, &a->qs[i], &c);
    }
    /* people are named in full, as the article names them at its fullest;
     * quotations nobody could be found for are left out */
    size_t n = 0;
    for (size_t i = 0; i < a->doc.n_quotes; i++) {
        annot_quote *p = &a->doc.quotes[i];
        if (p->speaker < 0) continue;
        const annot_entity *e = &a->doc.entities[p->speaker];
        if (e->person) snprintf(p->name, sizeof p->name, "%s", e->name);
        a->doc.quotes[n++] = *p;
    }
    a->doc.n_quotes = n;
}
