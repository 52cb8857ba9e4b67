// SPDX-License-Identifier: MIT
#pragma once

#include "commandids.h"
#include "steprefused.h"

#include "tf/model/design.h"

#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <utility>

namespace tf::Ui {

/// The steps of one editing session: the same kind of value (merge id), the same value
/// (`target`, e.g. {"cowos", "capacity"}) and the same session number fold into one undo step.
/// Session 0 never merges.
struct EditSession
{
    CommandId id = CommandId::NoMerge;
    QStringList target;
    int session = 0;
};

/// Changes one value of the document: a parameter, a share, a catalog choice, a scenario
/// override, a distribution, a name. It holds the old and the new value and a function that makes
/// a value the current one, returning the core's answer. Redo sets the new value, undo the old.
/// The edits of one typing or slider session merge (EditSession); typed back to where it started,
/// the step goes.
template<typename T>
class ChangeValueCommand : public QUndoCommand
{
public:
    using Apply = std::function<Design::Refusal(const T &value)>;

    ChangeValueCommand(
        const QString &text, T oldValue, T newValue, Apply apply, EditSession session)
        : m_old(std::move(oldValue))
        , m_new(std::move(newValue))
        , m_apply(std::move(apply))
        , m_session(std::move(session))
    {
        setText(text);
    }

    void redo() override { set(m_new); }
    void undo() override { set(m_old); }
    int id() const override { return m_session.session == 0 ? -1 : int(m_session.id); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeValueCommand *>(other);
        // A step the core refused (obsolete, see stepRefused) carries no value to take.
        if (!o || o->isObsolete() || o->m_session.session != m_session.session
            || o->m_session.target != m_session.target)
            return false;
        m_new = o->m_new; // keep the first step's old value
        setText(o->text());
        setObsolete(m_new == m_old); // typed back to where it started: no step at all
        return true;
    }

private:
    void set(const T &value)
    {
        if (auto refused = m_apply(value))
            stepRefused(this, *refused);
    }

    T m_old;
    T m_new;
    Apply m_apply;
    EditSession m_session;
};

} // namespace tf::Ui
