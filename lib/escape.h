/* escape.h -- writing one field of text safely in each output format.
 *
 * Every text that reaches an output came from outside (articles, names,
 * file names), so every writer goes through one of these: a tab, a quote,
 * a newline or a control character in any field must never break a row, a
 * table, a page or the user's terminal. */
#ifndef PARLEY_ESCAPE_H
#define PARLEY_ESCAPE_H
#include <stdio.h>

/* TSV, reversibly: backslash as \\, tab as \t, line feed as \n, carriage
 * return as \r; nothing else changes. NULL writes nothing. */
void esc_tsv(FILE *f, const char *s);

/* Undoes esc_tsv in place (an unknown escape keeps its backslash). */
void esc_tsv_undo(char *s);

/* An RFC 4180 CSV field: quoted when it holds a comma, a quote, a line
 * break or a space at either end, quotes doubled. A field that a
 * spreadsheet would run as a formula (first character = + - @, or a tab or
 * carriage return) is written with a ' in front, as OWASP advises. */
void esc_csv(FILE *f, const char *s);

/* Terminal text: control characters (C0, DEL, C1), line breaks, the
 * Unicode line and paragraph separators and the bidirectional controls
 * become spaces, so a field stays on its line, cannot move the cursor and
 * reads in the order it was written. */
void esc_text(FILE *f, const char *s);

/* Markdown: esc_text, and a backslash before the characters that Markdown
 * or a table cell would read (\ ` * _ [ ] < > & | ~ #), and before what
 * would start a list, rule or heading at the start of the field ("- ",
 * "+", "=", "1."). */
void esc_md(FILE *f, const char *s);

/* HTML text and attribute values: & < > " ' as character references,
 * control characters as spaces. */
void esc_html(FILE *f, const char *s);

#endif
