/* jsonw.h -- writing compact JSON text into a buffer, field by field.
 *
 * The statement-per-line output writes millions of small records: making
 * a jansson tree for each and dumping it cost more than classifying the
 * statement. These functions append the same bytes jansson's compact dump
 * gives (its string escapes, its "%.4g"-style reals with ".0" or an
 * exponent without "+" and leading zeros), so a record reads the same
 * whichever made it; tests/unit/test_jsonw.c compares them. */
#ifndef PARLEY_JSONW_H
#define PARLEY_JSONW_H
#include "buf.h"
#include <stddef.h>

/* A JSON string of s[0..len) (the bytes of a C string: no NUL): quoted,
 * with '"', '\\' and control characters escaped. Returns -1 (appending
 * nothing) when s is not valid UTF-8, which no JSON string may hold. */
int jw_str(struct buf *b, const char *s, size_t len);

/* A string of the NUL-terminated s, or null for NULL; -1 as jw_str. */
int jw_cstr(struct buf *b, const char *s);

/* "key": (the key is a JSON string as jw_str makes it; -1 likewise). A
 * comma goes first unless the record's first field (*first, then 0). */
int jw_key(struct buf *b, const char *key, int *first);

/* A real with the given significant digits (jansson's format); a value
 * that is not finite, which JSON cannot hold, returns -1 appending nothing. */
int jw_real(struct buf *b, double v, int precision);

void jw_int(struct buf *b, long long v);

#endif
