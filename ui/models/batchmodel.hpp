#pragma once
// The imported batches of a project (Data page).

#include "core/project_db.hpp"

#include <QAbstractTableModel>

#include <vector>

namespace staffplan::ui {

class BatchModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column { File, ImportedAt, Read, Accepted, Rejected, Excluded, Encoding, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setBatches(std::vector<BatchInfo> batches);
    const BatchInfo& batch(int row) const { return batches_.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    std::vector<BatchInfo> batches_;
};

} // namespace staffplan::ui
