// SPDX-License-Identifier: MIT
#include "whatifdock.h"

#include "whatifnames.h"

#include "../document.h"
#include "../tr.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace tf::Ui::WhatIf {

namespace {
constexpr int kSteps = 1000;
}

WhatIfDock::WhatIfDock(Document *document, QWidget *parent)
    : QDockWidget(Tr::tr("What-if"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("WhatIfDock"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    m_rows = new QVBoxLayout(content);
    m_rows->setContentsMargins(8, 6, 8, 6);
    m_hint = new QLabel(
        Tr::tr("Pin a parameter with the pin button beside its field in the inspector: it appears "
               "here as a slider, and dragging it re-solves live."),
        content);
    m_hint->setWordWrap(true);
    m_rows->addWidget(m_hint);
    m_rows->addStretch(1);
    scroll->setWidget(content);
    setWidget(scroll);
    connect(document, &Document::solved, this, &WhatIfDock::refresh);
    connect(document, &Document::nodeRemoved, this, [this](const QString &id) {
        for (size_t i = m_pins.size(); i-- > 0;) {
            if (QString::fromStdString(m_pins[i].ref.nodeId) == id)
                unpin(QString::fromStdString(m_pins[i].ref.text()));
        }
    });
}

WhatIfDock::Pin *WhatIfDock::find(const QString &refText)
{
    for (Pin &p : m_pins) {
        if (QString::fromStdString(p.ref.text()) == refText)
            return &p;
    }
    return nullptr;
}

QSlider *WhatIfDock::slider(const QString &refText) const
{
    for (const Pin &p : m_pins) {
        if (QString::fromStdString(p.ref.text()) == refText)
            return p.slider;
    }
    return nullptr;
}

double WhatIfDock::valueAt(const QString &refText, int position) const
{
    for (const Pin &p : m_pins) {
        if (QString::fromStdString(p.ref.text()) == refText)
            return p.lo + (p.hi - p.lo) * position / kSteps;
    }
    return NAN;
}

void WhatIfDock::pin(const QString &nodeId, const QString &key)
{
    const ParamRef ref{nodeId.toStdString(), key.toStdString()};
    const QString text = QString::fromStdString(ref.text());
    if (find(text) || !m_document->design().node(ref.nodeId))
        return;
    Pin pin;
    pin.ref = ref;
    // The range is fixed when pinned, so it does not move under the hand while dragging.
    std::tie(pin.lo, pin.hi) = usableRange(m_document->viewedDesign(), ref);
    pin.row = new QWidget(m_rows->parentWidget());
    pin.row->setObjectName(QStringLiteral("pin:") + text);
    auto *grid = new QGridLayout(pin.row);
    grid->setContentsMargins(0, 4, 0, 4);
    auto *name = new QLabel(paramLabel(m_document->design(), ref), pin.row);
    name->setWordWrap(true);
    pin.value = new QLabel(pin.row);
    QFont bold = pin.value->font();
    bold.setBold(true);
    pin.value->setFont(bold);
    auto *remove = new QToolButton(pin.row);
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(Tr::tr("Unpin"));
    remove->setAutoRaise(true);
    pin.slider = new QSlider(Qt::Horizontal, pin.row);
    pin.slider->setRange(0, kSteps);
    pin.slider->setToolTip(Tr::tr("From %1 to %2").arg(shortNumber(pin.lo), shortNumber(pin.hi)));
    grid->addWidget(name, 0, 0);
    grid->addWidget(pin.value, 0, 1, Qt::AlignRight);
    grid->addWidget(remove, 0, 2);
    grid->addWidget(pin.slider, 1, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    m_rows->insertWidget(m_rows->count() - 1, pin.row);
    QSlider *s = pin.slider;
    connect(s, &QSlider::sliderPressed, this, [this, text] {
        if (Pin *p = find(text))
            p->session = m_document->newEditSession(); // the whole drag is one undo step
    });
    connect(s, &QSlider::valueChanged, this, [this, text](int position) {
        if (Pin *p = find(text); p && !m_updating)
            moved(*p, position);
    });
    connect(remove, &QToolButton::clicked, this, [this, text] { unpin(text); });
    m_pins.push_back(pin);
    m_hint->setVisible(false);
    refresh();
}

void WhatIfDock::unpin(const QString &refText)
{
    for (auto it = m_pins.begin(); it != m_pins.end(); ++it) {
        if (QString::fromStdString(it->ref.text()) == refText) {
            delete it->row;
            m_pins.erase(it);
            break;
        }
    }
    m_hint->setVisible(m_pins.empty());
}

void WhatIfDock::moved(Pin &pin, int position)
{
    const double value = pin.lo + (pin.hi - pin.lo) * position / kSteps;
    // Keys and clicks on the groove outside a drag are a step each.
    const int session = pin.slider->isSliderDown() ? pin.session : m_document->newEditSession();
    if (auto refused = m_document->setParam(QString::fromStdString(pin.ref.nodeId),
                                            QString::fromStdString(pin.ref.key),
                                            value,
                                            session)) {
        // The core refuses this value (a workload that no longer fits, ...): the figures stay
        // with the last value it took, and the planner reads why.
        Q_EMIT refusedEdit(*refused);
        return;
    }
    pin.value->setText(shortNumber(value));
}

void WhatIfDock::refresh()
{
    m_updating = true;
    for (Pin &p : m_pins) {
        const auto v = paramValue(m_document->viewedDesign(), p.ref);
        p.value->setText(v ? shortNumber(*v) : QStringLiteral("–"));
        if (v && !p.slider->isSliderDown() && p.hi > p.lo)
            p.slider->setValue(
                int(std::lround(std::clamp((*v - p.lo) / (p.hi - p.lo), 0.0, 1.0) * kSteps)));
    }
    m_updating = false;
}

} // namespace tf::Ui::WhatIf
