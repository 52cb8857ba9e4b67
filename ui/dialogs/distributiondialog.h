// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/distribution.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tf::Ui {

/// Edits the uncertainty of one parameter: kind and its numbers, checked with core's
/// checkDistribution before OK is taken. "Remove" clears it (distribution() is then empty).
class DistributionDialog : public QDialog
{
    Q_OBJECT

public:
    DistributionDialog(const QString &parameter,
                       double value,
                       const std::optional<Distribution> &current,
                       QWidget *parent = nullptr);
    /// What the planner chose: empty after Remove.
    std::optional<Distribution> distribution() const { return m_result; }
    /// The distribution the fields describe, or the reason they do not describe one.
    std::optional<Distribution> fromFields(QString *error) const;

private:
    void kindChanged();
    void validate();

    QComboBox *m_kind;
    QLineEdit *m_fields[3];
    QLabel *m_labels[3];
    QLabel *m_error;
    QPushButton *m_ok;
    std::optional<Distribution> m_result;
};

} // namespace tf::Ui
