/* mentions.c: the dictionary's actors, agents and pronouns in a sentence,
 * for the annotate stage (speakers, salience). It runs the coder's own first
 * steps (filter, root assignment, agent attachment) so that a mention is
 * exactly what the coder would see as an actor: same connectors, endings,
 * longest match and date-bounded codes. */
#include <stdio.h>

#include "code/code_int.h"

/* Copies one mention out of instance k. */
static void put_mention(code_ctx *c, int k, uint8_t kind, code_mention *m) {
    const code_inst *in = &c->inst[k];
    const code_tok *a = &c->tok[in->first], *b = &c->tok[in->last];
    m->off = a->off;
    m->len = b->off + b->olen - a->off;
    m->kind = kind;
    m->root = in->root;
    m->code[0] = '\0';
}

size_t code_find_actors(code_ctx *c, const char *text, size_t len, int32_t day,
                        code_mention *out, size_t max) {
    c->day = c->shifted_day = day;
    c->text = text;
    c->text_len = len;
    c->n_inst = c->n_comp = c->n_cl = c->n_raw = 0;
    if (code_filter(c, text, len) == 0) return 0;
    code_assign_roots(c);
    size_t n = 0;
    for (int k = 0; k < c->n_inst && n < max; k++) {
        code_inst *in = &c->inst[k];
        if (in->dead) continue;
        code_mention *m = &out[n];
        if (in->kind == ROOT_ACTOR) {
            const char *code = code_actor_code(c, k, day);
            /* null-coded on this date: a noun, not an actor (LANGUAGE.md 5.5) */
            if (!code || !*code || !strcmp(code, "---") || !strcmp(code, CODE_OPEN_PARTY)) continue;
            put_mention(c, k, CODE_MENTION_ACTOR, m);
            code_attach_agent(c, k);
            const char *agent = NULL;
            if (in->agent >= 0) {
                const dict_root *r = &c->d->roots[c->inst[in->agent].root];
                agent = in->former ? "~ELI" : dict_str(c->d, c->d->agents[r->entry].code);
            }
            /* a compound code (A/B) gives its first member, as attribution does */
            code_compose(m->code, sizeof m->code, code, strcspn(code, "/"), agent);
        } else if (in->kind == ROOT_AGENT) {
            put_mention(c, k, CODE_MENTION_AGENT, m);
            const dict_root *r = &c->d->roots[in->root];
            snprintf(m->code, sizeof m->code, "%s", dict_str(c->d, c->d->agents[r->entry].code));
        } else if (in->kind == ROOT_PRON) {
            put_mention(c, k, CODE_MENTION_PRONOUN, m);
        } else {
            continue;
        }
        n++;
    }
    return n;
}
