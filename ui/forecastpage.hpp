#pragma once
// Forecast: choose the queue, interval, start, length and method (or automatic, by backtest); see the
// forecast volume with its 80% and 95% bands beside the actuals, forecast vs actual AHT, and each method's
// backtest error.  The forecast feeds the Staffing page.

#include "core/forecast.hpp"
#include "core/patience.hpp"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace staffplan::ui {

class BacktestModel;
class ChartView;
class Project;
struct CallSet;

/// A forecast with what the pages show beside it.  Times are wall-clock seconds.
struct ForecastRun
{
    QString queue; ///< empty: all queues together
    int intervalMin = 30;
    double fromSec = 0;
    int days = 7;
    std::optional<ForecastMethod> methodAsked; ///< empty: automatic
    ForecastResult result;
    std::vector<double> starts; ///< of the forecast intervals
    /// Actuals from a week before the forecast to its end (NaN where the history has no data).
    double actualFromSec = 0;
    std::vector<double> actualCalls, actualAhtSec;
    std::optional<double> volumeWape, ahtWape; ///< forecast vs actual, where actuals exist
    PatienceEstimate patience;                 ///< from the four weeks before the forecast
    double historyFromSec = 0;
    QString error; ///< set instead of a result
};

/// Runs a forecast (a pure function of its inputs; the page runs it on a worker thread).
ForecastRun runForecast(const CallSet& calls, const QString& queue, int intervalMin, double fromSec, int days,
                        std::optional<ForecastMethod> method);

class ForecastPage : public QWidget
{
    Q_OBJECT
  public:
    explicit ForecastPage(QWidget* parent = nullptr);
    ~ForecastPage() override;

    void setProject(Project* project);
    BacktestModel* backtestModel() const { return backtest_; }
    std::shared_ptr<const ForecastRun> current() const { return current_; }
    /// True from the start of a forecast until its result is shown (not just computed).
    bool busy() const { return pending_; }

    /// Starts a forecast with the page's settings.
    void run();

  signals:
    void forecastReady(std::shared_ptr<const ForecastRun> run);

  private:
    void show(std::shared_ptr<const ForecastRun> run);
    void plot();

    Project* project_ = nullptr;
    std::shared_ptr<const ForecastRun> current_;
    QComboBox* queue_;
    QComboBox* interval_;
    QDateEdit* from_;
    QSpinBox* days_;
    QComboBox* method_;
    QPushButton* runButton_;
    QLabel* summary_;
    BacktestModel* backtest_;
    QTableView* backtestView_;
    ChartView* volumeChart_;
    ChartView* ahtChart_;
    QFutureWatcher<std::shared_ptr<const ForecastRun>> watcher_;
    bool pending_ = false;
};

} // namespace staffplan::ui
