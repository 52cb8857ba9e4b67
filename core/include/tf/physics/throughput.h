// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"
#include "tf/physics/catalog.h"
#include "tf/physics/steptime.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

const char *precisionName(Precision precision);
std::optional<Precision> parsePrecision(std::string_view name);

/// What the planner sells: the output speed each user sees and the time to the first token.
/// Empty members are no constraint; with neither the answer is the offline maximum.
struct ServiceTarget
{
    std::optional<double> tokensPerUser; ///< output tokens/s each user sees, at least
    std::optional<double> ttftS;         ///< time to first token, at most

    bool any() const { return tokensPerUser || ttftS; }
    bool operator==(const ServiceTarget &) const = default;
};

/// One configuration on the throughput-vs-interactivity frontier.
struct CurvePoint
{
    int batch = 0;     ///< concurrent sequences per replica
    int groupGpus = 1; ///< GPUs per replica
    double tokensPerUser = 0;
    double tokensPerSPerGpu = 0;
    double ttftS = 0;
};

/// What the estimate rests on: the benchmark round and rows its efficiency was fitted to, and
/// the band that follows from the calibration residuals (docs/throughput-model.md).
struct CalibrationInfo
{
    std::string family;
    bool calibrated = false;       ///< false: the family borrows the calibrated families' mean
    bool workloadCovered = true;   ///< false: no calibration row has a model of this kind (MoE)
    std::string round;             ///< e.g. "MLPerf Inference v5.1"; several joined by ", "
    std::vector<std::string> rows; ///< measurement ids
    double bandFraction = 0;       ///< the band is the estimate × (1 ± bandFraction)
};

struct ThroughputResult
{
    std::string accelerator;
    std::string system; ///< empty when an accelerator was chosen directly
    std::string workload;
    Precision precision = Precision::FP8;
    int gpus = 0;
    double inputTokens = 0;
    double outputTokens = 0;
    GroupLayout layout;     ///< how one replica holds the model
    int tensorParallel = 1; ///< GPUs one attention layer is split over (the layout's)
    int replicas = 1;       ///< gpus ÷ GPUs per replica
    int batch = 0;          ///< concurrent sequences per replica
    int maxBatch = 0;       ///< the most HBM holds per replica
    double tokensPerS = 0;  ///< output tokens/s of all the GPUs, prefill interleaved
    double tokensPerSPerGpu = 0;
    double tokensPerUser = 0; ///< output tokens/s each user sees at that batch
    double ttftS = 0;         ///< prefill of one prompt after the running step (no queueing)
    double tpotS = 0;         ///< one decode step at the chosen batch
    double powerW = 0;        ///< system power of the GPUs (system entry, or TDP × factor)
    double tokensPerJoule = 0;
    bool memoryBound = false; ///< the decode step's memory sides outweigh its compute sides
    double weightsBytesPerGpu = 0;
    double kvBytesPerGpu = 0; ///< at the chosen batch
    double hbmBytesPerGpu = 0;
    Efficiency efficiency;
    ServiceTarget target;
    CalibrationInfo calibration; ///< filled by the catalog estimate
    double bandLow = 0;          ///< tokens/s, from calibration.bandFraction
    double bandHigh = 0;
    GroupPoint point;              ///< the chosen configuration in detail
    std::vector<CurvePoint> curve; ///< the frontier, when asked for
};

struct ThroughputEstimate
{
    std::optional<ThroughputResult> result;
    /// Why there is no result (unknown id, does not fit, ...): English text, and args the reason's
    /// kind and numbers as MessageCode::DoesNotFit lists them after its field.
    std::vector<Message> messages;
};

/// What to estimate: an accelerator or a system, a workload, and optionally the rest.
struct ThroughputQuery
{
    std::string hardware; ///< accelerator id or system id
    std::string workload;
    int gpus = 0;                       ///< 0: the system's GPUs (an error for a bare accelerator)
    std::optional<Precision> precision; ///< default: FP8 when the part has it, else BF16
    std::optional<double> inputTokens;  ///< default: the workload's
    std::optional<double> outputTokens; ///< default: the workload's
    std::optional<double> outputTokensCv; ///< spread of the output length; default: the workload's
    ServiceTarget target;
    bool curve = false; ///< also compute the frontier (kCurvePoints points)
};

constexpr int kCurvePoints = 64;

/// The roofline's accelerator; with a catalog, the process node's power constant too.
std::optional<AcceleratorSpec> acceleratorSpec(const CatalogEntry &accelerator,
                                               const Catalog *catalog = nullptr);
std::optional<WorkloadSpec> workloadSpec(const CatalogEntry &workload);
/// The factors of a family at a precision; empty when the catalog has none.
std::optional<Efficiency>
efficiencyFor(const Catalog &catalog, std::string_view family, Precision precision);

/// The most output tokens/s on `gpus` GPUs: every replica size that fits is tried, each at the
/// largest batch that meets `target` (the most HBM holds when there is none). No result, with a
/// message, when the workload does not fit or the target is out of reach. No band: that needs
/// the catalog's calibration rows (the catalog overload fills it).
ThroughputEstimate estimateThroughput(const AcceleratorSpec &a,
                                      const WorkloadSpec &w,
                                      const Efficiency &e,
                                      Precision p,
                                      int gpus,
                                      double inputTokens,
                                      double outputTokens,
                                      double powerW,
                                      const ServiceTarget &target = {},
                                      const ThroughputOptions &options = {});
/// The throughput-vs-interactivity frontier: the most tokens/s per GPU at `points` per-user
/// speeds spread evenly (in log) between the offline maximum's and the fastest any replica
/// reaches; the TTFT limit of `target` applies. Duplicates collapse, so there may be fewer.
std::vector<CurvePoint> throughputCurve(const AcceleratorSpec &a,
                                        const WorkloadSpec &w,
                                        const Efficiency &e,
                                        Precision p,
                                        int gpus,
                                        double inputTokens,
                                        double outputTokens,
                                        const ServiceTarget &target = {},
                                        int points = kCurvePoints,
                                        const ThroughputOptions &options = {});
/// The same from catalog ids (unknown ids are errors naming the known ones), with the band and
/// the calibration it rests on, and the curve when the query asks for it.
ThroughputEstimate estimateThroughput(const Catalog &catalog,
                                      const ThroughputQuery &query,
                                      const ThroughputOptions &options = {});

} // namespace tf
