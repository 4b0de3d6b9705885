/* report_html.c -- the per-actor report as one self-contained HTML page
 * (see report.h): inline CSS, inline SVG charts, no script, nothing
 * fetched. Opens offline, mails as one file, and cannot run anything an
 * article smuggled in: every text goes through esc_html, and only http(s)
 * URLs become links. */
#include "aggregate.h"
#include "classify.h"
#include "escape.h"
#include "report.h"
#include <stdlib.h>
#include <string.h>

/* Colours of the default labels, and of the labels of a scheme of one's
 * own by position; "none" is always grey. Chosen to be told apart by most
 * colour-blind readers (Okabe-Ito). */
static const char *colour(const struct labelset *ls, int l) {
    static const char *const def[] = {"#d55e00", "#e69f00", "#009e73", "#0072b2"};
    static const char *const other[] = {"#0072b2", "#d55e00", "#009e73", "#e69f00", "#cc79a7",
                                        "#56b4e9", "#f0e442", "#000000"};
    if (l == labels_none(ls)) return "#bbbbbb";
    if (labels_is_default(ls)) return def[l];
    return other[l % 8];
}

static const char *const style =
    "body{font:15px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}"
    "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-top:1px solid #ddd;padding-top:.8em}"
    "h3{font-size:1em;margin:1em 0 .3em}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{padding:.15em .6em;text-align:left}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}"
    ".key span{display:inline-block;margin-right:1.2em}"
    ".key i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}"
    ".sub{color:#666}ol{padding-left:1.5em}li{margin:.35em 0}"
    ".conf{font-variant-numeric:tabular-nums;color:#666;margin-right:.4em}"
    ".where{color:#666;font-size:.9em}svg{display:block}summary{cursor:pointer;color:#444}\n";

static void legend(FILE *f, const struct labelset *ls) {
    fputs("<p class=\"key\">", f);
    for (size_t l = 0; l < ls->n; l++)
        fprintf(f, "<span><i style=\"background:%s\"></i>%s</span>", colour(ls, (int)l), ls->name[l]);
    fputs("</p>\n", f);
}

/* One horizontal bar of width w split by the counts, each part titled. */
static void bar(FILE *f, const struct labelset *ls, const size_t *count, size_t total, int w) {
    fprintf(f, "<svg width=\"%d\" height=\"16\" role=\"img\">", w);
    double x = 0;
    for (size_t l = 0; l < ls->n && total; l++) {
        if (!count[l]) continue;
        double part = (double)w * (double)count[l] / (double)total;
        fprintf(f, "<rect x=\"%.1f\" y=\"1\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%s: %zu</title></rect>",
                x, part, colour(ls, (int)l), ls->name[l], count[l]);
        x += part;
    }
    fputs("</svg>", f);
}

/* The actors with the most positions get a bar each; the rest (a report
 * over thousands of articles names hundreds) a line of links. */
#define OVERVIEW_BARS 25

static void overview(FILE *f, const struct agg_report *a) {
    fputs("<table>\n<tr><th>actor</th><th>statements</th><th>by label</th></tr>\n", f);
    size_t bars = a->nactors < OVERVIEW_BARS ? a->nactors : OVERVIEW_BARS;
    for (size_t i = 0; i < bars; i++) {
        const struct agg_actor *ac = &a->actors[i];
        fprintf(f, "<tr><td><a href=\"#a%zu\">", i + 1);
        esc_html(f, ac->who->name);
        fprintf(f, "</a></td><td class=\"n\">%zu</td><td>", ac->total);
        bar(f, a->labels, ac->count, ac->total, 360);
        fputs("</td></tr>\n", f);
    }
    fputs("</table>\n", f);
    if (bars == a->nactors) return;
    fprintf(f, "<details><summary>%zu more actors</summary><p class=\"sub\">", a->nactors - bars);
    for (size_t i = bars; i < a->nactors; i++) {
        fprintf(f, "%s<a href=\"#a%zu\">", i > bars ? ", " : "", i + 1);
        esc_html(f, a->actors[i].who->name);
        fputs("</a>", f);
    }
    fputs("</p></details>\n", f);
}

/* Stacked columns, one per period of the report's axis (empty periods
 * too, so that gaps show and every actor's chart lines up), the first and
 * last period named under it, every column titled with its counts. */
static void timeline(FILE *f, const struct agg_report *a, const struct agg_actor *ac) {
    const struct labelset *ls = a->labels;
    /* the axis: the report's periods, or the actor's own when it has none */
    size_t n = a->nperiods ? a->nperiods : ac->ntimeline, most = 1;
    for (size_t p = 0; p < ac->ntimeline; p++) {
        size_t t = 0;
        for (size_t l = 0; l < ls->n; l++) t += ac->timeline[p].count[l];
        if (t > most) most = t;
    }
    double slot = n * 28 < 200 ? 200.0 / (double)n : n * 28 > 880 ? 880.0 / (double)n : 28;
    double bw = slot > 4 ? (slot - 2 > 26 ? 26 : slot - 2) : slot;
    int w = (int)(slot * (double)n) + 64, base = 90;
    fprintf(f, "<svg width=\"%d\" height=\"110\" role=\"img\"><title>statements by %s</title>", w,
            agg_by_name(a->by));
    fprintf(f, "<line x1=\"44\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", base, w - 10, base);
    fprintf(f, "<text x=\"40\" y=\"14\" font-size=\"11\" text-anchor=\"end\">%zu</text>", most);
    size_t k = 0; /* the actor's next period */
    for (size_t p = 0; p < n; p++) {
        const char *key = a->nperiods ? a->periods[p] : ac->timeline[p].key;
        while (k < ac->ntimeline && strcmp(ac->timeline[k].key, key) < 0) k++;
        if (k == ac->ntimeline || strcmp(ac->timeline[k].key, key) != 0) continue;
        const struct agg_period *pe = &ac->timeline[k];
        double y = base, x = 46 + slot * (double)p;
        fprintf(f, "<g><title>%s:", pe->key);
        for (size_t l = 0; l < ls->n; l++)
            if (pe->count[l]) fprintf(f, " %s %zu", ls->name[l], pe->count[l]);
        fputs("</title>", f);
        for (size_t l = 0; l < ls->n; l++) {
            if (!pe->count[l]) continue;
            double hh = 80.0 * (double)pe->count[l] / (double)most;
            y -= hh;
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y, bw,
                    hh, colour(ls, (int)l));
        }
        fputs("</g>", f);
    }
    const char *first = a->nperiods ? a->periods[0] : ac->timeline[0].key;
    const char *last = a->nperiods ? a->periods[n - 1] : ac->timeline[n - 1].key;
    fprintf(f, "<text x=\"46\" y=\"%d\" font-size=\"11\">%s</text>", base + 15, first);
    if (n > 1)
        fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                w - 10, base + 15, last);
    fputs("</svg>\n", f);
}

/* "doc:10-80, 2022-02-11, Title" with the title a link when the URL is
 * http(s). */
static void place(FILE *f, const struct result *r) {
    esc_html(f, r->doc);
    if (r->start >= 0) fprintf(f, ":%ld-%ld", r->start, r->end);
    else if (r->id) fputc(' ', f), esc_html(f, r->id);
    const struct result_doc *d = r->meta;
    if (!d) return;
    if (d->date) fputs(", ", f), esc_html(f, d->date);
    const char *url = d->url;
    int link = url && (strncmp(url, "https://", 8) == 0 || strncmp(url, "http://", 7) == 0);
    if (!d->title && !link) return;
    fputs(", ", f);
    if (link) fputs("<a href=\"", f), esc_html(f, url), fputs("\">", f);
    esc_html(f, d->title ? d->title : url);
    if (link) fputs("</a>", f);
}

/* place() in the shape report_extras wants (HTML escapes itself). */
static void place_esc(FILE *f, const struct result *r, void (*esc)(FILE *, const char *)) {
    (void)esc;
    place(f, r);
}

static void statements(FILE *f, const struct agg_report *a, const struct agg_actor *ac,
                       const struct report_view *v) {
    static const struct report_style item = {esc_html, place_esc, "; ", ""};
    const struct labelset *ls = a->labels;
    int none = labels_none(ls);
    for (size_t k = 0, end; k < ac->nstmts; k = end) {
        end = report_group_end(ac, k);
        int label = ac->stmts[k].r->label;
        if (label == none && !v->list_none) continue;
        fprintf(f, "<h3><i style=\"display:inline-block;width:.8em;height:.8em;background:%s\"></i> %s</h3>\n<ol>\n",
                colour(ls, label), ls->name[label]);
        size_t upto = v->top && end - k > v->top ? k + v->top : end;
        for (size_t i = k; i < upto; i++) {
            const struct agg_stmt *s = &ac->stmts[i];
            fprintf(f, "<li><span class=\"conf\">%.2f</span>", s->confidence);
            esc_html(f, s->r->text);
            fputs(" <span class=\"where\">(", f);
            place(f, s->r);
            fputs(")", f);
            report_extras(f, s, &item);
            fputs("</span></li>\n", f);
        }
        fputs("</ol>\n", f);
        if (upto < end) fprintf(f, "<p class=\"sub\">%zu more</p>\n", end - upto);
    }
}

static void actor(FILE *f, const struct agg_report *a, const struct agg_actor *ac, size_t i,
                  const struct report_view *v) {
    const struct labelset *ls = a->labels;
    fprintf(f, "<section id=\"a%zu\">\n<h2>", i + 1);
    esc_html(f, ac->who->name);
    fputs("</h2>\n", f);
    if (ac->who->role || ac->who->affil) {
        fputs("<p class=\"sub\">", f);
        esc_html(f, ac->who->role);
        if (ac->who->role && ac->who->affil) fputs(", ", f);
        esc_html(f, ac->who->affil);
        fputs("</p>\n", f);
    }
    fprintf(f, "<p>%zu statement%s, %zu position%s", ac->total, ac->total == 1 ? "" : "s", ac->positions,
            ac->positions == 1 ? "" : "s");
    if (ac->copies) fprintf(f, "; %zu cop%s folded in", ac->copies, ac->copies == 1 ? "y" : "ies");
    fputs(".</p>\n<table>\n<tr><th>label</th><th>count</th><th>share</th><th>95% interval</th></tr>\n", f);
    for (size_t l = 0; l < ls->n; l++)
        fprintf(f, "<tr><td>%s</td><td class=\"n\">%zu</td><td class=\"n\">%.0f%%</td><td class=\"n\">%.0f&ndash;%.0f%%</td></tr>\n",
                ls->name[l], ac->count[l], 100.0 * (double)ac->count[l] / (double)ac->total,
                100 * ac->low[l], 100 * ac->high[l]);
    fputs("</table>\n", f);
    if (ac->ntimeline) timeline(f, a, ac);
    statements(f, a, ac, v);
    fputs("</section>\n", f);
}

int report_write_html(FILE *f, const struct agg_report *a, const struct report_view *v, struct err *e) {
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>Positions by actor</title>\n<style>", f);
    fputs(style, f);
    fputs("</style>\n</head>\n<body>\n<h1>Positions by actor</h1>\n<p>", f);
    fprintf(f, "%zu statement%s in %zu document%s, %zu actor%s", a->statements,
            a->statements == 1 ? "" : "s", a->documents, a->documents == 1 ? "" : "s", a->nactors,
            a->nactors == 1 ? "" : "s");
    if (a->left_out) fprintf(f, "; %zu below the minimum confidence left out", a->left_out);
    if (a->copies) fprintf(f, "; %zu counted once, as copies of another", a->copies);
    if (a->by != AGG_BY_NONE) fprintf(f, "; dated %s to %s, timeline by %s", a->first, a->last, agg_by_name(a->by));
    fputs(".</p>\n", f);
    legend(f, a->labels);
    overview(f, a);
    for (size_t i = 0; i < a->nactors; i++) actor(f, a, &a->actors[i], i, v);
    fputs("</body>\n</html>\n", f);
    return report_done(f, e);
}
