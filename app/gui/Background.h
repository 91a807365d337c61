// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Work that may block (nmcli, which can take seconds or hang until its timeout) off the GUI
// thread, with its result handed back to the GUI thread.

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace splitroute::app {

/// Runs `work` on a thread of its own, then `done(result)` on `context`'s thread. When
/// `context` is destroyed first (a dialog closed), `done` is not called: the thread finishes
/// on its own and deletes itself. `work` must not touch `context` or any widget.
template <typename R>
void runInBackground(QObject* context, std::function<R()> work, std::function<void(R)> done) {
    auto result = std::make_shared<std::optional<R>>();
    QThread* thread =
        QThread::create([work = std::move(work), result] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)] { done(std::move(**result)); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace splitroute::app
