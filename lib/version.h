/* version.h -- Parley's version, printed by --version. */
#ifndef PARLEY_VERSION_H
#define PARLEY_VERSION_H

#define PARLEY_VERSION "0.4.0"

#endif
