/* lines.h -- the one bounded line reader. Every reader of the library's
 * text files (corpora and articles, the model manifest, the vocabulary,
 * the classifier files) reads its lines through line_read, so that a file
 * without line breaks, or with one huge line, is an error and never a
 * gigabyte of memory. */
#ifndef PARLEY_LINES_H
#define PARLEY_LINES_H
#include <stdio.h>
#include <sys/types.h>

/* Reads the next line of f into *line (a buffer of *cap bytes that it
 * grows, as getline does), its '\n' included when there is one, NUL
 * terminated; NUL bytes inside are kept (the length tells). Returns the
 * length; -1 at the end of the file (or a read error: ferror(f) tells);
 * -2 when the line is longer than max bytes (then the rest of it is not
 * read). */
ssize_t line_read(FILE *f, char **line, size_t *cap, size_t max);

/* The longest line of a model file (manifest, vocabulary, classifier):
 * a longer one is damage, not a model. */
#define MODEL_MAX_LINE (16 * 1024 * 1024)

#endif
