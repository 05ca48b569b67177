/* Ingest: one coded article into the store, in one transaction.
 *
 * An article is known by its id. Its content hash covers everything the
 * coder reads (text, date, outlet, url, title): the same hash means the
 * article is skipped before coding; another hash means its old sentences,
 * events and quotes are deleted and the new ones written, in the same
 * transaction. Clusters touched by either are updated before COMMIT, so
 * the database is consistent after every article, and a process killed at
 * any point leaves the state after the last committed article. Row ids
 * are assigned by SQLite from the current maximum, so a rerun after a
 * crash gives the same ids an uninterrupted run gives. */
#include <stdlib.h>
#include <string.h>

#include "store/store_impl.h"
#include "util/util.h"
#include "write/write.h"

/* FNV-1a, 64 bits, over the fields with a separator byte that cannot occur
 * in text (0xff is never valid UTF-8), so ("ab","c") differs from ("a","bc").
 * It detects changes to one article; it is not a global identity. */
static uint64_t hash_add(uint64_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    h ^= 0xff;
    return h * 0x100000001b3ULL;
}

static uint64_t hash_str(uint64_t h, const char *s) { return hash_add(h, s ? s : "", s ? strlen(s) : 0); }

static void article_hash(const pl_article *a, char out[17]) {
    uint64_t h = 0xcbf29ce484222325ULL;
    char date[11] = "";
    if (a->has_date) util_format_date(a->date, date);
    h = hash_str(h, date);
    h = hash_str(h, a->source);
    h = hash_str(h, a->url);
    h = hash_str(h, a->title);
    h = hash_add(h, a->is_record ? "r" : "a", 1);
    h = hash_add(h, a->text ? a->text : "", a->text ? a->text_len : 0);
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static const char *article_key(const pl_article *a, const char *hash) {
    return a->id && a->id[0] ? a->id : hash;
}

/* 1 when the id is new to this handle, 0 when seen, -1 on error. */
static int first_sight(store *s, const char *key) {
    if (!s->seen_ready) {
        sqlite3_stmt *t = store_stmt(s, SQ_SEEN_TABLE);
        if (!t || sqlite3_step(t) != SQLITE_DONE) {
            store_fail(s, "cannot make a temporary table");
            return -1;
        }
        sqlite3_reset(t);
        s->seen_ready = 1;
    }
    sqlite3_stmt *st = store_stmt(s, SQ_SEEN_INSERT);
    if (!st) return -1;
    store_bind_text(st, 1, key);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        store_fail(s, "cannot write a temporary table");
        return -1;
    }
    return sqlite3_changes(s->db) > 0;
}

store_state store_article_state(store *s, const pl_article *a, char hash[17]) {
    article_hash(a, hash);
    int first = first_sight(s, article_key(a, hash));
    if (first < 0) return STORE_FAILED;
    if (!first) return STORE_REPEATED;
    sqlite3_stmt *st = store_stmt(s, SQ_ARTICLE_FIND);
    if (!st) return STORE_FAILED;
    store_bind_text(st, 1, article_key(a, hash));
    int rc = sqlite3_step(st);
    store_state out = STORE_NEW;
    if (rc == SQLITE_ROW) out = strcmp(store_col_text(st, 1), hash) ? STORE_CHANGED : STORE_UNCHANGED;
    else if (rc != SQLITE_DONE) out = STORE_FAILED;
    if (out == STORE_FAILED) store_fail(s, "cannot read the articles table");
    sqlite3_reset(st);
    return out;
}

int store_run(store *s, sqlite3_stmt *st, const char *what) {
    store_step_hook(s);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        store_fail(s, what);
        sqlite3_reset(st);
        return -1;
    }
    sqlite3_reset(st);
    return 0;
}

static int run(store *s, sqlite3_stmt *st, const char *what) { return store_run(s, st, what); }

/* Inserts or updates the article row; *id receives its row id, old_key
 * the source key the earlier version counted under in its clusters. */
static int put_article_row(store *s, const pl_doc *d, const char *hash, int64_t *id,
                           char *old_key, size_t keylen) {
    const pl_article *a = d->article;
    sqlite3_stmt *find = store_stmt(s, SQ_ARTICLE_FIND);
    if (!find) return -1;
    store_bind_text(find, 1, article_key(a, hash));
    int rc = sqlite3_step(find);
    *id = rc == SQLITE_ROW ? sqlite3_column_int64(find, 0) : 0;
    snprintf(old_key, keylen, "%s", rc == SQLITE_ROW ? store_col_text(find, 2) : "");
    sqlite3_reset(find);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        store_fail(s, "cannot read the articles table");
        return -1;
    }
    sqlite3_stmt *st = store_stmt(s, *id ? SQ_ARTICLE_UPDATE : SQ_ARTICLE_INSERT);
    if (!st) return -1;
    char date[11] = "";
    if (a->has_date) util_format_date(a->date, date);
    if (*id) sqlite3_bind_int64(st, 1, *id);
    else store_bind_text(st, 1, article_key(a, hash));
    store_bind_text(st, 2, hash);
    store_bind_text(st, 3, a->source && a->source[0] ? a->source : NULL);
    store_bind_text(st, 4, a->url && a->url[0] ? a->url : NULL);
    store_bind_text(st, 5, a->title && a->title[0] ? a->title : NULL);
    store_bind_text(st, 6, a->has_date ? date : NULL);
    sqlite3_bind_text(st, 7, d->text ? d->text : "", (int)d->text_len, SQLITE_TRANSIENT);
    if (run(s, st, "cannot write the article") != 0) return -1;
    if (!*id) *id = sqlite3_last_insert_rowid(s->db);
    return 0;
}

/* Deletes the rows of the article's earlier version, counting its events
 * per cluster and code as the clusters' "old" side. */
static int delete_old_rows(store *s, int64_t article, store_deltas *deltas) {
    sqlite3_stmt *st = store_stmt(s, SQ_OLD_CLUSTERS);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, article);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        store_deltas_add(deltas, sqlite3_column_int64(st, 0), store_col_text(st, 1),
                         (long)sqlite3_column_int64(st, 2), 0);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        store_fail(s, "cannot read the events table");
        return -1;
    }
    /* children first: the foreign keys are enforced */
    static const store_sq dels[] = {SQ_DEL_EVENT_ISSUES, SQ_DEL_QUOTE_ISSUES, SQ_DEL_STATEMENTS,
                                    SQ_DEL_PENDING, SQ_DEL_EVENTS, SQ_DEL_QUOTES,
                                    SQ_DEL_SENTENCES};
    for (size_t i = 0; i < sizeof dels / sizeof dels[0]; i++) {
        st = store_stmt(s, dels[i]);
        if (!st) return -1;
        sqlite3_bind_int64(st, 1, article);
        if (run(s, st, "cannot delete the article's old rows") != 0) return -1;
    }
    return 0;
}

/* Sentence row ids by sentence index, for events and quotes to point at. */
static int put_sentences(store *s, const pl_doc *d, int64_t article, int64_t *ids) {
    for (size_t i = 0; i < d->n_sentences; i++) {
        sqlite3_stmt *st = store_stmt(s, SQ_SENTENCE_INSERT);
        if (!st) return -1;
        pl_span sp = d->sentences[i].span;
        if (sp.end > d->text_len) sp.end = (uint32_t)d->text_len;
        if (sp.start > sp.end) sp.start = sp.end;
        sqlite3_bind_int64(st, 1, article);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(st, 3, sp.start);
        sqlite3_bind_int64(st, 4, sp.end);
        sqlite3_bind_int(st, 5, d->sentences[i].heading ? 1 : 0);
        sqlite3_bind_text(st, 6, d->text + sp.start, (int)(sp.end - sp.start), SQLITE_TRANSIENT);
        if (run(s, st, "cannot write a sentence") != 0) return -1;
        ids[i] = sqlite3_last_insert_rowid(s->db);
    }
    return 0;
}

static int put_actor(store *s, const char *code) {
    if (!code || !code[0]) return 0;
    char entity[48], role[48], attribute[48];
    store_actor_parts(code, entity, role, attribute);
    sqlite3_stmt *st = store_stmt(s, SQ_ACTOR_INSERT);
    if (!st) return -1;
    store_bind_text(st, 1, code);
    store_bind_text(st, 2, entity);
    store_bind_text(st, 3, role);
    store_bind_text(st, 4, attribute);
    return run(s, st, "cannot write an actor");
}

/* The cluster of (source, target, root, date), made when missing. */
static int64_t cluster_of(store *s, const pl_event *e, const char *date, const char *day) {
    for (int pass = 0; pass < 2; pass++) {
        sqlite3_stmt *st = store_stmt(s, pass ? SQ_CLUSTER_INSERT : SQ_CLUSTER_FIND);
        if (!st) return -1;
        store_bind_text(st, 1, e->source.code);
        store_bind_text(st, 2, e->target.code);
        store_bind_text(st, 3, e->root);
        store_bind_text(st, 4, date);
        if (pass) {
            store_bind_text(st, 5, day);
            if (run(s, st, "cannot write a cluster") != 0) return -1;
            return sqlite3_last_insert_rowid(s->db);
        }
        int rc = sqlite3_step(st);
        int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
        sqlite3_reset(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            store_fail(s, "cannot read the clusters table");
            return -1;
        }
        if (id) return id;
    }
    return -1;
}

static int put_event(store *s, const pl_doc *d, size_t idx, int64_t article,
                     const int64_t *sentence_ids, store_deltas *deltas) {
    const pl_event *e = &d->events[idx];
    if (e->sentence >= d->n_sentences) return 0; /* no evidence: nothing to keep */
    char date[11], day[11];
    write_date(e->date, e->date_precision, date);
    util_format_date(e->date, day);
    int64_t cluster = cluster_of(s, e, date, day);
    if (cluster < 0 || put_actor(s, e->source.code) != 0 || put_actor(s, e->target.code) != 0)
        return -1;
    store_deltas_add(deltas, cluster, e->code, 0, 1);
    sqlite3_stmt *st = store_stmt(s, SQ_EVENT_INSERT);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, article);
    sqlite3_bind_int64(st, 2, sentence_ids[e->sentence]);
    sqlite3_bind_int64(st, 3, cluster);
    store_bind_text(st, 4, date);
    store_bind_text(st, 5, write_precision_name(e->date_precision));
    store_bind_text(st, 6, write_date_source_name(e->date_from_text));
    store_bind_text(st, 7, day);
    store_bind_text(st, 8, e->source.code);
    store_bind_text(st, 9, e->target.code);
    store_bind_text(st, 10, e->code);
    store_bind_text(st, 11, e->root);
    store_bind_text(st, 12, e->name ? e->name : "");
    sqlite3_bind_int(st, 13, e->quad);
    sqlite3_bind_double(st, 14, e->goldstein);
    store_bind_text(st, 15, write_modality_name(e->modality));
    store_bind_text(st, 16, e->verb_text ? e->verb_text : "");
    store_bind_text(st, 17, e->pattern);
    const pl_span spans[3] = {e->source.span, e->verb, e->target.span};
    for (int k = 0; k < 3; k++) {
        if (spans[k].end > spans[k].start && spans[k].end <= d->text_len) {
            sqlite3_bind_int64(st, 18 + 3 * k, spans[k].start);
            sqlite3_bind_int64(st, 19 + 3 * k, spans[k].end);
        }
        store_bind_span(st, 20 + 3 * k, d->text, d->text_len, spans[k]);
    }
    if (run(s, st, "cannot write an event") != 0) return -1;
    return store_put_event_issues(s, d, idx, sqlite3_last_insert_rowid(s->db));
}

static int put_quote(store *s, const pl_doc *d, size_t idx, int64_t article,
                     const int64_t *sentence_ids) {
    const pl_quote *q = &d->quotes[idx];
    if (q->sentence >= d->n_sentences || q->text.end > d->text_len) return 0;
    if (put_actor(s, q->speaker_code) != 0) return -1;
    sqlite3_stmt *st = store_stmt(s, SQ_QUOTE_INSERT);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, article);
    sqlite3_bind_int64(st, 2, sentence_ids[q->sentence]);
    sqlite3_bind_int64(st, 3, q->text.start);
    sqlite3_bind_int64(st, 4, q->text.end);
    sqlite3_bind_text(st, 5, d->text + q->text.start,
                      (int)(q->text.end >= q->text.start ? q->text.end - q->text.start : 0),
                      SQLITE_TRANSIENT);
    if (q->speaker.end > q->speaker.start && q->speaker.end <= d->text_len) {
        sqlite3_bind_int64(st, 6, q->speaker.start);
        sqlite3_bind_int64(st, 7, q->speaker.end);
    }
    store_bind_span(st, 8, d->text, d->text_len, q->speaker);
    store_bind_text(st, 9, q->speaker_name[0] ? q->speaker_name : NULL);
    store_bind_text(st, 10, q->speaker_code[0] ? q->speaker_code : NULL);
    if (run(s, st, "cannot write a quote") != 0) return -1;
    return store_put_quote_issues(s, d, idx, sqlite3_last_insert_rowid(s->db));
}

static int put_rows(store *s, const pl_doc *d, const char *hash, store_deltas *deltas) {
    int64_t article;
    char old_key[256], new_key[256];
    if (put_article_row(s, d, hash, &article, old_key, sizeof old_key) != 0) return -1;
    if (delete_old_rows(s, article, deltas) != 0) return -1;
    const char *outlet = d->article->source;
    if (outlet && outlet[0]) snprintf(new_key, sizeof new_key, "%s", outlet);
    else snprintf(new_key, sizeof new_key, "#%lld", (long long)article);
    int64_t *sentence_ids = util_xcalloc(d->n_sentences ? d->n_sentences : 1, sizeof(int64_t));
    int rc = put_sentences(s, d, article, sentence_ids);
    for (size_t i = 0; rc == 0 && i < d->n_events; i++)
        rc = put_event(s, d, i, article, sentence_ids, deltas);
    for (size_t i = 0; rc == 0 && i < d->n_quotes; i++)
        rc = put_quote(s, d, i, article, sentence_ids);
    free(sentence_ids);
    if (rc == 0) rc = store_put_statements(s, d, article);
    if (rc == 0) rc = store_clusters_apply(s, deltas, old_key, new_key);
    return rc;
}

int store_put(store *s, const pl_doc *d, const char *hash) {
    s->err[0] = '\0';
    sqlite3_stmt *st = store_stmt(s, SQ_BEGIN);
    if (!st || run(s, st, "cannot start a transaction") != 0) return -1;
    store_deltas deltas = {0};
    int rc = put_rows(s, d, hash, &deltas);
    store_deltas_free(&deltas);
    if (rc == 0) {
        st = store_stmt(s, SQ_COMMIT);
        rc = st ? run(s, st, "cannot commit the article") : -1;
    }
    if (rc != 0) {
        /* keep the first error's text; the rollback only undoes */
        st = store_stmt(s, SQ_ROLLBACK);
        if (st && sqlite3_get_autocommit(s->db) == 0) sqlite3_step(st);
        if (st) sqlite3_reset(st);
        return -1;
    }
    return 0;
}
