/* report_text.c -- the per-actor report for a terminal and as Markdown
 * (see report.h). Both walk the aggregate the same way; they differ in
 * markup and escaping only. */
#include "aggregate.h"
#include "classify.h"
#include "escape.h"
#include "report.h"
#include <stdlib.h>
#include <string.h>

static const char *plural(size_t n) { return n == 1 ? "" : "s"; }

/* The header lines both formats share: what was counted and left out. */
static void summary(FILE *f, const struct agg_report *a, const char *bullet) {
    fprintf(f, "%s%zu statement%s in %zu document%s, %zu actor%s\n", bullet, a->statements,
            plural(a->statements), a->documents, plural(a->documents), a->nactors, plural(a->nactors));
    if (a->left_out)
        fprintf(f, "%s%zu statement%s below the minimum confidence left out\n", bullet, a->left_out,
                plural(a->left_out));
    if (a->copies)
        fprintf(f, "%s%zu statement%s counted once, as copies of another\n", bullet, a->copies,
                plural(a->copies));
    if (a->by != AGG_BY_NONE)
        fprintf(f, "%sdated %s to %s; timeline by %s\n", bullet, a->first, a->last, agg_by_name(a->by));
}

/* Where a statement is: "doc:10-80 2022-02-11", "doc id", "doc". */
static void place(FILE *f, const struct result *r, void (*esc)(FILE *, const char *)) {
    esc(f, r->doc);
    if (r->start >= 0) fprintf(f, ":%ld-%ld", r->start, r->end);
    else if (r->id) fputc(' ', f), esc(f, r->id);
    if (r->meta && r->meta->date) fputc(' ', f), esc(f, r->meta->date);
}

static int widest_label(const struct labelset *ls) {
    int w = 5;
    for (size_t l = 0; l < ls->n; l++)
        if ((int)strlen(ls->name[l]) > w) w = (int)strlen(ls->name[l]);
    return w;
}

static void text_actor(FILE *f, const struct agg_report *a, const struct agg_actor *ac,
                       const struct report_view *v) {
    const struct labelset *ls = a->labels;
    int w = widest_label(ls), none = labels_none(ls);
    fputc('\n', f);
    esc_text(f, ac->who->name);
    if (ac->who->role || ac->who->affil) {
        fputs(" (", f);
        esc_text(f, ac->who->role);
        if (ac->who->role && ac->who->affil) fputs(", ", f);
        esc_text(f, ac->who->affil);
        fputc(')', f);
    }
    fprintf(f, "\n  %zu statement%s, %zu position%s", ac->total, plural(ac->total), ac->positions,
            plural(ac->positions));
    if (ac->copies) fprintf(f, ", %zu cop%s folded in", ac->copies, ac->copies == 1 ? "y" : "ies");
    fprintf(f, "\n  %-*s  count  share  95%% interval\n", w, "label");
    for (size_t l = 0; l < ls->n; l++)
        fprintf(f, "  %-*s  %5zu  %4.0f%%  %3.0f-%.0f%%\n", w, ls->name[l], ac->count[l],
                100.0 * (double)ac->count[l] / (double)ac->total, 100 * ac->low[l], 100 * ac->high[l]);
    if (ac->ntimeline) {
        fprintf(f, "  %-10s", agg_by_name(a->by));
        for (size_t l = 0; l < ls->n; l++) fprintf(f, " %s", ls->name[l]);
        fputc('\n', f);
        for (size_t p = 0; p < ac->ntimeline; p++) {
            fprintf(f, "  %-10s", ac->timeline[p].key);
            for (size_t l = 0; l < ls->n; l++)
                fprintf(f, " %*zu", (int)strlen(ls->name[l]), ac->timeline[p].count[l]);
            fputc('\n', f);
        }
    }
    static const struct report_style style = {esc_text, place, "          ", "\n"};
    for (size_t k = 0, end; k < ac->nstmts; k = end) {
        end = report_group_end(ac, k);
        int label = ac->stmts[k].r->label;
        if (label == none && !v->list_none) continue;
        fprintf(f, "  %s\n", ls->name[label]);
        size_t upto = v->top && end - k > v->top ? k + v->top : end;
        for (size_t i = k; i < upto; i++) {
            const struct agg_stmt *s = &ac->stmts[i];
            fprintf(f, "    %.2f  ", s->confidence);
            esc_text(f, s->r->text);
            fputs("  [", f);
            place(f, s->r, esc_text);
            fputs("]\n", f);
            report_extras(f, s, &style);
        }
        if (upto < end) fprintf(f, "    ... %zu more\n", end - upto);
    }
}

int report_write_text(FILE *f, const struct agg_report *a, const struct report_view *v, struct err *e) {
    summary(f, a, "");
    for (size_t i = 0; i < a->nactors; i++) text_actor(f, a, &a->actors[i], v);
    return report_done(f, e);
}

/* ---- Markdown ---------------------------------------------------------- */

static void md_actor(FILE *f, const struct agg_report *a, const struct agg_actor *ac,
                     const struct report_view *v) {
    const struct labelset *ls = a->labels;
    int none = labels_none(ls);
    fputs("\n## ", f);
    esc_md(f, ac->who->name);
    fputc('\n', f);
    if (ac->who->role || ac->who->affil) {
        fputc('\n', f);
        esc_md(f, ac->who->role);
        if (ac->who->role && ac->who->affil) fputs(", ", f);
        esc_md(f, ac->who->affil);
        fputc('\n', f);
    }
    fprintf(f, "\n%zu statement%s, %zu position%s", ac->total, plural(ac->total), ac->positions,
            plural(ac->positions));
    if (ac->copies) fprintf(f, "; %zu cop%s folded in", ac->copies, ac->copies == 1 ? "y" : "ies");
    fputs(".\n\n| label | count | share | 95% interval |\n|---|---:|---:|---:|\n", f);
    for (size_t l = 0; l < ls->n; l++)
        fprintf(f, "| %s | %zu | %.0f%% | %.0f–%.0f%% |\n", ls->name[l], ac->count[l],
                100.0 * (double)ac->count[l] / (double)ac->total, 100 * ac->low[l], 100 * ac->high[l]);
    if (ac->ntimeline) {
        fprintf(f, "\n| %s |", agg_by_name(a->by));
        for (size_t l = 0; l < ls->n; l++) fprintf(f, " %s |", ls->name[l]);
        fputs("\n|---|", f);
        for (size_t l = 0; l < ls->n; l++) fputs("---:|", f);
        fputc('\n', f);
        for (size_t p = 0; p < ac->ntimeline; p++) {
            fprintf(f, "| %s |", ac->timeline[p].key);
            for (size_t l = 0; l < ls->n; l++) fprintf(f, " %zu |", ac->timeline[p].count[l]);
            fputc('\n', f);
        }
    }
    static const struct report_style style = {esc_md, place, "; ", ""};
    for (size_t k = 0, end; k < ac->nstmts; k = end) {
        end = report_group_end(ac, k);
        int label = ac->stmts[k].r->label;
        if (label == none && !v->list_none) continue;
        fprintf(f, "\n### %s\n\n", ls->name[label]);
        size_t upto = v->top && end - k > v->top ? k + v->top : end;
        for (size_t i = k; i < upto; i++) {
            const struct agg_stmt *s = &ac->stmts[i];
            fprintf(f, "- %.2f ", s->confidence);
            esc_md(f, s->r->text);
            fputs(" *(", f);
            place(f, s->r, esc_md);
            fputs(")*", f);
            report_extras(f, s, &style);
            fputc('\n', f);
        }
        if (upto < end) fprintf(f, "- ... %zu more\n", end - upto);
    }
}

int report_write_md(FILE *f, const struct agg_report *a, const struct report_view *v, struct err *e) {
    fputs("# Positions by actor\n\n", f);
    summary(f, a, "- ");
    for (size_t i = 0; i < a->nactors; i++) md_actor(f, a, &a->actors[i], v);
    return report_done(f, e);
}
