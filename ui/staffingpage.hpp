#pragma once
// Staffing: targets, the per-interval requirement by Erlang C and Erlang A (inputs editable, recomputed at
// once), totals, and the charts: required vs scheduled agents, predicted service per interval, service
// level and abandonment against agents for one interval, and service level against the threshold.

#include "core/staffing_plan.hpp"

#include <QJsonArray>
#include <QJsonObject>
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
class QUndoStack;

namespace staffplan::ui {

class ChartView;
class Project;
class StaffingModel;
struct ForecastRun;

/// A scenario's plan in numbers, for comparing scenarios side by side.
struct ScenarioSummary
{
    QString name;
    Model model = Model::ErlangA;
    StaffingTargets targets; ///< with the shrinkage
    double thresholdSec = 20;
    int typedInputs = 0; ///< inputs typed over the forecast's
    PlanTotals totals;
    /// The shift plan last solved for this scenario on the Shifts page, when its requirement is still the one
    /// it was solved for.
    struct Shifts
    {
        double cost = 0, paidHours = 0;
        int agents = 0;
        std::optional<double> serviceLevel, abandonRate;
    };
    std::optional<Shifts> shifts;
    bool shiftsStale = false; ///< a plan was solved, but for another requirement
};

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

    /// Where the page's state is saved: every change of a target or a typed input is written to the project at
    /// once (per forecast settings), and comes back when the same forecast is staffed again.
    void setProject(Project* project);
    /// Every change of the targets and of the table is one step here (a run of changes to one field merges).
    QUndoStack* undoStack() const { return undo_; }
    /// The targets panel and the inputs typed over the forecast's: a scenario's "state" in document().
    QJsonObject state() const;
    /// The key the state of the current forecast is saved under ("staffing:" and the forecast's settings).
    QString stateKey() const;

    /// Named scenarios of the forecast (each its own targets and typed inputs); one is current.  Every
    /// operation is an undo step and saved at once.  The saved document: {"current": name, "scenarios":
    /// [{"name": ..., "state": state()}, ...]}.
    QStringList scenarioNames() const;
    QString currentScenario() const { return scenario_; }
    void chooseScenario(const QString& name);
    /// A copy of the current scenario under `name`, made current; false when the name is empty or taken.
    bool duplicateScenario(const QString& name);
    /// Removes a scenario (not the last one); the first left becomes current when it was.
    bool deleteScenario(const QString& name);
    /// Every scenario's plan (each recomputed from its saved state), in their order.
    std::vector<ScenarioSummary> compareScenarios();
    QJsonObject document() const;
    void applyDocument(const QJsonObject& document);

    /// Agents required per interval by the chosen model (0 where the targets cannot be met): what the Shifts
    /// page covers.
    std::vector<double> requirement() const;
    /// The requirement a shift plan was solved for, in few characters (its count and two weighted sums).
    static QString requirementKey(const std::vector<double>& required);
    /// Keeps a shift plan's summary with the current scenario (saved; not an undo step of its own), for the
    /// comparison: cost, paid_hours, agents, sl, abandon, and requirement (requirementKey() of what it covers;
    /// the comparison shows the plan only while the scenario still requires that).
    void recordShiftPlan(const QJsonObject& plan);

  private:
    void noteChange(int source);
    void changeDocument(const QJsonObject& after, const QString& what);
    /// Sets the panel and the typed inputs from state() and recomputes; neither a step nor saved.
    void applyPanel(const QJsonObject& state);
    void showScenarios();
    void showComparison();
    void save();
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
    Project* project_ = nullptr;
    QUndoStack* undo_;
    QJsonObject current_; ///< the document as the last step left it
    QJsonArray scenarios_; ///< {"name", "state"}; the current one's state is the panel's, saved in document()
    QString scenario_;
    QComboBox* scenarioChoice_;
    bool applying_ = false;
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
