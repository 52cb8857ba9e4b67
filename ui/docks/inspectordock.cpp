// SPDX-License-Identifier: MIT
#include "inspectordock.h"

#include "scheduleeditor.h"

#include "../charts/valuecapturechart.h"
#include "../document.h"
#include "../messagetext.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"
#include "../wheelguard.h"

#include "tf/io/numberformat.h"
#include "tf/model/good.h"
#include "tf/physics/startingvalues.h"

#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/valuechain.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QToolButton>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// A value in its field as the user types it: the locale's decimal point, no group separator
// (parseNumber reads both forms).
QString formatValue(double v)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(v, 'g', 12);
}

// A small slider drawn in the text colour: an emoji pin would need a font that may be missing.
QIcon sliderIcon(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(4, 16), QPointF(28, 16));
    p.setBrush(colour);
    p.drawEllipse(QPointF(19, 16), 6, 6);
    return QIcon(pixmap);
}

// What an unset optional parameter means, shown in its empty field.
QString unsetMeaning(const QString &key)
{
    if (key == QLatin1String("tokens_per_user"))
        return Tr::tr("offline: no target");
    if (key == QLatin1String("ttft_s"))
        return Tr::tr("no limit");
    if (key == QLatin1String("input_tokens") || key == QLatin1String("output_tokens"))
        return Tr::tr("the workload's");
    return Tr::tr("unlimited");
}

// A share's label, which holds a good's and a node's name, wraps in a narrow dock rather than
// widening the form past it: a Japanese "share of logic die from TSMC 4NP (B200 logic)" pushed
// every field's right end out of sight. (Labels that fit stay unwrapped: a wrapping label asks
// for more height than it needs, and the parameters must fit at the default size.)
QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

void setInvalid(QLineEdit *editor, bool invalid)
{
    editor->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid #e74c3c; }")
                                  : QString());
}

// The rack a datacenter's choices make: its yield with the band, the service level it runs at,
// and what the estimate rests on.
QString rackText(const RackYield &rack)
{
    const ThroughputResult &r = rack.detail;
    QString text = Tr::tr("Per rack (roofline): %1 tokens/s (band %2 to %3), %4 kW, %5 replicas "
                          "of %6 GPUs, %7-bound, batch %8 each")
                       .arg(UnitFormat::scaled(rack.tokensPerSPerRack),
                            UnitFormat::scaled(r.bandLow),
                            UnitFormat::scaled(r.bandHigh))
                       .arg(QLocale().toString(rack.rackPowerKw, 'f', 0))
                       .arg(r.replicas)
                       .arg(r.layout.gpus)
                       .arg(r.memoryBound ? Tr::tr("memory") : Tr::tr("compute"))
                       .arg(r.batch);
    const QString ttft = r.ttftS < 1 ? Tr::tr("%1 ms").arg(UnitFormat::plain(r.ttftS * 1e3, 3))
                                     : Tr::tr("%1 s").arg(UnitFormat::plain(r.ttftS, 3));
    text += QLatin1Char('\n')
            + (r.target.any()
                   ? Tr::tr("At the service target: %1 tokens/s per user, first token after %2")
                   : Tr::tr("Offline maximum: %1 tokens/s per user, first token after %2"))
                  .arg(UnitFormat::plain(r.tokensPerUser, 3), ttft);
    const CalibrationInfo &c = r.calibration;
    const QString band = UnitFormat::plain(c.bandFraction * 100, 3);
    const QString round = fromStd(c.round);
    if (!c.calibrated)
        text += QLatin1Char('\n')
                + Tr::tr("No %1 result calibrated: borrows the mean of %2; band ±%3%")
                      .arg(fromStd(c.family), round, band);
    else if (!c.workloadCovered)
        text += QLatin1Char('\n')
                + Tr::tr("Calibrated on %1, but no calibration row is a model of this kind: read "
                         "it as a ceiling; band ±%2%")
                      .arg(round, band);
    else
        text += QLatin1Char('\n')
                + Tr::tr("Calibrated on %1, rows: %2; band ±%3%")
                      .arg(round)
                      .arg(c.rows.size())
                      .arg(band);
    return text;
}

} // namespace

InspectorDock::InspectorDock(Document *document, QWidget *parent)
    : QDockWidget(Tr::tr("Inspector"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("InspectorDock"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(scroll);
    connect(document, &Document::nodeChanged, this, [this](const QString &id) {
        if (id == m_nodeId)
            refreshValues();
    });
    connect(document, &Document::nodeRemoved, this, [this](const QString &id) {
        if (id == m_nodeId)
            setNode({});
    });
    // Only wires into the shown node have share fields: rebuild when one comes or goes.
    connect(document, &Document::linkAdded, this, [this](const QString &id) {
        const Link *l = m_document->design().link(id.toStdString());
        if (l && !m_nodeId.isEmpty() && QString::fromStdString(l->to) == m_nodeId)
            rebuild();
    });
    connect(document, &Document::linkRemoved, this, [this](const QString &id) {
        if (m_editors.contains(QStringLiteral("share:") + id))
            rebuild();
    });
    connect(document, &Document::linkChanged, this, [this](const QString &) { refreshValues(); });
    connect(document, &Document::solved, this, &InspectorDock::refreshResult);
    // What-if: the fields show the active scenario's values, its overrides marked.
    connect(document, &Document::activeScenarioChanged, this, &InspectorDock::rebuild);
    connect(document, &Document::scenariosChanged, this, &InspectorDock::refreshValues);
    // Leaving a field or a list ends its editing session: the next change is a new undo step.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (old && old == m_sessionEditor)
            m_sessionEditor = nullptr;
    });
    rebuild();
}

void InspectorDock::setNode(const QString &id)
{
    if (id == m_nodeId && m_content)
        return;
    m_nodeId = id;
    rebuild();
}

QString InspectorDock::errorText() const
{
    return m_error ? m_error->text() : QString();
}

void InspectorDock::rebuild()
{
    auto *scroll = static_cast<QScrollArea *>(widget());
    m_editors.clear();
    m_choices.clear();
    m_pins.clear();
    m_distributions.clear();
    m_content = new QWidget;
    m_form = new QFormLayout(m_content);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Every label above its field: long labels ("Share of Accelerator package from …") would
    // otherwise squeeze the short rows' fields in a narrow dock.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    scroll->setWidget(m_content); // deletes the previous content
    m_name = nullptr;
    m_error = nullptr;
    m_nameRefused = false;
    m_result = nullptr;
    m_scenario = nullptr;

    const Node *node = m_document->design().node(m_nodeId.toStdString());
    if (!node) {
        m_form->addRow(new QLabel(Tr::tr("Select a node to edit it."), m_content));
        return;
    }
    addHeaderRows(*node);
    for (const ParamSpec &spec : kindInfo(node->kind).params)
        addParamRow(spec);
    addShareRows(*node);
    addResultRows(*node);
    // The plan over time: lead time and schedules (scheduleeditor.h).
    if (node->kind != NodeKind::Reroute)
        m_form->addRow(new ScheduleEditor(m_document, m_nodeId, m_content));
    refreshValues();
    refreshResult();
}

// The node's name, the scenario note, its kind and, for a datacenter, what runs in it.
void InspectorDock::addHeaderRows(const Node &node)
{
    m_name = new QLineEdit(fromStd(node.name), m_content);
    m_name->setObjectName(QStringLiteral("name"));
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_name)
            return;
        // A refused name is shown with the reason; the field goes back to the node's name.
        const auto refused = m_document->renameNode(m_nodeId, m_name->text().trimmed());
        if (refused)
            m_name->setText(m_document->nodeName(m_nodeId));
        if (refused || m_nameRefused)
            showReason(m_name, refused.value_or(QString()));
        m_nameRefused = refused.has_value();
    });
    m_form->addRow(Tr::tr("Name"), m_name);
    if (!m_document->activeScenario().isEmpty()) {
        m_scenario = new QLabel(
            Tr::tr("Scenario %1: edits go into its overrides; empty a field to use the Base value.")
                .arg(m_document->activeScenario()),
            m_content);
        m_scenario->setWordWrap(true);
        m_scenario->setStyleSheet(QStringLiteral("color: #2e86de;"));
        m_form->addRow(m_scenario);
    }
    QString kindText = Names::kindLabel(node.kind);
    if (!node.good.empty())
        kindText += QStringLiteral(" · ") + Names::goodName(m_document->design(), node.good);
    m_form->addRow(Tr::tr("Kind"), new QLabel(kindText, m_content));
    if (node.kind == NodeKind::Datacenter)
        addChoiceBoxes(node);
}

// One parameter: its field, with its uncertainty (~) and a pin to the What-if sliders beside it.
void InspectorDock::addParamRow(const ParamSpec &spec)
{
    auto *editor = new QLineEdit(m_content);
    const QString key = fromStd(spec.key);
    editor->setObjectName(key);
    if (spec.defaultValue)
        editor->setPlaceholderText(Tr::tr("default %1").arg(formatValue(*spec.defaultValue)));
    else if (!spec.fallbackSetting.empty())
        editor->setPlaceholderText(Tr::tr("design default"));
    else
        editor->setPlaceholderText(unsetMeaning(key));
    connect(editor, &QLineEdit::textEdited, this, [this, key](const QString &text) {
        paramEdited(key, text);
    });
    connect(editor, &QLineEdit::editingFinished, this, [this, editor] {
        if (m_sessionEditor == editor)
            m_sessionEditor = nullptr; // the next edit of this field is a new undo step
    });
    QString label = Names::paramLabelWithUnit(spec);
    // A supplier's capacity or a demand's rate is in its good's unit: "Capacity (wafers/month)",
    // not the kind's "units of the good".
    if (spec.unit == "units of the good") {
        const Design &design = m_document->design();
        const Node *node = design.node(m_nodeId.toStdString());
        const Good *good = node ? design.good(node->good) : nullptr;
        if (!good && node)
            good = findStandardGood(node->good);
        if (good && !good->unit.empty())
            label = Tr::tr("%1 (%2)", "a label and its unit")
                        .arg(Names::paramLabel(spec), Names::unit(good->unit));
    }
    // Beside the field: its uncertainty (~) and a pin to the What-if sliders.
    auto *field = new QWidget(m_content);
    auto *row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(editor, 1);
    auto *dist = new QToolButton(field);
    dist->setObjectName(QStringLiteral("dist:") + key);
    dist->setText(QStringLiteral("~"));
    dist->setCheckable(true);
    dist->setAutoRaise(true);
    connect(dist, &QToolButton::clicked, this, [this, key, dist] {
        dist->setChecked(!dist->isChecked()); // shows the state, not the click
        Q_EMIT distributionRequested(m_nodeId, key);
    });
    auto *pin = new QToolButton(field);
    pin->setObjectName(QStringLiteral("pin:") + key);
    pin->setIcon(sliderIcon(pin->palette().color(QPalette::ButtonText)));
    pin->setToolTip(Tr::tr("Pin as a slider to the What-if panel"));
    pin->setAutoRaise(true);
    connect(pin, &QToolButton::clicked, this, [this, key] { Q_EMIT pinRequested(m_nodeId, key); });
    row->addWidget(dist);
    row->addWidget(pin);
    m_form->addRow(label, field);
    m_editors.insert(key, editor);
    m_pins.insert(key, pin);
    m_distributions.insert(key, dist);
}

void InspectorDock::addShareRows(const Node &node)
{
    // Shares of the wires that feed this node.
    for (const Link &l : m_document->design().links()) {
        if (l.to != node.id)
            continue;
        const QString linkId = fromStd(l.id);
        auto *editor = new QLineEdit(m_content);
        editor->setObjectName(QStringLiteral("share:") + linkId);
        editor->setPlaceholderText(Tr::tr("equal split"));
        connect(editor, &QLineEdit::textEdited, this, [this, linkId](const QString &text) {
            shareEdited(linkId, text);
        });
        connect(editor, &QLineEdit::editingFinished, this, [this, editor] {
            if (m_sessionEditor == editor)
                m_sessionEditor = nullptr;
        });
        m_form->addRow(wrappingLabel(Tr::tr("Share of %1 from %2")
                                         .arg(Names::goodName(m_document->design(), l.good),
                                              m_document->nodeName(fromStd(l.from))),
                                     m_content),
                       editor);
        m_editors.insert(QStringLiteral("share:") + linkId, editor);
    }
}

// The error line, the solve's figures and the notes.
void InspectorDock::addResultRows(const Node &node)
{
    m_error = new QLabel(m_content);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #e74c3c;"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->hide(); // until there is a reason to show, under the field it is about
    m_form->addRow(m_error);
    m_result = new QLabel(m_content);
    m_result->setWordWrap(true);
    m_form->addRow(m_result);
    if (!node.notes.empty()) {
        auto *notes = new QLabel(fromStd(node.notes), m_content);
        notes->setWordWrap(true);
        m_form->addRow(Tr::tr("Notes"), notes);
    }
}

void InspectorDock::addChoiceBoxes(const Node &node)
{
    // What runs in the racks: the roofline model turns these into tokens/s and power per rack.
    const Catalog &catalog
        = catalogOf(m_document->design().settings()); // with the project's overrides
    const QList<QPair<QString, QString>> keys
        = {{QStringLiteral("system"), Tr::tr("System")},
           {QStringLiteral("accelerator"), Tr::tr("Accelerator")},
           {QStringLiteral("workload"), Tr::tr("Workload")},
           {QStringLiteral("precision"), Tr::tr("Precision")}};
    for (const auto &[key, title] : keys) {
        auto *box = new QComboBox(m_content);
        box->setObjectName(QStringLiteral("choice:") + key);
        guardWheel(box);
        box->addItem(key == QLatin1String("precision") ? Tr::tr("(model default)")
                                                       : Tr::tr("(none)"),
                     QString());
        if (key == QLatin1String("precision")) {
            for (const char *p : {"bf16", "fp8", "fp4"})
                box->addItem(QString::fromLatin1(p).toUpper(), QString::fromLatin1(p));
        } else {
            for (const CatalogEntry *e : catalog.ofKind(key.toStdString()))
                box->addItem(fromStd(e->name), fromStd(e->id));
        }
        const auto it = node.choices.find(key.toStdString());
        box->setCurrentIndex(
            std::max(0, box->findData(it != node.choices.end() ? fromStd(it->second) : QString())));
        connect(box, &QComboBox::activated, this, [this, key](int) { choiceActivated(key); });
        m_form->addRow(title, box);
        m_choices.insert(key, box);
    }
}

void InspectorDock::choiceActivated(const QString &key)
{
    QComboBox *box = m_choices.value(key);
    if (!box)
        return;
    // Arrowing through the list is one undo step while the box keeps the focus.
    if (auto refused
        = m_document->setChoice(m_nodeId, key, box->currentData().toString(), sessionFor(box))) {
        showReason(box, *refused);
        refreshValues(); // back to what the design holds
        return;
    }
    showReason(box, {});
}

void InspectorDock::refreshValues()
{
    const Node *node = m_document->design().node(m_nodeId.toStdString());
    if (!node)
        return;
    if (m_name && !m_name->hasFocus())
        m_name->setText(fromStd(node->name));
    for (const ParamSpec &spec : kindInfo(node->kind).params) {
        if (QLineEdit *editor = m_editors.value(fromStd(spec.key)))
            refreshParam(*node, spec, editor);
    }
    refreshChoices(*node);
    for (const Link &l : m_document->design().links()) {
        QLineEdit *editor = m_editors.value(QStringLiteral("share:") + fromStd(l.id));
        if (editor && !editor->hasFocus())
            editor->setText(l.share ? formatValue(*l.share) : QString());
    }
}

// One parameter's field: its value (the scenario's when it overrides the Base), its tooltip
// (what it is, its range, its source, the Base's value) and its uncertainty button.
void InspectorDock::refreshParam(const Node &node, const ParamSpec &spec, QLineEdit *editor)
{
    const QString key = fromStd(spec.key);
    const auto it = node.params.find(spec.key);
    const bool set = it != node.params.end();
    QString tip = Names::paramDescription(spec) + QLatin1Char('\n')
                  + Tr::tr("Valid: %1").arg(Names::rangeText(spec));
    if (set && !it->second.source.empty())
        tip += QLatin1Char('\n')
               + (it->second.estimate ? Tr::tr("Estimate: %1") : Tr::tr("Source: %1"))
                     .arg(fromStd(it->second.source));
    const std::optional<double> override = m_document->activeOverride(m_nodeId, key);
    if (override)
        tip += QLatin1Char('\n')
               + Tr::tr("Overridden in scenario %1; Base: %2")
                     .arg(m_document->activeScenario(),
                          set ? formatValue(it->second.value) : Tr::tr("not set"));
    if (QToolButton *dist = m_distributions.value(key)) {
        const bool has = set && it->second.distribution;
        dist->setChecked(has);
        dist->setToolTip(
            has ? Tr::tr("Uncertainty: %1").arg(Names::distributionText(*it->second.distribution))
                : Tr::tr("Give a range (a distribution) for Monte Carlo and the tornado"));
    }
    // A starting value the app filled in reads as such until the planner types their own.
    const bool starting = set && isStartingValue(it->second) && !override;
    QFont font = editor->font();
    font.setItalic(starting);
    editor->setFont(font);
    editor->setProperty("startingValue", starting);
    if (starting)
        tip += QLatin1Char('\n') + Tr::tr("A starting value: type your own to replace it.");
    editor->setToolTip(tip);
    if (editor->hasFocus())
        return; // never overwrite what the user is typing
    if (!m_document->activeScenario().isEmpty())
        editor->setText(override ? formatValue(*override)
                        : set    ? formatValue(it->second.value)
                                 : QString());
    else
        editor->setText(set ? formatValue(it->second.value) : QString());
    setInvalid(editor, false);
    if (override)
        editor->setStyleSheet(QStringLiteral("QLineEdit { background: rgba(46, 134, 222, 60); }"));
}

// The choices as the figures see them: a scenario's own choice is tinted, as a value is.
void InspectorDock::refreshChoices(const Node &node)
{
    const Node *viewed = m_document->viewedDesign().node(m_nodeId.toStdString());
    const Node &shown = viewed ? *viewed : node;
    for (auto it = m_choices.begin(); it != m_choices.end(); ++it) {
        const std::string key = it.key().toStdString();
        const auto chosen = shown.choices.find(key);
        QComboBox *box = it.value();
        box->setCurrentIndex(std::max(
            0, box->findData(chosen != shown.choices.end() ? fromStd(chosen->second) : QString())));
        const bool overridden = m_document->activeChoiceOverride(m_nodeId, it.key()).has_value();
        box->setProperty("scenarioOverride", overridden);
        box->setStyleSheet(overridden
                               ? QStringLiteral("QComboBox { background: rgba(46, 134, 222, 60); }")
                               : QString());
        const auto base = node.choices.find(key);
        box->setToolTip(overridden ? Tr::tr("Chosen in scenario %1; Base: %2")
                                         .arg(m_document->activeScenario(),
                                              base != node.choices.end() ? box->itemText(
                                                  std::max(0, box->findData(fromStd(base->second))))
                                                                         : box->itemText(0))
                                   : QString());
    }
}

namespace {

// What a unit of the node's output sells for and, for a reseller, its bill of materials.
QString priceText(const Design &design, const Solution &sol, size_t index)
{
    const std::optional<UnitPrice> p = unitPrice(design, sol, index);
    if (!p)
        return {};
    const UnitFormat units = UnitFormat::current();
    QString text = QLatin1Char('\n')
                   + Tr::tr("Price: %1 per %2")
                         .arg(units.formatPrice(p->priceUsd),
                              Names::goodName(design, sol.nodes[index].primaryGood));
    if (p->boughtUsd.empty())
        return p->marginUsd > 0
                   ? text + QLatin1Char('\n')
                         + Tr::tr("Gross margin: %1").arg(units.formatPrice(p->marginUsd))
                   : text;
    QStringList parts;
    for (const auto &[stage, usd] : p->boughtUsd)
        parts << Tr::tr("%1 %2").arg(Charts::valueStageName(QLatin1String(valueStageId(stage))),
                                     units.formatPrice(usd));
    parts << Tr::tr("own cost %1").arg(units.formatPrice(p->ownCostUsd));
    parts << Tr::tr("margin %1").arg(units.formatPrice(p->marginUsd));
    return text + QLatin1Char('\n') + Tr::tr("Of which: %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace

QString InspectorDock::resultText() const
{
    return m_result ? m_result->text() : QString();
}

void InspectorDock::refreshResult()
{
    if (!m_result)
        return;
    // The node as the shown figures solved it: a scenario may choose another system or chip.
    const Design &design = m_document->viewedDesign();
    const Node *node = design.node(m_nodeId.toStdString());
    const Solution &sol = m_document->solution();
    const auto it = std::find_if(sol.nodes.begin(), sol.nodes.end(), [&](const NodeResult &r) {
        return fromStd(r.id) == m_nodeId;
    });
    if (!node || it == sol.nodes.end() || !sol.ok()) {
        m_result->setText(QString());
        return;
    }
    const QString unit = Names::unit(activityUnit(*node, design));
    QString text = Tr::tr("Activity: %1 %2").arg(UnitFormat::scaled(it->activity), unit);
    if (it->capacity)
        text += QLatin1Char('\n')
                + Tr::tr("Capacity: %1 %2, %3 used")
                      .arg(UnitFormat::scaled(*it->capacity),
                           unit,
                           UnitFormat::percent(it->utilisation.value_or(0) * 100, 1));
    if (it->capexUsd > 0)
        text += QLatin1Char('\n')
                + Tr::tr("Capex: %1").arg(UnitFormat::current().formatMoney(it->capexUsd));
    text += priceText(design, sol, size_t(it - sol.nodes.begin()));
    if (const auto rack = rackYield(*node, design.settings()))
        text += QLatin1Char('\n') + rackText(*rack);
    m_result->setText(text);
}

int InspectorDock::sessionFor(QWidget *editor)
{
    if (m_sessionEditor != editor) {
        m_sessionEditor = editor;
        m_session = m_document->newEditSession();
        m_sessionStart.reset();
        m_sessionStartShare.reset();
        const QString key = m_editors.key(qobject_cast<QLineEdit *>(editor));
        m_sessionStartOverride = m_document->activeOverride(m_nodeId, key);
        if (const Node *n = m_document->design().node(m_nodeId.toStdString())) {
            if (key.startsWith(QLatin1String("share:"))) {
                if (const Link *l = m_document->design().link(key.mid(6).toStdString()))
                    m_sessionStartShare = l->share;
            } else if (auto it = n->params.find(key.toStdString()); it != n->params.end()) {
                m_sessionStart = it->second;
            }
        }
    }
    return m_session;
}

std::optional<QString> InspectorDock::revertSession(const QString &key)
{
    // While the text is not a value the core takes, the model keeps the value it had before the
    // typing began, not whichever prefix happened to be taken ("1" on the way to "1.5").
    QLineEdit *editor = m_editors.value(key);
    if (m_sessionEditor != editor)
        return std::nullopt; // nothing applied in this session yet
    if (key.startsWith(QLatin1String("share:")))
        return m_document->setShare(key.mid(6), m_sessionStartShare, m_session);
    if (!m_document->activeScenario().isEmpty())
        return m_document->setOverride(
            m_document->activeScenario(), m_nodeId, key, m_sessionStartOverride, m_session);
    return m_document->restoreParam(m_nodeId, key, m_sessionStart, m_session);
}

void InspectorDock::showError(QLineEdit *editor, const QString &error)
{
    setInvalid(editor, !error.isEmpty());
    showReason(editor, error);
}

void InspectorDock::showReason(QWidget *editor, const QString &reason)
{
    if (!m_error)
        return;
    m_error->setText(reason);
    m_error->setVisible(!reason.isEmpty());
    if (reason.isEmpty() || !editor)
        return;
    // The reason goes in the row under the field it is about (a parameter's field sits in a row
    // with its buttons).
    QWidget *field = editor->parentWidget() == m_content ? editor : editor->parentWidget();
    int fieldRow = -1;
    int errorRow = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(field, &fieldRow, &role);
    m_form->getWidgetPosition(m_error, &errorRow, &role);
    if (fieldRow < 0 || errorRow < 0 || errorRow == fieldRow + 1)
        return;
    const QFormLayout::TakeRowResult taken = m_form->takeRow(errorRow);
    delete taken.labelItem; // the layout items, not the label
    delete taken.fieldItem;
    m_form->insertRow(errorRow < fieldRow ? fieldRow : fieldRow + 1, m_error);
    m_error->show();
}

void InspectorDock::refuse(const QString &key, const QString &reason)
{
    QString text = reason;
    // Putting the old value back cannot be refused in practice; should it be, say so too.
    if (const auto stuck = revertSession(key))
        text += QLatin1Char('\n') + *stuck;
    showError(m_editors.value(key), text);
}

void InspectorDock::paramEdited(const QString &key, const QString &text)
{
    QLineEdit *editor = m_editors.value(key);
    const Node *node = m_document->design().node(m_nodeId.toStdString());
    if (!editor || !node)
        return;
    // Reading the number is the field's job; whether the value may be set is the core's.
    std::optional<double> value;
    if (!text.trimmed().isEmpty()) {
        value = parseNumber(text);
        if (!value) {
            const ParamSpec *spec = kindInfo(node->kind).param(key.toStdString());
            refuse(key,
                   Tr::tr("%1: \"%2\" is not a number")
                       .arg(spec ? Names::paramLabel(*spec) : key, text));
            return;
        }
    }
    const int session = sessionFor(editor);
    if (auto refused = m_document->setParam(m_nodeId, key, value, session, m_sessionStart)) {
        refuse(key, *refused);
        return;
    }
    showError(editor, {});
}

void InspectorDock::shareEdited(const QString &linkId, const QString &text)
{
    const QString key = QStringLiteral("share:") + linkId;
    QLineEdit *editor = m_editors.value(key);
    if (!editor)
        return;
    std::optional<double> value;
    if (!text.trimmed().isEmpty()) {
        value = parseNumber(text);
        if (!value) {
            refuse(key, Tr::tr("Share: \"%1\" is not a number").arg(text));
            return;
        }
    }
    const int session = sessionFor(editor);
    if (auto refused = m_document->setShare(linkId, value, session)) {
        refuse(key, *refused);
        return;
    }
    showError(editor, {});
}

} // namespace tf::Ui
