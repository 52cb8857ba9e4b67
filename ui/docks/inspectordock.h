// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace tf::Ui {

class Document;

/// Edits the selected node: name, parameters with units, ranges and sources, and the shares of
/// the wires feeding it. A value is applied as it is typed (one undo step per field and typing
/// session) when the core takes it; one it refuses is shown at the field with the core's reason,
/// and the model keeps the value it had before the typing began.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(Document *document, QWidget *parent = nullptr);

    void setNode(const QString &id);
    QString nodeId() const { return m_nodeId; }

    /// The editor of a parameter ("capacity") or of a wire's share ("share:<link id>"), for tests.
    QLineEdit *editor(const QString &key) const { return m_editors.value(key); }
    /// The catalog choice box of a datacenter ("system", "workload", ...), for tests.
    QComboBox *choiceBox(const QString &key) const { return m_choices.value(key); }
    QString errorText() const;
    /// The figures under the fields: activity, capacity, prices, the rack's yield.
    QString resultText() const;
    /// The pin and distribution buttons beside a parameter's field, for tests.
    QToolButton *pinButton(const QString &key) const { return m_pins.value(key); }
    QToolButton *distributionButton(const QString &key) const { return m_distributions.value(key); }

Q_SIGNALS:
    /// Pin the parameter to the What-if dock as a slider.
    void pinRequested(const QString &nodeId, const QString &key);
    /// Edit the parameter's uncertainty (a distribution).
    void distributionRequested(const QString &nodeId, const QString &key);

private:
    void rebuild();
    void addHeaderRows(const Node &node);
    void addParamRow(const ParamSpec &spec);
    void addShareRows(const Node &node);
    void addResultRows(const Node &node);
    void refreshValues();
    void refreshParam(const Node &node, const ParamSpec &spec, QLineEdit *editor);
    void refreshChoices(const Node &node);
    void refreshResult();
    void paramEdited(const QString &key, const QString &text);
    void shareEdited(const QString &linkId, const QString &text);
    void addChoiceBoxes(const Node &node);
    void choiceActivated(const QString &key);
    void showError(QLineEdit *editor, const QString &error);
    /// Shows `reason` right under the field of `editor` (nothing when empty).
    void showReason(QWidget *editor, const QString &reason);
    /// Shows why the text in the field of `key` is not taken, and reverts the typing session.
    void refuse(const QString &key, const QString &reason);
    int sessionFor(QWidget *editor);
    std::optional<QString> revertSession(const QString &key);

    Document *m_document;
    QString m_nodeId;
    QWidget *m_content = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_result = nullptr;
    QHash<QString, QLineEdit *> m_editors;
    QHash<QString, QComboBox *> m_choices;
    QHash<QString, QToolButton *> m_pins;
    QHash<QString, QToolButton *> m_distributions;
    QLabel *m_scenario = nullptr;
    std::optional<double>
        m_sessionStartOverride; ///< the active scenario's override before this session
    QPointer<QWidget> m_sessionEditor;
    int m_session = 0;
    bool m_nameRefused = false;                ///< the error shown is the name's
    std::optional<ParamValue> m_sessionStart;  ///< the parameter before this typing session
    std::optional<double> m_sessionStartShare; ///< or the share
};

} // namespace tf::Ui
