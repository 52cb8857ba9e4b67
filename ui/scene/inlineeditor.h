// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsTextItem>

#include <functional>

namespace tf::Ui {

/// Text typed in place on the canvas (a frame's title, a note). Enter or leaving the field
/// commits, Escape abandons; with `multiLine`, Shift+Enter starts a new line. It removes itself
/// once done, after handing the text to `commit`.
class InlineEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    InlineEditor(QGraphicsItem *parent,
                 const QString &text,
                 double width,
                 bool multiLine,
                 std::function<void(const QString &)> commit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool keep);

    bool m_multiLine;
    bool m_done = false;
    std::function<void(const QString &)> m_commit;
};

} // namespace tf::Ui
