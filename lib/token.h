/* token.h -- the tokenizer: words, numbers and punctuation as slices of the
 * input (no copies), plus the normalisation that turns a slice into the
 * form features are counted under.
 *
 * The rules are part of the model format (MODEL_FORMAT_VERSION in model.h):
 * a model's vocabulary only means something under the tokenizer that built
 * it, so changing anything here bumps that version. */
#ifndef PARLEY_TOKEN_H
#define PARLEY_TOKEN_H
#include <stddef.h>

struct buf;

enum tok_kind {
    TOK_WORD,   /* letters/digits/marks; "U.S." style initials keep their dots */
    TOK_NUMBER, /* digits with internal . or , ("1,189", "3.5") */
    TOK_CLITIC, /* 's 're n't ... split off the word before (Penn style) */
    TOK_PUNCT   /* one punctuation or symbol character, or a run of dots */
};

struct tok {
    const char *p; /* points into the tokenized text */
    size_t len;    /* bytes */
    enum tok_kind kind;
};

struct tok_iter {
    const char *p, *end;
};

void tok_init(struct tok_iter *it, const char *text, size_t len);

/* Fills t with the next token; returns 1, or 0 at the end of the text. */
int tok_next(struct tok_iter *it, struct tok *t);

/* Appends the normalised form of t to out: case-folded, typographic quotes
 * and apostrophes unified, a number becomes "<num>", digits inside words
 * become 0 ("30th" -> "00th"). */
void tok_norm(const struct tok *t, struct buf *out);

#endif
