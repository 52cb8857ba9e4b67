// SPDX-License-Identifier: MIT
#include "whatifnames.h"

#include "../messagetext.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/numberformat.h"
#include "tf/solve/metricsref.h"

#include <QComboBox>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tf::Ui::WhatIf {

QString metricLabel(const std::string &key)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"tokens_per_s", QT_TRANSLATE_NOOP("Ui", "Tokens/s")},
        {"demand_tokens_per_s", QT_TRANSLATE_NOOP("Ui", "Demand tokens/s")},
        {"max_tokens_per_s", QT_TRANSLATE_NOOP("Ui", "Max tokens/s")},
        {"tokens_per_year", QT_TRANSLATE_NOOP("Ui", "Tokens/year")},
        {"power_it_mw", QT_TRANSLATE_NOOP("Ui", "IT power")},
        {"power_facility_mw", QT_TRANSLATE_NOOP("Ui", "Facility power")},
        {"energy_mwh_per_year", QT_TRANSLATE_NOOP("Ui", "Energy/year")},
        {"capex_usd", QT_TRANSLATE_NOOP("Ui", "Capex")},
        {"capital_charge_usd_per_year", QT_TRANSLATE_NOOP("Ui", "Capital charge/year")},
        {"opex_usd_per_year", QT_TRANSLATE_NOOP("Ui", "Opex/year")},
        {"tco_usd_per_year", QT_TRANSLATE_NOOP("Ui", "TCO/year")},
        {"usd_per_million_tokens", QT_TRANSLATE_NOOP("Ui", "Cost per million tokens")},
        {"tokens_per_joule", QT_TRANSLATE_NOOP("Ui", "Tokens per joule")},
        {"tokens_per_usd", QT_TRANSLATE_NOOP("Ui", "Tokens per USD")},
        {"usd_per_gpu_hour", QT_TRANSLATE_NOOP("Ui", "Cost per GPU-hour")},
        {"tokens_per_provisioned_mw", QT_TRANSLATE_NOOP("Ui", "Tokens/year per provisioned MW")},
        {"npv_usd", QT_TRANSLATE_NOOP("Ui", "NPV at the token price")},
        {"payback_years", QT_TRANSLATE_NOOP("Ui", "Payback")},
    };
    for (const auto &l : labels) {
        if (key == l.key)
            return QCoreApplication::translate("Ui", l.label);
    }
    return QString::fromStdString(key);
}

QString metricUnit(const std::string &key)
{
    const int i = findMetric(key);
    return i < 0 ? QString() : QString::fromUtf8(metricInfos()[size_t(i)].unit);
}

namespace {

/// True when a figure's name is its unit ("Tokens/s" in tokens/s): judged on the English name,
/// which a translation ("Token/s") need not spell like the unit.
bool nameSaysUnit(const std::string &key)
{
    const int i = findMetric(key);
    if (i < 0)
        return true;
    const MetricInfo &m = metricInfos()[size_t(i)];
    return QString::fromUtf8(m.label).contains(QString::fromUtf8(m.unit), Qt::CaseInsensitive);
}

} // namespace

QString metricLabelWithUnit(const std::string &key)
{
    const QString label = metricLabel(key);
    const QString unit = metricUnit(key);
    if (unit.isEmpty() || nameSaysUnit(key))
        return label;
    return QStringLiteral("%1 (%2)").arg(label, unit);
}

QString metricAxisTitle(const std::string &key, const QString &scaleWord)
{
    const QString label = metricLabel(key);
    const QString unit = metricUnit(key);
    const bool saysUnit = unit.isEmpty() || nameSaysUnit(key);
    if (scaleWord.isEmpty())
        return metricLabelWithUnit(key);
    if (saysUnit)
        return QStringLiteral("%1 (%2)").arg(label, scaleWord);
    return QStringLiteral("%1 (%2, %3)").arg(label, unit, scaleWord);
}

int metricGoodDirection(const std::string &key)
{
    static const char *const more[] = {"tokens_per_s",
                                       "max_tokens_per_s",
                                       "tokens_per_year",
                                       "tokens_per_joule",
                                       "tokens_per_usd",
                                       "tokens_per_provisioned_mw",
                                       "npv_usd"};
    static const char *const less[] = {"power_it_mw",
                                       "power_facility_mw",
                                       "energy_mwh_per_year",
                                       "capex_usd",
                                       "capital_charge_usd_per_year",
                                       "opex_usd_per_year",
                                       "tco_usd_per_year",
                                       "usd_per_million_tokens",
                                       "usd_per_gpu_hour",
                                       "payback_years"};
    for (const char *k : more) {
        if (key == k)
            return 1;
    }
    for (const char *k : less) {
        if (key == k)
            return -1;
    }
    return 0;
}

bool negligibleChange(double delta, double from, double to)
{
    return std::abs(delta) <= 1e-9 * std::max(std::abs(from), std::abs(to));
}

QString paramLabel(const Design &design, const ParamRef &ref)
{
    const Node *n = design.node(ref.nodeId);
    if (!n)
        return QString::fromStdString(ref.text());
    const ParamSpec *spec = kindInfo(n->kind).param(ref.key);
    const QString label = spec ? Names::paramLabelWithUnit(*spec) : QString::fromStdString(ref.key);
    return QStringLiteral("%1 · %2").arg(QString::fromStdString(n->name), label);
}

std::vector<ParamRef> paramRefs(const Design &design)
{
    std::vector<ParamRef> refs;
    for (const Node &n : design.nodes()) {
        for (const ParamSpec &spec : kindInfo(n.kind).params)
            refs.push_back({n.id, spec.key});
    }
    return refs;
}

void fillMetrics(QComboBox *box, const QString &key)
{
    box->clear();
    for (const MetricInfo &m : metricInfos())
        box->addItem(metricLabel(m.key), QString::fromLatin1(m.key));
    box->setCurrentIndex(std::max(0, box->findData(key)));
}

void fillParams(QComboBox *box, const Design &design, const std::optional<ParamRef> &ref)
{
    box->clear();
    for (const ParamRef &r : paramRefs(design))
        box->addItem(paramLabel(design, r), QString::fromStdString(r.text()));
    if (ref)
        box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(ref->text()))));
}

std::optional<ParamRef> currentParam(const QComboBox *box)
{
    std::string error;
    return parseParamRef(box->currentData().toString().toStdString(), &error);
}

std::pair<double, double> usableRange(const Design &design, const ParamRef &ref)
{
    Message error;
    const ParamSpec *spec = findParamSpec(design, ref, &error);
    if (!spec)
        return {0, 1};
    auto [lo, hi] = validBounds(*spec);
    if (hi >= 1e17)
        hi = 3 * std::max(std::abs(paramValue(design, ref).value_or(1)), 1.0);
    if (!std::isfinite(lo) || lo < -1e17)
        lo = -hi;
    return {lo, hi};
}

QString refusalText(const Design &design,
                    const Message &refusal,
                    const std::string &coreText,
                    const Solution *solution)
{
    if (!refusal.text.empty())
        return messageText(design, refusal);
    if (solution && !solution->ok()) {
        for (const Message &m : solution->messages) {
            if (m.severity == Severity::Error)
                return Tr::tr("The design cannot be solved as it is: %1")
                    .arg(messageText(design, m));
        }
        return Tr::tr("The design cannot be solved as it is (see Problems).");
    }
    return messageText(design, Message::error(MessageCode::InvalidValue, coreText));
}

QString shortNumber(double v)
{
    return std::isfinite(v) ? UnitFormat::scaled(v) : QStringLiteral("–");
}

QString typedNumber(double v, int digits)
{
    return std::isfinite(v) ? UnitFormat::localised(NumberFormat::grouped(v, digits)) : QString();
}

} // namespace tf::Ui::WhatIf
