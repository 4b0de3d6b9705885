/* utf8.h -- UTF-8 validation, decoding and the character classes and case
 * folding the tokenizer needs (Unicode tables come from utf8proc). */
#ifndef PARLEY_UTF8_H
#define PARLEY_UTF8_H
#include <stddef.h>
#include <stdint.h>

struct buf;

/* Returns 1 if p[0..len) is valid UTF-8 (no overlongs, no surrogates, no
 * NUL bytes); else 0 and *bad is the byte offset of the first bad byte. */
int utf8_valid(const char *p, size_t len, size_t *bad);

/* Decodes one code point at p (at most len bytes). Returns its length in
 * bytes (>= 1) and sets *cp; an invalid byte decodes as U+FFFD, length 1. */
size_t utf8_decode(const char *p, size_t len, int32_t *cp);

int utf8_is_alnum(int32_t cp);  /* letters, marks, digits (any script) */
int utf8_is_digit(int32_t cp);  /* decimal digits (Nd) */
int utf8_is_upper(int32_t cp);  /* Lu or Lt */
int utf8_is_lower(int32_t cp);  /* Ll */
int utf8_is_space(int32_t cp);  /* Unicode separators and C0/C1 controls */
int utf8_is_apostrophe(int32_t cp); /* ' and its typographic look-alikes */

/* Appends the case-folded form of cp to out, with typographic variants
 * mapped to one form: curly apostrophes to ', curly double quotes to ",
 * en and em dashes to -. */
void utf8_fold(int32_t cp, struct buf *out);

/* Appends the UTF-8 encoding of cp. */
void utf8_encode(int32_t cp, struct buf *out);

#endif
