# The two commands a planner needs: `make run` and `make test`. Each installs what is missing first.
PRESET ?= release
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc)
CCACHE := $(shell command -v ccache 2>/dev/null)
LAUNCHER := $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache,)

.PHONY: all deps configure build run test bench package clean

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) $(LAUNCHER) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# With a display the GUI opens on the embedded default design; without one the headless solve is printed.
run: build
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
		$(BUILD_DIR)/app/tokenfactory; \
	else \
		echo "No display: printing the headless solve of the default design."; \
		$(BUILD_DIR)/app/tokenfactory-cli solve; \
	fi

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: build
	@$(BUILD_DIR)/bench/tf-bench
	@$(BUILD_DIR)/bench/tf-gui-bench

package: build
	@cd $(BUILD_DIR) && cpack -G DEB

clean:
	@rm -rf build
