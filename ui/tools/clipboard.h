// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QPointF>
#include <QStringList>

#include <optional>

namespace tf::Ui {

class Document;

/// Copy and paste of nodes with the wires between them, as a design fragment in the JSON design
/// format, so a selection pastes into another window (or a text editor) too.
namespace Clipboard {

inline constexpr const char *kMimeType = "application/x-tokenfactory-design+json";

/// The nodes, the wires among them and the custom goods they use, as design JSON.
QByteArray fragment(const Document &document, const QStringList &nodeIds);
/// Adds a fragment's nodes and inner wires with fresh ids, moved by `offset`, as one undo step.
/// Returns the new node ids, or the reason it could not be pasted.
std::optional<QString> paste(Document &document,
                             const QByteArray &json,
                             const QPointF &offset,
                             QStringList *newIds = nullptr);

void copyToSystem(const Document &document, const QStringList &nodeIds);
/// The fragment on the system clipboard, if there is one.
std::optional<QByteArray> fromSystem();

} // namespace Clipboard

} // namespace tf::Ui
