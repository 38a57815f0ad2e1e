#include "ui/project.hpp"

#include "ui/text/messages.hpp"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace staffplan::ui {

QThreadPool* workPool()
{
    static QThreadPool pool;
    return &pool;
}

std::unique_ptr<Project> Project::open(const QString& path, QString& error)
{
    DbError dbError;
    auto db = ProjectDb::open(QFile::encodeName(path).toStdString(), dbError);
    if (!db) {
        error = text::describe(path, dbError);
        return nullptr;
    }
    std::unique_ptr<Project> p(new Project);
    p->path_ = path;
    p->db_ = std::move(db);
    // the window's connection never copies the write-ahead log into the file (after an import that takes
    // hundreds of milliseconds): the workers below do, after loading and after importing
    p->db_->setAutoCheckpoint(false);
    connect(&p->loader_, &QFutureWatcherBase::finished, p.get(), [project = p.get()] {
        if (project->reloadAgain_) { // the calls changed while these loaded: load again, show the newer
            project->reloadAgain_ = false;
            project->reload();
            return;
        }
        auto loaded = project->loader_.result();
        project->loading_ = false;
        if (!loaded) {
            emit project->failed(project->loadError_);
            return;
        }
        // the calls loaded before go on a worker: freeing millions of them here would hold the window
        // (unmapping hundreds of megabytes), and a page still computing from them keeps them until it is done
        if (project->calls_)
            workPool()->start([old = std::move(project->calls_)]() mutable { old.reset(); });
        project->calls_ = std::move(loaded);
        emit project->callsChanged();
    });
    p->reload();
    return p;
}

Project::~Project()
{
    loader_.waitForFinished();
}

QString Project::displayName() const
{
    return QFileInfo(path_).completeBaseName();
}

std::vector<BatchInfo> Project::batches() const
{
    DbError error;
    return db_->batches(error);
}

void Project::reload()
{
    if (loader_.isRunning()) { // never wait on the GUI thread (millions of calls take seconds to load)
        reloadAgain_ = true;
        return;
    }
    const QString path = path_;
    loading_ = true;
    loader_.setFuture(QtConcurrent::run(workPool(), [this, path]() -> std::shared_ptr<const CallSet> {
        // a connection of this thread's own: SQLite connections are not shared across threads here
        DbError error;
        auto db = ProjectDb::open(QFile::encodeName(path).toStdString(), error);
        if (!db) {
            loadError_ = text::describe(path, error);
            return nullptr;
        }
        auto set = std::make_shared<CallSet>();
        // all the room at once: a growing buffer of millions of calls is copied and unmapped as it grows, and
        // unmapping holds up every thread's page faults (the window's too)
        set->calls.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, db->callCount())));
        if (!db->forEachCall([&](const CallRecord& c) { set->calls.push_back(c); }, error)) {
            loadError_ = text::describe(path, error);
            return nullptr;
        }
        db->checkpoint();
        set->queues = db->queueNames();
        set->channels = db->channelNames();
        if (!set->calls.empty()) {
            const auto [lo, hi] = std::minmax_element(
                set->calls.begin(), set->calls.end(),
                [](const CallRecord& a, const CallRecord& b) { return a.arrival < b.arrival; });
            set->firstArrival = lo->arrival;
            set->lastArrival = hi->arrival;
        }
        return set;
    }));
}

QFuture<ImportResult> startImport(const QString& projectPath, const QString& logPath, const ReadOptions& options)
{
    return QtConcurrent::run(workPool(), [projectPath, logPath, options](QPromise<ImportResult>& promise) {
        ImportResult result;
        DbError dbError;
        auto db = ProjectDb::open(QFile::encodeName(projectPath).toStdString(), dbError);
        if (!db) {
            result.error = text::describe(projectPath, dbError);
            promise.addResult(result);
            return;
        }
        const double size = std::max<qint64>(QFileInfo(logPath).size(), 1);
        promise.setProgressRange(0, 1000);
        OpenError openError;
        result.outcome = db->importLog(QFile::encodeName(logPath).toStdString(), options, openError, dbError,
                                       [&](std::size_t bytes) {
                                           promise.setProgressValue(
                                               static_cast<int>(std::min(1.0, bytes / size) * 1000));
                                           return !promise.isCanceled();
                                       });
        db->checkpoint(); // here, not on the window's connection at its next save
        if (!result.outcome) {
            result.cancelled = dbError.problem == DbProblem::Cancelled;
            result.error = result.cancelled || !dbError.detail.empty() ? text::describe(projectPath, dbError)
                                                                       : text::describe(logPath, openError);
        }
        promise.setProgressValue(1000);
        promise.addResult(result);
    });
}

} // namespace staffplan::ui
