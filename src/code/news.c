/* news.c: MODE_NEWS, coding news prose the way a careful human coder does
 * (DESIGN.md "Dictionaries"). Reported speech ("X said CLAUSE", "CLAUSE, X
 * said", "according to X, CLAUSE", ", saying CLAUSE") is coded by the
 * clause's content, with the speaker's side as source when the clause has no
 * subject of its own or its subject is "we"; each verb finds its subject in
 * its own clause; an event with no target in the sentence takes the
 * article's salient other party. Modality and refusals: news_modality.c. */
#include <stdio.h>

#include "code/news.h"
#include "parley.h"

#define NEWS_PER_CLAUSE 1    /* events-bearing verbs per clause */
#define NEWS_PER_SENTENCE 12 /* raw events per sentence */

static const char *const FIRST_PERSON[] = {"WE", "I", "OUR", "MY", "US", NULL};

/* ---- actors ----------------------------------------------------------- */
void news_default_actor(code_actor *a, const char *code) {
    memset(a, 0, sizeof *a);
    a->inst = -1;
    a->tok = -1;
    a->dflt = code;
}

/* The actor's code (first member), "" when none. */
const char *news_actor_code(code_ctx *c, const code_actor *a) {
    if (a->inst < 0) return a->dflt ? a->dflt : "";
    const char *code = NULL, *agent = NULL;
    code_member_codes(c, a->inst, &code, &agent);
    return code ? code : "";
}

int news_same_side(code_ctx *c, const code_actor *a, const code_actor *b) {
    const char *x = news_actor_code(c, a), *y = news_actor_code(c, b);
    return strlen(x) >= 3 && strlen(y) >= 3 && !strncmp(x, y, 3);
}

/* The actor at token i, pronouns unresolved in the sentence excluded. */
int news_actor_at(const code_ctx *c, int i, code_actor *out) {
    return news_live(c, i) && code_actor_at(c, i, out);
}

/* "in Berlin", "from Moscow": a place, not a party (DESIGN.md: places not
 * mistaken for actors); such a mention is a party only as a last resort. */
int news_locative(const code_ctx *c, int i, int from) {
    static const char *const AT[] = {"IN", "AT", "NEAR", "AFTER", "BEFORE", NULL};
    int k = c->tok[i].inst;
    int first = k >= 0 ? c->inst[k].first : i;
    /* "from Berlin, Zelenskyy went" is a place; "a plan from Alpha" a party */
    return news_tok_in(c, first - 1, AT) || (from && tok_is(c, first - 1, "FROM"));
}

int news_pronoun(const code_ctx *c, int i) {
    int k = c->tok[i].inst;
    return k >= 0 && c->inst[k].kind == ROOT_PRON;
}

/* A verb's subject: the first actor after the last comma before the verb
 * ("At the G7 meeting, Zelensky called..."), else the first actor before
 * the verb in its clause. Returns the token, -1 when none. */
static const char *const SUBORD[] = {"AS", "WHILE", "WHEN", "BECAUSE", "SINCE", "ALTHOUGH",
                                     "THOUGH", "WHEREAS", "WHICH", "WHO", "UNTIL", "THAT", "IF",
                                     "UNLESS", "WHETHER", NULL};

/* An actor after a preposition ("the only way for the Ukraine war to
 * end", "against Russia") is an object, not a subject. */
static int prep_object(const code_ctx *c, int i) {
    static const char *const PREP[] = {"FOR", "OF", "WITH", "TO", "ON", "AGAINST", "ABOUT",
                                       "OVER", "INTO", "TOWARD", "TOWARDS", "BETWEEN", "AMONG",
                                       "UNDER", "BY", "DURING", "THAN", "INCLUDING", NULL};
    int k = c->tok[i].inst;
    int first = k >= 0 ? c->inst[k].first : i;
    return news_tok_in(c, first - 1, PREP);
}

int news_subject(code_ctx *c, int a, int v, const code_actor *not, code_actor *out) {
    int lc = -1;
    for (int i = v - 1; i >= a && lc < 0; i--)
        if (news_is_comma(c, i) || news_tok_in(c, i, SUBORD)) lc = i;
    for (int pass = lc >= 0 ? 0 : 1; pass < 2; pass++)
        for (int i = pass ? a : lc + 1; i < v; i++)
            if (news_actor_at(c, i, out) && !news_locative(c, i, 1) && !prep_object(c, i) &&
                !(not && code_actor_same(c, out, not)))
                return i;
    return -1;
}

/* ---- targets ---------------------------------------------------------- */
static int other_side(code_ctx *c, int i, const code_actor *src, code_actor *out) {
    if (!news_actor_at(c, i, out) || news_locative(c, i, 0) || code_actor_same(c, out, src) ||
        news_same_side(c, out, src))
        return 0;
    /* "Egypt and Qatar urged": partners in the source are no target */
    int cs = src->inst >= 0 ? c->inst[src->inst].compound : -1;
    return cs < 0 || c->inst[out->inst].compound != cs;
}

static int other_place(code_ctx *c, int a, int b, const code_actor *src, code_actor *out) {
    for (int i = a; i <= b; i++)
        if (news_actor_at(c, i, out) && news_locative(c, i, 0) && !news_same_side(c, out, src))
            return 1;
    return 0;
}

/* The article's most salient party (the annotate stage's ranking) on no
 * side of nots[0..n), as a default actor in slot `slot` of news_codes. */
static int party_not_in(code_ctx *c, const char *const *nots, int n, int slot, code_actor *out) {
    const code_hints *h = c->hints;
    for (size_t i = 0; h && i < h->n_context; i++) {
        const char *x = h->context[i];
        if (!x || strlen(x) < 3 || x[0] == '-' || !strcmp(x, CODE_OPEN_PARTY)) continue;
        int taken = 0;
        for (int j = 0; j < n && !taken; j++) taken = nots[j] && !strncmp(x, nots[j], 3);
        if (taken) continue;
        snprintf(c->news_codes[slot], sizeof c->news_codes[slot], "%s", x);
        news_default_actor(out, c->news_codes[slot]);
        return 1;
    }
    return 0;
}

/* The article's party for an event whose target the sentence leaves
 * implied: the other side mentioned most recently in the article's earlier
 * sentences (twice at least), else the annotate stage's salient actors,
 * else a place in the clause. */
static int implied_target(code_ctx *c, int a, int b, const code_actor *src, code_actor *out) {
    const char *sc = news_actor_code(c, src);
    int best = -1;
    for (int i = 0; i < c->n_salient; i++)
        if (strncmp(c->news_salient[i], sc, 3) &&
            (best < 0 || c->news_salient_t[i] > c->news_salient_t[best]))
            best = i;
    if (best >= 0 && c->news_salient_n[best] >= 2) {
        snprintf(c->news_codes[1], sizeof c->news_codes[1], "%s", c->news_salient[best]);
        news_default_actor(out, c->news_codes[1]);
        return 1;
    }
    return party_not_in(c, &sc, 1, 1, out) || other_place(c, a, b, src, out);
}

/* The target: the first actor of another side after the verb in its
 * clause, else before it; else the nearest such actor in the sentence
 * ("Responding to Zelensky, Peskov said withdrawing was out of the
 * question") but not the one reporting it; a compound source acts on its
 * own members ("Pakistan and India agreed to a ceasefire"); else, when
 * `implied`, the article's party. */
static int find_target_in(code_ctx *c, int a, int b, int v0, int v1, const code_actor *src,
                          const news_seg *g, code_actor *out, int implied) {
    for (int i = v1 + 1; i <= b; i++)
        if (other_side(c, i, src, out)) return 1;
    for (int i = v0 - 1; i >= a; i--)
        if (other_side(c, i, src, out)) return 1;
    const code_actor *spk = g && g->has_speaker && g->speaker.inst >= 0 ? &g->speaker : NULL;
    for (int d = 1; d < c->n_tok; d++) {
        if ((other_side(c, v0 - d, src, out) && !(spk && code_actor_same(c, out, spk))) ||
            (other_side(c, v1 + d, src, out) && !(spk && code_actor_same(c, out, spk))))
            return 1;
        if (v0 - d < 0 && v1 + d >= c->n_tok) break;
    }
    /* ...but "Kyiv and the West say this is a pretext" speaks for both */
    if (src->inst >= 0 && src->expand && !(spk && code_actor_same(c, src, spk))) {
        *out = *src;
        return 1;
    }
    return implied && implied_target(c, a, b, src, out);
}

static int find_target(code_ctx *c, const news_seg *g, int a, int b, int v0, int v1,
                       const code_actor *src, code_actor *out) {
    return find_target_in(c, a, b, v0, v1, src, g, out, 1);
}

/* ---- one verb --------------------------------------------------------- */
typedef struct {
    int ca;                 /* where the whole conjunction clause starts */
    int a, b;               /* the clause within its segment */
    const news_seg *seg;
    code_actor sticky;      /* the last subject in the segment */
    int has_sticky;
} news_clause;

/* First person before the verb ("we want peace"): the speaker. */
static int first_person(const code_ctx *c, int a, int v, int sub) {
    for (int i = a; i < v && (sub < 0 || i < sub); i++)
        if (news_live(c, i) && news_tok_in(c, i, FIRST_PERSON)) return 1;
    return 0;
}

/* A verb right after its own actor ("the territories Russia has seized",
 * "which it annexed") heads a clause of its own, however the sentence is
 * punctuated. */
static int own_subject_before(const code_ctx *c, int v) {
    static const char *const AUX[] = {"HAS", "HAVE", "HAD", "ILLEGALLY", "ALSO", "NOW", NULL};
    /* "demanded that Russia withdraw", "for Putin to recall": the first
     * verb's object, an act asked for, not one done */
    static const char *const ASKED[] = {"THAT", "FOR", "TO", NULL};
    int i = v - 1;
    while (i >= 0 && news_tok_in(c, i, AUX)) i--;
    if (i < 0 || !news_live(c, i) || ttype(c, i) != TT_ACTOR || c->tok[i].inst < 0 ||
        c->inst[c->tok[i].inst].last != i)
        return -1;
    return news_tok_in(c, c->inst[c->tok[i].inst].first - 1, ASKED) ? -1 : i;
}

static const char *const REL_PRON[] = {"WHO", "WHICH", NULL};

/* "The president", "the minister" right before the verb, attached to no
 * actor. */
static int bare_title_subject(const code_ctx *c, int a, int v) {
    int i = v - 1;
    while (i > a && news_tok_in(c, i, (const char *const[]){"ALSO", "HAS", "HAD", "THEN", NULL}))
        i--;
    if (i <= a - 1 || ttype(c, i) != TT_AGENT || c->tok[i].inst < 0) return 0;
    int first = c->inst[c->tok[i].inst].first;
    return first > a - 1 && tok_is(c, first - 1, "THE") && first - 1 == a;
}

static int find_source(code_ctx *c, news_clause *k, int v0, int v1, const code_actor *tgt,
                       code_actor *src) {
    int sub = news_subject(c, k->a, v0, tgt, src);
    /* "the territory Russia occupied": the actor right before the verb */
    int adj = own_subject_before(c, v0);
    code_actor near;
    if (adj >= 0 && news_actor_at(c, adj, &near) && c->inst[near.inst].compound < 0 &&
        !(tgt && code_actor_same(c, &near, tgt)))
        *src = near, sub = adj;
    const news_seg *g = k->seg;
    /* "that Kyiv and the West slammed": the clause split at "and" cut the
     * subject in two; its first half is the subject */
    if (sub < 0 && k->a >= 2 && tok_is(c, k->a - 1, "AND") && news_actor_at(c, k->a - 2, src) &&
        !(tgt && code_actor_same(c, src, tgt)) && !first_person(c, k->a, v0, -1))
        return 1;
    /* "the men were militants who had opened fire": a relative clause's
     * subject is its antecedent, an actor or nobody, never the speaker */
    if (sub < 0)
        for (int i = v0 - 1; i >= k->a && i >= v0 - 3; i--)
            if (news_live(c, i) && news_tok_in(c, i, REL_PRON)) {
                int j = news_is_comma(c, i - 1) ? i - 2 : i - 1;
                return news_actor_at(c, j, src) && !news_pronoun(c, j);
            }
    /* "he believes the US will increase sanctions and provide weapons":
     * the clause after "and" goes on with the content's own subject */
    if (sub < 0 && k->has_sticky && g->has_speaker && !first_person(c, k->a, v0, -1)) {
        *src = k->sticky;
        return 1;
    }
    /* "Russia says that it will not...": a pronoun is the speaker */
    if (g->has_speaker && (sub < 0 || first_person(c, k->a, v0, sub) || news_pronoun(c, sub))) {
        *src = g->speaker;
        return 1;
    }
    /* "The president also ripped into...": a bare title as the subject is
     * the one the previous sentence had act */
    if (sub < 0 && !g->has_speaker && c->news_prev[0] && bare_title_subject(c, k->a, v0)) {
        snprintf(c->news_codes[2], sizeof c->news_codes[2], "%s", c->news_prev);
        news_default_actor(src, c->news_codes[2]);
        return 1;
    }
    /* "which it annexed", "They include...": the pronoun continues the
     * previous sentence's actor better than the first actor of this one */
    if (sub >= 0 && news_pronoun(c, sub) && c->news_prev[0]) {
        snprintf(c->news_codes[2], sizeof c->news_codes[2], "%s", c->news_prev);
        news_default_actor(src, c->news_codes[2]);
        return 1;
    }
    if (sub >= 0) return 1;
    if (k->has_sticky) {
        *src = k->sticky;
        return 1;
    }
    /* ", who spoke with X,": the actor before; "..., offered": the clause's */
    if (k->ca < k->a && news_subject(c, k->ca, k->a, tgt, src) >= 0) return 1;
    /* "At a meeting with X, he said": a noun's subject may come after it */
    if (!news_tok_in(c, v0 - 1,
                     (const char *const[]){"A", "AN", "THE", "VIRTUAL", "HIS", "HER", "THEIR",
                                           "ITS", NULL}) &&
        !news_tok_in(c, v0 - 2, (const char *const[]){"A", "AN", "THE", NULL}))
        return 0;
    /* "during a trip to Kyrgyzstan, Putin said": the place is no subject */
    for (int i = v1 + 1; i <= k->b; i++) {
        if (!news_actor_at(c, i, src) || (tgt && code_actor_same(c, src, tgt)) ||
            prep_object(c, i) || news_locative(c, i, 1))
            continue;
        if (news_pronoun(c, i)) news_remembered_speaker(c, src);
        return 1;
    }
    return 0;
}

/* "peace talks with the West could only happen if...", "negotiations are
 * possible only after...": talks named as a subject whose predicate only
 * allows them have not taken place. */
static int unreal_talks(const code_ctx *c, int v1, int b) {
    static const char *const MODAL[] = {"COULD", "WOULD", "MAY", "MIGHT", "CAN", "WILL", NULL};
    static const char *const HAPPEN[] = {"HAPPEN", "OCCUR", "TAKE", "BEGIN", "START", "RESUME",
                                         "PROCEED", "BE", NULL};
    for (int i = v1 + 1; i < b && i <= v1 + 8; i++) {
        if (!news_live(c, i) || news_is_comma(c, i)) return 0;
        int j = i + (tok_is(c, i + 1, "ONLY") || tok_is(c, i + 1, "NOT"));
        if (news_tok_in(c, i, MODAL) && news_tok_in(c, j + 1, HAPPEN)) return 1;
        if (news_tok_in(c, i, (const char *const[]){"IS", "ARE", NULL}) &&
            news_tok_in(c, j + 1, (const char *const[]){"POSSIBLE", "IMPOSSIBLE", NULL}))
            return 1;
        if (ttype(c, i) == TT_VERB) return 0;
    }
    return 0;
}

/* Modality, refusals and demands on the events just made (from n0). */
static void apply_mood(code_ctx *c, const news_clause *k, int v, int n0, const code_actor *src,
                       int own_subject) {
    news_mood m;
    news_read_mood(c, k->a, v, &m);
    /* "he wouldn't hold talks without consulting NATO allies": not without
     * is with; a stance on what is to come */
    for (int i = v + 1; m.modality == PL_NEGATED && i <= k->b; i++)
        if (tok_is(c, i, "WITHOUT")) {
            m.modality = PL_FUTURE;
            m.refusal = 0;
        }
    for (int i = n0; i < c->n_raw; i++) {
        code_raw *r = &c->raw[i];
        r->modality = m.modality;
        if (m.modality == PL_NEGATED && m.refusal) {
            const char *flip = news_refusal_code(r->code);
            if (flip) r->code = flip, r->modality = PL_ASSERTED;
            /* a pattern that already reads the refusal ("not accept any
             * compromise" [124]) needs no flip */
            else if (!strncmp(r->code, "12", 2)) r->modality = PL_ASSERTED;
        }
        /* "our teams will meet": an intent to meet (036), still to come */
        if (m.modality == PL_FUTURE && news_intent_code(r->code))
            r->code = news_intent_code(r->code);
    }
    /* "Kiev needs to accept ...", said by Moscow: Moscow demands it; so
     * does "talks, if Kiev accepts ...": a condition on the other side */
    const news_seg *g = k->seg;
    int coop = m.modality == PL_CONDITIONAL && c->n_raw > n0 && news_refusal_code(c->raw[n0].code);
    /* "open to talks if Kyiv accepts...": an offer on a condition; "will
     * not accept it if Kyiv signs..." is a warning, and a bare "if X is
     * ready to..." an argument, not a demand */
    int offer = 0;
    for (int i = 0; i < n0 && coop; i++) {
        if (c->raw[i].code && !strncmp(c->raw[i].code, "12", 2)) coop = 0;
        if (c->raw[i].code && news_refusal_code(c->raw[i].code)) offer = 1;
    }
    coop = coop && offer;
    if (!(m.deontic || coop) || !g->has_speaker || !own_subject ||
        news_same_side(c, src, &g->speaker))
        return;
    for (int i = n0; i < c->n_raw; i++) {
        code_raw *r = &c->raw[i];
        r->code = news_demand_code(r->code);
        r->tgt = r->src, r->tgt_agent = r->src_agent;
        r->tgt_first = r->src_first, r->tgt_last = r->src_last;
        if (g->speaker.inst >= 0) {
            code_member_codes(c, g->speaker.inst, &r->src, &r->src_agent);
            r->src_first = c->inst[g->speaker.inst].first;
            r->src_last = c->inst[g->speaker.inst].last;
        } else {
            r->src = g->speaker.dflt, r->src_agent = NULL;
            r->src_first = r->src_last = -1;
        }
        r->modality = PL_ASSERTED;
    }
}

/* "He acknowledged the upcoming visit of a US delegation to Moscow": a
 * meeting to come (036) that the host's side reports is the host's
 * intent too, each way. */
static void host_reports_visit(code_ctx *c, const news_seg *g, int n0) {
    if (!g->has_speaker) return;
    const char *spk = news_actor_code(c, &g->speaker);
    int n = c->n_raw;
    for (int i = n0; i < n && c->n_raw < NEWS_PER_SENTENCE; i++) {
        const code_raw *r = &c->raw[i];
        if (!r->code || strcmp(r->code, "036") || !r->src || !r->tgt) continue;
        if (strlen(spk) < 3 || strncmp(r->tgt, spk, 3) || !strncmp(r->src, spk, 3)) continue;
        code_raw *b = &c->raw[c->n_raw++];
        *b = *r;
        b->src = r->tgt, b->src_agent = r->tgt_agent;
        b->src_first = r->tgt_first, b->src_last = r->tgt_last;
        b->tgt = r->src, b->tgt_agent = r->src_agent;
        b->tgt_first = r->src_first, b->tgt_last = r->src_last;
    }
}

/* "X was condemned (by Y)": the actor after "by" acts; with none, the
 * actor is unknown and a careful coder codes nothing. Returns 1 passive
 * (with *src set when an agent is named), 0 active. */
static int passive_agent(code_ctx *c, const news_clause *k, int v0, int v1, int verbal,
                         code_actor *src, int *found) {
    static const char *const BE[] = {"BEEN", "WAS", "WERE", "IS", "ARE", "BE", "BEING", NULL};
    *found = 0;
    static const char *const PARTICIPLE[] = {"TAKEN", "GIVEN", "BEATEN", "DRIVEN", "SHOWN",
                                             "SEEN", "HELD", "HIT", "SHOT", "STRUCK", "BROUGHT",
                                             "CAUGHT", "FOUGHT", "SENT", "TOLD", "MET", NULL};
    /* "amid condemnation by Kiev": the noun's agent */
    if (!news_tok_ends(c, v0, "ED") && tok_is(c, v1 + 1, "BY") && news_actor_at(c, v1 + 2, src)) {
        *found = 1;
        return 1;
    }
    /* "The deal, brokered by the U.N. and Turkey,": a participle and its agent */
    int by = tok_is(c, v1 + 1, "BY") ? v1 + 2 : -1;
    if (by >= 0 && tok_is(c, by, "THE")) by++;
    if (by >= 0 && news_tok_ends(c, v0, "ED") && news_actor_at(c, by, src)) {
        *found = 1;
        return 1;
    }
    int be = 0;
    for (int i = v0 - 1; i >= k->a && i >= v0 - 3 && !be; i--) be = news_tok_in(c, i, BE);
    if (!be || !(news_tok_ends(c, v0, "ED") || news_tok_in(c, v0, PARTICIPLE))) return 0;
    for (int i = v1 + 1; i < k->b && i <= v1 + 4; i++)
        if (tok_is(c, i, "BY") && news_actor_at(c, i + 1, src)) {
            *found = 1;
            return 1;
        }
    /* "criticised and dismissed in Moscow": words are said somewhere by
     * someone, and the capital stands for its government */
    for (int i = v1 + 1; verbal && i + 1 < c->n_tok && i <= v1 + 5; i++)
        if (tok_is(c, i, "IN") && news_actor_at(c, i + 1, src)) {
            *found = 1;
            break;
        }
    return 1;
}

/* "talks between X and Y": X and Y are the parties, both ways. */
static int between_pair(code_ctx *c, int v1, code_actor *src, code_actor *tgt) {
    int b = tok_is(c, v1 + 1, "BETWEEN") ? v1 + 1 : tok_is(c, v1 + 2, "BETWEEN") ? v1 + 2 : -1;
    if (b < 0) return 0;
    code_actor x, y;
    int i = b + 1;
    while (i < c->n_tok && i <= b + 4 && !news_actor_at(c, i, &x)) i++;
    if (i >= c->n_tok || i > b + 4) return 0;
    for (int j = i + 1; j < c->n_tok && j <= i + 6; j++)
        if (news_actor_at(c, j, &y) && !news_same_side(c, &x, &y)) {
            *src = x, *tgt = y;
            return 1;
        }
    return 0;
}

/* ---- the article's parties --------------------------------------------- */
static int article_party(code_ctx *c, const char *not1, const char *not2, int slot,
                         code_actor *out) {
    const char *nots[2] = {not1, not2};
    return party_not_in(c, nots, 2, slot, out);
}

/* The sides of an actor and, for a compound, of all its members. */
static int sides_of(code_ctx *c, const code_actor *a, const char **out, int max) {
    int16_t m[8];
    int n = a->inst >= 0 ? code_members(c, a, m, 8) : 0, k = 0;
    for (int i = 0; i < n && k < max; i++) {
        const char *code = NULL, *agent = NULL;
        code_member_codes(c, m[i], &code, &agent);
        if (code) out[k++] = code;
    }
    if (k == 0 && max > 0) out[k++] = news_actor_code(c, a);
    return k;
}

/* "The two sides agreed...", "both countries": the article's two parties,
 * named just before the verb. */
static int pair_subject(const code_ctx *c, int a, int v) {
    static const char *const WHO[] = {"SIDES", "COUNTRIES", "LEADERS", "DELEGATIONS",
                                      "PRESIDENTS", "PARTIES", "NEIGHBOURS", "NEIGHBORS",
                                      "GOVERNMENTS", "TEAMS", "NEGOTIATORS", "CAPITALS", NULL};
    for (int i = v - 1; i >= a && i >= v - 5; i--) {
        if (!news_tok_in(c, i, WHO)) continue;
        int j = i - 1;
        if (tok_is(c, j, "TWO")) j--;
        return tok_is(c, j, "BOTH") || (tok_is(c, j, "THE") && tok_is(c, j + 1, "TWO"));
    }
    return 0;
}

/* The first of a mediator's two parties: "between X and Y" when the text
 * says so (Y goes to slot 6 for code_verb), else the article's first
 * party other than the mediator. */
static int mediated_parties(code_ctx *c, int v1, const code_actor *src, code_actor *tgt) {
    code_actor x, y;
    if (between_pair(c, v1, &x, &y)) {
        *tgt = x;
        snprintf(c->news_codes[6], sizeof c->news_codes[6], "%s", news_actor_code(c, &y));
        return 1;
    }
    c->news_codes[6][0] = '\0';
    const char *nots[8];
    int n = sides_of(c, src, nots, 8);
    return party_not_in(c, nots, n, 5, tgt);
}

/* A verb's word used as a noun: "these demands would ensure...", "after
 * this meeting" (a verbal code after a demonstrative), "his proposal" (after
 * a possessive, unless a pattern says what it is), "a continuation of
 * fighting", "that fighting would cease". */
static int nominal(const code_ctx *c, const code_inst *in, uint32_t pat, const char *code) {
    static const char *const POSS[] = {"ITS", "HIS", "HER", "THEIR", "OUR", "MY", "YOUR", "SUCH",
                                       NULL};
    /* "after this meeting": an act the article already told */
    static const char *const DEMONSTRATIVE[] = {"THIS", "THESE", "THOSE", NULL};
    static const char *const GERUND_AFTER[] = {"OF", "THAT", "AND", "FROM", NULL};
    if (in->first == in->last && news_tok_in(c, in->first - 1, DEMONSTRATIVE) &&
        strncmp(code, "14", 2) < 0)
        return 1;
    if (pat != DICT_NONE || news_travel_noun(c, in)) return 0;
    if (news_tok_in(c, in->first - 1, POSS) && strncmp(code, "14", 2) < 0) return 1;
    /* "a reasonable request", "the latest proposal": a determiner and a
     * modifier before a verbal act's word make it a noun */
    static const char *const DET[] = {"A", "AN", "THE", "THIS", "THAT", "ANY", "NO", NULL};
    if (news_tok_in(c, in->first - 2, DET) && ttype(c, in->first - 1) != TT_ACTOR &&
        ttype(c, in->first - 1) != TT_VERB && strncmp(code, "14", 2) < 0)
        return 1;
    return news_tok_ends(c, in->first, "ING") && news_tok_in(c, in->first - 1, GERUND_AFTER);
}

/* The verb's source and target beyond what its pattern says; 0: no event.
 * *own: the source is the clause's own subject, not its reporter. */
static int parties(code_ctx *c, news_clause *k, const code_inst *in, int end, const code_match *m,
                   const char *code, code_actor *src, code_actor *tgt, int *own, int *recip) {
    *own = 0;
    /* a mediator's parties are the pair it stands between */
    int mediate = !strncmp(code, "045", 3);
    *recip = !mediate && !m->has_src && between_pair(c, in->last, src, tgt);
    if (*recip) return 1;
    /* "the two sides agreed to continue the talks": each with the other */
    if (!m->has_src && !m->has_tgt && pair_subject(c, k->a, in->first) &&
        article_party(c, NULL, NULL, 4, src) &&
        article_party(c, news_actor_code(c, src), NULL, 5, tgt)) {
        *recip = 2;
        return 1;
    }
    int agent = 0, verbal = strlen(code) >= 2 && strncmp(code, "14", 2) < 0;
    if (!m->has_src && passive_agent(c, k, in->first, in->last, verbal, src, &agent) && !agent)
        return 0;
    if (!m->has_src && !agent) {
        if (!find_source(c, k, in->first, in->last, m->has_tgt ? tgt : NULL, src)) return 0;
        *own = !(k->seg->has_speaker && src->inst == k->seg->speaker.inst &&
                 src->dflt == k->seg->speaker.dflt);
    }
    if (mediate && !m->has_tgt) return mediated_parties(c, in->last, src, tgt);
    /* a justification (052) is addressed to whoever listens: what it
     * justifies ("the invasion of Ukraine") names no target */
    if (!strncmp(code, "052", 3) && !m->has_tgt) {
        news_default_actor(tgt, CODE_OPEN_PARTY);
        return 1;
    }
    if (m->has_tgt || find_target(c, k->seg, k->a, end, in->first, in->last, src, tgt)) return 1;
    /* "Beta must withdraw", said by Alpha: the demand needs no target of
     * the act itself (apply_mood turns it round) */
    news_mood md;
    news_read_mood(c, k->a, in->first, &md);
    if (!md.deontic || !k->seg->has_speaker || !*own) return 0;
    *tgt = k->seg->speaker;
    return 1;
}

/* PARLEY_TRACE=1 in the environment: each verb's parties on stderr, for
 * whoever tunes the rules (a developer's aid, not an output). */
static void trace_verb(code_ctx *c, const news_clause *k, const code_inst *in, const char *what,
                       const code_actor *src, const code_actor *tgt) {
    if (!c->news_trace) return;
    const code_tok *t = &c->tok[in->first];
    fprintf(stderr, "trace: verb '%.*s' clause %d-%d seg %d-%d speaker %s: %s", (int)t->olen,
            c->text + t->off, k->a, k->b, k->seg->first, k->seg->last,
            k->seg->has_speaker ? news_actor_code(c, &k->seg->speaker) : "-", what);
    if (src) fprintf(stderr, " src %s", news_actor_code(c, src));
    if (tgt) fprintf(stderr, " tgt %s", news_actor_code(c, tgt));
    fputc('\n', stderr);
}

static int code_verb(code_ctx *c, news_clause *k, int ki) {
    const code_inst *in = &c->inst[ki];
    code_match m;
    uint32_t pat;
    int root_too;
    /* a speech verb's pattern may reach into what is said */
    int end = k->seg->frame_verb == in->first ? c->n_tok - 1 : k->b;
    /* a pattern reads on past "and" ("its demands to Ukraine and any
     * settlement remain the same"), within its segment */
    int pend = end > k->seg->last ? end : k->seg->last;
    const dict_code *dc = code_pick_pattern(c, ki, pend, &m, &pat, &root_too);
    if (dc->a.special == CODE_NULL && !dc->paired) return 0;
    const char *code0 = dc->paired ? "" : dict_str(c->d, dc->a.code);
    if (nominal(c, in, pat, code0)) {
        trace_verb(c, k, in, "a noun here", NULL, NULL);
        return 0;
    }
    code_actor src = m.src, tgt = m.tgt;
    int own, recip;
    if (!parties(c, k, in, end, &m, code0, &src, &tgt, &own, &recip)) {
        trace_verb(c, k, in, "no parties", NULL, NULL);
        return 0;
    }
    trace_verb(c, k, in, code0, &src, &tgt);
    int n0 = c->n_raw;
    uint32_t vi = c->d->roots[in->root].entry;
    int good = code_add_events(c, &src, &tgt, dc, in->first, in->last, pat, vi);
    if (root_too)
        good |= code_add_events(c, &src, &tgt, &c->d->verbs[vi].code, in->first, in->last,
                                DICT_NONE, vi);
    /* both ways: talks between two parties; whatever "the two sides" do
     * together short of force */
    int mutual = !strncmp(code0, "04", 2) ||
                 (recip == 2 && strncmp(code0, "03", 2) >= 0 && strncmp(code0, "08", 2) <= 0);
    if (recip && good && !dc->paired && mutual)
        code_add_events(c, &tgt, &src, dc, in->first, in->last, pat, vi);
    /* a mediator works with both sides: the article's other party too */
    code_actor other;
    if (!recip && good && !strncmp(code0, "045", 3)) {
        const char *nots[9];
        int n = sides_of(c, &src, nots, 8);
        nots[n++] = news_actor_code(c, &tgt);
        if (c->news_codes[6][0]) news_default_actor(&other, c->news_codes[6]);
        if (c->news_codes[6][0] || party_not_in(c, nots, n, 6, &other))
            code_add_events(c, &src, &other, dc, in->first, in->last, pat, vi);
    }
    apply_mood(c, k, in->first, n0, &src, own);
    host_reports_visit(c, k->seg, n0);
    if (!strncmp(code0, "04", 2) && unreal_talks(c, in->last, end))
        for (int i = n0; i < c->n_raw; i++) c->raw[i].modality = PL_HYPOTHETICAL;
    if (!m.has_src && (!k->seg->has_speaker || own)) k->sticky = src, k->has_sticky = 1;
    return good;
}

/* ---- the sentence ----------------------------------------------------- */
/* A speech verb's own event (a statement) stays only when what was said
 * yields nothing: "Peskov said X" is X. */
static void drop_bare_statements(code_ctx *c, const news_frames *f, const int *seg_good) {
    int w = 0;
    for (int i = 0; i < c->n_raw; i++) {
        const code_raw *r = &c->raw[i];
        int drop = 0;
        /* a statement, or a stance no more specific than its root ("insist"
         * [100]), says less than the content it introduces */
        size_t n = r->code ? strlen(r->code) : 0;
        int vague = n >= 2 && (!strncmp(r->code, "01", 2) || (n == 3 && r->code[2] == '0'));
        for (int g = 0; g < f->n; g++)
            if (seg_good[g] && f->seg[g].frame_verb == r->verb_first && vague) drop = 1;
        if (!drop) c->raw[w++] = *r;
    }
    c->n_raw = w;
}

/* Where a clause's next part begins: at a live "if"/"unless" that no verb
 * phrase owns ("only if" may be a pattern's), so that the condition is a
 * clause of its own; else past b. */
static int condition_at(const code_ctx *c, int a, int b) {
    static const char *const IF[] = {"IF", "UNLESS", NULL};
    static const char *const REL[] = {"WHO", "WHICH", NULL};
    for (int i = a + 1; i <= b; i++) {
        if (news_live(c, i) && c->tok[i].type == TT_NONE && news_tok_in(c, i, IF)) return i;
        /* ", who spoke with Putin," is a clause of its own */
        if (news_is_comma(c, i) && news_tok_in(c, i + 1, REL)) return i;
        if (news_is_comma(c, i) && news_tok_in(c, a + 1, REL)) return i + 1;
    }
    return b + 1;
}


static void code_part(code_ctx *c, news_clause *k, int *good) {
    int n = 0, refused = 0;
    for (int i = k->a; i <= k->b; i++) {
        int ki = head_inst(c, i);
        if (ki < 0 || ttype(c, i) != TT_VERB || c->n_raw >= NEWS_PER_SENTENCE) continue;
        /* what a refused or negated act would have done did not happen:
         * "would not agree to any deal that saw Kyiv cede territory"; what
         * its object had done before did ("claims to regions it annexed") */
        if (n >= NEWS_PER_CLAUSE &&
            ((refused && !news_tok_ends(c, i, "ED")) || own_subject_before(c, i) < 0))
            continue;
        int n0 = c->n_raw;
        if (code_verb(c, k, ki)) {
            n++;
            *good = 1;
        }
        for (int j = n0; j < c->n_raw; j++)
            if (c->raw[j].modality == PL_NEGATED || !strncmp(c->raw[j].code, "12", 2))
                refused = 1;
    }
}

/* A cooperative offer or intent (03x-08x) among events [n0, n1). */
static int offer_in(const code_ctx *c, int n0, int n1) {
    for (int i = n1 - 1; i >= n0; i--) {
        const code_raw *r = &c->raw[i];
        if (r->modality == PL_NEGATED || !r->code || strlen(r->code) < 2) continue;
        if (strncmp(r->code, "03", 2) >= 0 && strncmp(r->code, "08", 2) <= 0) return i;
    }
    return -1;
}

/* "open to negotiations if Kyiv accepts Moscow's control", "he'd hold talks
 * with Putin if the Russian leader expresses a desire to end the war": an
 * offer on a condition the other side must meet is also a demand on that
 * side (10x, what the condition says when it codes, else 100). The
 * condition part is tokens [a, b] from "if"; its events start at n1. */
static void condition_demand(code_ctx *c, int a, int b, int n0, int n1) {
    if (!news_tok_in(c, a, (const char *const[]){"IF", "UNLESS", NULL}) ||
        c->n_raw >= NEWS_PER_SENTENCE)
        return;
    int o = offer_in(c, n0, n1);
    if (o < 0) return;
    code_raw offer = c->raw[o];
    code_actor y;
    int yi = -1;
    for (int i = a + 1; i <= b && yi < 0; i++)
        if (news_actor_at(c, i, &y) && !news_locative(c, i, 1) && !prep_object(c, i)) yi = i;
    /* "talks with the West could only happen if they recognise...": the
     * pronoun is the offer's other party */
    static const char *const PRON[] = {"THEY", "IT", "HE", "SHE", NULL};
    int pron = yi < 0 && news_tok_in(c, a + 1, PRON) && offer.tgt;
    if (!pron && (yi < 0 || c->tok[yi].inst < 0)) return;
    const char *ycode = pron ? offer.tgt : news_actor_code(c, &y);
    if (!offer.src || strlen(offer.src) < 3 || strlen(ycode) < 3 || !strncmp(offer.src, ycode, 3))
        return;
    const char *what = "100";
    for (int i = n1; i < c->n_raw; i++)
        if (c->raw[i].src && (pron || !strncmp(c->raw[i].src, ycode, 3))) {
            what = news_demand_code(c->raw[i].code);
            break;
        }
    code_raw *r = &c->raw[c->n_raw++];
    *r = offer;
    r->code = what;
    r->special = CODE_PLAIN;
    r->flags = 0;
    r->modality = PL_ASSERTED;
    if (!pron) {
        code_member_codes(c, y.inst, &r->tgt, &r->tgt_agent);
        r->tgt_first = c->inst[y.inst].first, r->tgt_last = c->inst[y.inst].last;
    }
    r->verb_first = r->verb_last = (int16_t)a;
    r->pattern = DICT_NONE;
}

static void code_segment(code_ctx *c, const news_seg *g, int *good) {
    news_clause k = {0, 0, 0, g, {0}, 0};
    for (int ci = 0; ci < c->n_cl; ci++) {
        int a = c->cl[ci].first > g->first ? c->cl[ci].first : g->first;
        int b = c->cl[ci].last < g->last ? c->cl[ci].last : g->last;
        k.ca = a;
        int n0 = c->n_raw;
        while (a <= b) {
            int e = condition_at(c, a, b);
            k.a = a, k.b = e - 1;
            int n1 = c->n_raw;
            code_part(c, &k, good);
            if (a > k.ca && n1 > n0) condition_demand(c, a, e - 1, n0, n1);
            a = e;
        }
    }
}

static void set_side(code_ctx *c, const code_actor *a, const char **code, const char **agent,
                     int16_t *first, int16_t *last) {
    *agent = NULL;
    *first = *last = -1;
    if (a->inst < 0) {
        *code = a->dflt;
        return;
    }
    code_member_codes(c, a->inst, code, agent);
    *first = c->inst[a->inst].first;
    *last = c->inst[a->inst].last;
}

/* An obligation in reported content that no verb pattern coded ("The one
 * who brought the war upon us has to take it away"): the speaker demands
 * it. Returns the token of the modal, -1 when none. */
static int obligation(const code_ctx *c, const news_seg *g) {
    static const char *const MUST[] = {"MUST", "NEEDS", "NEED", "HAS", "HAVE", NULL};
    for (int i = g->first; i < g->last; i++) {
        if (!news_live(c, i) || !news_tok_in(c, i, MUST)) continue;
        if (!tok_is(c, i, "MUST") && !tok_is(c, i + 1, "TO")) continue;
        if (tok_is(c, i + 1, "NOT") || tok_is(c, i - 1, "NOT")) continue;
        return i;
    }
    /* "without taking these realities into account, no progress is
     * possible": what nothing can happen without is demanded */
    static const char *const NOTHING[] = {"NO", "NOT", "NEVER", "CANNOT", "IMPOSSIBLE",
                                          "CAN'T", NULL};
    int without = -1, nothing = 0;
    for (int i = g->first; i <= g->last; i++) {
        if (without < 0 && tok_is(c, i, "WITHOUT")) without = i;
        if (news_tok_in(c, i, NOTHING)) nothing = 1;
    }
    return without >= 0 && nothing ? without : -1;
}

/* The segment's events all did not happen ("no kind of progress is
 * possible"): what the speaker demands may still be said. */
static int only_unreal(const code_ctx *c, const news_seg *g) {
    for (int i = 0; i < c->n_raw; i++) {
        const code_raw *r = &c->raw[i];
        if (r->verb_first < g->first || r->verb_first > g->last) continue;
        if (r->modality != PL_NEGATED && r->modality != PL_CONDITIONAL &&
            r->modality != PL_HYPOTHETICAL)
            return 0;
    }
    return 1;
}

/* Words by which a speaker runs another party down: a statement that uses
 * one ("Zelensky's proposal is a step toward a continuation of
 * hostilities", "the idea ... is beyond comprehension") is a criticism
 * (111), as coders write it. The words are the verbs dictionary's
 * &DISAPPROVAL synset, the list its labelling patterns ("called the move
 * unconscionable") use too: judgements, not topics ("war" or "attack"
 * alone say nothing of the speaker's view). */
static uint32_t disapproval_synset(code_ctx *c) {
    if (c->news_disapproval_known) return c->news_disapproval;
    c->news_disapproval_known = 1;
    c->news_disapproval = 0;
    for (uint32_t i = 1; i < c->d->n_synsets; i++)
        if (!strcmp(dict_str(c->d, c->d->synsets[i].name), "&DISAPPROVAL"))
            c->news_disapproval = i;
    return c->news_disapproval;
}

/* Token i is a one-word member of synset si (members ending in '_' match
 * whole words, others as stems). */
static int in_synset(const code_ctx *c, int i, uint32_t si) {
    const dict_synset *sy = &c->d->synsets[si];
    const code_tok *t = &c->tok[i];
    for (uint32_t m = 0; m < sy->n_members; m++) {
        const dict_seq *q = &c->d->seqs[sy->members + m];
        const dict_el *el = &c->d->els[q->els];
        if (q->n_els != 1 || el->kind != EL_WORD) continue;
        const dict_word *w = &c->d->words[el->arg];
        int exact = el->conn == CONN_UNDER;
        if (w->len <= t->len && (!exact || w->len == t->len) &&
            !memcmp(word_text(c->d, el->arg), tok_text(c, i), w->len))
            return 1;
    }
    return 0;
}

static int disapproving(code_ctx *c, const news_seg *g) {
    uint32_t si = disapproval_synset(c);
    for (int i = g->first; si && i <= g->last; i++)
        if (news_live(c, i) && in_synset(c, i, si)) return 1;
    return 0;
}

/* "X said CLAUSE" where CLAUSE yields no event: X made a statement (010),
 * to the other party the sentence names; a criticism (111) in words of
 * disapproval; a demand (100) when the clause obliges someone, to that
 * party or the article's. */
static void bare_statement(code_ctx *c, const news_seg *g) {
    int must = g->has_speaker ? obligation(c, g) : -1;
    int critic = g->has_speaker && must < 0 && disapproving(c, g);
    int v = must >= 0 ? must : g->frame_verb;
    /* a quotation with no speech verb of its own ("He's miscalculated
     * every single thing.") is its speaker's only when it runs somebody
     * down: plain quoted talk is no event */
    if (v < 0 && critic) v = g->first;
    if (!g->has_speaker || v < 0 || c->n_raw >= NEWS_PER_SENTENCE) return;
    for (int i = 0; i < c->n_raw; i++)
        if (c->raw[i].verb_first == v) return; /* the speech verb coded itself */
    code_actor tgt;
    /* the party the statement is about: the first one named in it, never
     * the speakers themselves; a demand or a criticism is aimed at
     * somebody, the article's party when the clause names none */
    if (!find_target_in(c, g->first, g->last, g->first - 1, g->first - 1, &g->speaker, g, &tgt,
                        must >= 0 || critic))
        return;
    code_raw *r = &c->raw[c->n_raw++];
    memset(r, 0, sizeof *r);
    set_side(c, &g->speaker, &r->src, &r->src_agent, &r->src_first, &r->src_last);
    set_side(c, &tgt, &r->tgt, &r->tgt_agent, &r->tgt_first, &r->tgt_last);
    r->code = must >= 0 ? "100" : critic ? "111" : "010";
    r->special = CODE_PLAIN;
    r->verb_first = r->verb_last = (int16_t)v;
    r->pattern = DICT_NONE;
    int k = head_inst(c, v);
    r->verb = k >= 0 && c->inst[k].kind == ROOT_VERB ? c->d->roots[c->inst[k].root].entry
                                                      : DICT_NONE;
}

int news_verb_loop(code_ctx *c) {
    news_frames f;
    memset(&f, 0, sizeof f);
    c->n_raw = 0;
    /* a sentence inside a quotation (or after an opening quotation mark)
     * is its speaker's, the annotate stage's or the last one named */
    const code_hints *h = c->hints;
    int quoted = (h && h->in_quote) || c->news_quote_open || news_is_quote(c, 0);
    if (quoted) f.has_quote_speaker = news_remembered_speaker(c, &f.quote_speaker);
    news_find_frames(c, &f);
    int seg_good[NEWS_MAX_SEGS] = {0};
    for (int g = 0; g < f.n; g++) code_segment(c, &f.seg[g], &seg_good[g]);
    for (int g = 0; g < f.n; g++)
        if (!seg_good[g] || (only_unreal(c, &f.seg[g]) && obligation(c, &f.seg[g]) >= 0))
            bare_statement(c, &f.seg[g]);
    drop_bare_statements(c, &f, seg_good);
    return c->n_raw;
}

/* ---- the article ------------------------------------------------------ */
void news_begin(code_ctx *c, const char *id, const code_hints *h) {
    c->hints = h;
    c->news_spoke = 0;
    if (!id) id = "";
    if (strncmp(c->news_story, id, sizeof c->news_story - 1) != 0) {
        snprintf(c->news_story, sizeof c->news_story, "%s", id);
        c->news_speaker[0] = c->news_prev[0] = '\0';
        c->news_quote_open = 0;
        c->n_salient = 0;
    }
}

static void count_salient(code_ctx *c, const char *code) {
    if (!code || strlen(code) < 3 || code[0] == '-' || code[0] == '*' ||
        !strcmp(code, CODE_OPEN_PARTY))
        return;
    size_t n = strncmp(code, "IGO", 3) ? 3 : strcspn(code, "/");
    if (n > 15) n = 15;
    for (int i = 0; i < c->n_salient; i++)
        if (strlen(c->news_salient[i]) == n && !strncmp(c->news_salient[i], code, n)) {
            c->news_salient_n[i]++;
            c->news_salient_t[i] = ++c->news_tick;
            return;
        }
    if (c->n_salient >= 8) return;
    snprintf(c->news_salient[c->n_salient], sizeof c->news_salient[0], "%.*s", (int)n, code);
    c->news_salient_t[c->n_salient] = ++c->news_tick;
    c->news_salient_n[c->n_salient++] = 1;
}

/* Same side: the country, or the whole organisation code (IGOUNO...). */
static int same3(const char *a, const char *b) {
    size_t n = 3;
    if (!strncmp(a, "IGO", 3) || !strncmp(a, "NGO", 3)) n = 9;
    return strlen(a) >= 3 && strlen(b) >= 3 && !strncmp(a, b, n);
}

/* A human coder codes an event once: events that repeat another's source
 * side, root and target side go, and so do events within one side. */
static void dedupe(code_result *out) {
    size_t w = 0;
    for (size_t i = 0; i < out->n_events; i++) {
        const code_event *e = &out->events[i];
        int drop = same3(e->source, e->target);
        for (size_t j = 0; j < w && !drop; j++) {
            const code_event *f = &out->events[j];
            drop = same3(e->source, f->source) && same3(e->target, f->target) &&
                   !strncmp(e->code, f->code, 2);
        }
        if (!drop && w < NEWS_PER_SENTENCE) out->events[w++] = *e;
    }
    /* compounds multiply events; a sentence still says a few things */
    out->n_events = w;
}

/* A bare country in a diplomatic act (roots 01-13, 16-17) is its
 * government acting: "Russia rejected the proposal" is RUSGOV's rejection,
 * as coders write it. Protests (14), force (15, 18-20) keep the country. */
static void states_act(code_event *e) {
    if (strncmp(e->code, "14", 2) >= 0 && strncmp(e->code, "16", 2) && strncmp(e->code, "17", 2))
        return;
    char *sides[2] = {e->source, e->target};
    for (int i = 0; i < 2; i++) {
        char *x = sides[i];
        if (strlen(x) == 3 && x[0] >= 'A' && x[0] <= 'Z' && strcmp(x, "---") && strncmp(x, "IGO", 3))
            memcpy(x + 3, "GOV", 4);
    }
}

/* Remembers the sentence's actors and whether a quotation stays open. */
void news_finish(code_ctx *c, code_result *out) {
    dedupe(out);
    for (size_t i = 0; i < out->n_events; i++) states_act(&out->events[i]);
    int quote = -1; /* the last quotation mark: 1 opens, 0 closes */
    for (int i = 0; i < c->n_tok; i++) {
        if (news_is_quote(c, i)) {
            uint32_t off = c->tok[i].off;
            char before = off > 0 ? c->text[off - 1] : ' ';
            quote = before == ' ' || before == '\n' || before == '(' || before == '[';
        }
        if (ttype(c, i) != TT_ACTOR || !(c->tok[i].flags & TF_HEAD) || news_pronoun(c, i))
            continue;
        const char *code = NULL, *agent = NULL;
        code_member_codes(c, c->tok[i].inst, &code, &agent);
        count_salient(c, code);
    }
    /* "he said" in the next sentence: this sentence's first source */
    if (!c->news_spoke && c->n_raw > 0 && c->raw[0].src && c->raw[0].src[0] != '-')
        snprintf(c->news_speaker, sizeof c->news_speaker, "%s", c->raw[0].src);
    if (c->n_raw > 0 && c->raw[0].src && c->raw[0].src[0] != '-')
        snprintf(c->news_prev, sizeof c->news_prev, "%s", c->raw[0].src);
    if (quote >= 0) c->news_quote_open = quote;
}
