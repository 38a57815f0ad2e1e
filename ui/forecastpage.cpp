#include "ui/forecastpage.hpp"

#include "core/kpi.hpp"
#include "core/project_db.hpp"
#include "ui/charts/charts.hpp"
#include "ui/charts/chartview.hpp"
#include "ui/format.hpp"
#include "ui/models/backtestmodel.hpp"
#include "ui/project.hpp"
#include "ui/text/messages.hpp"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QtConcurrent>

#include <cmath>

namespace staffplan::ui {
namespace {

constexpr double kDay = 86400;

std::optional<int> queueIndex(const CallSet& calls, const QString& queue)
{
    if (queue.isEmpty())
        return std::nullopt;
    for (std::size_t i = 0; i < calls.queues.size(); ++i)
        if (calls.queues[i] == queue.toStdString())
            return static_cast<int>(i);
    return -1; // a queue the project no longer has: no calls
}

} // namespace

ForecastRun runForecast(const CallSet& calls, const QString& queue, int intervalMin, double fromSec, int days,
                        std::optional<ForecastMethod> method)
{
    ForecastRun run;
    run.queue = queue;
    run.intervalMin = intervalMin;
    run.fromSec = fromSec;
    run.days = days;
    run.methodAsked = method;
    const std::optional<int> q = queueIndex(calls, queue);
    const double earliest = std::min(calls.firstArrival, fromSec);
    const IntervalSeries history = buildSeries(calls.calls, intervalMin, earliest, fromSec, q);
    run.historyFromSec = history.startSec;
    ForecastOptions options;
    options.method = method;
    const int horizon = days * history.intervalsPerDay();
    const auto result = forecast(history, horizon, options);
    if (!result) {
        run.error = ForecastPage::tr("A forecast needs at least one week of calls before its first day (two "
                                     "for Holt-Winters); choose a later start or import more history.");
        return run;
    }
    run.result = *result;
    const double length = intervalMin * 60.0;
    for (int h = 0; h < horizon; ++h)
        run.starts.push_back(fromSec + h * length);

    // actuals: the week before the forecast and the forecast's own days, where the history has them
    run.actualFromSec = fromSec - 7 * kDay;
    const IntervalSeries actual =
        buildSeries(calls.calls, intervalMin, run.actualFromSec, fromSec + days * kDay, q);
    const double dataEnd = std::floor(calls.lastArrival / length) * length + length;
    for (std::size_t i = 0; i < actual.calls.size(); ++i) {
        const double start = actual.startSec + i * length;
        const bool known = !calls.calls.empty() && start >= calls.firstArrival - length && start < dataEnd;
        run.actualCalls.push_back(known ? actual.calls[i] : NAN);
        run.actualAhtSec.push_back(known && actual.answered[i] > 0 ? actual.handleSec[i] / actual.answered[i]
                                                                   : NAN);
    }
    const std::size_t offset = static_cast<std::size_t>(std::llround((fromSec - actual.startSec) / length));
    if (offset < run.actualCalls.size()) {
        const std::vector<double> horizonCalls(run.actualCalls.begin() + offset, run.actualCalls.end());
        const std::vector<double> horizonAht(run.actualAhtSec.begin() + offset, run.actualAhtSec.end());
        run.volumeWape = wape(horizonCalls, run.result.calls);
        run.ahtWape = wape(horizonAht, run.result.ahtSec);
    }

    // callers' patience over the four weeks before the forecast (exponential MLE, answered calls censored)
    run.patience = patienceOfCalls(calls.calls, fromSec - 28 * kDay, fromSec, q);
    return run;
}

ForecastPage::ForecastPage(QWidget* parent) : QWidget(parent)
{
    queue_ = new QComboBox;
    interval_ = new QComboBox;
    interval_->addItem(tr("15 minutes"), 15);
    interval_->addItem(tr("30 minutes"), 30);
    interval_->addItem(tr("60 minutes"), 60);
    interval_->setCurrentIndex(1);
    from_ = new QDateEdit;
    from_->setCalendarPopup(true);
    from_->setDisplayFormat(dateEditFormat());
    days_ = new QSpinBox;
    days_->setRange(1, 366);
    days_->setValue(7);
    method_ = new QComboBox;
    method_->addItem(tr("Automatic (lowest backtest error)"), -1);
    for (auto m : {ForecastMethod::SeasonalNaive, ForecastMethod::WeightedAverage, ForecastMethod::HoltWinters,
                   ForecastMethod::ProfileLevel})
        method_->addItem(BacktestModel::methodText(m), static_cast<int>(m));
    runButton_ = new QPushButton(tr("Forecast"));
    connect(runButton_, &QPushButton::clicked, this, &ForecastPage::run);

    auto* form = new QFormLayout;
    form->addRow(tr("Queue:"), queue_);
    form->addRow(tr("Interval:"), interval_);
    form->addRow(tr("First day:"), from_);
    form->addRow(tr("Days:"), days_);
    form->addRow(tr("Method:"), method_);
    form->addRow(runButton_);
    auto* settings = new QGroupBox(tr("Forecast settings"));
    settings->setLayout(form);

    summary_ = new QLabel;
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    backtest_ = new BacktestModel(this);
    backtestView_ = new QTableView;
    backtestView_->setModel(backtest_);
    backtestView_->verticalHeader()->hide();
    backtestView_->horizontalHeader()->setSectionResizeMode(BacktestModel::Method, QHeaderView::Stretch);
    backtestView_->horizontalHeader()->setSectionResizeMode(BacktestModel::Wape, QHeaderView::ResizeToContents);
    backtestView_->horizontalHeader()->setSectionResizeMode(BacktestModel::Weeks, QHeaderView::ResizeToContents);
    backtestView_->setWordWrap(true);
    backtestView_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // long method names wrap
    auto* results = new QGroupBox(tr("Method and accuracy"));
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->addWidget(summary_);
    resultsLayout->addWidget(backtestView_, 1);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(settings);
    leftLayout->addWidget(results, 1);
    left->setMaximumWidth(460);

    volumeChart_ = new ChartView;
    volumeChart_->setFileStem(QStringLiteral("forecast-volume"));
    ahtChart_ = new ChartView;
    ahtChart_->setFileStem(QStringLiteral("forecast-vs-actual-aht"));
    auto* charts = new QSplitter(Qt::Vertical);
    charts->setObjectName(QStringLiteral("forecastCharts"));
    charts->addWidget(volumeChart_);
    charts->addWidget(ahtChart_);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("forecastSplit"));
    split->addWidget(left);
    split->addWidget(charts);
    split->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
        runButton_->setEnabled(true);
        show(watcher_.result());
        pending_ = false;
    });
    plot();
}

ForecastPage::~ForecastPage()
{
    watcher_.waitForFinished();
}

void ForecastPage::setProject(Project* project)
{
    project_ = project;
    const QString current = queue_->currentData().toString();
    queue_->clear();
    queue_->addItem(tr("All queues"), QString());
    const auto calls = project_ ? project_->calls() : nullptr;
    if (calls)
        for (const auto& q : calls->queues)
            queue_->addItem(QString::fromStdString(q), QString::fromStdString(q));
    queue_->setCurrentIndex(std::max(0, queue_->findData(current)));
    if (calls && !calls->calls.empty()) {
        // by default the days after the history
        const QDate last = wallClock(calls->lastArrival).date();
        from_->setDate(last.addDays(1));
        run();
    } else {
        current_.reset();
        backtest_->setScores({}, std::nullopt);
        summary_->setText(project_ ? tr("Import a call log first: a forecast needs at least a week of history.")
                                   : QString());
        plot();
        emit forecastReady(nullptr);
    }
}

void ForecastPage::run()
{
    const auto calls = project_ ? project_->calls() : nullptr;
    if (!calls || watcher_.isRunning())
        return;
    const QString queue = queue_->currentData().toString();
    const int intervalMin = interval_->currentData().toInt();
    const double from = wallSeconds(QDateTime(from_->date(), QTime(0, 0)));
    const int days = days_->value();
    const int m = method_->currentData().toInt();
    const std::optional<ForecastMethod> method =
        m < 0 ? std::nullopt : std::optional<ForecastMethod>(static_cast<ForecastMethod>(m));
    runButton_->setEnabled(false);
    pending_ = true;
    summary_->setText(tr("Forecasting\u2026"));
    watcher_.setFuture(QtConcurrent::run(workPool(), [calls, queue, intervalMin, from, days, method] {
        return std::shared_ptr<const ForecastRun>(
            std::make_shared<ForecastRun>(runForecast(*calls, queue, intervalMin, from, days, method)));
    }));
}

void ForecastPage::show(std::shared_ptr<const ForecastRun> run)
{
    if (!run->error.isEmpty()) {
        current_.reset();
        summary_->setText(run->error);
        backtest_->setScores({}, std::nullopt);
        plot();
        emit forecastReady(nullptr);
        return;
    }
    current_ = run;
    const ForecastResult& r = run->result;
    double total = 0;
    for (double c : r.calls)
        total += c;
    QString text = tr("%1: %2 calls from %3 to %4.")
                       .arg(BacktestModel::methodText(r.method), numberText(total), dateText(run->fromSec),
                            dateText(run->fromSec + (run->days - 1) * kDay));
    text += QLatin1Char(' ') + (run->methodAsked ? tr("Method as chosen.") : tr("Chosen by the lowest backtest error."));
    if (run->volumeWape)
        text += QLatin1Char('\n') + tr("Against the actual calls: volume WAPE %1, AHT WAPE %2.")
                                        .arg(percentText(*run->volumeWape), percentText(run->ahtWape));
    else
        text += QLatin1Char('\n') + tr("No actual calls for these days yet: accuracy shows once they are imported.");
    if (!r.outlierDays.empty()) {
        QStringList days;
        for (int d : r.outlierDays)
            days << dateText(run->historyFromSec + d * kDay);
        text += QLatin1Char('\n') + tr("Unusual days left out of training: %1.").arg(days.join(QStringLiteral(", ")));
    }
    if (run->patience.meanSec)
        text += QLatin1Char('\n') + tr("Callers' patience over the 4 weeks before: %1 s (95% CI %2\u2013%3 s, %4 abandons)%5.")
                                        .arg(numberText(*run->patience.meanSec), secondsText(run->patience.lowSec),
                                             secondsText(run->patience.highSec))
                                        .arg(run->patience.abandons)
                                        .arg(run->patience.reliable ? QString() : tr("; too few abandons for a reliable estimate"));
    // stored in the project like staffplan-cli forecast does (same name for the same settings: the newest wins),
    // so that staffplan-cli report --project finds it
    if (project_) {
        StoredForecast stored;
        stored.method = std::string(forecastMethodName(r.method));
        stored.queue = run->queue.toStdString();
        stored.intervalMin = run->intervalMin;
        stored.trainFrom = run->historyFromSec;
        stored.trainTo = run->fromSec;
        stored.parameters = std::string("method_requested=") +
                            (run->methodAsked ? std::string(forecastMethodName(*run->methodAsked)) : std::string("auto")) +
                            ";made_by=app";
        for (std::size_t h = 0; h < run->starts.size(); ++h)
            stored.rows.push_back({run->starts[h], r.calls[h], r.callsLow80[h], r.callsHigh80[h], r.callsLow95[h],
                                   r.callsHigh95[h], r.ahtSec[h], r.ahtHigh80[h]});
        stored.name = defaultForecastName(stored.method,
                                          wallClock(run->fromSec).date().toString(Qt::ISODate).toStdString(),
                                          run->days, stored.queue, run->intervalMin);
        DbError error;
        if (project_->db().saveForecast(stored, true, error))
            text += QLatin1Char('\n') + tr("Stored in the project as '%1'.").arg(QString::fromStdString(stored.name));
        else
            text += QLatin1Char('\n') + text::describe(project_->path(), error);
    }
    summary_->setText(text);
    backtest_->setScores(r.backtest, r.method);
    plot();
    emit forecastReady(run);
}

void ForecastPage::plot()
{
    if (!current_) {
        plotMessage(volumeChart_, tr("Forecast calls"), tr("No forecast yet."));
        plotMessage(ahtChart_, tr("Forecast vs actual AHT"), tr("No forecast yet."));
        return;
    }
    const ForecastRun& run = *current_;
    const ForecastResult& r = run.result;
    const double length = run.intervalMin * 60.0;
    ChartLine forecastCalls{tr("Forecast"), {}, QColor(31, 119, 180), false, true};
    ChartLine forecastAht{tr("Forecast AHT"), {}, QColor(31, 119, 180), false, true};
    ChartBand band80{tr("80% band"), {}, {}, QColor(31, 119, 180)};
    ChartBand band95{tr("95% band"), {}, {}, QColor(120, 160, 200)};
    for (std::size_t i = 0; i < run.starts.size(); ++i) {
        const double x = run.starts[i];
        forecastCalls.points.emplace_back(x, r.calls[i]);
        forecastAht.points.emplace_back(x, r.ahtSec[i]);
        band80.low.emplace_back(x, r.callsLow80[i]);
        band80.high.emplace_back(x, r.callsHigh80[i]);
        band95.low.emplace_back(x, r.callsLow95[i]);
        band95.high.emplace_back(x, r.callsHigh95[i]);
    }
    ChartLine actualCalls{tr("Actual"), {}, QColor(40, 40, 40), false, true};
    ChartLine actualAht{tr("Actual AHT"), {}, QColor(214, 39, 40), false, true};
    for (std::size_t i = 0; i < run.actualCalls.size(); ++i) {
        const double x = run.actualFromSec + i * length;
        if (std::isfinite(run.actualCalls[i]))
            actualCalls.points.emplace_back(x, run.actualCalls[i]);
        if (std::isfinite(run.actualAhtSec[i]))
            actualAht.points.emplace_back(x, run.actualAhtSec[i]);
    }
    const QString queue = run.queue.isEmpty() ? tr("all queues") : run.queue;
    plotTimeLines(volumeChart_,
                  {tr("Calls per %1 minutes, %2").arg(run.intervalMin).arg(queue), {}, tr("Calls"), {}, 1},
                  {actualCalls, forecastCalls}, {band95, band80});
    plotTimeLines(ahtChart_,
                  {tr("Forecast vs actual AHT, %1").arg(queue), {}, tr("Average handle time, s"), tr(" s"), 0},
                  {actualAht, forecastAht});
}

} // namespace staffplan::ui
