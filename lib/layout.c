/* layout.c -- the layout of a document that tells who speaks (see
 * layout.h): transcript speaker tags, with or without a heading glued to
 * them. */
#include "layout.h"
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
    if (role && k == end) {
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
    const struct actor_entry *de = reg_canonical(st, &name);
    long a = reg_find(st, name.p);
    if (a < 0) {
        a = (long)reg_add(st, buf_detach(&name), NULL, NULL, 1);
        reg_enrich(&st->doc->actors[a], de);
    }
    buf_free(&name);
    reg_touch(st, (size_t)a);
    return a;
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

/* Words that end the issuer part of a title: "Statement by X on ...". */
static int title_stop(const char *t, const struct word *w) {
    return weq(t, w, "on") || weq(t, w, "regarding") || weq(t, w, "following") ||
           weq(t, w, "at") || weq(t, w, "after") || weq(t, w, "about") || weq(t, w, "in") ||
           weq(t, w, "marking") || weq(t, w, "for") || weq(t, w, "to") || weq(t, w, "upon") ||
           weq(t, w, "before") || weq(t, w, "during") || weq(t, w, "with") || weq(t, w, "ahead");
}

/* The word that makes a title a statement's: "Statement by ...". */
static int statement_word(const char *t, const struct word *w) {
    return weq(t, w, "statement") || weq(t, w, "remarks") || weq(t, w, "declaration") ||
           weq(t, w, "address") || weq(t, w, "communique");
}

int lay_title_is_statement(const char *title) {
    struct words ws = {0};
    wd_scan(title, 0, strlen(title), &ws);
    int found = 0;
    for (size_t k = 0; k < ws.n && !found; k++) found = statement_word(title, &ws.v[k]);
    free(ws.v);
    return found;
}

/* The parties a title or a self-naming opener lists between words from
 * and to: each capitalised run is a known or new actor, or the country
 * after its "of" ("the Prime Minister of the Kingdom of Thailand"); runs of
 * roles only name no one. With one_person, the first person named only
 * (an interview's guest). Fills out (at most four); returns how many. */
static size_t named_parties(struct registry *st, const struct word *w, size_t from, size_t to,
                            int one_person, size_t out[SPK_MAX_ACTORS]) {
    const char *t = st->t;
    size_t n = 0;
    for (size_t k = from; k < to && n < SPK_MAX_ACTORS;) {
        if (title_stop(t, &w[k]) || w[k].punct == ':' || (w[k].cap && wd_gerund(t, &w[k]))) break;
        /* "United States and India Joint Statement", "U.S.-Japan Joint
         * Leaders Statement": "Joint" and "Leaders" are the statement's */
        if (!mn_run_word(w, k) || weq(t, &w[k], "joint") || weq(t, &w[k], "leaders")) {
            k++;
            continue;
        }
        size_t e = mn_run_end(t, w, to, k);
        /* "the United Kingdom of Great Britain and Northern Ireland" is one */
        if (k >= 2 && weq(t, &w[k - 1], "and") && weq(t, &w[k - 2], "britain") &&
            weq(t, &w[k], "northern")) {
            k = e + 1;
            continue;
        }
        /* titles capitalise every word: "... Adrienne Watson Welcoming the
         * Truce", "... Joe Biden Ahead of the Anniversary" end the name
         * before the verb or preposition, and the issuers there: what
         * follows is the topic ("the Breakthrough Prisoner Exchange") */
        int topic = 0;
        for (size_t x = k + 1; x <= e; x++)
            if (wd_gerund(t, &w[x]) || title_stop(t, &w[x])) {
                e = x - 1;
                topic = 1;
                break;
            }
        while (e > k && (weq(t, &w[e], "joint") || weq(t, &w[e], "leaders"))) e--;
        /* "Association Trio - Georgia, Republic of Moldova and Ukraine":
         * the list after a dash names the parties of the name before it */
        if (e + 1 < to && w[e + 1].punct == '-' && !topic) {
            k = e + 1;
            continue;
        }
        long a = reg_run_actor(st, w, k, e, 1);
        /* "G7 Leaders' Statement": the body whose leaders speak */
        if (a < 0 && e == k + 1 && mn_people_noun(t, &w[e])) a = reg_run_actor(st, w, k, k, 1);
        /* "the Leaders of the United States": the country after "of"; a
         * body of the dictionary ("the Group of Seven") is named whole */
        if (a < 0 || (!st->doc->actors[a].person && !st->doc->actors[a].code)) {
            size_t of = 0;
            for (size_t x = k; x < e; x++)
                if (weq(t, &w[x], "of")) of = x + 1;
            while (of && of < e && weq(t, &w[of], "the")) of++;
            long b = of && of <= e ? reg_run_actor(st, w, of, e, 1) : -1;
            if (b >= 0) a = b;
        }
        k = e + 1;
        if (a >= 0) {
            int dup = 0;
            for (size_t x = 0; x < n; x++) dup |= out[x] == (size_t)a;
            if (one_person && !st->doc->actors[a].person) dup = 1;
            if (!dup) out[n++] = (size_t)a;
        } /* else roles only: "the Press Secretary" names no one */
        if ((one_person && n) || topic) break;
    }
    return n;
}

/* "United States-India Joint Statement", "U.S.-Japan Joint Statement":
 * a hyphen before a country joins two parties; a copy of title with it
 * written " and " (caller frees), or NULL when there is none. */
static char *hyphen_parties(const char *title) {
    struct buf b = BUF_INIT;
    int any = 0;
    for (const char *p = title; *p; p++) {
        if (*p == '-' && p > title && ((p[-1] >= 'a' && p[-1] <= 'z') || p[-1] == '.') &&
            p[1] >= 'A' && p[1] <= 'Z') {
            size_t n = strcspn(p + 1, " -");
            if (lex_flags(p + 1, n) & LX_COUNTRY) {
                buf_adds(&b, " and ");
                any = 1;
                continue;
            }
        }
        buf_addc(&b, *p);
    }
    if (!any) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b);
}

size_t lay_title_issuer(struct registry *st, const char *title, size_t out[SPK_MAX_ACTORS]) {
    /* "The Jeddah Communique: A Joint Statement Between the United States
     * of America and the Kingdom of Saudi Arabia": the part after the
     * colon says who issues it */
    const char *colon = strstr(title, ": ");
    if (colon && lay_title_is_statement(colon + 2)) return lay_title_issuer(st, colon + 2, out);
    char *joined = hyphen_parties(title);
    if (joined) {
        size_t n = lay_title_issuer(st, joined, out);
        /* the registry keeps pointers into names it copied, not into the
         * title: the copy may go */
        free(joined);
        return n;
    }
    struct words ws = {0};
    size_t len = strlen(title), n = 0;
    wd_scan(title, 0, len, &ws);
    const char *t = st->t;
    st->t = title; /* the registry reads names from the title's words */
    size_t i = 0;
    /* "Statement by|from|of ...", "Joint Statement of ...", "Remarks by ..." */
    while (i + 1 < ws.n && !(weq(title, &ws.v[i], "by") || weq(title, &ws.v[i], "from") ||
                             weq(title, &ws.v[i], "of") || weq(title, &ws.v[i], "between")))
        i++;
    int kind = 0;
    size_t kw = 0;
    for (size_t k = 0; k < ws.n && k <= i; k++)
        if (statement_word(title, &ws.v[k])) {
            kind = 1;
            kw = k;
            break;
        }
    /* "Interview with US political activist Noam Chomsky": the person
     * interviewed answers for the text that names no one else */
    int interview = 0;
    for (size_t k = 0; k + 1 < ws.n && !kind; k++)
        if (weq(title, &ws.v[k], "interview") && weq(title, &ws.v[k + 1], "with"))
            interview = 1, kind = 1, i = k + 1;
    if (!kind || weq(title, &ws.v[0], "readout")) goto out;
    /* "President Biden Statement on ...": the issuer before the word */
    size_t from = i + 1;
    /* "A Joint Statement Between ...": the article opens no issuer */
    size_t f0 = ws.n > 1 && (weq(title, &ws.v[0], "a") || weq(title, &ws.v[0], "the")) ? 1 : 0;
    if (kw > f0 && kw < 6 && !weq(title, &ws.v[f0], "joint") && !weq(title, &ws.v[f0], "press") &&
        !weq(title, &ws.v[f0], "final") && !weq(title, &ws.v[f0], "common"))
        from = 0, i = kw;
    else if (i > 4) goto out;
    n = named_parties(st, ws.v, from, from == 0 ? i : ws.n, interview, out);
out:
    st->t = t;
    free(ws.v);
    return n;
}

/* Appends to out[0..n) the parties a title names after the first "with"
 * from word k on, each once; returns the new count. */
static size_t parties_after_with(struct registry *st, const struct words *ws, size_t k,
                                 size_t out[SPK_MAX_ACTORS], size_t n) {
    while (k < ws->n && !weq(st->t, &ws->v[k], "with")) k++;
    if (k + 1 >= ws->n) return n;
    size_t more[SPK_MAX_ACTORS];
    size_t m = named_parties(st, ws->v, k + 1, ws->n, 0, more);
    for (size_t x = 0; x < m && n < SPK_MAX_ACTORS; x++) {
        int dup = 0;
        for (size_t y = 0; y < n; y++) dup |= out[y] == more[x];
        if (!dup) out[n++] = more[x];
    }
    return n;
}

/* Keeps the persons of out[0..n) named by their full names, in order: a
 * title's topic words ("Latino Leaders", "Transatlantic"), bare titles
 * ("the Taoiseach") and governments are no parties. Returns how many. */
static size_t title_persons(struct registry *st, size_t out[SPK_MAX_ACTORS], size_t n) {
    size_t m = 0;
    for (size_t x = 0; x < n; x++) {
        const struct spk_actor *a = &st->doc->actors[out[x]];
        struct words nw = {0};
        wd_scan(a->name, 0, strlen(a->name), &nw);
        int concept = nw.n && mn_concept_run(a->name, nw.v, 0, nw.n - 1);
        free(nw.v);
        if (a->person && !a->group && strchr(a->name, ' ') && !concept) out[m++] = out[x];
    }
    return m;
}

size_t lay_title_guests(struct registry *st, const char *title, size_t out[SPK_MAX_ACTORS]) {
    static const char *const talks[] = {"meeting", "talks", "conversation", "negotiations", NULL};
    struct words ws = {0};
    wd_scan(title, 0, strlen(title), &ws);
    const char *t = st->t;
    st->t = title;
    size_t n = 0;
    for (size_t k = 1; k + 1 < ws.n; k++)
        if (weq(title, &ws.v[k], "with") && wd_in(title, &ws.v[k - 1], talks)) {
            n = title_persons(st, out, parties_after_with(st, &ws, k, out, 0));
            break;
        }
    st->t = t;
    free(ws.v);
    return n;
}

size_t lay_title_readout(struct registry *st, const char *title, size_t out[SPK_MAX_ACTORS]) {
    static const char *const events[] = {"call", "calls", "meeting", "meetings", "conversation",
                                         "phone", "telephone", "virtual", "video", "trip",
                                         "travel", "visit", "bilateral", "trilateral", NULL};
    struct words ws = {0};
    wd_scan(title, 0, strlen(title), &ws);
    const char *t = st->t;
    st->t = title;
    size_t n = 0;
    if (ws.n > 4 && weq(title, &ws.v[0], "readout") && weq(title, &ws.v[1], "of")) {
        size_t k = 2;
        while (k < ws.n && !wd_in(title, &ws.v[k], events)) k++;
        if (k < ws.n) n = named_parties(st, ws.v, 2, k, 0, out);
        n = title_persons(st, out, parties_after_with(st, &ws, k, out, n));
    }
    for (size_t x = 0; x < n; x++) reg_touch(st, out[x]);
    st->t = t;
    free(ws.v);
    return n;
}

size_t lay_self_named(struct registry *st, const struct word *w, size_t n, int opens_doc,
                      size_t out[SPK_MAX_ACTORS]) {
    const char *t = st->t;
    if (n < 4) return 0;
    /* "We, the leaders of the Group of Seven (G7), reaffirm ..." (a word's
     * punct is the mark before it) */
    if (weq(t, &w[0], "we") && w[1].punct == ',') {
        size_t to = 2;
        while (to < n && w[to].punct != ',') to++;
        return to < n ? named_parties(st, w, 2, to, 0, out) : 0;
    }
    if (!opens_doc) return 0;
    /* "The People's Republic of China, the French Republic, ... consider
     * ... as our foremost responsibilities." */
    int first_person = 0;
    for (size_t i = 1; i < n; i++)
        first_person |= (weq(t, &w[i], "our") || weq(t, &w[i], "we")) && w[i].lower && !w[i].cap;
    if (!first_person) return 0;
    size_t to = 0;
    while (to < n && (w[to].cap || WIS(t, w[to], LX_STOP) || weq(t, &w[to], "the") ||
                      weq(t, &w[to], "of") || weq(t, &w[to], "and")))
        to++;
    size_t got = named_parties(st, w, 0, to, 0, out);
    return got >= 2 ? got : 0;
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

static int press_statements(const char *t, const struct word *w, size_t n, size_t i) {
    static const char *const verbs[] = {"made", "make", "gave", "give", "held", "hold", NULL};
    if (!wd_in(t, &w[i], verbs)) return 0;
    for (size_t k = i + 1; k < n && k <= i + 4 && !w[k].punct; k++)
        if (weq(t, &w[k], "statements") || weq(t, &w[k], "conference")) return 1;
    return 0;
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
                     /* "briefly met", "virtually met" */
                     (!w[j].cap && WLEN(t, w[j]) > 4 && t[w[j].e - 2] == 'l' &&
                      t[w[j].e - 1] == 'y')))
        j--;
    return mn_np_start(t, w, j) + 1;
}
