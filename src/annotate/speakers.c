/* speakers.c: reported-speech cues and who speaks in them.
 *
 * A cue is a speech verb outside quotations ("said", "told", "added",
 * "noted", "insisting", "what X calls"...), "according to X", or a colon
 * that opens a quotation. Its speaker is the noun phrase before the verb
 * (skipping adverbs, "on Tuesday", an appositive comma), after it when the
 * verb follows a quotation ('," said Peskov'), the clause's subject for a
 * participle (", saying ..."), and for "he"/"she" the most recent person
 * who spoke or was a sentence's subject ("it"/"they": the body). A title
 * without a name ("the Kremlin spokesperson") is the person the article
 * introduced with it; a common noun ("the minister said", "a senior
 * official said") is someone the article does not name: no speaker, and
 * no "he" after it either. Nouns that look like verbs ("the Russian state",
 * "Russia's claims") and passives ("were said to") are no cues. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/annot_int.h"
#include "util/util.h"

static const char *const speech_verbs[] = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
    "adding", "state", "states", "stated", "stating", "note", "notes", "noted", "noting",
    "write", "writes", "wrote", "writing", "explain", "explains", "explained", "explaining",
    "continue", "continues", "continued", "claim", "claims", "claimed", "claiming", "insist",
    "insists", "insisted", "insisting", "stress", "stresses", "stressed", "stressing", "warn",
    "warns", "warned", "warning", "argue", "argues", "argued", "arguing", "declare", "declares",
    "declared", "declaring", "announce", "announces", "announced", "announcing", "assert",
    "asserts", "asserted", "asserting", "reiterate", "reiterates", "reiterated", "reiterating",
    "repeat", "repeats", "repeated", "repeating", "acknowledge", "acknowledges", "acknowledged",
    "admit", "admits", "admitted", "suggest", "suggests", "suggested", "suggesting", "comment",
    "commented", "remark", "remarked", "respond", "responded", "reply", "replies", "replied",
    "ask", "asks", "asked", "asking", "describe", "describes", "described", "describing",
    "call", "calls", "called", "calling", "believe", "believes", "believed", "think", "thinks",
    "mention", "mentioned", "emphasise", "emphasised", "emphasize", "emphasized", "emphasising",
    "emphasizing", "underline", "underlined", "conclude", "concluded", "predict", "predicted",
    "promise", "promised", "vow", "vowed", "vows", "pledge", "pledged", "tweet", "tweeted",
    "posted", "quoted", "cited", "recall", "recalled", "recalls", "urge", "urged", "urges",
    "dubbed", "termed", "labelled", "labeled", "branded", "complain", "complained", "confirm",
    "confirmed", "confirms", "deny", "denied", "denies", "concede", "conceded", "agreed",
    "threatened", "boasted", "joked", "wondered", "cautioned", "observed", "spoke", "speaks",
    "countered", "retorted", "quipped", "underscored", "highlighted", "lamented", "charged",
    "alleged", "pleaded", "answered", "texted", "proposed", "estimated", "hinted", "signalled",
    "signaled", "acknowledging", "conceding", "reported", "reports", "reporting", NULL};

/* Speech verbs that are nouns as often ("the Russian state", "a note"):
 * they need a subject that is not the tail of a noun phrase. */
static const char *const noun_like[] = {
    "state", "states", "note", "notes", "call", "calls", "claim", "claims", "comment", "remark",
    "reply", "replies", "post", "tweet", "vow", "vows", "pledge", "promise", "recall", "recalls",
    "repeat", "repeats", "stress", "stresses", "report", "reports", "warning", "urges",
    "suggest", NULL};

/* Words after a noun-like verb that make it a verb: its object. */
static const char *const verb_objects[] = {"the", "a", "an", "it", "them", "this", "these",
                                           "him", "her", "its", "his", "their", "for", NULL};

static const char *const determiners[] = {
    "the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "any",
    "every", "our", "whose", NULL};

static const char *const skip_words[] = {
    "also", "again", "earlier", "later", "then", "once", "further", "has", "have", "had", "was",
    "is", "were", "are", "would", "will", "could", "can", "did", "does", "do", "not", "never",
    "keep", "keeps", "kept", "today", "yesterday", "tonight", "previously", "recently",
    "repeatedly", "reportedly", "already", "still", "often", "last", "week", "month", "year",
    "night", "morning", "afternoon", "evening", "this", "on", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    NULL};

/* Capitalised words that open sentences or clauses, not names. */
static const char *const not_names[] = {
    "the", "a", "an", "but", "and", "or", "earlier", "meanwhile", "however", "in", "on", "at",
    "from", "after", "before", "later", "then", "also", "still", "yet", "so", "as", "when",
    "while", "this", "that", "these", "those", "it", "he", "she", "we", "they", "i", "you",
    "according", "asked", "speaking", "if", "for", "with", "without", "by", "to", "of",
    "christmas", "easter", "ramadan", NULL};

/* Words after a sentence's first word that make it an adverbial
 * participle ("Asked about", "Asked whether"), not an inverted verb. */
static const char *const clause_openers[] = {
    "about", "whether", "if", "what", "how", "why", "when", "who", "on", "to", "by", "for",
    "in", "at", NULL};

/* Whether token t, lower-cased, is one of list's words (all short). */
static int in_list(const annot_ctx *a, uint32_t t, const char *const *list) {
    char w[16];
    if (!annot_tok_lower(a, t, w, sizeof w)) return 0;
    for (int i = 0; list[i]; i++)
        if (list[i][0] == w[0] && !strcmp(list[i], w)) return 1;
    return 0;
}

/* A closing quotation mark, double or single. */
static int closes_quote(const annot_ctx *a, uint32_t t) {
    return (a->seg->toks[t].flags & SEG_T_QCLOSE) || a->tok_sq[t] == SQ_CLOSE;
}

static int is_speech(const annot_ctx *a, uint32_t t) {
    if (a->seg->toks[t].kind != SEG_WORD || !in_list(a, t, speech_verbs)) return 0;
    /* "he continued." speaks; "they continue to fight" does not */
    if (annot_tok_is(a, t, "continue") || annot_tok_is(a, t, "continues") ||
        annot_tok_is(a, t, "continued"))
        return t + 1 >= a->seg->ntoks || a->seg->toks[t + 1].kind == SEG_PUNCT;
    return 1;
}

static int skippable(const annot_ctx *a, uint32_t t) {
    const seg_token *k = &a->seg->toks[t];
    if (k->kind == SEG_NUM) return 1;
    if (k->kind != SEG_WORD) return 0;
    if (in_list(a, t, skip_words)) return 1;
    /* adverbs: "falsely", "publicly" (lower case: "Italy" is a name) */
    const char *w = a->text + k->start;
    return !(k->flags & SEG_T_CAP) && k->len > 3 && w[k->len - 2] == 'l' && w[k->len - 1] == 'y';
}

static int is_name_word(const annot_ctx *a, uint32_t t) {
    return annot_tok_cap(a, t) && !annot_tok_quoted(a, t) && !in_list(a, t, not_names) &&
           !in_list(a, t, skip_words) && !annot_is_title(a, t);
}

static int ment_kind(const annot_ctx *a, uint32_t t) {
    int32_t m = annot_ment_at(a, t);
    return m < 0 || annot_tok_quoted(a, t) ? 0 : a->ments[m].kind;
}

/* A code with an agent's sector: "UKR" + "~GOV" = "UKRGOV". */
static void compose(char *out, size_t cap, const char *actor, const char *agent) {
    char buf[128];
    size_t an = strlen(actor), n;
    if (agent[0] == '~') {
        const char *x = agent + 1, *hit = strstr(actor, x);
        size_t xn = strlen(x);
        if (hit && (hit - actor) % 3 == 0) xn = 0;
        if (an + xn >= sizeof buf) return;
        memcpy(buf, actor, an);
        memcpy(buf + an, x, xn);
        n = an + xn;
    } else {
        size_t gn = strcspn(agent, "~");
        if (an + gn >= sizeof buf) return;
        memcpy(buf, agent, gn);
        memcpy(buf + gn, actor, an);
        n = an + gn;
    }
    annot_copy(out, cap, buf, n);
}

/* ---- the speaker of a noun phrase ending (or starting) at token h ------- */
typedef struct {
    int32_t entity;
    char code[48];
    char name[96];
    uint32_t first, last;
    uint8_t unnamed;      /* a common noun spoke: "the minister said" */
} speaker;

static void from_entity(const annot_ctx *a, int32_t e, speaker *sp) {
    sp->entity = e;
    if (e < 0) return;
    const annot_entity *en = &a->doc.entities[e];
    snprintf(sp->code, sizeof sp->code, "%s", en->code);
    snprintf(sp->name, sizeof sp->name, "%s", en->name);
}

static void np_text(const annot_ctx *a, uint32_t f, uint32_t l, char *out, size_t cap) {
    const seg_token *k = a->seg->toks;
    while (l > f && (k[l].flags & SEG_T_CLITIC)) l--;
    annot_copy(out, cap, a->text + k[f].start, k[l].start + k[l].len - k[f].start);
    if (!strncmp(out, "The ", 4)) out[0] = 't';
}

/* Words before a title that leave it a title: "a senior official". */
static const char *const role_adjs[] = {"senior", "top", "high-ranking", "leading", "chief",
                                        "veteran", "deputy", NULL};

/* Whether a person or a role the article introduced with title `key`
 * answers "the <key>": "the leader" is the head of state or government. */
static int role_fits(const char *has, const char *key) {
    if (!strcmp(has, key)) return 1;
    return !strcmp(key, "LEADER") && (!strcmp(has, "PRESIDENT") || !strcmp(has, "CHANCELLOR") ||
                                      !strcmp(has, "PREMIER"));
}

/* "the ministry said" after "Ukraine's foreign ministry said": the side
 * that spoke with that title in the sentences just before. */
static int recent_role(const annot_ctx *a, const annot_mention *m, const char *key, speaker *sp) {
    for (size_t i = a->n_cues; i-- > 0 && a->cues[i].sent + 8 > m->sent;) {
        const annot_cue *c = &a->cues[i];
        if (c->entity < 0 || c->outlet || c->np_first > c->np_last) continue;
        if (a->doc.entities[c->entity].person) continue;
        /* the phrase's last word is the title ("Ukraine's foreign ministry"
         * is one mention: its words, not an agent, tell) */
        char w[24], k[16];
        size_t kn = strlen(key);
        if (!annot_tok_lower(a, c->np_last, w, sizeof w) || kn >= sizeof k) continue;
        for (size_t j = 0; j <= kn; j++) k[j] = (char)(key[j] >= 'A' && key[j] <= 'Z' ? key[j] + 32 : key[j]);
        if (strncmp(w, k, kn) || strlen(w) > kn + 6) continue;
        sp->entity = c->entity;
        snprintf(sp->code, sizeof sp->code, "%s", c->code);
        snprintf(sp->name, sizeof sp->name, "%s", c->name);
        return 1;
    }
    return 0;
}

/* "the Kremlin spokesperson": the person introduced with that title, or
 * the unnamed official or ministry the article spoke of with it ("a senior
 * Ukrainian official ... the official said"). "a spokesman", "a senior
 * official" is someone new: a role of its own when its side is given. */
static void role_speaker(annot_ctx *a, int32_t g, speaker *sp) {
    const annot_mention *m = &a->ments[g];
    char key[16], org[48] = "";
    annot_role_key(a, m->root, key, sizeof key);
    uint32_t first = m->tok_first;
    for (uint32_t u = m->tok_first; u-- > 0 && u + 4 > m->tok_first;) {
        if (a->tok_sent[u] != m->sent) break;
        if (a->seg->toks[u].kind == SEG_PUNCT && !(a->seg->toks[u].flags & SEG_T_CLITIC)) break;
        if (ment_kind(a, u) == CODE_MENTION_ACTOR) {
            compose(org, sizeof org, a->ments[annot_ment_at(a, u)].code, m->code);
            first = a->ments[annot_ment_at(a, u)].tok_first;
            break;
        }
    }
    uint32_t s0 = a->seg->sents[m->sent].tok;
    while (first > s0 && in_list(a, first - 1, role_adjs)) first--;
    int indefinite = first > s0 && (annot_tok_is(a, first - 1, "a") ||
                                    annot_tok_is(a, first - 1, "an") ||
                                    annot_tok_is(a, first - 1, "one") ||
                                    annot_tok_is(a, first - 1, "another"));
    if (first > s0 && annot_tok_is(a, first - 1, "the")) first--;
    int32_t best = -1;
    for (size_t i = 0; i < a->doc.n_entities && !indefinite; i++) {
        const annot_entity *e = &a->doc.entities[i];
        int role_only = !e->person && e->actor == DICT_NONE;
        if ((!e->person && !role_only) || !role_fits(e->role, key)) continue;
        if (org[0] && e->org[0] && strncmp(org, e->org, 3)) continue;
        /* "the president said": the president who spoke last, else the one
         * named last */
        const annot_entity *b = best < 0 ? NULL : &a->doc.entities[best];
        if (!b || e->spoke > b->spoke || (e->spoke == b->spoke && e->last_tok > b->last_tok))
            best = (int32_t)i;
    }
    sp->first = first;
    sp->last = m->tok_last;
    if (best >= 0) {
        from_entity(a, best, sp);
        return;
    }
    if (!org[0] && !indefinite && recent_role(a, m, key, sp)) return;
    if (!org[0]) return; /* "officials said": nobody in particular */
    sp->entity = annot_role_entity(a, first, m->tok_last, org);
    annot_entity *e = &a->doc.entities[sp->entity];
    snprintf(e->role, sizeof e->role, "%s", key);
    snprintf(e->org, sizeof e->org, "%s", org);
    from_entity(a, sp->entity, sp);
}

/* Lower-case words inside names: "Ursula von der Leyen". */
static int name_particle(const annot_ctx *a, uint32_t t) {
    return annot_tok_is(a, t, "von") || annot_tok_is(a, t, "der") || annot_tok_is(a, t, "van") ||
           annot_tok_is(a, t, "de") || annot_tok_is(a, t, "al") || annot_tok_is(a, t, "bin");
}

/* "Smith said" after "John Smith arrived": the article named the person in
 * full before (looked for in the last few thousand tokens); that name is
 * registered first, so that the entity keeps it. */
static void full_name_before(annot_ctx *a, uint32_t h) {
    const seg_token *k = a->seg->toks;
    uint32_t from = h > 3000 ? h - 3000 : 0;
    for (uint32_t t = from + 1; t < h; t++) {
        if (k[t].len != k[h].len || memcmp(a->text + k[t].start, a->text + k[h].start, k[h].len))
            continue;
        if (!is_name_word(a, t - 1) || ment_kind(a, t - 1) || a->tok_sent[t - 1] != a->tok_sent[t])
            continue;
        uint32_t f = t - 1;
        while (f > a->seg->sents[a->tok_sent[t]].tok && is_name_word(a, f - 1) &&
               !ment_kind(a, f - 1))
            f--;
        annot_name_entity(a, f, t);
        return;
    }
}

/* A capitalised name the dictionaries lack, ending at h. */
static void name_speaker(annot_ctx *a, uint32_t h, uint32_t sent_first, speaker *sp) {
    uint32_t f = h;
    while (f > sent_first && !ment_kind(a, f - 1) &&
           (is_name_word(a, f - 1) || (name_particle(a, f - 1) && f - 1 > sent_first &&
                                       is_name_word(a, f - 2))))
        f--;
    if (f == h) full_name_before(a, h);
    sp->entity = annot_name_entity(a, f, h);
    annot_note_gender(a, &a->doc.entities[sp->entity], f);
    /* "the West", "the Institute": a body, not a person */
    if (f > 0 && annot_tok_is(a, f - 1, "the")) a->doc.entities[sp->entity].person = 0;
    from_entity(a, sp->entity, sp);
    sp->first = f;
    sp->last = h;
    /* a title before the name gives the code: "Ukraine's presidential aide X" */
    if (f == 0 || ment_kind(a, f - 1) != CODE_MENTION_AGENT) return;
    const annot_mention *g = &a->ments[annot_ment_at(a, f - 1)];
    for (uint32_t u = g->tok_first; u-- > 0 && u + 4 > g->tok_first;) {
        if (a->seg->toks[u].kind == SEG_PUNCT && !(a->seg->toks[u].flags & SEG_T_CLITIC)) break;
        if (ment_kind(a, u) != CODE_MENTION_ACTOR) continue;
        annot_entity *e = &a->doc.entities[sp->entity];
        compose(e->code, sizeof e->code, a->ments[annot_ment_at(a, u)].code, g->code);
        annot_role_key(a, g->root, e->role, sizeof e->role);
        snprintf(e->org, sizeof e->org, "%s", a->ments[annot_ment_at(a, u)].code);
        snprintf(sp->code, sizeof sp->code, "%s", e->code);
        break;
    }
}

/* "it said", "they said": the body that spoke or was the subject last, in
 * this sentence or the two before. */
static int32_t resolve_body(const annot_ctx *a, uint32_t t) {
    uint32_t s = a->tok_sent[t];
    for (uint32_t k = s + 1; k-- > 0 && k + 3 > s;) {
        int32_t best = -1;
        for (size_t i = annot_first_cue(a, k); i < a->n_cues && a->cues[i].sent == k; i++) {
            const annot_cue *c = &a->cues[i];
            if (c->tok < t && c->entity >= 0 && !c->outlet && !a->doc.entities[c->entity].person)
                best = c->entity;
        }
        if (best >= 0) return best;
        for (size_t i = annot_first_ment(a, k); i < a->n_ments && a->ments[i].sent == k; i++) {
            const annot_mention *m = &a->ments[i];
            if (m->tok_first >= t || m->kind != CODE_MENTION_ACTOR || m->in_quote) continue;
            return a->doc.entities[m->entity].person ? -1 : m->entity;
        }
    }
    return -1;
}

/* Anonymous sources of a known side: "a Kremlin source", "Ukrainian
 * security sources" speak for it. */
static const char *const source_nouns[] = {"source", "sources", "insider", "insiders", NULL};

static int source_speaker(annot_ctx *a, uint32_t h, uint32_t sent_first, speaker *sp) {
    if (h <= sent_first || !in_list(a, h, source_nouns)) return 0;
    uint32_t u = h - 1;
    /* "a Kremlin security source", "a senior Kremlin source" */
    if (!ment_kind(a, u) && u > sent_first && !annot_tok_cap(a, u)) u--;
    if (ment_kind(a, u) != CODE_MENTION_ACTOR) return 0;
    const annot_mention *m = &a->ments[annot_ment_at(a, u)];
    if (a->doc.entities[m->entity].person) return 0; /* "Peskov's sources" */
    uint32_t first = m->tok_first;
    while (first > sent_first && in_list(a, first - 1, role_adjs)) first--;
    sp->entity = annot_role_entity(a, first, h, m->code);
    from_entity(a, sp->entity, sp);
    sp->first = first;
    sp->last = h;
    return 1;
}

/* The speaker whose phrase has its head word at token h. */
static int head_speaker(annot_ctx *a, uint32_t h, uint32_t sent_first, speaker *sp) {
    sp->entity = -1;
    sp->first = sp->last = h;
    sp->code[0] = sp->name[0] = '\0';
    sp->unnamed = 0;
    if (annot_tok_quoted(a, h)) return 0;
    if (annot_tok_is(a, h, "he") || annot_tok_is(a, h, "she")) {
        from_entity(a, annot_resolve_person(a, h), sp);
        if (sp->entity >= 0 && !a->doc.entities[sp->entity].gender)
            a->doc.entities[sp->entity].gender = annot_tok_is(a, h, "she") ? 'f' : 'm';
        return sp->entity >= 0;
    }
    if (annot_tok_is(a, h, "it") || annot_tok_is(a, h, "they")) {
        from_entity(a, resolve_body(a, h), sp);
        return sp->entity >= 0;
    }
    int kind = ment_kind(a, h);
    if (kind == CODE_MENTION_ACTOR) {
        const annot_mention *m = &a->ments[annot_ment_at(a, h)];
        from_entity(a, m->entity, sp);
        snprintf(sp->code, sizeof sp->code, "%s", m->code);
        sp->first = m->tok_first;
        sp->last = m->tok_last;
        if (!a->doc.entities[m->entity].person) {
            if (sp->first > sent_first && annot_tok_is(a, sp->first - 1, "the")) sp->first--;
            /* "a senior U.S. official": the body with its agent */
            if (ment_kind(a, sp->last + 1) == CODE_MENTION_AGENT &&
                a->tok_sent[sp->last + 1] == a->tok_sent[h])
                sp->last = a->ments[annot_ment_at(a, sp->last + 1)].tok_last;
            np_text(a, sp->first, sp->last, sp->name, sizeof sp->name);
        }
        return 1;
    }
    if (kind == CODE_MENTION_AGENT) {
        role_speaker(a, annot_ment_at(a, h), sp);
        return sp->entity >= 0;
    }
    if (is_name_word(a, h) && !is_speech(a, h)) {
        name_speaker(a, h, sent_first, sp);
        return 1;
    }
    return source_speaker(a, h, sent_first, sp);
}

/* ---- cues -------------------------------------------------------------- */
/* Sentence s's first person before token v, else (unless persons_only) its
 * first actor, outside quotations: the subject, as a rule. */
static int first_actor(annot_ctx *a, uint32_t s, uint32_t v, int persons_only, speaker *sp) {
    const seg_sentence *ss = &a->seg->sents[s];
    for (int pass = 0; pass < 2 - persons_only; pass++)
        for (uint32_t t = ss->tok; t < v; t++) {
            if (ment_kind(a, t) != CODE_MENTION_ACTOR) continue;
            const annot_mention *m = &a->ments[annot_ment_at(a, t)];
            if (pass == 0 && !a->doc.entities[m->entity].person) continue;
            return head_speaker(a, m->tok_last, ss->tok, sp) && sp->entity >= 0;
        }
    return 0;
}

/* The subject of a participle or a second verb: the sentence's earlier
 * speaker, else its subject (before v). */
static int clause_subject(annot_ctx *a, uint32_t s, uint32_t v, speaker *sp) {
    for (size_t i = a->n_cues; i-- > 0 && a->cues[i].sent == s;)
        if (a->cues[i].entity >= 0 && !a->cues[i].outlet) {
            const annot_cue *c = &a->cues[i];
            sp->entity = c->entity;
            snprintf(sp->code, sizeof sp->code, "%s", c->code);
            snprintf(sp->name, sizeof sp->name, "%s", c->name);
            sp->first = c->np_first;
            sp->last = c->np_last;
            return 1;
        }
    return first_actor(a, s, v, 0, sp);
}

static int right_speaker(annot_ctx *a, uint32_t v, uint32_t end, uint32_t sent_first,
                         speaker *sp) {
    uint32_t t = v + 1, h = UINT32_MAX;
    if (t < end && annot_tok_is(a, t, "the")) t++;
    for (; t < end && t <= v + 8; t++) {
        if (annot_tok_quoted(a, t)) break;
        if (ment_kind(a, t) || is_name_word(a, t) || annot_tok_is(a, t, "he") ||
            annot_tok_is(a, t, "she"))
            h = t;
        else if ((name_particle(a, t) && h != UINT32_MAX) || annot_is_title(a, t))
            continue; /* "said Ursula von der Leyen", "said Mr Umerov" */
        else if (!(a->seg->toks[t].flags & SEG_T_CLITIC))
            break;
    }
    return h != UINT32_MAX && head_speaker(a, h, sent_first, sp);
}

/* Whether the comma at p closes an appositive name: ", Dmitry Peskov, said". */
static int appositive_comma(const annot_ctx *a, uint32_t p, uint32_t sent_first) {
    if (p <= sent_first + 1) return 0;
    uint32_t h = p - 1, f = h;
    if (ment_kind(a, h) == CODE_MENTION_ACTOR) f = a->ments[annot_ment_at(a, h)].tok_first;
    else if (!is_name_word(a, h)) return 0;
    while (f > sent_first && is_name_word(a, f - 1) && !ment_kind(a, f - 1)) f--;
    return f > sent_first && annot_tok_is(a, f - 1, ",");
}

/* "an official, who spoke on condition of anonymity, said": from the
 * comma at p, the comma opening a relative clause; else p + 1 (no skip). */
static uint32_t relative_clause(const annot_ctx *a, uint32_t p, uint32_t sent_first) {
    for (uint32_t u = p; u-- > sent_first + 1 && u + 20 > p;) {
        if (annot_tok_quoted(a, u)) break;
        if (!annot_tok_is(a, u, ",")) continue;
        return annot_tok_is(a, u + 1, "who") || annot_tok_is(a, u + 1, "which") ||
                       annot_tok_is(a, u + 1, "whose")
                   ? u
                   : p + 1;
    }
    return p + 1;
}

/* Speaker of the speech verb at v in sentence s. */
static int verb_speaker(annot_ctx *a, uint32_t s, uint32_t v, speaker *sp) {
    const seg_sentence *ss = &a->seg->sents[s];
    uint32_t t = v;
    /* passive: "were said to favour", "was told" */
    if (v > ss->tok && (annot_tok_is(a, v - 1, "was") || annot_tok_is(a, v - 1, "were") ||
                        annot_tok_is(a, v - 1, "is") || annot_tok_is(a, v - 1, "are") ||
                        annot_tok_is(a, v - 1, "been") || annot_tok_is(a, v - 1, "be")))
        return 0;
    /* "RIA quoted Peskov as saying": the one quoted speaks, not the quoter */
    if (annot_tok_is(a, v, "quoted") || annot_tok_is(a, v, "cited"))
        return right_speaker(a, v, ss->tok + ss->ntok, ss->tok, sp) &&
               annot_tok_is(a, sp->last + 1, "as");
    while (t > ss->tok && skippable(a, t - 1)) t--;
    if (t == v && t > ss->tok && annot_tok_is(a, t - 1, ",") && appositive_comma(a, t - 1, ss->tok))
        t--;
    else if (t == v && t > ss->tok && annot_tok_is(a, t - 1, ","))
        t = relative_clause(a, t - 1, ss->tok);
    if (t == ss->tok || (t > ss->tok && closes_quote(a, t - 1)) ||
        (t > ss->tok + 1 && annot_tok_is(a, t - 1, ",") && closes_quote(a, t - 2))) {
        /* after a quotation or at the start: "said Peskov"; "said a
         * spokesman for the ministry" is someone we cannot name */
        if (right_speaker(a, v, ss->tok + ss->ntok, ss->tok, sp)) return 1;
        uint32_t n = v + 1;
        /* "Asked about the plan, Lavrov ...": a participle opening the
         * sentence, whose speaker is the main clause's subject */
        if (v == ss->tok && in_list(a, n, clause_openers)) return 0;
        sp->unnamed = n < ss->tok + ss->ntok && a->seg->toks[n].kind == SEG_WORD &&
                      !(a->seg->toks[n].flags & SEG_T_CAP) && !annot_tok_quoted(a, n) &&
                      !skippable(a, n);
        return 0;
    }
    uint32_t h = t - 1;
    /* "Russia's claims", "Zelensky's calls for": nouns, not speech */
    if (a->seg->toks[h].flags & SEG_T_CLITIC) return 0;
    if (head_speaker(a, h, ss->tok, sp)) {
        /* "the Russian state": a noun phrase, not a subject and its verb;
         * an adverb before it or an object after it makes it a verb ("the
         * Kremlin still calls it", "the Kremlin calls the war") */
        if (in_list(a, v, noun_like) && t == v && !in_list(a, v + 1, verb_objects) &&
            (in_list(a, sp->first, determiners) ||
             (sp->first > ss->tok && in_list(a, sp->first - 1, determiners))))
            return 0;
        /* "Dr. Smith of Acme Inc. said": the person, not the company;
         * "Zelensky in Berlin said": the person, not the place */
        uint32_t o = sp->first;
        if (sp->entity >= 0 && !a->doc.entities[sp->entity].person && o > ss->tok + 1 &&
            (annot_tok_is(a, o - 1, "in") || annot_tok_is(a, o - 1, "at") ||
             annot_tok_is(a, o - 1, "from")) &&
            ment_kind(a, o - 2) == CODE_MENTION_ACTOR) {
            speaker alt;
            if (head_speaker(a, o - 2, ss->tok, &alt) && alt.entity >= 0 &&
                a->doc.entities[alt.entity].person)
                *sp = alt;
            o = sp->first;
        }
        if (o > ss->tok + 1 && (annot_tok_is(a, o - 1, "of") || annot_tok_is(a, o - 1, "for")) &&
            is_name_word(a, o - 2) && !ment_kind(a, o - 2) && !is_speech(a, o - 2))
            name_speaker(a, o - 2, ss->tok, sp);
        return 1;
    }
    /* "an official, who spoke on condition of anonymity": a relative
     * clause; its subject speaks at the main verb */
    if (annot_tok_is(a, h, "who") || annot_tok_is(a, h, "which")) return 0;
    const seg_token *hk = &a->seg->toks[h];
    if (hk->kind == SEG_WORD && !(hk->flags & SEG_T_CAP) && !annot_tok_quoted(a, h) &&
        !in_list(a, h, determiners) && !in_list(a, h, not_names))
        sp->unnamed = 1; /* "the minister said", "a senior official said" */
    if (annot_tok_is(a, h, "he") || annot_tok_is(a, h, "she") || annot_tok_is(a, h, "it") ||
        annot_tok_is(a, h, "they"))
        sp->unnamed = 1; /* a pronoun for someone we could not name */
    if (annot_tok_is(a, h, ",") || annot_tok_is(a, h, "and") || annot_tok_is(a, h, "but") ||
        annot_tok_is(a, h, "while") || annot_tok_is(a, h, "as"))
        return clause_subject(a, s, v, sp);
    return 0;
}

/* "According to the UN mission in Ukraine, ...": its first actor or name. */
static int according_speaker(annot_ctx *a, uint32_t s, uint32_t t, speaker *sp) {
    const seg_sentence *ss = &a->seg->sents[s];
    uint32_t end = ss->tok + ss->ntok, f = t + 2;
    if (f < end && (annot_tok_is(a, f, "the") || annot_tok_is(a, f, "a") ||
                    annot_tok_is(a, f, "an")))
        f++;
    if (f >= end) return 0;
    uint32_t l = f;
    while (l + 1 < end && a->seg->toks[l + 1].kind != SEG_PUNCT && !annot_tok_quoted(a, l + 1) &&
           l < f + 10)
        l++;
    for (uint32_t u = f; u <= l && u < end; u++) {
        if (!ment_kind(a, u) && !is_name_word(a, u)) continue;
        uint32_t h = u;
        if (ment_kind(a, u)) h = a->ments[annot_ment_at(a, u)].tok_last;
        else
            while (h + 1 <= l && is_name_word(a, h + 1) && !ment_kind(a, h + 1)) h++;
        if (!head_speaker(a, h, ss->tok, sp)) return 0;
        /* a body is named from its first name word on: "UN human rights
         * monitoring mission in Ukraine"; "a statement from the Kremlin" */
        uint32_t from = u > f && annot_tok_is(a, u - 1, "the") ? u - 1 : u;
        if (sp->entity >= 0 && !a->doc.entities[sp->entity].person)
            np_text(a, from, l, sp->name, sizeof sp->name);
        sp->first = from;
        sp->last = l;
        return 1;
    }
    return 0;
}

static void add_cue(annot_ctx *a, uint32_t s, uint32_t t, const speaker *sp, int found) {
    if (a->n_cues >= a->cap_cues) {
        a->cap_cues = a->cap_cues ? a->cap_cues * 2 : 32;
        a->cues = util_xrealloc(a->cues, a->cap_cues * sizeof *a->cues);
    }
    annot_cue *c = &a->cues[a->n_cues++];
    memset(c, 0, sizeof *c);
    c->tok = t;
    c->sent = s;
    c->entity = found ? sp->entity : -1;
    c->np_first = 1;
    c->np_last = 0;
    c->outlet = annot_tok_is(a, t, "reported") || annot_tok_is(a, t, "reports") ||
                annot_tok_is(a, t, "reporting");
    c->unnamed = !found && sp->unnamed;
    if (!found || sp->entity < 0) return;
    if (!c->outlet) a->doc.entities[sp->entity].spoke = t + 1;
    snprintf(c->code, sizeof c->code, "%s", sp->code);
    snprintf(c->name, sizeof c->name, "%s", sp->name);
    c->np_first = sp->first;
    c->np_last = sp->last;
    /* the sentence's reported speech: its first speaker ("according to X"
     * names a source of facts, not someone speaking: only its quotations
     * make X the sentence's speaker) */
    annot_sent *as = &a->doc.sents[s];
    if (as->speaker < 0 && !c->outlet && !annot_tok_is(a, t, "according")) {
        as->speaker = c->entity;
        snprintf(as->code, sizeof as->code, "%s", c->code);
        as->sp_start = a->seg->toks[sp->first].start;
        as->sp_end = a->seg->toks[sp->last].start + a->seg->toks[sp->last].len;
    }
}

void annot_find_cues(annot_ctx *a, uint32_t s) {
    const seg_sentence *ss = &a->seg->sents[s];
    uint32_t end = ss->tok + ss->ntok;
    for (uint32_t t = ss->tok; t < end; t++) {
        if (annot_tok_quoted(a, t)) continue;
        speaker sp;
        memset(&sp, 0, sizeof sp);
        sp.entity = -1;
        if (annot_tok_is(a, t, "according") && annot_tok_is(a, t + 1, "to")) {
            add_cue(a, s, t, &sp, according_speaker(a, s, t, &sp));
            t++;
        } else if (annot_tok_is(a, t, ":") && t + 1 < end &&
                   (a->seg->toks[t + 1].flags & SEG_T_QOPEN) && t > ss->tok) {
            /* "Lavrov: "..."": the name before the colon ("said:" is a verb's) */
            uint32_t h = t;
            while (h > ss->tok && skippable(a, h - 1)) h--;
            if (h > ss->tok && !is_speech(a, h - 1) && a->doc.sents[s].speaker < 0)
                add_cue(a, s, t, &sp, head_speaker(a, h - 1, ss->tok, &sp));
        } else if (is_speech(a, t) && !ment_kind(a, t)) {
            add_cue(a, s, t, &sp, verb_speaker(a, s, t, &sp));
        }
    }
}

int annot_subject(annot_ctx *a, uint32_t s, uint32_t t, int persons_only, annot_cue *out) {
    speaker sp;
    memset(out, 0, sizeof *out);
    out->entity = -1;
    if (!first_actor(a, s, t, persons_only, &sp)) return 0;
    out->entity = sp.entity;
    out->sent = s;
    out->tok = sp.first;
    snprintf(out->code, sizeof out->code, "%s", sp.code);
    snprintf(out->name, sizeof out->name, "%s", sp.name);
    out->np_first = sp.first;
    out->np_last = sp.last;
    return 1;
}

/* ---- he, she ----------------------------------------------------------- */
/* Whether entity e can be "he" (g 'm') or "she" (g 'f'). */
static int fits(const annot_ctx *a, int32_t e, char g) {
    const annot_entity *en = &a->doc.entities[e];
    return en->person && (!en->gender || en->gender == g);
}

int32_t annot_resolve_person(const annot_ctx *a, uint32_t t) {
    uint32_t s = a->tok_sent[t];
    char g = annot_tok_is(a, t, "she") ? 'f' : 'm';
    for (uint32_t k = s + 1; k-- > 0 && k + 8 > s;) {
        /* who spoke last in that sentence; "the minister said" hides the
         * people named before */
        int32_t best = -1;
        for (size_t i = annot_first_cue(a, k); i < a->n_cues && a->cues[i].sent == k; i++) {
            const annot_cue *c = &a->cues[i];
            if (c->tok >= t || c->outlet) continue;
            if (c->unnamed) best = -2;
            else if (c->entity >= 0 && fits(a, c->entity, g)) best = c->entity;
        }
        if (best >= 0) return best;
        if (best == -2) return -1;
        /* else its first person (the subject, as a rule) */
        for (size_t i = annot_first_ment(a, k); i < a->n_ments && a->ments[i].sent == k; i++) {
            const annot_mention *m = &a->ments[i];
            if (m->tok_first >= t || m->kind != CODE_MENTION_ACTOR || m->in_quote) continue;
            if (fits(a, m->entity, g)) return m->entity;
        }
    }
    return -1;
}
