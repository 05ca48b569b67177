/* Positions in the store (schema 2, docs/store.md).
 *
 * statements: each article's position statements (agg_doc_statements),
 * written in the article's transaction and replaced with it.
 * positions, position_changes, collisions: the book (agg_book) over every
 * stored statement, rebuilt at the end of an ingest run in one
 * transaction of its own. The book orders its statements itself, so the
 * tables depend only on the stored statements: a run killed at any point
 * and run again ends with the tables an uninterrupted run makes. Each row
 * keeps the object `parley positions --format json` writes for it. */
#include <stdlib.h>
#include <string.h>

#include "store/store_impl.h"
#include "util/util.h"
#include "write/write.h"

void store_set_reader(store *s, const agg_reader *rd) {
    s->rd = rd;
    s->tax = rd ? rd->tax : NULL;
}

static int put_statement(store *s, int64_t article, const agg_statement *a) {
    sqlite3_stmt *st = store_stmt(s, SQ_STATEMENT_INSERT);
    if (!st) return -1;
    char date[11];
    util_format_date(a->date, date);
    sqlite3_bind_int64(st, 1, article);
    sqlite3_bind_int64(st, 2, a->sentence);
    store_bind_text(st, 3, a->actor);
    store_bind_text(st, 4, a->target);
    store_bind_text(st, 5, agg_issue_name(s->tax, a->issue));
    store_bind_text(st, 6, a->subs);
    store_bind_text(st, 7, agg_stance_name(a->stance));
    store_bind_text(st, 8, date);
    store_bind_text(st, 9, write_precision_name((pl_precision)a->precision));
    const pl_span spans[3] = {a->cue, a->issue_span, a->holder};
    for (int k = 0; k < 3; k++) {
        sqlite3_bind_int64(st, 10 + 2 * k, spans[k].start);
        sqlite3_bind_int64(st, 11 + 2 * k, spans[k].end);
    }
    store_bind_text(st, 16, a->rule);
    return store_run(s, st, "cannot write a position statement");
}

int store_put_statements(store *s, const pl_doc *d, int64_t article) {
    if (!s->rd) return 0;
    agg_statement *sts = NULL;
    size_t n = agg_doc_statements(s->rd, d, &sts);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < n; i++) rc = put_statement(s, article, &sts[i]);
    free(sts);
    return rc;
}

/* ---- articles a version-1 file held: statements and issues, once -------- */

typedef struct {
    store *s;
    int failed;
} backfill;

/* Links the stored rows (events or quotes of the article, in id order:
 * the doc's order) to their issues. */
static int link_rows(store *s, store_sq ids, int64_t article, const pl_doc *d, int quotes) {
    sqlite3_stmt *st = store_stmt(s, ids);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, article);
    size_t n = quotes ? d->n_quotes : d->n_events;
    int64_t *rows = util_xcalloc(n ? n : 1, sizeof *rows);
    size_t got = 0;
    while (got < n && sqlite3_step(st) == SQLITE_ROW) rows[got++] = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < got; i++)
        rc = quotes ? store_put_quote_issues(s, d, i, rows[i]) : store_put_event_issues(s, d, i, rows[i]);
    free(rows);
    return rc;
}

static int backfill_rows(store *s, const pl_doc *d, int64_t article) {
    sqlite3_stmt *st;
    if (link_rows(s, SQ_ARTICLE_EVENT_IDS, article, d, 0) != 0 ||
        link_rows(s, SQ_ARTICLE_QUOTE_IDS, article, d, 1) != 0 ||
        store_put_statements(s, d, article) != 0 || !(st = store_stmt(s, SQ_DEL_PENDING)))
        return -1;
    sqlite3_bind_int64(st, 1, article);
    return store_run(s, st, "cannot write statements_pending");
}

/* One rebuilt article: when pending, its issues and statements in one
 * transaction. */
static void backfill_doc(void *ctx, const pl_doc *d) {
    backfill *b = ctx;
    store *s = b->s;
    if (b->failed) return;
    sqlite3_stmt *st = store_stmt(s, SQ_PENDING_FIND);
    if (!st) {
        b->failed = 1;
        return;
    }
    store_bind_text(st, 1, d->article->id);
    int64_t article = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (!article) return;
    st = store_stmt(s, SQ_BEGIN);
    int rc = st ? store_run(s, st, "cannot start a transaction") : -1;
    if (rc == 0) rc = backfill_rows(s, d, article);
    if (rc == 0) rc = (st = store_stmt(s, SQ_COMMIT)) ? store_run(s, st, "cannot commit") : -1;
    if (rc != 0) {
        b->failed = 1;
        if (sqlite3_get_autocommit(s->db) == 0) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    }
}

int store_backfill(store *s) {
    if (!s->rd) return 0;
    sqlite3_stmt *st = store_stmt(s, SQ_PENDING_COUNT);
    if (!st) return -1;
    long pending = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (!pending) return 0;
    backfill b = {s, 0};
    char err[512] = "";
    if (agg_store_docs(s->path, backfill_doc, &b, err, sizeof err) != 0) {
        snprintf(s->err, sizeof s->err, "%s", err);
        return -1;
    }
    return b.failed ? -1 : 0;
}

/* ---- positions, changes, collisions over every statement ---------------- */

static int put_json_row(store *s, store_sq which, const char *const *texts, int n_texts,
                        long count, const pl_buf *json) {
    sqlite3_stmt *st = store_stmt(s, which);
    if (!st) return -1;
    int i = 1;
    for (; i <= n_texts; i++) store_bind_text(st, i, texts[i - 1]);
    if (which == SQ_POSITION_INSERT) sqlite3_bind_int64(st, i++, count);
    sqlite3_bind_text(st, i, json->data ? json->data : "", (int)json->len, SQLITE_TRANSIENT);
    return store_run(s, st, "cannot write positions");
}

static void fmt_day(int32_t day, int precision, char out[11]) {
    util_format_date(day, out);
    if (precision == PL_PREC_YEAR) out[4] = '\0';
    else if (precision == PL_PREC_MONTH) out[7] = '\0';
}

static int put_book(store *s, const agg_book *b, const agg_taxonomy *tax) {
    const agg_position *p;
    const agg_change *ch;
    const agg_collision *c;
    const agg_entry *e;
    size_t np = agg_book_positions(b, &p), nch = agg_book_changes(b, &ch);
    size_t nc = agg_book_collisions(b, &c);
    agg_book_entries(b, &e);
    pl_buf json = {0};
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < np; i++) {
        char first[11], last[11];
        fmt_day(p[i].first, p[i].first_precision, first);
        fmt_day(p[i].last, p[i].last_precision, last);
        const char *texts[] = {p[i].actor, agg_issue_name(tax, p[i].issue),
                               agg_stance_name(p[i].stance), first, last};
        json.len = 0;
        agg_book_json_position(b, i, &json);
        rc = put_json_row(s, SQ_POSITION_INSERT, texts, 5, (long)p[i].n, &json);
    }
    for (size_t i = 0; rc == 0 && i < nch; i++) {
        const agg_position *x = &p[ch[i].position];
        const char *texts[] = {x->actor, agg_issue_name(tax, x->issue),
                               agg_stance_name(e[ch[i].before].st.stance),
                               agg_stance_name(e[ch[i].after].st.stance)};
        json.len = 0;
        agg_book_json_change(b, i, &json);
        rc = put_json_row(s, SQ_CHANGE_INSERT, texts, 4, 0, &json);
    }
    for (size_t i = 0; rc == 0 && i < nc; i++) {
        const char *texts[] = {agg_issue_name(tax, c[i].issue),
                               c[i].overlap ? "overlap" : "no overlap", p[c[i].a].actor,
                               p[c[i].b].actor};
        json.len = 0;
        agg_book_json_collision(b, i, &json);
        rc = put_json_row(s, SQ_COLLISION_INSERT, texts, 4, 0, &json);
    }
    pl_buf_free(&json);
    return rc;
}

int store_refresh_positions(store *s) {
    if (!s->rd) return 0;
    agg_options opt = {0, NULL, NULL}; /* the default report: country level, everything */
    agg_book *b = agg_book_new(s->tax, &opt);
    char err[512] = "";
    int rc = agg_store_statements(s->path, b, s->tax, err, sizeof err);
    if (rc != 0) {
        snprintf(s->err, sizeof s->err, "%s", rc < 0 ? err : "no statements table");
        agg_book_free(b);
        return -1;
    }
    agg_book_finish(b);
    sqlite3_stmt *st = store_stmt(s, SQ_BEGIN);
    rc = st ? store_run(s, st, "cannot start a transaction") : -1;
    static const store_sq dels[] = {SQ_DEL_POSITIONS, SQ_DEL_CHANGES, SQ_DEL_COLLISIONS};
    for (size_t i = 0; rc == 0 && i < sizeof dels / sizeof dels[0]; i++)
        rc = (st = store_stmt(s, dels[i])) ? store_run(s, st, "cannot clear positions") : -1;
    if (rc == 0) rc = put_book(s, b, s->tax);
    if (rc == 0) rc = (st = store_stmt(s, SQ_COMMIT)) ? store_run(s, st, "cannot commit") : -1;
    if (rc != 0 && sqlite3_get_autocommit(s->db) == 0)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    agg_book_free(b);
    return rc;
}

/* ---- export ---------------------------------------------------------------- */

long store_write_positions(store *s, FILE *out) {
    static const char *const sql[3][2] = {
        {"SELECT json FROM positions ORDER BY id", "position"},
        {"SELECT json FROM position_changes ORDER BY id", "change"},
        {"SELECT json FROM collisions ORDER BY id", "collision"}};
    long rows = 0;
    for (int k = 0; k < 3; k++) {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(s->db, sql[k][0], -1, &st, NULL) != SQLITE_OK) {
            store_fail(s, "cannot read the positions");
            return -1;
        }
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            /* {"record":"position", then the stored object's own fields */
            const char *json = store_col_text(st, 0);
            fprintf(out, "{\"record\":\"%s\",%s\n", sql[k][1], json[0] == '{' ? json + 1 : json);
            rows++;
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            store_fail(s, "cannot read the positions");
            return -1;
        }
    }
    return rows;
}
