// SPDX-License-Identifier: MIT
#include "reportinputs.h"

#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/numberformat.h"
#include "tf/model/design.h"
#include "tf/model/paramref.h"
#include "tf/model/scenario.h"
#include "tf/physics/rackthroughput.h"

#include <cmath>

namespace tf::Ui::Export {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// As typed, in the interface's format like every number of the report (report.cpp).
QString num(double v)
{
    return UnitFormat::localised(NumberFormat::grouped(v, 6));
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

QString choiceLabel(const std::string &key)
{
    if (key == "system")
        return Tr::tr("System");
    if (key == "accelerator")
        return Tr::tr("Accelerator");
    if (key == "workload")
        return Tr::tr("Workload");
    if (key == "precision")
        return Tr::tr("Precision");
    return fromStd(key);
}

QString choiceText(const Node *node, const std::string &key)
{
    if (node) {
        const auto it = node->choices.find(key);
        if (it != node->choices.end() && !it->second.empty())
            return fromStd(it->second);
    }
    return Tr::tr("none");
}

// The catalog entries a scenario swaps on one node: the entry, and the Base's in the source.
void appendChoiceOverrides(QList<QStringList> &rows,
                           const Design &base,
                           const Node &node,
                           const Scenario &scenario)
{
    const QString name = fromStd(node.name.empty() ? node.id : node.name);
    for (const ChoiceOverride &c : scenario.choices) {
        if (c.nodeId != node.id)
            continue;
        rows.append({name,
                     choiceLabel(c.key),
                     choiceText(&node, c.key),
                     QStringLiteral("–"),
                     Tr::tr("scenario %1 (Base: %2)")
                         .arg(fromStd(scenario.name), choiceText(base.node(node.id), c.key))});
    }
}

} // namespace

QList<QStringList> differingInputs(const Design &base, const Scenario *scenario)
{
    std::optional<Design> viewed;
    if (scenario)
        viewed = applyScenario(base, *scenario).design;
    const Design &design = viewed ? *viewed : base;
    auto overridden = [&](const std::string &nodeId, const std::string &key) {
        if (!scenario || !viewed)
            return false;
        for (const ParamOverride &o : scenario->overrides) {
            if (o.nodeId == nodeId && o.param == key)
                return true;
        }
        return false;
    };

    QList<QStringList> rows;
    const Settings defaults;
    for (const ParamSpec &spec : settingSpecs()) {
        const auto value = settingValue(design.settings(), spec.key);
        const auto reference = settingValue(defaults, spec.key);
        // An optional setting (the token price) given where the default has none counts too.
        if (value && (!reference || !same(*value, *reference)))
            rows.append({Tr::tr("Design settings"),
                         Names::paramLabelWithUnit(spec),
                         num(*value),
                         reference ? num(*reference) : QStringLiteral("–"),
                         Tr::tr("design setting")});
    }
    for (const Node &node : design.nodes()) {
        const NodeKindInfo &kind = kindInfo(node.kind);
        if (scenario && viewed)
            appendChoiceOverrides(rows, base, node, *scenario);
        for (const auto &[key, value] : node.params) {
            std::optional<double> reference;
            if (!node.choices.empty())
                reference = derivedParam(node, key, design.settings());
            if (!reference) {
                if (const ParamSpec *spec = kind.param(key))
                    reference = spec->defaultValue;
            }
            const bool scenarioSets = overridden(node.id, key);
            if (reference && same(*reference, value.value) && !scenarioSets)
                continue;
            const ParamSpec *spec = kind.param(key);
            const QString label = spec ? Names::paramLabelWithUnit(*spec) : fromStd(key);
            QString source = fromStd(value.source);
            if (value.estimate)
                source = Tr::tr("estimate: %1").arg(source);
            if (scenarioSets) {
                const auto baseValue = paramValue(base, ParamRef{node.id, key});
                source = Tr::tr("scenario %1 (Base: %2); %3")
                             .arg(fromStd(scenario->name),
                                  baseValue ? num(*baseValue) : QStringLiteral("–"),
                                  source);
            }
            rows.append({fromStd(node.name.empty() ? node.id : node.name),
                         label,
                         num(value.value),
                         reference ? num(*reference) : QStringLiteral("–"),
                         source});
        }
    }
    return rows;
}

} // namespace tf::Ui::Export
