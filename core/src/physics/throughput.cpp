// SPDX-License-Identifier: MIT
// Catalog entries to roofline specs; the replica size and batch that give the most tokens/s at a
// service target; the throughput-vs-interactivity frontier.
#include "tf/physics/throughput.h"

#include "tf/io/numberformat.h"
#include "tf/model/nodekind.h"
#include "tf/physics/calibration.h"

#include <algorithm>
#include <cmath>

namespace tf {

namespace {

constexpr double kGiga = 1e9;
constexpr double kTera = 1e12;

// The roofline's reason: its English text for the CLI, and its kind and numbers as args
// (ThroughputEstimate::messages) for an interface to word.
Message error(MessageCode code, std::string text, std::vector<std::string> args)
{
    return Message::error(code, std::move(text)).withArgs(std::move(args));
}

std::string gb(double bytes)
{
    return NumberFormat::plain(bytes / kGiga, 4) + " GB";
}

// Replica sizes worth trying. Dense models split heads by tensor parallelism: powers of two.
// MoE models spread experts: any divisor of the GPUs up to the scale-up domain (72 on NVL72),
// no more GPUs than experts.
std::vector<int> replicaSizes(const AcceleratorSpec &a, const WorkloadSpec &w, int gpus)
{
    std::vector<int> out;
    const int most = std::min(gpus, std::max(1, a.scaleupDomain));
    if (w.moe()) {
        for (int g = 1; g <= std::min(most, w.experts); ++g) {
            if (gpus % g == 0)
                out.push_back(g);
        }
    } else {
        for (int g = 1; g <= most; g *= 2) {
            if (gpus % g == 0 && (w.attentionHeads <= 0 || w.attentionHeads % g == 0))
                out.push_back(g);
        }
    }
    if (out.empty())
        out.push_back(1);
    return out;
}

bool meets(const GroupPoint &g, const ServiceTarget &t)
{
    // A relative slack of 1e-9 keeps a target set to a speed the model itself printed reachable.
    if (t.tokensPerUser && g.tokensPerUser < *t.tokensPerUser * (1 - 1e-9))
        return false;
    if (t.ttftS && g.ttftS > *t.ttftS * (1 + 1e-9))
        return false;
    return true;
}

// One replica size that holds the model: its layout, the most HBM holds, and the prefill of one
// prompt (constant over the batch).
struct Candidate
{
    GroupLayout layout;
    int bMax = 0;
    double onePromptPrefillS = 0;
};

std::vector<Candidate> candidates(const AcceleratorSpec &a,
                                  const WorkloadSpec &w,
                                  const Efficiency &e,
                                  Precision p,
                                  int gpus,
                                  double in,
                                  double out,
                                  const ThroughputOptions &o)
{
    std::vector<Candidate> list;
    for (int g : replicaSizes(a, w, gpus)) {
        for (const GroupLayout &l : layoutsFor(w, g)) {
            Candidate c;
            c.layout = l;
            c.bMax = maxBatch(a, w, p, c.layout, in, out, o);
            if (c.bMax < 1)
                continue;
            c.onePromptPrefillS = prefillPass(a, w, e, p, c.layout, 1, in, o).seconds();
            list.push_back(c);
        }
    }
    return list;
}

struct Search
{
    const AcceleratorSpec &a;
    const WorkloadSpec &w;
    const Efficiency &e;
    Precision p;
    int gpus;
    double in;
    double out;
    const ThroughputOptions &o;

    GroupPoint at(const Candidate &c, int batch) const
    {
        return evaluateGroup(a, w, e, p, c.layout, batch, in, out, c.onePromptPrefillS, o);
    }

    // The largest batch up to `cap` that meets the target, `top` being the point at `cap`:
    // per-user speed falls and TTFT grows with the batch (docs/throughput-model.md), so the
    // feasible batches are 1..B* and bisection finds B*.
    std::optional<GroupPoint>
    best(const Candidate &c, int cap, GroupPoint top, const ServiceTarget &t) const
    {
        if (meets(top, t))
            return top;
        GroupPoint low = at(c, 1);
        if (!meets(low, t))
            return std::nullopt;
        int lo = 1, hi = cap; // lo meets, hi does not
        while (hi - lo > 1) {
            const int mid = lo + (hi - lo) / 2;
            GroupPoint g = at(c, mid);
            if (meets(g, t)) {
                lo = mid;
                low = std::move(g);
            } else {
                hi = mid;
            }
        }
        return low;
    }
};

struct Choice
{
    GroupPoint point;
    int maxBatch = 0;
    double tokensPerS = 0; ///< all replicas
    size_t candidate = 0;  ///< index in the candidate list
};

// The best replica size for the target. `caps`, when given, bounds each candidate's batch and
// is lowered to what it found: a faster target never allows a larger batch (the curve's walk).
std::optional<Choice> choose(const Search &s,
                             const std::vector<Candidate> &list,
                             const ServiceTarget &t,
                             std::vector<int> *caps = nullptr,
                             size_t first = 0)
{
    std::optional<Choice> best;
    // The likely winner first (the curve's previous one), so the rest are mostly pruned.
    for (size_t k = 0; k < list.size(); ++k) {
        const size_t i = k == 0 ? first % list.size() : (k <= first ? k - 1 : k);
        const Candidate &c = list[i];
        const int cap = caps ? (*caps)[i] : c.bMax;
        if (cap < 1)
            continue;
        GroupPoint top = s.at(c, cap);
        const double replicas = s.gpus / c.layout.gpus;
        // Throughput grows with the batch, so the cap's is the most this size can give.
        if (best && top.tokensPerS * replicas <= best->tokensPerS)
            continue;
        auto point = s.best(c, cap, std::move(top), t);
        if (caps)
            (*caps)[i] = point ? point->batch : 0;
        if (!point)
            continue;
        const double total = point->tokensPerS * replicas;
        if (best && total <= best->tokensPerS)
            continue;
        best = Choice{std::move(*point), c.bMax, total, i};
    }
    return best;
}

Message doesNotFit(const AcceleratorSpec &a,
                   const WorkloadSpec &w,
                   Precision p,
                   int gpus,
                   double in,
                   double out,
                   const ThroughputOptions &o)
{
    const double weights = w.totalParams * weightBytes(p);
    const double sequence = kvTokensPerSequence(w, in, out) * kvBytesPerToken(w, p);
    const double usable = o.usableHbmFraction * a.hbmBytes;
    const int gpusNeeded = int(std::ceil((weights + sequence) / usable));
    std::string text = w.id + " in " + precisionName(p) + " does not fit on " + std::to_string(gpus)
                       + " × " + a.id + ": its weights take " + gb(weights)
                       + " and one sequence's KV cache " + gb(sequence) + ", but a GPU has "
                       + gb(a.hbmBytes) + " of HBM (" + gb(usable) + " usable)";
    if (gpusNeeded <= a.scaleupDomain)
        text += "; it needs a group of at least " + std::to_string(gpusNeeded) + " GPUs";
    else
        text += "; it needs " + std::to_string(gpusNeeded)
                + " GPUs, more than one scale-up domain of " + std::to_string(a.scaleupDomain);
    return error(MessageCode::InvalidValue,
                 std::move(text),
                 {"memory",
                  w.id,
                  precisionName(p),
                  std::to_string(gpus),
                  a.id,
                  argNumber(weights),
                  argNumber(sequence),
                  argNumber(a.hbmBytes),
                  argNumber(usable),
                  std::to_string(gpusNeeded),
                  std::to_string(a.scaleupDomain)});
}

Message outOfReach(const AcceleratorSpec &a,
                   const WorkloadSpec &w,
                   const ServiceTarget &t,
                   const GroupPoint &fastest)
{
    std::string text = "the service target";
    if (t.tokensPerUser)
        text += " of " + NumberFormat::plain(*t.tokensPerUser, 4) + " tokens/s per user";
    if (t.tokensPerUser && t.ttftS)
        text += " and";
    if (t.ttftS)
        text += " a time to first token of " + NumberFormat::plain(*t.ttftS, 4) + " s";
    text += " is out of reach: " + a.id + " serves " + w.id + " at most "
            + NumberFormat::plain(fastest.tokensPerUser, 4)
            + " tokens/s per user, with a first token after "
            + (fastest.ttftS < 1 ? NumberFormat::plain(fastest.ttftS * 1e3, 3) + " ms"
                                 : NumberFormat::plain(fastest.ttftS, 3) + " s")
            + " (one sequence on " + std::to_string(fastest.layout.gpus) + " GPU"
            + (fastest.layout.gpus == 1 ? "" : "s") + ")";
    return error(MessageCode::InvalidValue,
                 std::move(text),
                 {"target",
                  t.tokensPerUser ? argNumber(*t.tokensPerUser) : std::string(),
                  t.ttftS ? argNumber(*t.ttftS) : std::string(),
                  a.id,
                  w.id,
                  argNumber(fastest.tokensPerUser),
                  argNumber(fastest.ttftS),
                  std::to_string(fastest.layout.gpus)});
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

std::optional<AcceleratorSpec> acceleratorSpec(const CatalogEntry &e, const Catalog *catalog)
{
    if (e.kind != "accelerator")
        return std::nullopt;
    AcceleratorSpec a;
    a.id = e.id;
    a.family = std::string(e.textField("family"));
    a.process = std::string(e.textField("process"));
    for (Precision p : {Precision::BF16, Precision::FP8, Precision::FP4})
        a.denseFlops[int(p)]
            = e.number(std::string(precisionName(p)) + "_dense_tflops").value_or(0) * kTera;
    a.hbmBytes = e.number("hbm_capacity_gb").value_or(0) * kGiga;
    a.hbmBytesPerS = e.number("hbm_bandwidth_tbs").value_or(0) * kTera;
    a.tdpW = e.number("tdp_w").value_or(0);
    a.scaleupBytesPerS = e.number("scaleup_bandwidth_gbs").value_or(0) * kGiga;
    a.scaleupDomain = std::max(1, int(e.number("scaleup_domain_gpus").value_or(1)));
    if (catalog && !a.process.empty()) {
        if (const CatalogEntry *node = catalog->find(a.process, "foundry"))
            a.fp8FlopsPerWatt = node->number("fp8_tflops_per_w").value_or(0) * kTera;
    }
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
    w.kvHeads = int(e.number("kv_heads").value_or(0));
    w.headDim = int(e.number("head_dim").value_or(0));
    w.hiddenSize = int(e.number("hidden_size").value_or(0));
    w.kvElementsPerTokenPerLayer
        = e.number("kv_elements_per_token_per_layer").value_or(2.0 * w.kvHeads * w.headDim);
    w.experts = int(e.number("experts").value_or(0));
    w.expertsPerToken = int(e.number("experts_per_token").value_or(0));
    w.moeLayers = int(e.number("moe_layers").value_or(0));
    w.expertParams = e.number("expert_params_b").value_or(0) * kGiga;
    w.latentRank = int(e.number("kv_lora_rank").value_or(0));
    w.ropeHeadDim = int(e.number("qk_rope_head_dim").value_or(0));
    w.defaultInputTokens = e.number("default_input_tokens").value_or(0);
    w.defaultOutputTokens = e.number("default_output_tokens").value_or(0);
    w.outputTokensCv = e.number("output_tokens_cv").value_or(0);
    w.fp4Bf16Params = e.number("fp4_bf16_params_b").value_or(0) * kGiga;
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

ThroughputEstimate estimateThroughput(const AcceleratorSpec &a,
                                      const WorkloadSpec &w,
                                      const Efficiency &e,
                                      Precision p,
                                      int gpus,
                                      double inputTokens,
                                      double outputTokens,
                                      double powerW,
                                      const ServiceTarget &target,
                                      const ThroughputOptions &o)
{
    ThroughputEstimate out;
    if (gpus < 1) {
        out.messages.push_back(
            error(MessageCode::InvalidValue, "the number of GPUs must be at least 1", {"gpus"}));
        return out;
    }
    if (!(inputTokens >= 1) || !(outputTokens >= 1) || !std::isfinite(inputTokens)
        || !std::isfinite(outputTokens)) {
        out.messages.push_back(error(
            MessageCode::InvalidValue, "input and output tokens must be at least 1", {"tokens"}));
        return out;
    }
    if ((target.tokensPerUser
         && !(*target.tokensPerUser > 0 && std::isfinite(*target.tokensPerUser)))
        || (target.ttftS && !(*target.ttftS > 0 && std::isfinite(*target.ttftS)))) {
        out.messages.push_back(error(MessageCode::InvalidValue,
                                     "a service target must be a finite number > 0",
                                     {"target_value"}));
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
                  a.id + " has no dense " + precisionName(p) + " rate (it has " + has + ")",
                  {"no_rate", a.id, precisionName(p), has}));
        return out;
    }
    const Search search{a, w, e, p, gpus, inputTokens, outputTokens, o};
    const std::vector<Candidate> list = candidates(a, w, e, p, gpus, inputTokens, outputTokens, o);
    const auto best = choose(search, list, target);
    if (!best) {
        if (list.empty()) {
            out.messages.push_back(doesNotFit(a, w, p, gpus, inputTokens, outputTokens, o));
        } else {
            GroupPoint fastest = search.at(list.front(), 1);
            for (const Candidate &c : list) {
                GroupPoint one = search.at(c, 1);
                if (one.tokensPerUser > fastest.tokensPerUser)
                    fastest = std::move(one);
            }
            out.messages.push_back(outOfReach(a, w, target, fastest));
        }
        return out;
    }
    const GroupPoint &g = best->point;
    ThroughputResult r;
    r.accelerator = a.id;
    r.workload = w.id;
    r.precision = p;
    r.gpus = gpus;
    r.inputTokens = inputTokens;
    r.outputTokens = outputTokens;
    r.layout = g.layout;
    r.tensorParallel = g.layout.attentionTp;
    r.replicas = gpus / g.layout.gpus;
    r.batch = g.batch;
    r.maxBatch = best->maxBatch;
    r.tokensPerS = best->tokensPerS;
    r.tokensPerSPerGpu = r.tokensPerS / gpus;
    r.tokensPerUser = g.tokensPerUser;
    r.ttftS = g.ttftS;
    r.tpotS = g.stepS;
    r.powerW = powerW;
    r.tokensPerJoule = powerW > 0 ? r.tokensPerS / powerW : 0;
    r.memoryBound = g.memoryBound;
    r.weightsBytesPerGpu = weightsBytesPerGpu(w, p, g.layout);
    r.kvBytesPerGpu = g.batch * kvTokensPerSequence(w, inputTokens, outputTokens)
                      * kvBytesPerToken(w, p) / kvShards(w, g.layout);
    r.hbmBytesPerGpu = a.hbmBytes;
    r.efficiency = e;
    r.target = target;
    r.point = g;
    out.result = std::move(r);
    return out;
}

std::vector<CurvePoint> throughputCurve(const AcceleratorSpec &a,
                                        const WorkloadSpec &w,
                                        const Efficiency &e,
                                        Precision p,
                                        int gpus,
                                        double in,
                                        double out,
                                        const ServiceTarget &target,
                                        int points,
                                        const ThroughputOptions &o)
{
    std::vector<CurvePoint> curve;
    if (gpus < 1 || points < 1 || !(in >= 1) || !(out >= 1) || a.flops(p) <= 0)
        return curve;
    // The span: from the per-user speed of the offline maximum to the fastest single sequence.
    ServiceTarget ttftOnly;
    ttftOnly.ttftS = target.ttftS;
    const Search search{a, w, e, p, gpus, in, out, o};
    const std::vector<Candidate> list = candidates(a, w, e, p, gpus, in, out, o);
    std::vector<int> caps;
    for (const Candidate &c : list)
        caps.push_back(c.bMax);
    const auto slowest = choose(search, list, ttftOnly, &caps);
    if (!slowest)
        return curve;
    double top = 0;
    for (const Candidate &c : list)
        top = std::max(top, search.at(c, 1).tokensPerUser);
    const double bottom = slowest->point.tokensPerUser;
    if (!(top > 0) || !(bottom > 0))
        return curve;
    curve.reserve(size_t(points));
    size_t winner = slowest->candidate;
    for (int i = 0; i < points; ++i) {
        ServiceTarget t = ttftOnly;
        const double f = points == 1 ? 0 : double(i) / (points - 1);
        t.tokensPerUser = bottom * std::pow(top / bottom, f);
        const auto c = i == 0 ? slowest : choose(search, list, t, &caps, winner);
        if (!c)
            continue;
        winner = c->candidate;
        CurvePoint pt{c->point.batch,
                      c->point.layout.gpus,
                      c->point.tokensPerUser,
                      c->tokensPerS / gpus,
                      c->point.ttftS};
        if (!curve.empty() && curve.back().batch == pt.batch
            && curve.back().groupGpus == pt.groupGpus)
            continue; // the same configuration serves both speeds
        curve.push_back(pt);
    }
    return curve;
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
                                         + "; systems: " + catalog.idList("system") + ")",
                                     {"unknown_hardware", q.hardware}));
    }
    const CatalogEntry *model = catalog.find(q.workload, "workload");
    if (!model) {
        out.messages.push_back(
            error(MessageCode::UnknownReference,
                  "unknown model '" + q.workload + "' (known: " + catalog.idList("workload") + ")",
                  {"unknown_workload", q.workload}));
    }
    if (!accel || !model)
        return out;
    const auto a = acceleratorSpec(*accel, &catalog);
    auto w = workloadSpec(*model);
    if (w && q.outputTokensCv)
        w->outputTokensCv = std::max(0.0, *q.outputTokensCv);
    if (!a || !w) {
        out.messages.push_back(error(MessageCode::InvalidValue,
                                     "the catalog entry of '" + (a ? model->id : accel->id)
                                         + "' lacks figures the throughput model needs",
                                     {"incomplete", a ? model->id : accel->id}));
        return out;
    }
    int gpus = q.gpus;
    if (gpus <= 0 && system)
        gpus = int(system->number("gpus").value_or(0));
    if (gpus <= 0) {
        out.messages.push_back(
            error(MessageCode::InvalidValue,
                  "say how many GPUs (--gpus N) for accelerator '" + accel->id + "'",
                  {"no_gpus", accel->id}));
        return out;
    }
    const Precision p
        = q.precision.value_or(a->flops(Precision::FP8) > 0 ? Precision::FP8 : Precision::BF16);
    const auto e = efficiencyFor(catalog, a->family, p);
    if (!e && a->flops(p) > 0) {
        out.messages.push_back(error(MessageCode::UnknownReference,
                                     "the catalog has no efficiency factors for the " + a->family
                                         + " family at " + precisionName(p),
                                     {"no_efficiency", a->family, precisionName(p)}));
        return out;
    }
    double powerW = gpus * a->tdpW * o.systemPowerFactor;
    if (system) {
        const double perGpu
            = system->number("power_kw").value_or(0) * 1000 / system->number("gpus").value_or(1);
        powerW = gpus * perGpu;
    }
    const double in = q.inputTokens.value_or(w->defaultInputTokens);
    const double outTokens = q.outputTokens.value_or(w->defaultOutputTokens);
    const Efficiency eff = e.value_or(Efficiency{});
    out = estimateThroughput(*a, *w, eff, p, gpus, in, outTokens, powerW, q.target, o);
    if (!out.result)
        return out;
    ThroughputResult &r = *out.result;
    if (system)
        r.system = system->id;
    r.calibration = calibrationFor(catalog, a->family, *w, o);
    r.bandLow = r.tokensPerS * (1 - r.calibration.bandFraction);
    r.bandHigh = r.tokensPerS * (1 + r.calibration.bandFraction);
    if (q.curve)
        r.curve = throughputCurve(*a, *w, eff, p, gpus, in, outTokens, q.target, kCurvePoints, o);
    return out;
}

} // namespace tf
