// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace tf::Bench {

/// Median wall time of `fn` in seconds: repeated until about `budgetSeconds` have passed
/// (at least `minRuns` times), after one warm-up call.
template<typename Fn>
double medianSeconds(Fn &&fn, double budgetSeconds = 0.5, int minRuns = 5)
{
    using Clock = std::chrono::steady_clock;
    fn();
    std::vector<double> samples;
    const auto start = Clock::now();
    while (int(samples.size()) < minRuns
           || std::chrono::duration<double>(Clock::now() - start).count() < budgetSeconds) {
        const auto t0 = Clock::now();
        fn();
        samples.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
        if (samples.size() >= 100000)
            break;
    }
    std::nth_element(samples.begin(), samples.begin() + long(samples.size() / 2), samples.end());
    return samples[samples.size() / 2];
}

} // namespace tf::Bench
