/* lexicon.h -- the word classes attribution relies on: one lookup gives
 * every class a word belongs to (case-insensitively, ASCII), so the
 * speaker module scans a sentence once. */
#ifndef PARLEY_LEXICON_H
#define PARLEY_LEXICON_H
#include <stddef.h>

/* Classes of a word; a word may be in several. */
enum {
    LX_CUE = 1 << 0, LX_POSTCUE = 1 << 1, LX_BETWEEN = 1 << 2, LX_WEEKDAY = 1 << 3,
    LX_MONTH = 1 << 4, LX_ROLE = 1 << 5, LX_BODY = 1 << 6, LX_COUNTRY = 1 << 7,
    LX_PLACE = 1 << 8, LX_JOINT = 1 << 9, LX_DESC = 1 << 10, LX_AFFIL = 1 << 11,
    LX_STOP = 1 << 12, LX_PARTICLE = 1 << 13,
    LX_FEMALE = 1 << 14, LX_NARRATE = 1 << 15, LX_PLURALV = 1 << 16,
    LX_BREAKER = 1 << 17, LX_QUANTITY = 1 << 18, LX_PEOPLE = 1 << 19, LX_MEET = 1 << 20
};

/* The classes (LX_*) of the word p[0..n); 0 for unknown words. */
unsigned lex_flags(const char *p, size_t n);

/* "Russian" -> "Russia", "British" -> "United Kingdom": the country or
 * body an affiliation adjective names (case-sensitive), else NULL. */
const char *lex_affiliation(const char *p, size_t n);

/* Is p[0..n) a first name (or title) that tells "she" from "he"?
 * (ASCII case-insensitive, like every lexicon lookup.) */
int lex_female_name(const char *p, size_t n);

#endif
