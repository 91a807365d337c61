// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/HelperSession.h"
#include "app/gui/Translations.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace splitroute::app {

namespace {
QString text(const core::Error& e) {
    return QString::fromStdString(e.toString());
}

/// The error of a failed call: transport (no answer) or the helper's refusal.
QString failure(const core::Result<platform::HelperResponse>& r) {
    if (!r.ok())
        return text(r.error());
    return text(r.value().error);
}
} // namespace

HelperSession::HelperSession(platform::HelperClientOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)),
      m_location(platform::locateHelper(m_options.helperPath)) {
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("splitroute-helper"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

HelperSession::~HelperSession() {
    // Close the helper on its thread (it rolls back an unconfirmed apply), then stop.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            if (m_client)
                m_client->close();
            m_client.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

template <typename Fn> void HelperSession::post(Fn fn) {
    QMetaObject::invokeMethod(m_worker, std::move(fn), Qt::QueuedConnection);
}

template <typename Fn> void HelperSession::reply(Fn fn) {
    // Runs on the GUI thread; dropped if the session is gone by then.
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void HelperSession::setState(State s) {
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged();
}

QString HelperSession::stateText() const {
    switch (m_state) {
    case State::Idle:
        return tr("Helper: not started");
    case State::Starting:
        return tr("Helper: starting…");
    case State::Ready:
        if (m_location.origin == platform::HelperLocation::Origin::BuildTree)
            return tr("Helper: ready (%1; the helper of the build tree %2)")
                .arg(backendDisplayName(m_backend), QString::fromStdString(m_location.buildDir));
        return tr("Helper: ready (%1)").arg(backendDisplayName(m_backend));
    case State::Busy:
        return tr("Helper: working…");
    case State::Pending:
        return tr("Helper: waiting for confirmation");
    case State::Failed:
        return tr("Helper: failed");
    }
    return {};
}

QString HelperSession::ensureStarted() {
    if (m_client && m_client->running())
        return {};
    m_client = std::make_unique<platform::HelperClient>(m_options);
    auto hello = m_client->start();
    if (!hello.ok()) {
        m_client.reset();
        return text(hello.error());
    }
    const QString backend =
        QString::fromStdString(hello.value().value("backend", std::string("unknown")));
    reply([this, backend] { m_backend = backend; });
    return {};
}

void HelperSession::list() {
    if (m_state == State::Idle || m_state == State::Failed)
        setState(State::Starting);
    post([this] {
        if (const QString err = ensureStarted(); !err.isEmpty()) {
            reply([this, err] {
                setState(State::Failed);
                emit failed(err);
            });
            return;
        }
        auto routes = m_client->listRoutes();
        if (!routes.ok()) {
            const QString err = text(routes.error());
            reply([this, err] {
                setState(State::Ready);
                emit failed(err);
            });
            return;
        }
        auto table = std::make_shared<const core::RouteTable>(std::move(routes.value()));
        reply([this, table] {
            if (m_state != State::Pending)
                setState(State::Ready);
            emit listed(table);
        });
    });
}

void HelperSession::cancelApply() {
    if (m_state == State::Busy)
        m_cancel = true;
}

void HelperSession::apply(const core::ChangeSet& changes, std::uint32_t confirmTimeout) {
    m_cancel = false;
    setState(State::Busy);
    post([this, changes, confirmTimeout] {
        if (const QString err = ensureStarted(); !err.isEmpty()) {
            reply([this, err] {
                setState(State::Failed);
                emit applied(false, err);
            });
            return;
        }
        auto r = m_client->apply(changes, confirmTimeout, progressSignal());
        if (!r.ok() || !r.value().ok) {
            const QString err = failure(r);
            const bool alive = m_client->running();
            reply([this, err, alive] {
                setState(alive ? State::Ready : State::Failed);
                emit applied(false, err);
            });
            return;
        }
        const auto count = r.value().body.value("applied", std::size_t{0});
        const bool pending = !r.value().body.value("confirmed", false);
        if (pending && m_cancel.exchange(false)) {
            // Cancelled while the batch ran: take the unconfirmed transaction back at once.
            auto back = m_client->revert("pending");
            const bool undone = back.ok() && back.value().ok;
            const QString msg =
                undone ? tr("Cancelled: the %n route change(s) were rolled back.", nullptr,
                            static_cast<int>(count))
                       : tr("Cancelled, but the rollback failed: %1. The helper takes the "
                            "changes back when its confirmation time runs out.")
                             .arg(failure(back));
            const bool alive = m_client->running();
            reply([this, msg, undone, alive] {
                setState(!alive ? State::Failed : undone ? State::Ready : State::Pending);
                emit applied(false, msg);
            });
            return;
        }
        const QString msg = tr("%n route change(s) applied.", nullptr, static_cast<int>(count));
        reply([this, msg, pending] {
            setState(pending ? State::Pending : State::Ready);
            emit applied(true, msg);
        });
    });
}

platform::ProgressFn HelperSession::progressSignal() {
    return [this](std::size_t done, std::size_t total) {
        const auto d = static_cast<qint64>(done);
        const auto t = static_cast<qint64>(total);
        reply([this, d, t] { emit progress(d, t); });
    };
}

void HelperSession::confirm() {
    setState(State::Busy);
    post([this] {
        if (!m_client) {
            reply([this] {
                setState(State::Idle);
                emit confirmed(false, tr("The helper is not running."));
            });
            return;
        }
        auto r = m_client->confirm();
        const bool ok = r.ok() && r.value().ok;
        const QString msg = ok ? tr("The changes are kept.") : failure(r);
        reply([this, ok, msg] {
            setState(State::Ready);
            emit confirmed(ok, msg);
        });
    });
}

void HelperSession::revert(const QString& target) {
    setState(State::Busy);
    post([this, target] {
        if (const QString err = ensureStarted(); !err.isEmpty()) {
            reply([this, err] {
                setState(State::Failed);
                emit reverted(false, err);
            });
            return;
        }
        auto r = m_client->revert(target.toStdString(), progressSignal());
        const bool ok = r.ok() && r.value().ok;
        QString msg;
        if (ok) {
            const auto& rep = r.value().body.value("reverted", nlohmann::json::object());
            msg = tr("Reverted: %n route change(s) undone.", nullptr,
                     static_cast<int>(rep.value("applied", std::size_t{0})));
        } else {
            msg = failure(r);
        }
        reply([this, ok, msg] {
            setState(State::Ready);
            emit reverted(ok, msg);
        });
    });
}

void HelperSession::keep(const nlohmann::json& policy) {
    setState(State::Busy);
    post([this, policy] {
        if (const QString err = ensureStarted(); !err.isEmpty()) {
            reply([this, err] {
                setState(State::Failed);
                emit kept(false, err);
            });
            return;
        }
        auto r = m_client->call(platform::protocol::encodeKeep(policy));
        const bool ok = r.ok() && r.value().ok;
        const QString msg =
            ok ? tr("splitroute-keeper holds %1 from now on (%2).")
                     .arg(QString::fromStdString(r.value().body.value("name", std::string())),
                          QString::fromStdString(r.value().body.value("file", std::string())))
               : failure(r);
        reply([this, ok, msg] {
            setState(State::Ready);
            emit kept(ok, msg);
        });
    });
}

void HelperSession::forget(const QString& name) {
    setState(State::Busy);
    post([this, name] {
        if (const QString err = ensureStarted(); !err.isEmpty()) {
            reply([this, err] {
                setState(State::Failed);
                emit forgotten(false, err);
            });
            return;
        }
        auto r = m_client->call(platform::protocol::encodeForget(name.toStdString()));
        const bool ok = r.ok() && r.value().ok;
        const QString msg =
            ok ? tr("splitroute-keeper no longer holds %1 and undoes what it applied for it.")
                     .arg(name)
               : failure(r);
        reply([this, ok, msg] {
            setState(State::Ready);
            emit forgotten(ok, msg);
        });
    });
}

} // namespace splitroute::app
