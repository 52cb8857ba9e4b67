// SPDX-License-Identifier: MIT
#include "setdistributioncommand.h"

#include "../document.h"
#include "../tr.h"

#include "tf/model/paramref.h"

namespace tf::Ui {

SetDistributionCommand::SetDistributionCommand(Document *document,
                                               const QString &nodeId,
                                               const QString &key,
                                               const std::optional<Distribution> &distribution)
    : m_document(document)
    , m_nodeId(nodeId)
    , m_key(key)
{
    const Design &design = document->design();
    const Node *n = design.node(nodeId.toStdString());
    QString label = key;
    if (n) {
        if (auto it = n->params.find(key.toStdString()); it != n->params.end())
            m_old = it->second;
        // A parameter left at its default gets that value made explicit, so it can carry the range.
        ParamValue p
            = m_old ? *m_old
                    : ParamValue(paramValue(design, ParamRef{n->id, key.toStdString()}).value_or(0),
                                 {},
                                 true);
        p.distribution = distribution;
        m_new = p;
        if (const ParamSpec *spec = kindInfo(n->kind).param(key.toStdString()))
            label = QString::fromStdString(spec->label);
        label = Tr::tr("%1 of %2").arg(label, QString::fromStdString(n->name));
    }
    setText(distribution ? Tr::tr("Set Distribution of %1").arg(label)
                         : Tr::tr("Clear Distribution of %1").arg(label));
}

void SetDistributionCommand::apply(const std::optional<ParamValue> &value)
{
    Design &design = m_document->designForCommands();
    if (value)
        (void)design.setParam(m_nodeId.toStdString(), m_key.toStdString(), *value);
    else
        (void)design.clearParam(m_nodeId.toStdString(), m_key.toStdString());
}

void SetDistributionCommand::redo()
{
    apply(m_new);
}

void SetDistributionCommand::undo()
{
    apply(m_old);
}

} // namespace tf::Ui
