// SPDX-License-Identifier: MIT
#include "chartpanel.h"

#include "chartkinds.h"
#include "chartstyle.h"
#include "interactivitychart.h"

#include "../document.h"
#include "../export/exportactions.h"
#include "../tr.h"

#include "tf/physics/rackthroughput.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tf::Ui::Charts {

namespace {

/// Below this a pie's legend or a line chart's axis title no longer fits.
constexpr int kLeastChartHeight = 200;

} // namespace

ChartPanel::ChartPanel(Document *document, const QString &kind, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kinds(new QComboBox(this))
    , m_compare(new QComboBox(this))
    , m_layout(new QVBoxLayout(this))
    , m_scroll(new QScrollArea(this))
{
    m_layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    for (const ChartKind &k : chartKinds())
        m_kinds->addItem(k.name, k.id);
    m_kinds->setObjectName(QStringLiteral("chartKind"));
    bar->addWidget(m_kinds, 1);
    // The interactivity chart compares the design's systems with one the planner picks.
    m_compare->setObjectName(QStringLiteral("chartCompare"));
    m_compare->setToolTip(Tr::tr("A catalog system to compare, running the first datacenter's "
                                 "workload"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_compare);
    connect(m_compare, &QComboBox::activated, this, [this](int) {
        setInteractivityComparison(m_compare->currentData().toString());
        m_stale = true;
        rebuild();
    });
    auto button = [this, bar](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        bar->addWidget(b);
        return b;
    };
    connect(button(Tr::tr("Export…"), Tr::tr("Save this chart as PNG, SVG or PDF")),
            &QToolButton::clicked,
            this,
            [this] { Export::exportChartInteractive(this, m_document, this->kind()); });
    connect(button(Tr::tr("Copy"), Tr::tr("Copy this chart to the clipboard")),
            &QToolButton::clicked,
            this,
            [this] { Export::copyChart(m_document, this->kind()); });
    connect(button(Tr::tr("Window"), Tr::tr("Open this chart in a window of its own")),
            &QToolButton::clicked,
            this,
            [this] { Q_EMIT openInWindowRequested(this->kind()); });
    m_layout->addLayout(bar);
    // The chart fills the panel; one with more bar rows than fit (a short dock) keeps each row
    // tall enough for its label and scrolls, tightest limits first at the top.
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->addWidget(m_scroll, 1);
    setKind(kind);
    connect(m_kinds, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        rebuild();
    });
    // A chart is rebuilt once the figures settle, not on every keystroke or slider tick: the
    // canvas and the figures panel stay live within a frame, the chart follows a moment later.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(150);
    connect(&m_rebuildTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            rebuild();
    });
    connect(document, &Document::solved, this, [this] {
        m_stale = true;
        if (isVisible())
            m_rebuildTimer.start();
    });
    rebuild();
}

QString ChartPanel::kind() const
{
    return m_kinds->currentData().toString();
}

void ChartPanel::setKind(const QString &kind)
{
    const int i = m_kinds->findData(kind);
    if (i >= 0)
        m_kinds->setCurrentIndex(i);
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void ChartPanel::fillComparison()
{
    const bool shown = kind() == QLatin1String("interactivity");
    m_compare->setVisible(shown);
    if (!shown)
        return;
    const QString current = interactivityComparison();
    m_compare->clear();
    m_compare->addItem(Tr::tr("Compare with…"), QString());
    for (const CatalogEntry *e : catalogOf(m_document->design().settings()).ofKind("system"))
        m_compare->addItem(QString::fromStdString(e->name), QString::fromStdString(e->id));
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(current)));
}

void ChartPanel::rebuild()
{
    fillComparison();
    QWidget *next = createChart(kind(), *m_document, this);
    if (!next)
        return;
    // In a dock every pixel goes to the chart: no frame of background around it.
    if (auto *view = qobject_cast<QChartView *>(next)) {
        view->chart()->layout()->setContentsMargins(0, 0, 0, 0);
        view->chart()->setBackgroundRoundness(0);
    }
    // A chart without rows scales to the dock (its own minimum is for windows of its own).
    const int rows = legibleHeight(next);
    next->setMinimumHeight(rows > 0 ? std::max(next->minimumHeight(), rows) : kLeastChartHeight);
    const int scrolled = m_scroll->verticalScrollBar()->value();
    m_scroll->setWidget(next); // deletes the chart shown before
    m_scroll->verticalScrollBar()->setValue(scrolled);
    m_chart = next;
    m_stale = false;
}

ChartWindow::ChartWindow(Document *document, const QString &kind, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_panel(new ChartPanel(document, kind, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    auto title = [this] {
        setWindowTitle(Tr::tr("%1 — Token Factory Planner")
                           .arg(m_panel->chart()
                                    ? m_panel->chart()->property("chartTitle").toString()
                                    : QString()));
    };
    connect(document, &Document::solved, this, title);
    connect(m_panel, &ChartPanel::openInWindowRequested, this, [document, this](const QString &k) {
        auto *w = new ChartWindow(document, k, parentWidget());
        w->show();
    });
    title();
    resize(960, 600);
}

} // namespace tf::Ui::Charts
