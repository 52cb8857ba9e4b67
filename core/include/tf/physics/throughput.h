// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"
#include "tf/physics/catalog.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// Numeric precision of weights and tensor-core math. KV cache is kept in 8 bits at FP8 and FP4
/// (as FP4 deployments do), 16 bits at BF16.
enum class Precision { BF16, FP8, FP4 };

const char *precisionName(Precision precision);
std::optional<Precision> parsePrecision(std::string_view name);

/// What the roofline needs of an accelerator, in SI units.
struct AcceleratorSpec
{
    std::string id;
    std::string family;
    double denseFlops[3] = {0, 0, 0}; ///< FLOP/s by Precision; 0 when the part has no such rate
    double hbmBytes = 0;
    double hbmBytesPerS = 0;
    double tdpW = 0;
    double scaleupBytesPerS = 0; ///< bidirectional per GPU, as datasheets quote it
    int scaleupDomain = 1;       ///< most GPUs one tensor-parallel group may span

    double flops(Precision p) const { return denseFlops[int(p)]; }
};

/// What the roofline needs of a model.
struct WorkloadSpec
{
    std::string id;
    double totalParams = 0;  ///< bytes of weights follow from these (MoE: every expert)
    double activeParams = 0; ///< FLOPs per token follow from these (MoE: the routed experts)
    int layers = 0;
    int attentionHeads = 0;
    int headDim = 0;
    int hiddenSize = 0;
    double kvElementsPerTokenPerLayer = 0; ///< 2 × kv_heads × head_dim, or the latent size (MLA)
    double defaultInputTokens = 0;
    double defaultOutputTokens = 0;
};

/// Achieved fractions of peak: calibrated per accelerator family and precision.
struct Efficiency
{
    double memory = 0.8;
    double compute = 0.5;
};

/// Modelling constants; defaults documented in docs/throughput-model.md.
struct ThroughputOptions
{
    double usableHbmFraction = 0.9;  ///< the rest holds activations, runtime and fragmentation
    double allReduceLatencyS = 5e-6; ///< per tensor-parallel all-reduce
    double networkEfficiency = 0.7;  ///< achieved share of scale-up link bandwidth
    double activationBytes = 2;      ///< all-reduced activations stay 16-bit
    double systemPowerFactor = 1.4;  ///< node power ÷ GPU TDP when only an accelerator is chosen
};

/// One tensor-parallel group at one batch: the decode step and the prefill of one batch.
struct GroupPoint
{
    double tokensPerS = 0; ///< output tokens/s of the group, prefill time included (offline)
    double stepS = 0;      ///< one decode step: max(memory, compute) + communication
    double memoryS = 0;    ///< bytes of weights and KV cache ÷ effective bandwidth
    double computeS = 0;   ///< 2 × active parameters × batch (+ attention) ÷ effective FLOPS
    double commS = 0;      ///< tensor-parallel all-reduces of the step
    double prefillS = 0;   ///< prefill of the whole batch's prompts
    bool memoryBound = false;
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
    int tensorParallel = 1; ///< GPUs per model replica
    int replicas = 1;
    int batch = 0;         ///< concurrent sequences per replica: the most that fit in HBM
    double tokensPerS = 0; ///< output tokens/s of all the GPUs (offline)
    double tokensPerSPerGpu = 0;
    double ttftS = 0;  ///< prefill of one prompt on an idle replica (no queueing)
    double tpotS = 0;  ///< one decode step at the chosen batch
    double powerW = 0; ///< system power of the GPUs (system entry, or TDP × systemPowerFactor)
    double tokensPerJoule = 0;
    bool memoryBound = false;
    double weightsBytesPerGpu = 0;
    double kvBytesPerGpu = 0; ///< at the chosen batch
    double hbmBytesPerGpu = 0;
    Efficiency efficiency;
    GroupPoint point;
};

struct ThroughputEstimate
{
    std::optional<ThroughputResult> result;
    std::vector<Message> messages; ///< why there is no result (unknown id, does not fit, ...)
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
};

std::optional<AcceleratorSpec> acceleratorSpec(const CatalogEntry &accelerator);
std::optional<WorkloadSpec> workloadSpec(const CatalogEntry &workload);
/// The calibrated factors of a family at a precision; empty when the catalog has none.
std::optional<Efficiency>
efficiencyFor(const Catalog &catalog, std::string_view family, Precision precision);

/// Weights and KV cache per GPU for `batch` sequences of `contextTokens` on a group of `tp`.
double weightsBytesPerGpu(const WorkloadSpec &w, Precision p, int tp);
double kvBytesPerToken(const WorkloadSpec &w, Precision p);
/// Most sequences of inputTokens + outputTokens that fit per group; 0 when not even one does.
int maxBatch(const AcceleratorSpec &a,
             const WorkloadSpec &w,
             Precision p,
             int tp,
             double inputTokens,
             double outputTokens,
             const ThroughputOptions &options = {});
/// The roofline of one group at a given batch (docs/throughput-model.md, equations 1-6).
GroupPoint evaluateGroup(const AcceleratorSpec &a,
                         const WorkloadSpec &w,
                         const Efficiency &e,
                         Precision p,
                         int tp,
                         int batch,
                         double inputTokens,
                         double outputTokens,
                         const ThroughputOptions &options = {});

/// The roofline on resolved specs: picks the tensor-parallel size that gives the most output
/// tokens/s on `gpus` GPUs, each replica at the largest batch HBM holds. No result, with a message,
/// when the workload does not fit.
ThroughputEstimate estimateThroughput(const AcceleratorSpec &a,
                                      const WorkloadSpec &w,
                                      const Efficiency &e,
                                      Precision p,
                                      int gpus,
                                      double inputTokens,
                                      double outputTokens,
                                      double powerW,
                                      const ThroughputOptions &options = {});
/// The same from catalog ids (unknown ids are errors naming the known ones).
ThroughputEstimate estimateThroughput(const Catalog &catalog,
                                      const ThroughputQuery &query,
                                      const ThroughputOptions &options = {});

} // namespace tf
