// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/node.h"
#include "tf/model/schedule.h"

#include <QGroupBox>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace tf::Ui {

class Document;

/// Steps read from a table's text (a spreadsheet's cells, a CSV file): rows of a quarter
/// ("2027Q3") and a value in the locale's or the file's decimals; a header row and empty rows
/// are skipped. Cells are split at tabs, else semicolons, else commas. On a bad row, empty with
/// `error` naming the row and what is wrong.
std::optional<std::vector<ScheduleStep>> parseScheduleText(const QString &text, QString *error);

/// The plan over time of one node in the inspector (docs/editor.md, "The timeline"): its lead
/// time, and the schedule of a parameter as a table of (from quarter, value) rows, with paste from
/// a spreadsheet, import from CSV and the catalog's yearly figures as a default. Every change is
/// one undoable command through the core's gate; a refused one is named under the table and the
/// table shows the design's schedule again.
class ScheduleEditor : public QGroupBox
{
    Q_OBJECT

public:
    ScheduleEditor(Document *document, const QString &nodeId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *parameterBox() const { return m_param; }
    QSpinBox *leadTimeBox() const { return m_leadTime; }
    QString reason() const;
    /// Merges the steps of `text` (tab, newline separated) into the schedule: one command.
    void pasteText(const QString &text);
    /// Reads a CSV file of quarter and value rows into the schedule: one command.
    void importCsv(const QString &path);

private:
    void refresh();
    void leadTimeEdited(int quarters);
    void fillTable(const Schedule *schedule);
    void tableEdited();
    void apply(std::optional<Schedule> schedule);
    void setReason(const QString &reason);
    void addStep();
    void removeStep();
    void paste();
    void importInteractive();
    void fillCatalogMenu();
    QString key() const;
    const Schedule *current() const;

    Document *m_document;
    QString m_nodeId;
    QSpinBox *m_leadTime = nullptr;
    int m_leadSession = 0;                        ///< the lead time's editing session (0: none yet)
    std::optional<ParamValue> m_leadSessionStart; ///< the lead time as that session began
    QComboBox *m_param;
    QTableWidget *m_table;
    QToolButton *m_catalog;
    QLabel *m_reason;
    bool m_filling = false;
};

} // namespace tf::Ui
