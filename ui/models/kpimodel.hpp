#pragma once
// KPI rows (Data page): one row per period and queue, as core/kpi.hpp computes them.

#include "core/kpi.hpp"

#include <QAbstractTableModel>

#include <vector>

namespace staffplan::ui {

class KpiModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column {
        Period,
        Queue,
        Offered,
        Answered,
        Abandoned,
        AbandonRate,
        ServiceLevel,
        Asa,
        Aht,
        TimeToAbandon,
        MaxWait,
        Fcr,
        TransferRate,
        Patience,
        AgentsSeen,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<KpiRow> rows, double thresholdSec);
    const std::vector<KpiRow>& rows() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    std::vector<KpiRow> rows_;
    double thresholdSec_ = 20;
};

} // namespace staffplan::ui
