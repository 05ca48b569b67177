/* roots.c: recognising root phrases in the tokens (LANGUAGE.md 2.2, 5.3,
 * 5.4) and the noun/verb disambiguation (5.5). Left to right, every free
 * token is tried as the start of every root whose first word matches it; the
 * longest match (by dictionary characters) wins, ties to the first tried. */
#include "code/code_int.h"
#include "code/petr.h"

int code_kind_type(int kind) {
    switch (kind) {
    case ROOT_ACTOR: return TT_ACTOR;
    case ROOT_AGENT: return TT_AGENT;
    case ROOT_VERB: return TT_VERB;
    case ROOT_NOUN: return TT_NOUN;
    case ROOT_ADJ: return TT_ADJ;
    case ROOT_TIME: return TT_TIME;
    case ROOT_ATTRIB: return TT_ATTRIB;
    case ROOT_DISCARD: return TT_DISCARD;
    case ROOT_DET: return TT_DET;
    case ROOT_CONJ: return TT_CONJ;
    case ROOT_PREP: return TT_PREP;
    case ROOT_PRON: return TT_PRON;
    case ROOT_AUX: return TT_AUX;
    case ROOT_BY: return TT_BY;
    case ROOT_FORMER: return TT_FORMER;
    }
    return TT_NONE;
}

/* Length of an accepted regular ending of `rest` for a root kind, else 0. */
static int ending_len(int kind, const char *word, size_t wlen, const char *rest, size_t n) {
    if (kind == ROOT_ACTOR || kind == ROOT_AGENT || kind == ROOT_NOUN) {
        if ((n == 1 && rest[0] == 'S') || (n == 2 && !memcmp(rest, "'S", 2)) ||
            (n == 2 && !memcmp(rest, "ES", 2)))
            return (int)n;
        return 0;
    }
    if (kind == ROOT_VERB) {
        if ((n == 1 && rest[0] == 'S') || (n == 2 && (!memcmp(rest, "ES", 2) ||
            !memcmp(rest, "ED", 2) || !memcmp(rest, "EN", 2))) ||
            (n == 3 && !memcmp(rest, "ING", 3)))
            return (int)n;
        if (n == 1 && rest[0] == 'D' && wlen > 0 && word[wlen - 1] == 'E') return 1;
    }
    return 0;
}

/* Compares dictionary word w (with its connector) to token i. Returns the
 * score (word length plus ending), 0 when it does not match. */
static int word_score(const code_ctx *c, const dict_root *r, int k, int i) {
    const dict *d = c->d;
    const dict_term *t = &d->terms[r->terms + k];
    const dict_word *w = &d->words[t->word];
    const code_tok *tk = &c->tok[i];
    if (tk->type == TT_COMMA || w->len > tk->len) return 0;
    if (memcmp(word_text(d, t->word), tok_text(c, i), w->len) != 0) return 0;
    if (w->len == tk->len) return w->len;
    if (w->len == 1) return 0; /* one-letter words match only themselves */
    int prefix_ok = t->conn == CONN_BLANK || t->conn == CONN_END || t->conn == CONN_UNDER_BLANK;
    /* PETRARCH compares whole words (a possessive 'S aside) */
    if (c->mode == MODE_PETRARCH && r->kind >= ROOT_ACTOR && r->kind <= ROOT_NOUN)
        return k == r->n_terms - 1 ? petr_partial_score(r->kind, w->len, tok_text(c, i) + w->len,
                                                        tk->len - w->len) : 0;
    if (prefix_ok) return w->len;
    if (k != r->n_terms - 1 || t->conn == CONN_EQUALS) return 0;
    int e = ending_len(r->kind, word_text(d, t->word), w->len, tok_text(c, i) + w->len,
                       tk->len - w->len);
    return e ? w->len + e : 0;
}

static int may_skip_after(int conn) {
    return conn == CONN_BLANK || conn == CONN_END || conn == CONN_TILDE;
}

/* Tries root r at token i; fills pos[] with the matched tokens. The
 * lookup already found the first word equal to the token (exact) or a
 * prefix of it. */
static int match_root(const code_ctx *c, uint32_t ri, int i, int exact, int16_t *pos) {
    const dict_root *r = &c->d->roots[ri];
    int score = exact ? c->tok[i].len : word_score(c, r, 0, i);
    if (!score) return 0;
    pos[0] = (int16_t)i;
    int at = i;
    for (int k = 1; k < r->n_terms; k++) {
        int skip = may_skip_after(c->d->terms[r->terms + k - 1].conn);
        int s = 0;
        for (at = at + 1; at < c->n_tok; at++) {
            if (c->tok[at].type == TT_COMMA) return 0;
            if (c->tok[at].inst < 0 && (s = word_score(c, r, k, at)) > 0) break;
            if (!skip) return 0;
        }
        if (!s) return 0;
        pos[k] = (int16_t)at;
        score += s;
    }
    return score;
}

static void try_start(code_ctx *c, int i, const uint32_t *words, size_t n) {
    const dict *d = c->d;
    int best = 0;
    uint32_t best_root = 0;
    int16_t pos[256], best_pos[256];
    /* shorter first words first: the lookup returns longest first */
    for (size_t wi = n; wi-- > 0;) {
        uint32_t w = words[wi];
        if (d->words[w].len == 1 && c->tok[i].len > 1) continue;
        int exact = d->words[w].len == c->tok[i].len;
        for (uint32_t j = d->word_roots_at[w]; j < d->word_roots_at[w + 1]; j++) {
            uint32_t ri = d->word_roots[j];
            int s = match_root(c, ri, i, exact, pos);
            if (s > best) {
                best = s;
                best_root = ri;
                memcpy(best_pos, pos, sizeof pos[0] * d->roots[ri].n_terms);
            }
        }
    }
    if (!best) {
        if (n == 0 && tok_text(c, i)[0] >= '0' && tok_text(c, i)[0] <= '9')
            c->tok[i].type = TT_NUMBER;
        return;
    }
    if (c->n_inst >= MAX_INST) return;
    const dict_root *r = &d->roots[best_root];
    int k = c->n_inst++;
    code_inst *in = &c->inst[k];
    memset(in, 0, sizeof *in);
    in->root = best_root;
    in->kind = r->kind;
    in->first = best_pos[0];
    in->last = best_pos[r->n_terms - 1];
    in->compound = -1;
    in->ref = -1;
    in->agent = -1;
    int type = code_kind_type(r->kind);
    for (int t = 0; t < r->n_terms; t++) {
        c->tok[best_pos[t]].inst = (int16_t)k;
        c->tok[best_pos[t]].type = (uint8_t)type;
    }
    c->tok[best_pos[0]].flags |= TF_HEAD;
}

void code_assign_roots(code_ctx *c) {
    c->n_inst = 0;
    if (++c->serial == 0) { /* wrapped: start the marks afresh */
        memset(c->wmark, 0, sizeof *c->wmark * c->d->n_words);
        c->serial = 1;
    }
    for (int i = 0; i < c->n_tok; i++) {
        if (c->tok[i].type == TT_COMMA) continue;
        uint32_t words[64];
        size_t n = dict_match_token(c->d, tok_text(c, i), c->tok[i].len, words, 64);
        for (size_t j = 0; j < n; j++) c->wmark[words[j]] = c->serial;
        if (c->tok[i].inst < 0) try_start(c, i, words, n);
    }
}

/* Every token of instance k takes type t. */
static void retype(code_ctx *c, int k, int t) {
    code_inst *in = &c->inst[k];
    for (int i = in->first; i <= in->last; i++)
        if (c->tok[i].inst == k && !(c->tok[i].flags & TF_DEL)) c->tok[i].type = (uint8_t)t;
}

void code_kill_inst(code_ctx *c, int k) {
    c->inst[k].dead = 1;
    retype(c, k, TT_NONE);
}

const char *code_actor_code(code_ctx *c, int k, int32_t day) {
    if (c->mode == MODE_PETRARCH) return petr_actor_code(c, k, day);
    const dict_root *r = &c->d->roots[c->inst[k].root];
    if (c->inst[k].conv) return dict_str(c->d, c->d->agents[r->entry].code);
    if (r->kind != ROOT_ACTOR) return NULL;
    return dict_actor_code(c->d, r->entry, day);
}

/* LANGUAGE.md 5.5: verbs after a determiner or capitalised mid-sentence
 * become nouns; actors null-coded on the record date become nouns. */
/* News mode: "during a trip to Kyrgyzstan", "his visit to Beijing", "at a
 * meeting with Erdogan": a journey or meeting named by its noun still took
 * place (CAMEO 04x). */
int news_travel_noun(const code_ctx *c, const code_inst *in) {
    if (c->mode != MODE_NEWS || in->kind != ROOT_VERB) return 0;
    /* "at the meeting": one the article has told already */
    if (in->first > 0 && tok_is(c, in->first - 1, "THE")) return 0;
    const dict_code *dc = &c->d->verbs[c->d->roots[in->root].entry].code;
    if (dc->paired || dc->a.special != CODE_PLAIN) return 0;
    const char *code = dict_str(c->d, dc->a.code);
    return !strncmp(code, "04", 2);
}

void code_mark_nouns(code_ctx *c) {
    int first_cap = -1;
    for (int i = 0; i < c->n_tok && first_cap < 0; i++)
        if (c->tok[i].flags & TF_CAP) first_cap = i;
    for (int k = 0; k < c->n_inst; k++) {
        code_inst *in = &c->inst[k];
        if (in->kind == ROOT_VERB && in->first > 0) {
            int det = c->tok[in->first - 1].type == TT_DET;
            int cap = !c->all_caps && (c->tok[in->first].flags & TF_CAP) && in->first != first_cap;
            if ((det || cap) && !news_travel_noun(c, in)) {
                in->kind = ROOT_NOUN;
                retype(c, k, TT_NOUN);
            }
        } else if (in->kind == ROOT_ACTOR) {
            const char *code = code_actor_code(c, k, c->day);
            int open = code && !strcmp(code, CODE_OPEN_PARTY) && c->mode != MODE_NEWS;
            if (code && (!strcmp(code, "---") || open)) {
                in->kind = ROOT_NOUN;
                retype(c, k, TT_NOUN);
            }
        }
    }
}

/* Roots straddling a deletion boundary (LANGUAGE.md 5.8) are cancelled:
 * part of the phrase was in a deleted comma clause. */
void code_kill_straddling(code_ctx *c) {
    for (int k = 0; k < c->n_inst; k++) {
        code_inst *in = &c->inst[k];
        int del = 0, kept = 0;
        for (int i = in->first; i <= in->last; i++)
            if (c->tok[i].inst == k) {
                if (c->tok[i].flags & TF_DEL) del = 1;
                else kept = 1;
            }
        if (del && kept) code_kill_inst(c, k);
    }
}
