/* layout.c -- the layout of a document that tells who speaks (see
 * layout.h): transcript speaker tags, with or without a heading glued to
 * them, speech headers, list markers and the meeting a sentence reports.
 * What a title says is in layout_title.c. */
#include "layout.h"
#include "actors.h"
#include "lexicon.h"
#include "mention.h"
#include "registry.h"
#include "buf.h"
#include "mem.h"
#include "utf8.h"
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <strings.h>

/* The one actor of a name the layout itself gives ("journalist",
 * "moderator", "senior administration official"), registered once. */
static long named(struct registry *st, const char *name, int person) {
    long a = reg_find(st, name);
    if (a < 0) a = (long)reg_add(st, xstrdup(name), NULL, NULL, person);
    reg_touch(st, (size_t)a);
    return a;
}

/* The interviewer of a transcript, who asks and holds no position. */
static long asker(struct registry *st, const char *name) {
    long a = named(st, name, 1);
    st->doc->actors[a].asks = 1;
    return a;
}

/* Is the word a reporter's turn marker ("Q", "Question", "Reporter")? */
static int question_tag(const char *t, const struct word *w) {
    return weq(t, w, "Q") || weq(t, w, "Question") || weq(t, w, "Questions") ||
           weq(t, w, "Reporter") || weq(t, w, "Journalist") || weq(t, w, "Interviewer") ||
           weq(t, w, "Audience");
}

/* A tag written in capitals ("MR. KIRBY", "MS. PSAKI", "SENIOR
 * ADMINISTRATION OFFICIAL", "THE PRESIDENT", "MODERATOR"), as White House
 * transcripts write them: a surname becomes the person of that surname
 * named before ("Kirby" is John Kirby) or is registered title-cased; a
 * role alone is the actor the document describes so ("THE PRESIDENT"),
 * else a description in lower case. */
static long caps_tag(struct registry *st, const struct word *w, size_t k, size_t end) {
    const char *t = st->t;
    while (k < end && (weq(t, &w[k], "MR") || weq(t, &w[k], "MS") || weq(t, &w[k], "MRS") ||
                       weq(t, &w[k], "DR") || weq(t, &w[k], "THE")))
        k++;
    if (weq(t, &w[k], "MODERATOR") || weq(t, &w[k], "OPERATOR")) return asker(st, "moderator");
    /* "SECRETARY BLINKEN", "AMBASSADOR THOMAS-GREENFIELD": the name after
     * the title, when one follows */
    size_t r = k;
    while (r < end && WIS(t, w[r], LX_ROLE | LX_DESC)) r++;
    if (r > k && r <= end && !WIS(t, w[r], LX_ROLE | LX_DESC) && !weq(t, &w[r], "of") &&
        !weq(t, &w[r], "administration"))
        k = r;
    int role = 1;
    for (size_t x = k; x <= end; x++)
        if (!WIS(t, w[x], LX_ROLE | LX_DESC) && !weq(t, &w[x], "of") &&
            !weq(t, &w[x], "administration") && !weq(t, &w[x], "official") &&
            !weq(t, &w[x], "officials"))
            role = 0;
    struct buf name = BUF_INIT;
    for (size_t x = k; x <= end; x++) {
        if (name.len) buf_addc(&name, ' ');
        for (size_t b = w[x].s; b < w[x].e; b++) {
            char c = t[b];
            int first = b == w[x].s || t[b - 1] == '-' || t[b - 1] == '\'';
            if (c >= 'A' && c <= 'Z' && (role || !first)) c = (char)(c + 32);
            buf_addc(&name, c);
        }
    }
    long a = -1;
    /* "THE PRESIDENT", "THE VICE PRESIDENT": whom the document names so */
    if (role) {
        a = reg_describe(st, name.p, name.len, NULL);
        if (a >= 0) reg_touch(st, (size_t)a);
    }
    if (a < 0) a = named(st, name.p, 1);
    buf_free(&name);
    return a;
}

/* The offset of the first capital glued to a lower-case letter inside
 * word w ("VladimirPutin", "IlhamPresident"), else 0. */
static size_t camel_cut(const char *t, const struct word *w) {
    for (size_t b = w->s + 1; b + 1 < w->e; b++)
        if (t[b] >= 'a' && t[b] <= 'z' && t[b + 1] >= 'A' && t[b + 1] <= 'Z') return b + 1;
    return 0;
}

/* "VladimirPutin:" (kremlin.ru pages glue a tag's names): the person
 * "Vladimir Putin", or -1 when the word is no such pair of names. */
static long camel_name(struct registry *st, const struct word *w) {
    const char *t = st->t;
    size_t cut = camel_cut(t, w);
    if (!cut || cut - w->s < 3 || w->e - cut < 3) return -1; /* not "McDonald" */
    for (size_t b = cut + 1; b + 1 < w->e; b++)
        if (t[b] >= 'a' && t[b] <= 'z' && t[b + 1] >= 'A' && t[b + 1] <= 'Z') return -1;
    struct buf name = BUF_INIT;
    buf_add(&name, t + w->s, cut - w->s);
    buf_addc(&name, ' ');
    buf_add(&name, t + cut, w->e - cut);
    return reg_named(st, &name, 1);
}

/* A news item's topic label ("War On Terror: ...", "Syrian Civil War:
 * ...", "Arab Spring: ...") is no speaker's tag. */
static int topic_heading(const char *t, const struct word *w, size_t end) {
    static const char *const topics[] = {
        "war", "crisis", "conflict", "revolution", "spring", "protests", "elections",
        "election", "affair", "dispute", "massacre", "shooting", "attack", "attacks",
        "uprising", "intervention", "insurgency", "unrest", "scandal", "summit", "talks",
        "process", "referendum", "coup", "siege", "offensive", "invasion", "program",
        "programme", "deal", "agreement", "outbreak", "pandemic", "bombing", "bombings"};
    for (size_t x = 0; x <= end; x++)
        for (size_t k = 0; k < sizeof topics / sizeof *topics; k++)
            if (wd_eq_n(t, &w[x], topics[k], strlen(topics[k]))) return 1;
    return 0;
}

/* A section heading set like a tag ("Global Comprehensive Strategic
 * Alliance: Beyond the Korean Peninsula"): what follows the colon is a
 * few words with no closing punctuation, where a turn says something. */
static int heading_rest(const char *t, size_t from, size_t e) {
    while (e > from && (t[e - 1] == ' ' || t[e - 1] == '\n')) e--;
    if (e <= from) return 0;
    char z = t[e - 1];
    if (z == '.' || z == '!' || z == '?' || z == '"' || z == ')' || (unsigned char)z >= 0x80)
        return 0;
    /* and title case: every word of four letters or more capitalised
     * ("Vladimir Putin: Good afternoon" is a turn) */
    size_t words = 1, len = 0;
    for (size_t i = from; i <= e; i++) {
        if (i < e && t[i] != ' ') {
            len++;
            continue;
        }
        if (len >= 4 && t[i - len] >= 'a' && t[i - len] <= 'z') return 0;
        words += i < e;
        len = 0;
    }
    return words <= 10;
}

/* Transcript tag at the start of the sentence: "President of Russia
 * Vladimir Putin: ...". Returns the actor and sets *body_start. */
long lay_transcript_tag(struct registry *st, const struct word *w, size_t n, size_t s,
                           size_t e, size_t *body_start) {
    const char *t = st->t;
    if (n < 2 || !w[0].cap || w[0].s != s) return -1;
    /* "Q Hey, guys.": White House transcripts open a reporter's turn with
     * a bare "Q" */
    if (WLEN(t, w[0]) == 1 && t[w[0].s] == 'Q' && !w[1].punct && w[1].cap) {
        *body_start = w[1].s;
        return asker(st, "journalist");
    }
    size_t j = 0;
    int caps = 1;
    while (j + 1 < n && j < 24) { /* a kremlin.ru tag repeats the name and role: long */
        size_t q = j + 1;
        /* "MR. KIRBY": the full stop of a title */
        if (w[q].punct && !(w[q].punct == '.' && WLEN(t, w[j]) <= 3 && !w[j].lower)) break;
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
    if (c >= e || t[c] != ':' || c + 1 >= e ||
        (t[c + 1] != ' ' && !(c + 2 < e && memcmp(t + c + 1, "\xc2\xa0", 2) == 0)))
        return -1;
    if (!w[j].cap) return -1;
    if (heading_rest(t, c + 1, e)) return -1;
    /* kremlin.ru pages repeat the name as "Surname FirstnameRole ..." after
     * it ("Ilham Aliyev Aliyev IlhamPresident of Azerbaijan:"): the tag
     * proper ends two words before the glued word. */
    size_t end = j;
    for (size_t x = 2; x <= j; x++) {
        if (camel_cut(t, &w[x])) {
            end = x - 2;
            break;
        }
    }
    for (size_t x = 0; x <= end; x++)
        if (w[x].lower) caps = 0;
    if (topic_heading(t, w, end)) return -1;
    /* "Obviously: freedom, democracy, ...", "Imagine: they have to ...":
     * one word before a colon and a lower-case word is no speaker's tag,
     * unless the document or the dictionary knows it as a name */
    size_t after = c + 1;
    while (after < e && t[after] == ' ') after++;
    if (end == 0 && !caps && after < e && t[after] >= 'a' && t[after] <= 'z' &&
        !actors_find(st->dict, t + w[0].s, WLEN(t, w[0]))) {
        char one[64];
        size_t l = WLEN(t, w[0]) < sizeof one ? WLEN(t, w[0]) : sizeof one - 1;
        memcpy(one, t + w[0].s, l);
        one[l] = '\0';
        if (reg_find(st, one) < 0) return -1;
    }
    long a;
    if (question_tag(t, &w[0]) && end <= 1)
        a = asker(st, "journalist");
    else if (end == 0 && (a = camel_name(st, &w[0])) >= 0)
        ;
    else if (caps)
        a = caps_tag(st, w, 0, end);
    else
        a = reg_run_actor(st, w, 0, end, 1);
    if (a < 0) return -1;
    c++;
    /* spaces and no-break spaces (C2 A0), never half a character */
    for (;;) {
        if (c < e && t[c] == ' ') c++;
        else if (c + 1 < e && memcmp(t + c, "\xc2\xa0", 2) == 0) c += 2;
        else break;
    }
    *body_start = c;
    return a;
}

long lay_dotted_tag(struct registry *st, const struct word *w, size_t n, size_t s, size_t e) {
    const char *t = st->t;
    if (n < 2 || n > 4 || w[0].s != s) return -1;
    for (size_t k = 0; k < n; k++)
        if (!w[k].cap || !w[k].lower || (k && w[k].punct)) return -1;
    size_t c = w[n - 1].e;
    if (c >= e || t[c] != '.') return -1;
    for (c++; c < e; c++)
        if (t[c] != ' ' && t[c] != '\n') return -1;
    struct buf b = BUF_INIT;
    wd_join(&b, t, w, 0, n);
    long a = reg_find(st, buf_str(&b));
    buf_free(&b);
    if (a < 0 || !st->doc->actors[a].person) return -1;
    reg_touch(st, (size_t)a);
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
    if (a >= 0 || n == 0) return a;
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

long lay_speech_header(struct registry *st, const struct word *w, size_t n, size_t s, size_t e) {
    const char *t = st->t;
    if (n < 3 || w[0].s != s || n > 24) return -1;
    if (t[e - 1] == '.' || t[e - 1] == '!' || t[e - 1] == '?' || t[e - 1] == ':') return -1;
    size_t i = 0;
    if (weq(t, &w[0], "opening") || weq(t, &w[0], "closing") || weq(t, &w[0], "keynote") ||
        weq(t, &w[0], "video") || weq(t, &w[0], "televised"))
        i = 1;
    if (!(weq(t, &w[i], "speech") || weq(t, &w[i], "remarks") || weq(t, &w[i], "address") ||
          weq(t, &w[i], "statement") || weq(t, &w[i], "message")))
        return -1;
    if (i + 2 >= n || !(weq(t, &w[i + 1], "by") || weq(t, &w[i + 1], "of") || weq(t, &w[i + 1], "from")))
        return -1;
    size_t k = i + 2;
    while (k < n && weq(t, &w[k], "the")) k++;
    if (k >= n || !mn_run_word(w, k)) return -1;
    /* the run stops before "on", "at", "in": "Remarks by President Biden on ..." */
    size_t end = mn_run_end(t, w, n, k);
    long a = reg_run_actor(st, w, k, end, 1);
    if (a < 0) {
        /* roles only: "President Biden" is in the dictionary by surname */
        for (size_t x = end + 1; x-- > k && a < 0;)
            if (w[x].cap && w[x].lower && !WIS(t, w[x], LX_ROLE)) a = reg_run_actor(st, w, x, x, 0);
    }
    return a;
}

size_t lay_list_marker(const char *t, size_t s, size_t e) {
    size_t i = s;
    int paren = i < e && t[i] == '(';
    if (paren) i++;
    size_t d = i;
    while (i < e && i - d < 4 && ((t[i] >= '0' && t[i] <= '9'))) i++;
    if (i == d) { /* a letter or a roman numeral */
        while (i < e && i - d < 5 && t[i] && strchr("ivxlcIVXLC", t[i])) i++;
        if (i == d && i < e && ((t[i] >= 'a' && t[i] <= 'h') || (t[i] >= 'A' && t[i] <= 'H'))) i++;
        if (i == d) return 0;
    }
    if (i >= e) return 0;
    if (paren) {
        if (t[i] != ')') return 0;
        i++;
    } else if (t[i] == '.' || t[i] == ')') {
        i++;
    } else {
        return 0;
    }
    if (i < e && t[i] != ' ') return 0;
    while (i < e && t[i] == ' ') i++;
    return i - s;
}

/* "held the inaugural meetings", "held talks": word i is "held" and a
 * meeting follows within five words. */
static int held_meeting(const char *t, const struct word *w, size_t n, size_t i) {
    static const char *const meetings[] = {"talks", "meeting", "meetings", "consultations",
                                           "summit", "negotiations", NULL};
    if (!weq(t, &w[i], "held")) return 0;
    for (size_t k = i + 1; k < n && k <= i + 5; k++)
        if (wd_in(t, &w[k], meetings)) return 1;
    return 0;
}

/* "made statements for the press", "gave a joint news conference": word i
 * is such a verb and "statements" or "conference" follows within four
 * words of the same clause. */
static int press_statements(const char *t, const struct word *w, size_t n, size_t i) {
    static const char *const verbs[] = {"made", "make", "gave", "give", "held", "hold", NULL};
    if (!wd_in(t, &w[i], verbs)) return 0;
    for (size_t k = i + 1; k < n && k <= i + 4 && !w[k].punct; k++)
        if (weq(t, &w[k], "statements") || weq(t, &w[k], "conference")) return 1;
    return 0;
}

/* An adverb in "-ly", also right after a full stop ("Jr. briefly met"). */
static int ly_after_stop(const char *t, const struct word *w) {
    struct word x = *w;
    if (x.punct == '.') x.punct = 0;
    return wd_ly_adverb(t, &x);
}

size_t lay_meeting(const char *t, const struct word *w, size_t n) {
    int verb = 0, with = 0, and_before = 0, listed = 0;
    size_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!verb && WIS(t, w[i], LX_MEET))
            verb = 1, v = i;
        if (verb && (weq(t, &w[i], "with") || weq(t, &w[i], "between"))) with = 1;
        /* "Antony Blinken met Wang Yi", "The President received ..." */
        if ((weq(t, &w[i], "met") || weq(t, &w[i], "meets") || weq(t, &w[i], "received") ||
             weq(t, &w[i], "hosted")) && i + 1 < n && w[i + 1].cap)
            with = 1;
        /* "Biden welcomed President Herzog", not "welcomed Israel's decision" */
        if ((weq(t, &w[i], "welcomed") || weq(t, &w[i], "welcomes")) && i + 1 < n &&
            WIS(t, w[i + 1], LX_ROLE))
            with = 1;
        /* "A of the United States, B of Japan, and C of Korea met for talks",
         * "Today, President A, Prime Minister B of C, ... and D spoke": the
         * parties are the whole list (news pair F1 0.681 -> 0.689) */
        if ((weq(t, &w[i], "met") || weq(t, &w[i], "meet") || weq(t, &w[i], "spoke") ||
             weq(t, &w[i], "talked") || held_meeting(t, w, n, i)) &&
            and_before)
            with = 1, listed = 1;
        /* "Vladimir Putin and Xi Jinping made statements for the press",
         * "... gave a joint news conference": the speakers of what follows
         * are the parties */
        if (and_before && press_statements(t, w, n, i)) verb = 1, with = 1, listed = 1;
        and_before |= weq(t, &w[i], "and");
    }
    if (!verb || !with) return 0;
    /* the parties are named from the subject phrase of the verb on (not a
     * byline before it: "(Reporter Hua Di) Russian Defense Minister ...") */
    if (v == 0 || listed) return 1;
    size_t j = v - 1; /* over "on Thursday", "today" and ", Jr." */
    while (j > 0 && (WIS(t, w[j], LX_BETWEEN | LX_WEEKDAY) || weq(t, &w[j], "on") ||
                     weq(t, &w[j], "Jr") || weq(t, &w[j], "Sr") ||
                     /* "briefly met", "virtually met" (also after "Jr.") */
                     ly_after_stop(t, &w[j])))
        j--;
    return mn_np_start(t, w, j) + 1;
}
