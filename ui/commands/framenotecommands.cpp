// SPDX-License-Identifier: MIT
#include "framenotecommands.h"

#include "../document.h"

namespace tf::Ui {

namespace {

template<typename T>
std::vector<T> &listOf(ViewState &view);
template<>
std::vector<ViewFrame> &listOf<ViewFrame>(ViewState &view)
{
    return view.frames;
}
template<>
std::vector<ViewNote> &listOf<ViewNote>(ViewState &view)
{
    return view.notes;
}

} // namespace

template<typename T>
InsertCanvasItemCommand<T>::InsertCanvasItemCommand(
    Document *document, int index, T item, bool insert, const QString &text)
    : m_document(document)
    , m_index(index)
    , m_item(std::move(item))
    , m_insert(insert)
{
    setText(text);
}

template<typename T>
void InsertCanvasItemCommand<T>::apply(bool insert)
{
    std::vector<T> &list = listOf<T>(m_document->viewStateForCommands());
    if (insert)
        list.insert(list.begin() + m_index, m_item);
    else
        list.erase(list.begin() + m_index);
    m_document->canvasItemsEdited();
}

template<typename T>
void InsertCanvasItemCommand<T>::redo()
{
    apply(m_insert);
}

template<typename T>
void InsertCanvasItemCommand<T>::undo()
{
    apply(!m_insert);
}

template<typename T>
ChangeCanvasItemCommand<T>::ChangeCanvasItemCommand(Document *document,
                                                    int index,
                                                    T item,
                                                    const QString &text)
    : m_document(document)
    , m_index(index)
    , m_old(listOf<T>(document->viewStateForCommands()).at(size_t(index)))
    , m_new(std::move(item))
{
    setText(text);
}

template<typename T>
void ChangeCanvasItemCommand<T>::redo()
{
    listOf<T>(m_document->viewStateForCommands())[size_t(m_index)] = m_new;
    m_document->canvasItemsEdited();
}

template<typename T>
void ChangeCanvasItemCommand<T>::undo()
{
    listOf<T>(m_document->viewStateForCommands())[size_t(m_index)] = m_old;
    m_document->canvasItemsEdited();
}

template class InsertCanvasItemCommand<ViewFrame>;
template class InsertCanvasItemCommand<ViewNote>;
template class ChangeCanvasItemCommand<ViewFrame>;
template class ChangeCanvasItemCommand<ViewNote>;

} // namespace tf::Ui
