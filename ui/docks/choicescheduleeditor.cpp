// SPDX-License-Identifier: MIT
#include "choicescheduleeditor.h"

#include "../document.h"
#include "../tr.h"
#include "../wheelguard.h"

#include "tf/model/timeline.h"
#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tf::Ui {

namespace {

struct ChoiceKey
{
    const char *key;
    QString title;
};

std::vector<ChoiceKey> choiceKeys()
{
    return {{"system", Tr::tr("System")},
            {"accelerator", Tr::tr("Accelerator")},
            {"workload", Tr::tr("Workload")},
            {"precision", Tr::tr("Precision")}};
}

} // namespace

ChoiceScheduleEditor::ChoiceScheduleEditor(Document *document,
                                           const QString &nodeId,
                                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_nodeId(nodeId)
{
    setObjectName(QStringLiteral("choiceScheduleEditor"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // the key whole, "(scheduled)" too
    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("choiceScheduleKey"));
    guardWheel(m_key);
    for (const ChoiceKey &k : choiceKeys())
        m_key->addItem(k.title, QString::fromLatin1(k.key));
    m_key->setToolTip(Tr::tr("Which catalog choice of the hall changes by quarter: racks keep "
                             "the generation they were delivered as"));
    form->addRow(Tr::tr("Choice by quarter"), m_key);
    column->addLayout(form);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("choiceScheduleTable"));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(90);
    column->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("choiceScheduleAdd"));
    add->setText(Tr::tr("Add"));
    add->setToolTip(Tr::tr("A step a year after the last one, with the next choice that fits"));
    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("choiceScheduleRemove"));
    remove->setText(Tr::tr("Remove"));
    remove->setToolTip(Tr::tr("Removes the selected steps"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    column->addLayout(buttons);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("choiceScheduleReason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #e74c3c;"));
    m_reason->hide();
    column->addWidget(m_reason);

    connect(add, &QToolButton::clicked, this, &ChoiceScheduleEditor::addStep);
    connect(remove, &QToolButton::clicked, this, &ChoiceScheduleEditor::removeSteps);
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] {
        setReason({});
        fillTable();
    });
    // Queued: the table is filled again once the cell's editor has closed.
    connect(m_table,
            &QTableWidget::itemChanged,
            this,
            &ChoiceScheduleEditor::quarterEdited,
            Qt::QueuedConnection);
    connect(document, &Document::nodeChanged, this, [this](const QString &id) {
        if (id == m_nodeId)
            refresh();
    });
    connect(document, &Document::settingsChanged, this, &ChoiceScheduleEditor::refresh);
    refresh();
}

QComboBox *ChoiceScheduleEditor::choiceBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
}

QString ChoiceScheduleEditor::reason() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

std::string ChoiceScheduleEditor::key() const
{
    return m_key->currentData().toString().toStdString();
}

std::vector<ChoiceStep> ChoiceScheduleEditor::current() const
{
    const Node *node = m_document->design().node(m_nodeId.toStdString());
    if (!node)
        return {};
    const auto it = node->choiceSchedules.find(key());
    return it != node->choiceSchedules.end() ? it->second : std::vector<ChoiceStep>{};
}

std::vector<std::pair<QString, QString>> ChoiceScheduleEditor::candidates() const
{
    std::vector<std::pair<QString, QString>> out;
    const std::string k = key();
    out.emplace_back(QString(), k == "precision" ? Tr::tr("(model default)") : Tr::tr("(none)"));
    if (k == "precision") {
        for (const char *p : {"bf16", "fp8", "fp4"})
            out.emplace_back(QString::fromLatin1(p), QString::fromLatin1(p).toUpper());
        return out;
    }
    for (const CatalogEntry *e : catalogOf(m_document->design().settings()).ofKind(k))
        out.emplace_back(QString::fromStdString(e->id), QString::fromStdString(e->name));
    return out;
}

bool ChoiceScheduleEditor::fits(std::vector<ChoiceStep> steps, int row, const QString &id) const
{
    steps[size_t(row)].value = id.toStdString();
    return !m_document->design().checkSetChoiceSchedule(m_nodeId.toStdString(), key(), steps);
}

void ChoiceScheduleEditor::refresh()
{
    const Node *node = m_document->design().node(m_nodeId.toStdString());
    if (!node)
        return;
    // A key with steps is marked in the chooser, as a scheduled parameter is.
    const std::vector<ChoiceKey> keys = choiceKeys();
    for (int i = 0; i < m_key->count() && i < int(keys.size()); ++i)
        m_key->setItemText(i,
                           node->choiceSchedules.count(keys[size_t(i)].key)
                               ? Tr::tr("%1 (scheduled)").arg(keys[size_t(i)].title)
                               : keys[size_t(i)].title);
    fillTable();
}

void ChoiceScheduleEditor::fillTable()
{
    const QSignalBlocker block(m_table); // filling is not editing
    m_filling = true;
    m_table->setHorizontalHeaderLabels(
        {Tr::tr("From quarter"), choiceKeys()[size_t(std::max(0, m_key->currentIndex()))].title});
    const std::vector<ChoiceStep> steps = current();
    const auto all = candidates();
    m_table->setRowCount(0);
    m_table->setRowCount(int(steps.size()));
    for (int r = 0; r < int(steps.size()); ++r) {
        const ChoiceStep &s = steps[size_t(r)];
        m_table->setItem(
            r, 0, new QTableWidgetItem(QString::fromStdString(quarterText(s.quarter))));
        // Only the choices the gate takes in this row, the row's own always among them.
        auto *box = new QComboBox(m_table);
        box->setObjectName(QStringLiteral("choiceStep%1").arg(r));
        guardWheel(box);
        for (const auto &[id, name] : all) {
            if (id.toStdString() == s.value || fits(steps, r, id))
                box->addItem(name, id);
        }
        if (box->findData(QString::fromStdString(s.value)) < 0) // unknown to the catalog now
            box->addItem(QString::fromStdString(s.value), QString::fromStdString(s.value));
        box->setCurrentIndex(box->findData(QString::fromStdString(s.value)));
        box->setToolTip(Tr::tr("The catalog entries that fit the hall in this quarter"));
        // Queued: the table is filled again, this combo with it, once its event is over.
        connect(
            box, &QComboBox::activated, this, [this, r] { choicePicked(r); }, Qt::QueuedConnection);
        m_table->setCellWidget(r, 1, box);
    }
    m_filling = false;
}

void ChoiceScheduleEditor::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void ChoiceScheduleEditor::apply(std::vector<ChoiceStep> steps)
{
    // In quarter order, as the core keeps them; a quarter typed out of order is still meant.
    std::stable_sort(steps.begin(), steps.end(), [](const ChoiceStep &a, const ChoiceStep &b) {
        return a.quarter < b.quarter;
    });
    const auto refused
        = m_document->setChoiceSchedule(m_nodeId, m_key->currentData().toString(), steps);
    setReason(refused.value_or(QString()));
    fillTable(); // the design's steps, whether taken or not
}

void ChoiceScheduleEditor::quarterEdited()
{
    if (m_filling)
        return;
    std::vector<ChoiceStep> steps = current();
    for (int r = 0; r < m_table->rowCount() && r < int(steps.size()); ++r) {
        const QTableWidgetItem *item = m_table->item(r, 0);
        const QString text = item ? item->text().trimmed() : QString();
        const auto q = parseQuarter(text.toStdString());
        if (!q) {
            setReason(
                Tr::tr("Row %1: \"%2\" is not a quarter such as 2027Q3").arg(r + 1).arg(text));
            return; // the row stays as typed, to be corrected
        }
        steps[size_t(r)].quarter = *q;
    }
    apply(std::move(steps));
}

void ChoiceScheduleEditor::choicePicked(int row)
{
    std::vector<ChoiceStep> steps = current();
    const QComboBox *box = choiceBox(row);
    if (!box || row >= int(steps.size()))
        return;
    steps[size_t(row)].value = box->currentData().toString().toStdString();
    apply(std::move(steps));
}

void ChoiceScheduleEditor::addStep()
{
    const Node *node = m_document->design().node(m_nodeId.toStdString());
    if (!node)
        return;
    std::vector<ChoiceStep> steps = current();
    const QuarterIndex q = steps.empty() ? m_document->design().settings().timeline.start + 4
                                         : steps.back().quarter + 4;
    // The choice in force until then: the last step's, else the node's own.
    std::string before;
    if (!steps.empty())
        before = steps.back().value;
    else if (const auto it = node->choices.find(key()); it != node->choices.end())
        before = it->second;
    steps.push_back({q, before});
    // The next choice in the catalog's order that fits, so the step changes something.
    const auto all = candidates();
    auto at = std::find_if(
        all.begin(), all.end(), [&](const auto &c) { return c.first.toStdString() == before; });
    const size_t start = at == all.end() ? 0 : size_t(at - all.begin()) + 1;
    for (size_t i = 0; i < all.size(); ++i) {
        const QString &id = all[(start + i) % all.size()].first;
        if (id.toStdString() != before && !id.isEmpty() && fits(steps, int(steps.size()) - 1, id)) {
            steps.back().value = id.toStdString();
            apply(std::move(steps));
            return;
        }
    }
    setReason(Tr::tr("No other catalog choice fits this hall in %1")
                  .arg(QString::fromStdString(quarterText(q))));
}

void ChoiceScheduleEditor::removeSteps()
{
    std::vector<ChoiceStep> steps = current();
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes())
        rows << i.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (*it < int(steps.size()))
            steps.erase(steps.begin() + *it);
    }
    apply(std::move(steps));
}

} // namespace tf::Ui
