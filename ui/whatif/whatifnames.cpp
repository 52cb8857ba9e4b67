// SPDX-License-Identifier: MIT
#include "whatifnames.h"

#include "../messagetext.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/numberformat.h"
#include "tf/model/timeline.h"
#include "tf/solve/metricsref.h"
#include "tf/studies/studymetric.h"

#include <QComboBox>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tf::Ui::WhatIf {

namespace {

// The words for the figures of the plan over time, by key: the core lists the figures
// (planSeriesKeys, planTotalKeys) and their units (studyMetricUnit). Series are read in one
// quarter, totals over the whole plan.
struct PlanFigureLabel
{
    const char *key;
    const char *label;
};
const PlanFigureLabel kPlanLabels[] = {
    {"tokens_per_s", QT_TRANSLATE_NOOP("Ui", "Tokens/s online")},
    {"installed_racks", QT_TRANSLATE_NOOP("Ui", "Racks installed")},
    {"racks_delivered", QT_TRANSLATE_NOOP("Ui", "Racks delivered")},
    {"power_facility_mw", QT_TRANSLATE_NOOP("Ui", "Facility power drawn")},
    {"power_it_mw", QT_TRANSLATE_NOOP("Ui", "IT power")},
    {"accelerators", QT_TRANSLATE_NOOP("Ui", "Accelerators")},
    {"capital_charge_usd_per_year", QT_TRANSLATE_NOOP("Ui", "Capital charge/year")},
    {"usd_per_million_tokens", QT_TRANSLATE_NOOP("Ui", "Cost per million tokens")},
    {"usd_per_gpu_hour", QT_TRANSLATE_NOOP("Ui", "Cost per GPU-hour")},
    {"load_at_demand", QT_TRANSLATE_NOOP("Ui", "Load at demand")},
    {"tokens", QT_TRANSLATE_NOOP("Ui", "Tokens made")},
    {"capex_usd", QT_TRANSLATE_NOOP("Ui", "Capex")},
    {"opex_usd", QT_TRANSLATE_NOOP("Ui", "Opex")},
    {"revenue_usd", QT_TRANSLATE_NOOP("Ui", "Revenue")},
    {"cash_flow_usd", QT_TRANSLATE_NOOP("Ui", "Cash flow")},
    {"cumulative_tokens", QT_TRANSLATE_NOOP("Ui", "Tokens made over the plan")},
    {"plan_capex_usd", QT_TRANSLATE_NOOP("Ui", "Capex over the plan")},
    {"plan_npv_usd", QT_TRANSLATE_NOOP("Ui", "NPV of the plan")},
};

// The plan figure `key` names: a total, or the series of SERIES@QUARTER (with the quarter text
// in `quarter`); empty for a steady-state metric or an unknown key.
std::optional<std::string> planFigureKey(const std::string &key, std::string *quarter = nullptr)
{
    const std::vector<std::string> &totals = planTotalKeys();
    if (std::find(totals.begin(), totals.end(), key) != totals.end())
        return key;
    const size_t at = key.find('@');
    if (at == std::string::npos)
        return std::nullopt;
    const std::vector<std::string> series = planSeriesKeys();
    const std::string name = key.substr(0, at);
    if (std::find(series.begin(), series.end(), name) == series.end())
        return std::nullopt;
    if (quarter)
        *quarter = key.substr(at + 1);
    return name;
}

// A plan figure's English words (its key when the window has none yet).
const char *planFigureWords(const std::string &figure)
{
    for (const PlanFigureLabel &l : kPlanLabels) {
        if (figure == l.key)
            return l.label;
    }
    return figure.c_str();
}

} // namespace

QString metricLabel(const std::string &key)
{
    std::string quarter;
    if (const auto figure = planFigureKey(key, &quarter)) {
        const QString label = QCoreApplication::translate("Ui", planFigureWords(*figure));
        if (key.find('@') == std::string::npos)
            return label;
        if (quarter.empty()) // a picker's entry, completed by a quarter combo
            return Tr::tr("%1 in a quarter").arg(label);
        //: a figure of the plan over time in one quarter: "Tokens/s online in 2027Q4"
        return Tr::tr("%1 in %2").arg(label, QString::fromStdString(quarter));
    }
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

QString noValueText(const std::string &key)
{
    const auto figure = planFigureKey(key);
    if (!figure || !studyMetricUndefinedWhen(key))
        return {};
    if (key.find('@') == std::string::npos) // plan_npv_usd, the one total without a value
        return Tr::tr("%1 has no value without a token price.").arg(metricLabel(key));
    //: a quarter's cost per million tokens, per GPU-hour or load at demand
    return Tr::tr("%1 has no value in a quarter with nothing online.").arg(metricLabel(key));
}

QString metricUnit(const std::string &key)
{
    // In the user's words ("MWh/Jahr"), as the inspector shows units.
    const std::string unit = studyMetricUnit(key);
    return unit.empty() ? QString() : Names::unit(unit);
}

namespace {

/// True when a figure's name is its unit ("Tokens/s" in tokens/s): judged on the English name,
/// which a translation ("Token/s") need not spell like the unit.
bool nameSaysUnit(const std::string &key)
{
    if (const auto figure = planFigureKey(key))
        return QString::fromUtf8(planFigureWords(*figure))
            .contains(QString::fromStdString(studyMetricUnit(key)), Qt::CaseInsensitive);
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

void fillStudyMetrics(QComboBox *box, const QString &key)
{
    box->clear();
    for (const MetricInfo &m : metricInfos())
        box->addItem(metricLabel(m.key), QString::fromLatin1(m.key));
    box->insertSeparator(box->count());
    for (const std::string &series : planSeriesKeys())
        box->addItem(metricLabel(series + "@"), QString::fromStdString(series) + u'@');
    for (const std::string &total : planTotalKeys())
        box->addItem(metricLabel(total), QString::fromStdString(total));
    const qsizetype at = key.indexOf(u'@');
    box->setCurrentIndex(std::max(0, box->findData(at < 0 ? key : key.left(at + 1))));
}

void fillQuarters(QComboBox *box, const Design &design, const QString &quarter)
{
    box->clear();
    const Timeline &t = design.settings().timeline;
    for (int i = 0; i < t.horizonQuarters; ++i) {
        const QString text = QString::fromStdString(quarterText(t.start + i));
        box->addItem(text, text);
    }
    const int found = box->findData(quarter);
    box->setCurrentIndex(found >= 0 ? found : box->count() - 1);
}

bool needsQuarter(const QString &data)
{
    return data.endsWith(u'@');
}

std::string studyMetricKey(const QComboBox *metric, const QComboBox *quarter)
{
    const QString data = metric->currentData().toString();
    if (!needsQuarter(data))
        return data.toStdString();
    return (data + (quarter ? quarter->currentData().toString() : QString())).toStdString();
}

QString studyMetricProblem(const Design &design, const std::string &key)
{
    std::string why;
    const std::optional<StudyMetric> m = resolveStudyMetric(design, key, &why);
    if (m)
        return {};
    const Timeline &t = design.settings().timeline;
    const QString first = QString::fromStdString(quarterText(t.start));
    const QString last = QString::fromStdString(quarterText(t.start + t.horizonQuarters - 1));
    std::string quarter;
    if (planFigureKey(key, &quarter)) {
        if (quarter.empty())
            return Tr::tr("Choose a quarter for %1.").arg(metricLabel(key));
        if (!parseQuarter(quarter))
            return Tr::tr("%1: “%2” is not a quarter; the design's timeline runs from %3 to %4.")
                .arg(metricLabel(key.substr(0, key.find('@') + 1)),
                     QString::fromStdString(quarter),
                     first,
                     last);
        return Tr::tr("%1: %2 is outside the design's timeline, which runs from %3 to %4.")
            .arg(metricLabel(key.substr(0, key.find('@') + 1)),
                 QString::fromStdString(quarter),
                 first,
                 last);
    }
    return QString::fromStdString(why);
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

QString countText(std::size_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString typedNumber(double v, int digits)
{
    return std::isfinite(v) ? UnitFormat::localised(NumberFormat::grouped(v, digits)) : QString();
}

} // namespace tf::Ui::WhatIf
