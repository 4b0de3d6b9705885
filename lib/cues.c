/* cues.c -- label cues as pooled feature terms (see cues.h). */
#include "cues.h"
#include "label.h"
#include <pthread.h>
#include <string.h>

/* Phrases (words separated by one space) matched against whole normalised
 * words: the cue lists of ANNOTATION.md with their inflections. Nothing
 * here is learned from the corpus, and no label is assigned by them: they
 * are features whose weights the classifier learns. */
static const struct cue {
    int label;
    const char *phrase;
    int since; /* the list version that added it (0: annotation-2's) */
} cues[] = {
    {LABEL_DEMAND, "call on"}, {LABEL_DEMAND, "calls on"}, {LABEL_DEMAND, "called on"},
    {LABEL_DEMAND, "calling on"}, {LABEL_DEMAND, "urge"}, {LABEL_DEMAND, "urges"},
    {LABEL_DEMAND, "urged"}, {LABEL_DEMAND, "urging"}, {LABEL_DEMAND, "demand"},
    {LABEL_DEMAND, "demands"}, {LABEL_DEMAND, "demanded"}, {LABEL_DEMAND, "demanding"},
    {LABEL_DEMAND, "insist"}, {LABEL_DEMAND, "insists"}, {LABEL_DEMAND, "insisted"},
    {LABEL_DEMAND, "request"}, {LABEL_DEMAND, "requests"}, {LABEL_DEMAND, "requested"},
    {LABEL_DEMAND, "requesting"}, {LABEL_DEMAND, "appeal"}, {LABEL_DEMAND, "appeals"},
    {LABEL_DEMAND, "appealed"}, {LABEL_DEMAND, "must"}, {LABEL_DEMAND, "should"},
    {LABEL_DEMAND, "need to"}, {LABEL_DEMAND, "needs to"}, {LABEL_DEMAND, "it is necessary"},
    {LABEL_DEMAND, "expect"}, {LABEL_DEMAND, "expects"}, {LABEL_DEMAND, "hoped that"},
    {LABEL_DEMAND, "hope that"}, {LABEL_DEMAND, "hopes that"},
    {LABEL_CONCESSION, "willing to"}, {LABEL_CONCESSION, "willingness to"},
    {LABEL_CONCESSION, "ready to"}, {LABEL_CONCESSION, "readiness to"},
    {LABEL_CONCESSION, "prepared to"}, {LABEL_CONCESSION, "open to"},
    {LABEL_CONCESSION, "offer"}, {LABEL_CONCESSION, "offers"}, {LABEL_CONCESSION, "offered"},
    {LABEL_CONCESSION, "agreed to"}, {LABEL_CONCESSION, "would consider"},
    {LABEL_CONCESSION, "eased"}, {LABEL_CONCESSION, "lifted"}, {LABEL_CONCESSION, "released"},
    {LABEL_CONCESSION, "withdrew"}, {LABEL_CONCESSION, "accepted"},
    {LABEL_CONCESSION, "compromise"},
    {LABEL_AGREEMENT, "agreed"}, {LABEL_AGREEMENT, "agree"},
    {LABEL_AGREEMENT, "reached an understanding"}, {LABEL_AGREEMENT, "signed"},
    {LABEL_AGREEMENT, "approved"}, {LABEL_AGREEMENT, "supports"}, {LABEL_AGREEMENT, "supported"},
    {LABEL_AGREEMENT, "support"}, {LABEL_AGREEMENT, "welcomed"}, {LABEL_AGREEMENT, "welcomes"},
    {LABEL_AGREEMENT, "welcome"}, {LABEL_AGREEMENT, "praised"}, {LABEL_AGREEMENT, "endorsed"},
    {LABEL_AGREEMENT, "endorse"}, {LABEL_AGREEMENT, "voted for"}, {LABEL_AGREEMENT, "united"},
    {LABEL_CONCERN, "concern"}, {LABEL_CONCERN, "concerned"}, {LABEL_CONCERN, "concerns"},
    {LABEL_CONCERN, "worried"}, {LABEL_CONCERN, "alarmed"}, {LABEL_CONCERN, "regret"},
    {LABEL_CONCERN, "regrets"}, {LABEL_CONCERN, "questioned"}, {LABEL_CONCERN, "condemn"},
    {LABEL_CONCERN, "condemns"}, {LABEL_CONCERN, "condemned"}, {LABEL_CONCERN, "deplore"},
    {LABEL_CONCERN, "deplores"}, {LABEL_CONCERN, "accuse"}, {LABEL_CONCERN, "accused"},
    {LABEL_CONCERN, "warn"}, {LABEL_CONCERN, "warned"}, {LABEL_CONCERN, "warns"},
    {LABEL_CONCERN, "reject"}, {LABEL_CONCERN, "rejects"}, {LABEL_CONCERN, "rejected"},
    {LABEL_CONCERN, "oppose"}, {LABEL_CONCERN, "opposes"}, {LABEL_CONCERN, "opposed"},
    {LABEL_CONCERN, "violation"}, {LABEL_CONCERN, "violations"}, {LABEL_CONCERN, "illegal"},
    {LABEL_CONCERN, "tense"},
    /* annotation-3: the inflections annotation-2 missed of the spec's
     * concession cues, but not "ease" ("easing the tension" eases no
     * measure). 5-fold CV on the non-dev documents: macro-F1 0.631 -> 0.633,
     * concession 0.403 -> 0.412 */
    {LABEL_CONCESSION, "lift", 3},
    {LABEL_CONCESSION, "lifts", 3}, {LABEL_CONCESSION, "lifting", 3},
    {LABEL_CONCESSION, "release", 3}, {LABEL_CONCESSION, "releases", 3},
    {LABEL_CONCESSION, "releasing", 3}, {LABEL_CONCESSION, "withdraw", 3},
    {LABEL_CONCESSION, "withdraws", 3}, {LABEL_CONCESSION, "withdrawing", 3},
    {LABEL_CONCESSION, "withdrawn", 3}, {LABEL_CONCESSION, "accept", 3},
    {LABEL_CONCESSION, "accepts", 3}, {LABEL_CONCESSION, "accepting", 3},
    {LABEL_CONCESSION, "offering", 3}, {LABEL_CONCESSION, "agrees to", 3},
    {LABEL_CONCESSION, "agree to", 3}, {LABEL_CONCESSION, "compromises", 3},
};

/* The pooled terms, by label and negation. */
static const char *const terms[LABEL_COUNT][2] = {
    [LABEL_DEMAND] = {"#cue:demand", "#cue:demand:neg"},
    [LABEL_CONCERN] = {"#cue:concern", "#cue:concern:neg"},
    [LABEL_CONCESSION] = {"#cue:concession", "#cue:concession:neg"},
    [LABEL_AGREEMENT] = {"#cue:agreement", "#cue:agreement:neg"},
};

static const char *const negations[] = {"not", "no", "never", "n't", "nor", "without",
                                        "cannot"};

static int is_negation(const char *w) {
    for (size_t i = 0; i < sizeof negations / sizeof *negations; i++)
        if (strcmp(w, negations[i]) == 0) return 1;
    return 0;
}

/* Do the words from w[i] on begin with phrase? (An empty word, which
 * stands for punctuation, matches no phrase word.) */
static int match(const char *phrase, char *const *w, size_t i, size_t n) {
    for (const char *p = phrase;; i++) {
        const char *sp = strchr(p, ' ');
        size_t len = sp ? (size_t)(sp - p) : strlen(p);
        /* strncmp stops at the first difference: most words differ early */
        if (i == n || strncmp(w[i], p, len) != 0 || w[i][len]) return 0;
        if (!sp) return 1;
        p = sp + 1;
    }
}

/* The cues by their first two bytes (every phrase starts with a-z; the
 * second is a-z or anything else, slot 26): for each pair the indexes of
 * its cues, in table order, ended by 255; built once. A word is matched
 * against the one or two cues that start like it instead of all cues of
 * its letter. */
#define NCUES (sizeof cues / sizeof *cues)
_Static_assert(NCUES < 255, "cue indexes are bytes");
static unsigned char *by_start[26][27]; /* cue indexes, 255-terminated */
static unsigned char starts[26 * 27 + NCUES]; /* the lists' storage */
static pthread_once_t by_start_once = PTHREAD_ONCE_INIT;

static int second_slot(unsigned char c) { return c >= 'a' && c <= 'z' ? c - 'a' : 26; }

static void index_cues(void) {
    size_t at = 0;
    for (int l = 0; l < 26; l++)
        for (int m = 0; m < 27; m++) {
            by_start[l][m] = &starts[at];
            for (size_t c = 0; c < NCUES; c++)
                if (cues[c].phrase[0] - 'a' == l &&
                    second_slot((unsigned char)cues[c].phrase[1]) == m)
                    starts[at++] = (unsigned char)c;
            starts[at++] = 255;
        }
}

int cues_version(const char *name) {
    if (strcmp(name, "annotation-2") == 0) return 2;
    if (strcmp(name, "annotation-3") == 0) return 3;
    return -1;
}

void cues_scan(int version, char *const *w, size_t n, void (*emit)(const char *term, void *arg),
               void *arg) {
    pthread_once(&by_start_once, index_cues);
    for (size_t i = 0; i < n; i++) {
        unsigned char first = (unsigned char)w[i][0];
        if (first < 'a' || first > 'z') continue; /* every cue starts with a letter */
        const unsigned char *ci = by_start[first - 'a'][second_slot((unsigned char)w[i][1])];
        for (; *ci != 255; ci++) {
            size_t c = *ci;
            if (cues[c].since > version || !match(cues[c].phrase, w, i, n)) continue;
            int neg = 0;
            for (size_t k = i; k > 0 && i - k < 3 && w[k - 1][0] && !neg; k--) neg = is_negation(w[k - 1]);
            emit(terms[cues[c].label][neg], arg);
        }
    }
}
