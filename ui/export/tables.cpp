// SPDX-License-Identifier: MIT
#include "tables.h"

#include "../tr.h"

#include "tf/model/design.h"
#include "tf/solve/breakdowns.h"
#include "tf/solve/solution.h"

#include <QSaveFile>

#include <cmath>

namespace tf::Ui::Export {

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

Table kpiTable(const Design &design, const Solution &solution)
{
    Q_UNUSED(design);
    const Metrics &m = solution.metrics;
    Table t{QStringLiteral("kpis"),
            {QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("unit")},
            {}};
    const struct
    {
        const char *key;
        double value;
        const char *unit;
    } rows[] = {
        {"tokens_per_s", m.tokensPerS, "tokens/s"},
        {"demand_tokens_per_s", m.demandTokensPerS, "tokens/s"},
        {"max_tokens_per_s", m.maxTokensPerS, "tokens/s"},
        {"tokens_per_year", m.tokensPerYear, "tokens/year"},
        {"power_it_mw", m.powerItMw, "MW"},
        {"power_facility_mw", m.powerFacilityMw, "MW"},
        {"energy_mwh_per_year", m.energyMwhPerYear, "MWh/year"},
        {"capex_usd", m.capexUsd, "USD"},
        {"capital_charge_usd_per_year", m.capitalChargeUsdPerYear, "USD/year"},
        {"opex_usd_per_year", m.opexUsdPerYear, "USD/year"},
        {"energy_usd_per_year", m.energyUsdPerYear, "USD/year"},
        {"tco_usd_per_year", m.tcoUsdPerYear, "USD/year"},
        {"usd_per_million_tokens", m.usdPerMillionTokens, "USD/Mtok"},
        {"tokens_per_joule", m.tokensPerJoule, "tokens/J"},
        {"tokens_per_usd", m.tokensPerUsd, "tokens/USD"},
        {"usd_per_gpu_hour", m.usdPerGpuHour, "USD"},
        {"tokens_per_provisioned_mw", m.tokensPerProvisionedMw, "tokens/MW-year"},
        {"revenue_usd_per_year", m.revenueUsdPerYear, "USD/year"},
        {"npv_usd", m.npvUsd, "USD"},
        {"payback_years", m.paybackYears, "years"},
    };
    if (!solution.ok())
        return t;
    const bool priced = design.settings().tokenPriceUsdPerMillion.has_value();
    for (const auto &r : rows) {
        const bool needsPrice = QLatin1String(r.key) == QLatin1String("revenue_usd_per_year")
                                || QLatin1String(r.key) == QLatin1String("npv_usd")
                                || QLatin1String(r.key) == QLatin1String("payback_years");
        if (needsPrice && !priced)
            continue;
        // Not applicable (no accelerators, never pays back): an empty value, not "nan".
        t.rows.append({QLatin1String(r.key),
                       std::isfinite(r.value) ? num(r.value) : QString(),
                       QLatin1String(r.unit)});
    }
    return t;
}

Table nodeTable(const Design &design, const Solution &solution)
{
    Table t{QStringLiteral("nodes"),
            {QStringLiteral("id"),
             QStringLiteral("name"),
             QStringLiteral("kind"),
             QStringLiteral("stage"),
             QStringLiteral("activity"),
             QStringLiteral("unit"),
             QStringLiteral("capacity"),
             QStringLiteral("utilisation"),
             QStringLiteral("capex_usd"),
             QStringLiteral("opex_usd_per_year")},
            {}};
    if (!solution.ok())
        return t;
    const auto &nodes = design.nodes();
    for (size_t i = 0; i < nodes.size() && i < solution.nodes.size(); ++i) {
        const Node &n = nodes[i];
        const NodeResult &r = solution.nodes[i];
        t.rows.append({fromStd(n.id),
                       fromStd(n.name),
                       fromStd(kindInfo(n.kind).id),
                       n.kind == NodeKind::Sink ? QString()
                                                : QLatin1String(stageId(stageOf(n, r.primaryGood))),
                       num(r.activity),
                       fromStd(activityUnit(n, design)),
                       r.capacity ? num(*r.capacity) : QString(),
                       r.utilisation ? num(*r.utilisation) : QString(),
                       num(r.capexUsd),
                       num(r.opexUsdPerYear)});
    }
    return t;
}

Table flowTable(const Design &design, const Solution &solution)
{
    Table t{QStringLiteral("flows"),
            {QStringLiteral("id"),
             QStringLiteral("from"),
             QStringLiteral("to"),
             QStringLiteral("good"),
             QStringLiteral("flow"),
             QStringLiteral("unit")},
            {}};
    if (!solution.ok())
        return t;
    for (const LinkResult &l : solution.links) {
        const Good *g = design.good(l.good);
        t.rows.append({fromStd(l.id),
                       fromStd(l.from),
                       fromStd(l.to),
                       fromStd(l.good),
                       num(l.flow),
                       g ? fromStd(g->unit) : QString()});
    }
    return t;
}

Table valueCaptureTable(const Design &design, const Solution &solution)
{
    Q_UNUSED(design);
    Table t{QStringLiteral("value_capture"),
            {QStringLiteral("stage"),
             QStringLiteral("node_ids"),
             QStringLiteral("value_added_usd_per_million_tokens"),
             QStringLiteral("margin_usd_per_million_tokens")},
            {}};
    if (!solution.ok())
        return t;
    for (const StageValue &v : solution.valueCapture) {
        QStringList ids;
        for (const std::string &id : v.nodeIds)
            ids << fromStd(id);
        t.rows.append({fromStd(v.stage),
                       ids.join(QLatin1Char(' ')),
                       num(v.valueAddedUsdPerMtok),
                       v.marginUsdPerMtok ? num(*v.marginUsdPerMtok) : QString()});
    }
    return t;
}

Table tableById(const QString &id, const Design &design, const Solution &solution)
{
    if (id == QLatin1String("value_capture"))
        return valueCaptureTable(design, solution);
    if (id == QLatin1String("kpis"))
        return kpiTable(design, solution);
    if (id == QLatin1String("nodes"))
        return nodeTable(design, solution);
    if (id == QLatin1String("flows"))
        return flowTable(design, solution);
    return {};
}

QString toCsv(const Table &table)
{
    auto field = [](const QString &f) {
        if (!f.contains(QLatin1Char(',')) && !f.contains(QLatin1Char('"'))
            && !f.contains(QLatin1Char('\n')) && !f.contains(QLatin1Char('\r')))
            return f;
        QString q = f;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    QString out;
    auto line = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << field(f);
        out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    return out;
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

std::optional<QString> writeCsv(const Table &table, const QString &path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(path, out.errorString());
    const QByteArray bytes = toCsv(table).toUtf8();
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Tr::tr("Cannot write %1: %2").arg(path, out.errorString());
    return std::nullopt;
}

} // namespace tf::Ui::Export
