// SPDX-License-Identifier: MIT
#include "clipboard.h"

#include "../document.h"
#include "../messagetext.h"
#include "../tr.h"

#include "tf/io/designjson.h"
#include "tf/physics/recipes.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

#include <set>

namespace tf::Ui::Clipboard {

QByteArray fragment(const Document &document, const QStringList &nodeIds)
{
    const Design &source = document.design();
    Design part;
    (void)part.setSettings(source.settings());
    std::set<std::string> ids;
    for (const QString &id : nodeIds)
        ids.insert(id.toStdString());
    // Goods first (only those the nodes use), then nodes in design order, then inner wires.
    std::set<std::string> used;
    for (const Node &n : source.nodes()) {
        if (!ids.count(n.id))
            continue;
        const Recipe r = effectiveRecipe(n, source.settings());
        for (const Term &t : r.inputs)
            used.insert(t.good);
        for (const Term &t : r.outputs)
            used.insert(t.good);
        if (!n.good.empty())
            used.insert(n.good);
    }
    for (const Good &g : source.goods()) {
        if (used.count(g.id))
            (void)part.addGood(g);
    }
    for (const Node &n : source.nodes()) {
        if (ids.count(n.id))
            (void)part.addNode(n);
    }
    for (const Link &l : source.links()) {
        if (ids.count(l.from) && ids.count(l.to))
            (void)part.addLink(l);
    }
    return QByteArray::fromStdString(writeDesignJson(part));
}

std::optional<QString>
paste(Document &document, const QByteArray &json, const QPointF &offset, QStringList *newIds)
{
    // Read with the window's catalog: a datacenter of the project's own rack pastes too.
    DesignLoad load = readDesignJson(std::string_view(json.constData(), size_t(json.size())),
                                     document.design().settings().catalog);
    if (!load.design) {
        return Tr::tr("The clipboard holds no design: %1")
            .arg(load.messages.empty() ? QString()
                                       : messageText(document.design(), load.messages.front()));
    }
    const Design &part = *load.design;
    if (part.nodes().empty())
        return Tr::tr("Nothing to paste");
    const Design &target = document.design();
    Document::CompoundEdit step(document, Tr::tr("Paste %n Node(s)", "", int(part.nodes().size())));
    for (const Good &g : part.goods()) {
        if (auto refused = document.addGood(g))
            return refused;
    }
    // Fresh ids, so a paste never collides with what is there (or with itself, pasted twice).
    std::map<std::string, std::string> renamed;
    std::optional<QString> problem;
    // Each node and wire asks the core as it is added; one it refuses is left out (with its
    // wires) and the first reason is returned, the rest is pasted as one step.
    for (Node n : part.nodes()) {
        const std::string fresh = target.uniqueId("n");
        const std::string original = n.id;
        n.id = fresh;
        n.x += offset.x();
        n.y += offset.y();
        if (auto refused = document.addNode(n)) {
            if (!problem)
                problem = refused;
            continue;
        }
        renamed[original] = fresh;
        if (newIds)
            newIds->append(QString::fromStdString(fresh));
    }
    for (const Link &l : part.links()) {
        const auto from = renamed.find(l.from);
        const auto to = renamed.find(l.to);
        if (from == renamed.end() || to == renamed.end())
            continue;
        // With the share the wire had.
        if (auto refused = document.connectPorts(QString::fromStdString(from->second),
                                                 QString::fromStdString(to->second),
                                                 QString::fromStdString(l.good),
                                                 l.share);
            refused && !problem)
            problem = refused;
    }
    return problem;
}

void copyToSystem(const Document &document, const QStringList &nodeIds)
{
    auto *mime = new QMimeData;
    const QByteArray json = fragment(document, nodeIds);
    mime->setData(QLatin1String(kMimeType), json);
    mime->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(mime);
}

std::optional<QByteArray> fromSystem()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return std::nullopt;
    if (mime->hasFormat(QLatin1String(kMimeType)))
        return mime->data(QLatin1String(kMimeType));
    // Design JSON copied from a text editor pastes too.
    if (mime->hasText() && mime->text().contains(QLatin1String("tokenfactory-design")))
        return mime->text().toUtf8();
    return std::nullopt;
}

} // namespace tf::Ui::Clipboard
