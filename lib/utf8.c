/* utf8.c -- UTF-8 helpers on top of utf8proc (see utf8.h). */
#include "utf8.h"
#include "buf.h"
#include <utf8proc.h>

int utf8_valid(const char *p, size_t len, size_t *bad) {
    const unsigned char *s = (const unsigned char *)p;
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        if (c < 0x80) {
            if (c == 0) goto fail;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n < 0) goto fail;
        i += (size_t)n;
    }
    return 1;
fail:
    if (bad) *bad = i;
    return 0;
}

size_t utf8_decode(const char *p, size_t len, int32_t *cp) {
    const unsigned char *s = (const unsigned char *)p;
    if (len && s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate(s, (utf8proc_ssize_t)len, &c);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return (size_t)n;
}

int utf8_is_alnum(int32_t cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
        return 1;
    default:
        return 0;
    }
}

int utf8_is_digit(int32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

int utf8_is_upper(int32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int utf8_is_lower(int32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

int utf8_is_space(int32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || cp < 0x20 || cp == 0x7f;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
           c == UTF8PROC_CATEGORY_ZP || c == UTF8PROC_CATEGORY_CC ||
           cp == 0x200B || cp == 0xFEFF; /* zero-width space, BOM */
}

int utf8_is_apostrophe(int32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x2032;
}

void utf8_encode(int32_t cp, struct buf *out) {
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, tmp);
    buf_add(out, (const char *)tmp, (size_t)n);
}

void utf8_fold(int32_t cp, struct buf *out) {
    if (cp < 0x80) {
        buf_addc(out, (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp));
        return;
    }
    if (utf8_is_apostrophe(cp)) { buf_addc(out, '\''); return; }
    if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x00AB || cp == 0x00BB) {
        buf_addc(out, '"');
        return;
    }
    if (cp == 0x2013 || cp == 0x2014 || cp == 0x2212) { buf_addc(out, '-'); return; }
    utf8proc_int32_t dst[8];
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, dst, 8, UTF8PROC_CASEFOLD, NULL);
    if (n <= 0 || n > 8) { utf8_encode(cp, out); return; }
    for (utf8proc_ssize_t i = 0; i < n; i++) utf8_encode(dst[i], out);
}
