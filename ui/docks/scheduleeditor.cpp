// SPDX-License-Identifier: MIT
#include "scheduleeditor.h"

#include "choicescheduleeditor.h"

#include "../document.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"
#include "../wheelguard.h"

#include "tf/model/nodekind.h"
#include "tf/model/timeline.h"
#include "tf/physics/catalogschedule.h"
#include "tf/physics/rackthroughput.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace tf::Ui {

namespace {

QString numberText(double v)
{
    return QLocale().toString(v, 'f', QLocale::FloatingPointShortest);
}

/// The cells of a row and the separator they were split on (none for a single cell).
QStringList splitCells(const QString &line, QChar *separator)
{
    for (QChar sep : {QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(',')}) {
        if (line.contains(sep)) {
            *separator = sep;
            return line.split(sep);
        }
    }
    *separator = QChar();
    return {line};
}

} // namespace

std::optional<std::vector<ScheduleStep>> parseScheduleText(const QString &text, QString *error)
{
    std::vector<ScheduleStep> steps;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    for (int i = 0; i < lines.size(); ++i) {
        QChar separator;
        const QStringList cells = splitCells(lines[i], &separator);
        if (lines[i].trimmed().isEmpty())
            continue;
        const auto quarter = parseQuarter(cells.value(0).trimmed().toStdString());
        if (!quarter && steps.empty() && !parseNumber(cells.value(1)))
            continue; // a header row ("Quarter, Capacity")
        if (!quarter) {
            *error = Tr::tr("Row %1: \"%2\" is not a quarter such as 2027Q3")
                         .arg(i + 1)
                         .arg(cells.value(0).trimmed());
            return std::nullopt;
        }
        // With a comma for decimals, "2027Q3,1,5" is a quarter and 1.5: join what follows. Split
        // on anything else, the value is the second cell and further columns are not read.
        const bool commaDecimals
            = separator == QLatin1Char(',') && QLocale().decimalPoint() == QStringLiteral(",");
        const QString rest = commaDecimals ? cells.mid(1).join(QLatin1Char(',')) : cells.value(1);
        const std::optional<double> value = parseNumber(rest);
        if (!value) {
            *error = Tr::tr("Row %1: \"%2\" is not a number").arg(i + 1).arg(rest.trimmed());
            return std::nullopt;
        }
        steps.push_back({*quarter, *value});
    }
    return steps;
}

ScheduleEditor::ScheduleEditor(Document *document, const QString &nodeId, QWidget *parent)
    : QGroupBox(Tr::tr("Over time"), parent)
    , m_document(document)
    , m_nodeId(nodeId)
{
    setObjectName(QStringLiteral("scheduleEditor"));
    const Node *node = document->design().node(nodeId.toStdString());
    auto *column = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    if (node && hasLeadTime(node->kind)) {
        m_leadTime = new QSpinBox(this);
        m_leadTime->setObjectName(QStringLiteral("leadTime"));
        guardWheel(m_leadTime);
        m_leadTime->setRange(-1, 20);
        m_leadTime->setSpecialValueText(
            Tr::tr("Default: %n quarter(s)", nullptr, int(defaultLeadTimeQuarters(node->kind))));
        m_leadTime->setToolTip(Tr::tr("How many quarters this stage delays its output (wafer "
                                      "start to die, die to package, package to rack)"));
        form->addRow(Tr::tr("Lead time (quarters)"), m_leadTime);
        connect(m_leadTime, &QSpinBox::valueChanged, this, &ScheduleEditor::leadTimeEdited);
        // Leaving the box (or Enter) ends its session: the next change is a new undo step.
        connect(m_leadTime, &QSpinBox::editingFinished, this, [this] { m_leadSession = 0; });
    }
    m_param = new QComboBox(this);
    m_param->setObjectName(QStringLiteral("scheduleParameter"));
    guardWheel(m_param);
    if (node) {
        for (const ParamSpec &spec : kindInfo(node->kind).params)
            m_param->addItem(Names::paramLabel(spec), QString::fromStdString(spec.key));
        const int capacity = m_param->findData(QStringLiteral("capacity"));
        m_param->setCurrentIndex(capacity >= 0 ? capacity : 0);
    }
    form->addRow(Tr::tr("Schedule of"), m_param);
    column->addLayout(form);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setHorizontalHeaderLabels({Tr::tr("From quarter"), Tr::tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(120);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    column->addWidget(m_table);

    // Two rows of buttons, editing and bringing figures in, so a narrow dock shows them whole
    // in every language (one row of five was wider than the inspector in German).
    auto *editRow = new QHBoxLayout;
    auto *dataRow = new QHBoxLayout;
    auto button = [this](QHBoxLayout *row, const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        row->addWidget(b);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    button(editRow,
           Tr::tr("Add"),
           Tr::tr("A step a year after the last one"),
           &ScheduleEditor::addStep);
    button(editRow,
           Tr::tr("Remove"),
           Tr::tr("Removes the selected steps"),
           &ScheduleEditor::removeStep);
    button(dataRow,
           Tr::tr("Paste"),
           Tr::tr("Rows of quarter and value from a spreadsheet"),
           &ScheduleEditor::paste);
    button(dataRow,
           Tr::tr("Import…"),
           Tr::tr("A CSV file of quarter and value rows"),
           &ScheduleEditor::importInteractive);
    m_catalog = button(dataRow,
                       Tr::tr("Catalog"),
                       Tr::tr("The catalog's yearly capacity figures as a schedule"),
                       [] {});
    m_catalog->setPopupMode(QToolButton::InstantPopup);
    m_catalog->setMenu(new QMenu(m_catalog));
    editRow->addStretch(1);
    dataRow->addStretch(1);
    column->addLayout(editRow);
    column->addLayout(dataRow);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("scheduleReason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #e74c3c;"));
    m_reason->hide();
    column->addWidget(m_reason);
    // A hall's system, accelerator, workload or precision by quarter (GB200, then GB300).
    if (node && node->kind == NodeKind::Datacenter)
        column->addWidget(new ChoiceScheduleEditor(document, nodeId, this));

    connect(m_param, &QComboBox::currentIndexChanged, this, [this] {
        setReason({});
        refresh();
    });
    // Queued: the table is filled again once its editor has closed.
    connect(m_table,
            &QTableWidget::itemChanged,
            this,
            &ScheduleEditor::tableEdited,
            Qt::QueuedConnection);
    connect(document, &Document::nodeChanged, this, [this](const QString &id) {
        if (id == m_nodeId)
            refresh();
    });
    connect(document, &Document::settingsChanged, this, &ScheduleEditor::refresh);
    refresh();
}

void ScheduleEditor::leadTimeEdited(int quarters)
{
    if (m_filling)
        return;
    // The clicks (or keys) of one visit to the box are one undo step, as the settings dock's
    // fields are; each keeps the note the lead time had when the session began.
    if (m_leadSession == 0) {
        m_leadSession = m_document->newEditSession();
        const Node *node = m_document->design().node(m_nodeId.toStdString());
        m_leadSessionStart = node ? node->leadTime : std::nullopt;
    }
    const auto refused
        = m_document->setLeadTime(m_nodeId,
                                  quarters < 0 ? std::nullopt : std::optional<double>(quarters),
                                  m_leadSession,
                                  m_leadSessionStart);
    setReason(refused.value_or(QString()));
    if (refused)
        refresh();
}

QString ScheduleEditor::reason() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

QString ScheduleEditor::key() const
{
    return m_param->currentData().toString();
}

const Schedule *ScheduleEditor::current() const
{
    const Node *node = m_document->design().node(m_nodeId.toStdString());
    if (!node)
        return nullptr;
    const auto it = node->schedules.find(key().toStdString());
    return it != node->schedules.end() ? &it->second : nullptr;
}

void ScheduleEditor::refresh()
{
    const Node *node = m_document->design().node(m_nodeId.toStdString());
    if (!node)
        return;
    m_filling = true;
    if (m_leadTime)
        m_leadTime->setValue(node->leadTime ? int(node->leadTime->value) : -1);
    // A scheduled parameter is marked in the chooser.
    for (int i = 0; i < m_param->count(); ++i) {
        const ParamSpec *spec
            = kindInfo(node->kind).param(m_param->itemData(i).toString().toStdString());
        if (!spec)
            continue;
        const bool scheduled = node->schedules.count(spec->key) > 0;
        m_param->setItemText(i,
                             scheduled ? Tr::tr("%1 (scheduled)").arg(Names::paramLabel(*spec))
                                       : Names::paramLabel(*spec));
    }
    m_filling = false;
    fillTable(current());
    fillCatalogMenu();
}

void ScheduleEditor::fillTable(const Schedule *schedule)
{
    const QSignalBlocker block(m_table); // filling is not editing
    m_filling = true;
    m_table->setRowCount(0);
    if (schedule) {
        m_table->setRowCount(int(schedule->steps.size()));
        for (int r = 0; r < int(schedule->steps.size()); ++r) {
            const ScheduleStep &s = schedule->steps[size_t(r)];
            m_table->setItem(
                r, 0, new QTableWidgetItem(QString::fromStdString(quarterText(s.quarter))));
            auto *value = new QTableWidgetItem(numberText(s.value));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, 1, value);
        }
    }
    m_filling = false;
}

void ScheduleEditor::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void ScheduleEditor::apply(std::optional<Schedule> schedule)
{
    if (schedule) {
        // In quarter order, as the core keeps them; a table typed out of order is still meant.
        std::stable_sort(
            schedule->steps.begin(),
            schedule->steps.end(),
            [](const ScheduleStep &a, const ScheduleStep &b) { return a.quarter < b.quarter; });
        if (const Schedule *old = current(); old && schedule->source.empty()) {
            schedule->source = old->source; // the figures change, their note stays
            schedule->estimate = old->estimate;
        }
    }
    const auto refused = m_document->setSchedule(m_nodeId, key(), schedule);
    setReason(refused.value_or(QString()));
    fillTable(current()); // the design's schedule, whether taken or not
}

void ScheduleEditor::tableEdited()
{
    if (m_filling)
        return;
    QString text;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *q = m_table->item(r, 0);
        const QTableWidgetItem *v = m_table->item(r, 1);
        if ((!q || q->text().trimmed().isEmpty()) && (!v || v->text().trimmed().isEmpty()))
            continue;
        text += (q ? q->text() : QString()) + QLatin1Char('\t') + (v ? v->text() : QString())
                + QLatin1Char('\n');
    }
    QString error;
    const auto steps = parseScheduleText(text, &error);
    if (!steps) {
        setReason(error);
        return; // the row stays as typed, to be corrected
    }
    Schedule s;
    s.steps = *steps;
    apply(std::move(s));
}

void ScheduleEditor::addStep()
{
    const Schedule *old = current();
    Schedule s = old ? *old : Schedule{};
    const Node *node = m_document->design().node(m_nodeId.toStdString());
    const QuarterIndex q = s.steps.empty() ? m_document->design().settings().timeline.start + 4
                                           : s.steps.back().quarter + 4;
    const double v
        = !s.steps.empty() ? s.steps.back().value : node->param(key().toStdString()).value_or(0.0);
    s.steps.push_back({q, v});
    apply(std::move(s));
}

void ScheduleEditor::removeStep()
{
    const Schedule *old = current();
    if (!old)
        return;
    Schedule s = *old;
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes())
        rows << i.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (*it < int(s.steps.size()))
            s.steps.erase(s.steps.begin() + *it);
    }
    apply(s.steps.empty() ? std::nullopt : std::optional<Schedule>(s));
}

void ScheduleEditor::pasteText(const QString &text)
{
    QString error;
    const auto steps = parseScheduleText(text, &error);
    if (!steps || steps->empty()) {
        setReason(steps ? Tr::tr("Nothing to paste: rows of a quarter and a value are expected")
                        : error);
        return;
    }
    // Pasted steps replace those of the same quarter and join the others.
    std::map<QuarterIndex, double> merged;
    if (const Schedule *old = current())
        for (const ScheduleStep &s : old->steps)
            merged[s.quarter] = s.value;
    for (const ScheduleStep &s : *steps)
        merged[s.quarter] = s.value;
    Schedule s;
    for (const auto &[q, v] : merged)
        s.steps.push_back({q, v});
    apply(std::move(s));
}

void ScheduleEditor::paste()
{
    pasteText(QApplication::clipboard()->text());
}

void ScheduleEditor::importCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setReason(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    QString error;
    const auto steps = parseScheduleText(QString::fromUtf8(f.readAll()), &error);
    if (!steps || steps->empty()) {
        setReason(steps ? Tr::tr("%1 holds no rows of a quarter and a value").arg(path)
                        : Tr::tr("%1: %2").arg(path, error));
        return;
    }
    Schedule s;
    s.steps = *steps;
    s.source = QFileInfo(path).fileName().toStdString(); // where the figures came from
    apply(std::move(s));
}

void ScheduleEditor::importInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, Tr::tr("Import Schedule"), QString(), Tr::tr("CSV table (*.csv *.txt)"));
    if (!path.isEmpty())
        importCsv(path);
}

void ScheduleEditor::fillCatalogMenu()
{
    QMenu *menu = m_catalog->menu();
    menu->clear();
    const Design &design = m_document->design();
    const Node *node = design.node(m_nodeId.toStdString());
    const bool capacity
        = key() == QLatin1String("capacity") && node && node->param("capacity").has_value();
    const Catalog &catalog = catalogOf(design.settings());
    if (capacity) {
        for (const CatalogEntry *e :
             entriesWithYearlyCapacity(catalog, quarterYear(design.settings().timeline.start))) {
            const QString id = QString::fromStdString(e->id);
            menu->addAction(QString::fromStdString(e->name), this, [this, id] {
                const Design &d = m_document->design();
                const Node *n = d.node(m_nodeId.toStdString());
                if (!n)
                    return;
                const auto s = catalogSchedule(catalogOf(d.settings()),
                                               id.toStdString(),
                                               n->param("capacity").value_or(0.0),
                                               quarterYear(d.settings().timeline.start));
                if (!s) {
                    setReason(Tr::tr("The catalog has no yearly figures after the timeline's "
                                     "first year for this entry"));
                    return;
                }
                apply(*s);
            });
        }
    }
    m_catalog->setEnabled(!menu->isEmpty());
}

} // namespace tf::Ui
