// SPDX-License-Identifier: MIT
#pragma once

#include "tf/studies/whatif.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace tf::Ui::WhatIf {

/// Runs one study at a time on a std::thread, off the GUI thread. Progress and the result come
/// back through queued calls, so they run on this object's thread; cancel() sets the atomic the
/// study polls. Destroying the runner cancels and joins.
class StudyRunner : public QObject
{
    Q_OBJECT

public:
    explicit StudyRunner(QObject *parent = nullptr);
    ~StudyRunner() override;

    bool isRunning() const { return m_running; }
    void cancel() { m_cancel = true; }

    /// `job` gets a progress callback and the cancel flag and returns the result, which `done`
    /// receives on this object's thread.
    template<class Result>
    void start(std::function<Result(const StudyProgress &, const std::atomic<bool> *)> job,
               std::function<void(Result)> done)
    {
        join();
        m_cancel = false;
        m_running = true;
        Q_EMIT started();
        m_thread = std::thread([this, job = std::move(job), done = std::move(done)]() {
            Result r = job(m_progress, &m_cancel);
            QMetaObject::invokeMethod(
                this,
                [this, r = std::move(r), done]() mutable {
                    join();
                    m_running = false;
                    done(std::move(r));
                    Q_EMIT finished();
                },
                Qt::QueuedConnection);
        });
    }

    /// Blocks until the running study (if any) has returned; for tests and shutdown.
    void join();

Q_SIGNALS:
    void started();
    void progress(qulonglong done, qulonglong total);
    void finished();

private:
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    StudyProgress m_progress;
};

} // namespace tf::Ui::WhatIf
