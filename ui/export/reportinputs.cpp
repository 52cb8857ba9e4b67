// SPDX-License-Identifier: MIT
#include "reportinputs.h"

#include "../nametext.h"
#include "../tr.h"

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

QString num(double v)
{
    return fromStd(NumberFormat::grouped(v, 6));
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
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
