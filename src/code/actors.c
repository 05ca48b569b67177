/* actors.c: agents attached to actors (LANGUAGE.md 3.2-3.4), actor
 * identity, compound members, and the default source and target searches
 * (5.14). */
#include "code/code_int.h"
#include "code/petr.h"

/* ---- agents ----------------------------------------------------------- */
static int agent_starting_at(const code_ctx *c, int i) {
    if (ttype(c, i) != TT_AGENT) return -1;
    int k = head_inst(c, i);
    return k >= 0 && c->inst[k].kind == ROOT_AGENT ? k : -1;
}

static int agent_ending_at(const code_ctx *c, int i) {
    if (ttype(c, i) != TT_AGENT) return -1;
    int k = c->tok[i].inst;
    return k >= 0 && c->inst[k].kind == ROOT_AGENT && c->inst[k].last == i ? k : -1;
}

void code_attach_agent(code_ctx *c, int k) {
    code_inst *in = &c->inst[k];
    if (in->agent_done) return;
    in->agent_done = 1;
    if (in->kind == ROOT_PRON) return;
    int former = ttype(c, in->first - 1) == TT_FORMER, p = in->last + 1;
    if (ttype(c, p) == TT_FORMER) {
        former = 1;
        p++;
    }
    int a = agent_starting_at(c, p);
    if (a < 0) {
        int q = in->first - 1;
        if (ttype(c, q) == TT_FORMER) {
            former = 1;
            q--;
        }
        if (ttype(c, q) == TT_PREP) q--;
        a = agent_ending_at(c, q);
        if (a >= 0 && ttype(c, c->inst[a].first - 1) == TT_FORMER) former = 1;
        /* "told reporters Russia would...": a verb's object is no title of
         * the actor after it */
        if (a >= 0 && c->mode == MODE_NEWS && ttype(c, c->inst[a].first - 1) == TT_VERB) a = -1;
    }
    in->agent = (int16_t)a;
    in->former = (uint8_t)(a >= 0 && former);
}

/* ---- actor codes ------------------------------------------------------ */
static const char *inst_code(code_ctx *c, int k) {
    if (c->inst[k].kind == ROOT_PRON) return c->inst[k].fwd;
    /* PETRARCH: the code already carries every agent of the phrase */
    if (c->mode == MODE_PETRARCH) return petr_inst_code(c, k);
    return code_actor_code(c, k, c->shifted_day);
}

static const char *inst_agent(code_ctx *c, int k) {
    if (c->inst[k].kind == ROOT_PRON || c->mode == MODE_PETRARCH) return NULL;
    code_attach_agent(c, k);
    if (c->inst[k].agent < 0) return NULL;
    if (c->inst[k].former) return "~ELI";
    const dict_root *r = &c->d->roots[c->inst[c->inst[k].agent].root];
    return dict_str(c->d, c->d->agents[r->entry].code);
}

static int streq(const char *a, const char *b) {
    if (!a || !b) return a == b;
    return strcmp(a, b) == 0;
}

int code_actor_same(code_ctx *c, const code_actor *a, const code_actor *b) {
    if (a->inst < 0 || b->inst < 0) {
        if (a->inst >= 0 || b->inst >= 0) return 0;
        return streq(a->dflt, b->dflt);
    }
    /* a pronoun mention carries no agent of its own (COMPOUND-24) */
    const char *ga = a->pron || a->no_agent ? NULL : inst_agent(c, a->inst);
    const char *gb = b->pron || b->no_agent ? NULL : inst_agent(c, b->inst);
    return streq(inst_code(c, a->inst), inst_code(c, b->inst)) && streq(ga, gb);
}

/* Codes of one member for an event. */
void code_member_codes(code_ctx *c, int k, const char **code, const char **agent) {
    *code = inst_code(c, k);
    *agent = inst_agent(c, k);
}

/* The actor at token i (any word of an actor root, or a resolved pronoun). */
int code_actor_at(const code_ctx *c, int i, code_actor *out) {
    if (ttype(c, i) != TT_ACTOR || c->tok[i].inst < 0) return 0;
    int k = code_resolve(c, c->tok[i].inst);
    if (k < 0) return 0;
    const code_inst *in = &c->inst[k];
    out->inst = (int16_t)k;
    out->tok = (int16_t)i;
    out->dflt = NULL;
    out->by_pattern = 0;
    out->expand = in->compound >= 0 && c->comp[in->compound].first == in->first;
    out->pron = c->inst[c->tok[i].inst].kind == ROOT_PRON;
    out->no_agent = 0;
    return 1;
}

int code_members(const code_ctx *c, const code_actor *a, int16_t *out, int max) {
    if (a->inst < 0) return 0;
    if (!a->expand) {
        out[0] = a->inst;
        return 1;
    }
    const code_compound *cp = &c->comp[c->inst[a->inst].compound];
    int n = 0;
    for (int i = cp->first; i <= cp->last && n < max; i++) {
        if (ttype(c, i) != TT_ACTOR || !(c->tok[i].flags & TF_HEAD)) continue;
        int k = code_resolve(c, c->tok[i].inst);
        /* overlapping compounds: a member belongs to the later one */
        if (k >= 0 && c->inst[k].compound == c->inst[a->inst].compound) out[n++] = (int16_t)k;
    }
    return n;
}

/* ---- searches --------------------------------------------------------- */
static void set_default(code_actor *out, const char *code) {
    out->inst = -1;
    out->tok = -1;
    out->dflt = code;
    out->expand = 0;
    out->by_pattern = 0;
    out->pron = 0;
    out->no_agent = 0;
}

int code_find_source(code_ctx *c, int cl_first, int cl_last, int verb_first,
                     const code_actor *tgt, code_actor *out) {
    const char *dflt = c->o.default_source[0] ? c->o.default_source : NULL;
    for (int i = cl_first; i <= cl_last; i++) {
        code_actor a;
        if (!code_actor_at(c, i, &a)) continue;
        if (tgt && code_actor_same(c, &a, tgt)) continue;
        if (i > verb_first && dflt && c->o.default_prior) {
            set_default(out, dflt);
            return 1;
        }
        *out = a;
        return 1;
    }
    if (dflt) {
        set_default(out, dflt);
        return 1;
    }
    return 0;
}

int code_find_target(code_ctx *c, int cl_first, int cl_last, int verb_first, int verb_last,
                     const code_actor *src, code_actor *out) {
    if (c->mode == MODE_PETRARCH) return petr_find_target(c, cl_first, cl_last, verb_last, src, out);
    for (int i = verb_last + 1; i <= cl_last; i++) {
        code_actor a;
        if (!code_actor_at(c, i, &a) || code_actor_same(c, &a, src)) continue;
        *out = a;
        c->forward_target_found = 1;
        return 1;
    }
    const char *dflt = c->o.default_target[0] ? c->o.default_target : NULL;
    if (dflt && c->o.default_after) {
        set_default(out, dflt);
        return 1;
    }
    for (int i = verb_first - 1; i >= cl_first; i--) {
        code_actor a;
        if (!code_actor_at(c, i, &a) || code_actor_same(c, &a, src)) continue;
        a.expand = 0;
        *out = a;
        return 1;
    }
    if (src->inst >= 0) {
        const char *code = inst_code(c, src->inst);
        if (src->expand || (code && strchr(code, '/'))) {
            *out = *src;
            return 1;
        }
    }
    if (dflt && c->o.default_source[0]) {
        set_default(out, dflt);
        return 1;
    }
    return 0;
}
