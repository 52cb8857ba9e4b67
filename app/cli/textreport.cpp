// SPDX-License-Identifier: MIT
#include "textreport.h"

#include "tf/io/numberformat.h"

#include <cstdio>

namespace tf::Cli {

namespace {

using NumberFormat::scaled;
using NumberFormat::usd;

std::string row(const std::string &label, const std::string &value)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, "  %-28s %s\n", label.c_str(), value.c_str());
    return buf;
}

std::string unitOf(const Design &d, const std::string &good)
{
    const Good *g = d.good(good);
    return g ? g->unit : good;
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
            out += "  " + std::string(severityName(msg.severity)) + ": " + msg.text + "\n";
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
    out += row("Opex/year", usd(m.opexUsdPerYear));
    out += row("TCO/year", usd(m.tcoUsdPerYear));
    out += row("$ per million tokens", "$" + NumberFormat::plain(m.usdPerMillionTokens, 4));
    out += row("Tokens per joule", NumberFormat::plain(m.tokensPerJoule, 4));
    out += row("Tokens per dollar", scaled(m.tokensPerUsd));

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
        std::string value = scaled(r.activity) + " " + activityUnit(n, design);
        if (r.utilisation)
            value += ", " + NumberFormat::plain(100 * *r.utilisation, 4) + "% used";
        out += row(n.name, value);
    }
    out += "\nFlows\n";
    for (const LinkResult &l : sol.links) {
        const Node *from = design.node(l.from);
        const Node *to = design.node(l.to);
        out += row((from ? from->name : l.from) + " → " + (to ? to->name : l.to),
                   scaled(l.flow) + " " + unitOf(design, l.good));
    }
    if (!sol.messages.empty()) {
        out += "\nMessages\n";
        for (const Message &msg : sol.messages)
            out += "  " + std::string(severityName(msg.severity)) + ": " + msg.text + "\n";
    }
    return out;
}

} // namespace tf::Cli
