/* events.c: the verb loop (LANGUAGE.md 5.13), choosing a verb's pattern
 * (4.7), source and target (5.14), making events (5.15) and
 * post-processing (5.16). */
#include <stdio.h>

#include "code/code_int.h"
#include "code/petr.h"

/* ---- pattern choice (4.7) --------------------------------------------- */
typedef struct {
    const dict_pattern *p;   /* winner, NULL = the root's own code */
    uint32_t index;          /* pattern index, DICT_NONE for the root */
    code_match m;
    int root_too;            /* quirk: alternative winner at the list's end */
} verb_choice;

static void choose_pattern(code_ctx *c, const code_inst *in, int clause_end, verb_choice *vc) {
    const dict *d = c->d;
    const dict_verb *v = &d->verbs[d->roots[in->root].entry];
    memset(vc, 0, sizeof *vc);
    int eff = -1, exhausted = 1;
    for (uint32_t j = 0; j < v->n_patterns; j++) {
        uint32_t pi = d->pattern_index[v->patterns + j];
        const dict_pattern *p = &d->patterns[pi];
        if (vc->p && p->length <= eff) {
            exhausted = 0;
            break;
        }
        code_match m;
        if (!code_match_pattern(c, p, in->first, in->last, clause_end, &m)) continue;
        if (!p->has_alts) {
            vc->p = p, vc->index = pi, vc->m = m;
            exhausted = 0;
            break;
        }
        if (!vc->p || p->length + m.alt_len > eff) {
            vc->p = p, vc->index = pi, vc->m = m;
            eff = p->fixed_length + m.alt_len;
        }
    }
    vc->root_too = vc->p && vc->p->has_alts && exhausted;
}

/* ---- making events ---------------------------------------------------- */
static void add_raw(code_ctx *c, const code_actor *s, int sk, const code_actor *t, int tk,
                    const dict_evcode *ec, int h, int e, uint32_t pattern, uint32_t verb) {
    if (c->n_raw >= MAX_RAW_EVENTS) return;
    code_raw *r = &c->raw[c->n_raw++];
    memset(r, 0, sizeof *r);
    if (sk >= 0) code_member_codes(c, sk, &r->src, &r->src_agent);
    else r->src = s->dflt;
    if (tk >= 0) code_member_codes(c, tk, &r->tgt, &r->tgt_agent);
    else r->tgt = t->dflt;
    if (s->no_agent && sk == s->inst) r->src_agent = NULL;
    if (t->no_agent && tk == t->inst) r->tgt_agent = NULL;
    r->code = dict_str(c->d, ec->code);
    r->special = ec->special;
    r->flags = ec->flags;
    r->src_first = sk >= 0 ? c->inst[sk].first : -1;
    r->src_last = sk >= 0 ? c->inst[sk].last : -1;
    if (s->tok >= 0 && sk == s->inst) r->src_first = r->src_last = s->tok;
    r->tgt_first = tk >= 0 ? c->inst[tk].first : -1;
    r->tgt_last = tk >= 0 ? c->inst[tk].last : -1;
    if (t->tok >= 0 && tk == t->inst) r->tgt_first = r->tgt_last = t->tok;
    r->verb_first = (int16_t)h;
    r->verb_last = (int16_t)e;
    r->pattern = pattern;
    r->verb = verb;
}

/* "Kyiv and the West": an open party beside a coded one adds nothing the
 * coded one does not say. Returns the members kept. */
static int drop_open_members(code_ctx *c, int16_t *m, int n) {
    int w = 0;
    for (int i = 0; i < n; i++) {
        const char *code = NULL, *agent = NULL;
        code_member_codes(c, m[i], &code, &agent);
        if (!code || strcmp(code, CODE_OPEN_PARTY)) m[w++] = m[i];
    }
    return w ? w : n;
}

/* One event per member pair, each followed by its reverse for paired codes.
 * Returns 1 when a non-subordinate, non-null event was made. */
static int make_events(code_ctx *c, const code_actor *src, const code_actor *tgt,
                       const dict_code *dc, int h, int e, uint32_t pattern, uint32_t verb) {
    int16_t sm[64], tm[64];
    int ns = src->inst >= 0 ? code_members(c, src, sm, 64) : 1;
    int nt = tgt->inst >= 0 ? code_members(c, tgt, tm, 64) : 1;
    if (ns > 1) ns = drop_open_members(c, sm, ns);
    if (nt > 1) nt = drop_open_members(c, tm, nt);
    if (src->inst < 0) sm[0] = -1;
    if (tgt->inst < 0) tm[0] = -1;
    int good = 0;
    for (int i = 0; i < ns; i++)
        for (int j = 0; j < nt; j++) {
            add_raw(c, src, sm[i], tgt, tm[j], &dc->a, h, e, pattern, verb);
            if (dc->a.special != CODE_NULL && !(dc->a.flags & EVF_SUBORDINATE)) good = 1;
            if (dc->paired) {
                add_raw(c, tgt, tm[j], src, sm[i], &dc->b, h, e, pattern, verb);
                if (dc->b.special != CODE_NULL && !(dc->b.flags & EVF_SUBORDINATE)) good = 1;
            }
        }
    return good;
}

static int passive(const code_ctx *c, int h) {
    int by = 0;
    for (int i = h + 1; i <= h + 3; i++)
        if (ttype(c, i) == TT_BY) by = 1;
    return by && (ttype(c, h - 1) == TT_AUX || ttype(c, h - 2) == TT_AUX);
}

/* Codes one verb; returns 1 when it made a valid non-subordinate event. */
static int code_verb(code_ctx *c, int k, const code_clause *cl) {
    const code_inst *in = &c->inst[k];
    uint32_t vi = c->d->roots[in->root].entry;
    verb_choice vc;
    choose_pattern(c, in, cl->last, &vc);
    const dict_code *dc = vc.p ? &vc.p->code : &c->d->verbs[vi].code;
    if (dc->a.special == CODE_NULL && !dc->paired) return 0;
    code_actor src, tgt;
    int has_src = vc.m.has_src, has_tgt = vc.m.has_tgt;
    src = vc.m.src;
    tgt = vc.m.tgt;
    /* PETRARCH: the verb's own subject first */
    if (!has_src && c->mode == MODE_PETRARCH &&
        petr_find_source(c, cl->first, in->first, has_tgt ? &tgt : NULL, &src))
        has_src = 1, c->source = src;
    if (!has_src && c->source.inst >= 0) src = c->source, has_src = 1;
    if (!has_src && c->source.dflt) src = c->source, has_src = 1;
    /* PETRARCH: a verb without a subject of its own or carried over has no
     * source; no search past the verb */
    if (c->mode == MODE_PETRARCH && !has_src) {
        if (!petr_new_source(c, cl->first, in->first, &src)) return 0;
        has_src = 1;
    }
    if (!has_src) {
        has_src = code_find_source(c, cl->first, cl->last, in->first, has_tgt ? &tgt : NULL, &src);
        if (has_src) {
            c->source = src;
            c->regular_source_found = 1;
        }
    }
    if (!has_src) return 0;
    if (!has_tgt)
        has_tgt = code_find_target(c, cl->first, cl->last, in->first, in->last, &src, &tgt);
    if (!has_tgt) return 0;
    int pass = 0;
    if (!src.by_pattern && !tgt.by_pattern && c->forward_target_found && passive(c, in->first)) {
        code_actor t = src;
        src = tgt, tgt = t;
        pass = 1;
    }
    int good = make_events(c, &src, &tgt, dc, in->first, in->last,
                           vc.p ? vc.index : DICT_NONE, vi);
    code_actor extra; /* PETRARCH: "X's death and injury toll": a new actor joins */
    if (c->mode == MODE_PETRARCH && petr_conjoined_new_source(c, &src, in->first, &extra))
        good |= make_events(c, &extra, &tgt, dc, in->first, in->last,
                            vc.p ? vc.index : DICT_NONE, vi);
    if (vc.root_too)
        good |= make_events(c, &src, &tgt, &c->d->verbs[vi].code, in->first, in->last,
                            DICT_NONE, vi);
    /* a pattern's source outlives its event only once a regular search
     * has succeeded in the sentence (5.14) */
    if (src.by_pattern && c->regular_source_found) c->source = src;
    if (pass) memset(&c->source, 0, sizeof c->source), c->source.inst = -1;
    return good;
}

int code_verb_loop(code_ctx *c) {
    memset(&c->source, 0, sizeof c->source);
    c->source.inst = -1;
    c->regular_source_found = c->forward_target_found = 0;
    c->n_raw = 0;
    for (int ci = 0; ci < c->n_cl; ci++) {
        const code_clause *cl = &c->cl[ci];
        if (cl->last - cl->first + 1 < 3) continue;
        code_actor a;
        /* a clause opening with an actor takes it as source; TABARI does
         * not attach its agent there (5.13) */
        if (ci > 0 && c->mode != MODE_PETRARCH && head_inst(c, cl->first) >= 0 &&
            code_actor_at(c, cl->first, &a)) {
            a.no_agent = c->mode == MODE_TABARI;
            c->source = a;
        }
        for (int i = cl->first; i <= cl->last; i++) {
            int k = head_inst(c, i);
            if (k < 0 || ttype(c, i) != TT_VERB) continue;
            /* PETRARCH: auxiliaries and modals head no verb phrase */
            if (c->mode == MODE_PETRARCH && petr_auxiliary(c, k)) continue;
            if (!code_verb(c, k, cl)) continue;
            /* PETRARCH codes each verb phrase: the next one may start after a comma */
            if (c->mode == MODE_PETRARCH && c->o.code_by == CODE_BY_CLAUSE) {
                i = petr_next_segment(c, i, cl->last);
                continue;
            }
            if (c->o.code_by == CODE_BY_CLAUSE) break;
            if (c->o.code_by == CODE_BY_SENTENCE) return c->n_raw;
        }
    }
    return c->n_raw;
}

/* ---- for news.c ------------------------------------------------------- */
const dict_code *code_pick_pattern(code_ctx *c, int k, int clause_end, code_match *m,
                                   uint32_t *pattern, int *root_too) {
    verb_choice vc;
    choose_pattern(c, &c->inst[k], clause_end, &vc);
    *m = vc.m;
    *pattern = vc.p ? vc.index : DICT_NONE;
    *root_too = vc.root_too;
    return vc.p ? &vc.p->code : &c->d->verbs[c->d->roots[c->inst[k].root].entry].code;
}

int code_add_events(code_ctx *c, const code_actor *src, const code_actor *tgt,
                    const dict_code *dc, int h, int e, uint32_t pattern, uint32_t verb) {
    return make_events(c, src, tgt, dc, h, e, pattern, verb);
}
