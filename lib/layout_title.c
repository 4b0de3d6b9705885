/* layout_title.c -- what a document's title says about who speaks (see
 * layout.h): the issuer of a statement ("Statement by ...", "United
 * States-India Joint Statement"), the guests of press statements after
 * talks, the parties of a readout, and the parties a statement names
 * itself in its first words ("We, the leaders of ..."). */
#include "layout.h"
#include "buf.h"
#include "lexicon.h"
#include "mem.h"
#include "mention.h"
#include "registry.h"
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

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
           weq(t, w, "speech") ||
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
    int before = 0; /* the issuer is named before the word */
    /* "A Joint Statement Between ...": the article opens no issuer */
    size_t f0 = ws.n > 1 && (weq(title, &ws.v[0], "a") || weq(title, &ws.v[0], "the")) ? 1 : 0;
    /* "Joint Statement of ...", "Final Press Statement by ..." name the
     * issuer after the word; "Joint U.S. and Israel Statement on ..."
     * before it, past the kind of statement */
    static const char *const kinds[] = {"joint", "press", "final", "common", NULL};
    size_t f1 = f0;
    while (f1 < kw && wd_in(title, &ws.v[f1], kinds)) f1++;
    if (kw > f1 && kw < 6)
        from = f1 == f0 ? 0 : f1, i = kw, before = 1;
    else if (i > 4) goto out;
    n = named_parties(st, ws.v, from, before ? i : ws.n, interview, out);
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

long lay_title_speaker(struct registry *st, const char *title) {
    struct words ws = {0};
    wd_scan(title, 0, strlen(title), &ws);
    /* the last "speech|address by|of ...", else "X addressed ...", "X's
     * address to ..." */
    size_t from = SIZE_MAX, to = SIZE_MAX;
    for (size_t k = ws.n; k-- > 0 && from == SIZE_MAX;) {
        const struct word *w = &ws.v[k];
        int speech = weq(title, w, "speech") || weq(title, w, "address");
        if (speech && k + 2 < ws.n && (weq(title, &ws.v[k + 1], "by") || weq(title, &ws.v[k + 1], "of")))
            from = k + 2, to = ws.n;
        else if (k > 0 && ws.v[k - 1].cap &&
                 (weq(title, w, "addressed") ||
                  (weq(title, w, "address") && (title[ws.v[k - 1].e] == '\'' ||
                                                (unsigned char)title[ws.v[k - 1].e] == 0xE2)))) {
            /* after a quotation the title opens with ("Drive the occupiers
             * out: President X's address to ...") */
            from = k - 1, to = k;
            while (from > 0 && ws.v[from].punct != ':' && ws.v[from].punct != '-') from--;
        }
    }
    long a = -1;
    if (from != SIZE_MAX && from < to) {
        /* read as the statement title "Address by NAME" */
        struct buf b = BUF_INIT;
        buf_add(&b, "Address by ", 11);
        buf_add(&b, title + ws.v[from].s, ws.v[to - 1].e - ws.v[from].s);
        size_t out[SPK_MAX_ACTORS];
        size_t n = lay_title_issuer(st, buf_str(&b), out);
        if (n == 1 && st->doc->actors[out[0]].person && !st->doc->actors[out[0]].group)
            a = (long)out[0];
        buf_free(&b);
    }
    free(ws.v);
    return a;
}
