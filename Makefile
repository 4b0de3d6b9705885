# Parley -- who demands, worries, concedes and agrees in diplomatic text.
#
#   make demo    install missing packages, build, report on the sample article
#   make test    the whole test suite (unit, CLI, bad input, sanitizers,
#                models/default reproduced byte for byte)
#   make deps    install the Debian packages the build and tests need
#   make model   rebuild models/default from corpus/ (about 30 seconds)
#   make eval    dev-split, genre-transfer and attribution figures (reported,
#                never asserted, so not part of make test)
#   make bench   throughput figures (never asserted in tests)
#   make lint    forbidden functions, compiler warnings as errors
#   make fuzz    libFuzzer targets for the readers, attribution and model checks
#   make install PREFIX=/usr/local   parley-train, parley-classify, model

CC ?= cc
PREFIX ?= /usr/local
DATADIR = $(PREFIX)/share/parley
BUILD ?= build
BIN ?= bin
OPT ?= -O2 -g
SAN ?=
CFLAGS_ALL = -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic -Wshadow \
	-Wstrict-prototypes -Wno-missing-field-initializers $(OPT) $(SAN) $(CFLAGS)
LDFLAGS_ALL = $(SAN) $(LDFLAGS)
LIBS = -lsvm -llinear -lgsl -lgslcblas -lutf8proc -ljansson -lstemmer -lz -lm -pthread

LIB_SRC = $(sort $(wildcard lib/*.c))
LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/%.o)
LIBA = $(BUILD)/libparley.a
# the program layer shared by train and classify (messages, shipped data,
# input files, progress): apart from the library, which never prints
TOOL_SRC = $(sort $(wildcard tool/*.c))
TOOL_OBJ = $(TOOL_SRC:%.c=$(BUILD)/%.o)
TOOLA = $(BUILD)/libparleytool.a
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

SAMPLE = corpus/samples/xinhua-2022-02-11-shoigu-wallace.txt
CORPUS = $(sort $(wildcard corpus/data/*.tsv))
# C and class weights chosen by cross-validation (--grid); the corpus size
# makes liblinear the solver
MODEL_FLAGS = --seed 1 --grid --cv 5

.PHONY: all demo test deps model check-model bench lint clean install uninstall unit cli sanitize eval fuzz tsan valgrind

all: $(BIN)/train $(BIN)/classify

$(BUILD)/%.o: %.c $(wildcard lib/*.h) $(wildcard tool/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(LIBA): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(TOOLA): $(TOOL_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN)/train: $(BUILD)/train/main.o $(TOOLA) $(LIBA)
	@mkdir -p $(BIN)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(LIBS)

$(BUILD)/tool/tool_paths.o: CFLAGS_ALL += -DPARLEY_DATADIR='"$(DATADIR)"'

$(BIN)/classify: $(BUILD)/classify/main.o $(TOOLA) $(LIBA)
	@mkdir -p $(BIN)
	$(CC) $(LDFLAGS_ALL) -o $@ $^ $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIBA)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(LDFLAGS_ALL) -o $@ $< $(LIBA) -lcmocka $(LIBS)

deps:
	@sh tools/deps.sh

demo:
	@sh tools/deps.sh
	@$(MAKE) --no-print-directory all
	$(BIN)/classify $(SAMPLE)

unit: $(UNIT_BIN)
	@for t in $(UNIT_BIN); do echo "== $$t"; $$t || exit 1; done

cli: all
	@sh tests/cli/run.sh $(BIN)

# The same unit and CLI tests, built with AddressSanitizer and UBSan in a
# separate tree so they never mix with the normal objects.
sanitize:
	@$(MAKE) --no-print-directory BUILD=build/san BIN=build/san/bin OPT="-O1 -g" \
		SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		unit cli

# The CLI golden tests with both programs under valgrind's memcheck: zero
# errors, zero definite or indirect leaks (minutes; not in make test, which
# runs the same cases under ASan/UBSan).
valgrind: all
	@sh tests/valgrind.sh $(BIN)

# classify's threads under ThreadSanitizer: -j 4 over real articles and
# statements must report no data race (and write what -j 1 writes: tested
# in tests/report_formats.sh).
tsan:
	@$(MAKE) --no-print-directory BUILD=build/tsan BIN=build/tsan/bin OPT="-O1 -g" \
		SAN="-fsanitize=thread" build/tsan/bin/classify build/tsan/bin/train
	@sh tests/tsan.sh build/tsan/bin

# make model reproduces models/default byte for byte; check-model proves it.
model: all
	$(BIN)/train -q $(MODEL_FLAGS) --force -o models/default $(CORPUS)

check-model: all
	@sh tests/model_repro.sh $(BIN) "$(MODEL_FLAGS)" $(CORPUS)

test:
	@sh tools/deps.sh --test
	@$(MAKE) --no-print-directory lint
	@$(MAKE) --no-print-directory unit cli
	@sh tests/sample_positions.sh $(BIN)
	@sh tests/report_formats.sh $(BIN)
	@sh tests/html_render.sh $(BIN)
	@sh tests/scale_out.sh $(BIN)
	@sh tests/corpus_trace.sh
	@sh tests/man_options.sh $(BIN)
	@$(MAKE) --no-print-directory check-model
	@$(MAKE) --no-print-directory sanitize
	@$(MAKE) --no-print-directory tsan
	@echo "all tests passed"

# Held-out figures (dev split, genre transfer): printed, never asserted.
eval: all
	@sh tools/eval.sh $(BIN)

lint:
	@sh tools/lint.sh

bench: all
	@sh tools/bench.sh $(BIN)

# libFuzzer targets (tests/fuzz), FUZZ_SECONDS each; not part of make test.
fuzz:
	@sh tools/fuzz.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR)/models/default
	install -m 755 $(BIN)/train $(DESTDIR)$(PREFIX)/bin/parley-train
	install -m 755 $(BIN)/classify $(DESTDIR)$(PREFIX)/bin/parley-classify
	install -m 644 models/default/manifest models/default/vocab models/default/svm.model \
		$(DESTDIR)$(DATADIR)/models/default/
	install -m 644 corpus/actors.tsv $(DESTDIR)$(DATADIR)/actors.tsv
	install -d $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 644 docs/man/parley-classify.1 docs/man/parley-train.1 $(DESTDIR)$(PREFIX)/share/man/man1/

# removes exactly what install put there, and the directories it made when
# they are left empty
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/parley-train $(DESTDIR)$(PREFIX)/bin/parley-classify
	rm -f $(DESTDIR)$(PREFIX)/share/man/man1/parley-classify.1 $(DESTDIR)$(PREFIX)/share/man/man1/parley-train.1
	rm -f $(DESTDIR)$(DATADIR)/models/default/manifest $(DESTDIR)$(DATADIR)/models/default/vocab \
		$(DESTDIR)$(DATADIR)/models/default/svm.model $(DESTDIR)$(DATADIR)/actors.tsv
	-rmdir $(DESTDIR)$(DATADIR)/models/default $(DESTDIR)$(DATADIR)/models $(DESTDIR)$(DATADIR) 2>/dev/null

clean:
	rm -rf build bin
