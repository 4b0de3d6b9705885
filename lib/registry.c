/* registry.c -- the actors of one document (see registry.h): canonical
 * names, aliases from the dictionary, roles and affiliations, and the
 * recency and salience that pronouns, descriptions and "the two sides"
 * resolve by. */
#include "registry.h"
#include "actors.h"
#include "buf.h"
#include "lexicon.h"
#include "mem.h"
#include "mention.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void reg_touch(struct registry *st, size_t a) {
    st->recency[a] = ++st->clock;
    st->mentions[a]++;
}

static int role_has(const char *role, const char *noun, size_t nlen);

/* Sets a->female from the first name or a title (Mrs, Ms, Madam, Queen).
 * Called when the actor is made and when it gains a role, so pronoun
 * resolution reads a flag instead of searching name lists. */
static void set_female(struct spk_actor *a) {
    const char *sp = strchr(a->name, ' ');
    size_t n = sp ? (size_t)(sp - a->name) : strlen(a->name);
    a->female = lex_female_name(a->name, n) ||
                (a->role && (role_has(a->role, "Mrs", 3) || role_has(a->role, "Ms", 2) ||
                             role_has(a->role, "Madam", 5) || role_has(a->role, "Queen", 5)));
}

size_t reg_add(struct registry *st, char *name, char *role, char *affil, int person) {
    struct spk_doc *d = st->doc;
    if (d->nactors == d->cap_actors) {
        d->cap_actors = d->cap_actors ? d->cap_actors * 2 : 8;
        d->actors = xreallocarray(d->actors, d->cap_actors, sizeof *d->actors);
    }
    d->actors[d->nactors] = (struct spk_actor){name, role, affil, NULL, person, 0, 0};
    set_female(&d->actors[d->nactors]);
    /* the registry's arrays grow with the document's (a new actor per name
     * must not cost a reallocation each) */
    if (d->nactors >= st->cap) {
        st->cap = d->cap_actors;
        st->recency = xreallocarray(st->recency, st->cap, sizeof *st->recency);
        st->mentions = xreallocarray(st->mentions, st->cap, sizeof *st->mentions);
    }
    st->recency[d->nactors] = 0;
    st->mentions[d->nactors] = 0;
    return d->nactors++;
}

/* Last space-separated word of s. */
static const char *last_word(const char *s) {
    const char *p = strrchr(s, ' ');
    return p ? p + 1 : s;
}

/* Surname equality, with "el-Sisi" ~ "Sisi". */
static int same_surname(const char *full, const char *surname) {
    const char *last = last_word(full);
    if (strcmp(last, surname) == 0) return 1;
    if ((strncmp(last, "el-", 3) == 0 || strncmp(last, "al-", 3) == 0) && strcmp(last + 3, surname) == 0)
        return 1;
    return 0;
}

long reg_find(struct registry *st, const char *name) {
    struct spk_doc *d = st->doc;
    for (size_t i = 0; i < d->nactors; i++)
        if (strcmp(d->actors[i].name, name) == 0) return (long)i;
    if (strchr(name, ' ')) return -1;
    /* a surname alone: "Shoigu" */
    for (size_t i = 0; i < d->nactors; i++)
        if (d->actors[i].person && same_surname(d->actors[i].name, name)) return (long)i;
    /* a family name written first: "Ms. Tsai" is Tsai Ing-wen, "Mr. Ban"
     * Ban Ki-moon, "Minister Ma" Ma Zhaoxu (a short first word of a name
     * of two or three words) */
    size_t l = strlen(name);
    for (size_t i = 0; i < d->nactors && l <= 4; i++) {
        const char *a = d->actors[i].name;
        size_t spaces = 0;
        for (const char *p = a; *p; p++) spaces += *p == ' ';
        if (d->actors[i].person && spaces >= 1 && spaces <= 2 && strncmp(a, name, l) == 0 &&
            a[l] == ' ')
            return (long)i;
    }
    return -1;
}

/* Replaces name by its canonical form when the dictionary knows it as a
 * name or alias ("Zelensky" -> "Volodymyr Zelenskyy"); returns the entry. */
const struct actor_entry *reg_canonical(const struct registry *st, struct buf *name) {
    const struct actor_entry *e = actors_find(st->dict, buf_str(name), name->len);
    if (e) {
        buf_reset(name);
        buf_adds(name, e->name);
    }
    return e;
}

long reg_named(struct registry *st, struct buf *name, int person) {
    const struct actor_entry *de = reg_canonical(st, name);
    long a = reg_find(st, buf_str(name));
    if (a < 0) {
        a = (long)reg_add(st, buf_detach(name), NULL, NULL, person);
        reg_enrich(&st->doc->actors[a], de);
    }
    buf_free(name);
    reg_touch(st, (size_t)a);
    return a;
}

/* Fills what the text did not say from the dictionary entry. */
void reg_enrich(struct spk_actor *a, const struct actor_entry *e) {
    if (!e) return;
    if (!a->role && e->role) a->role = xstrdup(e->role);
    if (!a->affil && e->affil) a->affil = xstrdup(e->affil);
    if (!a->code && e->code) a->code = xstrdup(e->code);
    a->person = e->person;
    if (e->female) a->female = 1;
}

/* Is w[c..j] a country: one country word, a country the dictionary
 * knows, or a run of place words and links ("South Africa", "Republic of
 * Korea")? */
static int country_span(const struct registry *st, const struct word *w, size_t c, size_t j) {
    const char *t = st->t;
    if (c == j) return WIS(t, w[j], LX_COUNTRY);
    const struct actor_entry *e = actors_find(st->dict, t + w[c].s, w[j].e - w[c].s);
    if (e) return !e->person;
    for (size_t x = c; x <= j; x++)
        if (!(w[x].cap && WIS(t, w[x], LX_PLACE | LX_COUNTRY)) &&
            !(x > c && x < j && (weq(t, &w[x], "of") || weq(t, &w[x], "the"))))
            return 0;
    return 1;
}

/* "... of Estonia", "... of the Republic of Korea" ending the run w[k..j]
 * after a name ("Prime Minister Kaja Kallas of Estonia"): the index of
 * that "of", else 0; *country is the country's first word. */
static size_t of_country(const struct registry *st, const struct word *w, size_t k, size_t j,
                         size_t *country) {
    const char *t = st->t;
    for (size_t i = j; i-- > k + 2 && j - i <= 5;) {
        if (!weq(t, &w[i], "of")) continue;
        size_t c = i + 1 < j && weq(t, &w[i + 1], "the") ? i + 2 : i + 1;
        if (w[i - 1].lower && !WIS(t, w[i - 1], LX_ROLE | LX_BODY | LX_COUNTRY | LX_PLACE) &&
            country_span(st, w, c, j)) {
            *country = c;
            return i;
        }
    }
    return 0;
}

/* The few role words that are also common surnames: after a first name
 * that ends the run, a surname ("Julie Bishop", "John Major", "Martin
 * Luther King"; but "Crown Prince", "Policy Adviser", "Home Secretary"
 * stay roles, so the list is short on purpose). */
static int surname_role(const struct registry *st, const struct word *w, size_t k, size_t i,
                        size_t j) {
    static const char *const surnames[] = {"Bishop", "King", "Major", NULL};
    const char *t = st->t;
    if (i != j || i == k || !wd_in(t, &w[i], surnames)) return 0;
    const struct word *p = &w[i - 1];
    return p->cap && p->lower && !p->punct && !w[i].punct &&
           !WIS(t, *p, LX_ROLE | LX_BODY | LX_PLACE | LX_COUNTRY | LX_STOP) &&
           !wd_affil(t, p);
}

/* Canonicalises the run w[k..j] (inclusive) into an actor: registers it, or
 * finds it by name or surname. Returns the actor index, or -1 when the run
 * names nobody (only roles, or nothing a name could be). */
void reg_role_words(const char *t, const struct word *w, size_t k, size_t e, struct buf *role) {
    for (size_t i = k; i < e; i++)
        if (!wd_affil(t, &w[i]) && !weq(t, &w[i], "the")) {
            if (role->len) buf_addc(role, ' ');
            buf_add(role, t + w[i].s, WLEN(t, w[i]));
        }
}

long reg_run_actor(struct registry *st, const struct word *w, size_t k, size_t j,
                   int register_new) {
    const char *t = st->t;
    while (k <= j && (weq(t, &w[k], "the") || weq(t, &w[k], "and"))) k++;
    if (k > j) return -1;
    /* "Prime Minister Kaja Kallas of Estonia", "President Volodymyr
     * Zelenskyy of Ukraine": the person, affiliated with the country */
    size_t cstart, of = of_country(st, w, k, j, &cstart);
    if (of) {
        long r = reg_run_actor(st, w, k, of - 1, register_new);
        if (r >= 0 && !st->doc->actors[r].affil && st->doc->actors[r].person)
            st->doc->actors[r].affil = xstrndup(t + w[cstart].s, w[j].e - w[cstart].s);
        return r;
    }
    /* The name is the tail of the run after the last role, body, place or
     * affiliation word or "of Country"; with no such tail, a run naming a
     * body ("Russian Foreign Ministry") is the body. */
    size_t ns = k;
    for (size_t i = k; i <= j; i++)
        if (surname_role(st, w, k, i, j)) continue;
        else if (wd_affil(t, &w[i]) || WIS(t, w[i], LX_ROLE | LX_BODY | LX_PLACE | LX_COUNTRY) ||
            (!w[i].cap && WIS(t, w[i], LX_DESC)) || weq(t, &w[i], "of") || weq(t, &w[i], "the"))
            ns = i + 1;
    /* A body when no name follows and the head noun -- the last word before
     * the first "of" -- names one: "Russian Foreign Ministry", "Office of
     * the President"; but "Head of the President's Office" is a person. A
     * run of place words is a country ("Saudi Arabia"). */
    int body = ns > j && (WIS(t, w[wd_head_of(t, w, k, j)], LX_BODY | LX_COUNTRY) ||
                          (j > k && country_span(st, w, k, j)));
    const char *affil = NULL;
    struct buf name = BUF_INIT, role = BUF_INIT;
    long r = -1;
    /* A body the dictionary knows by the whole run ("United States", "Russian
     * Federation", "UK"), or an acronym of a country ("US", "U.S."): that
     * body, whatever its words' classes say. */
    const struct actor_entry *whole = actors_find(st->dict, t + w[k].s, w[j].e - w[k].s);
    if (whole && !whole->person) body = 1;
    /* "The UK Government", "the United States Government": the country */
    if (!whole && j > k && (weq(t, &w[j], "government") || weq(t, &w[j], "administration")) &&
        (whole = actors_find(st->dict, t + w[k].s, w[j - 1].e - w[k].s)) && !whole->person) {
        j--;
        body = 1;
    }
    if (k == j && !w[k].lower && wd_affil(t, &w[k])) {
        wd_join(&name, t, w, k, j + 1);
        if (!reg_canonical(st, &name)) {
            buf_reset(&name);
            buf_adds(&name, wd_affil(t, &w[k]));
        }
        r = reg_find(st, buf_str(&name));
        if (r < 0 && register_new) {
            const struct actor_entry *de = reg_canonical(st, &name);
            r = (long)reg_add(st, buf_detach(&name), NULL, NULL, 0);
            reg_enrich(&st->doc->actors[r], de);
        }
        goto out;
    }
    if (body) {
        affil = wd_affil(t, &w[k]);
        wd_join(&name, t, w, k, j + 1);
        const struct actor_entry *de = reg_canonical(st, &name);
        r = reg_find(st, buf_str(&name));
        if (r < 0 && register_new) {
            r = (long)reg_add(st, buf_detach(&name), NULL, affil ? xstrdup(affil) : NULL, 0);
            reg_enrich(&st->doc->actors[r], de);
        }
        goto out;
    }
    for (size_t i = k; i < ns; i++)
        if (wd_affil(t, &w[i])) affil = wd_affil(t, &w[i]);
    reg_role_words(t, w, k, ns, &role);
    if (ns > j) { /* only roles: a description, resolved by the caller */
        goto out;
    }
    /* "Addressing the people ...": one capitalised "-ing" word opens a
     * sentence, it names no one */
    if (ns == j && wd_gerund(t, &w[j]) &&
        !actors_find(st->dict, t + w[j].s, WLEN(t, w[j])))
        goto out;
    /* Person names have lower-case letters; an all-caps word is an acronym,
     * except a middle initial ("Joseph R. Biden"). */
    for (size_t i = ns; i <= j; i++)
        if ((!w[i].lower && !WIS(t, w[i], LX_PARTICLE) && !(i > ns && i < j && WLEN(t, w[i]) == 1)) ||
            weq(t, &w[i], "of"))
            goto out;
    /* A long tail ("KAZ Minerals Oleg Novachuk"): the longest suffix the
     * dictionary knows ("Ursula von der Leyen"), else the last three words
     * not counting particles. */
    if (j - ns + 1 > 3) {
        size_t x = ns;
        while (x < j && !actors_find(st->dict, t + w[x].s, w[j].e - w[x].s)) x++;
        if (x == j) {
            size_t words = 0;
            for (x = j + 1; x > ns; x--)
                if (!WIS(t, w[x - 1], LX_PARTICLE) && ++words > 3) break;
        }
        ns = x;
    }
    /* "Joseph R. Biden": a middle initial is no part of the canonical name */
    for (size_t i = ns; i <= j; i++) {
        if (i > ns && i < j && WLEN(t, w[i]) == 1 && w[i].cap) continue;
        if (name.len) buf_addc(&name, ' ');
        buf_add(&name, t + w[i].s, WLEN(t, w[i]));
    }
    int country = (ns == j && WIS(t, w[j], LX_COUNTRY));
    const struct actor_entry *de = reg_canonical(st, &name);
    r = reg_find(st, buf_str(&name));
    if (r >= 0) {
        struct spk_actor *a = &st->doc->actors[r];
        if (!a->role && role.len) {
            a->role = xstrdup(buf_str(&role));
            set_female(a);
        }
        if (!a->affil && affil) a->affil = xstrdup(affil);
    } else if (register_new || role.len) {
        /* affiliation from "of Russia" inside the role */
        if (!affil)
            for (size_t i = k + 1; i < ns; i++)
                if (weq(t, &w[i - 1], "of") && WIS(t, w[i], LX_COUNTRY)) {
                    struct buf c = BUF_INIT;
                    buf_add(&c, t + w[i].s, WLEN(t, w[i]));
                    r = (long)reg_add(st, buf_detach(&name),
                                        role.len ? buf_detach(&role) : NULL, buf_detach(&c), 1);
                    reg_enrich(&st->doc->actors[r], de);
                    goto out;
                }
        r = (long)reg_add(st, buf_detach(&name), role.len ? buf_detach(&role) : NULL,
                            affil ? xstrdup(affil) : NULL, !country);
        reg_enrich(&st->doc->actors[r], de);
    }
out:
    buf_free(&name);
    buf_free(&role);
    if (r >= 0) reg_touch(st, (size_t)r);
    return r;
}

/* Is actor a more salient than b: mentioned more often, or as often and
 * more recently? The participants of a readout are named again and again;
 * people and places mentioned in passing are not. */
int reg_more_salient(const struct registry *st, size_t a, size_t b) {
    if (st->mentions[a] != st->mentions[b]) return st->mentions[a] > st->mentions[b];
    return st->recency[a] > st->recency[b];
}

/* The two most salient distinct actors (persons first): "the two sides". */
size_t reg_recent_pair(struct registry *st, size_t out[2]) {
    size_t n = 0;
    for (int pass = 0; pass < 2 && n < 2; pass++) {
        for (;;) {
            long best = -1;
            for (size_t i = 0; i < st->doc->nactors; i++) {
                if (!st->recency[i]) continue;
                if (pass == 0 && !st->doc->actors[i].person) continue;
                if (n && out[0] == i) continue;
                if (best < 0 || reg_more_salient(st, i, (size_t)best)) best = (long)i;
            }
            if (best < 0 || n == 2) break;
            out[n++] = (size_t)best;
            if (n == 2) break;
        }
    }
    if (n == 2 && out[0] > out[1]) { size_t x = out[0]; out[0] = out[1]; out[1] = x; }
    return n;
}

long reg_recent_person(struct registry *st, int female) {
    if (st->last_subject >= 0 && st->doc->actors[st->last_subject].person &&
        st->doc->actors[st->last_subject].female == female)
        return st->last_subject;
    long best = -1;
    for (size_t i = 0; i < st->doc->nactors; i++) {
        const struct spk_actor *a = &st->doc->actors[i];
        if (!st->recency[i] || !a->person || a->female != female) continue;
        if (best < 0 || st->recency[i] > st->recency[best]) best = (long)i;
    }
    return best;
}

/* Does the space-separated role contain the word noun? */
/* Does role hold noun, a word or words ("president", "vice president"),
 * from one of its words' starts to one's end (any case)? */
static int role_has(const char *role, const char *noun, size_t nlen) {
    for (const char *r = role; *r;) {
        if (strncasecmp(r, noun, nlen) == 0 && (r[nlen] == ' ' || r[nlen] == '\0')) return 1;
        const char *sp = strchr(r, ' ');
        if (!sp) break;
        r = sp + 1;
    }
    return 0;
}

/* Description "the [Adj] noun" or a capitalised run of roles only ("The
 * President", "the British side"): the most salient actor whose role
 * contains the noun, preferring one whose affiliation matches. "President"
 * and "Head" also fit a person whose role the text never gave: press
 * offices name their own head of state without a title ("Vladimir Putin
 * had a telephone conversation ... The President emphasised ..."). */
long reg_describe(struct registry *st, const char *noun, size_t nlen, const char *affil) {
    long best = -1;
    int best_fit = 0;
    int side = nlen == 4 && strncasecmp(noun, "side", 4) == 0;
    int head = (nlen == 9 && strncasecmp(noun, "president", 9) == 0) ||
               (nlen == 4 && strncasecmp(noun, "head", 4) == 0) ||
               (nlen == 5 && strncasecmp(noun, "state", 5) == 0);
    /* nouns for someone the text named before without that title: "The
     * Turkish leader", "the envoy"; and for a body: "the industry group",
     * "the watchdog", "the ministry" (news corpus) */
    static const char *const people[] = {"leader", "envoy", "official", "spokesman",
                                         "spokeswoman", "spokesperson", "diplomat",
                                         "negotiator", "chief", "secretary-general"};
    static const char *const bodies[] = {"group", "watchdog", "agency", "organisation",
                                         "organization", "institute", "company", "bloc",
                                         "alliance", "ministry", "body", "association",
                                         "coalition", "government", "union"};
    int person_noun = 0, body_noun = 0;
    for (size_t k = 0; k < sizeof people / sizeof *people; k++)
        if (strlen(people[k]) == nlen && strncasecmp(noun, people[k], nlen) == 0) person_noun = 1;
    for (size_t k = 0; k < sizeof bodies / sizeof *bodies; k++)
        if (strlen(bodies[k]) == nlen && strncasecmp(noun, bodies[k], nlen) == 0) body_noun = 1;
    for (size_t i = 0; i < st->doc->nactors; i++) {
        const struct spk_actor *a = &st->doc->actors[i];
        if (!st->recency[i]) continue;
        int fit;
        if (side || !nlen) fit = 1;
        else if (a->role && role_has(a->role, noun, nlen)) fit = 2;
        else if (head && a->person && !a->role) fit = 1;
        else if (person_noun && a->person && !a->group) fit = 1;
        else if (body_noun && !a->person && !a->group) fit = 1;
        else continue;
        if (affil) {
            if (a->affil && strcmp(a->affil, affil) == 0) fit += 2;
            else if (a->affil || !nlen) continue; /* "" matches that affiliation only */
            /* "the Dutch ministry" is no body named without its country */
            else if (body_noun && !a->person) continue;
        }
        /* "the President" with no country: the document's own, the one
         * named first (a readout's host), not the guest named since */
        int first = head && !affil;
        if (best < 0 || fit > best_fit ||
            (fit == best_fit && !first && reg_more_salient(st, i, (size_t)best)))
            best = (long)i, best_fit = fit;
    }
    /* "The President of Russia" resolved to "Vladimir Putin": now we know
     * whom Russia speaks through. */
    if (best >= 0 && affil && nlen && !st->doc->actors[best].affil &&
        st->doc->actors[best].person)
        st->doc->actors[best].affil = xstrdup(affil);
    return best;
}

/* A country as the subject ("Russia proposed ...") speaks through the most
 * salient person the text affiliates with it, when there is one. */
long reg_speaker_for(struct registry *st, size_t a) {
    const struct spk_actor *c = &st->doc->actors[a];
    if (c->person) return (long)a;
    long best = -1;
    for (size_t i = 0; i < st->doc->nactors; i++) {
        const struct spk_actor *p = &st->doc->actors[i];
        if (!p->person || !p->affil || strcmp(p->affil, c->name) != 0) continue;
        if (best < 0 || reg_more_salient(st, i, (size_t)best)) best = (long)i;
    }
    return best >= 0 ? best : (long)a;
}

long reg_recent_body(struct registry *st, int plural_group) {
    long best = -1;
    for (size_t i = 0; i < st->doc->nactors; i++) {
        const struct spk_actor *a = &st->doc->actors[i];
        if (!st->recency[i] || a->person) continue;
        if (best < 0 || st->recency[i] > st->recency[best]) best = (long)i;
    }
    if (best >= 0 && plural_group) {
        /* only a group in the plural, mentioned after every person */
        const char *n = st->doc->actors[best].name;
        size_t l = strlen(n);
        if (!st->doc->actors[best].group || !l || n[l - 1] != 's') return -1;
        for (size_t i = 0; i < st->doc->nactors; i++)
            if (st->doc->actors[i].person && st->recency[i] > st->recency[best]) return -1;
    }
    return best;
}

size_t reg_note_meeting(struct registry *st, const struct word *w, size_t from, size_t n) {
    if (st->nmeet) return st->nmeet;
    long found[SPK_MAX_ACTORS];
    size_t nf = 0;
    for (size_t i = from; i < n && nf < SPK_MAX_ACTORS;) {
        /* "... spoke with President López Obrador to discuss the Leaders'
         * Summit", "... about the Strategic Partnership": once two parties
         * are named, what follows is the topic */
        static const char *const topic[] = {"about", "regarding", "concerning", "discuss",
                                            "review", "on", "following", "ahead", "under",
                                            "during", NULL};
        if (nf >= 2 && !w[i].cap && wd_in(st->t, &w[i], topic)) break;
        if (!mn_run_word(w, i)) {
            i++;
            continue;
        }
        size_t j = mn_run_end(st->t, w, n, i);
        /* "at the United States Naval Academy", "in Sochi": the place */
        size_t p = i > 0 && weq(st->t, &w[i - 1], "the") ? i - 1 : i;
        if (p > 0 && (weq(st->t, &w[p - 1], "at") || weq(st->t, &w[p - 1], "in"))) {
            i = j + 1;
            continue;
        }
        long a = mn_concept_run(st->t, w, i, j) ? -1 : reg_run_actor(st, w, i, j, 0);
        if (a >= 0) {
            int dup = 0;
            for (size_t k = 0; k < nf; k++) dup |= found[k] == a;
            if (!dup) found[nf++] = a;
        }
        i = j + 1;
    }
    for (int persons = 1; persons >= 0 && st->nmeet < 2; persons--) {
        st->nmeet = 0;
        for (size_t k = 0; k < nf && st->nmeet < SPK_MAX_ACTORS; k++)
            if (!persons || st->doc->actors[found[k]].person) st->meet[st->nmeet++] = (size_t)found[k];
    }
    if (st->nmeet < 2) st->nmeet = 0;
    return st->nmeet;
}

void reg_forget_last(struct registry *st, size_t a) {
    struct spk_doc *d = st->doc;
    if (a + 1 != d->nactors) return;
    free(d->actors[a].name);
    free(d->actors[a].role);
    free(d->actors[a].affil);
    free(d->actors[a].code);
    d->nactors--;
    if (st->last_subject == (long)a) st->last_subject = -1;
}

void reg_free(struct registry *st) {
    free(st->recency);
    free(st->mentions);
    st->recency = st->mentions = NULL;
}
