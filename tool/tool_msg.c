/* tool_msg.c -- the program's name and its messages (see tool.h). */
#include "tool.h"
#include "../lib/err.h"
#include <stdio.h>
#include <string.h>

const char *tool_prog = "parley";

void tool_init(const char *argv0, const char *fallback) {
    tool_prog = fallback;
    if (argv0 && *argv0) {
        const char *slash = strrchr(argv0, '/');
        tool_prog = slash ? slash + 1 : argv0;
    }
}

int tool_usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "%s: ", tool_prog);
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry '%s --help' for more information.\n", tool_prog);
    return 2;
}

int tool_fail(struct err *e) {
    fprintf(stderr, "%s: %s\n", tool_prog, e->msg ? e->msg : "unknown error");
    int code = e->kind == ERR_USAGE ? 2 : 1;
    err_clear(e);
    return code;
}

const char *tool_option_name(char *const *argv, int optind, int optopt) {
    static char shortopt[3] = "-?";
    const char *last = argv[optind - 1];
    if (strncmp(last, "--", 2) == 0 || !optopt) return last;
    shortopt[1] = (char)optopt;
    return shortopt;
}
