/* parley positions: who demands, offers, accepts or rejects what, on which
 * issue, since when; changes of stance; collisions between actors.
 *
 * Inputs are coded through the pipeline one article at a time; only the
 * statements (with their evidence sentences) are kept, so memory grows with
 * the positions found, not with the corpus. */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aggregate/aggregate.h"
#include "cli/cli.h"
#include "cli/cli_batch.h"
#include "cli/cli_common.h"
#include "cli/cli_input.h"
#include "parley.h"
#include "pipeline/pipeline.h"
#include "read/read.h"
#include "util/util.h"

static void usage(FILE *f) {
    fprintf(f,
        "usage: parley positions [options] [INPUT...]\n"
        "Negotiation positions: for each actor and issue the current stance (demand,\n"
        "appeal, propose, accept, reject, threaten), first and last seen, the number of\n"
        "statements and the strongest evidence; changes of stance; collisions per issue.\n\n"
        "INPUT is read as by 'parley code' (text files, folders, JSONL articles, TABARI\n"
        "records, PETRARCH XML, - for stdin), or the articles of a store with --db.\n\n"
        "options:\n"
        "  --manifest FILE      a JSONL manifest: {\"id\",\"file\",\"date\",\"source\"?,...}\n"
        "  --db FILE            read the coded articles from a parley store (parley ingest)\n"
        "  --actor CODE         only this actor (RUS, or a full code with --by-code)\n"
        "  --issue NAME         only this issue (territory, territory/crimea, ceasefire...)\n"
        "  --by-code            keep full actor codes (RUSGOV) instead of countries (RUS)\n"
        "  --format FMT         text (default: the report), json (one document), or\n"
        "                       statements (every statement behind it, TSV)\n"
        "  --issues DIR         the issue taxonomy folder (default: DATA/issues)\n"
        "  --no-events          stances from sentence cues only, not from coded events\n"
        "  --date YYYY-MM-DD    date for inputs that carry none and have no dateline\n"
        "                       (default: today)\n"
        "  --threads N          worker threads (default: all cores); output is identical\n"
        "  --dict FILE.project, --verbs F, --actors F, --agents F, --mode, --no-cache\n"
        "                       dictionaries, as for 'parley code'\n"
        "  --quiet              no warnings on stderr\n"
        "  -h, --help           this text\n");
}

typedef struct {
    agg_book *book;
    const agg_reader *rd;
} book_feed;

static void feed_doc(void *ctx, const pl_doc *doc) {
    book_feed *f = ctx;
    agg_statement *st = NULL;
    size_t n = agg_doc_statements(f->rd, doc, &st);
    agg_book_add(f->book, doc, st, n);
    free(st);
}

/* Each worker codes its slice of a batch into a book of its own; the books
 * are taken into the main one in input order (cli_batch.c), so the report
 * is the same whatever the thread count. */
#define BATCH_PER_THREAD 16

typedef struct {
    agg_book *main, *book;
    const agg_reader *rd;
} book_slot;

static void on_doc(void *sl, const pl_article *a, const pl_doc *doc) {
    book_slot *b = sl;
    (void)a;
    book_feed f = {b->book, b->rd};
    feed_doc(&f, doc);
}

static void on_batch(void *sl, size_t n) {
    book_slot *b = sl;
    (void)n;
    agg_book_take(b->main, b->book);
}

static void code_into_book(pl_engine *e, agg_book *book, const agg_reader *rd, cli_inputs *in,
                           const agg_taxonomy *tax, const agg_options *opt, int n_threads) {
    static const cli_batch_ops ops = {on_doc, on_batch};
    book_slot slots[CLI_MAX_THREADS];
    void *sl[CLI_MAX_THREADS];
    pl_worker *workers[CLI_MAX_THREADS];
    for (int t = 0; t < n_threads; t++) {
        slots[t] = (book_slot){book, agg_book_new(tax, opt), rd};
        sl[t] = &slots[t];
        workers[t] = pl_worker_new(e);
    }
    cli_code_batches(in, workers, sl, n_threads, BATCH_PER_THREAD, &ops);
    for (int t = 0; t < n_threads; t++) {
        pl_worker_free(workers[t]);
        agg_book_free(slots[t].book);
    }
}

typedef struct {
    const char *db, *issues_dir;
    int json, events, quiet, threads;
    agg_options opt;
    const char *manifests[CLI_MAX_MANIFESTS];
} pos_args;

static int parse_args(int argc, char **argv, pos_args *pa, cli_dict_args *da, cli_inputs *in) {
    static const struct option longopts[] = {
        {"manifest", required_argument, 0, 'm'}, {"db", required_argument, 0, 'b'},
        {"actor", required_argument, 0, 'a'},    {"issue", required_argument, 0, 'i'},
        {"by-code", no_argument, 0, 'c'},        {"format", required_argument, 0, 'f'},
        {"issues", required_argument, 0, 'I'},   {"no-events", no_argument, 0, 'E'},
        {"date", required_argument, 0, 't'},     {"dict", required_argument, 0, 'd'},
        {"verbs", required_argument, 0, 'V'},    {"actors", required_argument, 0, 'A'},
        {"agents", required_argument, 0, 'G'},   {"discards", required_argument, 0, 'D'},
        {"options", required_argument, 0, 'O'},  {"mode", required_argument, 0, 'M'},
        {"no-cache", no_argument, 0, 'N'},       {"quiet", no_argument, 0, 'q'},
        {"threads", required_argument, 0, 'j'}, {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "hqj:", longopts, NULL)) != -1) {
        switch (c) {
        case 'j': pa->threads = atoi(optarg); break;
        case 'm':
            if (in->n_manifests == CLI_MAX_MANIFESTS)
                return cli_usage_error("positions", "too many --manifest options");
            pa->manifests[in->n_manifests++] = optarg;
            in->manifests = pa->manifests;
            break;
        case 'b': pa->db = optarg; break;
        case 'a': pa->opt.actor = optarg; break;
        case 'i': pa->opt.issue = optarg; break;
        case 'c': pa->opt.by_code = 1; break;
        case 'I': pa->issues_dir = optarg; break;
        case 'E': pa->events = 0; break;
        case 'q': pa->quiet = 1; break;
        case 'f':
            if (!strcmp(optarg, "json") || !strcmp(optarg, "jsonl")) pa->json = 1;
            else if (!strcmp(optarg, "text")) pa->json = 0;
            else if (!strcmp(optarg, "statements")) pa->json = 2;
            else return cli_usage_error("positions", "unknown --format (text, json or statements)");
            break;
        case 't':
            if (util_parse_date(optarg, strlen(optarg), &in->default_date) != 0)
                return cli_usage_error("positions", "--date wants YYYY-MM-DD");
            break;
        case 'h': usage(stdout); return -1;
        default:
            if (cli_dict_args_take(da, c, optarg) == 0) break;
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    in->inputs = (const char **)(argv + optind);
    in->n_inputs = (size_t)(argc - optind);
    return 0;
}

int cmd_positions(int argc, char **argv) {
    pos_args pa;
    memset(&pa, 0, sizeof pa);
    pa.events = AGG_EVENTS_ON;
    cli_dict_args da;
    cli_dict_args_init(&da);
    cli_inputs in = {0};
    in.default_date = cli_today();
    int rc = parse_args(argc, argv, &pa, &da, &in);
    if (rc) return rc < 0 ? EXIT_OK : rc;
    if (pa.db && (in.n_inputs || in.n_manifests))
        return cli_usage_error("positions", "--db or inputs, not both");
    static const char *stdin_only[] = {"-"};
    if (!in.n_inputs && !in.n_manifests) {
        in.inputs = stdin_only;
        in.n_inputs = 1;
    }
    if (pa.quiet) util_warn_mute(1);
    char dir[PATH_MAX];
    if (pa.issues_dir) snprintf(dir, sizeof dir, "%s", pa.issues_dir);
    else snprintf(dir, sizeof dir, "%s/issues", cli_data_dir());
    agg_taxonomy *tax = agg_taxonomy_new();
    if (agg_taxonomy_load_dir(tax, dir) != 0) {
        fprintf(stderr, "parley positions: no issue taxonomy in %s\n", dir);
        agg_taxonomy_free(tax);
        return EXIT_INPUT;
    }
    if (pa.opt.issue && agg_issue_find(tax, pa.opt.issue) < 0) {
        fprintf(stderr, "parley positions: unknown issue '%s'; the taxonomy has:", pa.opt.issue);
        for (size_t i = 0; i < agg_issue_count(tax); i++)
            if (agg_issue_top(tax, (int)i) == (int)i) fprintf(stderr, " %s", agg_issue_name(tax, (int)i));
        fprintf(stderr, "\n");
        agg_taxonomy_free(tax);
        return EXIT_USAGE;
    }
    pl_engine *e = cli_open_engine(&da, pa.quiet);
    if (!e) {
        agg_taxonomy_free(tax);
        return EXIT_INPUT;
    }
    long warns_before = util_warn_count();
    agg_reader rd = {tax, agg_dict_actors, (void *)pipeline_dict(e), pa.events};
    agg_book *book = agg_book_new(tax, &pa.opt);
    int failed = 0;
    if (pa.db) {
        /* the store has the coded docs; the dictionaries still name the holders */
        char err[512] = "";
        book_feed f = {book, &rd};
        /* the statements ingest stored; a schema-1 store (or --no-events,
         * which ingest does not store) rebuilds the docs instead */
        int got = pa.events ? agg_store_statements(pa.db, book, tax, err, sizeof err) : 1;
        if (got < 0 || (got > 0 && agg_store_docs(pa.db, feed_doc, &f, err, sizeof err) != 0)) {
            fprintf(stderr, "parley positions: %s\n", err);
            failed = 1;
        }
    } else {
        int n = pa.threads > 0 ? pa.threads : (int)sysconf(_SC_NPROCESSORS_ONLN);
        n = n < 1 ? 1 : n > CLI_MAX_THREADS ? CLI_MAX_THREADS : n;
        code_into_book(e, book, &rd, &in, tax, &pa.opt, n);
    }
    agg_book_finish(book);
    pl_buf out = {0};
    if (pa.json == 2) agg_book_write_statements(book, &out);
    else if (pa.json) agg_book_write_json(book, &out);
    else agg_book_write_text(book, &out);
    fwrite(out.data ? out.data : "", 1, out.len, stdout);
    fflush(stdout);
    pl_buf_free(&out);
    agg_book_free(book);
    pl_engine_close(e);
    agg_taxonomy_free(tax);
    if (failed) return EXIT_INPUT;
    return util_warn_count() > warns_before ? EXIT_PROBLEMS : EXIT_OK;
}
