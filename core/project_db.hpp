#pragma once
// The project database: one SQLite file (*.staffplan) per project.
//  - schema versioned in table meta (key 'schema_version'); a file from a newer StaffPlan is refused, an
//  older one
//    is migrated step by step (kMigrations in project_db.cpp) inside a transaction;
//  - each import is a batch (file name, content hash, counts, rejected rows), imported in one transaction: it
//  lands
//    whole or not at all; a file whose content was imported before is detected by its hash and not imported
//    again;
//  - a batch can be listed and removed (its calls and rejected rows go with it).

#include "core/call_log.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace staffplan {

enum class DbProblem {
    CannotOpen,  ///< not a database, or no permission
    NewerSchema, ///< written by a newer StaffPlan
    NotAProject, ///< an SQLite file, but not a StaffPlan project
    Sql,         ///< any other SQLite error (detail has SQLite's message)
    NoSuchBatch,
    NameTaken, ///< a forecast of that name exists
    NoSuchForecast,
    Cancelled, ///< the caller's progress callback asked to stop; nothing was written
    DamagedCall,     ///< a call holds what an import never writes (the file was changed outside StaffPlan); row: its id
    DamagedForecast, ///< a forecast value is negative or not a number; detail: the forecast, row: the interval (1-based)
};

/// Called during an import with the bytes of the file read so far; returning false cancels the import.
using ImportProgress = std::function<bool(std::size_t bytesRead)>;

struct DbError
{
    DbProblem problem = DbProblem::Sql;
    std::string detail;
    int schemaVersion = 0; ///< for NewerSchema
    std::int64_t row = 0;  ///< for DamagedCall and DamagedForecast
};

struct BatchInfo
{
    std::int64_t id = 0;
    std::string fileName, contentHash, importedAt, preset, encoding;
    std::int64_t read = 0, accepted = 0, rejected = 0, excluded = 0;
};

/// A named forecast as stored: every interval's values, and how it was made.
struct StoredForecast
{
    std::int64_t id = 0;
    std::string name, method, parameters, queue, createdAt;
    int intervalMin = 30;
    double trainFrom = 0, trainTo = 0; ///< wall-clock seconds
    struct Row
    {
        double start, calls, callsP10, callsP90, callsP2_5, callsP97_5, ahtSec, ahtP90;
    };
    std::vector<Row> rows;
};

/// The name a forecast is stored under when none is given: "profile from 2026-11-02, 7 days, all queues, 30 min"
/// (`fromDate` as YYYY-MM-DD; an empty queue is all queues).
std::string defaultForecastName(const std::string& method, const std::string& fromDate, int days,
                                const std::string& queue, int intervalMin);

struct ImportOutcome
{
    std::optional<BatchInfo> batch;          ///< the new batch
    std::optional<std::int64_t> duplicateOf; ///< set instead when the same content was imported before
    ImportSummary summary;
    std::vector<RejectedRow> rejected;
};

class ProjectDb
{
  public:
    static constexpr int kSchemaVersion = 4;

    /// Opens or creates a project; migrates an older schema.
    static std::unique_ptr<ProjectDb> open(const std::string& path, DbError& error);
    ~ProjectDb();

    int schemaVersion() const;
    std::vector<BatchInfo> batches(DbError& error) const;

    /// Imports a call log as one batch, in one transaction.  Open problems of the log come back in
    /// `openError`.  `progress` is called every few thousand rows; when it returns false the transaction is
    /// rolled back and the error is DbProblem::Cancelled.
    std::optional<ImportOutcome> importLog(const std::string& path, const ReadOptions& options,
                                           OpenError& openError, DbError& error,
                                           const ImportProgress& progress = {});

    bool removeBatch(std::int64_t id, DbError& error);
    /// A hidden batch is out of batches(), forEachCall() and the KPIs, but still stored: the app hides a batch
    /// it removes or whose import is undone, so that undo/redo can bring it back, and purges the hidden ones
    /// when it next opens the project.  Importing the same file again replaces a hidden copy.
    bool setBatchHidden(std::int64_t id, bool hidden, DbError& error);
    bool purgeHiddenBatches(DbError& error);

    /// Every call of every batch, in import order (KPIs need no order); queue and channel ids index
    /// queueNames() / channelNames().
    bool forEachCall(const std::function<void(const CallRecord&)>& visit, DbError& error) const;
    /// Whether a commit on this connection may copy the write-ahead log into the file (SQLite's automatic
    /// checkpoint, on by default).  After a big import that copy takes hundreds of milliseconds, on whichever
    /// connection commits next: the app turns it off on its window's connection and checkpoints on workers.
    void setAutoCheckpoint(bool on);
    /// Copies what it can of the write-ahead log into the file without waiting for readers (PASSIVE).
    void checkpoint();
    /// How many calls forEachCall() gives (to reserve room for them first).
    std::int64_t callCount() const;
    std::vector<std::string> queueNames() const;
    std::vector<std::string> channelNames() const;

    /// Stores a forecast under its name; a name already taken is refused (DbProblem::NameTaken) unless
    /// `replace`.
    bool saveForecast(StoredForecast& forecast, bool replace, DbError& error);
    std::vector<StoredForecast> forecasts(DbError& error) const; ///< without their rows
    /// One forecast with its rows, by name (empty name: the newest); NoSuchForecast when there is none.
    std::optional<StoredForecast> forecast(const std::string& name, DbError& error) const;

    /// What the app keeps between sessions, by key (e.g. the Staffing page's state of one forecast), as text the
    /// app reads (JSON); saving replaces the last value in one statement.
    bool saveState(const std::string& key, const std::string& value, DbError& error);
    std::optional<std::string> state(const std::string& key) const; ///< none saved, or unreadable

    /// Before migrating an older project, open() copies it to this path (P.staffplan.v1.bak ...).
    static std::string backupPath(const std::string& path, int version);

    /// The content hash the database keys batches by: FNV-1a 64 of the bytes plus their count.
    /// `progress` (called with 0 every megabyte) returning false stops it: none, and `cancelled` set.
    static std::optional<std::string> contentHash(const std::string& path, const ImportProgress& progress = {},
                                                  bool* cancelled = nullptr);

  private:
    ProjectDb() = default;
    std::vector<std::string> names(int kind) const;
    sqlite3* db_ = nullptr;
};

} // namespace staffplan
