// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace tf {

/// Numeric precision of weights and tensor-core math. KV cache is kept in 8 bits at FP8 and FP4
/// (as FP4 deployments do), 16 bits at BF16.
enum class Precision { BF16, FP8, FP4 };

/// Bytes a weight takes: 2, 1, and 0.5625 at FP4 (NVFP4: 4 bits and one 8-bit scale per 16).
double weightBytes(Precision p);
double kvElementBytes(Precision p); ///< 2, 1, 1

/// What the roofline needs of an accelerator, in SI units.
struct AcceleratorSpec
{
    std::string id;
    std::string family;
    std::string process;              ///< foundry id of the compute die, or empty
    double denseFlops[3] = {0, 0, 0}; ///< FLOP/s by Precision; 0 when the part has no such rate
    double hbmBytes = 0;
    double hbmBytesPerS = 0;
    double tdpW = 0;
    double scaleupBytesPerS = 0; ///< bidirectional per GPU, as datasheets quote it
    int scaleupDomain = 1;       ///< most GPUs one replica may span
    /// FP8-equivalent dense FLOP/s the process sustains per watt of TDP; 0: no limit known.
    double fp8FlopsPerWatt = 0;

    /// The datasheet's dense peak.
    double flops(Precision p) const { return denseFlops[int(p)]; }
    /// min(peak, what the TDP allows on the process): an FP4 operation costs half the energy of
    /// an FP8 one, a BF16 operation twice.
    double sustainedFlops(Precision p) const;
    /// Attention math runs no faster than the FP8 rate (BF16 on parts without FP8).
    double attentionFlops(Precision p) const;
};

/// What the roofline needs of a model.
struct WorkloadSpec
{
    std::string id;
    double totalParams = 0;  ///< bytes of weights follow from these (MoE: every expert)
    double activeParams = 0; ///< FLOPs per token follow from these (MoE: the routed experts)
    int layers = 0;
    int attentionHeads = 0;
    int kvHeads = 0;
    int headDim = 0;
    int hiddenSize = 0;
    double kvElementsPerTokenPerLayer = 0; ///< 2 × kv_heads × head_dim, or the latent size (MLA)
    // Mixture of experts: routed experts of each MoE layer; shared experts count as dense.
    int experts = 0;
    int expertsPerToken = 0;
    int moeLayers = 0;       ///< layers with routed experts (the rest are dense)
    double expertParams = 0; ///< all routed experts of all MoE layers
    // Multi-head latent attention: the cached latent and its rotary part.
    int latentRank = 0; ///< d_c
    int ropeHeadDim = 0;
    double defaultInputTokens = 0;
    double defaultOutputTokens = 0;
    /// Spread of the output length: its standard deviation ÷ its mean (0: every output as long).
    double outputTokensCv = 0;
    /// Always-active parameters an FP4 deployment keeps at 16 bits (DeepSeek-R1's FP4 checkpoint:
    /// the attention projections and the output head); 0 when FP4 quantizes every linear layer.
    double fp4Bf16Params = 0;

    bool moe() const { return experts > 0 && expertsPerToken > 0 && expertParams > 0; }
    bool mla() const { return latentRank > 0; }
};

/// Achieved fractions of peak: calibrated per accelerator family and precision.
struct Efficiency
{
    double memory = 0.8;
    double compute = 0.5;
};

/// Modelling constants; each documented in docs/throughput-model.md.
struct ThroughputOptions
{
    double usableHbmFraction = 0.9;   ///< the rest holds activations, runtime and fragmentation
    double collectiveLatencyS = 5e-6; ///< per all-reduce and per all-to-all phase
    double networkEfficiency = 0.7;   ///< achieved share of scale-up link bandwidth
    double activationBytes = 2;       ///< exchanged activations stay 16-bit
    double systemPowerFactor = 1.4;   ///< node power ÷ GPU TDP when only an accelerator is chosen
    double expertImbalance = 1.25;    ///< busiest GPU's routed tokens ÷ the mean (EP > 1)
    /// Mean ÷ busiest GPU's tokens when attention runs data-parallel (each GPU its own
    /// sequences, prefill landing on some): the balance ratio TensorRT-LLM measured.
    double attentionDpBalance = 0.877;
    /// Time each layer adds to every step whatever its size: the small kernels (norms, rotary,
    /// routing, quantisation), launches and synchronisations that no roofline covers. Dense
    /// layers have few; a mixture-of-experts layer has routing, dispatch and combine too.
    double denseLayerOverheadS = 28e-6;
    double moeLayerOverheadS = 125e-6;
};

/// How a replica of G GPUs holds the model: dense layers and attention split by tensor
/// parallelism, routed experts by expert parallelism. Multi-head latent attention caches one
/// latent shared by all heads, so it runs data-parallel (each GPU its own sequences).
struct GroupLayout
{
    int gpus = 1;
    int attentionTp = 1;    ///< 1 with data-parallel attention
    int expertParallel = 1; ///< 1 for dense models
    bool operator==(const GroupLayout &) const = default;
};

GroupLayout layoutFor(const WorkloadSpec &w, int gpus);
/// Every layout worth trying on `gpus` GPUs: layoutFor's, and for latent attention on more than
/// one GPU also tensor-parallel attention (each GPU a share of the heads and of the attention
/// weights, but the latent of every sequence: faster steps, fewer sequences).
std::vector<GroupLayout> layoutsFor(const WorkloadSpec &w, int gpus);

/// One operator's roofline: the time to move its bytes and the time to do its math; it takes
/// the longer of the two.
struct OperatorTime
{
    double memoryS = 0;
    double computeS = 0;
    double seconds() const { return std::max(memoryS, computeS); }
};

/// A decode step or a prefill pass on the busiest GPU of a replica: the sum of its parts, each
/// its own roofline, and the collectives that cannot hide under them.
struct StepTime
{
    OperatorTime gemm;      ///< weight bytes vs GEMM FLOPs
    OperatorTime attention; ///< KV-cache bytes vs attention FLOPs (no better than FP8)
    double allReduceS = 0;  ///< tensor-parallel all-reduces
    double allToAllS = 0;   ///< expert-parallel dispatch and combine
    double overheadS = 0;   ///< the layers' fixed time (ThroughputOptions' layer overheads)

    double seconds() const
    {
        return gemm.seconds() + attention.seconds() + allReduceS + allToAllS + overheadS;
    }
    double memoryS() const { return gemm.memoryS + attention.memoryS; }
    double computeS() const { return gemm.computeS + attention.computeS; }
    double commS() const { return allReduceS + allToAllS; }
};

/// Ring all-reduce of `bytes` over `gpus` GPUs of the scale-up link, plus its latency.
double ringAllReduceS(const AcceleratorSpec &a, int gpus, double bytes, const ThroughputOptions &o);
/// Bytes an exchanged activation takes in the expert-parallel dispatch: FP4 and FP8 deployments
/// quantise the tokens before sending them (0.5625, 1); BF16 sends 2. The combine sends 2.
double dispatchBytes(Precision p);
/// One all-to-all phase in which every GPU sends `bytesSentPerGpu` over the scale-up link.
double allToAllPhaseS(const AcceleratorSpec &a,
                      int gpus,
                      double bytesSentPerGpu,
                      const ThroughputOptions &o);
/// Share of an MoE layer's routed experts that `tokens` routed tokens reach (each picks k of E
/// at random): 1 − (1 − k/E)^tokens. 1 for dense models.
double expertsTouched(const WorkloadSpec &w, double tokens);
/// Attention FLOPs per token of context per decode token, all layers: 4·H·d per layer, or the
/// absorbed multi-head latent attention's 2·H·(d_c + d_r + d_c).
double decodeAttentionFlopsPerContextToken(const WorkloadSpec &w);

/// Weights each GPU holds, and the KV cache of one token of context.
double weightsBytesPerGpu(const WorkloadSpec &w, Precision p, const GroupLayout &l);
double kvBytesPerToken(const WorkloadSpec &w, Precision p);
/// Over how many GPUs a sequence's KV cache is spread: its KV heads' share, or 1 sequence per
/// GPU's worth with data-parallel attention (counted as the replica's size). Latent attention
/// split by heads keeps the whole latent on every GPU: 1.
int kvShards(const WorkloadSpec &w, const GroupLayout &l);

/// The context an output token attends to on average: the prompt and, over outputs of mean Lₒ
/// and spread cv, E[Lₒ²] ÷ 2E[Lₒ] = Lₒ(1 + cv²)/2 of output (long outputs weigh more).
double meanContextTokens(const WorkloadSpec &w, double inputTokens, double outputTokens);
/// The KV tokens a running sequence holds in HBM: its whole context is reserved (Lᵢ + Lₒ), or,
/// when the outputs spread so far that their time-average exceeds that, the time-average.
double kvTokensPerSequence(const WorkloadSpec &w, double inputTokens, double outputTokens);
/// Most sequences of inputTokens + outputTokens a replica holds; 0 when not even one fits.
int maxBatch(const AcceleratorSpec &a,
             const WorkloadSpec &w,
             Precision p,
             const GroupLayout &l,
             double inputTokens,
             double outputTokens,
             const ThroughputOptions &o = {});

/// One decode step of `batch` sequences with `contextTokens` of context each.
StepTime decodeStep(const AcceleratorSpec &a,
                    const WorkloadSpec &w,
                    const Efficiency &e,
                    Precision p,
                    const GroupLayout &l,
                    double batch,
                    double contextTokens,
                    const ThroughputOptions &o = {});
/// The prefill of `prompts` prompts of `inputTokens` each, in one pass.
StepTime prefillPass(const AcceleratorSpec &a,
                     const WorkloadSpec &w,
                     const Efficiency &e,
                     Precision p,
                     const GroupLayout &l,
                     double prompts,
                     double inputTokens,
                     const ThroughputOptions &o = {});

/// One replica at one batch, prefill interleaved with decode (docs/throughput-model.md).
struct GroupPoint
{
    GroupLayout layout;
    int batch = 0;
    StepTime decode;          ///< one decode step at the average context
    StepTime prefill;         ///< the prefill of the whole batch's prompts
    double stepS = 0;         ///< decode.seconds(): time per output token
    double prefillS = 0;      ///< prefill.seconds()
    double tokensPerS = 0;    ///< the replica's output tokens/s
    double tokensPerUser = 0; ///< tokensPerS ÷ batch: the speed each user sees
    double ttftS = 0;         ///< the running step, then the prompt's own prefill
    bool memoryBound = false; ///< decode's memory sides outweigh its compute sides
};

GroupPoint evaluateGroup(const AcceleratorSpec &a,
                         const WorkloadSpec &w,
                         const Efficiency &e,
                         Precision p,
                         const GroupLayout &l,
                         int batch,
                         double inputTokens,
                         double outputTokens,
                         const ThroughputOptions &o = {});
/// The same with the prefill of one prompt (prefillPass(..., 1, inputTokens).seconds()) already
/// known: searches over the batch evaluate many points of one replica.
GroupPoint evaluateGroup(const AcceleratorSpec &a,
                         const WorkloadSpec &w,
                         const Efficiency &e,
                         Precision p,
                         const GroupLayout &l,
                         int batch,
                         double inputTokens,
                         double outputTokens,
                         double onePromptPrefillS,
                         const ThroughputOptions &o = {});

} // namespace tf
