/* pipeline/worker.c: one article through the stages, in one direction:
 * (clean -> segment -> annotate ->) code -> enrich, into a pl_doc that the writers
 * format. A worker owns all its scratch, so workers run on separate threads
 * with no locking; the doc stays valid until the worker's next article. */
#include <stdlib.h>
#include <string.h>

#include "pipeline/pipeline_impl.h"
#include "util/util.h"

pl_worker *pl_worker_new(pl_engine *e) {
    pl_worker *w = util_xcalloc(1, sizeof *w);
    w->e = e;
    code_mode mode = e->mode == PL_MODE_TABARI     ? MODE_TABARI
                     : e->mode == PL_MODE_PETRARCH ? MODE_PETRARCH
                                                   : MODE_NEWS;
    w->coder = code_ctx_new(e->d, &e->opts, mode);
    w->res = util_xmalloc(sizeof *w->res);
    clean_init(&w->clean);
    seg_init(&w->seg);
    w->annot = annot_new(e->d);
    return w;
}

void pl_worker_explain(pl_worker *w, int on) { w->explain = on; }
void pl_worker_all_modalities(pl_worker *w, int on) { w->all_modalities = on; }

void pl_worker_free(pl_worker *w) {
    if (!w) return;
    code_ctx_free(w->coder);
    free(w->res);
    clean_free(&w->clean);
    seg_free(&w->seg);
    util_buf_free(&w->explain_text);
    annot_free(w->annot);
    free(w->doc.sentences);
    free(w->doc.events);
    free(w->doc.quotes);
    free(w->dated);
    free(w);
}

static pl_event *new_event(pl_worker *w) {
    if (w->doc.n_events == w->cap_events) {
        w->cap_events = w->cap_events ? w->cap_events * 2 : 16;
        w->doc.events = util_xrealloc(w->doc.events, w->cap_events * sizeof *w->doc.events);
    }
    pl_event *e = &w->doc.events[w->doc.n_events++];
    memset(e, 0, sizeof *e);
    return e;
}

static pl_sentence *new_sentence(pl_worker *w) {
    if (w->doc.n_sentences == w->cap_sentences) {
        w->cap_sentences = w->cap_sentences ? w->cap_sentences * 2 : 16;
        w->doc.sentences =
            util_xrealloc(w->doc.sentences, w->cap_sentences * sizeof *w->doc.sentences);
    }
    pl_sentence *s = &w->doc.sentences[w->doc.n_sentences++];
    memset(s, 0, sizeof *s);
    return s;
}

/* Where the coded text lives: the article text itself (records) or the
 * cleaned text, whose offsets map back to the raw article. */
typedef struct {
    const char *text;     /* the text the sentence is in */
    const clean_doc *map; /* NULL: offsets are already raw */
} text_view;

static pl_span raw_span(const text_view *v, size_t start, size_t end) {
    pl_span sp = {(uint32_t)start, (uint32_t)end};
    if (v->map) {
        size_t rs, re;
        clean_raw_span(v->map, start, end, &rs, &re);
        sp.start = (uint32_t)rs;
        sp.end = (uint32_t)re;
    }
    return sp;
}

/* Token range -> byte span in the article (base = the sentence's offset). */
static pl_span token_span(const text_view *v, const code_result *r, unsigned first,
                          unsigned last, uint32_t base) {
    pl_span sp = {0, 0};
    if (first >= r->n_tokens || last >= r->n_tokens || first > last) return sp;
    return raw_span(v, base + r->tokens[first].off,
                    base + r->tokens[last].off + r->tokens[last].len);
}

static void enrich_event(pl_worker *w, pl_event *ev, const char *sent, size_t sent_len,
                         int32_t article_day, long verb_pos, int is_record) {
    enrich_cameo_info ci;
    enrich_cameo_lookup(w->e->cameo, ev->code, &ci);
    snprintf(ev->root, sizeof ev->root, "%s", ci.root[0] ? ci.root : "");
    if (!ev->root[0]) snprintf(ev->root, sizeof ev->root, "%.2s", ev->code);
    ev->name = ci.name ? ci.name : "";
    ev->quad = ci.quad;
    ev->goldstein = ci.goldstein;
    /* a TABARI record in TABARI mode is dated by its <TIME> shifts */
    if (is_record && w->e->mode != PL_MODE_NEWS) return;
    enrich_date dt;
    enrich_event_date(sent, sent_len, article_day, verb_pos, 0, &dt);
    if (!(dt.flags & ENRICH_DATE_ARTICLE)) {
        ev->date = dt.days;
        ev->date_precision = (pl_precision)dt.precision;
        ev->date_from_text = 1;
    }
}

/* Undated events take the date their source's nearby statement gave
 * (enrich_dates_carry): "At a meeting on Monday, he said..." and the
 * sentences that go on with it. */
static void carry_dates(pl_worker *w, pl_doc *d, int32_t article_day) {
    if (d->n_events == 0) return;
    if (w->dated_cap < d->n_events) {
        free(w->dated);
        w->dated_cap = d->n_events * 2;
        w->dated = util_xmalloc(w->dated_cap * sizeof *w->dated);
    }
    for (size_t i = 0; i < d->n_events; i++) {
        const pl_event *e = &d->events[i];
        enrich_dated *x = &w->dated[i];
        x->sentence = e->sentence;
        x->actor = e->source.code;
        x->actor_len = strnlen(e->source.code, 3);
        x->from_text = e->date_from_text ? 1 : 0;
        x->days = x->from_text ? e->date : article_day;
        x->precision = x->from_text ? (int)e->date_precision : ENRICH_PREC_DAY;
    }
    enrich_dates_carry(w->dated, d->n_events, article_day);
    for (size_t i = 0; i < d->n_events; i++)
        if (w->dated[i].from_text == 2) {
            d->events[i].date = w->dated[i].days;
            d->events[i].date_precision = PL_PREC_DAY;
            d->events[i].date_from_text = 2;
        }
}

/* Codes one sentence (text[base..base+len)) and appends its events. Hints
 * (NULL for TABARI records) carry the annotate stage's speakers and context. */
static void code_sentence(pl_worker *w, const pl_article *a, const text_view *v, uint32_t si,
                          uint32_t base, size_t len, const code_hints *h) {
    const char *sent = v->text + base;
    code_result *r = w->res;
    if (h) code_record_hinted(w->coder, sent, len, a->date, a->id ? a->id : "", h, r);
    else code_record(w->coder, sent, len, a->date, a->id ? a->id : "", r);
    for (size_t i = 0; i < r->n_events; i++) {
        const code_event *ce = &r->events[i];
        /* negated, conditional and hypothetical events did not happen:
         * not reported unless asked for (pl_worker_all_modalities) */
        int unreal = ce->modality == PL_NEGATED || ce->modality == PL_CONDITIONAL ||
                     ce->modality == PL_HYPOTHETICAL;
        if (!w->all_modalities && unreal) continue;
        pl_event *ev = new_event(w);
        ev->sentence = si;
        snprintf(ev->source.code, sizeof ev->source.code, "%s", ce->source);
        snprintf(ev->target.code, sizeof ev->target.code, "%s", ce->target);
        snprintf(ev->code, sizeof ev->code, "%s", ce->code);
        ev->source.span = token_span(v, r, ce->src_first, ce->src_last, base);
        ev->target.span = token_span(v, r, ce->tgt_first, ce->tgt_last, base);
        ev->verb = token_span(v, r, ce->verb_first, ce->verb_last, base);
        ev->date = ce->date;
        ev->date_precision = PL_PREC_DAY;
        ev->modality = (pl_modality)ce->modality;
        if (ce->verb != DICT_NONE) ev->verb_text = dict_str(w->e->d, w->e->d->verbs[ce->verb].phrase);
        if (ce->pattern != DICT_NONE)
            ev->pattern = dict_str(w->e->d, w->e->d->patterns[ce->pattern].text);
        long verb_pos = -1;
        if (ce->verb_first < r->n_tokens) verb_pos = (long)r->tokens[ce->verb_first].off;
        enrich_event(w, ev, sent, len, a->date, verb_pos, a->is_record);
    }
}

/* The annotate stage's quotations, spans mapped back to the raw text. */
static void add_quotes(pl_worker *w, const annot_doc *an, const text_view *v) {
    pl_doc *d = &w->doc;
    if (an->n_quotes > w->cap_quotes) {
        w->cap_quotes = an->n_quotes + 16;
        d->quotes = util_xrealloc(d->quotes, w->cap_quotes * sizeof *d->quotes);
    }
    for (size_t i = 0; i < an->n_quotes; i++) {
        const annot_quote *aq = &an->quotes[i];
        pl_quote *q = &d->quotes[d->n_quotes++];
        memset(q, 0, sizeof *q);
        q->sentence = aq->sentence;
        q->text = raw_span(v, aq->start, aq->end);
        if (aq->sp_end > aq->sp_start) q->speaker = raw_span(v, aq->sp_start, aq->sp_end);
        snprintf(q->speaker_name, sizeof q->speaker_name, "%s", aq->name);
        snprintf(q->speaker_code, sizeof q->speaker_code, "%s", aq->code);
    }
}

/* A record's sentence ends where its comment (validation block) begins. */
static size_t record_text_end(const char *t, size_t n) {
    const char *c = NULL;
    for (size_t i = 0; i + 1 < n; i++)
        if (t[i] == '/' && t[i + 1] == '*') {
            c = t + i;
            break;
        }
    size_t end = c ? (size_t)(c - t) : n;
    while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\n')) end--;
    return end;
}

const pl_doc *pl_code_article(pl_worker *w, const pl_article *a) {
    pl_doc *d = &w->doc;
    d->article = a;
    d->text = a->text;
    d->text_len = a->text_len;
    d->n_sentences = d->n_events = d->n_quotes = 0;
    d->problem = "";
    d->explain = "";
    if (a->is_record) {
        /* a TABARI record is one sentence, coded as it stands */
        text_view v = {a->text, NULL};
        pl_sentence *s = new_sentence(w);
        s->span.start = 0;
        s->span.end = (uint32_t)record_text_end(a->text, a->text_len);
        code_sentence(w, a, &v, 0, 0, a->text_len, NULL);
        if (!d->n_events && w->res->problem) d->problem = code_problem_text(w->res->problem);
        return d;
    }
    clean_text(&w->clean, a->text, a->text_len, a->date, a->has_date);
    /* an article that came with no date takes its dateline's ("MOSCOW,
     * Dec 13, 2022 (Reuters) -") before the default */
    if (!a->has_date && w->clean.has_date) {
        w->dated_article = *a;
        w->dated_article.date = w->clean.date;
        w->dated_article.has_date = 1;
        a = d->article = &w->dated_article;
    }
    if (w->explain) {
        util_buf_clear(&w->explain_text);
        clean_explain(&w->clean, a->text, &w->explain_text);
        d->explain = w->explain_text.data ? w->explain_text.data : "";
    }
    seg_text(&w->seg, w->clean.text, w->clean.len, 0);
    /* all sentences are annotated before any is coded: a quotation's
     * speaker may be named after it */
    const annot_doc *an =
        annot_article(w->annot, w->coder, w->clean.text, w->clean.len, &w->seg, a->date);
    text_view v = {w->clean.text, &w->clean};
    int hinted = w->e->mode == PL_MODE_NEWS; /* the other modes reproduce peers */
    for (size_t i = 0; i < w->seg.nsents; i++) {
        const seg_sentence *ss = &w->seg.sents[i];
        pl_sentence *s = new_sentence(w);
        s->span = raw_span(&v, ss->start, ss->end);
        s->heading = (ss->flags & SEG_S_HEADING) != 0;
        code_hints h;
        annot_hints(an, &w->seg, i, &h);
        code_sentence(w, a, &v, (uint32_t)(d->n_sentences - 1), ss->start, ss->end - ss->start,
                      hinted ? &h : NULL);
    }
    add_quotes(w, an, &v);
    if (hinted) carry_dates(w, d, a->date);
    return d;
}
