// SPDX-License-Identifier: MIT
#include "tf/physics/rackthroughput.h"

#include "tf/model/node.h"
#include "tf/physics/catalog.h"

#include <algorithm>
#include <mutex>
#include <unordered_map>

namespace tf {

namespace {

constexpr int kMaxGpusPerRack = 72; // an accelerator's rack: one scale-up domain, NVL72 at most

std::string choice(const Node &node, std::string_view key)
{
    auto it = node.choices.find(key);
    return it == node.choices.end() ? std::string{} : it->second;
}

struct Query
{
    std::string hardware;
    bool isSystem = false;
    ThroughputQuery throughput;
};

// The query a node's choices make; empty when hardware or workload is missing.
std::optional<Query> queryFor(const Node &node)
{
    Query q;
    q.hardware = choice(node, "system");
    q.isSystem = !q.hardware.empty();
    if (!q.isSystem)
        q.hardware = choice(node, "accelerator");
    q.throughput.workload = choice(node, "workload");
    if (q.hardware.empty() || q.throughput.workload.empty())
        return std::nullopt;
    q.throughput.hardware = q.hardware;
    if (auto p = parsePrecision(choice(node, "precision")))
        q.throughput.precision = p;
    if (auto it = node.params.find("input_tokens"); it != node.params.end())
        q.throughput.inputTokens = it->second.value;
    if (auto it = node.params.find("output_tokens"); it != node.params.end())
        q.throughput.outputTokens = it->second.value;
    // The service level the tokens are sold at; unset: the offline maximum.
    if (auto it = node.params.find("tokens_per_user"); it != node.params.end())
        q.throughput.target.tokensPerUser = it->second.value;
    if (auto it = node.params.find("ttft_s"); it != node.params.end())
        q.throughput.target.ttftS = it->second.value;
    return q;
}

struct Derived
{
    std::optional<RackYield> yield;
    std::vector<Message> messages;
    bool targetOutOfReach = false; ///< the hardware serves the workload, not at the target
};

Derived derive(const Query &q, const Catalog &catalog)
{
    Derived d;
    ThroughputQuery tq = q.throughput;
    double rackPowerKw = 0;
    if (q.isSystem) {
        const CatalogEntry *system = catalog.find(q.hardware, "system");
        if (system)
            rackPowerKw = system->number("power_kw").value_or(0);
    } else if (const CatalogEntry *accel = catalog.find(q.hardware, "accelerator")) {
        const ThroughputOptions defaults;
        tq.gpus = std::min(kMaxGpusPerRack, int(accel->number("scaleup_domain_gpus").value_or(8)));
        rackPowerKw
            = tq.gpus * accel->number("tdp_w").value_or(0) * defaults.systemPowerFactor / 1000;
    }
    ThroughputEstimate e = estimateThroughput(catalog, tq);
    d.messages = std::move(e.messages);
    if (!e.result && tq.target.any()) {
        ThroughputQuery offline = tq;
        offline.target = {};
        d.targetOutOfReach = estimateThroughput(catalog, offline).result.has_value();
    }
    if (e.result) {
        RackYield y;
        y.tokensPerSPerRack = e.result->tokensPerS;
        y.rackPowerKw = rackPowerKw;
        y.gpusPerRack = e.result->gpus;
        y.detail = std::move(*e.result);
        d.yield = std::move(y);
    }
    return d;
}

// Solves call this for every datacenter on every edit; the roofline runs once per distinct query.
const Derived &cachedDerive(const Query &q, const Settings &settings)
{
    static std::mutex mutex;
    static std::unordered_map<std::string, Derived> cache;
    // Every input of the roofline joins the key, the service target included.
    std::string key = (settings.catalog ? settings.catalog->key : std::string()) + '\x1f'
                      + q.hardware + '\x1f' + q.throughput.workload + '\x1f'
                      + (q.throughput.precision ? precisionName(*q.throughput.precision) : "");
    // The numbers as their exact bytes: cheaper than text, and no two values share a key. Each
    // after whether it is set: an unset target is not a target of -1 (which the gate refuses,
    // after asking the roofline here).
    for (const std::optional<double> &v : {q.throughput.inputTokens,
                                           q.throughput.outputTokens,
                                           q.throughput.target.tokensPerUser,
                                           q.throughput.target.ttftS}) {
        const double d = v.value_or(0);
        key.push_back(v ? '\1' : '\0');
        key.append(reinterpret_cast<const char *>(&d), sizeof d);
    }
    std::lock_guard lock(mutex);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.emplace(std::move(key), derive(q, catalogOf(settings)))
                 .first; // entries are never erased: references stay valid
    return it->second;
}

Message choiceError(MessageCode code,
                    const std::string &key,
                    const std::string &text,
                    const Node &node,
                    std::vector<std::string> args)
{
    Message m = Message::error(code, text, {node.id}).withArgs(std::move(args));
    m.path = "choices." + key;
    return m;
}

} // namespace

const std::vector<std::string> &datacenterChoiceKeys()
{
    static const std::vector<std::string> keys = {"system", "accelerator", "workload", "precision"};
    return keys;
}

const Catalog &catalogOf(const Settings &settings)
{
    return settings.catalog ? settings.catalog->catalog : builtinCatalog();
}

std::optional<RackYield> rackYield(const Node &node, const Settings &settings)
{
    if (node.kind != NodeKind::Datacenter)
        return std::nullopt;
    const auto q = queryFor(node);
    if (!q)
        return std::nullopt;
    return cachedDerive(*q, settings).yield;
}

std::optional<double> derivedParam(const Node &node, std::string_view key, const Settings &settings)
{
    if (key != "tokens_per_s_per_rack" && key != "rack_power_kw")
        return std::nullopt;
    const auto y = rackYield(node, settings);
    if (!y)
        return std::nullopt;
    return key == "rack_power_kw" ? y->rackPowerKw : y->tokensPerSPerRack;
}

std::vector<Message> checkChoices(const Node &node, const Settings &settings)
{
    std::vector<Message> out;
    if (node.choices.empty())
        return out;
    if (node.kind != NodeKind::Datacenter) {
        Message m = Message::error(
                        MessageCode::UnknownField, "only datacenter nodes have choices", {node.id})
                        .withArgs({"choices", kindInfo(node.kind).id, ""});
        m.path = "choices";
        out.push_back(std::move(m));
        return out;
    }
    const Catalog &catalog = catalogOf(settings);
    const auto &keys = datacenterChoiceKeys();
    for (const auto &[key, value] : node.choices) {
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
            out.push_back(
                choiceError(MessageCode::UnknownField,
                            key,
                            "unknown choice '" + key
                                + "' for a datacenter node (known: system, "
                                  "accelerator, workload, precision)",
                            node,
                            {key, "datacenter", "system, accelerator, workload, precision"}));
        } else if (key == "precision") {
            if (!parsePrecision(value))
                out.push_back(choiceError(MessageCode::InvalidValue,
                                          key,
                                          key + ": must be bf16, fp8 or fp4, got '" + value + "'",
                                          node,
                                          {key, value}));
        } else {
            const std::string kind = key == "workload" ? "workload" : key;
            if (!catalog.find(value, kind))
                out.push_back(choiceError(MessageCode::UnknownReference,
                                          key,
                                          "unknown " + kind + " '" + value
                                              + "' (known: " + catalog.idList(kind) + ")",
                                          node,
                                          {kind, value, catalog.idList(kind)}));
        }
    }
    if (node.choices.count("system") && node.choices.count("accelerator"))
        out.push_back(choiceError(MessageCode::Conflicting,
                                  "accelerator",
                                  "accelerator: choose a system or an accelerator, not both",
                                  node,
                                  {"accelerator", "system"}));
    if (!out.empty())
        return out;
    if (const auto q = queryFor(node)) {
        const Derived &d = cachedDerive(*q, settings);
        for (const Message &m : d.messages) {
            // The field first, then the roofline's reason as its kind and numbers.
            auto withField = [&m](const std::string &field) {
                std::vector<std::string> args{field};
                args.insert(args.end(), m.args.begin(), m.args.end());
                return args;
            };
            if (d.targetOutOfReach) {
                // The parameters ask for more than the hardware gives: point at them.
                const std::string key
                    = q->throughput.target.tokensPerUser ? "tokens_per_user" : "ttft_s";
                Message p = Message::error(MessageCode::DoesNotFit, key + ": " + m.text, {node.id})
                                .withArgs(withField(key));
                p.path = "params." + key;
                out.push_back(std::move(p));
            } else {
                out.push_back(choiceError(MessageCode::DoesNotFit,
                                          "workload",
                                          "workload: " + m.text,
                                          node,
                                          withField("workload")));
            }
        }
    }
    return out;
}

} // namespace tf
