/* code.c: the coder's entry points: context, one record through the whole
 * pipeline (LANGUAGE.md 5.1), and post-processing of the events (5.16). */
#include <stdio.h>
#include <stdlib.h>

#include "code/code_int.h"
#include "code/petr.h"
#include "util/util.h"

const char *code_problem_text(code_problem p) {
    switch (p) {
    case PROB_NONE: return "";
    case PROB_NO_TEXT: return "Input error: no text in record";
    case PROB_TOO_FEW_WORDS: return "Input error: too few words in sentence";
    case PROB_DISCARD: return "Discard code found in text";
    case PROB_COMPLEX: return "Complex text";
    case PROB_NO_EVENTS: return "No events found in text";
    case PROB_NULL_EVENTS: return "Only null events found in text";
    case PROB_DISCARD_PATTERN: return "Discard code found in verb pattern";
    case PROB_COMPLEX_PATTERN: return "Complex code found in verb pattern";
    case PROB_NO_VALID: return "No valid events found in text";
    }
    return "";
}

code_ctx *code_ctx_new(const dict *d, const dict_options *o, code_mode mode) {
    code_ctx *c = util_xcalloc(1, sizeof *c);
    c->d = d;
    c->wmark = util_xcalloc(d->n_words + 1, sizeof *c->wmark);
    c->mode = mode;
    c->news_trace = getenv("PARLEY_TRACE") != NULL; /* read once: workers share no state */
    if (mode == MODE_PETRARCH) c->petr = petr_state_new();
    code_ctx_set_options(c, o);
    return c;
}

void code_ctx_free(code_ctx *c) {
    if (!c) return;
    free(c->tbuf);
    free(c->wmark);
    petr_state_free(c->petr);
    free(c);
}

void code_ctx_set_options(code_ctx *c, const dict_options *o) {
    c->o = *o;
    c->o.labels = NULL;
    c->o.n_labels = c->o.cap_labels = 0;
    if (c->mode == MODE_NEWS) news_options(&c->o);
}

/* ---- post-processing -------------------------------------------------- */
static int bad_code(const char *s) {
    return !s || !*s || !strcmp(s, "---") || !strcmp(s, "+++") || !strcmp(s, "###") ||
           !strcmp(s, "***") || !strcmp(s, CODE_OPEN_PARTY);
}

static int same_str(const char *a, const char *b) {
    if (!a || !b) return a == b;
    return !strcmp(a, b);
}

/* Bounded copy of n bytes (truncating) with a NUL. */
static void put(char *dst, size_t cap, const char *s, size_t n) {
    if (n >= cap) n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = '\0';
}

static void put2(char *dst, size_t cap, const char *a, size_t an, const char *b, size_t bn) {
    put(dst, cap, a, an);
    size_t l = strlen(dst);
    put(dst + l, cap - l, b, bn);
}

/* Agent composition (3.3): "~X" appends, "X~" prepends, unless X already
 * sits in the actor code at a multiple of 3. */
void code_compose(char *out, size_t cap, const char *actor, size_t alen, const char *agent) {
    if (!agent || !*agent) {
        put(out, cap, actor, alen);
        return;
    }
    const char *tilde = strchr(agent, '~');
    int after = tilde == agent;
    const char *x = after ? agent + 1 : agent;
    size_t xl = after ? strlen(x) : (size_t)(tilde ? tilde - agent : (long)strlen(agent));
    char a[64], xs[32];
    put(a, sizeof a, actor, alen);
    put(xs, sizeof xs, x, xl);
    const char *hit = xl ? strstr(a, xs) : NULL;
    if (xl == 0 || (hit && (hit - a) % 3 == 0)) put(out, cap, a, strlen(a));
    else if (after) put2(out, cap, a, strlen(a), x, xl);
    else put2(out, cap, x, xl, a, strlen(a));
}

/* The attribution field: the speaker's code ("***" when none); a coded
 * compound gives its first code. */
static void attrib_field(code_ctx *c, char *out, size_t cap) {
    const char *code = NULL, *agent = NULL;
    if (c->att_inst >= 0) code_member_codes(c, c->att_inst, &code, &agent);
    if (!code || !*code) {
        put(out, cap, "***", 3);
        return;
    }
    code_compose(out, cap, code, strcspn(code, "/"), agent);
}

/* News mode: a title adds a sector only to a bare country. Von der Leyen
 * (IGOEUREEC) as "president" stays the Commission; a negotiator who is a
 * lawmaker (UKRLEG) stays one; the UN chief stays IGOUNO. */
static const char *news_agent(const code_ctx *c, const char *actor, const char *agent) {
    if (c->mode != MODE_NEWS || !agent) return agent;
    if (!strncmp(actor, "IGO", 3) || !strncmp(actor, "NGO", 3) || strlen(actor) >= 6) return NULL;
    return agent;
}

static void emit(code_ctx *c, code_result *out, const code_raw *r, const char *s, size_t sl,
                 const char *t, size_t tl) {
    if (out->n_events >= CODE_MAX_EVENTS) return;
    /* same actor and agent on both sides, or exact duplicates: dropped */
    char sa[64], ta[64];
    put(sa, sizeof sa, s, sl);
    put(ta, sizeof ta, t, tl);
    /* an open party ("the West") is a target a coder writes "---"; as a
     * source it acts for nobody that can be coded */
    int open_target = !strcmp(ta, CODE_OPEN_PARTY);
    if (open_target) put(ta, sizeof ta, "---", 3), tl = 3, t = ta;
    if (c->mode == MODE_PETRARCH ? petr_bad_code(c, sa) || petr_bad_code(c, ta)
                                 : bad_code(sa) || (bad_code(ta) && !open_target))
        return;
    if (!strcmp(sa, ta) && same_str(r->src_agent, r->tgt_agent)) return;
    /* exact duplicates compare actor and agent codes apart (5.16) */
    char *key = c->ev_key[out->n_events];
    snprintf(key, sizeof c->ev_key[0], "%s|%s|%s|%s|%s", sa, r->src_agent ? r->src_agent : "", ta,
             r->tgt_agent ? r->tgt_agent : "", r->code);
    for (size_t i = 0; i < out->n_events; i++)
        if (!strcmp(c->ev_key[i], key)) return;
    code_event *ev = &out->events[out->n_events];
    memset(ev, 0, sizeof *ev);
    code_compose(ev->source, sizeof ev->source, sa, sl, news_agent(c, sa, r->src_agent));
    code_compose(ev->target, sizeof ev->target, ta, tl,
                 open_target ? NULL : news_agent(c, ta, r->tgt_agent));
    put(ev->code, sizeof ev->code, r->code, strlen(r->code));
    put(ev->source_actor, sizeof ev->source_actor, sa, strlen(sa));
    put(ev->target_actor, sizeof ev->target_actor, ta, strlen(ta));
    const char *ag = r->src_agent ? r->src_agent : "";
    put(ev->source_agent, sizeof ev->source_agent, ag, strlen(ag));
    ag = r->tgt_agent ? r->tgt_agent : "";
    put(ev->target_agent, sizeof ev->target_agent, ag, strlen(ag));
    ev->src_first = (uint16_t)r->src_first, ev->src_last = (uint16_t)r->src_last;
    ev->tgt_first = (uint16_t)r->tgt_first, ev->tgt_last = (uint16_t)r->tgt_last;
    ev->verb_first = (uint16_t)r->verb_first, ev->verb_last = (uint16_t)r->verb_last;
    ev->pattern = r->pattern;
    ev->verb = r->verb;
    ev->date = c->shifted_day;
    ev->modality = r->modality;
    if (c->d->has_attrib) attrib_field(c, ev->attrib, sizeof ev->attrib);
    out->n_events++;
}

/* Coded compounds (A/B/C) expand, sources first then targets. */
static void expand(code_ctx *c, code_result *out, const code_raw *r) {
    const char *s = r->src ? r->src : "";
    for (;;) {
        size_t sl = strcspn(s, "/");
        const char *t = r->tgt ? r->tgt : "";
        for (;;) {
            size_t tl = strcspn(t, "/");
            emit(c, out, r, s, sl, t, tl);
            if (!t[tl]) break;
            t += tl + 1;
        }
        if (!s[sl]) break;
        s += sl + 1;
    }
}

code_problem code_postprocess(code_ctx *c, code_result *out) {
    if (c->n_raw == 0) return PROB_NO_EVENTS;
    int any_dom = 0, any_main = 0, any_real = 0;
    for (int i = 0; i < c->n_raw; i++) {
        const code_raw *r = &c->raw[i];
        if (r->special == CODE_NULL) continue;
        any_real = 1;
        if (r->flags & EVF_DOMINANT) break;
        if (r->special == CODE_DISCARD) return PROB_DISCARD_PATTERN;
        if (r->special == CODE_COMPLEX || same_str(r->src, "+++") || same_str(r->tgt, "+++"))
            return PROB_COMPLEX_PATTERN;
    }
    if (!any_real) return PROB_NULL_EVENTS;
    for (int i = 0; i < c->n_raw; i++) {
        const code_raw *r = &c->raw[i];
        if (r->special != CODE_NULL && (r->flags & EVF_DOMINANT)) any_dom = 1;
        if (r->special != CODE_NULL && !(r->flags & EVF_SUBORDINATE)) any_main = 1;
    }
    for (int i = 0; i < c->n_raw; i++) {
        const code_raw *r = &c->raw[i];
        if (r->special != CODE_PLAIN) continue;
        if (any_dom && !(r->flags & EVF_DOMINANT)) continue;
        if (!any_dom && any_main && (r->flags & EVF_SUBORDINATE)) continue;
        expand(c, out, r);
    }
    return out->n_events ? PROB_NONE : PROB_NO_VALID;
}

/* ---- one record ------------------------------------------------------- */
static code_problem analyse(code_ctx *c) {
    code_assign_roots(c);
    code_mark_nouns(c);
    /* PETRARCH: agents outside any actor's phrase are anonymous actors */
    if (c->mode == MODE_PETRARCH) petr_mark_nouns(c), petr_convert_agents(c);
    else code_convert_agents(c);
    code_mark_compounds(c);
    /* with an <ATTRIB> section, comma clauses go only after attribution
     * has seen the whole sentence (5.1, 4.11) */
    int late = c->d->has_attrib;
    if (c->mode == MODE_NEWS) news_delete_commas(c);
    else if (!late) code_delete_comma_clauses(c);
    code_mark_clauses(c);
    code_resolve_pronouns(c);
    code_problem p = code_time_shift(c);
    code_problem pa = code_attribute(c);
    if (late && c->mode != MODE_NEWS) code_delete_comma_clauses(c);
    if (p == PROB_NONE) p = pa;
    if (p == PROB_NONE)
        p = c->mode == MODE_PETRARCH ? petr_check_discard(c) : code_check_discard(c);
    if (p == PROB_NONE && c->overflow && c->mode == MODE_TABARI) {
        /* TABARI rejects records with more words than it keeps (DEBUG-08) */
        snprintf(c->problem_detail, sizeof c->problem_detail, "too many words");
        p = PROB_COMPLEX;
    }
    /* news has no blanket complexity filter: long sentences are coded */
    if (p == PROB_NONE && c->mode != MODE_NEWS) p = code_check_complex(c);
    return p;
}

size_t code_record(code_ctx *c, const char *text, size_t len, int32_t day, const char *id,
                   code_result *out) {
    return code_record_hinted(c, text, len, day, id, NULL, out);
}

size_t code_record_hinted(code_ctx *c, const char *text, size_t len, int32_t day,
                          const char *id, const code_hints *h, code_result *out) {
    out->problem = PROB_NONE;
    out->problem_detail[0] = '\0';
    out->n_events = 0;
    out->n_tokens = 0;
    out->date = day;
    c->day = c->shifted_day = day;
    c->problem_detail[0] = '\0';
    char trunc[TAB_MAX_CHARS + 1];
    if (c->mode == MODE_TABARI && len > TAB_MAX_CHARS) {
        /* TABARI cuts long records and marks them (1.2) */
        memcpy(trunc, text, TAB_MAX_CHARS);
        memcpy(trunc + TAB_MAX_CHARS - 22, " [STORY TRUNCATED...] ", 22);
        text = trunc;
        len = TAB_MAX_CHARS;
    }
    c->text = text;
    c->text_len = len;
    code_forward_begin(c, id);
    if (c->mode == MODE_NEWS) news_begin(c, id, h);
    int n = code_filter(c, text, len);
    for (int i = 0; i < n; i++) {
        out->tokens[i].off = c->tok[i].off;
        out->tokens[i].len = c->tok[i].olen;
    }
    out->n_tokens = (size_t)n;
    code_problem p = PROB_NONE;
    c->n_inst = c->n_comp = c->n_cl = c->n_raw = 0;
    if (n == 0) p = PROB_NO_TEXT;
    else if (n < c->o.min_words) p = PROB_TOO_FEW_WORDS;
    else p = analyse(c);
    if (p == PROB_NONE) {
        if (c->mode == MODE_NEWS) news_verb_loop(c);
        else code_verb_loop(c);
        p = code_postprocess(c, out);
    }
    if (c->mode == MODE_NEWS) news_finish(c, out);
    if (n > 0 && n >= c->o.min_words) code_forward_end(c);
    if (p != PROB_NONE) out->n_events = 0;
    out->problem = p;
    out->petr_error = PETR_ERR_NONE;
    if (c->mode == MODE_PETRARCH) {
        if (petr_dateline(text, len)) out->petr_error = PETR_ERR_DATELINE, out->n_events = 0;
        else if (p == PROB_DISCARD && petr_story_discard(c)) out->petr_error = PETR_ERR_STORYDISCARD;
        else if (p == PROB_DISCARD || p == PROB_DISCARD_PATTERN)
            out->petr_error = PETR_ERR_SENTENCEDISCARD;
    }
    out->date = c->shifted_day;
    snprintf(out->problem_detail, sizeof out->problem_detail, "%s", c->problem_detail);
    return out->n_events;
}

/* ---- debugging -------------------------------------------------------- */
void code_dump(const code_ctx *c, FILE *out) {
    static const char *names[] = {"-", "ACT", "AGT", "VRB", "NOUN", "ADJ", "DET", "CONJ",
                                  "PREP", "PRON", "AUX", "BY", "TIME", "ATTR", "FORMER",
                                  "DISC", "NUM", "COMMA"};
    for (int i = 0; i < c->n_tok; i++) {
        const code_tok *t = &c->tok[i];
        fprintf(out, "%d:%s/%s%s%s%s", i, tok_text(c, i), names[t->type],
                t->flags & TF_HEAD ? "^" : "", t->flags & TF_DEL ? "(del)" : "",
                t->flags & TF_COMP ? "(cmp)" : "");
        if (t->inst >= 0 && (t->flags & TF_HEAD))
            fprintf(out, "[%s]", dict_str(c->d, c->d->roots[c->inst[t->inst].root].phrase));
        fputc(' ', out);
    }
    fprintf(out, "\n  clauses:");
    for (int i = 0; i < c->n_cl; i++) fprintf(out, " %d-%d", c->cl[i].first, c->cl[i].last);
    fprintf(out, "  compounds:");
    for (int i = 0; i < c->n_comp; i++) fprintf(out, " %d-%d", c->comp[i].first, c->comp[i].last);
    fprintf(out, "  raw events: %d\n", c->n_raw);
    for (int i = 0; i < c->n_raw; i++) {
        const code_raw *r = &c->raw[i];
        fprintf(out, "    %s%s%s / %s%s%s / %s%s verb %d-%d pattern %u\n", r->src ? r->src : "?",
                r->src_agent ? "+" : "", r->src_agent ? r->src_agent : "", r->tgt ? r->tgt : "?",
                r->tgt_agent ? "+" : "", r->tgt_agent ? r->tgt_agent : "", r->code,
                r->flags & EVF_SUBORDINATE ? "?" : r->flags & EVF_DOMINANT ? "!" : "",
                r->verb_first, r->verb_last, r->pattern);
    }
}
