/* cli.h -- small helpers the two programs share. Nothing here prints:
 * the programs own their messages. */
#ifndef PARLEY_CLI_H
#define PARLEY_CLI_H

/* The option getopt stopped at, for "unknown option" and "needs a value"
 * messages: the long option as written ("--model"), else "-x" from optopt.
 * argv and optind as getopt left them. The result may point into a static
 * buffer that the next call overwrites. */
const char *cli_option_name(char *const *argv, int optind, int optopt);

#endif
