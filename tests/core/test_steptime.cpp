// SPDX-License-Identifier: MIT
// The per-operator step time on parts and models small enough to work out by hand.
#include "tf/physics/steptime.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tf;

namespace {

// A part whose numbers make the arithmetic readable: 1 TB/s of HBM, 1 PFLOP/s at FP8.
AcceleratorSpec toyPart()
{
    AcceleratorSpec a;
    a.id = "toy";
    a.denseFlops[int(Precision::BF16)] = 0.5e15;
    a.denseFlops[int(Precision::FP8)] = 1e15;
    a.denseFlops[int(Precision::FP4)] = 2e15;
    a.hbmBytes = 100e9;
    a.hbmBytesPerS = 1e12;
    a.tdpW = 1000;
    a.scaleupBytesPerS = 1.8e12; // 0.9 TB/s each way, 0.63 TB/s at the default 70%
    a.scaleupDomain = 8;
    return a;
}

// 1 B parameters, 10 layers of 8 heads of 64 (all KV heads): 10,240 KV elements per token.
WorkloadSpec toyDense()
{
    WorkloadSpec w;
    w.id = "toy-dense";
    w.totalParams = 1e9;
    w.activeParams = 1e9;
    w.layers = 10;
    w.attentionHeads = 8;
    w.kvHeads = 8;
    w.headDim = 64;
    w.hiddenSize = 512;
    w.kvElementsPerTokenPerLayer = 2.0 * 8 * 64;
    w.defaultInputTokens = 100;
    w.defaultOutputTokens = 100;
    return w;
}

// 10 B parameters: 8 B in 8 routed experts (2 per token) over 2 MoE layers, 2 B always active.
WorkloadSpec toyMoe()
{
    WorkloadSpec w = toyDense();
    w.id = "toy-moe";
    w.totalParams = 10e9;
    w.expertParams = 8e9;
    w.experts = 8;
    w.expertsPerToken = 2;
    w.moeLayers = 2;
    w.activeParams = 2e9 + 8e9 * 2 / 8; // 4 B
    w.hiddenSize = 1000;
    return w;
}

const Efficiency kPerfect{1.0, 1.0};

// The roofline alone: the per-layer fixed time has tests of its own.
ThroughputOptions rooflineOnly()
{
    ThroughputOptions o;
    o.denseLayerOverheadS = 0;
    o.moeLayerOverheadS = 0;
    return o;
}

} // namespace

TEST_CASE("A decode step of a small batch is its weight and KV-cache bytes over bandwidth",
          "[steptime]")
{
    AcceleratorSpec a = toyPart();
    a.denseFlops[int(Precision::FP8)] = 1e21; // math is free: pure bandwidth
    const WorkloadSpec w = toyDense();
    const StepTime t
        = decodeStep(a, w, kPerfect, Precision::FP8, layoutFor(w, 1), 4, 1000, rooflineOnly());
    // GEMMs read 1e9 weight bytes (FP8): 1 ms. Attention reads 4 sequences × 1,000 tokens ×
    // 10 layers × 1,024 elements × 1 byte = 40.96 MB: 40.96 µs. No GPU to talk to.
    CHECK(t.gemm.memoryS == Approx(1e-3));
    CHECK(t.attention.memoryS == Approx(40.96e-6));
    CHECK(t.gemm.computeS < 1e-9);
    CHECK(t.commS() == 0);
    CHECK(t.seconds() == Approx(1.04096e-3));
    // Attention is a kernel of its own: its bytes add to the GEMMs', they do not hide under them.
    CHECK(t.seconds() == Approx(t.gemm.seconds() + t.attention.seconds()));
}

TEST_CASE("A prefill pass of long prompts is its FLOPs over compute", "[steptime]")
{
    AcceleratorSpec a = toyPart();
    a.hbmBytesPerS = 1e21; // bytes are free: pure compute
    const WorkloadSpec w = toyDense();
    const StepTime t
        = prefillPass(a, w, kPerfect, Precision::FP8, layoutFor(w, 1), 2, 100, rooflineOnly());
    // GEMMs: 2 FLOPs × 1e9 parameters × 200 tokens = 4e11 at 1e15: 0.4 ms. Causal attention:
    // 2 prompts × 10 layers × 2·8·64 × 100² = 2.048e8 FLOPs: 0.2048 µs.
    CHECK(t.gemm.computeS == Approx(0.4e-3));
    CHECK(t.attention.computeS == Approx(0.2048e-6));
    CHECK(t.seconds() == Approx(0.4e-3 + 0.2048e-6));
    CHECK(t.memoryS() < 1e-9);
}

TEST_CASE("Attention math runs no faster than the FP8 rate", "[steptime]")
{
    const AcceleratorSpec a = toyPart();
    CHECK(a.attentionFlops(Precision::FP4) == 1e15);
    CHECK(a.attentionFlops(Precision::FP8) == 1e15);
    CHECK(a.attentionFlops(Precision::BF16) == 0.5e15);
    AcceleratorSpec noFp8 = a;
    noFp8.denseFlops[int(Precision::FP8)] = 0;
    CHECK(noFp8.attentionFlops(Precision::BF16) == 0.5e15);
}

TEST_CASE("Collectives: a ring all-reduce and an all-to-all of known size", "[steptime]")
{
    const AcceleratorSpec a = toyPart();
    const ThroughputOptions o; // 5 µs per collective, 70% of 0.9 TB/s each way = 0.63 TB/s
    // An all-to-all phase sending 63 MB per GPU: 100 µs on the wire plus 5 µs.
    CHECK(allToAllPhaseS(a, 8, 63e6, o) == Approx(105e-6));
    // A ring all-reduce over 4 GPUs moves 2·3/4 of the buffer: 1.5 × 42 MB = 63 MB, 105 µs.
    CHECK(ringAllReduceS(a, 4, 42e6, o) == Approx(105e-6));
    // Nothing to exchange within one GPU.
    CHECK(allToAllPhaseS(a, 1, 63e6, o) == 0);
    CHECK(ringAllReduceS(a, 1, 42e6, o) == 0);
}

TEST_CASE("Mixture of experts by hand: bytes, FLOPs and the all-to-all", "[steptime][moe]")
{
    AcceleratorSpec a = toyPart();
    const WorkloadSpec w = toyMoe();
    const ThroughputOptions o = rooflineOnly();
    REQUIRE(w.moe());

    // One token reaches 2 of 8 experts: a quarter of the expert weights is read.
    CHECK(expertsTouched(w, 1) == Approx(0.25));
    CHECK(expertsTouched(w, 2) == Approx(1 - 0.75 * 0.75));
    CHECK(expertsTouched(w, 1000) == Approx(1));

    // One GPU: 2e9 dense + 8e9 × 0.25 expert bytes (FP8) at batch 1; 2 × 4e9 FLOPs per token.
    const StepTime one = decodeStep(a, w, kPerfect, Precision::FP8, layoutFor(w, 1), 1, 10, o);
    CHECK(one.gemm.memoryS == Approx(4e9 / 1e12));
    CHECK(one.gemm.computeS == Approx(8e9 / 1e15));
    CHECK(one.allToAllS == 0); // a single-GPU MoE pays no all-to-all
    CHECK(one.allReduceS == 0);

    // Two GPUs, batch 8 (every expert touched to 1 − 0.75⁸): each GPU holds 1e9 dense (tensor-
    // parallel attention) and 4e9 expert bytes, and computes 4 tokens' dense share plus the
    // busiest share of routed tokens (1.25 × the mean).
    const GroupLayout two = layoutFor(w, 2);
    CHECK(two.attentionTp == 2);
    CHECK(two.expertParallel == 2);
    const StepTime t = decodeStep(a, w, kPerfect, Precision::FP8, two, 8, 10, o);
    const double touched = 1 - std::pow(0.75, 8);
    CHECK(t.gemm.memoryS == Approx((1e9 + 4e9 * touched) / 1e12));
    CHECK(t.gemm.computeS == Approx(2 * 4.0 * (2e9 + 1.25 * 2e9) / 1e15));
    // All-to-all: each GPU sends its 4 tokens × 2 experts × 1,000 values, half of them off the
    // GPU, × 1.25 for the busiest: 5,000 values per phase, dispatched in FP8 (1 byte) and
    // combined in 16 bits (2 bytes), in each of 2 MoE layers.
    CHECK(t.allToAllS == Approx(2 * ((5e-6 + 5e3 / 0.63e12) + (5e-6 + 10e3 / 0.63e12))));
    // Tensor-parallel attention all-reduces 8 tokens × 1,000 × 2 bytes once per MoE layer and
    // twice per dense layer (8 of the 10).
    CHECK(t.allReduceS == Approx((2 * 8 + 2) * (5e-6 + 16e3 / 0.63e12)));
}

TEST_CASE("Multi-head latent attention: one shared latent, absorbed decode FLOPs",
          "[steptime][moe]")
{
    WorkloadSpec w = toyDense();
    w.latentRank = 16;
    w.ropeHeadDim = 4;
    w.kvElementsPerTokenPerLayer = 16 + 4;
    w.attentionHeads = 4;
    w.layers = 2;
    // 2·H·(d_c + d_r + d_c) per context token per layer = 2 · 4 · 36 = 288; two layers: 576.
    CHECK(decodeAttentionFlopsPerContextToken(w) == Approx(576));
    // The latent is shared by all heads, so attention runs data-parallel: each GPU its own
    // sequences, every GPU a whole copy of the attention weights.
    const GroupLayout l = layoutFor(w, 4);
    CHECK(l.attentionTp == 1);
    CHECK(kvShards(w, l) == 4);
    CHECK(weightsBytesPerGpu(w, Precision::FP8, l) == Approx(1e9));
    // Grouped-query attention instead: 4·H·d per context token per layer.
    const WorkloadSpec gqa = toyDense();
    CHECK(decodeAttentionFlopsPerContextToken(gqa) == Approx(4.0 * 8 * 64 * 10));
}

TEST_CASE("Power-limited compute: the process sustains a rate per watt", "[steptime][power]")
{
    AcceleratorSpec a = toyPart();
    CHECK(a.sustainedFlops(Precision::FP4) == 2e15); // no constant known: the datasheet peak
    a.fp8FlopsPerWatt = 0.5e12;                      // 0.5 TFLOPS per watt at FP8
    // 1,000 W allows 0.5e15 FP8, 1e15 FP4 (half the energy per operation), 0.25e15 BF16.
    CHECK(a.sustainedFlops(Precision::FP8) == Approx(0.5e15));
    CHECK(a.sustainedFlops(Precision::FP4) == Approx(1e15));
    CHECK(a.sustainedFlops(Precision::BF16) == Approx(0.25e15));
    // More power never lowers the rate, and the peak still caps it.
    a.tdpW = 10000;
    CHECK(a.sustainedFlops(Precision::FP4) == 2e15);
}

TEST_CASE("The KV cache is split by KV heads under tensor parallelism, copied beyond them",
          "[steptime]")
{
    WorkloadSpec w = toyDense();
    w.kvHeads = 2;
    w.kvElementsPerTokenPerLayer = 2.0 * 2 * 64;
    CHECK(kvShards(w, layoutFor(w, 1)) == 1);
    CHECK(kvShards(w, layoutFor(w, 2)) == 2);
    CHECK(kvShards(w, layoutFor(w, 8)) == 2); // 8 GPUs, 2 KV heads: each head on 4 GPUs
    CHECK(kvBytesPerToken(w, Precision::BF16) == Approx(10 * 2.0 * 2 * 64 * 2));
    CHECK(kvBytesPerToken(w, Precision::FP4) == Approx(10 * 2.0 * 2 * 64 * 1)); // KV stays FP8
}

TEST_CASE("FP4 weights carry their block scales; dispatch goes quantised, combine in 16 bits",
          "[steptime][moe]")
{
    // NVFP4: 16 four-bit values share one 8-bit scale: 4.5 bits, 0.5625 bytes a weight.
    CHECK(weightBytes(Precision::FP4) == 0.5625);
    CHECK(weightBytes(Precision::FP8) == 1);
    CHECK(dispatchBytes(Precision::FP4) == 0.5625);
    CHECK(dispatchBytes(Precision::FP8) == 1);
    CHECK(dispatchBytes(Precision::BF16) == 2);
}

TEST_CASE("An FP4 deployment that keeps part of the model at 16 bits reads and runs it so",
          "[steptime][moe]")
{
    AcceleratorSpec a = toyPart(); // 0.5, 1, 2 PFLOP/s at BF16, FP8, FP4; 1 TB/s
    WorkloadSpec w = toyMoe();     // 2 B dense (always active), 8 B in experts, 2 of 8 per token
    const ThroughputOptions o = rooflineOnly();
    const StepTime all = decodeStep(a, w, kPerfect, Precision::FP4, layoutFor(w, 1), 1000, 10, o);
    w.fp4Bf16Params = 1e9; // half the dense part stays at 16 bits
    const StepTime part = decodeStep(a, w, kPerfect, Precision::FP4, layoutFor(w, 1), 1000, 10, o);
    // Bytes: 1e9 × 0.5625 + 1e9 × 2 + 8e9 × 0.5625 (every expert touched) = 7.0625e9: 7.06 ms.
    CHECK(part.gemm.memoryS == Approx(7.0625e9 / 1e12));
    CHECK(all.gemm.memoryS == Approx(10e9 * 0.5625 / 1e12));
    // Math, 1,000 tokens: 2e12 FLOPs of the 16-bit part at 0.5e15 (4 ms), 2e12 of the other
    // dense half and 4e12 of the experts at 2e15 (3 ms).
    CHECK(part.gemm.computeS == Approx(4e-3 + 3e-3));
    CHECK(all.gemm.computeS == Approx(8e12 / 2e15)); // 2 × 1,000 × (2e9 + 2e9) at 2e15
    // At FP8 nothing changes: the 16-bit share is an FP4 deployment's.
    const StepTime fp8 = decodeStep(a, w, kPerfect, Precision::FP8, layoutFor(w, 1), 1000, 10, o);
    CHECK(fp8.gemm.memoryS == Approx(10e9 / 1e12));
    CHECK(weightsBytesPerGpu(w, Precision::FP4, layoutFor(w, 1)) == Approx(7.0625e9));
}

TEST_CASE("Spread output lengths: tokens attend to longer contexts, sequences hold more KV",
          "[steptime]")
{
    WorkloadSpec w = toyDense();
    // Every output as long: the average token sees the prompt and half the output, and each
    // sequence reserves its whole context.
    CHECK(meanContextTokens(w, 800, 3000) == Approx(2300));
    CHECK(kvTokensPerSequence(w, 800, 3000) == Approx(3800));
    // Exponential lengths (cv = 1): E[L²] ÷ 2E[L] = L, so the average token sees 800 + 3000.
    w.outputTokensCv = 1;
    CHECK(meanContextTokens(w, 800, 3000) == Approx(3800));
    CHECK(kvTokensPerSequence(w, 800, 3000) == Approx(3800));
    // Wider still (cv = 2): 800 + 3000 × 5/2; the time-average occupancy outgrows the reserve.
    w.outputTokensCv = 2;
    CHECK(meanContextTokens(w, 800, 3000) == Approx(8300));
    CHECK(kvTokensPerSequence(w, 800, 3000) == Approx(8300));
    // The decode step reads the KV of that context.
    const AcceleratorSpec a = toyPart();
    const GroupPoint g = evaluateGroup(
        a, w, kPerfect, Precision::FP8, layoutFor(w, 1), 4, 800, 3000, rooflineOnly());
    CHECK(g.decode.attention.memoryS
          == Approx(4 * 8300 * kvBytesPerToken(w, Precision::FP8) / 1e12));
}

TEST_CASE("Data-parallel attention waits for its busiest GPU", "[steptime][moe]")
{
    AcceleratorSpec a = toyPart();
    WorkloadSpec w = toyMoe();
    w.latentRank = 16;
    w.ropeHeadDim = 4;
    w.kvElementsPerTokenPerLayer = 20;
    ThroughputOptions o = rooflineOnly();
    o.attentionDpBalance = 0.8; // the busiest GPU has 1.25 × the mean's tokens
    const GroupLayout dp = layoutFor(w, 4);
    REQUIRE(dp.attentionTp == 1);
    const StepTime t = decodeStep(a, w, kPerfect, Precision::FP8, dp, 400, 1000, o);
    o.attentionDpBalance = 1;
    const StepTime even = decodeStep(a, w, kPerfect, Precision::FP8, dp, 400, 1000, o);
    CHECK(t.attention.memoryS == Approx(even.attention.memoryS * 1.25));
    CHECK(t.attention.computeS == Approx(even.attention.computeS * 1.25));
    // The dense GEMMs run on each GPU's own tokens too; the experts' share does not change.
    // Dense: 2 × 100 tokens × 2e9 at 1e15 = 0.4 ms; experts 2 × 100 × 1.25 × 2e9 = 0.5 ms.
    CHECK(even.gemm.computeS == Approx(0.4e-3 + 0.5e-3));
    CHECK(t.gemm.computeS == Approx(0.4e-3 * 1.25 + 0.5e-3));
    // One GPU has no one to wait for.
    o.attentionDpBalance = 0.8;
    const StepTime single
        = decodeStep(a, w, kPerfect, Precision::FP8, layoutFor(w, 1), 100, 1000, o);
    o.attentionDpBalance = 1;
    CHECK(single.attention.memoryS
          == Approx(decodeStep(a, w, kPerfect, Precision::FP8, layoutFor(w, 1), 100, 1000, o)
                        .attention.memoryS));
}

TEST_CASE("Latent attention split by heads: shares of the weights, all of the latent",
          "[steptime][moe]")
{
    WorkloadSpec w = toyMoe();
    w.latentRank = 16;
    w.ropeHeadDim = 4;
    w.kvElementsPerTokenPerLayer = 20;
    const std::vector<GroupLayout> ls = layoutsFor(w, 4);
    REQUIRE(ls.size() == 2);
    CHECK(ls[0].attentionTp == 1); // data-parallel first
    const GroupLayout tp = ls[1];
    CHECK(tp.attentionTp == 4);
    CHECK(tp.expertParallel == 4);
    CHECK(kvShards(w, tp) == 1); // every GPU keeps the whole latent of every sequence
    // 2e9 dense bytes split 4 ways, 8e9 expert bytes spread over 4 GPUs (FP8).
    CHECK(weightsBytesPerGpu(w, Precision::FP8, tp) == Approx(0.5e9 + 2e9));
    CHECK(weightsBytesPerGpu(w, Precision::FP8, ls[0]) == Approx(2e9 + 2e9));
    // One GPU, or grouped-query attention: one layout.
    CHECK(layoutsFor(w, 1).size() == 1);
    CHECK(layoutsFor(toyDense(), 4).size() == 1);
    // The latent's bytes are read whole on each GPU; its math is split by heads.
    const AcceleratorSpec a = toyPart();
    const ThroughputOptions o = rooflineOnly();
    const StepTime t = decodeStep(a, w, kPerfect, Precision::FP8, tp, 8, 1000, o);
    CHECK(t.attention.memoryS == Approx(8 * 1000 * 10 * 20 * 1 / 1e12));
    CHECK(t.attention.computeS
          == Approx(8 * 1000 * decodeAttentionFlopsPerContextToken(w) / 4 / 1e15));
    CHECK(t.allReduceS > 0); // heads split: the attention output is all-reduced
}

TEST_CASE("Every layer adds a fixed time to every step", "[steptime]")
{
    const AcceleratorSpec a = toyPart();
    ThroughputOptions o;
    o.denseLayerOverheadS = 100e-6;
    o.moeLayerOverheadS = 300e-6;
    const WorkloadSpec w = toyDense(); // 10 dense layers
    const StepTime t = decodeStep(a, w, kPerfect, Precision::FP8, layoutFor(w, 1), 1, 10, o);
    const StepTime bare
        = decodeStep(a, w, kPerfect, Precision::FP8, layoutFor(w, 1), 1, 10, rooflineOnly());
    CHECK(t.overheadS == Approx(1e-3));
    CHECK(t.seconds() == Approx(bare.seconds() + 1e-3));
    CHECK(prefillPass(a, w, kPerfect, Precision::FP8, layoutFor(w, 1), 1, 10, o).overheadS
          == Approx(1e-3));
    // The mixture: 8 dense layers and 2 MoE layers: 0.8 ms + 0.6 ms.
    const WorkloadSpec m = toyMoe();
    CHECK(decodeStep(a, m, kPerfect, Precision::FP8, layoutFor(m, 2), 1, 10, o).overheadS
          == Approx(1.4e-3));
}
