// SPDX-License-Identifier: MIT
#include "planobjectivemenu.h"

#include "document.h"
#include "tr.h"

#include <QActionGroup>
#include <QMenu>

namespace tf::Ui {

QMenu *createPlanObjectiveMenu(Document *document, QWidget *parent)
{
    auto *menu = new QMenu(Tr::tr("&Plan Over Time"), parent);
    menu->setObjectName(QStringLiteral("planObjectiveMenu"));
    menu->setToolTipsVisible(true);
    auto *group = new QActionGroup(menu);
    auto add = [&](const QString &text, const QString &tip, PlanObjective objective) {
        QAction *a = menu->addAction(text);
        a->setObjectName(objective == PlanObjective::Npv ? QStringLiteral("planObjectiveNpv")
                                                         : QStringLiteral("planObjectiveTokens"));
        a->setToolTip(tip);
        a->setCheckable(true);
        a->setData(int(objective));
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [document, objective] {
            Timeline t = document->design().settings().timeline;
            t.objective = objective;
            // Refused only with the timeline itself refused, which the design never holds.
            (void)document->setTimeline(t,
                                        objective == PlanObjective::Npv
                                            ? Tr::tr("Optimise the plan for NPV")
                                            : Tr::tr("Optimise the plan for tokens"));
        });
    };
    add(Tr::tr("Optimise for the Most &Tokens Over the Plan"),
        Tr::tr("Optimise mode's plan over time makes the most tokens over its quarters"),
        PlanObjective::CumulativeTokens);
    add(Tr::tr("Optimise for the Highest &NPV at the Token Price"),
        Tr::tr("Optimise mode's plan over time earns the highest net present value of its cash "
               "flows at the design's token price"),
        PlanObjective::Npv);
    auto sync = [document, group] {
        const int chosen = int(document->design().settings().timeline.objective);
        for (QAction *a : group->actions())
            a->setChecked(a->data().toInt() == chosen);
    };
    QObject::connect(document, &Document::settingsChanged, menu, sync);
    sync();
    return menu;
}

} // namespace tf::Ui
