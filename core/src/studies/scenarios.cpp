// SPDX-License-Identifier: MIT
#include "tf/studies/scenarios.h"

#include "tf/physics/rackthroughput.h"
#include "tf/physics/recipes.h"
#include "tf/solve/metricsref.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tf {

Scenario scenarioFromEdits(std::string name, const Design &base, const Design &edited)
{
    Scenario s;
    s.name = std::move(name);
    for (const Node &n : edited.nodes()) {
        const Node *b = base.node(n.id);
        if (!b || b->kind != n.kind)
            continue;
        for (const auto &[key, pv] : n.params) {
            const std::optional<double> before = resolveParam(*b, key, base.settings());
            if (!before || *before != pv.value)
                s.overrides.push_back({n.id, key, pv.value});
        }
        // The hardware before what runs on it, so each choice is checked against its own.
        for (const std::string &key : datacenterChoiceKeys()) {
            const auto now = n.choices.find(key);
            const auto was = b->choices.find(key);
            const std::string value = now == n.choices.end() ? std::string() : now->second;
            if (value != (was == b->choices.end() ? std::string() : was->second))
                s.choices.push_back({n.id, key, value});
        }
    }
    return s;
}

std::vector<std::string> changedNodeIds(const Scenario &scenario)
{
    std::vector<std::string> ids;
    auto add = [&](const std::string &id) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    };
    for (const ChoiceOverride &c : scenario.choices)
        add(c.nodeId);
    for (const ParamOverride &o : scenario.overrides)
        add(o.nodeId);
    return ids;
}

ScenarioComparison compareScenarios(const Design &base,
                                    const std::vector<Scenario> &scenarios,
                                    const SolveOptions &solve)
{
    ScenarioComparison c;
    const auto &infos = metricInfos();
    for (const MetricInfo &m : infos)
        c.metrics.push_back(m.key);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    SolveOptions options = studySolveOptions(solve);
    auto column = [&](std::string name, const std::string &scenario) {
        ScenarioColumn col;
        col.name = std::move(name);
        col.values.assign(infos.size(), nan);
        options.scenario = scenario;
        const SolveResult r = solveDesign(base, scenarios, options);
        col.ok = r.ok();
        for (const Message &m : r.solution.messages) {
            if (m.severity == Severity::Error)
                col.messages.push_back(m);
        }
        if (col.ok) {
            for (size_t i = 0; i < infos.size(); ++i)
                col.values[i] = metricValue(r.solution.metrics, int(i));
        }
        return col;
    };
    c.columns.push_back(column("base", {}));
    for (const Scenario &sc : scenarios)
        c.columns.push_back(column(sc.name, sc.name));
    const std::vector<double> &b = c.columns.front().values;
    for (ScenarioColumn &col : c.columns) {
        for (size_t i = 0; i < infos.size(); ++i) {
            const double d = col.values[i] - b[i];
            col.deltas.push_back(d);
            col.relative.push_back(b[i] != 0 && std::isfinite(b[i]) ? d / std::abs(b[i]) : nan);
        }
    }
    return c;
}

} // namespace tf
