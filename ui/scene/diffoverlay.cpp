// SPDX-License-Identifier: MIT
#include "diffoverlay.h"

#include "../document.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"
#include "canvasmark.h"
#include "designscene.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "xrayoverlay.h"

#include <QHash>

#include <cmath>

namespace tf::Ui {

namespace {

constexpr double kFaded = 0.3;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString value(const std::optional<double> &v)
{
    return v ? UnitFormat::scaled(*v) : Tr::tr("unset");
}

} // namespace

QColor diffColour()
{
    return QColor(0x21, 0x66, 0xac);
}

DiffOverlay::DiffOverlay(DesignScene *scene)
    : QObject(scene)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("diffOverlay"));
}

QString DiffOverlay::change(const ScenarioDifference &d)
{
    using What = ScenarioDifference::What;
    if (d.what == What::Choice) {
        const QString none = Tr::tr("none");
        return QStringLiteral("%1 → %2").arg(
            d.referenceText.empty() ? none : fromStd(d.referenceText),
            d.comparedText.empty() ? none : fromStd(d.comparedText));
    }
    if (d.what == What::Param || !d.reference || !d.compared)
        return QStringLiteral("%1 → %2").arg(value(d.reference), value(d.compared));
    const double a = *d.reference, b = *d.compared;
    if (a == 0)
        return Tr::tr("new: %1").arg(UnitFormat::scaled(b));
    if (b == 0)
        return Tr::tr("stopped");
    const double pct = 100 * (b - a) / std::abs(a);
    return Tr::tr("%1%", "percentage")
        .arg((pct > 0 ? QStringLiteral("+") : QStringLiteral("−"))
             + UnitFormat::plain(std::abs(pct), 3));
}

QString DiffOverlay::inputName(const Design &design, const ScenarioDifference &d)
{
    const Node *n = design.node(d.nodeId);
    const ParamSpec *spec
        = n && d.what == ScenarioDifference::What::Param ? kindInfo(n->kind).param(d.key) : nullptr;
    return spec ? Names::paramLabel(*spec) : fromStd(d.key);
}

QString DiffOverlay::describe(const Design &design, const ScenarioDifference &d)
{
    using What = ScenarioDifference::What;
    switch (d.what) {
    case What::Param:
    case What::Choice:
        return Tr::tr("%1: %2").arg(inputName(design, d), change(d));
    case What::Activity:
        return Tr::tr("activity %1 (%2 → %3)")
            .arg(change(d), value(d.reference), value(d.compared));
    case What::Flow:
        return Tr::tr("flow %1 (%2 → %3)").arg(change(d), value(d.reference), value(d.compared));
    }
    return {};
}

QString DiffOverlay::badgeText(const Design &design,
                               const std::vector<const ScenarioDifference *> &ofNode)
{
    using What = ScenarioDifference::What;
    for (const ScenarioDifference *d : ofNode) {
        if (d->what == What::Param || d->what == What::Choice)
            return Tr::tr("%1: %2").arg(inputName(design, *d), change(*d));
    }
    for (const ScenarioDifference *d : ofNode) {
        if (d->what == What::Activity)
            return Tr::tr("activity %1").arg(change(*d));
    }
    return {};
}

void DiffOverlay::show(const ScenarioDiff &diff)
{
    using What = ScenarioDifference::What;
    QHash<QString, std::vector<const ScenarioDifference *>> byNode;
    QHash<QString, const ScenarioDifference *> byLink;
    for (const ScenarioDifference &d : diff.differences) {
        if (d.what == What::Flow)
            byLink.insert(fromStd(d.linkId), &d);
        else
            byNode[fromStd(d.nodeId)].push_back(&d);
    }
    // Wires first in their own colours (and the X-ray's, if on), then blue where they differ.
    m_scene->showSolution();
    if (XrayOverlay *x = XrayOverlay::activeOn(m_scene))
        x->refreshAll(); // the diff changed wires the X-ray marked
    const Document *doc = m_scene->document();
    QHash<QString, double> shownFlow; // the canvas keeps showing the window's own figures
    for (const LinkResult &l : doc->solution().links)
        shownFlow.insert(fromStd(l.id), l.flow);
    for (const Node &n : doc->design().nodes()) {
        NodeItem *item = m_scene->nodeItem(fromStd(n.id));
        if (!item)
            continue;
        const auto it = byNode.constFind(fromStd(n.id));
        CanvasMark *mark = CanvasMark::find(item, CanvasMark::Owner::Diff);
        if (it == byNode.constEnd()) {
            delete mark;
            item->setOpacity(kFaded);
            continue;
        }
        item->setOpacity(1);
        QStringList lines;
        for (const ScenarioDifference *d : *it)
            lines << describe(doc->design(), *d);
        if (!mark)
            mark = new CanvasMark(item, CanvasMark::Owner::Diff);
        mark->set(diffColour(), badgeText(doc->design(), *it), lines.join(QLatin1Char('\n')), 4);
    }
    for (const Link &l : doc->design().links()) {
        LinkItem *item = m_scene->linkItem(fromStd(l.id));
        if (!item)
            continue;
        const auto it = byLink.constFind(fromStd(l.id));
        if (it == byLink.constEnd()) {
            item->setOpacity(kFaded);
            continue;
        }
        item->setOpacity(1);
        const Good *g = doc->design().good(l.good);
        // The change rides on the wire's rate label: "10 chips/month (Δ +100%)".
        const QString unit = g ? Names::unit(g->unit) : QString();
        const auto flow = shownFlow.constFind(fromStd(l.id));
        item->setFlow(diffColour(),
                      item->flowWidth(),
                      flow == shownFlow.constEnd() ? std::nullopt : std::optional<double>(*flow),
                      Tr::tr("%1 (Δ %2)").arg(unit, change(**it)));
        item->setToolTip(describe(doc->design(), **it));
    }
    m_shown = true;
}

void DiffOverlay::clear()
{
    if (!m_shown)
        return;
    m_shown = false;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == CanvasMark::Type
            && static_cast<CanvasMark *>(item)->owner() == CanvasMark::Owner::Diff) {
            delete item;
        } else if (item->type() == NodeItem::Type || item->type() == LinkItem::Type) {
            item->setOpacity(1);
            if (item->type() == LinkItem::Type)
                item->setToolTip(QString());
        }
    }
    m_scene->showSolution();
    if (XrayOverlay *x = XrayOverlay::activeOn(m_scene))
        x->refreshAll(); // the diff changed wires the X-ray marked
}

} // namespace tf::Ui
