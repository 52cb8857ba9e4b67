// SPDX-License-Identifier: MIT
// libFuzzer target for the solvers (issue 21): the input is a design's JSON; a design the reader
// accepts is solved in Balance mode and in Optimise mode (objective and limits from the input's
// last byte), and each answer must keep the solve's promise (tests/core/planproperty.h): refused
// with a message, or finite figures that balance. Its plan over time too (schedules, lead times
// and choice schedules come from the input; the default design in the corpus has all three), in
// both modes: refused with a message, or finite figures and an installed base that balances.
// Seeded from tests/fuzz/corpus/solve.
#include "../core/planproperty.h"

#include "tf/io/projectfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const tf::ProjectLoad load
        = tf::readProjectJson(std::string(reinterpret_cast<const char *>(data), size));
    if (!load.project)
        return 0; // the readers have their own targets
    const std::uint8_t last = data[size - 1];
    for (const tf::SolveMode mode : {tf::SolveMode::Balance, tf::SolveMode::Optimise}) {
        tf::SolveOptions o;
        o.mode = mode;
        if (mode == tf::SolveMode::Optimise) {
            o.objective = static_cast<tf::Objective>(last % 3);
            if (last & 4)
                o.tokenTarget = (last & 8) ? 1e18 : 1000.0;
            if (last & 16)
                o.powerLimitMw = 50;
        }
        const tf::SolveResult r = tf::solveDesign(*load.project, o);
        if (const std::string broken = tf::Test::promiseBroken(load.project->design, r);
            !broken.empty()) {
            std::fprintf(stderr, "%s mode: %s\n", tf::solveModeName(mode), broken.c_str());
            std::abort();
        }
        tf::PlanOptions p;
        p.mode = mode;
        p.quarterSolutions = (last & 32) != 0;
        const tf::PlanResult plan = tf::solvePlan(*load.project, p);
        if (const std::string broken = tf::Test::planProblem(plan); !broken.empty()) {
            std::fprintf(stderr, "%s plan: %s\n", tf::solveModeName(mode), broken.c_str());
            std::abort();
        }
    }
    return 0;
}
