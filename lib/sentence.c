/* sentence.c -- sentence splitting (see sentence.h for the rules). */
#include "sentence.h"
#include "mem.h"
#include "utf8.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Words that end in a full stop without ending a sentence. Compared
 * case-sensitively against the word before the dot. */
static const char *const abbrev[] = {
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm",
    "Prof", "Jr", "Sr", "No", "Nos", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Gov",
    "Sen", "Rep", "Rev", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "approx", "Art", "para", "pp", "cf", "e.g", "i.e", "Messrs",
    /* transcripts write titles in capitals: "MR. KIRBY:", "MS. PSAKI:" */
    "MR", "MRS", "MS", "DR"};

static int is_abbrev(const char *w, size_t n) {
    for (size_t i = 0; i < sizeof abbrev / sizeof *abbrev; i++)
        if (strlen(abbrev[i]) == n && memcmp(abbrev[i], w, n) == 0) return 1;
    return 0;
}

static void push(struct sent_list *l, const char *t, size_t s, size_t e, int para) {
    while (s < e && (unsigned char)t[s] <= ' ') s++;
    while (e > s && (unsigned char)t[e - 1] <= ' ') e--;
    /* Also trim Unicode white space (no-break space is common in press
     * text), at both ends. */
    for (;;) {
        int32_t c;
        size_t n = utf8_decode(t + s, e - s, &c);
        if (s >= e || !utf8_is_space(c)) break;
        s += n;
    }
    for (;;) {
        if (e <= s) break;
        size_t p = e - 1;
        while (p > s && ((unsigned char)t[p] & 0xC0) == 0x80) p--;
        int32_t c;
        utf8_decode(t + p, e - p, &c);
        if (!utf8_is_space(c)) break;
        e = p;
        while (e > s && (unsigned char)t[e - 1] <= ' ') e--;
    }
    if (s >= e) return;
    /* a "sentence" longer than SENT_MAX_BYTES is a table, a list without
     * stops or junk: it goes on in pieces cut at a space (or between two
     * characters), so no statement or output line grows without bound */
    while (e - s > SENT_MAX_BYTES) {
        size_t c = s + SENT_MAX_BYTES, floor = c - SENT_MAX_BYTES / 16;
        while (c > floor && t[c - 1] != ' ') c--;
        if (c == floor) {
            c = s + SENT_MAX_BYTES;
            while (c > s && ((unsigned char)t[c] & 0xC0) == 0x80) c--;
        }
        size_t piece_end = c;
        while (piece_end > s && t[piece_end - 1] == ' ') piece_end--;
        ALLOC_GROW(l->v, l->n + 1, l->cap);
        l->v[l->n++] = (struct sent){s, piece_end, para};
        para = 0;
        s = c;
        while (s < e && t[s] == ' ') s++;
    }
    ALLOC_GROW(l->v, l->n + 1, l->cap);
    l->v[l->n++] = (struct sent){s, e, para};
}

static int is_close(unsigned char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* Length of a closing quote at p: ASCII, or ” ’ » (3 or 2 bytes). */
static size_t close_len(const char *p, size_t left) {
    if (left >= 1 && is_close((unsigned char)*p)) return 1;
    if (left >= 3 && memcmp(p, "\xe2\x80\x9d", 3) == 0) return 3; /* ” */
    if (left >= 3 && memcmp(p, "\xe2\x80\x99", 3) == 0) return 3; /* ’ */
    if (left >= 2 && memcmp(p, "\xc2\xbb", 2) == 0) return 2;     /* » */
    return 0;
}

/* Can a sentence start at p? A capital letter, a digit or an opening quote. */
static int starts_sentence(const char *p, size_t left) {
    if (!left) return 0;
    int32_t c;
    size_t n = utf8_decode(p, left, &c);
    if (utf8_is_upper(c) || utf8_is_digit(c)) return 1;
    if (c == '"' || c == '\'' || c == '(' || c == 0x201C || c == 0x2018 || c == 0x00AB ||
        c == '[' || c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2022)
        return n < left;
    return 0;
}

/* The word before the dot at text[i]: its start. A word is letters,
 * digits and dots (in any script); quotes, dashes and brackets, curly or
 * straight, are not part of it, so "“Mr." is the word "Mr". */
static size_t word_before(const char *t, size_t i, size_t lo) {
    size_t s = i;
    while (s > lo) {
        size_t p = s - 1;
        while (p > lo && ((unsigned char)t[p] & 0xC0) == 0x80) p--; /* start of the code point */
        int32_t c;
        utf8_decode(t + p, s - p, &c);
        if (!(utf8_is_alnum(c) || c == '.')) break;
        s = p;
    }
    return s;
}

/* Does the dot at text[i] end a sentence, given the next sentence would
 * start at text[k]? Rejects abbreviations, initials and decimals. */
static int dot_ends(const char *t, size_t i, size_t lo, size_t k, size_t len, int glued) {
    size_t ws = word_before(t, i, lo);
    size_t wn = i - ws;
    if (wn == 0) return 1;
    if (is_abbrev(t + ws, wn)) return 0;
    /* single capital initial: "J. Smith" */
    if (wn == 1 && t[ws] >= 'A' && t[ws] <= 'Z') return 0;
    /* initials with dots inside: "U.S." "U.N." */
    if (memchr(t + ws, '.', wn)) {
        int letters_dots = 1;
        for (size_t j = ws; j < i; j++)
            if (!((t[j] >= 'A' && t[j] <= 'Z') || t[j] == '.')) letters_dots = 0;
        if (letters_dots) return 0;
    }
    if (glued) {
        /* "Moscow.The", "NATO.From": a word of two or more letters without
         * inner dots before, Capital+lower after, so "U.S.The", "U.S.A" or
         * "file.TXT" stay whole. */
        unsigned char b = (unsigned char)t[i - 1];
        if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) return 0;
        if (wn < 2 || memchr(t + ws, '.', wn)) return 0;
        int32_t c1, c2;
        size_t n1 = utf8_decode(t + k, len - k, &c1);
        if (!utf8_is_upper(c1) || k + n1 >= len) return 0;
        utf8_decode(t + k + n1, len - k - n1, &c2);
        return utf8_is_lower(c2);
    }
    return 1;
}

/* Wire datelines and agency tags that the rule below misses, each followed
 * by a spaced hyphen or colon: "KABUL (Reuters) - ", "UNITED NATIONS : ",
 * "AFP - ", "Canadian Press - VANCOUVER (CP) - ", "SYDNEY : ", and a
 * weekday alone, "Wednesday: ". Capital words (at most four, the first of
 * two or more letters), an optional agency in brackets, then " - ", " -- "
 * or " : " (or a weekday and ": "), at most twice in a row. Returns the
 * length, else 0. */
/* One dateline part at q: capital words (at most four, the first of two or
 * more letters), an optional agency in brackets, then " - ", " -- " or
 * " : ". Returns its length (0: none); *caps says every word was in
 * capitals, *agency that an agency in brackets followed. */
static size_t dateline_part(const char *q, size_t room, int *caps, int *agency) {
    size_t i = 0, words = 0;
    *caps = 1, *agency = 0;
    while (i < room && words < 4) {
        size_t j = i;
        while (j < room && ((q[j] >= 'A' && q[j] <= 'Z') || (j > i && q[j] >= 'a' && q[j] <= 'z')))
            j++;
        if (j - i < 2) break;
        for (size_t k = i + 1; k < j; k++)
            if (q[k] >= 'a' && q[k] <= 'z') *caps = 0;
        words++;
        i = j;
        if (i + 1 < room && q[i] == ' ' && q[i + 1] >= 'A' && q[i + 1] <= 'Z') i++;
        else break;
    }
    if (!words || (i < room && q[i] != ' ')) return 0;
    if (i + 1 < room && q[i] == ' ' && q[i + 1] == '(') {
        size_t c = i + 2;
        while (c < room && c < i + 24 && q[c] != ')' && q[c] != '\n') c++;
        if (c >= room || q[c] != ')') return 0;
        *agency = 1;
        i = c + 1;
    }
    if (i + 3 <= room && memcmp(q + i, " - ", 3) == 0) return i + 3;
    if (i + 4 <= room && memcmp(q + i, " -- ", 4) == 0) return i + 4;
    if (*caps && i + 3 <= room && memcmp(q + i, " : ", 3) == 0) return i + 3;
    return 0;
}

/* Wire datelines and agency tags that the rule below misses: "KABUL
 * (Reuters) - ", "UNITED NATIONS : ", "AFP - ", "Canadian Press -
 * VANCOUVER (CP) - ", "SYDNEY : ", and a weekday alone, "Wednesday: ". A
 * part in capitals or with an agency in brackets is a dateline; capitalised
 * words ("Canadian Press - ") only when such a part follows, so prose like
 * "The UK - and France - ..." is not. Returns the length, else 0. */
/* Is p[0..n) a news agency's tag ("AFP", "AP", "UPI")? */
static int is_agency(const char *p, size_t n) {
    static const char *const agencies[] = {"AFP", "AP", "UPI", "DPA", "EFE", "TASS", "ANSA",
                                           "IRNA", "KCNA", "PTI", "IANS", "CP", "AAP", "RIA",
                                           "BBC", "CNN", "MENA", "WAFA", "APA"};
    for (size_t k = 0; k < sizeof agencies / sizeof *agencies; k++)
        if (strlen(agencies[k]) == n && memcmp(agencies[k], p, n) == 0) return 1;
    return 0;
}

static size_t agency_dateline_len(const char *p, size_t left) {
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
    for (size_t d = 0; d < 7; d++) {
        size_t n = strlen(days[d]);
        if (left > n + 2 && memcmp(p, days[d], n) == 0 && p[n] == ':' && p[n + 1] == ' ')
            return n + 2;
    }
    int caps, agency, caps2, agency2;
    size_t a = dateline_part(p, left, &caps, &agency);
    if (!a) return 0;
    /* one short capital word before a dash is prose ("US - China trade
     * talks", "NATO - Russia relations") unless it is an agency */
    if (!agency && a <= 4 + 3 && !memchr(p, ' ', a - 3) && !is_agency(p, a - 3)) {
        size_t b0 = dateline_part(p + a, left - a, &caps2, &agency2);
        if (!(b0 && (caps2 || agency2)) && p[a - 2] == '-') return 0;
    }
    size_t b = dateline_part(p + a, left - a, &caps2, &agency2);
    if (b && (caps2 || agency2)) return a + b;
    /* what follows a dateline starts a sentence: "NATO - the alliance" is prose */
    if (a < left && p[a] >= 'a' && p[a] <= 'z') return 0;
    return (caps || agency) ? a : 0;
}

/* A dateline opening the paragraph at p: "MOSCOW, Feb 11 (Xinhua) -- ",
 * "KYIV, Ukraine (AP) \u2014 ", "WASHINGTON \u2013 ": a word of three or more
 * capitals, then within 80 bytes and before any full stop a spaced dash.
 * Returns the length up to and including the dash and its space, else 0. */
static size_t dateline_len(const char *p, size_t left) {
    size_t ag = agency_dateline_len(p, left);
    if (ag) return ag;
    size_t i = 0;
    while (i < left && p[i] >= 'A' && p[i] <= 'Z') i++;
    if (i < 3) return 0;
    /* more capital words: "NEW YORK" */
    while (i + 1 < left && p[i] == ' ' && p[i + 1] >= 'A' && p[i + 1] <= 'Z') {
        size_t j = i + 1;
        while (j < left && p[j] >= 'A' && p[j] <= 'Z') j++;
        if (j < left && p[j] >= 'a' && p[j] <= 'z') break; /* a capitalised word: prose */
        i = j;
    }
    if (i >= left) return 0;
    if (p[i] != ',') { /* no place detail: the dash must follow at once */
        if (p[i] != ' ') return 0;
        if (i + 4 <= left && memcmp(p + i, " -- ", 4) == 0) return i + 4;
        if (i + 5 <= left && (memcmp(p + i, " \xe2\x80\x94 ", 5) == 0 ||
                              memcmp(p + i, " \xe2\x80\x93 ", 5) == 0))
            return i + 5;
        return 0;
    }
    for (; i + 3 < left && i < 80; i++) {
        if (p[i] == '.' && p[i + 1] == ' ') return 0;
        if (p[i] == '\n') return 0;
        if (p[i] != ' ') continue;
        size_t d = 0;
        if (p[i + 1] == '-' && p[i + 2] == '-') d = 2;
        else if (i + 4 < left && (memcmp(p + i + 1, "\xe2\x80\x94", 3) == 0 ||
                                  memcmp(p + i + 1, "\xe2\x80\x93", 3) == 0))
            d = 3;
        if (d && i + 1 + d < left && p[i + 1 + d] == ' ') return i + 1 + d + 1;
    }
    return 0;
}

/* Length of a section break "* * *" or "***" at t[i], else 0. "***" may be
 * glued to the stop before it ("statements.*** Vladimir Putin:") but not
 * stand inside a word ("f***ing"). */
static size_t section_break_len(const char *t, size_t i, size_t len) {
    if (len - i >= 5 && memcmp(t + i, "* * *", 5) == 0) return 5;
    if (len - i < 3 || memcmp(t + i, "***", 3) != 0) return 0;
    if (i > 0 && isalnum((unsigned char)t[i - 1])) return 0;
    if (len - i > 3 && (islower((unsigned char)t[i + 3]) || t[i + 3] == '*')) return 0;
    return 3;
}

void sent_split(const char *t, size_t len, struct sent_list *out) {
    size_t start = 0, i = 0;
    int para = 1;
    while (i < len) {
        if (i == start && para) {
            size_t dl = dateline_len(t + i, len - i);
            if (dl) { /* the dateline is a sentence of its own */
                /* the lead after a dateline still opens the paragraph */
                push(out, t, start, i + dl, para);
                start = i = i + dl;
                continue;
            }
        }
        unsigned char c = (unsigned char)t[i];
        if (c == '\n') {
            /* Blank line: paragraph break. Single break: sentence break
             * unless the next line carries on in lower case. */
            size_t j = i + 1;
            int blank = 0;
            while (j < len && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r' || t[j] == '\n')) {
                if (t[j] == '\n') blank = 1;
                j++;
            }
            int32_t nc = 0;
            if (j < len) utf8_decode(t + j, len - j, &nc);
            if (blank || j >= len || !utf8_is_lower(nc)) {
                push(out, t, start, i, para);
                para = 1;
                start = i = j;
                continue;
            }
            i = j;
            continue;
        }
        /* "* * *" or "***" (even glued to the stop before it):
         * kremlin.ru's section break, before transcripts */
        size_t stars = section_break_len(t, i, len);
        if (stars) {
            push(out, t, start, i, para);
            para = 1;
            start = i = i + stars;
            continue;
        }
        int term = 0;
        size_t tl = 1;
        if (c == '.' || c == '!' || c == '?') term = 1;
        else if (i + 3 <= len && memcmp(t + i, "\xe2\x80\xa6", 3) == 0) term = 1, tl = 3; /* … */
        if (!term) {
            i++;
            continue;
        }
        /* The terminator run, then closing quotes/brackets. */
        size_t j = i + tl;
        while (j < len && (t[j] == '.' || t[j] == '!' || t[j] == '?')) j++;
        for (size_t cl; j < len && (cl = close_len(t + j, len - j)) > 0;) j += cl;
        size_t k = j;
        while (k < len && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) k++;
        /* no-break space after the stop */
        while (k + 2 <= len && memcmp(t + k, "\xc2\xa0", 2) == 0) k += 2;
        int glued = (k == j);
        if (k >= len || t[k] == '\n') {
            i = k; /* the line break or end handles it */
            continue;
        }
        if (!starts_sentence(t + k, len - k)) {
            i = j;
            continue;
        }
        if (c == '.' && tl == 1 && !dot_ends(t, i, start, k, len, glued)) {
            i = j;
            continue;
        }
        if (glued && c != '.' && !(c == '!' || c == '?')) {
            i = j;
            continue;
        }
        if (glued && c == '.' && j > i + 1 && t[j - 1] != '.') {
            /* ." or .) glued to the next word: treat like spaced */
        }
        if (glued && (c == '!' || c == '?')) {
            int32_t c1;
            utf8_decode(t + k, len - k, &c1);
            if (!utf8_is_upper(c1)) {
                i = j;
                continue;
            }
        }
        push(out, t, start, j, para);
        para = 0;
        start = i = k;
    }
    push(out, t, start, len, para);
}

void sent_list_free(struct sent_list *l) {
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}
