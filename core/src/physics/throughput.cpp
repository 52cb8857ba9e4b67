// SPDX-License-Identifier: MIT
#include "tf/physics/throughput.h"

#include "tf/io/numberformat.h"

#include <algorithm>
#include <cmath>

namespace tf {

namespace {

constexpr double kGiga = 1e9;
constexpr double kTera = 1e12;

double weightBytes(Precision p)
{
    switch (p) {
    case Precision::BF16:
        return 2;
    case Precision::FP8:
        return 1;
    case Precision::FP4:
        return 0.5;
    }
    return 2;
}

// FP4 deployments keep the KV cache in FP8: 4-bit KV costs too much accuracy.
double kvElementBytes(Precision p)
{
    return p == Precision::BF16 ? 2 : 1;
}

// Ring all-reduce of `bytes` over a group of tp GPUs, plus a fixed latency per collective.
double allReduceS(const AcceleratorSpec &a, int tp, double bytes, const ThroughputOptions &o)
{
    if (tp <= 1)
        return 0;
    const double perDirection = a.scaleupBytesPerS / 2 * o.networkEfficiency;
    return o.allReduceLatencyS + 2.0 * (tp - 1) / tp * bytes / perDirection;
}

Message error(MessageCode code, std::string text)
{
    return Message::error(code, std::move(text));
}

std::string gb(double bytes)
{
    return NumberFormat::plain(bytes / kGiga, 4) + " GB";
}

} // namespace

const char *precisionName(Precision precision)
{
    switch (precision) {
    case Precision::BF16:
        return "bf16";
    case Precision::FP8:
        return "fp8";
    case Precision::FP4:
        return "fp4";
    }
    return "?";
}

std::optional<Precision> parsePrecision(std::string_view name)
{
    for (Precision p : {Precision::BF16, Precision::FP8, Precision::FP4}) {
        if (name == precisionName(p))
            return p;
    }
    return std::nullopt;
}

std::optional<AcceleratorSpec> acceleratorSpec(const CatalogEntry &e)
{
    if (e.kind != "accelerator")
        return std::nullopt;
    AcceleratorSpec a;
    a.id = e.id;
    a.family = std::string(e.textField("family"));
    for (Precision p : {Precision::BF16, Precision::FP8, Precision::FP4})
        a.denseFlops[int(p)]
            = e.number(std::string(precisionName(p)) + "_dense_tflops").value_or(0) * kTera;
    a.hbmBytes = e.number("hbm_capacity_gb").value_or(0) * kGiga;
    a.hbmBytesPerS = e.number("hbm_bandwidth_tbs").value_or(0) * kTera;
    a.tdpW = e.number("tdp_w").value_or(0);
    a.scaleupBytesPerS = e.number("scaleup_bandwidth_gbs").value_or(0) * kGiga;
    a.scaleupDomain = std::max(1, int(e.number("scaleup_domain_gpus").value_or(1)));
    if (a.hbmBytes <= 0 || a.hbmBytesPerS <= 0)
        return std::nullopt;
    return a;
}

std::optional<WorkloadSpec> workloadSpec(const CatalogEntry &e)
{
    if (e.kind != "workload")
        return std::nullopt;
    WorkloadSpec w;
    w.id = e.id;
    w.totalParams = e.number("total_params_b").value_or(0) * kGiga;
    w.activeParams = e.number("active_params_b").value_or(0) * kGiga;
    w.layers = int(e.number("layers").value_or(0));
    w.attentionHeads = int(e.number("attention_heads").value_or(0));
    w.headDim = int(e.number("head_dim").value_or(0));
    w.hiddenSize = int(e.number("hidden_size").value_or(0));
    w.kvElementsPerTokenPerLayer
        = e.number("kv_elements_per_token_per_layer")
              .value_or(2.0 * e.number("kv_heads").value_or(0) * w.headDim);
    w.defaultInputTokens = e.number("default_input_tokens").value_or(0);
    w.defaultOutputTokens = e.number("default_output_tokens").value_or(0);
    if (w.totalParams <= 0 || w.activeParams <= 0 || w.layers <= 0)
        return std::nullopt;
    return w;
}

std::optional<Efficiency>
efficiencyFor(const Catalog &catalog, std::string_view family, Precision precision)
{
    for (const CatalogEntry *e : catalog.ofKind("efficiency")) {
        if (e->textField("family") == family
            && e->textField("precision") == precisionName(precision))
            return Efficiency{e->number("memory_fraction").value_or(0.8),
                              e->number("compute_fraction").value_or(0.5)};
    }
    return std::nullopt;
}

double weightsBytesPerGpu(const WorkloadSpec &w, Precision p, int tp)
{
    return w.totalParams * weightBytes(p) / std::max(1, tp);
}

double kvBytesPerToken(const WorkloadSpec &w, Precision p)
{
    return w.layers * w.kvElementsPerTokenPerLayer * kvElementBytes(p);
}

int maxBatch(const AcceleratorSpec &a,
             const WorkloadSpec &w,
             Precision p,
             int tp,
             double inputTokens,
             double outputTokens,
             const ThroughputOptions &o)
{
    // Each sequence reserves its whole context, so no running sequence is ever evicted.
    const double free = o.usableHbmFraction * a.hbmBytes * tp - w.totalParams * weightBytes(p);
    const double perSequence = (inputTokens + outputTokens) * kvBytesPerToken(w, p);
    if (free <= 0 || perSequence <= 0)
        return 0;
    return int(std::min(std::floor(free / perSequence), 1e7));
}

GroupPoint evaluateGroup(const AcceleratorSpec &a,
                         const WorkloadSpec &w,
                         const Efficiency &e,
                         Precision p,
                         int tp,
                         int batch,
                         double inputTokens,
                         double outputTokens,
                         const ThroughputOptions &o)
{
    GroupPoint g;
    const double b = std::max(1, batch);
    const double flops = a.flops(p) * e.compute * tp;
    const double bandwidth = a.hbmBytesPerS * e.memory * tp;
    const double weights = w.totalParams * weightBytes(p);
    // Decode: on average a sequence is half-way through its output.
    const double context = inputTokens + outputTokens / 2;
    const double attentionPerToken = 4.0 * w.layers * w.attentionHeads * w.headDim * context;
    g.memoryS = (weights + b * context * kvBytesPerToken(w, p)) / bandwidth;
    g.computeS = b * (2 * w.activeParams + attentionPerToken) / flops;
    g.commS = 2.0 * w.layers * allReduceS(a, tp, b * w.hiddenSize * o.activationBytes, o);
    g.stepS = std::max(g.memoryS, g.computeS) + g.commS;
    g.memoryBound = g.memoryS >= g.computeS;
    // Prefill: compute-bound except for tiny prompts, which still read every weight once.
    const double prefillFlops
        = b
          * (2 * w.activeParams * inputTokens
             + 2.0 * w.layers * w.attentionHeads * w.headDim * inputTokens * inputTokens);
    g.prefillS = std::max(prefillFlops / flops, weights / bandwidth)
                 + 2.0 * w.layers
                       * allReduceS(a, tp, b * inputTokens * w.hiddenSize * o.activationBytes, o);
    g.tokensPerS = b * outputTokens / (g.prefillS + outputTokens * g.stepS);
    return g;
}

ThroughputEstimate estimateThroughput(const AcceleratorSpec &a,
                                      const WorkloadSpec &w,
                                      const Efficiency &e,
                                      Precision p,
                                      int gpus,
                                      double inputTokens,
                                      double outputTokens,
                                      double powerW,
                                      const ThroughputOptions &o)
{
    ThroughputEstimate out;
    if (gpus < 1) {
        out.messages.push_back(
            error(MessageCode::InvalidValue, "the number of GPUs must be at least 1"));
        return out;
    }
    if (!(inputTokens >= 1) || !(outputTokens >= 1) || !std::isfinite(inputTokens)
        || !std::isfinite(outputTokens)) {
        out.messages.push_back(
            error(MessageCode::InvalidValue, "input and output tokens must be at least 1"));
        return out;
    }
    if (a.flops(p) <= 0) {
        std::string has;
        for (Precision q : {Precision::BF16, Precision::FP8, Precision::FP4}) {
            if (a.flops(q) > 0)
                has += (has.empty() ? "" : ", ") + std::string(precisionName(q));
        }
        out.messages.push_back(
            error(MessageCode::InvalidValue,
                  a.id + " has no dense " + precisionName(p) + " rate (it has " + has + ")"));
        return out;
    }
    std::optional<ThroughputResult> best;
    for (int tp = 1; tp <= std::min(gpus, a.scaleupDomain); tp *= 2) {
        if (gpus % tp != 0)
            continue;
        const int bMax = maxBatch(a, w, p, tp, inputTokens, outputTokens, o);
        if (bMax < 1)
            continue;
        // Throughput never falls as the batch grows (docs/throughput-model.md), so the most that
        // fits in HBM is the best batch.
        const GroupPoint g = evaluateGroup(a, w, e, p, tp, bMax, inputTokens, outputTokens, o);
        const int replicas = gpus / tp;
        if (best && g.tokensPerS * replicas <= best->tokensPerS)
            continue;
        ThroughputResult r;
        r.accelerator = a.id;
        r.workload = w.id;
        r.precision = p;
        r.gpus = gpus;
        r.inputTokens = inputTokens;
        r.outputTokens = outputTokens;
        r.tensorParallel = tp;
        r.replicas = replicas;
        r.batch = bMax;
        r.tokensPerS = g.tokensPerS * replicas;
        r.tokensPerSPerGpu = r.tokensPerS / gpus;
        r.ttftS = evaluateGroup(a, w, e, p, tp, 1, inputTokens, outputTokens, o).prefillS;
        r.tpotS = g.stepS;
        r.powerW = powerW;
        r.tokensPerJoule = powerW > 0 ? r.tokensPerS / powerW : 0;
        r.memoryBound = g.memoryBound;
        r.weightsBytesPerGpu = weightsBytesPerGpu(w, p, tp);
        r.kvBytesPerGpu = bMax * (inputTokens + outputTokens) * kvBytesPerToken(w, p) / tp;
        r.hbmBytesPerGpu = a.hbmBytes;
        r.efficiency = e;
        r.point = g;
        best = std::move(r);
    }
    if (!best) {
        const double need
            = w.totalParams * weightBytes(p) + (inputTokens + outputTokens) * kvBytesPerToken(w, p);
        const double usable = o.usableHbmFraction * a.hbmBytes;
        const int gpusNeeded = int(std::ceil(need / usable));
        std::string text = w.id + " in " + precisionName(p) + " does not fit on "
                           + std::to_string(gpus) + " × " + a.id + ": its weights take "
                           + gb(w.totalParams * weightBytes(p)) + " and one sequence's KV cache "
                           + gb((inputTokens + outputTokens) * kvBytesPerToken(w, p))
                           + ", but a GPU has " + gb(a.hbmBytes) + " of HBM (" + gb(usable)
                           + " usable)";
        if (gpusNeeded <= a.scaleupDomain)
            text += "; it needs a tensor-parallel group of at least " + std::to_string(gpusNeeded)
                    + " GPUs";
        else
            text += "; it needs " + std::to_string(gpusNeeded)
                    + " GPUs, more than one scale-up domain of " + std::to_string(a.scaleupDomain);
        out.messages.push_back(error(MessageCode::InvalidValue, text));
        return out;
    }
    out.result = std::move(best);
    return out;
}

ThroughputEstimate
estimateThroughput(const Catalog &catalog, const ThroughputQuery &q, const ThroughputOptions &o)
{
    ThroughputEstimate out;
    const CatalogEntry *system = catalog.find(q.hardware, "system");
    const CatalogEntry *accel = system
                                    ? catalog.find(system->textField("accelerator"), "accelerator")
                                    : catalog.find(q.hardware, "accelerator");
    if (!accel) {
        out.messages.push_back(error(MessageCode::UnknownReference,
                                     "unknown accelerator or system '" + q.hardware
                                         + "' (accelerators: " + catalog.idList("accelerator")
                                         + "; systems: " + catalog.idList("system") + ")"));
    }
    const CatalogEntry *model = catalog.find(q.workload, "workload");
    if (!model) {
        out.messages.push_back(error(MessageCode::UnknownReference,
                                     "unknown model '" + q.workload
                                         + "' (known: " + catalog.idList("workload") + ")"));
    }
    if (!accel || !model)
        return out;
    const auto a = acceleratorSpec(*accel);
    const auto w = workloadSpec(*model);
    if (!a || !w) {
        out.messages.push_back(error(MessageCode::InvalidValue,
                                     "the catalog entry of '" + (a ? model->id : accel->id)
                                         + "' lacks figures the throughput model needs"));
        return out;
    }
    int gpus = q.gpus;
    if (gpus <= 0 && system)
        gpus = int(system->number("gpus").value_or(0));
    if (gpus <= 0) {
        out.messages.push_back(
            error(MessageCode::InvalidValue,
                  "say how many GPUs (--gpus N) for accelerator '" + accel->id + "'"));
        return out;
    }
    const Precision p
        = q.precision.value_or(a->flops(Precision::FP8) > 0 ? Precision::FP8 : Precision::BF16);
    const auto e = efficiencyFor(catalog, a->family, p);
    if (!e && a->flops(p) > 0) {
        out.messages.push_back(error(MessageCode::UnknownReference,
                                     "the catalog has no efficiency factors for the " + a->family
                                         + " family at " + precisionName(p)));
        return out;
    }
    double powerW = gpus * a->tdpW * o.systemPowerFactor;
    if (system) {
        const double perGpu
            = system->number("power_kw").value_or(0) * 1000 / system->number("gpus").value_or(1);
        powerW = gpus * perGpu;
    }
    out = estimateThroughput(*a,
                             *w,
                             e.value_or(Efficiency{}),
                             p,
                             gpus,
                             q.inputTokens.value_or(w->defaultInputTokens),
                             q.outputTokens.value_or(w->defaultOutputTokens),
                             powerW,
                             o);
    if (out.result && system)
        out.result->system = system->id;
    return out;
}

} // namespace tf
