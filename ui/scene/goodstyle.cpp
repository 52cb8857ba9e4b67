// SPDX-License-Identifier: MIT
#include "goodstyle.h"

#include <QHash>

namespace tf::Ui {

QColor goodColor(const Design &design, const std::string &goodId)
{
    if (const Good *g = design.good(goodId); g && !g->color.empty()) {
        const QColor c(QString::fromStdString(g->color));
        if (c.isValid())
            return c;
    }
    const uint hash = qHash(QString::fromStdString(goodId));
    return QColor::fromHsv(int(hash % 360), 150, 200);
}

QColor kindColor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Supplier:
        return QColor(0x5d, 0x6d, 0x7e);
    case NodeKind::Sink:
        return QColor(0xc0, 0x39, 0x2b);
    case NodeKind::Fab:
        return QColor(0x2e, 0x86, 0xde);
    case NodeKind::Packaging:
        return QColor(0x16, 0xa0, 0x85);
    case NodeKind::Memory:
        return QColor(0x8e, 0x44, 0xad);
    case NodeKind::Optics:
        return QColor(0xd3, 0x54, 0x00);
    case NodeKind::Integrator:
        return QColor(0x27, 0xae, 0x60);
    case NodeKind::Vendor:
        return QColor(0x76, 0xb9, 0x00);
    case NodeKind::Power:
        return QColor(0xb7, 0x95, 0x0b);
    case NodeKind::Datacenter:
        return QColor(0x34, 0x49, 0x5e);
    case NodeKind::Process:
        return QColor(0x7f, 0x8c, 0x8d);
    case NodeKind::Reroute:
        return QColor(0x95, 0xa5, 0xa6);
    }
    return Qt::gray;
}

} // namespace tf::Ui
