// SPDX-License-Identifier: MIT
#include "scenariodiffdock.h"

#include "../document.h"
#include "../messagetext.h"
#include "../scene/designscene.h"
#include "../scene/diffoverlay.h"
#include "../tr.h"
#include "../unitformat.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <utility>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

ScenarioDiffDock::ScenarioDiffDock(Document *document, DesignScene *scene, QWidget *parent)
    : QDockWidget(Tr::tr("Scenario Diff"), parent)
    , m_document(document)
    , m_overlay(new DiffOverlay(scene))
{
    setObjectName(QStringLiteral("ScenarioDiffDock"));
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(4, 4, 4, 4);
    m_reference = new QComboBox(content);
    m_reference->setObjectName(QStringLiteral("diffReference"));
    m_compared = new QComboBox(content);
    m_compared->setObjectName(QStringLiteral("diffCompared"));
    m_swap = new QPushButton(Tr::tr("Swap"), content);
    m_swap->setObjectName(QStringLiteral("diffSwap"));
    m_swap->setToolTip(Tr::tr("Make the compared scenario the reference"));
    auto *refLabel = new QLabel(Tr::tr("Reference:"), content);
    auto *cmpLabel = new QLabel(Tr::tr("Compared:"), content);
    refLabel->setBuddy(m_reference);
    cmpLabel->setBuddy(m_compared);
    grid->addWidget(refLabel, 0, 0);
    grid->addWidget(m_reference, 0, 1);
    grid->addWidget(m_swap, 0, 2, 2, 1);
    grid->addWidget(cmpLabel, 1, 0);
    grid->addWidget(m_compared, 1, 1);
    grid->setColumnStretch(1, 1);
    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);
    grid->addWidget(m_summary, 2, 0, 1, 3);
    m_list = new QTreeWidget(content);
    // One column of two-line items (the node; what and how it changed): readable at any width.
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(0);
    m_list->setTextElideMode(Qt::ElideNone);
    grid->addWidget(m_list, 3, 0, 1, 3);
    setWidget(content);

    fillChoices();
    connect(m_reference, &QComboBox::currentIndexChanged, this, [this] { scheduleRefresh(); });
    connect(m_compared, &QComboBox::currentIndexChanged, this, [this] { scheduleRefresh(); });
    connect(m_swap, &QPushButton::clicked, this, &ScenarioDiffDock::swap);
    // Two cold solves: only when what they solve changed, not on each result the window shows.
    connect(document, &Document::designChanged, this, &ScenarioDiffDock::scheduleRefresh);
    connect(document, &Document::modeChanged, this, &ScenarioDiffDock::scheduleRefresh);
    connect(document, &Document::solved, this, &ScenarioDiffDock::scheduleRemark);
    connect(document, &Document::scenariosChanged, this, [this] {
        fillChoices();
        scheduleRefresh();
    });
    // Shown only while the tab is in sight: a tab behind another counts as closed.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_inSight && isFloating() && !m_placed && parentWidget()) {
            // First opened: over the palette, the canvas left in sight.
            m_placed = true;
            const QWidget *window = parentWidget()->window();
            resize(460, std::min(620, window->height() - 140));
            move(window->mapToGlobal(QPoint(8, 70)));
        }
        m_inSight = visible;
        if (visible)
            scheduleRefresh();
        else
            m_overlay->clear();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT nodeActivated(item->data(0, Qt::UserRole).toString());
    });
}

void ScenarioDiffDock::fillChoices()
{
    // Item data is the scenario's name, empty for the Base; the text is what the user reads.
    const QSignalBlocker a(m_reference), b(m_compared);
    const QVariant ref = m_reference->currentData(), cmp = m_compared->currentData();
    for (QComboBox *box : {m_reference, m_compared}) {
        box->clear();
        box->addItem(Tr::tr("Base"), QString());
        for (const Scenario &s : m_document->scenarios())
            box->addItem(fromStd(s.name), fromStd(s.name));
    }
    auto restore = [](QComboBox *box, const QVariant &v, int fallback) {
        const int i = v.isValid() ? box->findData(v) : -1;
        box->setCurrentIndex(i >= 0 ? i : std::min(fallback, box->count() - 1));
    };
    restore(m_reference, ref, 0);
    restore(m_compared, cmp, 1);
    // Nothing to compare with itself: the first other view (a new scenario against the Base).
    if (m_compared->currentIndex() == m_reference->currentIndex() && m_compared->count() > 1)
        m_compared->setCurrentIndex(m_reference->currentIndex() == 0 ? 1 : 0);
}

void ScenarioDiffDock::swap()
{
    const int ref = m_reference->currentIndex();
    {
        const QSignalBlocker block(m_reference);
        m_reference->setCurrentIndex(m_compared->currentIndex());
    }
    m_compared->setCurrentIndex(ref); // one refresh
    scheduleRefresh();
}

void ScenarioDiffDock::scheduleRefresh()
{
    m_resolve = true;
    queue();
}

void ScenarioDiffDock::scheduleRemark()
{
    queue();
}

void ScenarioDiffDock::queue()
{
    if (m_queued)
        return;
    m_queued = true;
    // After the rest of this turn: the canvas shows the new solve first, then the diff on it.
    QTimer::singleShot(0, this, [this] {
        m_queued = false;
        if (std::exchange(m_resolve, false))
            refresh();
        else if (m_inSight && !m_diff.differences.empty() && m_diff.messages.empty())
            m_overlay->show(m_diff);
    });
}

QString ScenarioDiffDock::summary() const
{
    return m_summary->text();
}

void ScenarioDiffDock::refresh()
{
    m_list->clear();
    if (!m_inSight || m_document->scenarios().empty()) {
        m_diff = {};
        m_overlay->clear();
        m_summary->setText(Tr::tr("Add a scenario (What-if ▸ Scenarios) to compare it here."));
        return;
    }
    const std::string ref = m_reference->currentData().toString().toStdString();
    const std::string cmp = m_compared->currentData().toString().toStdString();
    SolveOptions solve = m_document->solveOptions();
    solve.scenario.clear();
    m_diff = diffScenarios(m_document->design(), m_document->scenarios(), ref, cmp, solve);
    ++m_diffsSolved;
    if (!m_diff.messages.empty()) {
        m_overlay->clear();
        m_summary->setText(messageText(m_document->design(), m_diff.messages.front()));
        return;
    }
    if (m_diff.differences.empty()) {
        m_overlay->clear();
        m_summary->setText(ref == cmp ? Tr::tr("Pick two different scenarios to compare.")
                                      : Tr::tr("No differences."));
        return;
    }
    m_summary->setText(
        Tr::tr("%n difference(s). Tokens/s: %1 → %2", "", int(m_diff.differences.size()))
            .arg(UnitFormat::scaled(m_diff.referenceTokensPerS),
                 UnitFormat::scaled(m_diff.comparedTokensPerS)));
    for (const ScenarioDifference &d : m_diff.differences) {
        using What = ScenarioDifference::What;
        QString what;
        switch (d.what) {
        case What::Param:
        case What::Choice:
            what = DiffOverlay::inputName(m_document->design(), d);
            break;
        case What::Activity:
            what = Tr::tr("activity");
            break;
        case What::Flow:
            what = Tr::tr("flow to '%1'")
                       .arg(m_document->nodeName(fromStd(m_document->design().link(d.linkId)->to)));
            break;
        }
        auto *item
            = new QTreeWidgetItem(m_list,
                                  {m_document->nodeName(fromStd(d.nodeId)) + QLatin1Char('\n')
                                   + Tr::tr("%1: %2").arg(what, DiffOverlay::change(d))});
        item->setData(0, Qt::UserRole, fromStd(d.nodeId));
        item->setToolTip(0, DiffOverlay::describe(m_document->design(), d));
    }
    m_overlay->show(m_diff);
}

} // namespace tf::Ui
