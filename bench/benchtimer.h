// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
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

/// CPU time this thread has used, in seconds: what a piece of work costs whatever else the
/// machine runs (the wall time on a shared machine is several times it).
inline double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

/// Median wall time and median CPU time of this thread of `fn`, as medianSeconds runs it.
struct WallAndCpu
{
    double wall = 0, cpu = 0;
};
template<typename Fn>
WallAndCpu medianWallAndCpu(Fn &&fn, double budgetSeconds = 0.5, int minRuns = 5)
{
    std::vector<double> cpu;
    const double wall = medianSeconds(
        [&] {
            const double c0 = threadCpuSeconds();
            fn();
            cpu.push_back(threadCpuSeconds() - c0);
        },
        budgetSeconds,
        minRuns);
    std::nth_element(cpu.begin(), cpu.begin() + long(cpu.size() / 2), cpu.end());
    return {wall, cpu[cpu.size() / 2]};
}

} // namespace tf::Bench
