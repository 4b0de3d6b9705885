/* fuzz_report.c -- libFuzzer target: arbitrary bytes as the JSONL that
 * classify --from-statements reads back (report_read_jsonl); what it
 * accepts then goes through the aggregate and every output format, and the
 * bytes (when UTF-8) through the target finder. Nothing may crash, and a
 * read that fails must leave the list empty. */
#define _POSIX_C_SOURCE 200809L
#include "../../lib/aggregate.h"
#include "../../lib/classify.h"
#include "../../lib/err.h"
#include "../../lib/report.h"
#include "../../lib/target.h"
#include "../../lib/utf8.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!size) return 0;
    FILE *f = fmemopen((void *)data, size, "r");
    struct result_list rl = {0};
    struct err e = ERR_INIT;
    int rc = report_read_jsonl(f, "fuzz", &rl, &e);
    fclose(f);
    if (rc && rl.n) abort(); /* a bad file must add nothing */
    err_clear(&e);
    if (rc == 0) {
        classify_rethreshold(&rl, 0.5);
        agg_sort_results(&rl);
        FILE *out = fopen("/dev/null", "w");
        const struct report_view v = {1, 2};
        { /* one period per input, by its first byte: more inputs a second */
            struct agg_report a;
            agg_build(&rl, (enum agg_by)(data[0] % (AGG_BY_YEAR + 1)), &a);
            report_write_text(out, &a, &v, &e), err_clear(&e);
            report_write_md(out, &a, &v, &e), err_clear(&e);
            report_write_html(out, &a, &v, &e), err_clear(&e);
            report_write_json(out, &a, &e), err_clear(&e);
            agg_free(&a);
        }
        report_write_jsonl(out, &rl, &e), err_clear(&e);
        report_write_tsv(out, &rl, &e), err_clear(&e);
        report_write_csv(out, &rl, &e), err_clear(&e);
        fclose(out);
    }
    result_list_free(&rl);
    if (utf8_valid((const char *)data, size, NULL)) {
        char *t[TARGETS_MAX];
        size_t n = targets_find((const char *)data, size, NULL, t);
        if (n > TARGETS_MAX) abort();
        for (size_t i = 0; i < n; i++) free(t[i]);
    }
    return 0;
}
