/* escape.c -- one field of text in each output format (see escape.h). */
#include "escape.h"
#include <string.h>

void esc_tsv(FILE *f, const char *s) {
    for (; s && *s; s++) {
        switch (*s) {
        case '\\': fputs("\\\\", f); break;
        case '\t': fputs("\\t", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        default: fputc(*s, f);
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

/* Length of a control character at s (C0, DEL, or a C1 control encoded as
 * C2 80..C2 9F), else 0. */
static int control(const char *s) {
    unsigned char c = (unsigned char)*s;
    if (c < 0x20 || c == 0x7f) return 1;
    if (c == 0xc2 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9f) return 2;
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
void esc_md(FILE *f, const char *s) { each(f, s, put_md); }
void esc_html(FILE *f, const char *s) { each(f, s, put_html); }
