// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tf::Ui {

/// What the palette offers: one entry per node kind, and per good for suppliers and demands.
struct PaletteEntry
{
    QString key; ///< the drag payload: "kind", "kind|good" or "choice|key|catalog id"
    QString label;
    QString role; ///< palette group
    QString description;
};

namespace NodeFactory {

QList<PaletteEntry> paletteEntries(const Design &design);
/// A new node for a palette entry, with a fresh id and defaults; empty for an unknown entry.
std::optional<Node> fromPaletteEntry(const QString &key, const Design &design);
/// Whether the node an entry makes has an input (`asInput`) or an output of `good`.
bool entryHasPort(const QString &key, const Design &design, const std::string &good, bool asInput);
/// For a catalog entry ("choice|workload|llama2-70b"): the choice key and id; empty otherwise.
std::optional<std::pair<QString, QString>> choiceOf(const QString &key);
/// The palette groups in display order, with their titles.
QList<QPair<QString, QString>> roles();

} // namespace NodeFactory

} // namespace tf::Ui
