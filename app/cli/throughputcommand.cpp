// SPDX-License-Identifier: MIT
// `throughput`: the roofline model's tokens/s for an accelerator or system and a workload, at
// the offline maximum or at a service target, with its band and the frontier.
#include "catalogoverlay.h"
#include "commands.h"

#include "tf/io/json.h"
#include "tf/io/numberformat.h"
#include "tf/physics/calibration.h"
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
      "           [--tokens-per-user X] [--ttft-s T] [--curve]\n"
      "           [--format text|json] [--catalog FILE]\n"
      "       tokenfactory-cli throughput --validation [--format text|json] [--catalog FILE]\n"
      "\n"
      "Output tokens/s of a workload on N accelerators from the per-operator roofline model\n"
      "calibrated on MLPerf Inference (docs/throughput-model.md). The replica size and the batch\n"
      "are chosen for throughput within HBM capacity and the service target.\n"
      "\n"
      "  --accelerator ID    an accelerator or a system id (see: catalog list --kind "
      "accelerator|system);\n"
      "                      a system sets the GPU count and the power\n"
      "  --model ID          a workload id (see: catalog list --kind workload)\n"
      "  --gpus N            number of GPUs (default: the system's)\n"
      "  --precision P       weights and math: bf16, fp8 or fp4 (default fp8 where the part has "
      "it)\n"
      "  --input-tokens N    prompt length (default: the workload's)\n"
      "  --output-tokens N   generated tokens (default: the workload's)\n"
      "  --tokens-per-user X the output tokens/s each user must see (default: none, offline)\n"
      "  --ttft-s T          the longest time to first token allowed (default: none)\n"
      "  --curve             also print the frontier: tokens/s per GPU against tokens/s per user\n"
      "  --validation        every MLPerf row in the catalog against the model: the calibration\n"
      "                      rows and the out-of-sample judges, with the median error\n"
      "  --catalog FILE      lay the entries of FILE over the built-in catalog\n"
      "  --format json       keys: tokens_per_s, tokens_per_s_per_gpu, tokens_per_user, band,\n"
      "                      calibration, batch, ttft_s, tpot_s, tokens_per_joule, bound, curve\n"
      "                      (with --curve), and the rest of the working\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input (unknown id, workload does not fit, target out of "
      "reach),\n"
      "2 usage.\n";

int usage(const std::string &error)
{
    std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", shown(error).c_str(), kThroughputHelp);
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

JsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? JsonValue(*v) : JsonValue();
}

JsonValue stepToJson(const StepTime &t)
{
    JsonValue o = JsonValue::Object{};
    o.set("gemm_s", t.gemm.seconds());
    o.set("attention_s", t.attention.seconds());
    o.set("all_reduce_s", t.allReduceS);
    o.set("all_to_all_s", t.allToAllS);
    o.set("layers_fixed_s", t.overheadS);
    return o;
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
    o.set("tokens_per_user", r.tokensPerUser);
    o.set("band", JsonValue(JsonValue::Array{JsonValue(r.bandLow), JsonValue(r.bandHigh)}));
    JsonValue cal = JsonValue::Object{};
    cal.set("family", r.calibration.family);
    cal.set("calibrated", r.calibration.calibrated);
    cal.set("workload_covered", r.calibration.workloadCovered);
    cal.set("round", r.calibration.round);
    JsonValue::Array rows;
    for (const std::string &id : r.calibration.rows)
        rows.emplace_back(id);
    cal.set("rows", JsonValue(std::move(rows)));
    cal.set("band_fraction", r.calibration.bandFraction);
    o.set("calibration", std::move(cal));
    JsonValue target = JsonValue::Object{};
    target.set("tokens_per_user", optionalNumber(r.target.tokensPerUser));
    target.set("ttft_s", optionalNumber(r.target.ttftS));
    o.set("target", std::move(target));
    o.set("tensor_parallel", r.tensorParallel);
    o.set("expert_parallel", r.layout.expertParallel);
    o.set("gpus_per_replica", r.layout.gpus);
    o.set("replicas", r.replicas);
    o.set("batch", r.batch);
    o.set("max_batch", r.maxBatch);
    o.set("ttft_s", r.ttftS);
    o.set("tpot_s", r.tpotS);
    o.set("power_w", r.powerW);
    o.set("tokens_per_joule", r.tokensPerJoule);
    o.set("bound", r.memoryBound ? "memory" : "compute");
    JsonValue step = stepToJson(r.point.decode);
    step.set("memory_s", r.point.decode.memoryS());
    step.set("compute_s", r.point.decode.computeS());
    step.set("communication_s", r.point.decode.commS());
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
    if (!r.curve.empty()) {
        JsonValue::Array curve;
        for (const CurvePoint &p : r.curve) {
            JsonValue pt = JsonValue::Object{};
            pt.set("batch", p.batch);
            pt.set("gpus_per_replica", p.groupGpus);
            pt.set("tokens_per_user", p.tokensPerUser);
            pt.set("tokens_per_s_per_gpu", p.tokensPerSPerGpu);
            pt.set("ttft_s", p.ttftS);
            curve.push_back(std::move(pt));
        }
        o.set("curve", JsonValue(std::move(curve)));
    }
    return o;
}

std::string ms(double seconds)
{
    return NumberFormat::plain(seconds * 1e3, 3) + " ms";
}

std::string whole(double v)
{
    return NumberFormat::plain(std::round(v), 12);
}

std::string layoutText(const GroupLayout &l)
{
    if (l.expertParallel > 1)
        return l.attentionTp > 1 ? "attention tensor-parallel, experts over all"
                                 : "attention data-parallel, experts over all";
    return l.gpus > 1 ? "tensor parallel" : "one GPU";
}

void printText(const ThroughputResult &r)
{
    using NumberFormat::plain;
    std::printf("%s on %d × %s%s, %s, %s input + %s output tokens\n",
                shown(r.workload).c_str(),
                r.gpus,
                shown(r.accelerator).c_str(),
                r.system.empty() ? "" : (" (" + shown(r.system) + ")").c_str(),
                precisionName(r.precision),
                plain(r.inputTokens).c_str(),
                plain(r.outputTokens).c_str());
    std::string target;
    if (r.target.tokensPerUser)
        target += " ≥ " + plain(*r.target.tokensPerUser, 4) + " tokens/s per user";
    if (r.target.ttftS)
        target += std::string(target.empty() ? " " : ", ") + "TTFT ≤ " + plain(*r.target.ttftS, 4)
                  + " s";
    std::printf("  %-22s %s (%s per GPU)\n",
                (target.empty() ? std::string("tokens/s (offline)") : "tokens/s").c_str(),
                whole(r.tokensPerS).c_str(),
                whole(r.tokensPerSPerGpu).c_str());
    if (!target.empty())
        std::printf("  %-22s%s\n", "service target", target.c_str());
    std::printf("  %-22s %s to %s (± %s%%)\n",
                "band",
                whole(r.bandLow).c_str(),
                whole(r.bandHigh).c_str(),
                plain(r.calibration.bandFraction * 100, 3).c_str());
    std::printf("  %-22s %s\n", "tokens/s per user", plain(r.tokensPerUser, 4).c_str());
    std::printf("  %-22s %d × %d GPU%s (%s), batch %d each (HBM holds %d)\n",
                "replicas",
                r.replicas,
                r.layout.gpus,
                r.layout.gpus == 1 ? "" : "s",
                layoutText(r.layout).c_str(),
                r.batch,
                r.maxBatch);
    const StepTime &d = r.point.decode;
    std::printf("  %-22s %s: GEMMs %s, attention %s, all-reduce %s, all-to-all %s, layers' fixed "
                "time %s\n",
                "decode step",
                ms(d.seconds()).c_str(),
                ms(d.gemm.seconds()).c_str(),
                ms(d.attention.seconds()).c_str(),
                ms(d.allReduceS).c_str(),
                ms(d.allToAllS).c_str(),
                ms(d.overheadS).c_str());
    std::printf("  %-22s %s (memory sides %s, compute sides %s)\n",
                "bound",
                r.memoryBound ? "memory" : "compute",
                ms(d.memoryS()).c_str(),
                ms(d.computeS()).c_str());
    std::printf("  %-22s %s (the running step, then the prompt's prefill; no queueing)\n",
                "time to first token",
                ms(r.ttftS).c_str());
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
    const CalibrationInfo &c = r.calibration;
    std::string rests = c.calibrated ? c.family + " family, " + c.round
                                     : "no " + c.family + " row: the mean of " + c.round;
    rests += " (" + std::to_string(c.rows.size()) + " row" + (c.rows.size() == 1 ? "" : "s") + ")";
    if (!c.workloadCovered)
        rests += "; no calibration row is a model of this kind";
    std::printf("  %-22s %s\n", "calibration", rests.c_str());
    if (!r.curve.empty()) {
        std::printf("\n  %-18s %-18s %-8s %-18s %s\n",
                    "tokens/s per user",
                    "tokens/s per GPU",
                    "batch",
                    "GPUs per replica",
                    "TTFT");
        for (const CurvePoint &p : r.curve)
            std::printf("  %-18s %-18s %-8d %-18d %s\n",
                        plain(p.tokensPerUser, 4).c_str(),
                        whole(p.tokensPerSPerGpu).c_str(),
                        p.batch,
                        p.groupGpus,
                        ms(p.ttftS).c_str());
    }
}

std::string percent(double fraction)
{
    char text[32];
    std::snprintf(text, sizeof text, "%+.1f%%", fraction * 100);
    return text;
}

int runValidation(const Catalog &catalog, const std::string &format)
{
    const std::vector<JudgedRow> rows = judgeMeasurements(catalog);
    if (format == "json") {
        JsonValue out = JsonValue::Object{};
        JsonValue::Array list;
        for (const JudgedRow &r : rows) {
            JsonValue o = JsonValue::Object{};
            o.set("id", r.measurement->id);
            o.set("use", std::string(r.measurement->textField("use")));
            o.set("scenario", std::string(r.measurement->textField("scenario")));
            o.set("measured", r.measured);
            o.set("predicted", r.predicted > 0 ? JsonValue(r.predicted) : JsonValue());
            o.set("error", r.predicted > 0 ? JsonValue(r.error()) : JsonValue());
            list.push_back(std::move(o));
        }
        out.set("rows", JsonValue(std::move(list)));
        out.set("calibration_median_abs_error", medianAbsoluteError(rows, "calibration"));
        out.set("check_median_abs_error", medianAbsoluteError(rows, "check"));
        std::fputs(writeJson(out).c_str(), stdout);
        return Ok;
    }
    for (const char *use : {"calibration", "check"}) {
        std::printf("%s rows\n", std::string(use) == "check" ? "Out-of-sample" : "Calibration");
        std::printf("| row | scenario | measured tok/s | predicted tok/s | error |\n"
                    "|---|---|---:|---:|---:|\n");
        for (const JudgedRow &r : rows) {
            if (r.measurement->textField("use") != use)
                continue;
            std::printf("| %s | %s | %s | %s | %s |\n",
                        r.measurement->id.c_str(),
                        std::string(r.measurement->textField("scenario")).c_str(),
                        whole(r.measured).c_str(),
                        r.predicted > 0 ? whole(r.predicted).c_str() : "none",
                        r.predicted > 0 ? percent(r.error()).c_str() : r.problem.c_str());
        }
        std::printf("median absolute error: %.1f%%\n\n", medianAbsoluteError(rows, use) * 100);
    }
    return Ok;
}

} // namespace

int runThroughput(const Args &args)
{
    ThroughputQuery q;
    std::string format = "text", overrides;
    bool validation = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kThroughputHelp, stdout);
            return Ok;
        }
        if (a == "--curve") {
            q.curve = true;
            continue;
        }
        if (a == "--validation") {
            validation = true;
            continue;
        }
        static const char *const withValue[] = {"--accelerator",
                                                "--model",
                                                "--gpus",
                                                "--precision",
                                                "--input-tokens",
                                                "--output-tokens",
                                                "--tokens-per-user",
                                                "--ttft-s",
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
            else if (a == "--tokens-per-user")
                q.target.tokensPerUser = *n;
            else if (a == "--ttft-s")
                q.target.ttftS = *n;
            else
                (a == "--input-tokens" ? q.inputTokens : q.outputTokens) = *n;
        }
    }
    if (format != "text" && format != "json")
        return usage("--format must be text or json, got '" + format + "'");
    if (!validation && (q.hardware.empty() || q.workload.empty()))
        return usage("throughput needs --accelerator and --model");

    Catalog catalog;
    if (!catalogWithOverrides(overrides, catalog))
        return InvalidInput;
    if (validation)
        return runValidation(catalog, format);
    const ThroughputEstimate e = estimateThroughput(catalog, q);
    for (const Message &m : e.messages)
        printMessage(stderr, m);
    if (!e.result)
        return InvalidInput;
    if (format == "json")
        std::fputs(writeJson(resultToJson(*e.result)).c_str(), stdout);
    else
        printText(*e.result);
    return Ok;
}

} // namespace tf::Cli
