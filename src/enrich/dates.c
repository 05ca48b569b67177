/* Event dates: date expressions in a sentence, resolved against the article
 * date. The sentence is cut into word, number and punctuation tokens once;
 * small matchers then try each token position in turn. No allocation and
 * no regex: a sentence costs one pass plus a few word compares per token. */
#include <string.h>
#include <strings.h>

#include "enrich/enrich.h"
#include "util/util.h"

#define MAX_TOKS 512  /* tokens looked at per sentence; the rest is ignored */
#define MAX_CANDS 32

enum { T_WORD, T_NUM, T_PUNCT };

typedef struct {
    uint32_t start, end;
    int kind;
    int num;          /* value of a number token (capped), else -1 */
    int ndig;         /* digits of a number token */
    int ord;          /* a number written as an ordinal: 24th, 1st */
} tok;

/* Modifiers before a date word: rel says which one of several, edge only
 * narrows inside the period and does not change the resolved date. */
enum { REL_NONE, REL_LAST, REL_THIS, REL_NEXT };

typedef struct {
    int rel;
    int edge;    /* early/late/mid/end of...: accepted, adds to the span */
    int since;   /* the leading preposition was "since" */
    int past;    /* "the past week": a stretch up to now, not a calendar unit */
    int prep;    /* some leading preposition was seen */
} mods;

typedef struct {
    const char *s;
    size_t n;
    tok t[MAX_TOKS];
    int nt;
    int32_t article;
    int ay, am, ad, awd;   /* article year, month, day, weekday (0 = Monday) */
    enrich_date c[MAX_CANDS];
    int ctok[MAX_CANDS];   /* first token of each candidate */
    int anchor[MAX_CANDS]; /* days offset from a neighbour, or 0 when absolute */
    int dateline[MAX_CANDS]; /* in a dateline: the story's date, not an event's */
    int nc;
} scan;

/* ---- tokens ---------------------------------------------------------------- */
static int is_alpha(unsigned char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}
static int is_digit(unsigned char ch) { return ch >= '0' && ch <= '9'; }

/* Length of an apostrophe at p (' or U+2019), 0 if none. */
static size_t apostrophe(const char *p, const char *end) {
    if (p < end && *p == '\'') return 1;
    if (end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
        (unsigned char)p[2] == 0x99)
        return 3;
    return 0;
}

/* Word: letters with inner apostrophes ("he'll"); a possessive "'s" is split
 * off so "Tuesday's" still names a day. */
static const char *word_end(const char *p, const char *end) {
    for (;;) {
        while (p < end && is_alpha((unsigned char)*p)) p++;
        size_t a = apostrophe(p, end);
        if (!a || p + a >= end || !is_alpha((unsigned char)p[a])) return p;
        const char *q = p + a;
        if ((*q == 's' || *q == 'S') && (q + 1 >= end || !is_alpha((unsigned char)q[1]))) return p;
        p = q;
    }
}

static void tokenize(scan *c) {
    const char *p = c->s, *end = c->s + c->n;
    c->nt = 0;
    while (p < end && c->nt < MAX_TOKS) {
        unsigned char ch = (unsigned char)*p;
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') { p++; continue; }
        tok *t = &c->t[c->nt++];
        const char *q = p + 1;
        t->kind = T_PUNCT;
        t->num = -1;
        t->ndig = 0;
        t->ord = 0;
        if (is_alpha(ch)) {
            t->kind = T_WORD;
            q = word_end(p, end);
        } else if (is_digit(ch)) {
            t->kind = T_NUM;
            t->num = 0;
            for (q = p; q < end && is_digit((unsigned char)*q); q++, t->ndig++)
                if (t->num < 100000) t->num = t->num * 10 + (*q - '0');
            /* ordinals: 14th, 1st, 2nd, 3rd */
            if (end - q >= 2 && is_alpha((unsigned char)q[0]) && is_alpha((unsigned char)q[1]) &&
                (q + 2 >= end || !is_alpha((unsigned char)q[2]))) {
                if (!strncasecmp(q, "st", 2) || !strncasecmp(q, "nd", 2) ||
                    !strncasecmp(q, "rd", 2) || !strncasecmp(q, "th", 2)) {
                    q += 2;
                    t->ord = 1;
                }
            }
        } else if (apostrophe(p, end) && p + 1 < end) {
            q = p + apostrophe(p, end);  /* "'s" as one word-like token */
            if (q < end && (*q == 's' || *q == 'S')) { q++; t->kind = T_WORD; }
        } else if (ch >= 0x80) {
            while (q < end && ((unsigned char)*q & 0xC0) == 0x80) q++;
        }
        t->start = (uint32_t)(p - c->s);
        t->end = (uint32_t)(q - c->s);
        p = q;
    }
}

/* Token i is the word w (case-insensitive). */
static int w_is(const scan *c, int i, const char *w) {
    if (i < 0 || i >= c->nt || c->t[i].kind != T_WORD) return 0;
    size_t len = c->t[i].end - c->t[i].start;
    return strlen(w) == len && strncasecmp(c->s + c->t[i].start, w, len) == 0;
}

/* Index of token i's word in a NULL-terminated list, or -1. */
static int w_in(const scan *c, int i, const char *const *list) {
    for (int k = 0; list[k]; k++)
        if (w_is(c, i, list[k])) return k;
    return -1;
}

static int p_is(const scan *c, int i, char ch) {
    return i >= 0 && i < c->nt && c->t[i].kind == T_PUNCT && c->s[c->t[i].start] == ch &&
           c->t[i].end - c->t[i].start == 1;
}

static int is_cap(const scan *c, int i) {
    unsigned char ch = (unsigned char)c->s[c->t[i].start];
    return ch >= 'A' && ch <= 'Z';
}

static int num_at(const scan *c, int i) {
    return i >= 0 && i < c->nt && c->t[i].kind == T_NUM ? c->t[i].num : -1;
}

/* A plausible year: four digits, 1800-2199. */
static int year_at(const scan *c, int k) {
    if (k >= c->nt || c->t[k].kind != T_NUM || c->t[k].ndig != 4) return 0;
    int y = c->t[k].num;
    return y >= 1800 && y <= 2199 ? y : 0;
}

/* ---- calendar ---------------------------------------------------------------- */
static int weekday_of(int32_t days) {  /* 1970-01-01 was a Thursday */
    return (int)(((days % 7) + 7 + 3) % 7);
}

static int days_in_month(int y, int m) {
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

static int32_t month_start(int y, int m) {
    while (m < 1) { m += 12; y--; }
    while (m > 12) { m -= 12; y++; }
    return util_days_from_ymd(y, m, 1);
}

/* ---- words ------------------------------------------------------------------- */
static const char *const MONTHS[] = {"january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", NULL};
static const char *const MONTH_ABBR[] = {"jan", "feb", "mar", "apr", "", "jun", "jul", "aug",
    "sep", "oct", "nov", "dec", "sept", NULL};
static const char *const WEEKDAYS[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", NULL};
static const char *const PREPS[] = {"on", "in", "since", "from", "during", "until", "till",
    "by", "at", "over", "through", "throughout", "between", NULL};
static const char *const NUMWORDS[] = {"a", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "an", NULL};
static const char *const UNITS[] = {"day", "days", "week", "weeks", "month", "months", "year",
    "years", NULL};
static const char *const SPEECH[] = {"said", "says", "say", "told", "tells", "stated", "added",
    "announced", "noted", "according", "declared", "insisted", "claimed", "warned", "stressed",
    NULL};
static const char *const SUBORD[] = {"that", "which", "who", "whom", "whose", "when", "where",
    "while", "after", "before", "because", "if", "unless", "following", "though", "although",
    NULL};

/* Month name at i (capitalised); *next is the token after it. Abbreviations
 * need a full stop or a number after them ("Dec. 14", "Dec 14"). */
static int month_at(const scan *c, int i, int *next) {
    if (i >= c->nt || c->t[i].kind != T_WORD || !is_cap(c, i)) return 0;
    int m = w_in(c, i, MONTHS);
    if (m >= 0) { *next = i + 1; return m + 1; }
    m = w_in(c, i, MONTH_ABBR);
    if (m < 0) return 0;
    if (m == 12) m = 8;
    if (p_is(c, i + 1, '.')) { *next = i + 2; return m + 1; }
    if (num_at(c, i + 1) >= 0) { *next = i + 1; return m + 1; }
    return 0;
}

static int weekday_at(const scan *c, int i) {
    if (i >= c->nt || !is_cap(c, i)) return -1;
    return w_in(c, i, WEEKDAYS);
}

/* Future wording around tokens [i, j): a marker such as "will" in the same
 * clause, before the expression or just after it. */
static int future_marker(const scan *c, int k) {
    static const char *const FUT[] = {"will", "shall", "scheduled", "upcoming", "planned",
        "planning", "plans", "intends", "tomorrow", NULL};
    static const char *const FUT_TO[] = {"expected", "due", "set", "going", "plan", "aims", NULL};
    if (w_in(c, k, FUT) >= 0) return 1;
    if (w_in(c, k, FUT_TO) >= 0 && w_is(c, k + 1, "to")) return 1;
    if (c->t[k].kind == T_WORD) {  /* he'll, they'll */
        const char *e = c->s + c->t[k].end;
        size_t len = c->t[k].end - c->t[k].start;
        if (len > 3 && (e[-1] == 'l' || e[-1] == 'L') && (e[-2] == 'l' || e[-2] == 'L') &&
            (e[-3] == '\'' || (unsigned char)e[-3] == 0x99))
            return 1;
    }
    return 0;
}

static int clause_stop(const scan *c, int k, int forward) {
    if (c->t[k].kind == T_PUNCT) {
        char ch = c->s[c->t[k].start];
        return ch != '-' && ch != '.';
    }
    if (w_in(c, k, SPEECH) >= 0) return 1;
    return forward && w_in(c, k, SUBORD) >= 0;
}

static int future_context(const scan *c, int i, int j) {
    for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
        if (clause_stop(c, k, 0)) break;
        if (future_marker(c, k)) return 1;
    }
    int k = j;
    if (p_is(c, k, ',') && i <= 1) k++;  /* "On Monday, the leaders will meet" */
    for (int stop = k + 6; k < c->nt && k < stop; k++) {
        if (clause_stop(c, k, 1)) break;
        if (future_marker(c, k)) return 1;
    }
    return 0;
}

/* ---- candidates -------------------------------------------------------------- */
static void add(scan *c, int i, int j, int32_t days, int prec, unsigned flags, int anchor) {
    if (c->nc == MAX_CANDS || j <= i) return;
    enrich_date *d = &c->c[c->nc];
    int y, m, dd;
    util_ymd_from_days(days, &y, &m, &dd);
    if (prec == ENRICH_PREC_MONTH) days = util_days_from_ymd(y, m, 1);
    if (prec == ENRICH_PREC_YEAR) days = util_days_from_ymd(y, 1, 1);
    if ((prec == ENRICH_PREC_DAY && days > c->article) ||
        (prec == ENRICH_PREC_MONTH && (y * 12 + m > c->ay * 12 + c->am)) ||
        (prec == ENRICH_PREC_YEAR && y > c->ay))
        flags |= ENRICH_DATE_FUTURE;
    d->days = days;
    d->precision = prec;
    d->flags = flags;
    d->start = c->t[i].start;
    d->end = c->t[j - 1].end;
    c->ctok[c->nc] = i;
    c->anchor[c->nc] = anchor;
    c->nc++;
}

/* Picks among last year's, this year's and next year's month/day: the most
 * recent past one unless future wording, a future one costing three times
 * its distance (so "on Dec. 14" in a Dec. 13 article is tomorrow). Without
 * future wording a future one is at most ahead_max days ahead: "invaded on
 * February 24" in a December article is the past February. */
static int32_t resolve_day_month(const scan *c, int m, int d, int rel, int fut, int ahead_max,
                                 int *ok) {
    int32_t best = 0;
    long best_cost = -1;
    for (int y = c->ay - 1; y <= c->ay + 1; y++) {
        if (d > days_in_month(y, m)) continue;
        int32_t t = util_days_from_ymd(y, m, d);
        long diff = (long)t - c->article, cost;
        if (rel == REL_LAST && diff >= 0) continue;
        if (rel == REL_NEXT && diff <= 0) continue;
        if (fut && diff < 0) continue;
        if (!fut && rel == REL_NONE && diff > ahead_max) continue;
        cost = diff < 0 ? -diff : 3 * diff;
        if (fut || rel == REL_NEXT) cost = diff;
        if (best_cost < 0 || cost < best_cost) { best = t; best_cost = cost; }
    }
    *ok = best_cost >= 0;
    return best;
}

/* The year of a month named without one. */
static int resolve_month_year(const scan *c, int m, int rel, int fut) {
    switch (rel) {
    case REL_LAST: return m < c->am ? c->ay : c->ay - 1;
    case REL_NEXT: return m > c->am ? c->ay : c->ay + 1;
    case REL_THIS: return c->ay;
    default: return fut ? (m >= c->am ? c->ay : c->ay + 1) : (m <= c->am ? c->ay : c->ay - 1);
    }
}

static int32_t resolve_weekday(const scan *c, int wd, int rel, int fut) {
    int back = (c->awd - wd + 7) % 7, fwd = (wd - c->awd + 7) % 7;
    if (rel == REL_LAST) return c->article - (back ? back : 7);
    if (rel == REL_NEXT) return c->article + (fwd ? fwd : 7);
    return fut ? c->article + fwd : c->article - back;
}

/* ---- matchers: each returns the token after the match, or 0 ----------------- */

/* "early", "late", "mid-", "the end of", ...; then "last", "this", "next". */
static int parse_mods(const scan *c, int k, mods *m) {
    static const char *const EDGE[] = {"early", "late", "mid", "earlier", "later", NULL};
    static const char *const EDGE_OF[] = {"end", "beginning", "start", "middle", NULL};
    int the = w_is(c, k, "the");
    if (w_in(c, k + the, EDGE_OF) >= 0 && w_is(c, k + the + 1, "of")) {
        m->edge = 1;
        k += the + 2;
    } else if (w_in(c, k, EDGE) >= 0) {
        static const char *const IN_THE[] = {"week", "month", "year", NULL};
        m->edge = 1;
        /* "earlier in the week": this week */
        if (w_is(c, k + 1, "in") && w_is(c, k + 2, "the") && w_in(c, k + 3, IN_THE) >= 0) {
            m->rel = REL_THIS;
            return k + 3;
        }
        k += 1 + p_is(c, k + 1, '-');
    }
    the = w_is(c, k, "the");
    if (w_is(c, k + the, "last") || w_is(c, k + the, "past") || w_is(c, k, "previous")) {
        m->rel = REL_LAST;
        m->past = w_is(c, k + the, "past");
        k += 1 + (w_is(c, k, "previous") ? 0 : the);
    } else if (w_is(c, k, "next") || w_is(c, k + the, "coming")) {
        m->rel = REL_NEXT;
        k += 1 + (w_is(c, k, "next") ? 0 : the);
    } else if (w_is(c, k, "this")) {
        m->rel = REL_THIS;
        k++;
    }
    return k;
}

/* "2022-12-13" */
static int m_iso(scan *c, int i, int k) {
    int y = year_at(c, k), mo = num_at(c, k + 2), d = num_at(c, k + 4);
    if (!y || !p_is(c, k + 1, '-') || !p_is(c, k + 3, '-') || mo < 1 || mo > 12 || d < 1 ||
        d > days_in_month(y, mo))
        return 0;
    add(c, i, k + 5, util_days_from_ymd(y, mo, d), ENRICH_PREC_DAY, 0, 0);
    return k + 5;
}

/* yesterday, today, tonight, tomorrow, this morning, last night,
 * the day before yesterday; "overnight" is the night into the article's
 * day, unless a weekday follows ("overnight into Tuesday") and says which. */
static int m_relative_day(scan *c, int i, int k, const mods *m) {
    static const char *const PART[] = {"morning", "afternoon", "evening", NULL};
    int off, j = k + 1;
    if (w_is(c, k, "the") && w_is(c, k + 1, "day") && w_is(c, k + 2, "before") &&
        w_is(c, k + 3, "yesterday")) {
        off = -2; j = k + 4;
    } else if (w_is(c, k, "yesterday")) off = -1;
    else if (w_is(c, k, "today") || w_is(c, k, "tonight")) off = 0;
    else if (w_is(c, k, "tomorrow")) off = 1;
    else if (w_is(c, k, "overnight") && weekday_at(c, k + 1) < 0 && weekday_at(c, k + 2) < 0)
        off = 0;
    else if (m->rel == REL_THIS && w_in(c, k, PART) >= 0) off = 0;
    else if (m->rel == REL_LAST && w_is(c, k, "night")) off = -1;
    else return 0;
    add(c, i, j, c->article + off, ENRICH_PREC_DAY, 0, 0);
    return j;
}

/* Count words: "a", "two", "3"; "a few", "several" are vague (-1). */
static int count_at(const scan *c, int k, int *len) {
    *len = 1;
    if (num_at(c, k) > 0 && num_at(c, k) < 100) return num_at(c, k);
    if (w_is(c, k, "several") || w_is(c, k, "few")) return -1;
    if (w_is(c, k, "a") && w_is(c, k + 1, "few")) { *len = 2; return -1; }
    int n = w_in(c, k, NUMWORDS);
    if (n < 0) return 0;
    return n == 0 || n == 13 ? 1 : n;
}

/* "N days ago"; "a day after" / "two days later" (offsets from a neighbouring
 * date, resolved once every absolute date is known). */
static int m_count(scan *c, int i, int k) {
    int len, n = count_at(c, k, &len), vague = n < 0;
    if (!n) return 0;
    if (vague) n = 3;
    int u = w_in(c, k + len, UNITS);
    if (u < 0) return 0;
    u /= 2;  /* 0 day, 1 week, 2 month, 3 year */
    int j = k + len + 2;
    if (w_is(c, k + len + 1, "ago")) {
        int prec = vague || u == 1 || u == 2 ? ENRICH_PREC_MONTH : ENRICH_PREC_DAY;
        int32_t d = c->article - n * (u == 0 ? 1 : 7);
        if (u == 2) d = month_start(c->ay, c->am - n);
        if (u == 3) { d = util_days_from_ymd(c->ay - n, 1, 1); prec = ENRICH_PREC_YEAR; }
        add(c, i, j, d, prec, 0, 0);
        return j;
    }
    if (u > 1 || vague) return 0;
    int sign;
    if (w_is(c, k + len + 1, "after") || w_is(c, k + len + 1, "earlier")) sign = -1;
    else if (w_is(c, k + len + 1, "before") || w_is(c, k + len + 1, "later")) sign = 1;
    else return 0;
    add(c, i, j, c->article, ENRICH_PREC_DAY, 0, sign * n * (u ? 7 : 1));
    return j;
}

/* "the next day", "the following day", "the previous day", "the day before" */
static int m_the_day(scan *c, int i, int k) {
    if (!w_is(c, k, "the")) return 0;
    if ((w_is(c, k + 1, "next") || w_is(c, k + 1, "following")) && w_is(c, k + 2, "day")) {
        add(c, i, k + 3, c->article, ENRICH_PREC_DAY, 0, 1);
        return k + 3;
    }
    if (w_is(c, k + 1, "previous") && w_is(c, k + 2, "day")) {
        add(c, i, k + 3, c->article, ENRICH_PREC_DAY, 0, -1);
        return k + 3;
    }
    if (w_is(c, k + 1, "day") && w_is(c, k + 2, "before") && !w_is(c, k + 3, "yesterday")) {
        add(c, i, k + 3, c->article, ENRICH_PREC_DAY, 0, -1);
        return k + 3;
    }
    return 0;
}

static int is_possessive(const scan *c, int k) {
    return k < c->nt && c->t[k].kind == T_WORD &&
           apostrophe(c->s + c->t[k].start, c->s + c->t[k].end);
}

static int lower_word(const scan *c, int k) {
    return k < c->nt && c->t[k].kind == T_WORD && !is_cap(c, k) && !is_possessive(c, k);
}

/* Christmas (Eve, Day), Orthodox Christmas, New Year('s Eve, Day). A bare
 * holiday naming a thing ("the Christmas truce") is not a date. */
static int m_holiday(scan *c, int i, int k, const mods *m) {
    int orth = w_is(c, k, "orthodox") && is_cap(c, k), j, mon, day;
    int h = k + orth;
    if (w_is(c, h, "christmas") && is_cap(c, h)) {
        mon = orth ? 1 : 12; day = orth ? 7 : 25; j = h + 1;
        if (w_is(c, j, "eve")) { day -= 1; j++; } else if (w_is(c, j, "day")) j++;
    } else if (!orth && w_is(c, h, "victory") && is_cap(c, h) && w_is(c, h + 1, "day") &&
               is_cap(c, h + 1)) {
        mon = 5; day = 9; j = h + 2;  /* as Russia and Ukraine's press use it */
    } else if (!orth && w_is(c, h, "new") && is_cap(c, h) && w_is(c, h + 1, "year") &&
               is_cap(c, h + 1)) {
        mon = 1; day = 1; j = h + 2 + is_possessive(c, h + 2);
        if (w_is(c, j, "eve")) { mon = 12; day = 31; j++; } else if (w_is(c, j, "day")) j++;
    } else {
        return 0;
    }
    if (!m->prep && m->rel == REL_NONE && lower_word(c, j)) return 0;
    int ok, fut = m->rel == REL_NONE && future_context(c, i, j);
    int32_t d = resolve_day_month(c, mon, day, m->rel == REL_THIS ? REL_NONE : m->rel, fut, 366,
                                  &ok);
    if (!ok) return 0;
    add(c, i, j, d, ENRICH_PREC_DAY, 0, 0);
    return j;
}

/* Year after a day and month: "14, 2023", "2023". */
static int year_after(const scan *c, int *j) {
    int k = *j + p_is(c, *j, ','), y = year_at(c, k);
    if (y) *j = k + 1;
    return y;
}

static int add_day_month(scan *c, int i, int j, int mon, int day, int year, const mods *m) {
    int32_t d;
    if (year) {
        if (day > days_in_month(year, mon)) return 0;
        d = util_days_from_ymd(year, mon, day);
    } else {
        int ok, fut = future_context(c, i, j);
        d = resolve_day_month(c, mon, day, m->rel == REL_THIS ? REL_NONE : m->rel, fut, 7, &ok);
        if (!ok) return 0;
    }
    add(c, i, j, d, ENRICH_PREC_DAY, 0, 0);
    return j;
}

/* "December 14, 2023", "Dec. 14", "February 2022", "in September",
 * "last September", "late February". */
static int m_month(scan *c, int i, int k, const mods *m, int need_day) {
    int j, mon = month_at(c, k, &j);
    if (!mon) return 0;
    int day = num_at(c, j);
    if (day >= 1 && day <= 31 && c->t[j].ndig <= 2) {
        j++;
        int year = year_after(c, &j);
        return add_day_month(c, i, j, mon, day, year, m);
    }
    if (need_day) return 0;
    int yk = j + w_is(c, j, "of");
    if (year_at(c, yk)) {
        add(c, i, yk + 1, month_start(year_at(c, yk), mon), ENRICH_PREC_MONTH, 0, 0);
        return yk + 1;
    }
    if (!m->prep && m->rel == REL_NONE && !m->edge) return 0;
    int fut = m->rel == REL_NONE && future_context(c, i, j);
    add(c, i, j, month_start(resolve_month_year(c, mon, m->rel, fut), mon), ENRICH_PREC_MONTH,
        0, 0);
    return j;
}

/* "14 December", "14th of December 2023" */
static int m_day_month(scan *c, int i, int k, const mods *m) {
    int day = num_at(c, k);
    if (day < 1 || day > 31 || c->t[k].ndig > 2) return 0;
    int j = k + 1 + w_is(c, k + 1, "of"), mon = month_at(c, j, &j);
    if (!mon) return 0;
    int year = year_after(c, &j);
    return add_day_month(c, i, j, mon, day, year, m);
}

/* "on the 24th": that day of the article's month when it is past, else of
 * the month before (with future wording: the first such day from the article
 * date on). "on the 24th of February" is a day and month. An ordinal before
 * a noun ("the 24th anniversary") is not a date. */
static int m_ordinal_day(scan *c, int i, int k, const mods *m) {
    static const char *const AFTER_OK[] = {"and", "or", "when", "at", "in", "as", "after",
        "before", "with", "while", "to", "for", "of", NULL};
    int day = num_at(c, k + 1), e;
    if (!w_is(c, k, "the") || !m->prep || m->rel != REL_NONE || day < 1 || day > 31 ||
        !c->t[k + 1].ord)
        return 0;
    if ((e = m_day_month(c, i, k + 1, m))) return e;
    int j = k + 2;
    if (lower_word(c, j) && w_in(c, j, AFTER_OK) < 0) return 0;
    int fut = future_context(c, i, j);
    for (int step = 0; step < 3; step++) {  /* skips months too short for the day */
        int mon = c->am + (fut ? step : -step), y = c->ay;
        if (!fut && day > c->ad && step == 0) continue;
        if (fut && day < c->ad && step == 0) continue;
        while (mon < 1) { mon += 12; y--; }
        while (mon > 12) { mon -= 12; y++; }
        if (day > days_in_month(y, mon)) continue;
        add(c, i, j, util_days_from_ymd(y, mon, day), ENRICH_PREC_DAY, 0, 0);
        return j;
    }
    return 0;
}

/* "on Tuesday", "last Friday", "next Monday", "Tuesday night";
 * "Tuesday, Dec. 13" takes the full date. */
static int m_weekday(scan *c, int i, int k, const mods *m) {
    static const char *const PART[] = {"morning", "afternoon", "evening", "night", "overnight",
        NULL};
    static const char *const NAMED[] = {"black", "bloody", "good", "holy", "super", "cyber",
        "ash", "palm", "maundy", NULL};
    int wd = weekday_at(c, k);
    if (wd < 0 || (k > 0 && is_cap(c, k - 1) && w_in(c, k - 1, NAMED) >= 0)) return 0;
    int j = k + 1 + (w_in(c, k + 1, PART) >= 0);
    int full = j + p_is(c, j, ','), e;
    mods none = {0};
    if ((e = m_month(c, i, full, &none, 1)) || (e = m_day_month(c, i, full, &none))) return e;
    /* "Tuesday next week", "Friday last week": that week's day */
    int wk = w_is(c, j, "next") ? 1 : w_is(c, j, "last") ? -1 : w_is(c, j, "this") ? 0 : 9;
    if (wk != 9 && w_is(c, j + 1, "week") && m->rel == REL_NONE) {
        add(c, i, j + 2, c->article - c->awd + 7 * wk + wd, ENRICH_PREC_DAY, 0, 0);
        return j + 2;
    }
    int fut = m->rel != REL_LAST && future_context(c, i, j);
    add(c, i, j, resolve_weekday(c, wd, m->rel, fut), ENRICH_PREC_DAY, 0, 0);
    return j;
}

/* "last week", "this month", "next year", "over the weekend",
 * "in the coming days". Weeks are given at month precision. */
static int m_period(scan *c, int i, int k, const mods *m) {
    static const char *const P[] = {"week", "weekend", "month", "year", "days", "weeks", NULL};
    int rel = m->rel, the = 0;
    if (rel == REL_NONE && m->prep && w_is(c, k, "the") && w_is(c, k + 1, "weekend")) {
        rel = REL_THIS;
        the = 1;
    }
    int u = w_in(c, k + the, P), j = k + the + 1;
    if (u < 0 || rel == REL_NONE) return 0;
    if (m->past && (u == 0 || u == 2 || u == 3)) {  /* "over the past year": since then */
        static const int back[] = {7, 0, 30, 365};
        add(c, i, j, c->article - back[u], u == 3 ? ENRICH_PREC_YEAR : ENRICH_PREC_MONTH,
            ENRICH_DATE_SINCE, 0);
        return j;
    }
    int step = rel == REL_LAST ? -1 : rel == REL_NEXT ? 1 : 0;
    switch (u) {
    case 0:
        add(c, i, j, c->article + 7 * step, ENRICH_PREC_MONTH, step > 0 ? ENRICH_DATE_FUTURE : 0, 0);
        break;
    case 1: {
        int fut = rel == REL_NEXT || (rel == REL_THIS && future_context(c, i, j));
        int r = rel == REL_THIS ? REL_NONE : rel;
        add(c, i, j, resolve_weekday(c, 5, r, fut), ENRICH_PREC_MONTH, 0, 0);
        break;
    }
    case 2:
        add(c, i, j, month_start(c->ay, c->am + step), ENRICH_PREC_MONTH, 0, 0);
        break;
    case 3:
        add(c, i, j, util_days_from_ymd(c->ay + step, 1, 1), ENRICH_PREC_YEAR, 0, 0);
        break;
    default:  /* the past days, the coming weeks: around the article's month */
        add(c, i, j, c->article, ENRICH_PREC_MONTH, step > 0 ? ENRICH_DATE_FUTURE : 0, 0);
        break;
    }
    return j;
}

/* "summer 2022", "the spring of 2014", "last winter", "this fall":
 * year precision. A bare season ("the fall of Kabul") is not a date. */
static int m_season(scan *c, int i, int k, const mods *m) {
    static const char *const S[] = {"spring", "summer", "autumn", "fall", "winter", NULL};
    static const int rep[] = {4, 7, 10, 10, 1};
    int the = w_is(c, k, "the") && m->prep, s = w_in(c, k + the, S), j = k + the + 1, y;
    if (s < 0) return 0;
    if ((y = year_at(c, j + w_is(c, j, "of")))) {
        j += w_is(c, j, "of") + 1;
    } else if (m->rel != REL_NONE && !the) {
        y = resolve_month_year(c, rep[s], m->rel, 0);
    } else {
        return 0;
    }
    add(c, i, j, util_days_from_ymd(y, 1, 1), ENRICH_PREC_YEAR, 0, 0);
    return j;
}

/* "in 2014", "since 2014", "early 2022", "by 2030" */
static int m_year(scan *c, int i, int k, const mods *m) {
    int y = year_at(c, k);
    if (!y || (!m->prep && !m->edge) || m->rel != REL_NONE) return 0;
    add(c, i, k + 1, util_days_from_ymd(y, 1, 1), ENRICH_PREC_YEAR, 0, 0);
    return k + 1;
}

/* ---- the scan ------------------------------------------------------------------ */
static int match_at(scan *c, int i) {
    mods m = {0};
    int k = i, j, before = c->nc;
    if (w_in(c, i, PREPS) >= 0) {
        m.prep = 1;
        m.since = w_is(c, i, "since");
        k++;
    }
    k = parse_mods(c, k, &m);
    if (k >= c->nt) return 0;
    (void)((j = m_iso(c, i, k)) || (j = m_relative_day(c, i, k, &m)) || (j = m_count(c, i, k)) ||
        (j = m_the_day(c, i, k)) || (j = m_holiday(c, i, k, &m)) ||
        (j = m_weekday(c, i, k, &m)) || (j = m_month(c, i, k, &m, 0)) ||
        (j = m_day_month(c, i, k, &m)) || (j = m_ordinal_day(c, i, k, &m)) ||
        (j = m_period(c, i, k, &m)) ||
        (j = m_season(c, i, k, &m)) || (j = m_year(c, i, k, &m)));
    if (j && m.since && c->nc > before) c->c[c->nc - 1].flags |= ENRICH_DATE_SINCE;
    return j;
}

/* A dash: "-", or an en or em dash. */
static int dash_at(const scan *c, int k) {
    if (k >= c->nt || c->t[k].kind != T_PUNCT) return 0;
    const unsigned char *p = (const unsigned char *)c->s + c->t[k].start;
    size_t len = c->t[k].end - c->t[k].start;
    return (len == 1 && p[0] == '-') ||
           (len == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94));
}

/* Capitalised words, commas, brackets: what a dateline's place and agency
 * are written with ("MOSCOW, Dec 13 (Reuters) -", "[Feb 28, 2023] KYIV -"). */
static int dateline_tok(const scan *c, int k) {
    if (c->t[k].kind == T_WORD) return is_cap(c, k);
    return p_is(c, k, ',') || p_is(c, k, '[') || p_is(c, k, ']') || p_is(c, k, '(') ||
           p_is(c, k, ')');
}

/* Candidate i opens the sentence as a dateline: only place words before it
 * and a dash a few place words after it. */
static int in_dateline(const scan *c, int i) {
    int first = c->ctok[i], k;
    for (k = 0; k < first; k++)
        if (!dateline_tok(c, k)) return 0;
    for (k = first; k < c->nt && c->t[k].end <= c->c[i].end; k++) {}
    for (int stop = k + 8; k < c->nt && k < stop; k++) {
        if (dash_at(c, k)) return 1;
        if (!dateline_tok(c, k)) return 0;
    }
    return 0;
}

/* "a day after", "the next day": offsets from the nearest absolute date
 * before them in the sentence, else after them, else the article. */
static void resolve_anchors(scan *c) {
    for (int i = 0; i < c->nc; i++) {
        if (!c->anchor[i]) continue;
        int32_t base = c->article;
        for (int k = i - 1, done = 0; k >= 0 && !done; k--)
            if (!c->anchor[k] && c->c[k].precision == ENRICH_PREC_DAY) { base = c->c[k].days; done = 1; }
        if (base == c->article)
            for (int k = i + 1; k < c->nc; k++)
                if (!c->anchor[k] && c->c[k].precision == ENRICH_PREC_DAY) { base = c->c[k].days; break; }
        c->c[i].days = base + c->anchor[i];
        c->c[i].flags &= ~ENRICH_DATE_FUTURE;
        if (c->c[i].days > c->article) c->c[i].flags |= ENRICH_DATE_FUTURE;
    }
}

static void scan_run(scan *c, const char *s, size_t n, int32_t article) {
    c->s = s ? s : "";
    c->n = s ? (n > (1u << 30) ? (1u << 30) : n) : 0;
    c->article = article;
    c->nc = 0;
    c->nt = 0;
    /* years 1..9999 only, so day arithmetic cannot overflow */
    if (article < util_days_from_ymd(1, 1, 1) || article > util_days_from_ymd(9999, 12, 1)) return;
    util_ymd_from_days(article, &c->ay, &c->am, &c->ad);
    c->awd = weekday_of(article);
    tokenize(c);
    for (int i = 0; i < c->nt && c->nc < MAX_CANDS;) {
        int j = match_at(c, i);
        i = j > i ? j : i + 1;
    }
    resolve_anchors(c);
    for (int i = 0; i < c->nc; i++) c->dateline[i] = in_dateline(c, i);
}

size_t enrich_dates_find(const char *s, size_t n, int32_t article_days, enrich_date *out,
                         size_t max) {
    scan c;
    scan_run(&c, s, n, article_days);
    for (int i = 0; i < c.nc && (size_t)i < max; i++) out[i] = c.c[i];
    return (size_t)c.nc;
}

/* A past participle with its agent after a noun, "a plan drafted by
 * officials": a reduced relative clause. After "was", "has been" ... it is
 * the clause's own passive verb instead. */
static int reduced_passive(const scan *c, int k) {
    static const char *const AUX[] = {"was", "were", "is", "are", "be", "been", "being", "has",
        "have", "had", "get", "gets", "got", NULL};
    static const char *const IRREGULAR[] = {"made", "held", "drawn", "written", "taken", "given",
        "brought", "sent", "built", "won", "led", "set", "put", "seen", "chosen", "struck", NULL};
    if (k < 1 || !w_is(c, k + 1, "by") || !lower_word(c, k)) return 0;
    size_t len = c->t[k].end - c->t[k].start;
    const char *e = c->s + c->t[k].end;
    if (!(len >= 5 && e[-2] == 'e' && e[-1] == 'd') && w_in(c, k, IRREGULAR) < 0) return 0;
    int p = k - 1;  /* "was quickly drafted by" */
    if (p > 0 && c->t[p].end - c->t[p].start > 3 && c->s[c->t[p].end - 2] == 'l' &&
        c->s[c->t[p].end - 1] == 'y')
        p--;
    return w_in(c, p, AUX) < 0;
}

/* A comma after the verb before token k and another between k and t: k
 * sits in an insertion ("retreated from Kherson, the city Russia captured
 * after ..., last month") and its clause has closed by t. */
static int inserted(const scan *c, long verb, int k, int t) {
    int before = 0, after = 0;
    for (int q = k - 1; q >= 0 && (long)c->t[q].start > verb && !before; q--) before = p_is(c, q, ',');
    for (int q = k + 1; q < t && !after; q++) after = p_is(c, q, ',');
    return before && after;
}

/* A subordinating word, a past perfect or a reduced relative clause between
 * the verb and token t: the date after it belongs to another, earlier clause
 * ("said that ... annexed last year", "proclaimed it had annexed the regions
 * last September", "talks on a plan drafted by officials in October"). */
static int other_clause(const scan *c, long verb, int t) {
    for (int k = t - 1; k >= 0 && (long)c->t[k].start > verb; k--)
        if ((w_in(c, k, SUBORD) >= 0 || w_is(c, k, "had") || reduced_passive(c, k)) &&
            !inserted(c, verb, k, t))
            return 1;
    return 0;
}

/* End of the verb's word: distances after the verb count from there. */
static long verb_end(const scan *c, long verb) {
    for (int k = 0; k < c->nt; k++)
        if ((long)c->t[k].start <= verb && verb < (long)c->t[k].end) return (long)c->t[k].end;
    return verb;
}

/* level 0: the sentence's own expressions; 1: also a dateline's date;
 * 2: also "since" ones. */
static int pick(const scan *c, long verb, unsigned flags, int level) {
    int best = -1;
    long best_dist = 0, vend = verb_end(c, verb);
    for (int i = 0; i < c->nc; i++) {
        const enrich_date *d = &c->c[i];
        if ((d->flags & ENRICH_DATE_FUTURE) && !(flags & ENRICH_EVENT_FUTURE_OK)) continue;
        if ((d->flags & ENRICH_DATE_SINCE) && level < 2) continue;
        if (c->dateline[i] && level < 1) continue;
        if (verb < 0) return i;
        if ((long)d->start > verb && other_clause(c, verb, c->ctok[i])) continue;
        long dist = (long)d->end <= verb ? verb - (long)d->end
                  : (long)d->start >= vend ? (long)d->start - vend : 0;
        if (best < 0 || dist < best_dist) { best = i; best_dist = dist; }
    }
    return best;
}

void enrich_event_date(const char *s, size_t n, int32_t article_days, long verb_pos,
                       unsigned flags, enrich_date *out) {
    scan c;
    scan_run(&c, s, n, article_days);
    int best = pick(&c, verb_pos, flags, 0);
    if (best < 0) best = pick(&c, verb_pos, flags, 1);
    if (best < 0) best = pick(&c, verb_pos, flags, 2);
    if (best >= 0) {
        *out = c.c[best];
        return;
    }
    *out = (enrich_date){article_days, ENRICH_PREC_DAY, ENRICH_DATE_ARTICLE, 0, 0};
}

int enrich_date_format(const enrich_date *d, char out[11]) {
    util_format_date(d->days, out);
    int len = d->precision == ENRICH_PREC_YEAR ? 4 : d->precision == ENRICH_PREC_MONTH ? 7 : 10;
    out[len] = '\0';
    return len;
}
