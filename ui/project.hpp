#pragma once
// An open project as the pages see it: the database, and its calls held in memory (KPIs and forecasts read
// them many times).  Loading and importing run off the GUI thread, each on its own database connection.

#include "core/call_log.hpp"
#include "core/project_db.hpp"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QThreadPool;

namespace staffplan::ui {

/// Every call of a project, with the names its ids index.
struct CallSet
{
    std::vector<CallRecord> calls;
    std::vector<std::string> queues, channels;
    double firstArrival = 0, lastArrival = 0; ///< wall-clock seconds; equal when there are no calls
};

/// The outcome of an import run in the background: the core's outcome, or the message of what went wrong.
struct ImportResult
{
    std::optional<ImportOutcome> outcome;
    QString error;
    bool cancelled = false;
};

/// Starts an import of `logPath` into the project at `projectPath` on a worker thread.  The future's
/// progress runs 0..1000 over the file's bytes; cancelling it rolls the import back.
/// The threads StaffPlan's long computations run on (loading calls, KPIs, forecasts, shift plans, imports,
/// reports): not Qt's global pool, which the raster paint engine uses for its parallel fills, so that painting a
/// chart never waits behind a KPI run over millions of calls (measured: a 300-400 ms stall of the window).
QThreadPool* workPool();

QFuture<ImportResult> startImport(const QString& projectPath, const QString& logPath,
                                  const ReadOptions& options);

class Project : public QObject
{
    Q_OBJECT
  public:
    /// Opens or creates a project; on failure returns null with the message in `error`.
    static std::unique_ptr<Project> open(const QString& path, QString& error);
    ~Project() override;

    QString path() const { return path_; }
    QString displayName() const;
    ProjectDb& db() { return *db_; }
    std::vector<BatchInfo> batches() const;

    /// The calls; null until the first load has finished.
    std::shared_ptr<const CallSet> calls() const { return calls_; }
    /// True from the start of a load until callsChanged() (or failed()) has been emitted.
    bool loading() const { return loading_; }

    /// Reloads the calls in the background (after an import or removal); callsChanged() follows.
    void reload();

  signals:
    void callsChanged();
    void failed(const QString& message);

  private:
    Project() = default;
    QString path_;
    std::unique_ptr<ProjectDb> db_;
    std::shared_ptr<const CallSet> calls_;
    QFutureWatcher<std::shared_ptr<const CallSet>> loader_;
    QString loadError_;
    bool loading_ = false;
    bool reloadAgain_ = false; ///< reload() came while loading: load again when this one ends
};

} // namespace staffplan::ui
