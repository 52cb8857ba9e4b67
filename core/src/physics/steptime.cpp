// SPDX-License-Identifier: MIT
// The per-operator step time: GEMMs, attention and collectives, each its own roofline, summed.
#include "tf/physics/steptime.h"

#include <cmath>

namespace tf {

namespace {

// The energy of one multiply-add scales with the operand width: FP4 costs half of FP8.
double fp8Equivalents(Precision p)
{
    switch (p) {
    case Precision::BF16:
        return 0.5;
    case Precision::FP8:
        return 1;
    case Precision::FP4:
        return 2;
    }
    return 1;
}

double linkPerDirection(const AcceleratorSpec &a, const ThroughputOptions &o)
{
    return a.scaleupBytesPerS / 2 * o.networkEfficiency;
}

// Parameters outside the routed experts (attention, dense layers, shared experts, embeddings),
// and the active share of each: every token runs the former, k of E of the latter. An FP4
// deployment may keep some of the former at 16 bits (`wide`).
struct ParamSplit
{
    double denseBytesParams = 0;  ///< held (and read) once per attention shard
    double expertBytesParams = 0; ///< spread over the expert-parallel GPUs
    double denseActive = 0;       ///< FLOPs ÷ 2 per token outside the experts
    double expertActive = 0;      ///< FLOPs ÷ 2 per token in the routed experts
    double wide = 0;              ///< of the dense ones: kept at 16 bits (always active)
};

ParamSplit split(const WorkloadSpec &w, Precision p)
{
    ParamSplit s;
    s.expertBytesParams = w.moe() ? std::min(w.expertParams, w.totalParams) : 0;
    s.denseBytesParams = w.totalParams - s.expertBytesParams;
    s.expertActive = w.moe() ? s.expertBytesParams * w.expertsPerToken / w.experts : 0;
    // The catalog's active count wins: embeddings are looked up, not multiplied.
    s.denseActive = std::max(0.0, w.activeParams - s.expertActive);
    if (p == Precision::FP4)
        s.wide = std::clamp(w.fp4Bf16Params, 0.0, std::min(s.denseBytesParams, s.denseActive));
    return s;
}

// Bytes of the weights outside the experts, on a GPU holding 1/shards of them.
double denseBytes(const ParamSplit &s, Precision p, int shards)
{
    return ((s.denseBytesParams - s.wide) * weightBytes(p) + s.wide * weightBytes(Precision::BF16))
           / std::max(1, shards);
}

// Data-parallel attention: the busiest GPU has 1 ÷ balance of the mean's tokens.
double dpImbalance(const GroupLayout &l, const ThroughputOptions &o)
{
    return l.attentionTp <= 1 && l.gpus > 1 && o.attentionDpBalance > 0
               ? 1 / std::min(1.0, o.attentionDpBalance)
               : 1.0;
}

int moeLayers(const WorkloadSpec &w)
{
    if (!w.moe())
        return 0;
    return w.moeLayers > 0 ? std::min(w.moeLayers, w.layers) : w.layers;
}

double imbalance(const WorkloadSpec &w, const GroupLayout &l, const ThroughputOptions &o)
{
    return w.moe() && l.expertParallel > 1 ? o.expertImbalance : 1.0;
}

// What one pass over `tokens` tokens (decode: one per sequence; prefill: every prompt token)
// costs the busiest GPU outside attention: GEMMs and collectives.
void addGemmsAndCollectives(StepTime &t,
                            const AcceleratorSpec &a,
                            const WorkloadSpec &w,
                            const Efficiency &e,
                            Precision p,
                            const GroupLayout &l,
                            double tokens,
                            const ThroughputOptions &o)
{
    const ParamSplit s = split(w, p);
    const double gpus = std::max(1, l.gpus);
    const double lambda = imbalance(w, l, o);
    const double bytes = denseBytes(s, p, l.attentionTp)
                         + s.expertBytesParams * weightBytes(p) / std::max(1, l.expertParallel)
                               * expertsTouched(w, tokens);
    // Outside the experts each GPU works on its share of the tokens (its own sequences with
    // data-parallel attention, the busiest more); the 16-bit part runs at the BF16 rate.
    const double perGpu = 2 * tokens / gpus;
    const double rate = e.compute * a.sustainedFlops(p);
    const double wideRate = e.compute * a.sustainedFlops(Precision::BF16);
    const double denseS = perGpu * (s.denseActive - s.wide) / rate
                          + (s.wide > 0 && wideRate > 0 ? perGpu * s.wide / wideRate : 0);
    t.gemm.memoryS = bytes / (e.memory * a.hbmBytesPerS);
    t.gemm.computeS = denseS * dpImbalance(l, o) + perGpu * lambda * s.expertActive / rate;

    const int moe = moeLayers(w);
    const int dense = w.layers - moe;
    const double activations = tokens * w.hiddenSize * o.activationBytes;
    if (l.attentionTp > 1) {
        // Dense layers all-reduce after attention and after the MLP; MoE layers only after
        // attention (the experts exchange tokens by all-to-all instead).
        t.allReduceS = (2.0 * dense + moe) * ringAllReduceS(a, l.attentionTp, activations, o);
    }
    if (moe > 0 && l.expertParallel > 1) {
        // Dispatch (quantised tokens) and combine (16-bit results): each GPU sends k copies of
        // its share of the tokens, the busiest receives lambda times the mean.
        const double g = l.expertParallel;
        const double copies = tokens / g * w.expertsPerToken * w.hiddenSize * (g - 1) / g * lambda;
        t.allToAllS = moe
                      * (allToAllPhaseS(a, l.expertParallel, copies * dispatchBytes(p), o)
                         + allToAllPhaseS(a, l.expertParallel, copies * o.activationBytes, o));
    }
    t.overheadS = dense * o.denseLayerOverheadS + moe * o.moeLayerOverheadS;
}

} // namespace

double weightBytes(Precision p)
{
    switch (p) {
    case Precision::BF16:
        return 2;
    case Precision::FP8:
        return 1;
    case Precision::FP4:
        return 0.5 + 1.0 / 16; // NVFP4: an FP8 scale for every block of 16 values
    }
    return 2;
}

double dispatchBytes(Precision p)
{
    return p == Precision::BF16 ? 2 : weightBytes(p);
}

// FP4 deployments keep the KV cache in FP8: 4-bit KV costs too much accuracy.
double kvElementBytes(Precision p)
{
    return p == Precision::BF16 ? 2 : 1;
}

double AcceleratorSpec::sustainedFlops(Precision p) const
{
    const double peak = flops(p);
    if (!(fp8FlopsPerWatt > 0) || !(tdpW > 0))
        return peak;
    return std::min(peak, fp8FlopsPerWatt * tdpW * fp8Equivalents(p));
}

double AcceleratorSpec::attentionFlops(Precision p) const
{
    const Precision cap = flops(Precision::FP8) > 0 ? Precision::FP8 : Precision::BF16;
    const double capped = sustainedFlops(cap);
    return capped > 0 ? std::min(sustainedFlops(p), capped) : sustainedFlops(p);
}

GroupLayout layoutFor(const WorkloadSpec &w, int gpus)
{
    GroupLayout l;
    l.gpus = std::max(1, gpus);
    l.attentionTp = w.mla() ? 1 : l.gpus;
    l.expertParallel = w.moe() ? l.gpus : 1;
    return l;
}

std::vector<GroupLayout> layoutsFor(const WorkloadSpec &w, int gpus)
{
    std::vector<GroupLayout> out{layoutFor(w, gpus)};
    if (w.mla() && out.front().gpus > 1) {
        GroupLayout tp = out.front();
        tp.attentionTp = tp.gpus;
        out.push_back(tp);
    }
    return out;
}

double ringAllReduceS(const AcceleratorSpec &a, int gpus, double bytes, const ThroughputOptions &o)
{
    if (gpus <= 1)
        return 0;
    return o.collectiveLatencyS + 2.0 * (gpus - 1) / gpus * bytes / linkPerDirection(a, o);
}

double allToAllPhaseS(const AcceleratorSpec &a,
                      int gpus,
                      double bytesSentPerGpu,
                      const ThroughputOptions &o)
{
    if (gpus <= 1)
        return 0;
    return o.collectiveLatencyS + bytesSentPerGpu / linkPerDirection(a, o);
}

double expertsTouched(const WorkloadSpec &w, double tokens)
{
    if (!w.moe())
        return 1;
    const double pick = std::min(1.0, double(w.expertsPerToken) / w.experts);
    if (pick >= 1)
        return 1;
    return 1 - std::pow(1 - pick, std::max(0.0, tokens));
}

double decodeAttentionFlopsPerContextToken(const WorkloadSpec &w)
{
    const double perLayer = w.mla() ? 2.0 * w.attentionHeads * (2.0 * w.latentRank + w.ropeHeadDim)
                                    : 4.0 * w.attentionHeads * w.headDim;
    return perLayer * w.layers;
}

double kvBytesPerToken(const WorkloadSpec &w, Precision p)
{
    return w.layers * w.kvElementsPerTokenPerLayer * kvElementBytes(p);
}

int kvShards(const WorkloadSpec &w, const GroupLayout &l)
{
    if (l.attentionTp <= 1)
        return std::max(1, l.gpus); // data-parallel: each GPU holds its own sequences
    if (w.mla())
        return 1; // one latent serves every head: each GPU keeps all of it
    // Tensor-parallel heads: KV heads beyond the group share a GPU, fewer are copied.
    return std::max(1, std::min(l.attentionTp, std::max(1, w.kvHeads)));
}

double weightsBytesPerGpu(const WorkloadSpec &w, Precision p, const GroupLayout &l)
{
    const ParamSplit s = split(w, p);
    return denseBytes(s, p, l.attentionTp)
           + s.expertBytesParams * weightBytes(p) / std::max(1, l.expertParallel);
}

double meanContextTokens(const WorkloadSpec &w, double inputTokens, double outputTokens)
{
    const double cv = std::max(0.0, w.outputTokensCv);
    return inputTokens + outputTokens / 2 * (1 + cv * cv);
}

double kvTokensPerSequence(const WorkloadSpec &w, double inputTokens, double outputTokens)
{
    return std::max(inputTokens + outputTokens, meanContextTokens(w, inputTokens, outputTokens));
}

int maxBatch(const AcceleratorSpec &a,
             const WorkloadSpec &w,
             Precision p,
             const GroupLayout &l,
             double inputTokens,
             double outputTokens,
             const ThroughputOptions &o)
{
    // Each sequence reserves its whole context, so no running sequence is ever evicted.
    const double free = o.usableHbmFraction * a.hbmBytes - weightsBytesPerGpu(w, p, l);
    const double perSequence = kvTokensPerSequence(w, inputTokens, outputTokens)
                               * kvBytesPerToken(w, p) / kvShards(w, l);
    if (free <= 0 || perSequence <= 0)
        return 0;
    return int(std::min(std::floor(free / perSequence), 1e7));
}

StepTime decodeStep(const AcceleratorSpec &a,
                    const WorkloadSpec &w,
                    const Efficiency &e,
                    Precision p,
                    const GroupLayout &l,
                    double batch,
                    double contextTokens,
                    const ThroughputOptions &o)
{
    StepTime t;
    addGemmsAndCollectives(t, a, w, e, p, l, batch, o);
    const double kv = batch * contextTokens * kvBytesPerToken(w, p) / kvShards(w, l);
    const double flops
        = batch * contextTokens * decodeAttentionFlopsPerContextToken(w) / std::max(1, l.gpus);
    t.attention.memoryS = kv / (e.memory * a.hbmBytesPerS) * dpImbalance(l, o);
    t.attention.computeS = flops / (e.compute * a.attentionFlops(p)) * dpImbalance(l, o);
    return t;
}

StepTime prefillPass(const AcceleratorSpec &a,
                     const WorkloadSpec &w,
                     const Efficiency &e,
                     Precision p,
                     const GroupLayout &l,
                     double prompts,
                     double inputTokens,
                     const ThroughputOptions &o)
{
    StepTime t;
    addGemmsAndCollectives(t, a, w, e, p, l, prompts * inputTokens, o);
    // Causal attention over the prompt: QKᵀ and PV each 2·H·d per pair, half the pairs; latent
    // attention prefills in its expanded form (query/key width d + d_r, value width d).
    const double perLayer = w.mla() ? double(w.attentionHeads) * (2.0 * w.headDim + w.ropeHeadDim)
                                    : 2.0 * w.attentionHeads * w.headDim;
    const double flops
        = prompts * w.layers * perLayer * inputTokens * inputTokens / std::max(1, l.gpus);
    const double kvWritten = prompts * inputTokens * kvBytesPerToken(w, p) / kvShards(w, l);
    t.attention.memoryS = kvWritten / (e.memory * a.hbmBytesPerS) * dpImbalance(l, o);
    t.attention.computeS = flops / (e.compute * a.attentionFlops(p)) * dpImbalance(l, o);
    return t;
}

GroupPoint evaluateGroup(const AcceleratorSpec &a,
                         const WorkloadSpec &w,
                         const Efficiency &e,
                         Precision p,
                         const GroupLayout &l,
                         int batch,
                         double inputTokens,
                         double outputTokens,
                         const ThroughputOptions &o)
{
    return evaluateGroup(a,
                         w,
                         e,
                         p,
                         l,
                         batch,
                         inputTokens,
                         outputTokens,
                         prefillPass(a, w, e, p, l, 1, inputTokens, o).seconds(),
                         o);
}

GroupPoint evaluateGroup(const AcceleratorSpec &a,
                         const WorkloadSpec &w,
                         const Efficiency &e,
                         Precision p,
                         const GroupLayout &l,
                         int batch,
                         double inputTokens,
                         double outputTokens,
                         double onePromptPrefillS,
                         const ThroughputOptions &o)
{
    GroupPoint g;
    g.layout = l;
    g.batch = std::max(1, batch);
    const double b = g.batch;
    // Decode: on average a sequence is half-way through its output (further when outputs
    // spread: long ones make more of the tokens).
    g.decode = decodeStep(a, w, e, p, l, b, meanContextTokens(w, inputTokens, outputTokens), o);
    g.prefill = prefillPass(a, w, e, p, l, b, inputTokens, o);
    g.stepS = g.decode.seconds();
    g.prefillS = g.prefill.seconds();
    g.memoryBound = g.decode.memoryS() >= g.decode.computeS();
    // Continuous batching interleaves the prompts' prefill with decode: every sequence's
    // lifetime is its share of the prefill plus its output steps.
    g.tokensPerS = b * outputTokens / (g.prefillS + outputTokens * g.stepS);
    g.tokensPerUser = g.tokensPerS / b;
    // A new request waits for the running (interleaved) step, then its prompt is prefilled.
    g.ttftS = g.stepS + g.prefillS / outputTokens + onePromptPrefillS;
    return g;
}

} // namespace tf
