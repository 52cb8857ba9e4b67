// SPDX-License-Identifier: MIT
#pragma once

#include "../settings.h"

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QSpinBox;

namespace tf::Ui {

/// Edit ▸ Preferences: language, theme, autosave, units and the electricity price of new designs.
/// OK and Apply store the values in AppSettings; Cancel leaves them as they were.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// The platform's Preferences keys, else Ctrl+, (X11 without a desktop has none).
    static QList<QKeySequence> shortcuts();

    /// What the fields show now.
    AppSettings::Values values() const;
    void setValues(const AppSettings::Values &values);
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void apply();
    void updateEnabled();

    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_autosave;
    QComboBox *m_power;
    QComboBox *m_currency;
    QDoubleSpinBox *m_rate;
    QDoubleSpinBox *m_electricity;
    QDialogButtonBox *m_buttons;
};

} // namespace tf::Ui
