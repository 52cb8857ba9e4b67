// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include "../tr.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tf::Ui {

QList<AboutDialog::Component> AboutDialog::thirdParty()
{
    return {
        {QStringLiteral("Qt 6"),
         QStringLiteral("LGPL-3.0"),
         QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations")},
        {QStringLiteral("Eigen"),
         QStringLiteral("MPL-2.0"),
         QStringLiteral("https://eigen.tuxfamily.org")},
        {QStringLiteral("SQLite"),
         Tr::tr("Public domain"),
         QStringLiteral("https://sqlite.org/copyright.html")},
        {QStringLiteral("COIN-OR CLP and CoinUtils"),
         QStringLiteral("EPL-1.0"),
         QStringLiteral("https://github.com/coin-or/Clp")},
    };
}

QString AboutDialog::licenceText()
{
    QFile f(QStringLiteral(":/tokenfactory/LICENSE"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(Tr::tr("About Token Factory Planner"));

    auto *icon = new QLabel(this);
    icon->setPixmap(
        QIcon(QStringLiteral(":/tokenfactory/packaging/icons/io.github.tokenfactory.Planner.svg"))
            .pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    title->setText(Tr::tr("<h2>Token Factory Planner %1</h2>"
                          "<p>Plan AI datacenters as token factories: draw the suppliers and the "
                          "datacenter, wire them, and see tokens per second, power, the cost of a "
                          "million tokens and the bottleneck as you edit.</p>"
                          "<p>Built with Qt %2. Licensed under the MIT licence.</p>")
                       .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(title, 1);

    auto *tabs = new QTabWidget(this);
    auto *licence = new QPlainTextEdit(licenceText(), tabs);
    licence->setObjectName(QStringLiteral("licence"));
    licence->setReadOnly(true);
    licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    tabs->addTab(licence, Tr::tr("&Licence"));

    const QList<Component> components = thirdParty();
    m_thirdParty = new QTableWidget(int(components.size()), 3, tabs);
    m_thirdParty->setObjectName(QStringLiteral("thirdParty"));
    m_thirdParty->setHorizontalHeaderLabels(
        {Tr::tr("Library"), Tr::tr("Licence"), Tr::tr("Web site")});
    m_thirdParty->verticalHeader()->hide();
    m_thirdParty->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_thirdParty->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < components.size(); ++row) {
        const Component &c = components[row];
        m_thirdParty->setItem(row, 0, new QTableWidgetItem(c.name));
        m_thirdParty->setItem(row, 1, new QTableWidgetItem(c.licence));
        auto *link = new QTableWidgetItem(c.url);
        link->setForeground(palette().brush(QPalette::Link));
        link->setToolTip(Tr::tr("Open in the web browser"));
        m_thirdParty->setItem(row, 2, link);
    }
    connect(m_thirdParty, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (column == 2)
            QDesktopServices::openUrl(QUrl(m_thirdParty->item(row, column)->text()));
    });
    m_thirdParty->resizeColumnsToContents();
    m_thirdParty->horizontalHeader()->setStretchLastSection(true);
    tabs->addTab(m_thirdParty, Tr::tr("&Third-party libraries"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

} // namespace tf::Ui
