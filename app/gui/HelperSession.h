// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ChangeSet.h"
#include "core/RouteTable.h"
#include "platform/HelperClient.h"
#include "platform/HelperLocation.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>

class QThread;

namespace splitroute::app {

/// The conversation with splitroute-helper, run on a worker thread so the window stays
/// responsive (pkexec's password prompt, a 100k-route apply). Every request is queued to the
/// worker in order; its answer comes back as a signal on the GUI thread. The helper is
/// started on the first request and kept until the session is destroyed (which closes its
/// stdin: an unconfirmed apply is then rolled back by the helper).
class HelperSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Starting, Ready, Busy, Pending, Failed };

    explicit HelperSession(platform::HelperClientOptions options, QObject* parent = nullptr);
    ~HelperSession() override;

    void list();
    /// confirmTimeout > 0: the helper keeps the routes only if confirm() follows in time.
    void apply(const core::ChangeSet& changes, std::uint32_t confirmTimeout);
    /// Cancels the apply under way (any thread-safe time, e.g. a progress dialog's Cancel):
    /// the helper cannot stop in the middle of a batch, so as soon as the batch is in it is
    /// rolled back (revert "pending") and applied() reports false with "cancelled". No effect
    /// when no apply is running, or for an apply without a confirmation timeout.
    void cancelApply();
    [[nodiscard]] bool cancelRequested() const { return m_cancel.load(); }
    void confirm();
    /// target "pending" or "last" (PROTOCOL.md).
    void revert(const QString& target);
    /// Hands a kept policy (core::KeptPolicy::toJson) to splitroute-keeper: the helper's
    /// `keep` writes it where the keeper reads it. Answered by kept().
    void keep(const nlohmann::json& policy);
    /// The helper's `forget NAME`: the keeper stops holding it. Answered by forgotten().
    void forget(const QString& name);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString backendName() const { return m_backend; }
    /// One line for the status bar.
    [[nodiscard]] QString stateText() const;

signals:
    void stateChanged();
    void listed(std::shared_ptr<const splitroute::core::RouteTable> table);
    void progress(qint64 done, qint64 total);
    /// ok false: nothing stays changed (the helper rolled back); message says why.
    void applied(bool ok, const QString& message);
    void confirmed(bool ok, const QString& message);
    void reverted(bool ok, const QString& message);
    void kept(bool ok, const QString& message);
    void forgotten(bool ok, const QString& message);
    /// A request other than apply/confirm/revert failed (start, list).
    void failed(const QString& message);

private:
    template <typename Fn> void post(Fn fn);
    template <typename Fn> void reply(Fn fn);
    /// Worker thread: starts the helper if needed; empty on success, else the error text.
    QString ensureStarted();
    /// Worker thread: a callback that forwards the helper's progress events as progress().
    platform::ProgressFn progressSignal();
    void setState(State s);

    platform::HelperClientOptions m_options;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr;
    std::unique_ptr<platform::HelperClient> m_client; ///< touched on the worker thread only
    State m_state = State::Idle;
    QString m_backend;
    platform::HelperLocation m_location; ///< the helper m_options leads to (status text)
    std::atomic<bool> m_cancel{false};   ///< set on the GUI thread, read on the worker
};

} // namespace splitroute::app
