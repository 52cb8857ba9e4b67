// SPDX-License-Identifier: MIT
#include "shownproblems.h"

#include "document.h"
#include "messagetext.h"
#include "tr.h"
#include "unitformat.h"

#include "tf/solve/plan.h"

namespace tf::Ui {

namespace {

QString quoted(const QString &name)
{
    return Tr::tr("'%1'", "a name in a message").arg(name);
}

// The quarter's demand it does not meet, as the steady state's unmet demand says it, naming the
// quarter and its binding limit; nothing when the quarter meets it.
std::optional<ShownProblem> quarterShortfall(const Document &document, const QuarterResult &q)
{
    const double asked = q.demandTokensPerS;
    if (!(asked > 0) || q.tokensPerS >= asked * (1 - 1e-6))
        return std::nullopt;
    ShownProblem p;
    p.severity = Severity::Warning;
    for (const std::string &id : q.binding)
        p.nodeIds << QString::fromStdString(id);
    const QString quarter = QString::fromStdString(q.label);
    const QString demand = Tr::tr("%1 tokens/s").arg(UnitFormat::scaled(asked));
    double installed = 0;
    for (const auto &[system, racks] : q.installedRacks)
        installed += racks;
    if (installed == 0 || !(q.tokensPerS > 0)) {
        p.text = Tr::tr("In %1 nothing is online yet: the demand of %2 waits for the first racks")
                     .arg(quarter, demand);
        return p;
    }
    const double unmet = asked - q.tokensPerS;
    const double percent = 100 * unmet / asked;
    p.text = Tr::tr("In %1 the demand of %2 gets %3: %4 (%5) unmet")
                 .arg(quarter,
                      demand,
                      Tr::tr("%1 tokens/s").arg(UnitFormat::scaled(q.tokensPerS)),
                      Tr::tr("%1 tokens/s").arg(UnitFormat::scaled(unmet)),
                      UnitFormat::percent(percent, percent < 10 ? 1 : 0));
    if (!p.nodeIds.isEmpty()) {
        const QString first = quoted(document.nodeName(p.nodeIds.front()));
        p.text = p.nodeIds.size() == 1
                     ? Tr::tr("%1, limited by %2").arg(p.text, first)
                     : Tr::tr("%1, limited by %2 and %n more", nullptr, int(p.nodeIds.size()) - 1)
                           .arg(p.text, first);
    }
    return p;
}

} // namespace

QList<ShownProblem> shownProblems(const Document &document)
{
    // A quarter's solve carries no problems of its own: the design's come from the steady
    // state's, which also says what the steady state does not meet. At a quarter that shortfall
    // is the quarter's (the Figures dock and the canvas show the quarter).
    const QuarterResult *quarter = document.viewedQuarterResult();
    QList<ShownProblem> shown;
    for (const Message &m : document.steadySolution().messages) {
        if (quarter && m.code == MessageCode::UnmetDemand)
            continue;
        ShownProblem p;
        p.severity = m.severity;
        p.text = messageText(document.design(), m);
        for (const std::string &id : m.nodeIds)
            p.nodeIds << QString::fromStdString(id);
        shown << p;
    }
    if (quarter) {
        if (auto p = quarterShortfall(document, *quarter))
            shown << *p;
    }
    return shown;
}

} // namespace tf::Ui
