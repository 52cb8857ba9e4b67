// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QHash>

#include "tf/model/schedule.h"

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace tf::Ui {

class Document;

/// The design's own settings: build-out, prices, finance and the asset classes. Each change is
/// one undoable command through the core's gate (Design::checkSettings); a refused value is
/// named under the fields and the field goes back. Preferences only set defaults for new designs.
class SettingsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SettingsDock(Document *document, QWidget *parent = nullptr);

    /// The field of a setting (tf::settingSpecs key), for tests.
    QDoubleSpinBox *field(const QString &key) const;
    QCheckBox *tokenPriceSwitch() const { return m_sellTokens; }
    /// The plan over time's first quarter and horizon, for tests.
    QLineEdit *timelineStart() const { return m_start; }
    QSpinBox *timelineHorizon() const { return m_horizon; }
    /// What the token price earns: the NPV and payback of the build, or why there are none.
    QString returnText() const;

private:
    QDoubleSpinBox *addField(QGridLayout *grid, int row, int column, const QString &key);
    QDoubleSpinBox *makeField(QWidget *parent, const QString &key);
    void addRow(QGridLayout *grid, int row, const QString &label, const QString &key);
    void edit(const QString &key, std::optional<double> value);
    void refresh();
    QGroupBox *createTimelineBox(QWidget *parent);
    void editTimeline(const Timeline &timeline, int session = 0);
    void refreshReturn();

    Document *m_document;
    QHash<QString, QDoubleSpinBox *> m_fields;
    QHash<QString, QString> m_labels; ///< translated names, for the undo history
    QCheckBox *m_sellTokens = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_return = nullptr; ///< NPV and payback at the token price
    QLineEdit *m_start = nullptr;
    QSpinBox *m_horizon = nullptr;
    int m_session = 0;
};

} // namespace tf::Ui
