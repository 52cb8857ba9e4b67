// SPDX-License-Identifier: MIT
#include "tf/physics/throughput.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tf;

namespace {

// The tolerance for the calibration anchors (MLPerf Inference, DOMAIN.md §6 and §9).
constexpr double kCalibrationTolerance = 0.15;

AcceleratorSpec accel(const char *id)
{
    return *acceleratorSpec(*builtinCatalog().find(id, "accelerator"));
}

WorkloadSpec model(const char *id)
{
    return *workloadSpec(*builtinCatalog().find(id, "workload"));
}

Efficiency eff(const AcceleratorSpec &a, Precision p)
{
    return *efficiencyFor(builtinCatalog(), a.family, p);
}

double offline(const AcceleratorSpec &a, const WorkloadSpec &w, Precision p, int gpus)
{
    const ThroughputEstimate e = estimateThroughput(
        a, w, eff(a, p), p, gpus, w.defaultInputTokens, w.defaultOutputTokens, 1000);
    REQUIRE(e.result);
    return e.result->tokensPerS;
}

struct Combo
{
    const char *accelerator;
    const char *workload;
    Precision precision;
    int gpus;
};

const std::vector<Combo> kCombos = {
    {"h100-sxm", "llama2-70b", Precision::FP8, 8},
    {"b200", "llama2-70b", Precision::FP4, 8},
    {"b200", "llama3.1-8b", Precision::FP4, 8},
    {"mi300x", "llama3.1-70b", Precision::BF16, 8},
    {"gb200", "llama3.1-405b", Precision::FP4, 72},
    {"h200-sxm", "mixtral-8x7b", Precision::FP8, 8},
    {"tpu-v6e", "llama3.1-8b", Precision::BF16, 4},
};

} // namespace

TEST_CASE("The roofline lands within 15% of every MLPerf calibration anchor", "[throughput]")
{
    const Catalog &c = builtinCatalog();
    int anchors = 0;
    for (const CatalogEntry *m : c.ofKind("measurement")) {
        if (m->textField("use") != "calibration")
            continue;
        ThroughputQuery q;
        q.hardware = std::string(m->textField("accelerator"));
        q.workload = std::string(m->textField("workload"));
        q.precision = parsePrecision(m->textField("precision"));
        q.gpus = int(*m->number("gpus"));
        const ThroughputEstimate e = estimateThroughput(c, q);
        REQUIRE(e.result);
        const double measured = *m->number("tokens_per_s");
        CAPTURE(m->id, e.result->tokensPerS, measured);
        CHECK(std::abs(e.result->tokensPerS / measured - 1) <= kCalibrationTolerance);
        ++anchors;
    }
    // The three anchors the issue names: 8×H100 and 8×B200 on Llama 2 70B, 8×B200 on Llama 3.1 8B.
    CHECK(anchors >= 3);
    for (const char *id : {"mlperf-v4.0-dgx-h100-llama2-70b-offline",
                           "mlperf-v5.1-dgx-b200-llama2-70b-offline",
                           "mlperf-v5.1-dgx-b200-llama3.1-8b-offline"}) {
        CAPTURE(id);
        REQUIRE(c.find(id, "measurement"));
        CHECK(c.find(id, "measurement")->textField("use") == "calibration");
    }
}

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

TEST_CASE("More bandwidth never lowers decode throughput", "[throughput][monotone]")
{
    for (const Combo &c : kCombos) {
        CAPTURE(c.accelerator, c.workload);
        AcceleratorSpec a = accel(c.accelerator);
        const WorkloadSpec w = model(c.workload);
        const Efficiency e = eff(a, c.precision);
        double previous = 0, previousStep = 1e300;
        for (double scale : {0.5, 1.0, 1.5, 2.0, 4.0}) {
            AcceleratorSpec faster = a;
            faster.hbmBytesPerS = a.hbmBytesPerS * scale;
            const double t = offline(faster, w, c.precision, c.gpus);
            CHECK(t >= previous * (1 - 1e-12));
            previous = t;
            // At a fixed batch the decode step never gets longer either.
            const GroupPoint g = evaluateGroup(
                faster, w, e, c.precision, 8, 16, w.defaultInputTokens, w.defaultOutputTokens);
            CHECK(g.stepS <= previousStep);
            previousStep = g.stepS;
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
            const ThroughputEstimate e = estimateThroughput(a,
                                                            bigger,
                                                            eff(a, c.precision),
                                                            c.precision,
                                                            c.gpus,
                                                            w.defaultInputTokens,
                                                            w.defaultOutputTokens,
                                                            1000);
            if (!e.result)
                break; // too big to fit: no number at all, which is not higher
            CHECK(e.result->tokensPerS <= previous * (1 + 1e-12));
            previous = e.result->tokensPerS;
        }
    }
}

TEST_CASE("A larger batch never lowers throughput up to the memory limit", "[throughput][monotone]")
{
    for (const Combo &c : kCombos) {
        const AcceleratorSpec a = accel(c.accelerator);
        const WorkloadSpec w = model(c.workload);
        const Efficiency e = eff(a, c.precision);
        for (int tp : {1, 2, 8}) {
            CAPTURE(c.accelerator, c.workload, tp);
            const int bMax
                = maxBatch(a, w, c.precision, tp, w.defaultInputTokens, w.defaultOutputTokens);
            double previous = 0;
            for (int b = 1; b <= bMax; b = b < 64 ? b + 1 : b + b / 8) {
                const double t
                    = evaluateGroup(
                          a, w, e, c.precision, tp, b, w.defaultInputTokens, w.defaultOutputTokens)
                          .tokensPerS;
                CHECK(t >= previous * (1 - 1e-12));
                previous = t;
            }
        }
    }
}

TEST_CASE("The chosen batch fits in HBM and one more sequence would not", "[throughput][memory]")
{
    for (const Combo &c : kCombos) {
        CAPTURE(c.accelerator, c.workload);
        const AcceleratorSpec a = accel(c.accelerator);
        const WorkloadSpec w = model(c.workload);
        const ThroughputEstimate e = estimateThroughput(a,
                                                        w,
                                                        eff(a, c.precision),
                                                        c.precision,
                                                        c.gpus,
                                                        w.defaultInputTokens,
                                                        w.defaultOutputTokens,
                                                        1000);
        REQUIRE(e.result);
        const ThroughputResult &r = *e.result;
        const ThroughputOptions o;
        CHECK(r.batch
              == maxBatch(a, w, c.precision, r.tensorParallel, r.inputTokens, r.outputTokens));
        CHECK(r.weightsBytesPerGpu + r.kvBytesPerGpu <= o.usableHbmFraction * a.hbmBytes);
        const double perSequence
            = (r.inputTokens + r.outputTokens) * kvBytesPerToken(w, c.precision) / r.tensorParallel;
        CHECK(r.weightsBytesPerGpu + (r.batch + 1) * perSequence
              > o.usableHbmFraction * a.hbmBytes);
        CHECK(r.tensorParallel * r.replicas == c.gpus);
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
    const Efficiency e = eff(a, Precision::FP8);
    const GroupPoint gm = evaluateGroup(a, moe, e, Precision::FP8, 1, 32, 600, 200);
    const GroupPoint gd = evaluateGroup(a, dense, e, Precision::FP8, 1, 32, 600, 200);
    CHECK(gm.computeS == Approx(gd.computeS));
    CHECK(gm.memoryS > gd.memoryS);
    const double weightsGap
        = (moe.totalParams - moe.activeParams) * 1 / (a.hbmBytesPerS * e.memory);
    CHECK(gm.memoryS - gd.memoryS == Approx(weightsGap));
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

    q.hardware = "h100-sxm";
    q.precision = Precision::FP4;
    e = estimateThroughput(builtinCatalog(), q);
    CHECK_FALSE(e.result);
    REQUIRE_FALSE(e.messages.empty());
    CHECK_THAT(e.messages[0].text,
               Catch::Contains("h100-sxm has no dense fp4 rate (it has bf16, fp8)"));

    q.precision.reset();
    q.gpus = 0;
    e = estimateThroughput(builtinCatalog(), q);
    CHECK_FALSE(e.result);
    REQUIRE_FALSE(e.messages.empty());
    CHECK_THAT(e.messages[0].text, Catch::Contains("--gpus"));
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
    CHECK(e.result->ttftS < e.result->point.prefillS + 1e-12);
}
