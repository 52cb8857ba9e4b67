# The two commands a planner needs: `make run` and `make test`. Each installs what is missing first.
PRESET ?= release
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc)
CCACHE := $(shell command -v ccache 2>/dev/null)
LAUNCHER := $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache,)
# Paths below the checkout count as relative for ccache, so a fresh clone elsewhere (CI) hits
# the cache that another checkout filled.
export CCACHE_BASEDIR ?= $(CURDIR)

.PHONY: all deps configure build build-app run test bench package clean fuzz asan screenshots

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) $(LAUNCHER) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Only what `make run` starts: a newcomer's first run does not wait for the test binaries.
build-app: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target tokenfactory tokenfactory-cli

# With a display the GUI opens on the embedded default design; without one the headless solve is printed.
run: build-app
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
		$(BUILD_DIR)/app/tokenfactory; \
	else \
		echo "No display: printing the headless solve of the default design."; \
		$(BUILD_DIR)/app/tokenfactory-cli solve; \
	fi

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The main states of the app (default design, each dock and chart, the what-if dialogs, every
# report page) in English, German and Japanese, as PNGs in $(BUILD_DIR)/screenshots/<lang>/ with
# an index.html to look through them (docs/screenshots.md). SCREENSHOT_LANGS picks the languages.
SCREENSHOT_LANGS ?= en de ja
screenshots: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target tf-screenshots
	@rm -rf $(BUILD_DIR)/screenshots
	@for lang in $(SCREENSHOT_LANGS); do \
		QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/tests/tf-screenshots $(BUILD_DIR)/screenshots $$lang \
			|| exit 1; \
	done

bench: build
	@$(BUILD_DIR)/bench/tf-bench
	@$(BUILD_DIR)/bench/tf-gui-bench

# libFuzzer on the JSON and .tfproj readers, the solvers and the CLI's arguments, FUZZ_SECONDS per
# target (not part of make test: tests/README.md, "Fuzzing", says why). Its own build with clang (installed by
# install-fuzz-deps.sh); findings land in build/fuzz. FUZZ_TARGETS picks some.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= json tfproj solve cli
FUZZ_DIR := build/fuzz
fuzz:
	@bash packaging/install-fuzz-deps.sh
	@cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		"-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
		"-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" \
		-DTF_BUILD_GUI=OFF -DTF_BUILD_BENCH=OFF -DBUILD_TESTING=OFF -DTF_BUILD_FUZZ=ON $(LAUNCHER) >/dev/null
	@cmake --build $(FUZZ_DIR) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_DIR)/corpus-$$t $(FUZZ_DIR)/findings-$$t; \
		echo "fuzz_$$t: $(FUZZ_SECONDS) s"; \
		$(FUZZ_DIR)/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
			-close_fd_mask=$$([ $$t = cli ] && echo 3 || echo 0) \
			-artifact_prefix=$(FUZZ_DIR)/findings-$$t/ -print_final_stats=1 \
			$(FUZZ_DIR)/corpus-$$t tests/fuzz/corpus/$$t || exit 1; \
	done

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer (build/asan).
asan:
	@$(MAKE) --no-print-directory build PRESET=asan
	@ctest --preset asan -j $(JOBS)

package: build
	@cd $(BUILD_DIR) && cpack -G DEB

clean:
	@rm -rf build
