// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

class QTableWidget;

namespace tf::Ui {

/// Help ▸ About: version, what the app does, its MIT licence and the licences of the libraries
/// it is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    struct Component
    {
        QString name;
        QString licence;
        QString url;
    };
    /// The third-party libraries in the binaries.
    static QList<Component> thirdParty();
    /// The MIT licence text (LICENSE, embedded).
    static QString licenceText();

    explicit AboutDialog(QWidget *parent = nullptr);

    QTableWidget *thirdPartyTable() const { return m_thirdParty; }

private:
    QTableWidget *m_thirdParty;
};

} // namespace tf::Ui
