/* fuzz_article.c -- libFuzzer target: arbitrary valid UTF-8 as an article
 * through sentence splitting, attribution and features. Every sentence
 * and statement must lie inside the text, on code point boundaries. */
#define _POSIX_C_SOURCE 200809L
#include "../../lib/features.h"
#include "../../lib/sentence.h"
#include "../../lib/speaker.h"
#include "../../lib/utf8.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int boundary(const uint8_t *d, size_t size, size_t at) {
    return at == size || (d[at] & 0xC0) != 0x80;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *t = (const char *)data;
    if (!utf8_valid(t, size, NULL)) return 0; /* the readers refuse it earlier */
    struct sent_list sl = {0};
    sent_split(t, size, &sl);
    for (size_t i = 0; i < sl.n; i++)
        if (sl.v[i].start >= sl.v[i].end || sl.v[i].end > size ||
            !boundary(data, size, sl.v[i].start) || !boundary(data, size, sl.v[i].end))
            abort();
    struct spk_doc doc = {0};
    /* the first line doubles as a title: "Statement by ..." titles make an
     * issuer */
    const char *nl = memchr(t, '\n', size);
    char *title = strndup(t, nl ? (size_t)(nl - t) : size);
    struct spk_input in = {NULL, title};
    spk_attribute_doc(t, size, &sl, &in, NULL, &doc);
    free(title);
    if (doc.nstmts != sl.n) abort();
    for (size_t i = 0; i < doc.nstmts; i++) {
        const struct spk_stmt *s = &doc.stmts[i];
        if (s->start > s->end || s->end > size || s->nactors > SPK_MAX_ACTORS) abort();
        if (!boundary(data, size, s->start) || !boundary(data, size, s->end)) abort();
        if (s->cue_len && s->cue_start + s->cue_len > size) abort();
        for (size_t k = 0; k < s->nactors; k++)
            if (s->actors[k] >= doc.nactors) abort();
        free(spk_actor_names(&doc, s));
    }
    struct feat_opts fo = FEAT_OPTS_DEFAULT;
    struct feat_terms terms = {0};
    feat_terms(t, size, FEAT_HELD_ACTOR, &fo, &terms);
    feat_terms_free(&terms);
    spk_doc_free(&doc);
    sent_list_free(&sl);
    return 0;
}
