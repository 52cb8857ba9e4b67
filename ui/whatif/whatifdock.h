// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/paramref.h"

#include <QDockWidget>

#include <vector>

class QLabel;
class QSlider;
class QVBoxLayout;

namespace tf::Ui {
class Document;
}

namespace tf::Ui::WhatIf {

/// Parameters pinned as sliders over their range (docs/whatif.md, "In the app"). Dragging sets
/// the parameter through Document::setParam, one edit session per drag, so a drag is one undo
/// step and the figures re-solve as it moves. Pins are view state, kept while the window lives.
class WhatIfDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit WhatIfDock(Document *document, QWidget *parent = nullptr);

    void pin(const QString &nodeId, const QString &key);
    void unpin(const QString &refText);
    /// The slider of a pin by "NODE.KEY", for tests; null when not pinned.
    QSlider *slider(const QString &refText) const;
    int pinCount() const { return int(m_pins.size()); }
    /// Slider position ↔ value, over the range fixed when pinned.
    double valueAt(const QString &refText, int position) const;

Q_SIGNALS:
    /// A value the slider reached that the core refuses, with its reason (for the status bar).
    void refusedEdit(const QString &reason);

private:
    struct Pin
    {
        ParamRef ref;
        double lo = 0, hi = 1;
        QWidget *row = nullptr;
        QSlider *slider = nullptr;
        QLabel *value = nullptr;
        int session = 0;
    };
    void moved(Pin &pin, int position);
    void refresh();
    Pin *find(const QString &refText);

    Document *m_document;
    QVBoxLayout *m_rows;
    QLabel *m_hint;
    std::vector<Pin> m_pins;
    bool m_updating = false;
};

} // namespace tf::Ui::WhatIf
