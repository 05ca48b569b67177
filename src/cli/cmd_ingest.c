/* parley ingest: code articles and keep them in the SQLite store.
 *
 * Each article is looked up by id first: unchanged content (same hash) is
 * skipped without coding; new or changed content is coded with the same
 * pipeline as `parley code` and written in one transaction. A failed write
 * (disk full, read-only file) stops the run with nothing of that article
 * kept; everything before it stays. */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aggregate/aggregate.h"
#include "cli/cli.h"
#include "cli/cli_common.h"
#include "cli/cli_input.h"
#include "pipeline/pipeline.h"
#include "store/store.h"
#include "util/util.h"

typedef struct {
    long n[4];       /* by store_state: new, changed, unchanged, repeated */
    long events;
    double t0, last;
} tally;

static void usage(FILE *f) {
    fprintf(f,
        "usage: parley ingest [options] [INPUT...]\n"
        "Codes articles and stores them, with their events, in a SQLite database.\n\n"
        "INPUT is what 'parley code' reads: text files, folders, JSONL articles,\n"
        "TABARI records, PETRARCH XML, - for stdin.\n\n"
        "options:\n"
        "  --db FILE            the database (default parley.db; made when missing)\n"
        "  --manifest FILE      a JSONL manifest: {\"id\",\"file\",\"date\",\"source\"?,...};\n"
        "                       may be given more than once\n"
        "  --dict FILE.project  dictionaries named by a TABARI project file\n"
        "  --verbs F --actors F --agents F --discards F --options F\n"
        "  --mode MODE          coding rules: news (default), tabari or petrarch\n"
        "  --date YYYY-MM-DD    date for inputs that carry none and have no dateline\n"
        "                       (default: today)\n"
        "  --issues DIR         the issue taxonomy that tags events (default: DATA/issues)\n"
        "  --force              code and store again even articles the store already has\n"
        "  --no-cache           do not use or write the compiled dictionary cache\n"
        "  --quiet              no progress, summary or warnings on stderr\n"
        "  -h, --help           this text\n\n"
        "Ingesting the same article (same id, same content) again changes nothing;\n"
        "a changed article replaces its old rows. One transaction per article: an\n"
        "interrupted run, run again, gives the database an uninterrupted run gives.\n"
        "Exit status: 0 done, 1 some input was bad (reported, the rest stored),\n"
        "2 usage error, 3 the database or dictionaries could not be opened or written.\n");
}

static void progress(const tally *t, int final, const char *db) {
    long arts = t->n[0] + t->n[1] + t->n[2] + t->n[3];
    double secs = util_now() - t->t0;
    if (final) {
        char repeated[48] = "";
        if (t->n[STORE_REPEATED])
            snprintf(repeated, sizeof repeated, ", %ld repeated ids skipped",
                     t->n[STORE_REPEATED]);
        fprintf(stderr,
                "parley ingest: %ld articles (%ld new, %ld replaced, %ld unchanged%s), %ld events, "
                "%.2f s -> %s\n",
                arts, t->n[STORE_NEW], t->n[STORE_CHANGED], t->n[STORE_UNCHANGED], repeated,
                t->events, secs, db);
        return;
    }
    fprintf(stderr, "\rparley ingest: %ld articles, %ld events, %.0f articles/s   ", arts,
            t->events, secs > 0 ? (double)arts / secs : 0.0);
}

/* One article: skip, or code and store. 0, or -1 when the store failed. */
static int ingest_one(store *s, pl_worker *w, const read_article *ra, int force, tally *t) {
    pl_article a;
    cli_article_view(ra, &a);
    char hash[17];
    store_state st = store_article_state(s, &a, hash);
    if (st == STORE_FAILED) return -1;
    if (st == STORE_REPEATED) {
        util_warn(ra->file, ra->line,
                  "article id '%s' came before in this run: the first one is kept",
                  ra->id ? ra->id : "");
        t->n[st]++;
        return 0;
    }
    if (st == STORE_UNCHANGED && !force) {
        t->n[st]++;
        return 0;
    }
    const pl_doc *doc = pl_code_article(w, &a);
    if (store_put(s, doc, hash) != 0) return -1;
    t->n[st == STORE_UNCHANGED ? STORE_CHANGED : st]++;
    t->events += (long)doc->n_events;
    return 0;
}

static int ingest_all(store *s, pl_worker *w, cli_inputs *in, int force, int show, tally *t) {
    read_article ra;
    while (cli_next_article(in, &ra)) {
        int rc = ingest_one(s, w, &ra, force, t);
        if (rc != 0) {
            if (show) fputc('\n', stderr);
            fprintf(stderr, "parley ingest: %s\nparley ingest: article %s was not stored; the "
                    "articles before it are.\n", store_error(s), ra.id ? ra.id : "?");
            read_article_free(&ra);
            cli_inputs_close(in);
            return -1;
        }
        read_article_free(&ra);
        double now = util_now();
        if (show && now - t->last > 0.5) {
            progress(t, 0, NULL);
            t->last = now;
        }
    }
    if (show) fputc('\r', stderr);
    return 0;
}

/* The issue taxonomy, or NULL (with a warning) when the folder has none:
 * the events are then stored without issues. */
static agg_taxonomy *load_taxonomy(const char *issues_dir, int quiet) {
    char dir[PATH_MAX];
    if (issues_dir) snprintf(dir, sizeof dir, "%s", issues_dir);
    else snprintf(dir, sizeof dir, "%s/issues", cli_data_dir());
    agg_taxonomy *tax = agg_taxonomy_new();
    if (agg_taxonomy_load_dir(tax, dir) == 0) return tax;
    if (!quiet) fprintf(stderr, "parley ingest: no issue taxonomy in %s: events get no issues\n", dir);
    agg_taxonomy_free(tax);
    return NULL;
}

int cmd_ingest(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, 0, 'b'},       {"manifest", required_argument, 0, 'm'},
        {"dict", required_argument, 0, 'd'},     {"verbs", required_argument, 0, 'V'},
        {"actors", required_argument, 0, 'A'},   {"agents", required_argument, 0, 'G'},
        {"discards", required_argument, 0, 'D'}, {"options", required_argument, 0, 'O'},
        {"mode", required_argument, 0, 'M'},     {"date", required_argument, 0, 't'},
        {"force", no_argument, 0, 'F'},          {"no-cache", no_argument, 0, 'N'},
        {"quiet", no_argument, 0, 'q'},          {"help", no_argument, 0, 'h'},
        {"issues", required_argument, 0, 'I'},   {0, 0, 0, 0}};
    cli_dict_args da;
    cli_dict_args_init(&da);
    cli_inputs in = {0};
    const char *db = "parley.db", *issues_dir = NULL;
    int quiet = 0, force = 0, c;
    in.default_date = cli_today();
    optind = 1;
    while ((c = getopt_long(argc, argv, "hq", longopts, NULL)) != -1) {
        switch (c) {
        case 'b': db = optarg; break;
        case 'm':
            /* repeatable: each manifest is read in turn, before the inputs */
            if (!in.manifests) in.manifests = util_xcalloc((size_t)argc, sizeof(char *));
            in.manifests[in.n_manifests++] = optarg;
            break;
        case 't':
            if (util_parse_date(optarg, strlen(optarg), &in.default_date) != 0)
                return cli_usage_error("ingest", "--date wants YYYY-MM-DD");
            break;
        case 'F': force = 1; break;
        case 'I': issues_dir = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default:
            if (cli_dict_args_take(&da, c, optarg) == 0) break;
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (quiet) util_warn_mute(1);
    static const char *stdin_only[] = {"-"};
    in.inputs = (const char **)(argv + optind);
    in.n_inputs = (size_t)(argc - optind);
    if (!in.n_inputs && !in.n_manifests) {
        in.inputs = stdin_only;
        in.n_inputs = 1;
    }
    char err[1024];
    store *s = store_open(db, STORE_WRITE, err, sizeof err);
    pl_engine *e = s ? cli_open_engine(&da, quiet) : NULL;
    if (!e) {
        if (!s) fprintf(stderr, "parley ingest: %s\n", err);
        store_close(s);
        free(in.manifests);
        return EXIT_INPUT;
    }
    /* loaded once per run: every article's events are tagged with it */
    agg_taxonomy *tax = load_taxonomy(issues_dir, quiet);
    agg_reader rd = {tax, agg_dict_actors, (void *)pipeline_dict(e), AGG_EVENTS_ON};
    if (tax) store_set_reader(s, &rd);
    pl_worker *w = pl_worker_new(e);
    tally t = {{0, 0, 0, 0}, 0, util_now(), util_now()};
    long warns_before = util_warn_count();
    /* articles an older schema held get their statements first */
    int rc = store_backfill(s);
    if (rc == 0) rc = ingest_all(s, w, &in, force, !quiet && isatty(2), &t);
    else fprintf(stderr, "parley ingest: %s\n", store_error(s));
    /* positions over all articles, in a transaction of their own */
    if (rc == 0 && (rc = store_refresh_positions(s)) != 0)
        fprintf(stderr, "parley ingest: %s\n", store_error(s));
    if (!quiet) progress(&t, 1, db);
    pl_worker_free(w);
    pl_engine_close(e);
    store_close(s);
    agg_taxonomy_free(tax);
    free(in.manifests);
    if (rc != 0) return EXIT_INPUT;
    return util_warn_count() > warns_before ? EXIT_PROBLEMS : EXIT_OK;
}
