/* JSONL: one object per event and per quote, in document order. Field names
 * are the data model's (docs/json.md); every event carries its evidence so a
 * reader can check it against the sentence. Written by hand: it is simple and
 * several times faster than building a cJSON tree per event. */
#include <string.h>

#include "util/util.h"
#include "write/write.h"

const char *write_modality_name(pl_modality m) {
    static const char *names[] = {"asserted", "negated", "future", "conditional",
                                  "hypothetical"};
    return (unsigned)m < sizeof names / sizeof names[0] ? names[m] : "asserted";
}

const char *write_precision_name(pl_precision p) {
    return p == PL_PREC_YEAR ? "year" : p == PL_PREC_MONTH ? "month" : "day";
}

const char *write_date_source_name(int date_from_text) {
    return date_from_text == 2 ? "context" : date_from_text ? "text" : "article";
}

void write_date(int32_t day, pl_precision p, char out[11]) {
    util_format_date(day, out);
    if (p == PL_PREC_MONTH) out[7] = '\0';
    else if (p == PL_PREC_YEAR) out[4] = '\0';
}

static void key_str(util_buf *b, const char *key, const char *s, size_t n) {
    util_buf_printf(b, "\"%s\":\"", key);
    util_buf_add_json_str(b, s, n);
    util_buf_addc(b, '"');
}

static void span_text(util_buf *b, const pl_doc *d, const char *key, pl_span sp) {
    if (sp.end > sp.start && sp.end <= d->text_len)
        key_str(b, key, d->text + sp.start, sp.end - sp.start);
    else
        util_buf_printf(b, "\"%s\":null", key);
}

static void sentence_obj(util_buf *b, const pl_doc *d, uint32_t si) {
    util_buf_printf(b, "\"sentence\":{\"index\":%u,", si);
    if (si < d->n_sentences) span_text(b, d, "text", d->sentences[si].span);
    else util_buf_adds(b, "\"text\":null");
    util_buf_addc(b, '}');
}

static void article_head(util_buf *b, const pl_doc *d, const char *type) {
    util_buf_printf(b, "{\"type\":\"%s\",", type);
    const char *id = d->article && d->article->id ? d->article->id : "";
    key_str(b, "article", id, strlen(id));
    util_buf_addc(b, ',');
}

static void actor_obj(util_buf *b, const pl_doc *d, const char *key, const pl_actor_ref *a) {
    util_buf_printf(b, "\"%s\":{", key);
    key_str(b, "code", a->code, strlen(a->code));
    util_buf_addc(b, ',');
    span_text(b, d, "text", a->span);
    util_buf_addc(b, '}');
}

static void span_obj(util_buf *b, const char *role, pl_span sp, int *first) {
    if (sp.end <= sp.start) return;
    util_buf_printf(b, "%s{\"role\":\"%s\",\"start\":%u,\"end\":%u}", *first ? "" : ",", role,
                    sp.start, sp.end);
    *first = 0;
}

static void event_line(util_buf *b, const pl_doc *d, const pl_event *e) {
    char date[11];
    article_head(b, d, "event");
    sentence_obj(b, d, e->sentence);
    write_date(e->date, e->date_precision, date);
    util_buf_printf(b, ",\"date\":\"%s\",\"date_source\":\"%s\",", date,
                    write_date_source_name(e->date_from_text));
    actor_obj(b, d, "source", &e->source);
    util_buf_addc(b, ',');
    actor_obj(b, d, "target", &e->target);
    util_buf_addc(b, ',');
    key_str(b, "code", e->code, strlen(e->code));
    util_buf_addc(b, ',');
    key_str(b, "root", e->root, strlen(e->root));
    util_buf_printf(b, ",\"quad\":%d,\"goldstein\":%.1f,\"modality\":\"%s\",", e->quad,
                    e->goldstein, write_modality_name(e->modality));
    util_buf_adds(b, "\"evidence\":{");
    const char *verb = e->verb_text ? e->verb_text : "";
    key_str(b, "verb", verb, strlen(verb));
    util_buf_addc(b, ',');
    if (e->pattern) key_str(b, "pattern", e->pattern, strlen(e->pattern));
    else util_buf_adds(b, "\"pattern\":null");
    util_buf_adds(b, ",\"spans\":[");
    int first = 1;
    span_obj(b, "source", e->source.span, &first);
    span_obj(b, "verb", e->verb, &first);
    span_obj(b, "target", e->target.span, &first);
    util_buf_adds(b, "]}}\n");
}

static void quote_line(util_buf *b, const pl_doc *d, const pl_quote *q) {
    article_head(b, d, "quote");
    sentence_obj(b, d, q->sentence);
    util_buf_adds(b, ",\"speaker\":{");
    if (q->speaker_name[0]) key_str(b, "name", q->speaker_name, strlen(q->speaker_name));
    else util_buf_adds(b, "\"name\":null");
    util_buf_addc(b, ',');
    if (q->speaker_code[0]) key_str(b, "code", q->speaker_code, strlen(q->speaker_code));
    else util_buf_adds(b, "\"code\":null");
    util_buf_addc(b, '}');
    util_buf_addc(b, ',');
    span_text(b, d, "text", q->text);
    util_buf_adds(b, "}\n");
}

int pl_write_jsonl(pl_buf *out, const pl_doc *d) {
    /* events and quotes interleaved by sentence, events first within one */
    size_t ei = 0, qi = 0;
    while (ei < d->n_events || qi < d->n_quotes) {
        if (qi >= d->n_quotes ||
            (ei < d->n_events && d->events[ei].sentence <= d->quotes[qi].sentence))
            event_line(out, d, &d->events[ei++]);
        else
            quote_line(out, d, &d->quotes[qi++]);
    }
    return 0;
}

void pl_buf_free(pl_buf *b) { util_buf_free(b); }
