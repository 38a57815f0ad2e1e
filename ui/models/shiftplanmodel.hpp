#pragma once
// The shifts of a plan (Shifts page): one row per group of agents who start together and take their breaks at
// the same times.

#include "core/shift_plan.hpp"

#include <QAbstractTableModel>

namespace staffplan::ui {

class ShiftPlanModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column { Day, Template, Start, End, Agents, PaidHours, Cost, Breaks, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(std::vector<ShiftGroup> groups, std::vector<ShiftTemplate> templates);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    std::vector<ShiftGroup> groups_;
    std::vector<ShiftTemplate> templates_;
};

} // namespace staffplan::ui
