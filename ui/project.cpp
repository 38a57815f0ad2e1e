#include "ui/project.hpp"

#include "ui/text/messages.hpp"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

#include <algorithm>

namespace staffplan::ui {

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
    connect(&p->loader_, &QFutureWatcherBase::finished, p.get(), [project = p.get()] {
        auto loaded = project->loader_.result();
        project->loading_ = false;
        if (!loaded) {
            emit project->failed(project->loadError_);
            return;
        }
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
    if (loader_.isRunning())
        loader_.waitForFinished();
    const QString path = path_;
    loading_ = true;
    loader_.setFuture(QtConcurrent::run([this, path]() -> std::shared_ptr<const CallSet> {
        // a connection of this thread's own: SQLite connections are not shared across threads here
        DbError error;
        auto db = ProjectDb::open(QFile::encodeName(path).toStdString(), error);
        if (!db) {
            loadError_ = text::describe(path, error);
            return nullptr;
        }
        auto set = std::make_shared<CallSet>();
        if (!db->forEachCall([&](const CallRecord& c) { set->calls.push_back(c); }, error)) {
            loadError_ = text::describe(path, error);
            return nullptr;
        }
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
    return QtConcurrent::run([projectPath, logPath, options](QPromise<ImportResult>& promise) {
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
