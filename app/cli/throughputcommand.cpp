// SPDX-License-Identifier: MIT
// `throughput`: the roofline model's tokens/s for an accelerator or system and a workload.
#include "catalogoverlay.h"
#include "commands.h"

#include "tf/io/json.h"
#include "tf/io/numberformat.h"
#include "tf/physics/throughput.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>

namespace tf::Cli {

namespace {

constexpr const char *kThroughputHelp
    = "Usage: tokenfactory-cli throughput --accelerator ID --model ID [--gpus N]\n"
      "           [--precision bf16|fp8|fp4] [--input-tokens N] [--output-tokens N]\n"
      "           [--format text|json] [--catalog FILE]\n"
      "\n"
      "Offline output tokens/s of a workload on N accelerators, from the roofline model calibrated "
      "on\n"
      "MLPerf Inference (docs/throughput-model.md): the tensor-parallel size and the batch are "
      "chosen\n"
      "for throughput within HBM capacity.\n"
      "\n"
      "  --accelerator ID   an accelerator or a system id (see: catalog list --kind "
      "accelerator|system);\n"
      "                     a system sets the GPU count and the power\n"
      "  --model ID         a workload id (see: catalog list --kind workload)\n"
      "  --gpus N           number of GPUs (default: the system's)\n"
      "  --precision P      weights and math: bf16, fp8 or fp4 (default fp8 where the part has "
      "it)\n"
      "  --input-tokens N   prompt length (default: the workload's)\n"
      "  --output-tokens N  generated tokens (default: the workload's)\n"
      "  --catalog FILE     lay the entries of FILE over the built-in catalog\n"
      "  --format json      keys: tokens_per_s, tokens_per_s_per_gpu, batch, ttft_s, tpot_s,\n"
      "                     tokens_per_joule, bound, and the rest of the working\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input (unknown id, workload does not fit), 2 usage.\n";

int usage(const std::string &error)
{
    std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", error.c_str(), kThroughputHelp);
    return Usage;
}

std::optional<double> positiveNumber(const std::string &s)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v) || v <= 0)
        return std::nullopt;
    return v;
}

JsonValue resultToJson(const ThroughputResult &r)
{
    JsonValue o = JsonValue::Object{};
    o.set("accelerator", r.accelerator);
    o.set("system", r.system.empty() ? JsonValue() : JsonValue(r.system));
    o.set("model", r.workload);
    o.set("precision", precisionName(r.precision));
    o.set("gpus", r.gpus);
    o.set("input_tokens", r.inputTokens);
    o.set("output_tokens", r.outputTokens);
    o.set("tokens_per_s", r.tokensPerS);
    o.set("tokens_per_s_per_gpu", r.tokensPerSPerGpu);
    o.set("tensor_parallel", r.tensorParallel);
    o.set("replicas", r.replicas);
    o.set("batch", r.batch);
    o.set("ttft_s", r.ttftS);
    o.set("tpot_s", r.tpotS);
    o.set("power_w", r.powerW);
    o.set("tokens_per_joule", r.tokensPerJoule);
    o.set("bound", r.memoryBound ? "memory" : "compute");
    JsonValue step = JsonValue::Object{};
    step.set("memory_s", r.point.memoryS);
    step.set("compute_s", r.point.computeS);
    step.set("communication_s", r.point.commS);
    step.set("prefill_batch_s", r.point.prefillS);
    o.set("decode_step", std::move(step));
    JsonValue hbm = JsonValue::Object{};
    hbm.set("capacity_gb", r.hbmBytesPerGpu / 1e9);
    hbm.set("weights_gb", r.weightsBytesPerGpu / 1e9);
    hbm.set("kv_cache_gb", r.kvBytesPerGpu / 1e9);
    o.set("hbm_per_gpu", std::move(hbm));
    JsonValue eff = JsonValue::Object{};
    eff.set("memory", r.efficiency.memory);
    eff.set("compute", r.efficiency.compute);
    o.set("efficiency", std::move(eff));
    return o;
}

std::string ms(double seconds)
{
    return NumberFormat::plain(seconds * 1e3, 3) + " ms";
}

void printText(const ThroughputResult &r)
{
    using NumberFormat::plain;
    std::printf("%s on %d × %s%s, %s, %s input + %s output tokens\n",
                r.workload.c_str(),
                r.gpus,
                r.accelerator.c_str(),
                r.system.empty() ? "" : (" (" + r.system + ")").c_str(),
                precisionName(r.precision),
                plain(r.inputTokens).c_str(),
                plain(r.outputTokens).c_str());
    std::printf("  %-22s %s (%s per GPU)\n",
                "tokens/s (offline)",
                plain(std::round(r.tokensPerS), 12).c_str(),
                plain(std::round(r.tokensPerSPerGpu), 12).c_str());
    std::printf("  %-22s %d × tensor parallel %d, batch %d each (the most HBM holds)\n",
                "replicas",
                r.replicas,
                r.tensorParallel,
                r.batch);
    std::printf("  %-22s %s (decode step: memory %s, compute %s, communication %s)\n",
                "bound",
                r.memoryBound ? "memory" : "compute",
                ms(r.point.memoryS).c_str(),
                ms(r.point.computeS).c_str(),
                ms(r.point.commS).c_str());
    std::printf(
        "  %-22s %s (one prompt, idle replica)\n", "time to first token", ms(r.ttftS).c_str());
    std::printf("  %-22s %s\n", "time per output token", ms(r.tpotS).c_str());
    std::printf("  %-22s %s kW%s\n",
                "power",
                plain(r.powerW / 1e3, 4).c_str(),
                r.system.empty() ? " (GPU TDP × 1.4 for host, network and fans)" : " (system)");
    std::printf("  %-22s %s\n", "tokens per joule", plain(r.tokensPerJoule, 4).c_str());
    std::printf("  %-22s weights %s GB + KV cache %s GB of %s GB\n",
                "HBM per GPU",
                plain(r.weightsBytesPerGpu / 1e9, 4).c_str(),
                plain(r.kvBytesPerGpu / 1e9, 4).c_str(),
                plain(r.hbmBytesPerGpu / 1e9, 4).c_str());
    std::printf("  %-22s memory %s, compute %s of peak\n",
                "efficiency",
                plain(r.efficiency.memory, 3).c_str(),
                plain(r.efficiency.compute, 3).c_str());
}

} // namespace

int runThroughput(const Args &args)
{
    ThroughputQuery q;
    std::string format = "text", overrides;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kThroughputHelp, stdout);
            return Ok;
        }
        static const char *const withValue[] = {"--accelerator",
                                                "--model",
                                                "--gpus",
                                                "--precision",
                                                "--input-tokens",
                                                "--output-tokens",
                                                "--format",
                                                "--catalog"};
        if (std::find(std::begin(withValue), std::end(withValue), a) == std::end(withValue))
            return usage(a.size() > 1 && a[0] == '-' ? "unknown option '" + a + "'"
                                                     : "unexpected argument '" + a + "'");
        if (i + 1 >= args.size())
            return usage(a + " needs a value");
        const std::string &v = args[++i];
        if (a == "--accelerator") {
            q.hardware = v;
        } else if (a == "--model") {
            q.workload = v;
        } else if (a == "--format") {
            format = v;
        } else if (a == "--catalog") {
            overrides = v;
        } else if (a == "--precision") {
            q.precision = parsePrecision(v);
            if (!q.precision)
                return usage("--precision must be bf16, fp8 or fp4, got '" + v + "'");
        } else {
            const auto n = positiveNumber(v);
            if (!n || (a == "--gpus" && *n != std::floor(*n)))
                return usage(a + " must be a " + (a == "--gpus" ? "whole " : "")
                             + "number > 0, got '" + v + "'");
            if (a == "--gpus")
                q.gpus = int(std::min(*n, 1e6));
            else
                (a == "--input-tokens" ? q.inputTokens : q.outputTokens) = *n;
        }
    }
    if (format != "text" && format != "json")
        return usage("--format must be text or json, got '" + format + "'");
    if (q.hardware.empty() || q.workload.empty())
        return usage("throughput needs --accelerator and --model");

    Catalog catalog;
    if (!catalogWithOverrides(overrides, catalog))
        return InvalidInput;
    const ThroughputEstimate e = estimateThroughput(catalog, q);
    for (const Message &m : e.messages)
        std::fprintf(stderr, "%s: %s\n", severityName(m.severity), m.text.c_str());
    if (!e.result)
        return InvalidInput;
    if (format == "json")
        std::fputs(writeJson(resultToJson(*e.result)).c_str(), stdout);
    else
        printText(*e.result);
    return Ok;
}

} // namespace tf::Cli
