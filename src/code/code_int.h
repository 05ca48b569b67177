/* code_int.h: what the coder's files share: the per-thread context with its
 * token and root-instance arrays, and the small helpers every stage uses.
 * Nothing here is visible outside src/code/. */
#ifndef PL_CODE_INT_H
#define PL_CODE_INT_H

#include <stdint.h>
#include <string.h>

#include "code/code.h"

/* TABARI keeps at most 126 tokens and 2047 characters per record. */
#define TAB_MAX_TOKENS 126
#define TAB_MAX_CHARS 2047
#define TOK_SPLIT 62
#define MAX_INST CODE_MAX_TOKENS
#define MAX_CLAUSES 128
#define MAX_COMPOUNDS 64
#define MAX_RAW_EVENTS 256

/* Word types of tokens (LANGUAGE.md 5.4). */
enum {
    TT_NONE = 0,
    TT_ACTOR, TT_AGENT, TT_VERB, TT_NOUN, TT_ADJ, TT_DET, TT_CONJ, TT_PREP,
    TT_PRON, TT_AUX, TT_BY, TT_TIME, TT_ATTRIB, TT_FORMER, TT_DISCARD,
    TT_NUMBER, TT_COMMA
};

/* "The West", "European leaders": a party the press names but that no
 * code can stand for. News mode lets it be a clause's subject or object
 * (so that no other actor is taken in its place) and writes it "---";
 * other modes read it as a null code. */
#define CODE_OPEN_PARTY "???"

#define TF_CAP 1u   /* first letter upper case in the original text */
#define TF_DEL 2u   /* inside a deleted comma clause */
#define TF_HEAD 4u  /* first matched token of its root */
#define TF_COMP 8u  /* inside a compound */

typedef struct {
    uint32_t off;     /* span in the original text */
    uint16_t olen;
    uint16_t len;     /* upper-cased token text in c->tbuf */
    uint32_t text;
    uint8_t type, flags;
    int16_t inst;     /* root instance covering the token, -1 none */
} code_tok;

/* One recognised root phrase in the sentence. */
typedef struct {
    uint32_t root;        /* dict root */
    uint8_t kind;         /* dict_root_kind */
    uint8_t dead;         /* cancelled (straddled a deleted clause) */
    uint8_t former;       /* agent attachment saw FORMER */
    uint8_t agent_done;
    uint8_t conv;         /* agent converted to an actor (CONVERT AGENTS) */
    int16_t first, last;  /* first and last matched token */
    int16_t compound;     /* compound index, -1 */
    int16_t ref;          /* pronoun: referent instance; -1 none; -2 forwarded */
    int16_t agent;        /* attached agent instance, -1 */
    const char *fwd;      /* pronoun resolved by forwarding: the code */
} code_inst;

typedef struct {
    int16_t first, last;  /* tokens from the first member through the last */
} code_compound;

typedef struct {
    int16_t first, last;
} code_clause;

/* An actor as the searches see it. */
typedef struct {
    int16_t inst;         /* actor instance (pronouns followed), -1 none */
    int16_t tok;          /* token where it was found (evidence), -1 */
    const char *dflt;     /* default actor code when inst < 0 */
    uint8_t expand;       /* first member of a parsed compound: expand it */
    uint8_t by_pattern;
    uint8_t pron;         /* found through a pronoun */
    uint8_t no_agent;     /* TABARI: a clause-initial source gets no agent */
} code_actor;

/* An event before post-processing: codes kept apart so that duplicate and
 * same-actor tests compare actor and agent separately (LANGUAGE.md 3.3). */
typedef struct {
    const char *src, *src_agent, *tgt, *tgt_agent;
    const char *code;     /* event code text */
    uint8_t special;      /* dict_special of the event code */
    uint8_t flags;        /* EVF_* */
    int16_t src_first, src_last, tgt_first, tgt_last, verb_first, verb_last;
    uint32_t pattern, verb;
    uint8_t modality;     /* pl_modality; news mode sets it */
} code_raw;

struct code_ctx {
    const dict *d;
    dict_options o;       /* shallow copy; labels not used */
    code_mode mode;

    const char *text;     /* the record being coded */
    size_t text_len;
    char *tbuf;           /* token texts */
    size_t tbuf_cap;

    code_tok tok[CODE_MAX_TOKENS];
    int n_tok;
    /* dictionary words present in the record: wmark[w] == serial; lets
     * patterns whose words are absent fail before any scan */
    uint32_t *wmark;
    uint32_t serial;
    int all_caps;
    int overflow;         /* tokens beyond the limit were dropped */
    int32_t day, shifted_day;

    code_inst inst[MAX_INST];
    int n_inst;
    code_compound comp[MAX_COMPOUNDS];
    int n_comp;
    code_clause cl[MAX_CLAUSES];
    int n_cl;

    code_raw raw[MAX_RAW_EVENTS];
    int n_raw;
    /* per output event: actor|agent|actor|agent|code, for duplicates */
    char ev_key[CODE_MAX_EVENTS][160];

    int16_t att_inst;     /* attribution actor (ATTRIB), -1 none */
    uint8_t att_found;    /* an attribution phrase was found */

    /* verb-loop state */
    code_actor source;
    int regular_source_found, forward_target_found;

    /* forwarding (FORWARD:) between records */
    char prev_story[32];
    long prev_sentence;
    int prev_valid;
    char fwd_actor[48], fwd_compound[48];
    char cur_actor[48], cur_compound[48];
    int fwd_ok;

    char problem_detail[96];

    /* MODE_PETRARCH only (petr.c); NULL in the other modes */
    struct petr_state *petr;

    /* news mode (news.c): the record's hints and what the coder remembers
     * of the article's earlier sentences */
    const code_hints *hints;
    char news_story[32];          /* article id of the remembered sentences */
    char news_speaker[48];        /* the last speaker named in the article */
    char news_prev[48];           /* the previous sentence's first source */
    int news_quote_open;          /* a quotation runs on into the next sentence */
    int news_spoke;               /* this sentence named a speaker */
    char news_salient[8][16];     /* primary codes seen in the article */
    int news_salient_n[8];
    int news_salient_t[8];        /* when last mentioned (news_tick) */
    int news_tick;
    int n_salient;
    uint32_t news_disapproval;    /* the &DISAPPROVAL synset, 0 none */
    int news_trace;               /* PARLEY_TRACE set: news.c reports each verb */
    int news_disapproval_known;
    char news_codes[8][48];       /* default actor codes of this record's events */
};

/* ---- helpers ---------------------------------------------------------- */
static inline const char *tok_text(const code_ctx *c, int i) { return c->tbuf + c->tok[i].text; }

static inline const char *word_text(const dict *d, uint32_t w) {
    return d->pool + d->words[w].text;
}

/* Active type of a token: deleted tokens and tokens of cancelled roots are untyped. */
static inline int ttype(const code_ctx *c, int i) {
    if (i < 0 || i >= c->n_tok) return TT_NONE;
    return c->tok[i].type;
}

static inline int word_present(const code_ctx *c, uint32_t w) {
    return c->wmark[w] == c->serial || c->d->words[w].len < 2;
}

static inline int tok_is(const code_ctx *c, int i, const char *w) {
    size_t n = strlen(w);
    return i >= 0 && i < c->n_tok && c->tok[i].len == n && memcmp(tok_text(c, i), w, n) == 0;
}

/* The instance whose root starts at token i, or -1. */
static inline int head_inst(const code_ctx *c, int i) {
    if (i < 0 || i >= c->n_tok || !(c->tok[i].flags & TF_HEAD)) return -1;
    return c->tok[i].inst;
}

int code_kind_type(int kind);

/* filter.c */
int code_filter(code_ctx *c, const char *text, size_t len);

/* roots.c */
void code_assign_roots(code_ctx *c);
void code_mark_nouns(code_ctx *c);
int news_travel_noun(const code_ctx *c, const code_inst *in);
void code_kill_inst(code_ctx *c, int k);
void code_kill_straddling(code_ctx *c);
const char *code_actor_code(code_ctx *c, int k, int32_t day);

/* structure.c */
void code_convert_agents(code_ctx *c);
void code_mark_compounds(code_ctx *c);
void code_delete_comma_clauses(code_ctx *c);
void code_mark_clauses(code_ctx *c);
void code_resolve_pronouns(code_ctx *c);
int code_resolve(const code_ctx *c, int k);

/* time.c */
code_problem code_check_discard(code_ctx *c);
code_problem code_check_complex(code_ctx *c);
code_problem code_time_shift(code_ctx *c);
code_problem code_attribute(code_ctx *c);
void code_forward_begin(code_ctx *c, const char *id);
void code_forward_end(code_ctx *c);

/* patterns.c */
typedef struct {
    code_actor src, tgt, att;
    int has_src, has_tgt, has_att;
    int alt_len;          /* characters matched inside alternatives */
} code_match;
int code_match_pattern(code_ctx *c, const dict_pattern *p, int h, int e, int clause_end,
                       code_match *m);

/* actors.c */
void code_attach_agent(code_ctx *c, int k);
int code_actor_same(code_ctx *c, const code_actor *a, const code_actor *b);
int code_find_source(code_ctx *c, int cl_first, int cl_last, int verb_first,
                     const code_actor *tgt, code_actor *out);
int code_find_target(code_ctx *c, int cl_first, int cl_last, int verb_first, int verb_last,
                     const code_actor *src, code_actor *out);
int code_actor_at(const code_ctx *c, int i, code_actor *out);
void code_member_codes(code_ctx *c, int k, const char **code, const char **agent);
void code_compose(char *out, size_t cap, const char *actor, size_t alen, const char *agent);
int code_members(const code_ctx *c, const code_actor *a, int16_t *out, int max);

/* events.c */
int code_verb_loop(code_ctx *c);
/* for news.c, which picks sources and targets its own way */
const dict_code *code_pick_pattern(code_ctx *c, int k, int clause_end, code_match *m,
                                   uint32_t *pattern, int *root_too);
int code_add_events(code_ctx *c, const code_actor *src, const code_actor *tgt,
                    const dict_code *dc, int h, int e, uint32_t pattern, uint32_t verb);

/* news.c, news_modality.c: MODE_NEWS */
void news_options(dict_options *o);
void news_delete_commas(code_ctx *c);
void news_begin(code_ctx *c, const char *id, const code_hints *h);
int news_verb_loop(code_ctx *c);
void news_finish(code_ctx *c, code_result *out);
code_problem code_postprocess(code_ctx *c, code_result *out);

#endif
