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

void esc_text(FILE *f, const char *s) {
    while (s && *s) {
        int k = control(s);
        if (k) {
            fputc(' ', f);
            s += k;
        } else {
            fputc(*s++, f);
        }
    }
}

void esc_md(FILE *f, const char *s) {
    while (s && *s) {
        int k = control(s);
        if (k) {
            fputc(' ', f);
            s += k;
            continue;
        }
        if (strchr("\\`*_[]<>&|~#", *s)) fputc('\\', f);
        fputc(*s++, f);
    }
}

void esc_html(FILE *f, const char *s) {
    while (s && *s) {
        int k = control(s);
        if (k) {
            fputc(' ', f);
            s += k;
            continue;
        }
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&#39;", f); break;
        default: fputc(*s, f);
        }
        s++;
    }
}
