// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "../tr.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tf::Ui {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

// Enums go into the combo boxes as ints: plain QVariant equality for findData.
template<typename E>
QVariant enumData(E value)
{
    return static_cast<int>(value);
}

template<typename E>
E current(const QComboBox *box)
{
    return static_cast<E>(box->currentData().toInt());
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(Tr::tr("Preferences"));

    auto *general = new QGroupBox(Tr::tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own words, so it can be found whatever the current one is.
    m_language->addItem(Tr::tr("System default"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    generalForm->addRow(Tr::tr("&Language:"), m_language);
    generalForm->addRow(QString(),
                        hint(Tr::tr("Takes effect the next time the app starts."), general));
    m_theme = new QComboBox(general);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(Tr::tr("System"), enumData(AppSettings::Theme::System));
    m_theme->addItem(Tr::tr("Light"), enumData(AppSettings::Theme::Light));
    m_theme->addItem(Tr::tr("Dark"), enumData(AppSettings::Theme::Dark));
    generalForm->addRow(Tr::tr("&Theme:"), m_theme);
    m_autosave = new QSpinBox(general);
    m_autosave->setObjectName(QStringLiteral("autosave"));
    m_autosave->setRange(0, AppSettings::kMaxAutosaveMinutes);
    m_autosave->setSpecialValueText(Tr::tr("Off"));
    m_autosave->setSuffix(Tr::tr(" min"));
    generalForm->addRow(Tr::tr("Auto&save every:"), m_autosave);

    auto *units = new QGroupBox(Tr::tr("Units"), this);
    auto *unitsForm = new QFormLayout(units);
    m_power = new QComboBox(units);
    m_power->setObjectName(QStringLiteral("power"));
    m_power->addItem(Tr::tr("Megawatts (MW)"), enumData(UnitFormat::Power::Megawatt));
    m_power->addItem(Tr::tr("Kilowatts (kW)"), enumData(UnitFormat::Power::Kilowatt));
    unitsForm->addRow(Tr::tr("&Power:"), m_power);
    m_currency = new QComboBox(units);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItem(Tr::tr("US dollars ($)"), enumData(UnitFormat::Currency::Usd));
    m_currency->addItem(Tr::tr("Euros (€)"), enumData(UnitFormat::Currency::Eur));
    unitsForm->addRow(Tr::tr("&Currency:"), m_currency);
    m_rate = new QDoubleSpinBox(units);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setRange(0.01, 100);
    m_rate->setDecimals(4);
    m_rate->setSingleStep(0.01);
    m_rate->setPrefix(Tr::tr("$1 = €"));
    unitsForm->addRow(Tr::tr("E&xchange rate:"), m_rate);
    unitsForm->addRow(QString(),
                      hint(Tr::tr("Designs keep their figures in MW and US dollars; "
                                  "only the display changes."),
                           units));

    auto *newDesigns = new QGroupBox(Tr::tr("New designs"), this);
    auto *newForm = new QFormLayout(newDesigns);
    m_electricity = new QDoubleSpinBox(newDesigns);
    m_electricity->setObjectName(QStringLiteral("electricity"));
    m_electricity->setRange(0, 10000);
    m_electricity->setDecimals(1);
    m_electricity->setSuffix(Tr::tr(" $/MWh"));
    newForm->addRow(Tr::tr("&Electricity price:"), m_electricity);
    newForm->addRow(QString(),
                    hint(Tr::tr("Given to designs started from the default design. "
                                "Opened designs keep their own price."),
                         newDesigns));

    m_buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                   | QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
                               this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply),
            &QPushButton::clicked,
            this,
            &PreferencesDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults),
            &QPushButton::clicked,
            this,
            [this] { setValues(AppSettings::Values()); });
    connect(m_currency, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(units);
    layout->addWidget(newDesigns);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    // A drop-down list draws in the desktop's menu font unless its field has a font of its own,
    // and some desktops make that font small: the lists read as the fields do.
    for (QComboBox *box : findChildren<QComboBox *>()) {
        QFont own = box->font();
        own.setPointSizeF(own.pointSizeF()); // marks the size as the field's own
        box->setFont(own);
    }

    setValues(AppSettings::instance().values());
}

QList<QKeySequence> PreferencesDialog::shortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    return keys;
}

AppSettings::Values PreferencesDialog::values() const
{
    AppSettings::Values v;
    v.language = m_language->currentData().toString();
    v.theme = current<AppSettings::Theme>(m_theme);
    v.autosaveMinutes = m_autosave->value();
    v.power = current<UnitFormat::Power>(m_power);
    v.currency = current<UnitFormat::Currency>(m_currency);
    v.eurPerUsd = m_rate->value();
    v.defaultElectricityUsdPerMwh = m_electricity->value();
    return v;
}

void PreferencesDialog::setValues(const AppSettings::Values &v)
{
    selectData(m_language, v.language);
    selectData(m_theme, enumData(v.theme));
    m_autosave->setValue(v.autosaveMinutes);
    selectData(m_power, enumData(v.power));
    selectData(m_currency, enumData(v.currency));
    m_rate->setValue(v.eurPerUsd);
    m_electricity->setValue(v.defaultElectricityUsdPerMwh);
    updateEnabled();
}

void PreferencesDialog::updateEnabled()
{
    m_rate->setEnabled(current<UnitFormat::Currency>(m_currency) == UnitFormat::Currency::Eur);
}

void PreferencesDialog::apply()
{
    AppSettings::instance().setValues(values());
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace tf::Ui
