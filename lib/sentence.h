/* sentence.h -- sentence boundaries in article text, as byte offsets.
 *
 * A first honest splitter for news and press-release text: full stops,
 * ! ? and ellipses followed by a capital, quote or digit; closing quotes
 * and brackets stay with their sentence; abbreviations (Mr., Gen., Jan.),
 * initials (J. Smith, U.S.) and decimals do not end a sentence; a full stop
 * glued to the next sentence ("in Moscow.The two sides") does; a blank line
 * ends a paragraph, and a single line break ends a sentence unless the next
 * line continues in lower case (hard-wrapped text); kremlin.ru's "* * *"
 * section break ends a paragraph; a news dateline ("MOSCOW, Feb 11 (Xinhua)
 * -- ") is a sentence of its own. */
#ifndef PARLEY_SENTENCE_H
#define PARLEY_SENTENCE_H
#include <stddef.h>

/* The longest sentence (bytes); a longer run of text without a sentence
 * end is cut into pieces of at most this size, at a space when there is
 * one near the limit. */
#define SENT_MAX_BYTES 65536

struct sent {
    size_t start, end; /* [start, end) byte offsets, trimmed of white space */
    int para_start;    /* 1 if the sentence begins a paragraph (or a line) */
};

struct sent_list {
    struct sent *v;
    size_t n, cap;
};

/* Splits text[0..len) and appends the sentences to out (which the caller
 * initialises to {0} and frees with sent_list_free). Never fails. */
void sent_split(const char *text, size_t len, struct sent_list *out);
void sent_list_free(struct sent_list *l);

#endif
