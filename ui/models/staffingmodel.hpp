#pragma once
// The per-interval staffing table (Staffing page): inputs (calls, AHT, patience; editable) and the
// requirement the page computed for them with core/staffing_plan.hpp.  Editing an input changes only the
// input and emits inputsEdited(); the page recomputes and hands the plan back with setPlan().

#include "core/staffing_plan.hpp"

#include <QAbstractTableModel>

#include <set>
#include <vector>

namespace staffplan::ui {

class StaffingModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column {
        Start,
        Calls,
        Aht,
        Patience,
        Load,
        RequiredC,
        RequiredA,
        Scheduled,
        ServiceLevel,
        Asa,
        Abandon,
        Occupancy,
        Status,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    /// New inputs (a new forecast): starts are wall-clock seconds; the plan is cleared until setPlan().
    void setInputs(std::vector<double> starts, std::vector<QueueInput> inputs);
    void setPlan(std::vector<PlanRow> rows, Model model);
    /// Settings every interval shares: the threshold T and the patience (except where the planner typed one).
    void setCommon(double thresholdSec, double patienceSec);

    const std::vector<QueueInput>& inputs() const { return inputs_; }
    const std::vector<double>& starts() const { return starts_; }
    const std::vector<PlanRow>& plan() const { return plan_; }
    Model model() const { return model_; }
    bool edited(int row, int column) const { return edited_.count({row, column}) > 0; }

    /// An input the planner typed over the forecast's.
    struct Override
    {
        int row, column; ///< column: Calls, Aht or Patience
        double value;
        bool operator==(const Override&) const = default;
    };
    std::vector<Override> overrides() const;
    /// The forecast's inputs again, with these typed over them (out-of-range rows or columns are ignored).
    void setOverrides(const std::vector<Override>& overrides);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  signals:
    void inputsEdited();

  private:
    QVariant display(int row, int column) const;
    std::vector<double> starts_;
    std::vector<QueueInput> inputs_;
    std::vector<QueueInput> base_; ///< the forecast's inputs, before any typed over them
    double commonThresholdSec_ = 20, commonPatienceSec_ = 0;
    std::vector<PlanRow> plan_;
    Model model_ = Model::ErlangA;
    std::set<std::pair<int, int>> edited_; ///< (row, column) of inputs the planner typed over
};

} // namespace staffplan::ui
