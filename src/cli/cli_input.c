/* Reading a command's inputs in order, one article at a time. */
#include <string.h>

#include "cli/cli_input.h"

int cli_next_article(cli_inputs *in, read_article *a) {
    for (;;) {
        if (in->cur) {
            if (read_next(in->cur, a)) {
                /* an undated article is coded as of --date (or today)
                 * unless its dateline gives one (pl_code_article) */
                if (!a->has_date) a->date = in->default_date;
                return 1;
            }
            read_close(in->cur);
            in->cur = NULL;
        }
        if (in->next_manifest < in->n_manifests) {
            in->cur = read_open(in->manifests[in->next_manifest++], READ_MANIFEST);
            continue;
        }
        if (in->next_input >= in->n_inputs) return 0;
        in->cur = read_open(in->inputs[in->next_input++], READ_AUTO);
    }
}

void cli_inputs_close(cli_inputs *in) {
    if (in->cur) read_close(in->cur);
    in->cur = NULL;
}

void cli_article_view(const read_article *ra, pl_article *a) {
    memset(a, 0, sizeof *a);
    a->id = ra->id;
    a->text = ra->text;
    a->text_len = ra->text_len;
    a->date = ra->date;
    a->has_date = ra->has_date;
    a->source = ra->source;
    a->url = ra->url;
    a->title = ra->title;
    a->is_record = ra->is_record;
}
