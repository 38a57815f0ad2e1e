#pragma once
// Rejected rows of an import: the line, and what was wrong with it in words (import wizard's summary).

#include "core/call_log.hpp"

#include <QAbstractTableModel>

#include <vector>

namespace staffplan::ui {

class RejectedModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column { Line, Problem, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QString fileName, std::vector<RejectedRow> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    QString fileName_;
    std::vector<RejectedRow> rows_;
};

} // namespace staffplan::ui
