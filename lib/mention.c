/* mention.c -- finding mentions of actors in a sentence's words (see
 * mention.h): capitalised name runs, bare personal names, dictionary names. */
#include "mention.h"
#include "actors.h"
#include "buf.h"
#include "lexicon.h"
#include "registry.h"

/* Is word i a link inside a capitalised run ("of", "the" between capitals)? */
int mn_run_link(const char *t, const struct word *w, size_t i) {
    return weq(t, &w[i], "of") || weq(t, &w[i], "the") || (!w[i].cap && WIS(t, w[i], LX_PARTICLE));
}

/* Can word i be part of a capitalised run? */
int mn_run_word(const struct word *w, size_t i) {
    return w[i].cap && !(w[i].lx & (LX_WEEKDAY | LX_STOP));
}

/* Start of the capitalised run ending at word j (inclusive). Links ("of",
 * "the") may chain between capitals: "President of the Republic of ...". */
size_t mn_run_start(const char *t, const struct word *w, size_t j) {
    size_t k = j;
    while (k > 0) {
        if (w[k].punct && w[k].punct != '.') break;
        size_t p = k - 1;
        if (mn_run_word(w, p)) { k = p; continue; }
        size_t q = p;
        int links = 0;
        while (links < 2 && q > 0 && mn_run_link(t, w, q) && !w[q + 1].punct) q--, links++;
        if (links && mn_run_word(w, q) && !w[q + 1].punct) { k = q; continue; }
        break;
    }
    return k;
}

/* End of the capitalised run starting at word k. */
size_t mn_run_end(const char *t, const struct word *w, size_t n, size_t k) {
    size_t j = k;
    while (j + 1 < n) {
        size_t q = j + 1;
        if (w[q].punct && w[q].punct != '.') break;
        if (!w[q].cap || WIS(t, w[q], LX_WEEKDAY)) {
            /* links, then a capital */
        } else if (!mn_run_word(w, q)) {
            break;
        } else {
            j = q;
            continue;
        }
        size_t r = q;
        while (r < n && r - q < 2 && mn_run_link(t, w, r) && !w[r].punct) r++;
        if (r > q && r < n && mn_run_word(w, r) && !w[r].punct) { j = r; continue; }
        break;
    }
    return j;
}

/* A bare "First Last" (or three-word) name: capitalised words with lower
 * case letters, none of them a role, body, country, month or affiliation
 * word, no "of". Without a gazetteer (issue 4) this is the best evidence
 * that a run is a person, and "Vladimir Putin" needs no title to count. */
static int looks_like_name(const char *t, const struct word *w, size_t i, size_t j) {
    if (j - i < 1 || j - i > 2) return 0;
    /* "the Suez Canal", "a Black Sea port": people take no article */
    if (i > 0 && !w[i].punct && (weq(t, &w[i - 1], "the") || weq(t, &w[i - 1], "a"))) return 0;
    /* "the city of Bila Tserkva", "the village of Nova Bohdanivka" */
    if (i > 1 && !w[i].punct && weq(t, &w[i - 1], "of") && !w[i - 1].punct && !w[i - 2].cap)
        return 0;
    for (size_t x = i; x <= j; x++) {
        if (!w[x].cap || !w[x].lower || WIS(t, w[x], LX_ROLE) || WIS(t, w[x], LX_BODY) ||
            WIS(t, w[x], LX_COUNTRY) || WIS(t, w[x], LX_MONTH) || WIS(t, w[x], LX_WEEKDAY) ||
            WIS(t, w[x], LX_PLACE) ||
            wd_affil(t, &w[x]) || weq(t, &w[x], "of") || weq(t, &w[x], "the"))
            return 0;
        if (x > i && w[x].punct) return 0;
    }
    return 1;
}

/* Does the dictionary know the run w[i..j] or its last word ("Putin")? */
static int in_dict(const struct registry *st, const struct word *w, size_t i, size_t j) {
    if (!st->dict) return 0;
    const char *t = st->t;
    return actors_find(st->dict, t + w[i].s, w[j].e - w[i].s) ||
           actors_find(st->dict, t + w[j].s, WLEN(t, w[j]));
}

/* Registers every "Role Name" run of the sentence, so later surnames,
 * pronouns and "the two sides" can find them. */
void mn_register(struct registry *st, const struct word *w, size_t n) {
    const char *t = st->t;
    for (size_t i = 0; i < n;) {
        if (!mn_run_word(w, i)) { i++; continue; }
        size_t j = mn_run_end(t, w, n, i);
        int role = 0;
        for (size_t x = i; x <= j; x++)
            if (WIS(t, w[x], LX_ROLE)) role = 1;
        if (role || looks_like_name(t, w, i, j) || in_dict(st, w, i, j)) reg_run_actor(st, w, i, j, 1);
        else if (j > i || i > 0) {
            struct buf b = BUF_INIT;
            wd_join(&b, t, w, i, j + 1);
            long a = reg_find(st, buf_str(&b));
            if (a < 0 && j > i) {
                buf_reset(&b);
                wd_join(&b, t, w, j, j + 1);
                a = reg_find(st, buf_str(&b));
            }
            if (a >= 0) reg_touch(st, (size_t)a);
            buf_free(&b);
        }
        i = j + 1;
    }
}
