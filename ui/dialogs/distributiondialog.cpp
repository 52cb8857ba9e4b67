// SPDX-License-Identifier: MIT
#include "distributiondialog.h"

#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/model/ranges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace tf::Ui {

namespace {

// A value in a field as the user types it: the locale's decimal point, no group separator.
QString fieldText(double v)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(v, 'g', 10);
}

} // namespace

DistributionDialog::DistributionDialog(const QString &parameter,
                                       double value,
                                       const std::optional<Distribution> &current,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("DistributionDialog"));
    setWindowTitle(Tr::tr("Uncertainty of %1").arg(parameter));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(
        Tr::tr("Monte Carlo draws %1 from this distribution; the tornado moves it to its P10 "
               "and P90. The value %2 stays the one ordinary solves use.")
            .arg(parameter, UnitFormat::readable(value, 10)),
        this));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(Tr::tr("Uniform"), int(Distribution::Kind::Uniform));
    m_kind->addItem(Tr::tr("Triangular"), int(Distribution::Kind::Triangular));
    m_kind->addItem(Tr::tr("Normal"), int(Distribution::Kind::Normal));
    m_kind->addItem(Tr::tr("Lognormal"), int(Distribution::Kind::Lognormal));
    form->addRow(Tr::tr("Kind:"), m_kind);
    for (int i = 0; i < 3; ++i) {
        m_labels[i] = new QLabel(this);
        m_fields[i] = new QLineEdit(this);
        m_fields[i]->setObjectName(QStringLiteral("field%1").arg(i));
        form->addRow(m_labels[i], m_fields[i]);
        connect(m_fields[i], &QLineEdit::textChanged, this, &DistributionDialog::validate);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #e74c3c;"));
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    QPushButton *remove = buttons->addButton(Tr::tr("&Remove"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("remove"));
    remove->setEnabled(current.has_value());
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        m_result = fromFields(&error);
        if (m_result)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_result.reset();
        accept();
    });

    // Start from the current distribution, else ±20 % around the value.
    const Distribution d
        = current ? *current : Distribution::triangular(value * 0.8, value, value * 1.2);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(d.kind))));
    auto set = [this](int i, double v) { m_fields[i]->setText(fieldText(v)); };
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        set(0, d.min);
        set(1, d.max);
        break;
    case Distribution::Kind::Triangular:
        set(0, d.min);
        set(1, d.mode);
        set(2, d.max);
        break;
    case Distribution::Kind::Normal:
        set(0, d.mean);
        set(1, d.sd);
        break;
    case Distribution::Kind::Lognormal:
        set(0, d.median);
        set(1, d.sigma);
        break;
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DistributionDialog::kindChanged);
    kindChanged();
}

void DistributionDialog::kindChanged()
{
    const auto kind = Distribution::Kind(m_kind->currentData().toInt());
    QStringList names;
    switch (kind) {
    case Distribution::Kind::Uniform:
        names = {Tr::tr("Minimum:"), Tr::tr("Maximum:")};
        break;
    case Distribution::Kind::Triangular:
        names = {Tr::tr("Minimum:"), Tr::tr("Most likely:"), Tr::tr("Maximum:")};
        break;
    case Distribution::Kind::Normal:
        names = {Tr::tr("Mean:"), Tr::tr("Standard deviation:")};
        break;
    case Distribution::Kind::Lognormal:
        names = {Tr::tr("Median:"), Tr::tr("Sigma of ln x:")};
        break;
    }
    for (int i = 0; i < 3; ++i) {
        const bool used = i < names.size();
        m_labels[i]->setText(used ? names[i] : QString());
        m_labels[i]->setVisible(used);
        m_fields[i]->setVisible(used);
    }
    validate();
}

std::optional<Distribution> DistributionDialog::fromFields(QString *error) const
{
    const auto kind = Distribution::Kind(m_kind->currentData().toInt());
    const int count = kind == Distribution::Kind::Triangular ? 3 : 2;
    double v[3] = {0, 0, 0};
    for (int i = 0; i < count; ++i) {
        const auto n = parseNumber(m_fields[i]->text());
        if (!n) {
            *error
                = Tr::tr("%1 \"%2\" is not a number").arg(m_labels[i]->text(), m_fields[i]->text());
            return std::nullopt;
        }
        v[i] = *n;
    }
    Distribution d;
    switch (kind) {
    case Distribution::Kind::Uniform:
        d = Distribution::uniform(v[0], v[1]);
        break;
    case Distribution::Kind::Triangular:
        d = Distribution::triangular(v[0], v[1], v[2]);
        break;
    case Distribution::Kind::Normal:
        d = Distribution::normal(v[0], v[1]);
        break;
    case Distribution::Kind::Lognormal:
        d = Distribution::lognormal(v[0], v[1]);
        break;
    }
    if (!checkDistribution(d).empty()) {
        *error = Names::distributionRefusal(d);
        return std::nullopt;
    }
    return d;
}

void DistributionDialog::validate()
{
    QString error;
    const bool ok = fromFields(&error).has_value();
    m_error->setText(ok ? QString() : error);
    m_ok->setEnabled(ok);
}

} // namespace tf::Ui
