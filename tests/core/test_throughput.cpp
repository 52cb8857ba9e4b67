// SPDX-License-Identifier: MIT
#include "tf/physics/throughput.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tf;

namespace {

AcceleratorSpec accel(const char *id)
{
    return *acceleratorSpec(*builtinCatalog().find(id, "accelerator"), &builtinCatalog());
}

WorkloadSpec model(const char *id)
{
    return *workloadSpec(*builtinCatalog().find(id, "workload"));
}

Efficiency eff(const AcceleratorSpec &a, Precision p)
{
    return *efficiencyFor(builtinCatalog(), a.family, p);
}

std::optional<ThroughputResult> estimate(const AcceleratorSpec &a,
                                         const WorkloadSpec &w,
                                         Precision p,
                                         int gpus,
                                         const ServiceTarget &t = {})
{
    return estimateThroughput(
               a, w, eff(a, p), p, gpus, w.defaultInputTokens, w.defaultOutputTokens, 1000, t)
        .result;
}

double offline(const AcceleratorSpec &a, const WorkloadSpec &w, Precision p, int gpus)
{
    const auto r = estimate(a, w, p, gpus);
    REQUIRE(r);
    return r->tokensPerS;
}

struct Combo
{
    const char *accelerator;
    const char *workload;
    Precision precision;
    int gpus;
};

// Dense and mixture-of-experts models on one-, eight- and 72-GPU systems of every family.
const std::vector<Combo> kCombos = {
    {"h100-sxm", "llama2-70b", Precision::FP8, 8},
    {"b200", "llama2-70b", Precision::FP4, 8},
    {"b200", "llama3.1-8b", Precision::FP4, 8},
    {"mi300x", "llama3.1-70b", Precision::BF16, 8},
    {"gb200", "llama3.1-405b", Precision::FP4, 72},
    {"h200-sxm", "mixtral-8x7b", Precision::FP8, 8},
    {"h100-sxm", "mixtral-8x7b", Precision::FP8, 1},
    {"b200", "deepseek-r1", Precision::FP4, 8},
    {"gb300", "deepseek-r1", Precision::FP4, 72},
    {"tpu-v6e", "llama3.1-8b", Precision::BF16, 4},
};

} // namespace

TEST_CASE("Tokens/s per GPU falls steeply from Llama 2 70B to Llama 3.1 405B with long prompts",
          "[throughput]")
{
    // Published: ~12,700 tok/s per B200 on 70B, ~200 on 405B with ~9k-token prompts (the issue).
    const AcceleratorSpec b200 = accel("b200");
    const double small = offline(b200, model("llama2-70b"), Precision::FP4, 8) / 8;
    const double large = offline(b200, model("llama3.1-405b"), Precision::FP4, 8) / 8;
    CAPTURE(small, large);
    CHECK(large > 100);
    CHECK(large < 400);
    CHECK(small / large > 30);
}

TEST_CASE("More bandwidth, memory or power never lowers throughput", "[throughput][monotone]")
{
    const ServiceTarget interactive{25.0, std::nullopt};
    for (const Combo &c : kCombos) {
        for (const ServiceTarget &t : {ServiceTarget{}, interactive}) {
            CAPTURE(c.accelerator, c.workload, c.gpus, t.tokensPerUser.value_or(0));
            const AcceleratorSpec a = accel(c.accelerator);
            const WorkloadSpec w = model(c.workload);
            auto check = [&](auto change) {
                double previous = 0;
                for (double scale : {0.8, 1.0, 1.25, 1.5, 2.0, 4.0}) {
                    AcceleratorSpec more = a;
                    change(more, scale);
                    const auto r = estimate(more, w, c.precision, c.gpus, t);
                    const double now = r ? r->tokensPerS : 0; // no result counts as nothing
                    CHECK(now >= previous * (1 - 1e-9));
                    previous = now;
                }
            };
            check([](AcceleratorSpec &x, double s) { x.hbmBytesPerS *= s; });
            check([](AcceleratorSpec &x, double s) { x.hbmBytes *= s; });
            check([](AcceleratorSpec &x, double s) { x.tdpW *= s; });
            check([](AcceleratorSpec &x, double s) { x.scaleupBytesPerS *= s; });
        }
    }
}

TEST_CASE("More parameters never raise throughput", "[throughput][monotone]")
{
    for (const Combo &c : kCombos) {
        CAPTURE(c.accelerator, c.workload);
        const AcceleratorSpec a = accel(c.accelerator);
        const WorkloadSpec w = model(c.workload);
        double previous = 1e300;
        for (double scale : {0.5, 1.0, 1.2, 1.5}) {
            WorkloadSpec bigger = w;
            bigger.totalParams = w.totalParams * scale;
            bigger.activeParams = w.activeParams * scale;
            bigger.expertParams = w.expertParams * scale;
            const auto r = estimate(a, bigger, c.precision, c.gpus);
            if (!r)
                break; // too big to fit: no number at all, which is not higher
            CHECK(r->tokensPerS <= previous * (1 + 1e-12));
            previous = r->tokensPerS;
        }
    }
}

TEST_CASE("With the batch, throughput rises, the speed each user sees falls, TTFT grows",
          "[throughput][monotone]")
{
    // What the batch search relies on: the batches that meet a target are 1..B*.
    for (const Combo &c : kCombos) {
        const AcceleratorSpec a = accel(c.accelerator);
        const WorkloadSpec w = model(c.workload);
        const Efficiency e = eff(a, c.precision);
        for (int g : {1, 2, 8}) {
            if (g > c.gpus)
                continue;
            CAPTURE(c.accelerator, c.workload, g);
            const GroupLayout l = layoutFor(w, g);
            const int bMax
                = maxBatch(a, w, c.precision, l, w.defaultInputTokens, w.defaultOutputTokens);
            GroupPoint previous;
            for (int b = 1; b <= bMax; b = b < 64 ? b + 1 : b + b / 8) {
                const GroupPoint p = evaluateGroup(
                    a, w, e, c.precision, l, b, w.defaultInputTokens, w.defaultOutputTokens);
                if (previous.batch > 0) {
                    CHECK(p.tokensPerS >= previous.tokensPerS * (1 - 1e-12));
                    CHECK(p.tokensPerUser <= previous.tokensPerUser * (1 + 1e-12));
                    CHECK(p.ttftS >= previous.ttftS * (1 - 1e-12));
                }
                previous = p;
            }
        }
    }
}

TEST_CASE("A higher per-user target never raises throughput per GPU, and is met",
          "[throughput][target]")
{
    for (const Combo &c : kCombos) {
        CAPTURE(c.accelerator, c.workload);
        const AcceleratorSpec a = accel(c.accelerator);
        const WorkloadSpec w = model(c.workload);
        double previous = offline(a, w, c.precision, c.gpus);
        for (double speed : {1.0, 5.0, 10.0, 20.0, 40.0, 80.0, 160.0, 320.0}) {
            CAPTURE(speed);
            const auto r = estimate(a, w, c.precision, c.gpus, {speed, std::nullopt});
            if (!r)
                break; // out of reach; faster targets are too
            CHECK(r->tokensPerUser >= speed * (1 - 1e-9));
            CHECK(r->tokensPerS <= previous * (1 + 1e-9));
            CHECK(r->tokensPerSPerGpu == Approx(r->tokensPerS / c.gpus));
            previous = r->tokensPerS;
        }
    }
}

TEST_CASE("A TTFT limit is met, and a tighter one never raises throughput", "[throughput][target]")
{
    const AcceleratorSpec a = accel("h200-sxm");
    const WorkloadSpec w = model("llama3.1-405b"); // long prompts: TTFT binds
    double previous = 1e300;
    for (double ttft : {10.0, 5.0, 3.0, 2.0}) {
        CAPTURE(ttft);
        const auto r = estimate(a, w, Precision::FP8, 8, {std::nullopt, ttft});
        if (!r)
            break;
        CHECK(r->ttftS <= ttft * (1 + 1e-9));
        CHECK(r->tokensPerS <= previous);
        previous = r->tokensPerS;
    }
}

TEST_CASE("A target out of reach is an error that says the fastest the hardware serves",
          "[throughput][target]")
{
    ThroughputQuery q;
    q.hardware = "dgx-h100";
    q.workload = "llama2-70b";
    q.target.tokensPerUser = 5000;
    const ThroughputEstimate e = estimateThroughput(builtinCatalog(), q);
    CHECK_FALSE(e.result);
    REQUIRE(e.messages.size() == 1);
    CHECK_THAT(e.messages[0].text,
               Catch::Contains("the service target of 5000 tokens/s per user is out of reach"));
    CHECK_THAT(e.messages[0].text, Catch::Contains("at most"));
    q.target.tokensPerUser = -1;
    CHECK_THAT(estimateThroughput(builtinCatalog(), q).messages.at(0).text,
               Catch::Contains("finite number > 0"));
}

TEST_CASE("The curve is the frontier: faster per user, fewer tokens per GPU", "[throughput][curve]")
{
    for (const Combo &c : kCombos) {
        CAPTURE(c.accelerator, c.workload);
        const AcceleratorSpec a = accel(c.accelerator);
        const WorkloadSpec w = model(c.workload);
        const Efficiency e = eff(a, c.precision);
        const auto curve = throughputCurve(
            a, w, e, c.precision, c.gpus, w.defaultInputTokens, w.defaultOutputTokens);
        REQUIRE(curve.size() >= 2);
        CHECK(curve.size() <= size_t(kCurvePoints));
        // It starts at the offline maximum ...
        CHECK(curve.front().tokensPerSPerGpu
              == Approx(offline(a, w, c.precision, c.gpus) / c.gpus));
        for (size_t i = 1; i < curve.size(); ++i) {
            CHECK(curve[i].tokensPerUser > curve[i - 1].tokensPerUser);
            CHECK(curve[i].tokensPerSPerGpu <= curve[i - 1].tokensPerSPerGpu * (1 + 1e-9));
        }
        // ... and every point is what a target at its speed gives.
        const CurvePoint &mid = curve[curve.size() / 2];
        const auto r = estimate(a, w, c.precision, c.gpus, {mid.tokensPerUser, std::nullopt});
        REQUIRE(r);
        CHECK(r->tokensPerSPerGpu == Approx(mid.tokensPerSPerGpu));
    }
}

TEST_CASE("The chosen batch fits in HBM and one more sequence would not", "[throughput][memory]")
{
    for (const Combo &c : kCombos) {
        CAPTURE(c.accelerator, c.workload);
        const AcceleratorSpec a = accel(c.accelerator);
        const WorkloadSpec w = model(c.workload);
        const auto r = estimate(a, w, c.precision, c.gpus);
        REQUIRE(r);
        const ThroughputOptions o;
        CHECK(r->batch == r->maxBatch);
        CHECK(r->batch == maxBatch(a, w, c.precision, r->layout, r->inputTokens, r->outputTokens));
        CHECK(r->weightsBytesPerGpu + r->kvBytesPerGpu <= o.usableHbmFraction * a.hbmBytes);
        const double perSequence = (r->inputTokens + r->outputTokens)
                                   * kvBytesPerToken(w, c.precision) / kvShards(w, r->layout);
        CHECK(r->weightsBytesPerGpu + (r->batch + 1) * perSequence
              > o.usableHbmFraction * a.hbmBytes);
        CHECK(r->layout.gpus * r->replicas == c.gpus);
    }
}

TEST_CASE("A workload that does not fit is an error, not a number", "[throughput][memory]")
{
    ThroughputQuery q;
    q.hardware = "h100-sxm";
    q.workload = "llama3.1-405b";
    q.gpus = 1;
    q.precision = Precision::BF16;
    const ThroughputEstimate e = estimateThroughput(builtinCatalog(), q);
    CHECK_FALSE(e.result);
    REQUIRE(e.messages.size() == 1);
    CHECK(e.messages[0].severity == Severity::Error);
    CHECK_THAT(e.messages[0].text, Catch::Contains("does not fit on 1 × h100-sxm"));
    CHECK_THAT(e.messages[0].text, Catch::Contains("80 GB of HBM"));

    // The same model in FP8 on a whole DGX H100 does fit.
    q.hardware = "dgx-h100";
    q.gpus = 0;
    q.precision = Precision::FP8;
    CHECK(estimateThroughput(builtinCatalog(), q).result);
}

TEST_CASE("Mixture of experts: FLOPs follow active parameters, bytes follow total", "[throughput]")
{
    const AcceleratorSpec a = accel("h200-sxm");
    const WorkloadSpec moe = model("mixtral-8x7b");
    WorkloadSpec dense = moe;
    dense.totalParams = moe.activeParams;
    dense.expertParams = 0;
    dense.experts = 0;
    const Efficiency e = eff(a, Precision::FP8);
    const GroupLayout one = layoutFor(moe, 1);
    // At a batch of 512 every expert is read once per step.
    const StepTime m = decodeStep(a, moe, e, Precision::FP8, one, 512, 700);
    const StepTime d = decodeStep(a, dense, e, Precision::FP8, one, 512, 700);
    CHECK(m.gemm.computeS == Approx(d.gemm.computeS));
    const double weightsGap = (moe.totalParams - moe.activeParams) / (a.hbmBytesPerS * e.memory);
    CHECK(m.gemm.memoryS - d.gemm.memoryS == Approx(weightsGap).epsilon(1e-6));
    // Spread over 8 GPUs, the step pays the all-to-all and the busiest GPU's share.
    const StepTime eight = decodeStep(a, moe, e, Precision::FP8, layoutFor(moe, 8), 512, 700);
    CHECK(eight.allToAllS > 0);
    CHECK(eight.gemm.computeS > m.gemm.computeS / 8);
}

TEST_CASE("An H200 outruns an H100 and an MI325X an MI300X: memory and bandwidth count",
          "[throughput]")
{
    // Same math on each pair; the second has more HBM and more bandwidth.
    const WorkloadSpec w = model("llama2-70b");
    const double h100 = offline(accel("h100-sxm"), w, Precision::FP8, 8);
    const double h200 = offline(accel("h200-sxm"), w, Precision::FP8, 8);
    CHECK(h200 > h100 * 1.05);
    const double mi300 = offline(accel("mi300x"), w, Precision::FP8, 8);
    const double mi325 = offline(accel("mi325x"), w, Precision::FP8, 8);
    CHECK(mi325 > mi300);
    // Attention reads the KV cache at the part's bandwidth, so a long-context model gains more.
    const WorkloadSpec longer = model("llama3.1-405b");
    CHECK(offline(accel("h200-sxm"), longer, Precision::FP8, 8)
          > offline(accel("h100-sxm"), longer, Precision::FP8, 8) * 1.05);
}

TEST_CASE("A 1,400 W Blackwell Ultra part is held to what its power allows", "[throughput][power]")
{
    const AcceleratorSpec gb200 = accel("gb200");
    const AcceleratorSpec gb300 = accel("gb300");
    REQUIRE(gb300.fp8FlopsPerWatt > 0);
    CHECK(gb300.flops(Precision::FP4) == Approx(1.5 * gb200.flops(Precision::FP4)));
    CHECK(gb200.sustainedFlops(Precision::FP4) == gb200.flops(Precision::FP4));
    CHECK(gb300.sustainedFlops(Precision::FP4) < gb300.flops(Precision::FP4));
    const double ratio
        = gb300.sustainedFlops(Precision::FP4) / gb200.sustainedFlops(Precision::FP4);
    CHECK(ratio == Approx(4.5e12 * 1400 * 2 / 10e15)); // 12,600 of the 15,000 datasheet TFLOPS
    CHECK(ratio < 1.5);
    // Hopper is far below the node's rate per watt: its datasheet holds.
    const AcceleratorSpec h100 = accel("h100-sxm");
    CHECK(h100.sustainedFlops(Precision::FP8) == h100.flops(Precision::FP8));
}

TEST_CASE("Unknown ids and unsupported precisions are refused with what would be accepted",
          "[throughput]")
{
    ThroughputQuery q;
    q.hardware = "h100";
    q.workload = "llama2-70b";
    q.gpus = 8;
    ThroughputEstimate e = estimateThroughput(builtinCatalog(), q);
    CHECK_FALSE(e.result);
    REQUIRE_FALSE(e.messages.empty());
    CHECK_THAT(e.messages[0].text, Catch::Contains("unknown accelerator or system 'h100'"));
    CHECK_THAT(e.messages[0].text, Catch::Contains("h100-sxm"));
    // The reason's kind and its numbers, for the window to word (issue 15).
    CHECK(e.messages[0].args == std::vector<std::string>{"unknown_hardware", "h100"});

    q.hardware = "h100-sxm";
    q.precision = Precision::FP4;
    e = estimateThroughput(builtinCatalog(), q);
    CHECK_FALSE(e.result);
    REQUIRE_FALSE(e.messages.empty());
    CHECK_THAT(e.messages[0].text,
               Catch::Contains("h100-sxm has no dense fp4 rate (it has bf16, fp8)"));
    CHECK(e.messages[0].args
          == std::vector<std::string>{"no_rate", "h100-sxm", "fp4", "bf16, fp8"});

    q.precision.reset();
    q.gpus = 0;
    e = estimateThroughput(builtinCatalog(), q);
    CHECK_FALSE(e.result);
    REQUIRE_FALSE(e.messages.empty());
    CHECK_THAT(e.messages[0].text, Catch::Contains("--gpus"));
    CHECK(e.messages[0].args == std::vector<std::string>{"no_gpus", "h100-sxm"});
}

TEST_CASE("Tokens per joule is tokens/s over system power; systems bring their own power",
          "[throughput]")
{
    ThroughputQuery q;
    q.hardware = "gb200-nvl72";
    q.workload = "llama2-70b";
    q.precision = Precision::FP4;
    const ThroughputEstimate e = estimateThroughput(builtinCatalog(), q);
    REQUIRE(e.result);
    CHECK(e.result->gpus == 72);
    CHECK(e.result->system == "gb200-nvl72");
    CHECK(e.result->accelerator == "gb200");
    CHECK(e.result->powerW
          == Approx(*builtinCatalog().find("gb200-nvl72")->number("power_kw") * 1000));
    CHECK(e.result->tokensPerJoule == Approx(e.result->tokensPerS / e.result->powerW));
    CHECK(e.result->tpotS == Approx(e.result->point.stepS));
    CHECK(e.result->ttftS > 0);
    CHECK(e.result->tokensPerUser
          == Approx(e.result->tokensPerS / e.result->replicas / e.result->batch));
    // The band and what it rests on come with every catalog estimate.
    CHECK(e.result->bandLow < e.result->tokensPerS);
    CHECK(e.result->bandHigh > e.result->tokensPerS);
    CHECK(e.result->calibration.calibrated);
    CHECK_THAT(e.result->calibration.round, Catch::Contains("MLPerf Inference v5.1"));
}

TEST_CASE("The curve comes with a catalog estimate when asked for", "[throughput][curve]")
{
    ThroughputQuery q;
    q.hardware = "gb200-nvl72";
    q.workload = "deepseek-r1";
    q.precision = Precision::FP4;
    ThroughputEstimate e = estimateThroughput(builtinCatalog(), q);
    REQUIRE(e.result);
    CHECK(e.result->curve.empty());
    q.curve = true;
    e = estimateThroughput(builtinCatalog(), q);
    REQUIRE(e.result);
    CHECK(e.result->curve.size() >= 8);
    CHECK(e.result->curve.front().tokensPerSPerGpu == Approx(e.result->tokensPerSPerGpu));
}

TEST_CASE("The per-layer times are what single-sequence runs leave over the roofline",
          "[throughput][overhead]")
{
    const ThroughputOptions o;
    // Dense: NVIDIA's "Low Latency Inference Chapter 1" (2024-09): on 8 × H200 (FP8, tensor
    // parallel) Medusa reaches 268 tokens/s per user on Llama 3.1 70B, 1.5 × the plain run, and
    // 108 on 405B, 1.9 ×: about 179 and 57 without it, a step of 5.6 and 17.6 ms.
    const AcceleratorSpec h200 = accel("h200-sxm");
    for (const auto &[id, perUser] :
         {std::pair{"llama3.1-70b", 268 / 1.5}, {"llama3.1-405b", 108 / 1.9}}) {
        CAPTURE(id);
        const WorkloadSpec w = model(id);
        const StepTime t = decodeStep(
            h200, w, eff(h200, Precision::FP8), Precision::FP8, layoutFor(w, 8), 1, 1000, o);
        CAPTURE(t.seconds(), t.seconds() - t.overheadS, perUser);
        CHECK(t.seconds() == Approx(1 / perUser).epsilon(0.05));
        CHECK(t.overheadS == Approx(w.layers * o.denseLayerOverheadS));
    }
    // Mixture of experts: NVIDIA/TensorRT-LLM blog1 (Pushing Latency Boundaries, 2025): 8 × B200,
    // DeepSeek-R1 FP4, one sequence of 1K in / 2K out, attention split over the 8 GPUs, no
    // speculative decoding: 111 tokens/s per user, a 9.0 ms step.
    const AcceleratorSpec a = accel("b200");
    const WorkloadSpec w = model("deepseek-r1");
    const std::vector<GroupLayout> layouts = layoutsFor(w, 8);
    REQUIRE(layouts.size() == 2);
    const GroupLayout tp = layouts[1];
    REQUIRE(tp.attentionTp == 8);
    const StepTime t = decodeStep(a, w, eff(a, Precision::FP4), Precision::FP4, tp, 1, 2048, o);
    CAPTURE(t.seconds(), t.seconds() - t.overheadS);
    CHECK(t.seconds() == Approx(1 / 111.0).epsilon(0.02));
    CHECK(t.overheadS == Approx(3 * o.denseLayerOverheadS + 58 * o.moeLayerOverheadS));
}
