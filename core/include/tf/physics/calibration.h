// SPDX-License-Identifier: MIT
#pragma once

#include "tf/physics/throughput.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// Every calibration row is held to this (docs/throughput-model.md); no band is narrower.
constexpr double kCalibrationTolerance = 0.10;

/// A catalog measurement with `use: calibration`, and what the model predicts for it.
struct CalibrationRow
{
    std::string id;
    std::string family;
    std::string round;
    bool moe = false;     ///< the row's model routes experts
    double measured = 0;  ///< tokens/s
    double predicted = 0; ///< tokens/s, offline, with the catalog's efficiencies; 0: no estimate

    double residual() const { return measured > 0 ? predicted / measured - 1 : 0; }
};

/// The catalog's calibration rows, each predicted offline as the benchmark ran it.
std::vector<CalibrationRow> calibrationRows(const Catalog &catalog,
                                            const ThroughputOptions &options = {});

/// What an estimate of `workload` on a `family` part rests on, and its band: ± the largest
/// calibration residual (never under kCalibrationTolerance) when the family has rows and a row
/// has a model of the workload's kind (dense or mixture of experts); otherwise the estimate
/// borrows what was calibrated and its band adds, at least, that much again.
CalibrationInfo calibrationFor(const Catalog &catalog,
                               std::string_view family,
                               const WorkloadSpec &workload,
                               const ThroughputOptions &options = {});

/// A published result and what the model gives for it, run as the benchmark ran it: its GPUs,
/// precision and lengths, and for Server and Interactive rows their latency limits as the
/// service target (1 ÷ TPOT tokens/s per user, TTFT).
struct JudgedRow
{
    const CatalogEntry *measurement = nullptr;
    double measured = 0;  ///< tokens/s
    double predicted = 0; ///< tokens/s; 0 when the model gives none (see problem)
    std::string problem;

    double error() const { return measured > 0 && predicted > 0 ? predicted / measured - 1 : 0; }
};

/// The query a measurement row describes.
ThroughputQuery queryFor(const CatalogEntry &measurement);
/// Every measurement row of the catalog (`use` calibration and check), judged.
std::vector<JudgedRow> judgeMeasurements(const Catalog &catalog,
                                         const ThroughputOptions &options = {});
/// Median of |predicted ÷ measured − 1| over the rows of one use ("check": out of sample);
/// rows without a prediction count as 100%.
double medianAbsoluteError(const std::vector<JudgedRow> &rows, std::string_view use);

/// The compute fraction that puts the family's calibration rows right on average (in log), the
/// memory fraction as the catalog has it; empty when the family has no rows.
std::optional<double> fitComputeFraction(const Catalog &catalog,
                                         std::string_view family,
                                         const ThroughputOptions &options = {});

} // namespace tf
