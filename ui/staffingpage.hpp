#pragma once
// Staffing: targets, the per-interval requirement by Erlang C and Erlang A (inputs editable, recomputed at
// once), totals, and the charts: required vs scheduled agents, predicted service per interval, service
// level and abandonment against agents for one interval, and service level against the threshold.

#include "core/staffing_plan.hpp"

#include <QWidget>

#include <array>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace staffplan::ui {

class ChartView;
class StaffingModel;
struct ForecastRun;

class StaffingPage : public QWidget
{
    Q_OBJECT
  public:
    explicit StaffingPage(QWidget* parent = nullptr);

    /// Staffs a forecast (null: nothing to staff).
    void setForecast(std::shared_ptr<const ForecastRun> run);
    StaffingModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    const PlanTotals& totals() const { return totals_; }
    QTabWidget* charts() const { return charts_; }
    /// The targets as the panel sets them.
    StaffingTargets targets() const;
    Model chosenModel() const;

    /// Recomputes the plan from the table's inputs and the targets (a week of 15-minute intervals takes a few
    /// milliseconds, so this runs on the GUI thread).
    void recompute();

  private:
    void applyCommonInputs();
    void showTotals();
    enum ChartTab { RequirementTab, ServiceTab, AgentCurveTab, ThresholdCurveTab };
    void plot();
    void plotVisible();
    void plotPerInterval(int tab);
    void plotCurves();
    int selectedInterval() const;
    std::optional<double> patienceFromData() const;

    std::shared_ptr<const ForecastRun> run_;
    StaffingModel* model_;
    QTableView* table_;
    QLabel* source_;
    QLabel* totalsLabel_;
    PlanTotals totals_;
    QComboBox* modelChoice_;
    QCheckBox* slOn_;
    QDoubleSpinBox* sl_;
    QSpinBox* threshold_;
    QComboBox* slDefinition_;
    QCheckBox* asaOn_;
    QSpinBox* asa_;
    QCheckBox* abandonOn_;
    QDoubleSpinBox* abandon_;
    QCheckBox* occupancyOn_;
    QDoubleSpinBox* occupancy_;
    QDoubleSpinBox* shrinkage_;
    QComboBox* patienceSource_;
    QSpinBox* patience_;
    QLabel* targetProblem_;
    QTabWidget* charts_;
    ChartView* requirementChart_;
    ChartView* serviceChart_;
    ChartView* agentCurveChart_;
    ChartView* thresholdCurveChart_;
    std::array<bool, 4> chartsDirty_{true, true, true, true};
};

} // namespace staffplan::ui
