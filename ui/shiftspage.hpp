#pragma once
// Shifts: the shift templates (edited as JSON, checked as you type), Solve in the background with progress and
// Cancel (the best plan so far is kept), the shifts to start, the chart of required vs on-the-phones agents
// per interval, and the service the plan buys by Erlang A or C.

#include "core/shift_plan.hpp"

#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QJsonObject;
class QTableView;

namespace staffplan::ui {

class ChartView;
class Project;
class ShiftPlanModel;
class StaffingPage;

/// What one Solve produced, with the inputs it used.
struct ShiftRun
{
    ShiftSolveResult result;
    std::vector<double> starts, required;
    std::vector<QueueInput> inputs;
    Model model = Model::ErlangA;
    ShiftSetup setup;
    std::optional<ServiceCheck> service;
    std::optional<ServiceCheck> serviceC; ///< the same agents by Erlang C (callers who never hang up)
};

class ShiftsPage : public QWidget
{
    Q_OBJECT
  public:
    explicit ShiftsPage(StaffingPage* staffing, QWidget* parent = nullptr);
    ~ShiftsPage() override;

    /// The templates the editor holds, or empty with the problems shown.
    std::optional<ShiftSetup> templates();
    void setTemplatesText(const QString& json);
    QString templatesText() const;
    /// The templates are saved in the project as they are typed (a moment after the last key, and on closing)
    /// and come back when it opens.
    void setProject(Project* project);
    static constexpr const char* kStateKey = "shifts:templates";

  signals:
    /// A plan was solved (its cost, paid_hours, agents, and sl and abandon where predicted): the Staffing page
    /// keeps it with its current scenario.
    void planSolved(const QJsonObject& summary);

  public:
    void solve();
    void cancel();
    bool busy() const { return pending_; }
    const ShiftRun* lastRun() const { return run_.get(); }
    ShiftPlanModel* planModel() const { return plan_; }

    /// An example set for a mid-size center open around the clock.
    static QString exampleTemplates();

  private:
    void saveTemplates();
    Project* project_ = nullptr;
    class QTimer* saveTimer_;
    bool restoring_ = false;
    void show(std::shared_ptr<ShiftRun> run);
    void plot();

    StaffingPage* staffing_;
    QPlainTextEdit* editor_;
    QLabel* problems_;
    QSpinBox* timeLimit_;
    QDoubleSpinBox* gap_;
    QDoubleSpinBox* shrinkage_;
    QCheckBox* hard_;
    QPushButton* solve_;
    QPushButton* cancel_;
    QLabel* progress_;
    QLabel* summary_;
    ShiftPlanModel* plan_;
    QTableView* table_;
    ChartView* chart_;
    QFutureWatcher<std::shared_ptr<ShiftRun>> watcher_;
    std::shared_ptr<ShiftRun> run_;
    bool pending_ = false;
    std::shared_ptr<std::atomic<bool>> stop_; ///< Cancel: the solver stops and hands back its best plan
};

} // namespace staffplan::ui
