/* escape.c -- one field of text in each output format (see escape.h). */
#include "escape.h"
#include <string.h>

void esc_tsv(FILE *f, const char *s) {
    while (s && *s) {
        size_t run = strcspn(s, "\\\t\n\r"); /* written as it is, at once */
        fwrite(s, 1, run, f);
        s += run;
        if (!*s) break;
        switch (*s++) {
        case '\\': fputs("\\\\", f); break;
        case '\t': fputs("\\t", f); break;
        case '\n': fputs("\\n", f); break;
        default: fputs("\\r", f); break;
        }
    }
}

void esc_tsv_undo(char *s) {
    char *w = s;
    for (; *s; s++) {
        if (*s == '\\' && s[1]) {
            const char *from = "\\tnr", *to = "\\\t\n\r";
            const char *k = strchr(from, s[1]);
            if (k) {
                *w++ = to[k - from];
                s++;
                continue;
            }
        }
        *w++ = *s;
    }
    *w = '\0';
}

void esc_csv(FILE *f, const char *s) {
    if (!s) return;
    size_t n = strlen(s);
    int formula = n && strchr("=+-@\t\r", s[0]);
    int quote = formula || strpbrk(s, ",\"\r\n") || (n && (s[0] == ' ' || s[n - 1] == ' '));
    if (quote) fputc('"', f);
    if (formula) fputc('\'', f);
    for (; *s; s++) {
        if (*s == '"') fputc('"', f);
        fputc(*s, f);
    }
    if (quote) fputc('"', f);
}

/* Length of a character at s that must not reach a terminal or a page as
 * it is, else 0: C0, DEL, C1 controls (C2 80..9F), the line and paragraph
 * separators U+2028/2029, and the bidirectional controls (U+200E/200F,
 * U+202A..202E, U+2066..2069) that could make a line read in another
 * order than it was written. */
static int control(const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x20 || u[0] == 0x7f) return 1;
    if (u[0] == 0xc2 && u[1] >= 0x80 && u[1] <= 0x9f) return 2;
    if (u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x8e || u[2] == 0x8f || (u[2] >= 0xa8 && u[2] <= 0xae)))
        return 3;
    if (u[0] == 0xe2 && u[1] == 0x81 && u[2] >= 0xa6 && u[2] <= 0xa9) return 3;
    return 0;
}

/* Writes s with control characters as spaces and every other byte
 * through put (which may escape it). */
static void each(FILE *f, const char *s, void (*put)(FILE *, char)) {
    while (s && *s) {
        int k = control(s);
        if (k) {
            fputc(' ', f);
            s += k;
        } else {
            put(f, *s++);
        }
    }
}

static void put_plain(FILE *f, char c) { fputc(c, f); }

static void put_md(FILE *f, char c) {
    if (strchr("\\`*_[]<>&|~#", c)) fputc('\\', f);
    fputc(c, f);
}

static void put_html(FILE *f, char c) {
    switch (c) {
    case '&': fputs("&amp;", f); break;
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '"': fputs("&quot;", f); break;
    case '\'': fputs("&#39;", f); break;
    default: fputc(c, f);
    }
}

void esc_text(FILE *f, const char *s) { each(f, s, put_plain); }
void esc_md(FILE *f, const char *s) {
    /* what would start a list, a rule or a heading at the start of a line
     * ("- x", "+ x", "1. x", "---", "===") */
    if (s && (*s == '-' || *s == '+' || *s == '=')) fputc('\\', f);
    size_t d = 0;
    while (s && s[d] >= '0' && s[d] <= '9') d++;
    if (d && (s[d] == '.' || s[d] == ')')) {
        fwrite(s, 1, d, f);
        fputc('\\', f);
        s += d;
    }
    each(f, s, put_md);
}
void esc_html(FILE *f, const char *s) { each(f, s, put_html); }
