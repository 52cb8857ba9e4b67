// SPDX-License-Identifier: MIT
#include "nodefactory.h"

#include "nametext.h"
#include "tr.h"

#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"
#include "tf/physics/recipes.h"
#include "tf/physics/startingvalues.h"

namespace tf::Ui::NodeFactory {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

std::vector<Good> goodsOffered(const Design &design)
{
    std::vector<Good> goods = standardGoods();
    for (const Good &g : design.goods()) {
        if (!findStandardGood(g.id))
            goods.push_back(g);
    }
    return goods;
}

} // namespace

QList<QPair<QString, QString>> roles()
{
    return {{QStringLiteral("suppliers"), Tr::tr("Suppliers")},
            {QStringLiteral("fabs"), Tr::tr("Fabs")},
            {QStringLiteral("packaging"), Tr::tr("Packaging")},
            {QStringLiteral("memory"), Tr::tr("Memory")},
            {QStringLiteral("optics"), Tr::tr("Optics")},
            {QStringLiteral("power"), Tr::tr("Power")},
            {QStringLiteral("integration"), Tr::tr("Integration")},
            {QStringLiteral("datacenter"), Tr::tr("Datacenter")},
            {QStringLiteral("workload"), Tr::tr("Workload")},
            {QStringLiteral("demand"), Tr::tr("Demand")}};
}

QList<PaletteEntry> paletteEntries(const Design &design)
{
    QList<PaletteEntry> entries;
    for (const NodeKindInfo &k : nodeKinds()) {
        if (k.kind == NodeKind::Supplier || k.kind == NodeKind::Sink) {
            for (const Good &g : goodsOffered(design)) {
                const bool sink = k.kind == NodeKind::Sink;
                entries.append({fromStd(k.id) + QLatin1Char('|') + fromStd(g.id),
                                sink ? Tr::tr("Demand: %1").arg(Names::goodName(design, g.id))
                                     : Tr::tr("Supplier: %1").arg(Names::goodName(design, g.id)),
                                fromStd(k.role),
                                Names::kindDescription(k.kind)});
            }
            continue;
        }
        entries.append({fromStd(k.id),
                        Names::kindLabel(k.kind),
                        fromStd(k.role),
                        Names::kindDescription(k.kind)});
    }
    // Catalog parts: dropped on a datacenter they set what it runs; on the canvas they make one.
    const Catalog &catalog = catalogOf(design.settings()); // with the project's overrides
    for (const CatalogEntry *e : catalog.ofKind("system")) {
        entries.append(
            {QStringLiteral("choice|system|") + fromStd(e->id),
             Tr::tr("Datacenter of %1").arg(fromStd(e->name)),
             QStringLiteral("datacenter"),
             Tr::tr("Drop on a datacenter to build it from %1, or on the canvas for a new one.")
                 .arg(fromStd(e->name))});
    }
    for (const CatalogEntry *e : catalog.ofKind("workload")) {
        entries.append({QStringLiteral("choice|workload|") + fromStd(e->id),
                        fromStd(e->name),
                        QStringLiteral("workload"),
                        Tr::tr("Drop on a datacenter to serve %1 there.").arg(fromStd(e->name))});
    }
    return entries;
}

bool entryHasPort(const QString &key, const Design &design, const std::string &good, bool asInput)
{
    const std::optional<Node> node = fromPaletteEntry(key, design);
    if (!node)
        return false;
    const Recipe r = effectiveRecipe(*node, design.settings());
    return asInput ? r.hasInput(good) : r.hasOutput(good);
}

std::optional<std::pair<QString, QString>> choiceOf(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('|'));
    if (parts.size() != 3 || parts[0] != QLatin1String("choice"))
        return std::nullopt;
    return std::make_pair(parts[1], parts[2]);
}

std::optional<Node> fromPaletteEntry(const QString &key, const Design &design)
{
    if (const auto choice = choiceOf(key)) {
        Node n;
        n.kind = NodeKind::Datacenter;
        n.id = design.uniqueId("n");
        n.name = Names::kindLabel(n.kind).toStdString();
        n.choices[choice->first.toStdString()] = choice->second.toStdString();
        if (const CatalogEntry *e = catalogOf(design.settings()).find(choice->second.toStdString()))
            n.name = Tr::tr("Datacenter (%1)").arg(fromStd(e->name)).toStdString();
        if (!checkChoices(n, design.settings()).empty())
            return std::nullopt;
        return n;
    }
    const QStringList parts = key.split(QLatin1Char('|'));
    const NodeKindInfo *kind = findKind(parts.front().toStdString());
    if (!kind)
        return std::nullopt;
    Node n;
    n.kind = kind->kind;
    n.id = design.uniqueId("n");
    n.name = Names::kindLabel(kind->kind).toStdString();
    if (kind->hasGoodField) {
        if (parts.size() < 2)
            return std::nullopt;
        n.good = parts[1].toStdString();
        const Good *g = design.good(n.good);
        if (!g)
            g = findStandardGood(n.good);
        if (!g)
            return std::nullopt;
        n.name = (n.kind == NodeKind::Sink ? Tr::tr("%1 demand") : Tr::tr("%1 supplier"))
                     .arg(Names::goodName(design, g->id))
                     .toStdString();
        // Typical values where the kind's defaults would leave a supplier free or a demand at
        // nothing: marked as starting values, so the inspector shows them as such.
        for (auto &[param, value] : startingValues(n.kind, n.good, design.settings()))
            n.params.emplace(param, std::move(value));
    }
    if (kind->explicitRecipe) {
        // A process starts as one wafer in, one die out; the inspector edits the recipe.
        n.recipe.inputs = {{"wafer", 1}};
        n.recipe.outputs = {{"logic_die", 1}};
    }
    return n;
}

} // namespace tf::Ui::NodeFactory
