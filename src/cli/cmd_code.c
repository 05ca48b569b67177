/* parley code: articles in, events out (a Unix filter).
 *
 * Records are read in batches (cli_batch.c); each worker thread codes a
 * slice of the batch into its own buffer, and the buffers are written in
 * input order, so the output is byte-identical whatever --threads says, and
 * memory stays flat. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/cli_batch.h"
#include "cli/cli_common.h"
#include "cli/cli_input.h"
#include "parley.h"
#include "read/read.h"
#include "util/util.h"

#define BATCH_PER_THREAD 64

typedef enum { FMT_JSONL = 0, FMT_TSV, FMT_TABLE } out_format;

/* What one worker thread writes for its slice of a batch. */
typedef struct {
    out_format fmt;
    pl_buf out;
    pl_buf explain;       /* --explain: what cleaning dropped, per article */
    size_t n_events;
} slot;

/* The calling thread's running totals, for progress. */
typedef struct {
    size_t articles, events;
    double t0, last;
    int progress;
} totals;

static void usage(FILE *f) {
    fprintf(f,
        "usage: parley code [options] [INPUT...]\n"
        "Codes news into events, one JSON object per line (or TSV rows).\n\n"
        "INPUT is a TABARI records file, a text file (one article), a folder of them,\n"
        "a JSONL file of articles ({\"id\",\"date\",\"text\",...}), a PETRARCH XML file,\n"
        "or - for stdin. Without INPUT, stdin is read.\n\n"
        "options:\n"
        "  --manifest FILE      a JSONL manifest: {\"id\",\"file\",\"date\",\"source\"?,...};\n"
        "                       may be given more than once; manifests are read first\n"
        "  --dict FILE.project  dictionaries named by a TABARI project file\n"
        "  --verbs F --actors F --agents F --discards F --options F\n"
        "                       individual dictionary files (override the project's)\n"
        "  --format FMT         jsonl (default), tsv (PETRARCH/Phoenix columns) or table\n"
        "  --mode MODE          coding rules: news (default), tabari (reproduces TABARI 0.8.4)\n"
        "                       or petrarch (PETRARCH-1's conventions on raw text)\n"
        "  --threads N          worker threads (default: all cores); output is identical\n"
        "  --date YYYY-MM-DD    date for inputs that carry none and have no dateline\n"
        "                       (default: today)\n"
        "  --explain            report on stderr each line that cleaning dropped, and why\n"
        "  --all-modalities     also write negated, conditional and hypothetical events\n"
        "                       (left out by default: they did not happen), with\n"
        "                       their modality\n"
        "  --no-cache           do not use or write the compiled dictionary cache\n"
        "  --quiet              no progress or warnings on stderr\n"
        "  -h, --help           this text\n\n"
        "Exit status: 0 done, 1 some input was bad (reported on stderr, the rest coded),\n"
        "2 usage error, 3 dictionaries or inputs could not be opened.\n");
}

static void on_doc(void *sl, const pl_article *a, const pl_doc *doc) {
    slot *j = sl;
    j->n_events += doc->n_events;
    for (const char *p = doc->explain; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        util_buf_printf(&j->explain, "%s: %.*s\n", a->id ? a->id : "", (int)n, p);
        p += n + (nl != NULL);
    }
    if (j->fmt == FMT_TSV) pl_write_tsv(&j->out, doc);
    else if (j->fmt == FMT_TABLE) pl_write_table(&j->out, doc);
    else pl_write_jsonl(&j->out, doc);
}

static totals progress_totals;

/* Writes a slot's output; stdout first so that --explain lines follow the
 * events of the same batch. */
static void on_batch(void *sl, size_t n) {
    slot *j = sl;
    totals *tot = &progress_totals;
    fwrite(j->out.data ? j->out.data : "", 1, j->out.len, stdout);
    util_buf_clear(&j->out);
    if (j->explain.len) {
        fflush(stdout);
        fwrite(j->explain.data, 1, j->explain.len, stderr);
        util_buf_clear(&j->explain);
    }
    tot->articles += n;
    tot->events += j->n_events;
    j->n_events = 0;
    double now = util_now();
    if (tot->progress && now - tot->last > 0.5) {
        fprintf(stderr, "\rparley: %zu articles, %zu events, %.0f articles/s   ", tot->articles,
                tot->events, (double)tot->articles / (now - tot->t0));
        tot->last = now;
    }
}

static void code_all(cli_inputs *in, pl_worker **workers, slot *slots, int n_threads,
                     int progress) {
    static const cli_batch_ops ops = {on_doc, on_batch};
    void *sl[CLI_MAX_THREADS];
    for (int t = 0; t < n_threads; t++) sl[t] = &slots[t];
    progress_totals = (totals){0, 0, util_now(), util_now(), progress};
    cli_code_batches(in, workers, sl, n_threads, BATCH_PER_THREAD, &ops);
    fflush(stdout);
    if (progress)
        fprintf(stderr, "\rparley: %zu articles, %zu events in %.2f s            \n",
                progress_totals.articles, progress_totals.events,
                util_now() - progress_totals.t0);
}

int cmd_code(int argc, char **argv) {
    static const struct option longopts[] = {
        {"manifest", required_argument, 0, 'm'}, {"dict", required_argument, 0, 'd'},
        {"verbs", required_argument, 0, 'V'},    {"actors", required_argument, 0, 'A'},
        {"agents", required_argument, 0, 'G'},   {"discards", required_argument, 0, 'D'},
        {"options", required_argument, 0, 'O'},  {"format", required_argument, 0, 'f'},
        {"mode", required_argument, 0, 'M'},     {"threads", required_argument, 0, 'j'},
        {"date", required_argument, 0, 't'},     {"no-cache", no_argument, 0, 'N'},
        {"quiet", no_argument, 0, 'q'},          {"help", no_argument, 0, 'h'},
        {"explain", no_argument, 0, 'x'},        {"all-modalities", no_argument, 0, 'a'},
        {0, 0, 0, 0}};
    cli_dict_args da;
    cli_dict_args_init(&da);
    cli_inputs in = {0};
    const char *manifests[CLI_MAX_MANIFESTS];
    out_format fmt = FMT_JSONL;
    int n_threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    int quiet = 0, explain = 0, all_modalities = 0, c;
    in.default_date = cli_today();
    optind = 1;
    while ((c = getopt_long(argc, argv, "hj:q", longopts, NULL)) != -1) {
        switch (c) {
        case 'm':
            if (in.n_manifests == CLI_MAX_MANIFESTS)
                return cli_usage_error("code", "too many --manifest options");
            manifests[in.n_manifests++] = optarg;
            in.manifests = manifests;
            break;
        case 'f':
            if (!strcmp(optarg, "jsonl") || !strcmp(optarg, "json")) fmt = FMT_JSONL;
            else if (!strcmp(optarg, "tsv")) fmt = FMT_TSV;
            else if (!strcmp(optarg, "table")) fmt = FMT_TABLE;
            else return cli_usage_error("code", "unknown --format (jsonl, tsv or table)");
            break;
        case 'j': n_threads = atoi(optarg); break;
        case 't':
            if (util_parse_date(optarg, strlen(optarg), &in.default_date) != 0)
                return cli_usage_error("code", "--date wants YYYY-MM-DD");
            break;
        case 'q': quiet = 1; break;
        case 'x': explain = 1; break;
        case 'a': all_modalities = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default:
            if (cli_dict_args_take(&da, c, optarg) == 0) break;
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (n_threads < 1) n_threads = 1;
    if (n_threads > CLI_MAX_THREADS) n_threads = CLI_MAX_THREADS;
    if (quiet) util_warn_mute(1);
    static const char *stdin_only[] = {"-"};
    in.inputs = (const char **)(argv + optind);
    in.n_inputs = (size_t)(argc - optind);
    if (!in.n_inputs && !in.n_manifests) {
        in.inputs = stdin_only;
        in.n_inputs = 1;
    }
    pl_engine *e = cli_open_engine(&da, quiet);
    if (!e) return EXIT_INPUT;
    slot slots[CLI_MAX_THREADS];
    pl_worker *workers[CLI_MAX_THREADS];
    memset(slots, 0, sizeof slots);
    for (int t = 0; t < n_threads; t++) {
        slots[t].fmt = fmt;
        workers[t] = pl_worker_new(e);
        pl_worker_explain(workers[t], explain);
        pl_worker_all_modalities(workers[t], all_modalities);
    }
    long warns_before = util_warn_count();
    code_all(&in, workers, slots, n_threads, !quiet && isatty(2));
    for (int t = 0; t < n_threads; t++) {
        pl_worker_free(workers[t]);
        pl_buf_free(&slots[t].out);
        pl_buf_free(&slots[t].explain);
    }
    pl_engine_close(e);
    return util_warn_count() > warns_before ? EXIT_PROBLEMS : EXIT_OK;
}
