/* Growable byte buffer and JSON string escaping. */
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

void util_buf_init(util_buf *b) { b->data = NULL; b->len = b->cap = 0; }
void util_buf_free(util_buf *b) { free(b->data); util_buf_init(b); }
/* Empty, and reads as "" (a reader of data must not see the old text). */
void util_buf_clear(util_buf *b) {
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

void util_buf_reserve(util_buf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) cap *= 2;
    b->data = util_xrealloc(b->data, cap);
    b->cap = cap;
}

void util_buf_add(util_buf *b, const void *p, size_t n) {
    util_buf_reserve(b, n);
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void util_buf_adds(util_buf *b, const char *s) { util_buf_add(b, s, strlen(s)); }

void util_buf_addc(util_buf *b, char c) {
    util_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void util_buf_printf(util_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    util_buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    size_t len;
    unsigned min;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
    else return 0;
    if (n < len) return 0;
    unsigned cp = c & (0xFF >> (len + 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

int util_utf8_valid(const char *s, size_t n, size_t *bad_at) {
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t k = utf8_seq(u + i, n - i);
        if (!k) {
            if (bad_at) *bad_at = i;
            return 0;
        }
        i += k;
    }
    return 1;
}

void util_buf_add_json_str(util_buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    util_buf_reserve(b, n + 8);
    for (size_t i = 0; i < n;) {
        unsigned c = u[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            size_t j = i;
            while (j < n && u[j] >= 0x20 && u[j] < 0x80 && u[j] != '"' && u[j] != '\\') j++;
            util_buf_add(b, s + i, j - i);
            i = j;
            continue;
        }
        if (c >= 0x80) {
            size_t k = utf8_seq(u + i, n - i);
            if (k) util_buf_add(b, s + i, k);
            else { util_buf_adds(b, "\xEF\xBF\xBD"); k = 1; }
            i += k;
            continue;
        }
        switch (c) {
        case '"': util_buf_adds(b, "\\\""); break;
        case '\\': util_buf_adds(b, "\\\\"); break;
        case '\n': util_buf_adds(b, "\\n"); break;
        case '\r': util_buf_adds(b, "\\r"); break;
        case '\t': util_buf_adds(b, "\\t"); break;
        default: {
            char esc[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
            util_buf_adds(b, esc);
        }
        }
        i++;
    }
}
