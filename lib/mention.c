/* mention.c -- finding mentions of actors in a sentence's words (see
 * mention.h): capitalised name runs, bare personal names, dictionary names. */
#include "mention.h"
#include "actors.h"
#include "buf.h"
#include "lexicon.h"
#include "registry.h"
#include <string.h>

/* Is word i a link inside a capitalised run ("of", "the" between capitals)? */
int mn_run_link(const char *t, const struct word *w, size_t i) {
    return weq(t, &w[i], "of") || weq(t, &w[i], "the") || (!w[i].cap && WIS(t, w[i], LX_PARTICLE)) ||
           /* "Kremlin spokesman Dmitry Peskov", "UN envoy Hans Grundberg" */
           (!w[i].cap && WIS(t, w[i], LX_DESC) && !WIS(t, w[i], LX_JOINT));
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

int mn_document(const char *t, const struct word *w) {
    static const char *const documents[] = {"Declaration", "Treaty", "Charter", "Act",
                                            "Accords", "Convention", "Constitution",
                                            "Memorandum", "Resolution", "Code", NULL};
    return w->cap && wd_in(t, w, documents);
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
        /* "Declaration of State Sovereignty": a document named with a role
         * word is no one */
        if (j > i && mn_document(t, &w[i])) role = 0;
        /* a country named alone is registered too: "Japan lodged a protest.
         * It said ...", "Serbia and Kosovo ... The parties agreed" */
        if (role || looks_like_name(t, w, i, j) || in_dict(st, w, i, j) ||
            (i == j && WIS(t, w[i], LX_COUNTRY)))
            reg_run_actor(st, w, i, j, 1);
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

/* Words that end a subject noun phrase when read backwards from its verb:
 * clause openers and function words a group's name does not hold. */
static int np_breaker(const char *t, const struct word *w) {
    (void)t;
    return WIS(t, *w, LX_BREAKER);
}

/* Leading words a group's name leaves out: articles and quantities
 * ("The", "A", "Thousands of", "More than 1,000", "Fifteen"). */
static int np_quantity(const char *t, const struct word *w) {
    return (t[w->s] >= '0' && t[w->s] <= '9') || WIS(t, *w, LX_QUANTITY);
}

size_t mn_np_head(const char *t, const struct word *w, size_t from, size_t j) {
    static const char *const preps[] = {"at", "in", "for", "from", "of", "on", "to", "with"};
    while (from < j && np_quantity(t, &w[from])) from++; /* "thousands of protesters" */
    for (size_t x = from + 1; x <= j; x++)
        if (!w[x].cap)
            for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
                if (wd_eq_n(t, &w[x], preps[k], strlen(preps[k]))) return x - 1;
    return j;
}

size_t mn_np_start(const char *t, const struct word *w, size_t j) {
    size_t k = j;
    while (k > 0 && j - k < 11) { /* at most 12 words */
        const struct word *p = &w[k - 1];
        /* "Joseph R. Biden", "U.S. President", "Mr. Sullivan": the full
         * stop of an initial, an abbreviation or a title */
        static const char *const titles[] = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep",
                                             "Gov", "Lt", "Col", "Prof", "Rev", NULL};
        int initial = w[k].punct == '.' && p->cap &&
                      ((p->e - p->s <= 3 && !p->lower) || wd_in(t, p, titles));
        if (w[k].punct && w[k].punct != '\'' && !initial) break;
        if (np_breaker(t, p) || (!p->cap && (p->lx & LX_CUE))) break;
        k--;
    }
    return k;
}

/* Is w (capitalised at the start of a sentence) a common word, written in
 * lower case elsewhere ("Rebel groups", "Delegates at ...", "Senior
 * officials"), not a proper adjective or name ("Kurdish leaders", "Taliban
 * commanders")? */
static int common_word(const char *t, const struct word *w) {
    static const char *const adj[] = {
        "senior", "top", "opposition", "rebel", "local", "foreign", "human", "military",
        "armed", "former", "rival", "angry", "hardline", "striking", "exiled", "unnamed",
        "anonymous", "many", "some", "government", "state", "security", "police", "army",
        "tribal", "religious", "world",
        "international", "independent", "civil", "student", "union", "party", "trade",
        "industry", "rights"};
    for (size_t k = 0; k < sizeof adj / sizeof *adj; k++)
        if (wd_eq_n(t, w, adj[k], strlen(adj[k]))) return 1;
    if (w->lx & (LX_AFFIL | LX_COUNTRY | LX_BODY | LX_PLACE | LX_ROLE)) return 0;
    struct word x = *w;
    x.cap = 0; /* the noun lists and plural endings, not the proper-name rule */
    return mn_agent_noun(t, &x);
}

long mn_group(struct registry *st, const struct word *w, size_t from, size_t j) {
    const char *t = st->t;
    while (from < j && np_quantity(t, &w[from])) from++;
    /* "UK Labour MP Tom Watson", "Spanish foreign minister José
     * García-Margallo": a phrase that ends in a person's name is that person */
    if (w[j].cap && w[j].lower) {
        size_t rs = mn_run_start(t, w, j);
        if (rs < from) rs = from;
        if (j > rs && looks_like_name(t, w, j - 1, j)) {
            long a = reg_run_actor(st, w, rs, j, 1);
            if (a >= 0 && st->doc->actors[a].person) return a;
        }
        /* "President Biden": a title and a person named before */
        long a = j > rs ? reg_run_actor(st, w, rs, j, 0) : -1;
        if (a >= 0 && st->doc->actors[a].person && !st->doc->actors[a].group) return a;
    }
    if (from > j || j - from > 9) return -1;
    /* "The Greek government", "Israeli authorities": a government speaks
     * for its country (ANNOTATION.md: the actor is "the body or country it
     * speaks for"), as "the UK Government" is the United Kingdom */
    const char *country = j == from + 1 && !w[j].cap ? wd_affil(t, &w[from]) : NULL;
    if (country && (wd_eq_n(t, &w[j], "government", 10) || wd_eq_n(t, &w[j], "authorities", 11))) {
        struct buf cn = BUF_INIT;
        buf_adds(&cn, country);
        return reg_named(st, &cn, 0);
    }
    const struct word *h = &w[j];
    /* the head is a noun: not an adverb, not a function or quantity word */
    if (np_quantity(t, h) || np_breaker(t, h) || (h->lx & (LX_STOP | LX_BETWEEN | LX_WEEKDAY)))
        return -1;
    if (!h->cap && WLEN(t, *h) > 2 && t[h->e - 2] == 'l' && t[h->e - 1] == 'y') return -1;
    for (size_t x = from; x <= j; x++) {
        if (!w[x].cap && (w[x].lx & (LX_CUE | LX_PLURALV))) return -1;
        /* "The United States and the United Kingdom": coordinated names,
         * which subject_at resolves, are no group */
        if (x < j && wd_eq_n(t, &w[x], "and", 3) && (w[x + 1].cap || wd_eq_n(t, &w[x + 1], "the", 3)))
            return -1;
    }
    struct buf name = BUF_INIT;
    buf_add(&name, t + w[from].s, w[j].e - w[from].s);
    /* a common noun is capitalised only because it opens the sentence */
    const struct word *f = &w[from];
    if (f->cap && f->lower && common_word(t, f) && name.len && name.p[0] >= 'A' &&
        name.p[0] <= 'Z')
        name.p[0] = (char)(name.p[0] + 32);
    /* one capitalised word that opens a sentence is a group only as an
     * acronym ("GANVA") or a name the dictionary knows: "Climate",
     * "Support", "Serious" are not */
    if (from == j && h->cap && h->lower && !(h->lx & (LX_BODY | LX_COUNTRY | LX_ROLE)) &&
        !actors_find(st->dict, t + h->s, WLEN(t, *h))) {
        struct word x = *h;
        x.cap = 0;
        if (!mn_agent_noun(t, &x)) {
            buf_free(&name);
            return -1;
        }
    }
    /* a group the dictionary names ("G7 leaders" is the G7) */
    const struct actor_entry *de = reg_canonical(st, &name);
    long a = reg_find(st, buf_str(&name));
    if (a < 0) {
        int person = (h->lx & (LX_DESC | LX_ROLE)) && t[h->e - 1] != 's';
        a = (long)reg_add(st, buf_detach(&name), NULL, NULL, person);
        st->doc->actors[a].group = !de;
        reg_enrich(&st->doc->actors[a], de);
    }
    buf_free(&name);
    reg_touch(st, (size_t)a);
    return a;
}

int mn_quantity(const char *t, const struct word *w) { return np_quantity(t, w); }

int mn_people_noun(const char *t, const struct word *w) {
    (void)t;
    return WIS(t, *w, LX_PEOPLE);
}

int mn_agent_noun(const char *t, const struct word *w) {
    if (mn_people_noun(t, w)) return 1;
    /* plurals of nouns for people: "elders", "activists", "politicians" */
    size_t l = WLEN(t, *w);
    const char *e = t + w->e;
    if (!w->cap && l > 5 && (memcmp(e - 3, "ers", 3) == 0 || memcmp(e - 4, "ists", 4) == 0 ||
                             memcmp(e - 4, "ians", 4) == 0))
        return 1;
    /* a proper name of a body ("Hezbollah", "GANVA"), not of a document */
    static const char *const things[] = {
        "Declaration", "Statement", "Agreement", "Treaty", "Memorandum", "Document",
        "Communique", "Resolution", "Plan", "Initiative", "Summit", "Conference", "Market",
        "Forum", "Programme", "Program", "Strategy", "Act", "Law", "Charter", "Convention",
        "Protocol", "Accords", "Accord", "Package", "Measures", "Format", "Process"};
    for (size_t k = 0; k < sizeof things / sizeof *things; k++)
        if (wd_eq_n(t, w, things[k], strlen(things[k]))) return 0;
    /* "Office", "Council" are roles in a title ("Head of the Office") and
     * bodies that act */
    return w->cap && !(w->lx & (LX_STOP | LX_WEEKDAY | LX_MONTH)) &&
           (!(w->lx & LX_ROLE) || (w->lx & LX_BODY));
}

int mn_side_noun(const char *t, const struct word *w) {
    static const char *const nouns[] = {
        "lawyers", "supporters", "opponents", "critics", "families", "relatives", "victims",
        "residents", "protesters", "protestors", "demonstrators", "lawmakers", "fighters",
        "activists", "allies", "friends", "advocates", "groups", "group"};
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (wd_eq_n(t, w, nouns[k], strlen(nouns[k]))) return 1;
    return 0;
}

/* Does the capitalised run w[i..j] name a topic, not a party: "the
 * Strategic Partnership", "Advanced Capabilities", "the Integrated Review",
 * "the Leaders' Summit", "the Chairmanship" (words of programmes and
 * abstractions, and a plural noun for people)? */
int mn_concept_run(const char *t, const struct word *w, size_t i, size_t j) {
    static const char *const words[] = {
        "Program", "Programme", "Review", "Dialogue", "Summit", "Initiative", "Strategy",
        "Forum", "Format", "Process", "Agenda", "Plan", "Leaders", "Capabilities",
        "Framework", "Compact", "Accords", "Act", "Fund", NULL};
    static const char *const ends[] = {"ship", "ships", NULL}; /* not "-tion": Federation */
    for (size_t x = i; x <= j; x++) {
        if (wd_in(t, &w[x], words)) return 1;
        size_t l = WLEN(t, w[x]);
        for (const char *const *e = ends; *e; e++) {
            size_t el = strlen(*e);
            if (l > el + 2 && memcmp(t + w[x].e - el, *e, el) == 0) return 1;
        }
    }
    return 0;
}
