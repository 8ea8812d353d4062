# A thin wrapper over CMake: `make run` builds and summarises the bundled data, `make test` runs every test.
BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
JOBS ?= 2

.PHONY: all build run test sanitize format check-format clean

all: build

build:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j$(JOBS)

run: build
	./$(BUILD)/coopstat summary data/cooperation.csv

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize:
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOOPSTAT_SANITIZE=ON
	cmake --build $(SANITIZE_BUILD) -j$(JOBS)
	ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j$(JOBS)

# Lays out every tracked C++ file as .clang-format says; CI fails when one is not (.ci/check-format).
format:
	git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

check-format:
	bash .ci/check-format

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
