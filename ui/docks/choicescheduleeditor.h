// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/schedule.h"

#include <QString>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tf::Ui {

class Document;

/// A datacenter's catalog choices by quarter in the inspector (docs/editor.md, "Editing the plan
/// over time"): a hall takes GB200 NVL72 racks until a quarter and GB300 NVL72 after. A table of
/// (from quarter, choice) rows for the chosen key (system by default); each row's choice is picked
/// by name from the catalog entries the core's gate accepts in that row. Every change (a quarter
/// typed, a choice picked, Add, Remove) is one undoable command; a refused one is named under the
/// table, nothing is pushed and the table shows the design's steps again.
class ChoiceScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    ChoiceScheduleEditor(Document *document, const QString &nodeId, QWidget *parent = nullptr);

    QComboBox *keyBox() const { return m_key; }
    QTableWidget *table() const { return m_table; }
    /// The choice of step `row`: a combo in the table's second column.
    QComboBox *choiceBox(int row) const;
    QString reason() const;

private:
    void refresh();
    void fillTable();
    void apply(std::vector<ChoiceStep> steps);
    void setReason(const QString &reason);
    void quarterEdited();
    void choicePicked(int row);
    void addStep();
    void removeSteps();
    /// The catalog's ids for the key with their names ("" first: none, or the model's default).
    std::vector<std::pair<QString, QString>> candidates() const;
    /// Whether the gate takes `steps` with step `row`'s choice set to `id`.
    bool fits(std::vector<ChoiceStep> steps, int row, const QString &id) const;
    std::string key() const;
    std::vector<ChoiceStep> current() const;

    Document *m_document;
    QString m_nodeId;
    QComboBox *m_key;
    QTableWidget *m_table;
    QLabel *m_reason;
    bool m_filling = false;
};

} // namespace tf::Ui
