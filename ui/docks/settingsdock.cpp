// SPDX-License-Identifier: MIT
#include "settingsdock.h"

#include "../commands/valuecommands.h"
#include "../document.h"
#include "../messagetext.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/model/design.h"
#include "tf/model/timeline.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tf::Ui {

namespace {

// Shares are edited as percentages: a planner thinks "9 %", the file holds 0.09.
bool isShare(const ParamSpec &spec)
{
    return spec.unit.rfind("fraction", 0) == 0;
}

QString assetName(AssetClass c)
{
    switch (c) {
    case AssetClass::Accelerators:
        return Tr::tr("Accelerators and racks");
    case AssetClass::Network:
        return Tr::tr("Network");
    case AssetClass::Building:
        return Tr::tr("Building");
    case AssetClass::PowerPlant:
        return Tr::tr("Power plant");
    }
    return {};
}

// A field's name that wraps at a narrow width instead of setting the panel's least width.
QLabel *wrapping(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// Names left, fields right, each column half the extra width: a name wraps only when the panel
// is narrow (a wrapping name in a stretching grid was squeezed onto two lines at any width).
QGridLayout *nameAndField(QWidget *box)
{
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return grid;
}

QString key(AssetClass c, const char *what)
{
    return QString::fromLatin1(assetClassId(c)) + QLatin1Char('_') + QLatin1String(what);
}

} // namespace

SettingsDock::SettingsDock(Document *document, QWidget *parent)
    : QDockWidget(Tr::tr("Design Settings"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("SettingsDock"));
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    auto *site = new QGroupBox(Tr::tr("Build-out and site"), content);
    auto *siteGrid = nameAndField(site);
    addRow(siteGrid, 0, Tr::tr("Planning horizon (months)"), QStringLiteral("horizon_months"));
    addRow(siteGrid, 1, Tr::tr("Electricity ($/MWh)"), QStringLiteral("electricity_usd_per_mwh"));
    addRow(siteGrid, 2, Tr::tr("Default PUE"), QStringLiteral("pue_default"));
    addRow(siteGrid, 3, Tr::tr("Default utilization"), QStringLiteral("utilization_default"));
    column->addWidget(site);

    column->addWidget(createTimelineBox(content));

    auto *finance = new QGroupBox(Tr::tr("Finance"), content);
    auto *financeGrid = nameAndField(finance);
    addRow(financeGrid, 0, Tr::tr("Cost of capital"), QStringLiteral("cost_of_capital"));
    // The switch beside its field, its words a label that wraps: a check box's text cannot, and
    // at the width of a docked panel it set the whole column's.
    const QString priceKey = QStringLiteral("token_price_usd_per_million");
    auto *priceLabel = wrapping(Tr::tr("Token price ($ per million)"), finance);
    m_sellTokens = new QCheckBox(finance);
    m_sellTokens->setObjectName(QStringLiteral("sellTokens"));
    m_sellTokens->setAccessibleName(priceLabel->text());
    m_sellTokens->setToolTip(Tr::tr("Sell the tokens at a price: the NPV, payback and margins "
                                    "need one"));
    auto *price = new QHBoxLayout;
    price->addWidget(m_sellTokens);
    price->addWidget(makeField(finance, priceKey), 1);
    financeGrid->addWidget(priceLabel, 1, 0);
    financeGrid->addLayout(price, 1, 1);
    m_labels[priceKey] = Tr::tr("Token price");
    addRow(financeGrid, 2, Tr::tr("NPV period (years)"), QStringLiteral("analysis_years"));
    addRow(financeGrid, 3, Tr::tr("Insurance per year"), QStringLiteral("insurance_per_year"));
    m_return = new QLabel(finance);
    m_return->setWordWrap(true);
    financeGrid->addWidget(m_return, 4, 0, 1, 2);
    column->addWidget(finance);

    // Each class's name on a row of its own, its three fields under the columns' names: four
    // columns did not fit a docked panel.
    auto *assets = new QGroupBox(Tr::tr("Asset classes"), content);
    auto *grid = new QGridLayout(assets);
    grid->addWidget(wrapping(Tr::tr("Life (years)"), assets), 0, 0);
    grid->addWidget(wrapping(Tr::tr("Residual value"), assets), 0, 1);
    grid->addWidget(wrapping(Tr::tr("Maintenance per year"), assets), 0, 2);
    int row = 1;
    for (AssetClass c : allAssetClasses()) {
        auto *name = new QLabel(assetName(c), assets);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setWordWrap(true);
        grid->addWidget(name, row, 0, 1, 3);
        const struct
        {
            const char *what;
            QString label;
        } cells[] = {{"life_years", Tr::tr("%1: life").arg(assetName(c))},
                     {"residual_value", Tr::tr("%1: residual value").arg(assetName(c))},
                     {"maintenance_per_year", Tr::tr("%1: maintenance").arg(assetName(c))}};
        for (int i = 0; i < 3; ++i) {
            addField(grid, row + 1, i, key(c, cells[i].what));
            m_labels[key(c, cells[i].what)] = cells[i].label;
        }
        row += 2;
    }
    column->addWidget(assets);

    m_problem = new QLabel(content);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    column->addWidget(m_problem);
    auto *note = new QLabel(Tr::tr("Sources of the defaults: docs/model.md. Preferences set the "
                                   "defaults for new designs only."),
                            content);
    note->setWordWrap(true);
    column->addWidget(note);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    setWidget(scroll);

    connect(m_sellTokens, &QCheckBox::toggled, this, [this](bool on) {
        QDoubleSpinBox *price = m_fields.value(QStringLiteral("token_price_usd_per_million"));
        price->setEnabled(on);
        edit(QStringLiteral("token_price_usd_per_million"),
             on ? std::optional<double>(price->value()) : std::nullopt);
    });
    // Docked from floating (its title double-clicked): its tab comes to the front, as it was.
    connect(this, &QDockWidget::topLevelChanged, this, [this](bool floating) {
        if (!floating)
            QTimer::singleShot(0, this, [this] { raise(); });
    });
    connect(m_document, &Document::settingsChanged, this, &SettingsDock::refresh);
    connect(m_document, &Document::solved, this, &SettingsDock::refreshReturn);
    refresh();
    refreshReturn();
}

// The plan over time (docs/timeline.md): its first quarter and how many quarters it runs.
QGroupBox *SettingsDock::createTimelineBox(QWidget *parent)
{
    auto *box = new QGroupBox(Tr::tr("Plan over time"), parent);
    auto *grid = nameAndField(box);
    m_start = new QLineEdit(box);
    m_start->setObjectName(QStringLiteral("timelineStart"));
    m_start->setPlaceholderText(QStringLiteral("2027Q1"));
    m_start->setToolTip(Tr::tr("The first quarter of the plan, such as 2027Q1"));
    m_horizon = new QSpinBox(box);
    m_horizon->setObjectName(QStringLiteral("timelineHorizon"));
    m_horizon->setRange(1, 200);
    m_horizon->setKeyboardTracking(false);
    m_horizon->setToolTip(Tr::tr("How many quarters the plan runs"));
    grid->addWidget(wrapping(Tr::tr("First quarter"), box), 0, 0);
    grid->addWidget(m_start, 0, 1);
    grid->addWidget(wrapping(Tr::tr("Horizon (quarters)"), box), 1, 0);
    grid->addWidget(m_horizon, 1, 1);
    connect(m_start, &QLineEdit::editingFinished, this, [this] {
        std::string error;
        const auto q = parseQuarter(m_start->text().trimmed().toStdString(), &error);
        if (!q) {
            m_problem->setText(
                Tr::tr("\"%1\" is not a quarter such as 2027Q1").arg(m_start->text()));
            refresh();
            return;
        }
        Timeline t = m_document->design().settings().timeline;
        t.start = *q;
        editTimeline(t);
    });
    connect(m_horizon, &QSpinBox::valueChanged, this, [this](int v) {
        Timeline t = m_document->design().settings().timeline;
        t.horizonQuarters = v;
        editTimeline(t, m_session + 1); // the clicks of one visit are one undo step
    });
    connect(m_horizon, &QSpinBox::editingFinished, this, [this] { ++m_session; });
    return box;
}

void SettingsDock::editTimeline(const Timeline &timeline, int session)
{
    const auto refused = m_document->setTimeline(timeline, {}, session);
    m_problem->setText(refused.value_or(QString()));
    if (refused)
        refresh();
}

void SettingsDock::addRow(QGridLayout *grid, int row, const QString &label, const QString &key)
{
    grid->addWidget(wrapping(label, grid->parentWidget()), row, 0);
    addField(grid, row, 1, key);
    m_labels[key] = label;
}

QDoubleSpinBox *SettingsDock::addField(QGridLayout *grid, int row, int column, const QString &key)
{
    QDoubleSpinBox *box = makeField(grid->parentWidget(), key);
    grid->addWidget(box, row, column);
    return box;
}

QDoubleSpinBox *SettingsDock::makeField(QWidget *parent, const QString &key)
{
    const ParamSpec *spec = findSettingSpec(key.toStdString());
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(key);
    box->setKeyboardTracking(false); // a value when typing is done, not a step per keystroke
    const double scale = spec && isShare(*spec) ? 100 : 1;
    box->setDecimals(2);
    box->setRange(spec ? spec->min * scale : 0, spec ? std::min(spec->max * scale, 1e9) : 1e9);
    if (scale == 100)
        box->setSuffix(Tr::tr("%1%", "percentage").arg(QString()));
    box->setSingleStep(scale == 100 ? 0.5 : 1);
    if (spec)
        box->setToolTip(Names::paramDescription(*spec));
    // As wide as the values a design holds need, not as its largest allowed value (a million
    // dollars per MWh made the boxes wider than a docked panel); a longer number scrolls.
    const QString widest = box->textFromValue(scale == 100 ? 100 : 1000) + box->suffix();
    const int chrome
        = box->minimumSizeHint().width()
          - box->fontMetrics().horizontalAdvance(box->textFromValue(box->maximum()).left(18)
                                                 + box->suffix() + QLatin1Char(' '));
    box->setMinimumWidth(
        std::min(box->minimumSizeHint().width(),
                 chrome + box->fontMetrics().horizontalAdvance(widest + QLatin1Char(' '))));
    m_fields[key] = box;
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, key, scale](double v) {
        edit(key, v / scale);
    });
    connect(box, &QDoubleSpinBox::editingFinished, this, [this] { ++m_session; });
    return box;
}

QDoubleSpinBox *SettingsDock::field(const QString &key) const
{
    return m_fields.value(key);
}

void SettingsDock::edit(const QString &key, std::optional<double> value)
{
    const Design &design = m_document->design();
    if (settingValue(design.settings(), key.toStdString()) == value)
        return;
    Settings s = design.settings();
    setSettingValue(s, key.toStdString(), value);
    // The core decides; a refused value never reaches the undo stack.
    if (auto refused = design.checkSettings(s)) {
        // Worded with the setting's label (messageText), in the user's language.
        m_problem->setText(messageText(design, *refused));
        refresh();
        return;
    }
    m_problem->clear();
    m_document->undoStack()->push(
        setSettingCommand(m_document, key, m_labels.value(key, key), value, m_session + 1));
}

QString SettingsDock::returnText() const
{
    return m_return->text();
}

void SettingsDock::refreshReturn()
{
    const Solution &sol = m_document->steadySolution(); // the steady state's return
    const Settings &s = m_document->design().settings();
    if (!sol.ok() || !s.tokenPriceUsdPerMillion) {
        m_return->setText(Tr::tr("Set a token price for the NPV and payback of the build."));
        return;
    }
    const Metrics &m = sol.metrics;
    const UnitFormat units = UnitFormat::current();
    m_return->setText(Tr::tr("NPV over %1 years: %2; payback %3")
                          .arg(UnitFormat::plain(s.analysisYears, 3),
                               units.formatMoney(m.npvUsd),
                               std::isfinite(m.paybackYears)
                                   ? Tr::tr("%1 years").arg(UnitFormat::plain(m.paybackYears, 3))
                                   : Tr::tr("never")));
}

void SettingsDock::refresh()
{
    const Settings &s = m_document->design().settings();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const ParamSpec *spec = findSettingSpec(it.key().toStdString());
        const std::optional<double> v = settingValue(s, it.key().toStdString());
        const double shown = v.value_or(spec && spec->defaultValue ? *spec->defaultValue : 0.0)
                             * (spec && isShare(*spec) ? 100 : 1);
        QDoubleSpinBox *box = it.value();
        if (box->hasFocus() || std::abs(box->value() - shown) < 1e-12)
            continue;
        const QSignalBlocker block(box);
        box->setValue(shown);
    }
    const Timeline &t = s.timeline;
    if (!m_start->hasFocus())
        m_start->setText(QString::fromStdString(quarterText(t.start)));
    {
        const QSignalBlocker blockHorizon(m_horizon);
        m_horizon->setValue(t.horizonQuarters);
    }
    const QSignalBlocker block(m_sellTokens);
    m_sellTokens->setChecked(s.tokenPriceUsdPerMillion.has_value());
    m_fields.value(QStringLiteral("token_price_usd_per_million"))
        ->setEnabled(s.tokenPriceUsdPerMillion.has_value());
}

} // namespace tf::Ui
