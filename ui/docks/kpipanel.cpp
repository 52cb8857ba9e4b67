// SPDX-License-Identifier: MIT
#include "kpipanel.h"

#include "../document.h"
#include "../settings.h"
#include "../tr.h"

#include "tf/io/numberformat.h"
#include "tf/model/timeline.h"
#include "tf/solve/plan.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>

#include <cmath>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// A load at demand: a percentage, or past a hundredfold how many times over it is (a percentage
// there is a wall of digits).
QString loadText(double load)
{
    if (load < 100)
        return Tr::tr("%1%", "percentage").arg(QLocale().toString(load * 100, 'f', 1));
    if (load < 1e6)
        return Tr::tr("%1× its capacity").arg(QLocale().toString(load, 'f', 0));
    if (std::isfinite(load))
        return Tr::tr("%1× its capacity").arg(QLocale().toString(load, 'g', 3));
    return Tr::tr("no capacity");
}

} // namespace

KpiPanel::KpiPanel(Document *document, QWidget *parent)
    : QDockWidget(Tr::tr("Figures"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("KpiPanel"));
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    // Rows close enough that a quarter's figures and the plan's totals fit the dock at the
    // window's default size in German and Japanese too (a GUI test holds it).
    grid->setContentsMargins(8, 3, 8, 3);
    grid->setVerticalSpacing(3);
    const QList<QPair<QString, QString>> figures = {
        {QStringLiteral("tokens_per_s"), Tr::tr("Tokens/s")},
        {QStringLiteral("tokens_per_year"), Tr::tr("Tokens/year")},
        {QStringLiteral("power_it"), Tr::tr("IT power")},
        {QStringLiteral("power_facility"), Tr::tr("Facility power")},
        {QStringLiteral("capex"), Tr::tr("Capex")},
        {QStringLiteral("opex"), Tr::tr("Opex/year")},
        {QStringLiteral("usd_per_mtok"), Tr::tr("Cost per million tokens")},
        {QStringLiteral("tokens_per_joule"), Tr::tr("Tokens per joule")},
        {QStringLiteral("usd_per_gpu_hour"), Tr::tr("Cost per GPU-hour")},
        {QStringLiteral("bottleneck"), Tr::tr("Bottleneck")},
        {QStringLiteral("bottleneck_load"), Tr::tr("Its load at demand")},
        // The plan's totals, shown beside a quarter's figures only (showPlanTotals).
        {QStringLiteral("plan_npv"), Tr::tr("NPV of the plan")},
        {QStringLiteral("plan_payback"), Tr::tr("Payback")},
    };
    // Said above the figures when they are not those of the plan asked for.
    m_note = new QLabel(content);
    m_note->setObjectName(QStringLiteral("figuresNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_note->hide();
    grid->addWidget(m_note, 0, 0, 1, 2);
    int row = 1;
    for (const auto &[key, title] : figures) {
        auto *name = new QLabel(title, content);
        auto *value = new QLabel(content);
        // The plan's totals under a quarter's figures are the plan's, not the quarter's: a size
        // smaller, which also keeps every row in the dock at its default size.
        const bool planTotal = key.startsWith(QLatin1String("plan_"));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * (planTotal ? 1.0 : 1.2));
        f.setBold(true);
        value->setFont(f);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // A long bottleneck name, or a reason instead of a plan total, wraps rather than widen
        // the whole column; numbers never break.
        value->setWordWrap(key == QLatin1String("bottleneck") || planTotal);
        value->setObjectName(key);
        grid->addWidget(name, row, 0);
        grid->addWidget(value, row, 1);
        // Goal seek from the figure: the panel's keys named as the studies name metrics.
        static const QHash<QString, QString> metricOf
            = {{QStringLiteral("tokens_per_s"), QStringLiteral("tokens_per_s")},
               {QStringLiteral("tokens_per_year"), QStringLiteral("tokens_per_year")},
               {QStringLiteral("power_it"), QStringLiteral("power_it_mw")},
               {QStringLiteral("power_facility"), QStringLiteral("power_facility_mw")},
               {QStringLiteral("capex"), QStringLiteral("capex_usd")},
               {QStringLiteral("opex"), QStringLiteral("opex_usd_per_year")},
               {QStringLiteral("usd_per_mtok"), QStringLiteral("usd_per_million_tokens")},
               {QStringLiteral("tokens_per_joule"), QStringLiteral("tokens_per_joule")},
               {QStringLiteral("usd_per_gpu_hour"), QStringLiteral("usd_per_gpu_hour")}};
        if (const QString metric = metricOf.value(key); !metric.isEmpty()) {
            for (QLabel *l : {name, value}) {
                l->setContextMenuPolicy(Qt::CustomContextMenu);
                connect(l,
                        &QLabel::customContextMenuRequested,
                        this,
                        [this, l, metric, title](const QPoint &at) {
                            QMenu menu(this);
                            menu.addAction(Tr::tr("Goal Seek: Make %1…").arg(title),
                                           this,
                                           [this, metric] { Q_EMIT goalSeekRequested(metric); });
                            menu.exec(l->mapToGlobal(at));
                        });
            }
        }
        m_values.insert(key, value);
        m_names.insert(key, name);
        ++row;
    }
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(1, 1);
    // When the dock is shorter than the figures (the note shown, a long bottleneck, a large font),
    // the panel scrolls: a layout squeezed below its minimum draws rows over each other.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    setWidget(scroll);
    connect(document, &Document::solved, this, &KpiPanel::refresh);
    connect(document, &Document::modeChanged, this, &KpiPanel::refresh); // "being computed"
    connect(document, &Document::activeScenarioChanged, this, &KpiPanel::updateTitle);
    connect(&AppSettings::instance(), &AppSettings::changed, this, &KpiPanel::refresh); // units
    refresh();
}

QString KpiPanel::value(const QString &key) const
{
    const QLabel *l = m_values.value(key);
    return l ? l->text() : QString();
}

QString KpiPanel::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

// A quarter of the plan over time (the timeline's slider): the figures of what is online then
// (docs/model.md, "The figures of a quarter"), the quarter's own outlay, and its running costs
// at their rate per year. A ratio over nothing online shows "–".
void KpiPanel::showQuarter(const QuarterResult &q)
{
    const UnitFormat units = UnitFormat::current();
    const QString none = QStringLiteral("–");
    for (QLabel *l : std::as_const(m_values)) {
        l->setText(none);
        l->setToolTip(QString());
    }
    m_note->hide();
    auto set = [this](const char *key, const QString &text) {
        m_values.value(QLatin1String(key))->setText(text);
    };
    set("tokens_per_s", UnitFormat::scaled(q.tokensPerS));
    set("tokens_per_year", UnitFormat::scaled(q.tokensPerS * kSecondsPerQuarter * 4));
    set("power_it", units.formatPower(q.powerItMw));
    set("power_facility", units.formatPower(q.powerFacilityMw));
    set("capex", units.formatMoney(q.capexUsd));
    set("opex", units.formatMoney(q.opexUsd * 4));
    if (std::isfinite(q.usdPerMillionTokens))
        set("usd_per_mtok", units.formatPrice(q.usdPerMillionTokens));
    if (q.powerFacilityMw > 0)
        set("tokens_per_joule", UnitFormat::plain(q.tokensPerS / (q.powerFacilityMw * 1e6), 4));
    if (std::isfinite(q.usdPerGpuHour))
        set("usd_per_gpu_hour", units.formatPrice(q.usdPerGpuHour));
    if (std::isfinite(q.loadAtDemand)) {
        QLabel *load = m_values.value(QStringLiteral("bottleneck_load"));
        load->setText(loadText(q.loadAtDemand));
        load->setToolTip(Tr::tr("The demand over the tokens/s online in the quarter"));
    }
    QStringList names;
    for (const std::string &id : q.binding)
        names << m_document->nodeName(fromStd(id));
    // Before the first racks are online every stage "binds" at zero (the lead times have not run):
    // say that. Later, name the first stage and count the rest, so the row keeps the height the
    // panel has; the tooltip lists them all.
    double installed = 0;
    for (const auto &[system, racks] : q.installedRacks)
        installed += racks;
    QLabel *bottleneck = m_values.value(QStringLiteral("bottleneck"));
    if (names.isEmpty())
        bottleneck->setText(Tr::tr("none binds"));
    else if (installed == 0)
        bottleneck->setText(Tr::tr("nothing online yet"));
    else if (names.size() == 1)
        bottleneck->setText(names.front());
    else
        bottleneck->setText(
            Tr::tr("%1 and %n more", nullptr, int(names.size()) - 1).arg(names.front()));
    bottleneck->setToolTip(names.size() > 1 ? names.join(QLatin1Char('\n')) : QString());
    showPlanTotals(m_document->plan().get());
}

// The plan's NPV and payback quarter under a quarter's figures (docs/timeline.md, "Money per
// quarter"): at the design's token price, "–" with the reason without one. Hidden (null) at the
// steady state, whose NPV and payback are the Design Settings dock's.
void KpiPanel::showPlanTotals(const PlanResult *plan)
{
    for (const char *key : {"plan_npv", "plan_payback"}) {
        m_names.value(QLatin1String(key))->setVisible(plan != nullptr);
        m_values.value(QLatin1String(key))->setVisible(plan != nullptr);
    }
    if (!plan)
        return;
    QLabel *npv = m_values.value(QStringLiteral("plan_npv"));
    QLabel *payback = m_values.value(QStringLiteral("plan_payback"));
    const std::optional<double> price = m_document->design().settings().tokenPriceUsdPerMillion;
    if (!price || !std::isfinite(plan->totals.npvUsd)) {
        npv->setText(Tr::tr("– (no token price)"));
        payback->setText(Tr::tr("– (no token price)"));
        npv->setToolTip(Tr::tr("Set a token price for the NPV and payback of the build."));
        payback->setToolTip(npv->toolTip());
        return;
    }
    const UnitFormat units = UnitFormat::current();
    npv->setText(units.formatMoney(plan->totals.npvUsd));
    npv->setToolTip(Tr::tr("The plan's cash flows at %1 per million tokens, discounted at the cost "
                           "of capital, with the book value left at the end")
                        .arg(units.formatPrice(*price)));
    payback->setText(plan->totals.paybackQuarter
                         ? fromStd(quarterText(*plan->totals.paybackQuarter))
                         : Tr::tr("not within the plan"));
    payback->setToolTip(Tr::tr("The quarter from which the plan's discounted cash so far stays "
                               "at or above zero"));
}

// The title says what the figures are of: the scenario, and the quarter when the timeline's
// slider shows one. A title costs no row: at the default size the panel has none to spare, and a
// note above the figures was drawn over the first of them.
void KpiPanel::updateTitle()
{
    QString title = Tr::tr("Figures");
    if (!m_document->activeScenario().isEmpty())
        title = Tr::tr("Figures — %1").arg(m_document->activeScenario());
    const QuarterResult *q = m_document->viewedQuarterResult();
    if (q)
        title += QStringLiteral(" · ") + QString::fromStdString(q->label);
    setWindowTitle(title);
    setToolTip(q ? Tr::tr("Online in the quarter, the quarter's capex, its opex at a yearly rate")
                 : QString());
}

void KpiPanel::refresh()
{
    updateTitle();
    if (const QuarterResult *q = m_document->viewedQuarterResult()) {
        showQuarter(*q);
        return;
    }
    const UnitFormat units = UnitFormat::current();
    const Solution &sol = m_document->solution();
    const Metrics &m = sol.metrics;
    auto set = [this](const char *key, const QString &text) {
        m_values.value(QLatin1String(key))->setText(text);
    };
    const auto &optimise = m_document->optimiseResult();
    const bool bestReachable = optimise && optimise->status == OptimiseStatus::Infeasible;
    // A switch of mode solving in the worker: the figures below are still the old mode's.
    const bool pending = m_document->figuresPending();
    m_note->setText(pending ? Tr::tr("Being computed: the figures below are still those of the "
                                     "previous mode")
                    : bestReachable ? Tr::tr("Best reachable plan: what was asked cannot be had "
                                             "(see Problems)")
                                    : QString());
    m_note->setVisible(pending || (bestReachable && sol.ok()));
    if (!sol.ok()) {
        showPlanTotals(nullptr);
        for (QLabel *l : std::as_const(m_values))
            l->setText(QStringLiteral("–"));
        m_values.value(QStringLiteral("bottleneck"))
            ->setText(Tr::tr("Cannot be solved: see Problems"));
        return;
    }
    set("tokens_per_s", UnitFormat::scaled(m.tokensPerS));
    set("tokens_per_year", UnitFormat::scaled(m.tokensPerYear));
    m_values.value(QStringLiteral("power_it"))->setText(units.formatPower(m.powerItMw));
    m_values.value(QStringLiteral("power_facility"))->setText(units.formatPower(m.powerFacilityMw));
    m_values.value(QStringLiteral("capex"))->setText(units.formatMoney(m.capexUsd));
    m_values.value(QStringLiteral("opex"))->setText(units.formatMoney(m.opexUsdPerYear));
    m_values.value(QStringLiteral("usd_per_mtok"))
        ->setText(units.formatPrice(m.usdPerMillionTokens));
    set("tokens_per_joule", UnitFormat::plain(m.tokensPerJoule, 4));
    const QString none = QStringLiteral("–");
    set("usd_per_gpu_hour",
        std::isfinite(m.usdPerGpuHour) ? units.formatPrice(m.usdPerGpuHour) : none);
    // The limit on the yield, or when none binds the tightest one, with how full it would run.
    QString id = m_document->bottleneckNodeId();
    QString bottleneck = id.isEmpty() ? Tr::tr("none binds") : m_document->nodeName(id);
    if (id.isEmpty() && !sol.bottlenecks.empty()) {
        id = fromStd(sol.bottlenecks.front().nodeId);
        bottleneck = Tr::tr("none binds (tightest: %1)").arg(m_document->nodeName(id));
    }
    QString load = QStringLiteral("–");
    for (const Bottleneck &b : sol.bottlenecks) {
        if (fromStd(b.nodeId) != id)
            continue;
        load = loadText(b.loadAtDemand);
    }
    m_values.value(QStringLiteral("bottleneck"))->setText(bottleneck);
    m_values.value(QStringLiteral("bottleneck_load"))->setText(load);
    showPlanTotals(nullptr);
    for (QLabel *l : std::as_const(m_values))
        l->setToolTip(l == m_values.value(QStringLiteral("tokens_per_s")) && sol.demandScale < 1
                          ? Tr::tr("Demand of %1 tokens/s exceeds the capacities")
                                .arg(UnitFormat::scaled(m.demandTokensPerS))
                          : QString());
}

} // namespace tf::Ui
