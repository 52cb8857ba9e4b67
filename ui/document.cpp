// SPDX-License-Identifier: MIT
// The document: the design with its undo stack and file state, and the signals views follow.
#include "document.h"

#include "tr.h"

#include <QFileInfo>

namespace tf::Ui {

namespace {

// The design of a project, reading its catalog overrides (see applyCatalogOverrides).
Design withCatalog(Project &project)
{
    (void)applyCatalogOverrides(project); // a project that was read has them applied already
    return std::move(project.design);
}

} // namespace

Document::Document(Design design, QObject *parent)
    : QObject(parent)
    , m_design(std::move(design))
{
    connect(&m_solver, &LiveSolver::solved, this, &Document::solved);
    connect(&m_solver, &LiveSolver::pricesRanged, this, &Document::pricesRanged);
    connect(&m_solver, &LiveSolver::planSolved, this, &Document::planSolved);
    m_observer = m_design.subscribe([this](const DesignChange &c) { onDesignChange(c); });
    m_solver.solveNow();
}

void Document::requestPriceRanges(std::vector<std::size_t> prices) const
{
    // The solver is the document's; the request fills in ranges, the one thing views ask for.
    const_cast<LiveSolver &>(m_solver).requestRanges(std::move(prices));
}

Document::Document(Project project, QObject *parent)
    : Document(withCatalog(project), parent)
{
    project.design = Design{};
    m_extras = std::move(project);
}

Project Document::project() const
{
    Project p = m_extras;
    p.design = m_design;
    return p;
}

Document::~Document()
{
    m_design.unsubscribe(m_observer);
}

void Document::setFilePath(const QString &path)
{
    m_filePath = path;
    Q_EMIT filePathChanged();
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? Tr::tr("Untitled") : QFileInfo(m_filePath).fileName();
}

QString Document::nodeName(const QString &id) const
{
    const Node *n = m_design.node(id.toStdString());
    return n ? QString::fromStdString(n->name) : id;
}

void Document::push(QUndoCommand *command)
{
    while (m_openCompounds < m_compounds.size())
        m_undoStack.beginMacro(m_compounds[m_openCompounds++]);
    m_undoStack.push(command);
}

Document::CompoundEdit::CompoundEdit(Document &document, const QString &text)
    : m_document(document)
{
    m_document.m_compounds.push_back(text);
}

Document::CompoundEdit::~CompoundEdit()
{
    // Compound edits nest: this one is the innermost alive. Open only if an edit was made in it.
    if (m_document.m_openCompounds == m_document.m_compounds.size()) {
        m_document.m_undoStack.endMacro();
        --m_document.m_openCompounds;
    }
    m_document.m_compounds.pop_back();
}

void Document::setMode(SolveMode mode, Objective objective)
{
    if (!m_solver.setMode(mode, objective))
        return;
    Q_EMIT modeChanged();
    m_solver.solveChangeNow();
}

void Document::onDesignChange(const DesignChange &change)
{
    if (change.type != DesignChange::Type::NodeMoved)
        m_view.invalidate();
    const QString id = QString::fromStdString(change.id);
    switch (change.type) {
    case DesignChange::Type::NodeAdded:
        Q_EMIT nodeAdded(id);
        break;
    case DesignChange::Type::NodeRemoved:
        Q_EMIT nodeRemoved(id);
        break;
    case DesignChange::Type::NodeChanged:
        Q_EMIT nodeChanged(id);
        break;
    case DesignChange::Type::NodeMoved:
        Q_EMIT nodeMoved(id);
        return; // positions change no figure: no solve
    case DesignChange::Type::LinkAdded:
        Q_EMIT linkAdded(id);
        break;
    case DesignChange::Type::LinkRemoved:
        Q_EMIT linkRemoved(id);
        break;
    case DesignChange::Type::LinkChanged:
        Q_EMIT linkChanged(id);
        break;
    case DesignChange::Type::GoodsChanged:
        Q_EMIT goodsChanged();
        break;
    case DesignChange::Type::SettingsChanged:
        Q_EMIT settingsChanged();
        break;
    case DesignChange::Type::Reset:
        break;
    }
    Q_EMIT designChanged();
    // A node's own edit is handed to the solver's worker as that node alone.
    m_solver.scheduleSolve(change.type == DesignChange::Type::NodeChanged ? change.id
                                                                          : std::string());
}

void Document::setViewedQuarter(int index)
{
    if (index == m_solver.viewedQuarter())
        return;
    m_solver.setViewedQuarter(index);
    Q_EMIT viewedQuarterChanged();
    Q_EMIT solved(); // only the shown result changed: nothing was solved
}

} // namespace tf::Ui
