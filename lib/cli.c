/* cli.c -- helpers shared by train and classify (see cli.h). */
#include "cli.h"
#include <string.h>

const char *cli_option_name(char *const *argv, int optind, int optopt) {
    static char shortopt[3] = "-?";
    const char *last = argv[optind - 1];
    if (strncmp(last, "--", 2) == 0 || !optopt) return last;
    shortopt[1] = (char)optopt;
    return shortopt;
}
