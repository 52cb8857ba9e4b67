// SPDX-License-Identifier: MIT
#include "studyrunner.h"

namespace tf::Ui::WhatIf {

StudyRunner::StudyRunner(QObject *parent)
    : QObject(parent)
{
    // Called from worker threads (serialised); posts to this object's thread.
    m_progress = [this](size_t done, size_t total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        return !m_cancel.load();
    };
}

StudyRunner::~StudyRunner()
{
    m_cancel = true;
    join();
}

void StudyRunner::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace tf::Ui::WhatIf
