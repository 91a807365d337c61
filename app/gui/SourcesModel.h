// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace splitroute::app {

class Workspace;

/// The sources dock's tree over a Workspace: "This computer" and "Opened files" at the top,
/// the opened tables under the latter, each table's VPN connections under it. Indexes name a
/// source and a connection by their position in the workspace, so nothing is renumbered when
/// a table closes; the model resets when the workspace's sources change.
class SourcesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        SourceIndexRole = Qt::UserRole + 1, ///< workspace source; -1: "This computer" not read
                                            ///< yet; -2: the "Opened files" heading
        ConnectionIndexRole,                ///< connection of that source; absent on tables
    };
    enum TopRow { LiveRow, FilesRow };

    explicit SourcesModel(Workspace* workspace, QObject* parent = nullptr);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The item of a workspace source (its table) and of one of its connections.
    [[nodiscard]] QModelIndex sourceItem(int source) const;
    [[nodiscard]] QModelIndex connectionItem(int source, int connection) const;
    /// The item that stands for what the workspace has picked (table or connection).
    [[nodiscard]] QModelIndex currentItem() const;

private:
    [[nodiscard]] int liveSource() const;
    [[nodiscard]] int fileSource(int row) const;
    [[nodiscard]] int fileRow(int source) const;
    /// The workspace source an index stands for (-1 for none), and its connection (or -1).
    [[nodiscard]] int sourceOf(const QModelIndex& index) const;

    Workspace* m_workspace;
};

} // namespace splitroute::app
