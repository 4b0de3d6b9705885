/* jsonw.c -- compact JSON text into a buffer (see jsonw.h). */
#include "jsonw.h"
#include "utf8.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

int jw_str(struct buf *b, const char *s, size_t len) {
    size_t bad;
    if (!utf8_valid(s, len, &bad)) return -1;
    buf_addc(b, '"');
    size_t run = 0; /* bytes copied as they are, pending */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            run++;
            continue;
        }
        buf_add(b, s + i - run, run);
        run = 0;
        char esc[8];
        switch (c) {
        case '"': buf_add(b, "\\\"", 2); break;
        case '\\': buf_add(b, "\\\\", 2); break;
        case '\b': buf_add(b, "\\b", 2); break;
        case '\f': buf_add(b, "\\f", 2); break;
        case '\n': buf_add(b, "\\n", 2); break;
        case '\r': buf_add(b, "\\r", 2); break;
        case '\t': buf_add(b, "\\t", 2); break;
        default:
            snprintf(esc, sizeof esc, "\\u%04X", (unsigned)c);
            buf_add(b, esc, 6);
        }
    }
    buf_add(b, s + len - run, run);
    buf_addc(b, '"');
    return 0;
}

int jw_cstr(struct buf *b, const char *s) {
    if (!s) {
        buf_add(b, "null", 4);
        return 0;
    }
    return jw_str(b, s, strlen(s));
}

int jw_key(struct buf *b, const char *key, int *first) {
    size_t at = b->len;
    if (!*first) buf_addc(b, ',');
    if (jw_str(b, key, strlen(key)) < 0) {
        b->len = at;
        return -1;
    }
    *first = 0;
    buf_addc(b, ':');
    return 0;
}

int jw_real(struct buf *b, double v, int precision) {
    if (!isfinite(v)) return -1;
    char s[64];
    int n = snprintf(s, sizeof s - 3, "%.*g", precision, v);
    if (n < 0 || (size_t)n >= sizeof s - 3) return -1;
    size_t len = (size_t)n;
    /* a dot or an exponent, so that the value reads back as a real */
    if (!strchr(s, '.') && !strchr(s, 'e')) {
        memcpy(s + len, ".0", 3);
        len += 2;
    }
    /* no "+" and no leading zeros in the exponent: "1e+05" is "1e5" */
    char *e = strchr(s, 'e');
    if (e) {
        char *start = e + 1, *end = e + 2;
        if (*start == '-') start++;
        while (*end == '0') end++;
        if (end != start) {
            memmove(start, end, len - (size_t)(end - s) + 1);
            len -= (size_t)(end - start);
        }
    }
    buf_add(b, s, len);
    return 0;
}

void jw_int(struct buf *b, long long v) { buf_addf(b, "%lld", v); }
