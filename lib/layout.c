/* layout.c -- the layout of a document that tells who speaks (see
 * layout.h): transcript speaker tags, with or without a heading glued to
 * them. */
#include "layout.h"
#include "lexicon.h"
#include "mention.h"
#include "registry.h"
#include "utf8.h"
#include <stdint.h>

/* Transcript tag at the start of the sentence: "President of Russia
 * Vladimir Putin: ...". Returns the actor and sets *body_start. */
long lay_transcript_tag(struct registry *st, const struct word *w, size_t n, size_t s,
                           size_t e, size_t *body_start) {
    const char *t = st->t;
    if (n < 2 || !w[0].cap || w[0].s != s) return -1;
    size_t j = 0;
    while (j + 1 < n && j < 14) {
        size_t q = j + 1;
        if (w[q].punct) break;
        if (w[q].cap || mn_run_link(t, w, q)) { j = q; continue; }
        break;
    }
    /* the colon must follow word j directly, or after a note in brackets
     * ("Xi Jinping(retranslated):", "(via interpreter):") */
    size_t c = w[j].e;
    while (c < e && t[c] == ' ') c++;
    if (c < e && t[c] == '(') {
        size_t q = c + 1;
        while (q < e && q < c + 40 && t[q] != ')' && t[q] != '(') q++;
        if (q < e && t[q] == ')') {
            c = q + 1;
            while (c < e && t[c] == ' ') c++;
        }
    }
    if (c >= e || t[c] != ':' || c + 1 >= e || (t[c + 1] != ' ' && t[c + 1] != '\xc2')) return -1;
    if (!w[j].cap) return -1;
    /* kremlin.ru pages repeat the name as "Surname FirstnameRole ..." after
     * it ("Ilham Aliyev Aliyev IlhamPresident of Azerbaijan:"): the tag
     * proper ends two words before the glued word. */
    size_t end = j;
    for (size_t x = 2; x <= j; x++) {
        int camel = 0;
        for (size_t b = w[x].s + 1; b + 1 < w[x].e; b++)
            if (t[b] >= 'a' && t[b] <= 'z' && t[b + 1] >= 'A' && t[b + 1] <= 'Z') camel = 1;
        if (camel) {
            end = x - 2;
            break;
        }
    }
    long a = reg_run_actor(st, w, 0, end, 1);
    if (a < 0) return -1;
    c++;
    while (c < e && (t[c] == ' ' || (unsigned char)t[c] == 0xc2 || (unsigned char)t[c] == 0xa0)) c++;
    *body_start = c;
    return a;
}

/* A transcript tag after a heading glued to it at the start of a paragraph
 * (kremlin.ru: "Beginning of Russia-China talks President of Russia
 * Vladimir Putin: President Xi, ..."): the tag starts at a role word among
 * the first twelve words, with no punctuation before it. The heading is
 * not a statement of its own: the statement is the speech after the tag.
 * Prose is not a heading: one with a reporting or narration verb ("Zelensky
 * met US President Joe Biden: the two ...") or a lower-case word after the
 * colon is no tag. */
long lay_headed_tag(struct registry *st, const struct word *w, size_t n, size_t s,
                                  size_t e, size_t *tag_start, size_t *body_start) {
    const char *t = st->t;
    long a = lay_transcript_tag(st, w, n, s, e, body_start);
    *tag_start = s;
    if (a >= 0) return a;
    size_t last = 1;
    while (last < n && last < 12 && !w[last].punct) last++;
    for (size_t x = 0; x < last; x++)
        if (!w[x].cap && WIS(t, w[x], LX_CUE | LX_NARRATE)) return -1;
    /* The last role word that reaches the colon starts the tag ("talks
     * with President of Mongolia X President of Russia Y:" is Y's), with
     * the role words right before it ("Prime Minister"). Tried from the
     * last, so that only the tag proper registers its actor and role. */
    for (size_t x = last; x-- > 1 && a < 0;) {
        if (!w[x].cap || !WIS(t, w[x], LX_ROLE)) continue;
        size_t y = x;
        while (y > 1 && w[y - 1].cap && WIS(t, w[y - 1], LX_ROLE)) y--;
        size_t body;
        long b = lay_transcript_tag(st, w + y, n - y, w[y].s, e, &body);
        if (b < 0 || body >= e) continue;
        int32_t c;
        utf8_decode(t + body, e - body, &c);
        if (!utf8_is_upper(c) && c != '"' && c != 0x201C && c != 0xAB) continue;
        a = b, *tag_start = w[y].s, *body_start = body;
    }
    return a;
}
