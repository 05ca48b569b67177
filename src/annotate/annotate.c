/* annotate.c: the stage's driver: dictionary mentions on the article's
 * tokens, the entities they name (with full names and titles), salience,
 * and the coder's hints. Speakers are in speakers.c, quotations in quotes.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/annot_int.h"
#include "util/util.h"

#define GROW(arr, n, cap)                                                    \
    do {                                                                     \
        if ((n) >= (cap)) {                                                  \
            (cap) = (cap) ? (cap) * 2 : 32;                                  \
            (arr) = util_xrealloc((arr), (cap) * sizeof *(arr));             \
        }                                                                    \
    } while (0)

/* Persons among the dictionary's actors, root by root (a group may hold a
 * capital and its leader: MINSK_, LUKASHENKO_): a phrase of first names and
 * a surname the group also lists alone ("DMITRY_PESKOV_" and "PESKOV_",
 * "URSULA_VON_DER_LEYEN_" and "VON_DER_LEYEN_") names a person, and so do
 * the group's phrases ending in that surname ("PRESIDENT_ZELENSKY_"). A
 * first name is no dictionary word of its own, nor a word that opens names
 * of places and bodies, which tells "THE_KREMLIN_", "GERMAN_GOVERNMENT_",
 * "STATE_DUMA_" or "MAINLAND_CHINA_" apart. */
static int single_word_root(const dict *d, uint32_t word, uint32_t entry) {
    for (uint32_t j = d->word_roots_at[word]; j < d->word_roots_at[word + 1]; j++) {
        const dict_root *rt = &d->roots[d->word_roots[j]];
        if (rt->n_terms != 1) continue;
        if (entry == DICT_NONE || (rt->kind == ROOT_ACTOR && rt->entry == entry)) return 1;
    }
    return 0;
}

/* The root of the same group that is root r's last j terms, or 0. */
static uint32_t tail_root(const dict *d, const dict_root *r, uint32_t j) {
    const dict_term *tail = &d->terms[r->terms + r->n_terms - j];
    for (uint32_t x = d->word_roots_at[tail->word]; x < d->word_roots_at[tail->word + 1]; x++) {
        const dict_root *q = &d->roots[d->word_roots[x]];
        if (q->kind != ROOT_ACTOR || q->entry != r->entry || q->n_terms != j) continue;
        uint32_t k = 1;
        while (k < j && d->terms[q->terms + k].word == tail[k].word) k++;
        if (k == j) return d->word_roots[x];
    }
    return 0;
}

static int word_in(const dict *d, uint32_t word, const char *const *list) {
    const dict_word *w = &d->words[word];
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == w->len && !memcmp(d->pool + w->text, list[i], w->len)) return 1;
    return 0;
}

/* A surname of several words starts with a particle: "VON_DER_LEYEN_". */
static const char *const particles[] = {"VON", "VAN", "DE", "DER", "DI", "DA", "AL", "EL",
                                        "BIN", "LA", "LE", "DOS", "DEL", NULL};
/* Words that open names of places and bodies, not first names. */
static const char *const place_words[] = {
    "STATE", "GREAT", "MAINLAND", "NORTH", "SOUTH", "EAST", "WEST", "NEW", "UNITED", "FEDERAL",
    "NATIONAL", "ROYAL", "SUPREME", "CENTRAL", "HOLY", "ISLAMIC", "ARAB", "DEMOCRATIC",
    "PEOPLE'S", "UPPER", "LOWER", "GRAND", "VERKHOVNA", "OLD", "GAZA", "WHITE", NULL};

/* Spellings of one surname share their first letters (ZELENSKY,
 * ZELENSKYY; LUKASHENKO, LUKASHENKA); two people of one group do not. */
static int same_surname(const dict *d, uint32_t x, uint32_t y) {
    if (x == y) return 1;
    if (!x || !y) return 0;
    const dict_word *a = &d->words[x], *b = &d->words[y];
    return a->len >= 5 && b->len >= 5 && !memcmp(d->pool + a->text, d->pool + b->text, 5);
}

static void mark_persons(annot_ctx *a) {
    const dict *d = a->d;
    for (uint32_t r = 1; r < d->n_roots; r++) {
        const dict_root *rt = &d->roots[r];
        if (rt->kind != ROOT_ACTOR || rt->n_terms < 2) continue;
        for (uint32_t lead = 1; lead < rt->n_terms && lead <= 2; lead++) {
            uint32_t w = d->terms[rt->terms + lead - 1].word;
            if (single_word_root(d, w, DICT_NONE) || word_in(d, w, place_words)) break;
            uint32_t tail = rt->n_terms - lead;
            if (tail > 1 && !word_in(d, d->terms[rt->terms + lead].word, particles)) continue;
            uint32_t t = tail_root(d, rt, tail);
            if (t) {
                a->person[r] = a->person[t] = 1;
                break;
            }
        }
    }
    /* "PRESIDENT_ZELENSKY_" after "VOLODYMYR_ZELENSKY_"; another spelling
     * of a surname ("LUKASHENKA_" beside "ALEXANDER_LUKASHENKO_") */
    uint32_t *surname = util_xcalloc(d->n_actors + 1, sizeof *surname);
    for (uint32_t r = 1; r < d->n_roots; r++) {
        const dict_root *rt = &d->roots[r];
        if (rt->kind == ROOT_ACTOR && a->person[r] && rt->n_terms == 1 && rt->entry < d->n_actors)
            surname[rt->entry] = d->terms[rt->terms].word;
    }
    for (uint32_t r = 1; r < d->n_roots; r++) {
        const dict_root *rt = &d->roots[r];
        if (rt->kind != ROOT_ACTOR || a->person[r] || rt->entry >= d->n_actors) continue;
        uint32_t t = rt->n_terms > 1 ? tail_root(d, rt, 1) : 0;
        if ((t && a->person[t]) ||
            (rt->n_terms == 1 && same_surname(d, surname[rt->entry], d->terms[rt->terms].word)))
            a->person[r] = 1;
    }
    free(surname);
}

annot_ctx *annot_new(const dict *d) {
    annot_ctx *a = util_xcalloc(1, sizeof *a);
    a->d = d;
    a->person = util_xcalloc(d->n_roots + 1, 1);
    mark_persons(a);
    a->mbuf_cap = 128;
    a->mbuf = util_xmalloc(a->mbuf_cap * sizeof *a->mbuf);
    return a;
}

void annot_free(annot_ctx *a) {
    if (!a) return;
    free(a->person);
    free(a->mbuf);
    free(a->ments);
    free(a->tok_ment);
    free(a->tok_sent);
    free(a->tok_sq);
    free(a->cues);
    free(a->qs);
    free(a->doc.entities);
    free(a->doc.quotes);
    free(a->doc.sents);
    free(a);
}

/* ---- tokens ------------------------------------------------------------ */
int annot_tok_lower(const annot_ctx *a, uint32_t t, char *out, size_t cap) {
    if (t >= a->seg->ntoks || a->seg->toks[t].len >= cap) return 0;
    const seg_token *k = &a->seg->toks[t];
    for (uint32_t i = 0; i < k->len; i++) {
        char ch = a->text[k->start + i];
        out[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
    }
    out[k->len] = '\0';
    return 1;
}

int annot_tok_cap(const annot_ctx *a, uint32_t t) {
    return t < a->seg->ntoks && (a->seg->toks[t].flags & SEG_T_CAP) &&
           a->seg->toks[t].kind == SEG_WORD;
}

int annot_tok_quoted(const annot_ctx *a, uint32_t t) {
    return t < a->seg->ntoks &&
           ((a->seg->toks[t].flags & (SEG_T_INQUOTE | SEG_T_QOPEN | SEG_T_QCLOSE)) ||
            a->tok_sq[t] != SQ_NONE);
}

void annot_copy(char *dst, size_t cap, const char *s, size_t n) {
    if (n >= cap) n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = '\0';
}

size_t annot_first_cue(const annot_ctx *a, uint32_t s) {
    size_t lo = 0, hi = a->n_cues;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->cues[mid].sent < s) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

size_t annot_first_ment(const annot_ctx *a, uint32_t s) {
    size_t lo = 0, hi = a->n_ments;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->ments[mid].sent < s) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

void annot_role_key(const annot_ctx *a, uint32_t root, char *out, size_t cap) {
    /* the title's head word, as "the minister" names "Foreign Minister X"
     * and "the secretary" "Secretary of State X": the last word before
     * OF/FOR, else the last; spokesman, spokeswoman and spokesperson are one
     * role, minister and ministry two */
    const dict_root *r = &a->d->roots[root];
    uint32_t h = 0;
    while (h + 1 < r->n_terms) {
        const dict_word *n = &a->d->words[a->d->terms[r->terms + h + 1].word];
        const char *nt = a->d->pool + n->text;
        if ((n->len == 2 && !memcmp(nt, "OF", 2)) || (n->len == 3 && !memcmp(nt, "FOR", 3)))
            break;
        h++;
    }
    const dict_word *w = &a->d->words[a->d->terms[r->terms + h].word];
    const char *t = a->d->pool + w->text;
    size_t n = w->len;
    static const char *const kinds[] = {"WOMAN", "WOMEN", "PERSON", "PEOPLE", "MAN", "MEN", NULL};
    for (int i = 0; kinds[i]; i++) {
        size_t k = strlen(kinds[i]);
        if (n > k + 2 && !memcmp(t + n - k, kinds[i], k)) {
            n -= k;
            break;
        }
    }
    annot_copy(out, cap, t, n);
}

/* ---- entities ---------------------------------------------------------- */
static const char *const titles[] = {
    "president", "prime", "minister", "chancellor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "dr", "dr.", "gen.", "general", "secretary", "senator", "sen.", "rep.", "king", "queen",
    "prince", "pope", "ambassador", "envoy", "spokesman", "spokeswoman", "foreign", "deputy",
    "vice", "premier", "leader", "former", "the", NULL};

int annot_is_title(const annot_ctx *a, uint32_t t) {
    char w[16];
    if (!annot_tok_lower(a, t, w, sizeof w)) return 0;
    for (int i = 0; titles[i]; i++)
        if (titles[i][0] == w[0] && !strcmp(titles[i], w)) return 1;
    return 0;
}

/* Writes the words of tokens first..last as the text has them, without a
 * possessive ending. Returns the number of words. */
static int span_name(const annot_ctx *a, uint32_t first, uint32_t last, char *out, size_t cap) {
    const seg_token *k = a->seg->toks;
    while (last > first && (k[last].flags & SEG_T_CLITIC)) last--;
    size_t s = k[first].start, e = k[last].start + k[last].len;
    annot_copy(out, cap, a->text + s, e - s);
    size_t n = strlen(out);
    if (n > 2 && (!strcmp(out + n - 2, "'s") || !strcmp(out + n - 2, "'S"))) out[n - 2] = '\0';
    int words = 1;
    for (const char *p = out; *p; p++) words += *p == ' ';
    return words;
}

static int32_t new_entity(annot_ctx *a) {
    annot_doc *d = &a->doc;
    GROW(d->entities, d->n_entities, a->cap_ents);
    annot_entity *e = &d->entities[d->n_entities];
    memset(e, 0, sizeof *e);
    e->actor = DICT_NONE;
    return (int32_t)d->n_entities++;
}

/* "Mr Peskov", "Ms Zakharova": the title just before a name (or at its
 * start, when the dictionary phrase holds it) tells the person's gender. */
void annot_note_gender(const annot_ctx *a, annot_entity *e, uint32_t first) {
    if (e->gender) return;
    for (uint32_t t = first > 0 ? first - 1 : first; t <= first; t++) {
        if (annot_tok_is(a, t, "mr") || annot_tok_is(a, t, "mr.")) e->gender = 'm';
        if (annot_tok_is(a, t, "mrs") || annot_tok_is(a, t, "mrs.") || annot_tok_is(a, t, "ms") ||
            annot_tok_is(a, t, "ms."))
            e->gender = 'f';
    }
}

/* The entity of an actor mention: one per dictionary actor, persons apart
 * by surname (a group may list a capital and its leader); a person's name
 * keeps its fullest form. */
static int32_t actor_entity(annot_ctx *a, const annot_mention *m) {
    const dict_root *rt = &a->d->roots[m->root];
    uint32_t actor = rt->entry;
    uint32_t surname = a->person[m->root] ? a->d->terms[rt->terms + rt->n_terms - 1].word : 0;
    int32_t id = -1;
    for (size_t i = 0; i < a->doc.n_entities && id < 0; i++)
        if (a->doc.entities[i].actor == actor &&
            same_surname(a->d, a->doc.entities[i].surname, surname))
            id = (int32_t)i;
    if (id < 0) {
        id = new_entity(a);
        annot_entity *e = &a->doc.entities[id];
        e->actor = actor;
        e->surname = surname;
        e->person = surname != 0;
        e->first_sent = m->sent;
        snprintf(e->code, sizeof e->code, "%s", m->code);
    }
    annot_entity *e = &a->doc.entities[id];
    uint32_t first = m->tok_first;
    if (e->person) {
        annot_note_gender(a, e, m->tok_first);
        while (first < m->tok_last && annot_is_title(a, first)) first++;
    }
    char name[96];
    int words = span_name(a, first, m->tok_last, name, sizeof name);
    if (!strncmp(name, "The ", 4)) name[0] = 't'; /* "The Kremlin said" */
    int had = 1;
    for (const char *p = e->name; *p; p++) had += *p == ' ';
    if (!e->name[0] || (e->person && words > had)) snprintf(e->name, sizeof e->name, "%s", name);
    if (!m->in_quote) {
        e->mentions++;
        e->last_tok = m->tok_last;
    }
    return id;
}

int32_t annot_name_entity(annot_ctx *a, uint32_t first, uint32_t last) {
    char name[96];
    span_name(a, first, last, name, sizeof name);
    const char *surname = strrchr(name, ' ');
    surname = surname ? surname + 1 : name;
    for (size_t i = 0; i < a->doc.n_entities; i++) {
        annot_entity *e = &a->doc.entities[i];
        if (!e->person || e->actor != DICT_NONE) continue;
        const char *es = strrchr(e->name, ' ');
        es = es ? es + 1 : e->name;
        if (strcmp(es, surname)) continue;
        if (strlen(name) > strlen(e->name)) snprintf(e->name, sizeof e->name, "%s", name);
        e->last_tok = last;
        return (int32_t)i;
    }
    int32_t id = new_entity(a);
    annot_entity *e = &a->doc.entities[id];
    snprintf(e->name, sizeof e->name, "%s", name);
    e->person = 1;
    e->first_sent = a->tok_sent[first];
    e->last_tok = last;
    return id;
}

int32_t annot_role_entity(annot_ctx *a, uint32_t first, uint32_t last, const char *code) {
    int32_t id = new_entity(a);
    annot_entity *e = &a->doc.entities[id];
    span_name(a, first, last, e->name, sizeof e->name);
    if (!strncmp(e->name, "The ", 4)) e->name[0] = 't';
    snprintf(e->code, sizeof e->code, "%s", code ? code : "");
    e->first_sent = a->tok_sent[first];
    e->last_tok = last;
    return id;
}

/* A title next to a person's name ("Kremlin spokesman Dmitry Peskov",
 * "Dmitry Peskov, the Kremlin spokesman") says which role "the Kremlin
 * spokesman" refers to later on. */
static void note_role(annot_ctx *a, const annot_mention *m) {
    annot_entity *e = &a->doc.entities[m->entity];
    if (!e->person || e->role[0]) return;
    int32_t g = -1;
    uint32_t t = m->tok_first;
    if (t > 0 && annot_tok_is(a, t - 1, ",")) t--;
    if (t > 0) g = annot_ment_at(a, t - 1);
    if (g >= 0 && a->ments[g].kind != CODE_MENTION_AGENT) g = -1;
    if (g < 0 && annot_tok_is(a, m->tok_last + 1, ","))
        for (uint32_t u = m->tok_last + 2; u <= m->tok_last + 4 && g < 0; u++) {
            int32_t x = annot_ment_at(a, u);
            if (x >= 0 && a->ments[x].kind == CODE_MENTION_AGENT) g = x;
        }
    if (g < 0) return;
    annot_role_key(a, a->ments[g].root, e->role, sizeof e->role);
    /* "spokeswoman", "chairwoman"; "spokesman" */
    const seg_token *gt = &a->seg->toks[a->ments[g].tok_last];
    const char *w = a->text + gt->start;
    if (!e->gender && gt->len > 5 && !memcmp(w + gt->len - 5, "woman", 5)) e->gender = 'f';
    else if (!e->gender && gt->len > 3 && !memcmp(w + gt->len - 3, "man", 3)) e->gender = 'm';
    /* the body: an actor just before the title */
    for (uint32_t u = a->ments[g].tok_first; u-- > 0 && u + 3 > a->ments[g].tok_first;) {
        if (a->seg->toks[u].kind == SEG_PUNCT) break;
        int32_t x = annot_ment_at(a, u);
        if (x >= 0 && a->ments[x].kind == CODE_MENTION_ACTOR && x != (int32_t)(m - a->ments)) {
            snprintf(e->org, sizeof e->org, "%s", a->ments[x].code);
            break;
        }
    }
}

/* ---- mentions ---------------------------------------------------------- */
static void sentence_mentions(annot_ctx *a, code_ctx *coder, uint32_t s) {
    const seg_sentence *ss = &a->seg->sents[s];
    size_t n = code_find_actors(coder, a->text + ss->start, ss->end - ss->start, a->day, a->mbuf,
                                a->mbuf_cap);
    size_t first_new = a->n_ments;
    for (size_t i = 0; i < n; i++) {
        const code_mention *cm = &a->mbuf[i];
        uint32_t ms = ss->start + cm->off, me = ms + cm->len;
        uint32_t f = UINT32_MAX, l = 0;
        for (uint32_t t = ss->tok; t < ss->tok + ss->ntok; t++) {
            const seg_token *k = &a->seg->toks[t];
            if (k->start + k->len <= ms || k->start >= me) continue;
            if (f == UINT32_MAX) f = t;
            l = t;
        }
        if (f == UINT32_MAX) continue;
        /* "us" is the pronoun, not the USA (upper case is the country) */
        if (cm->kind == CODE_MENTION_ACTOR && f == l && a->seg->toks[f].len <= 3 &&
            !(a->seg->toks[f].flags & (SEG_T_CAP | SEG_T_ALLCAPS)))
            continue;
        GROW(a->ments, a->n_ments, a->cap_ments);
        annot_mention *m = &a->ments[a->n_ments];
        m->tok_first = f;
        m->tok_last = l;
        m->sent = s;
        snprintf(m->code, sizeof m->code, "%s", cm->code);
        m->kind = cm->kind;
        m->root = cm->root;
        m->in_quote = (a->seg->toks[f].flags & SEG_T_INQUOTE) || a->tok_sq[f] == SQ_IN;
        m->entity = -1;
        for (uint32_t t = f; t <= l; t++) a->tok_ment[t] = (int32_t)a->n_ments;
        a->n_ments++;
    }
    for (size_t i = first_new; i < a->n_ments; i++) {
        annot_mention *m = &a->ments[i];
        if (m->kind != CODE_MENTION_ACTOR) continue;
        m->entity = actor_entity(a, m);
        if (!m->in_quote) note_role(a, m);
    }
}

/* ---- salience ---------------------------------------------------------- */
typedef struct {
    const char *code;
    double score;
    uint32_t first;
} sal_item;

static void salience(annot_ctx *a) {
    sal_item items[64];
    size_t n = 0;
    for (size_t i = 0; i < a->n_ments; i++) {
        const annot_mention *m = &a->ments[i];
        if (m->kind != CODE_MENTION_ACTOR || !m->code[0]) continue;
        /* the headline and the lead say what the story is about */
        double w = 1.0;
        if (a->seg->sents[m->sent].flags & SEG_S_HEADING) w += 2.0;
        else if (m->sent < 3) w += 1.0;
        size_t j = 0;
        while (j < n && strcmp(items[j].code, m->code)) j++;
        if (j == n) {
            if (n == 64) continue;
            items[n].code = m->code;
            items[n].score = 0;
            items[n].first = (uint32_t)i;
            n++;
        }
        items[j].score += w;
    }
    annot_doc *d = &a->doc;
    d->n_context = 0;
    while (d->n_context < CODE_MAX_CONTEXT) {
        size_t best = n;
        for (size_t j = 0; j < n; j++) {
            if (items[j].score < 0) continue;
            if (best == n || items[j].score > items[best].score ||
                (items[j].score == items[best].score && items[j].first < items[best].first))
                best = j;
        }
        if (best == n) break;
        snprintf(d->context[d->n_context++], sizeof d->context[0], "%s", items[best].code);
        items[best].score = -1;
    }
}

/* ---- the article ------------------------------------------------------- */
static void reset(annot_ctx *a, const seg_doc *seg) {
    a->n_ments = a->n_cues = 0;
    a->doc.n_entities = a->doc.n_quotes = a->doc.n_context = 0;
    if (seg->ntoks > a->cap_toks) {
        a->cap_toks = seg->ntoks + 64;
        a->tok_ment = util_xrealloc(a->tok_ment, a->cap_toks * sizeof *a->tok_ment);
        a->tok_sent = util_xrealloc(a->tok_sent, a->cap_toks * sizeof *a->tok_sent);
        a->tok_sq = util_xrealloc(a->tok_sq, a->cap_toks);
    }
    for (size_t t = 0; t < seg->ntoks; t++) a->tok_ment[t] = -1;
    if (seg->ntoks) memset(a->tok_sq, SQ_NONE, seg->ntoks);
    for (size_t s = 0; s < seg->nsents; s++)
        for (uint32_t t = seg->sents[s].tok; t < seg->sents[s].tok + seg->sents[s].ntok; t++)
            a->tok_sent[t] = (uint32_t)s;
    if (seg->nsents > a->cap_sents) {
        a->cap_sents = seg->nsents + 16;
        a->doc.sents = util_xrealloc(a->doc.sents, a->cap_sents * sizeof *a->doc.sents);
    }
    a->doc.n_sents = seg->nsents;
    for (size_t s = 0; s < seg->nsents; s++) {
        annot_sent *as = &a->doc.sents[s];
        memset(as, 0, sizeof *as);
        as->speaker = -1;
    }
}

const annot_doc *annot_article(annot_ctx *a, code_ctx *coder, const char *text, size_t len,
                               const seg_doc *seg, int32_t day) {
    a->text = text;
    a->len = len;
    a->seg = seg;
    a->day = day;
    reset(a, seg);
    /* speakers are found in reading order: "he said" looks back only */
    for (uint32_t s = 0; s < seg->nsents; s++) {
        annot_mark_single(a, s);
        sentence_mentions(a, coder, s);
        annot_find_cues(a, s);
    }
    annot_find_quotes(a);
    salience(a);
    return &a->doc;
}

void annot_hints(const annot_doc *doc, const seg_doc *seg, size_t s, code_hints *h) {
    memset(h, 0, sizeof *h);
    h->speaker_off = h->speaker_len = -1;
    for (size_t i = 0; i < doc->n_context; i++) h->context[i] = doc->context[i];
    h->n_context = doc->n_context;
    if (s >= doc->n_sents) return;
    const annot_sent *as = &doc->sents[s];
    h->in_quote = as->in_quote;
    if (!as->code[0]) return;
    h->speaker_code = as->code;
    const seg_sentence *ss = &seg->sents[s];
    if (as->sp_end > as->sp_start && as->sp_start >= ss->start && as->sp_end <= ss->end) {
        h->speaker_off = (int32_t)(as->sp_start - ss->start);
        h->speaker_len = (int32_t)(as->sp_end - as->sp_start);
    }
}
