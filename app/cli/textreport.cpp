// SPDX-License-Identifier: MIT
#include "textreport.h"

#include "commands.h"

#include "tf/io/numberformat.h"
#include "tf/solve/lpbackend.h"
#include "tf/solve/valuechain.h"

#include <algorithm>
#include <cmath>

namespace tf::Cli {

namespace {

using NumberFormat::scaled;
using NumberFormat::usd;

// "  label  value": the label padded to 28 bytes, as printf's %-28s, but never cut short. Labels
// hold names from the file, so they are shown() with their control characters escaped.
std::string row(const std::string &name, const std::string &value)
{
    const std::string label = shown(name);
    return "  " + label + std::string(label.size() < 28 ? 28 - label.size() : 0, ' ') + " " + value
           + "\n";
}

std::string messageLine(const Message &m)
{
    return "  " + std::string(severityName(m.severity)) + ": " + shown(m.text) + "\n";
}

std::string textLine(const std::string &text)
{
    return "  " + shown(text) + "\n";
}

std::string unitOf(const Design &d, const std::string &good)
{
    const Good *g = d.good(good);
    return g ? g->unit : good;
}

// Infinite or LP-infinite figures (an unbounded plan) as "∞".
std::string fmt(double v)
{
    return std::isfinite(v) && std::abs(v) < kLpInfinity ? NumberFormat::scaled(v)
                                                         : std::string("∞");
}

// The figures analysts quote; those that need a token price only with one.
std::string financeText(const Settings &s, const Metrics &m)
{
    std::string out;
    if (std::isfinite(m.usdPerGpuHour))
        out += row("$ per GPU-hour", "$" + NumberFormat::plain(m.usdPerGpuHour, 4));
    if (std::isfinite(m.tokensPerProvisionedMw))
        out += row("Tokens/yr per provisioned MW", scaled(m.tokensPerProvisionedMw));
    if (!s.tokenPriceUsdPerMillion)
        return out;
    out += row("Token price",
               "$" + NumberFormat::plain(*s.tokenPriceUsdPerMillion, 4) + " per million");
    out += row("Revenue/year", usd(m.revenueUsdPerYear));
    out += row("NPV over " + NumberFormat::plain(s.analysisYears, 4) + " years", usd(m.npvUsd));
    out += row("Payback",
               std::isfinite(m.paybackYears) ? NumberFormat::plain(m.paybackYears, 4) + " years"
                                             : std::string("never"));
    return out;
}

// "Who earns what per million tokens": each stage's value added and margin.
std::string valueCaptureText(const Solution &sol)
{
    std::string out;
    for (const StageValue &v : sol.valueCapture) {
        if (v.nodeIds.empty() && v.valueAddedUsdPerMtok == 0)
            continue;
        std::string value = "$" + NumberFormat::plain(v.valueAddedUsdPerMtok, 4);
        if (v.marginUsdPerMtok)
            value += ", margin $" + NumberFormat::plain(*v.marginUsdPerMtok, 4);
        out += row(valueStageLabel(valueStageFromId(v.stage)), value);
    }
    return out.empty() ? out : "\nWho earns what per million tokens (value added)\n" + out;
}

} // namespace

std::string textReport(const Design &design, const Solution &sol)
{
    const Metrics &m = sol.metrics;
    std::string out;
    if (!sol.ok()) {
        // Figures of an unsolvable design would be zeros that look like answers: show the reasons.
        out += "Status: cannot be solved\n\nMessages\n";
        for (const Message &msg : sol.messages)
            out += messageLine(msg);
        return out;
    }
    out += "Status: solved\n";
    if (sol.demandScale < 1) {
        out += "Demand of " + scaled(m.demandTokensPerS)
               + " tokens/s exceeds the capacities: operating at "
               + NumberFormat::plain(100 * sol.demandScale, 4) + "% of it.\n";
    }
    out += "\nFigures\n";
    out += row("Tokens/s", scaled(m.tokensPerS));
    out += row("Max tokens/s (capacities)", scaled(m.maxTokensPerS));
    out += row("Tokens/year", scaled(m.tokensPerYear));
    out += row("IT power", NumberFormat::plain(m.powerItMw, 4) + " MW");
    out += row("Facility power", NumberFormat::plain(m.powerFacilityMw, 4) + " MW");
    out += row("Energy/year", scaled(m.energyMwhPerYear) + " MWh");
    out += row("Capex", usd(m.capexUsd));
    out += row("Capital charge/year", usd(m.capitalChargeUsdPerYear));
    out += row("Opex/year", usd(m.opexUsdPerYear));
    out += row("TCO/year", usd(m.tcoUsdPerYear));
    out += row("$ per million tokens", "$" + NumberFormat::plain(m.usdPerMillionTokens, 4));
    out += row("Tokens per joule", NumberFormat::plain(m.tokensPerJoule, 4));
    out += row("Tokens per dollar", scaled(m.tokensPerUsd));
    out += financeText(design.settings(), m);
    out += valueCaptureText(sol);

    if (!sol.bottlenecks.empty()) {
        out += "\nBottlenecks (load at the demanded rate)\n";
        for (const Bottleneck &b : sol.bottlenecks) {
            const Node *n = design.node(b.nodeId);
            out += row(n ? n->name : b.nodeId, NumberFormat::plain(100 * b.loadAtDemand, 4) + "%");
        }
    }

    out += "\nNodes\n";
    for (size_t i = 0; i < sol.nodes.size(); ++i) {
        const NodeResult &r = sol.nodes[i];
        const Node &n = design.nodes()[i];
        std::string value = scaled(r.activity) + " " + shown(activityUnit(n, design));
        if (r.utilisation)
            value += ", " + NumberFormat::plain(100 * *r.utilisation, 4) + "% used";
        out += row(n.name, value);
    }
    out += "\nFlows\n";
    for (const LinkResult &l : sol.links) {
        const Node *from = design.node(l.from);
        const Node *to = design.node(l.to);
        out += row((from ? from->name : l.from) + " → " + (to ? to->name : l.to),
                   scaled(l.flow) + " " + shown(unitOf(design, l.good)));
    }
    if (!sol.messages.empty()) {
        out += "\nMessages\n";
        for (const Message &msg : sol.messages)
            out += messageLine(msg);
    }
    return out;
}

std::string optimiseTextReport(const Design &design, const Solution &plan, const OptimiseResult &r)
{
    std::string out = std::string("Status: ") + optimiseStatusName(r.status) + " ("
                      + objectiveName(r.objective) + ")\n" + shown(r.explanation) + ".\n";
    const Metrics &m = plan.metrics;
    if (plan.nodes.empty())
        return out;
    auto line
        = [&](const std::string &label, const std::string &value) { out += row(label, value); };
    out += r.ok() ? "\nFigures\n" : "\nFigures of the best achievable plan\n";
    line("Tokens/s", fmt(m.tokensPerS));
    line("Facility power", fmt(m.powerFacilityMw) + " MW");
    line("Capex", NumberFormat::usd(m.capexUsd));
    line("TCO/year", NumberFormat::usd(m.tcoUsdPerYear));
    line("$ per million tokens", NumberFormat::usd(m.usdPerMillionTokens));

    auto name = [&](const std::string &id) {
        const Node *n = design.node(id);
        return n ? n->name : id;
    };
    out += "\nNodes\n";
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        const NodeResult &n = plan.nodes[i];
        std::string value = fmt(n.activity) + " " + shown(activityUnit(design.nodes()[i], design));
        if (i < r.variability.size()
            && r.variability[i].max - r.variability[i].min
                   > 1e-6 * std::max(1.0, std::abs(r.variability[i].max)))
            value += " (any of " + fmt(r.variability[i].min) + " to " + fmt(r.variability[i].max)
                     + ")";
        line(name(n.id), value);
    }
    if (!r.binding.empty()) {
        out += "\nBinding limits\n";
        for (const Limit &l : r.binding)
            out += textLine(l.text);
    }
    bool header = false;
    size_t printed = 0, unranged = 0;
    for (const ShadowPrice &p : r.shadowPrices) {
        if (p.value == 0)
            continue;
        if (!header)
            out += "\nShadow prices\n";
        header = true;
        out += textLine(shadowPriceText(p, r.objective));
        ++printed;
        unranged += !p.ranged();
    }
    // Ranged in part (solve --ranges N, by default 1,000): say so, and how to get the rest.
    if (unranged > 0 && unranged < printed)
        out += "  (" + NumberFormat::grouped(double(unranged), 15) + " of these "
               + NumberFormat::grouped(double(printed), 15)
               + " prices without the range they hold over: only the most valuable are ranged; "
                 "--ranges all ranges every one)\n";
    if (!r.reducedCosts.empty()) {
        out += "\nIdle nodes\n";
        for (const ReducedCost &c : r.reducedCosts)
            out += textLine(c.text);
    }
    if (!r.conflict.empty()) {
        out += "\nConflicting limits\n";
        for (const Limit &l : r.conflict)
            out += textLine(l.text);
    }
    return out;
}

} // namespace tf::Cli
