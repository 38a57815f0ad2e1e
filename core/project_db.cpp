#include "core/project_db.hpp"

#include <cmath>

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <unordered_map>

namespace staffplan {
namespace {

/// The calls that count: those of batches not hidden (a removal or an undone import the app can still undo).
#define SHOWN_CALLS "batch_id IN (SELECT id FROM batches WHERE hidden = 0)"

enum NameKind { Queue = 0, Channel = 1, Agent = 2 };

// Each step takes the schema from version i + 1 to i + 2 (step 0 creates version 1).
const char* const kMigrations[] = {
    R"sql(
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta VALUES('application', 'staffplan');
    CREATE TABLE batches(
        id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL, preset TEXT NOT NULL, encoding TEXT NOT NULL,
        rows_read INTEGER NOT NULL, accepted INTEGER NOT NULL, rejected INTEGER NOT NULL, excluded INTEGER NOT NULL);
    CREATE TABLE names(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT NULL, UNIQUE(kind, name));
    CREATE TABLE calls(
        batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        arrival REAL NOT NULL, wait_sec REAL NOT NULL, talk_sec REAL NOT NULL, hold_sec REAL NOT NULL,
        acw_sec REAL NOT NULL, answered INTEGER NOT NULL, queue_id INTEGER NOT NULL, channel_id INTEGER NOT NULL,
        agent_id INTEGER, customer INTEGER, transferred INTEGER, resolved INTEGER, csat REAL, line INTEGER NOT NULL);
    CREATE INDEX calls_by_batch ON calls(batch_id);
    CREATE TABLE rejected_rows(
        batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE, line INTEGER NOT NULL,
        field TEXT, column_name TEXT, problem TEXT NOT NULL, value TEXT, record TEXT);
    CREATE TABLE excluded_rows(
        batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE, rule TEXT NOT NULL, count INTEGER NOT NULL);
    )sql",
    // 2: named forecasts
    R"sql(
    CREATE TABLE forecasts(
        id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, method TEXT NOT NULL, parameters TEXT NOT NULL,
        queue TEXT NOT NULL, interval_min INTEGER NOT NULL, train_from REAL NOT NULL, train_to REAL NOT NULL,
        created_at TEXT NOT NULL);
    CREATE TABLE forecast_values(
        forecast_id INTEGER NOT NULL REFERENCES forecasts(id) ON DELETE CASCADE, start REAL NOT NULL,
        calls REAL NOT NULL, calls_p10 REAL NOT NULL, calls_p90 REAL NOT NULL, calls_p2_5 REAL NOT NULL,
        calls_p97_5 REAL NOT NULL, aht_sec REAL NOT NULL, aht_p90 REAL NOT NULL);
    CREATE INDEX forecast_values_by_forecast ON forecast_values(forecast_id, start);
    )sql",
    // 3: what the app's pages hold between sessions (the Staffing page's targets and typed inputs, the shift
    // templates), each saved the moment it changes
    R"sql(
    CREATE TABLE app_state(key TEXT PRIMARY KEY, value TEXT NOT NULL, saved_at TEXT NOT NULL);
    )sql",
    // 4: a batch the app removed (or whose import it undid) is hidden until the project is next opened by the app,
    // so that Edit > Undo can bring it back
    R"sql(
    ALTER TABLE batches ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
    )sql",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == ProjectDb::kSchemaVersion);

class Statement
{
  public:
    Statement(sqlite3* db, const char* sql)
    {
        ok_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return ok_; }
    sqlite3_stmt* get() const { return stmt_; }
    void reset() { sqlite3_reset(stmt_); }
    void bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
    void bind(int i, std::int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
    void bind(int i, const std::string& v)
    {
        sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int i) { sqlite3_bind_null(stmt_, i); }
    int step() { return sqlite3_step(stmt_); }

  private:
    sqlite3_stmt* stmt_ = nullptr;
    bool ok_ = false;
};

/// Runs a statement that changes batch `id`: false with NoSuchBatch when it changed none.
bool changedOneBatch(sqlite3* db, Statement& s, std::int64_t id, DbError& error)
{
    if (!s.ok() || s.step() != SQLITE_DONE) {
        error = {DbProblem::Sql, sqlite3_errmsg(db)};
        return false;
    }
    if (sqlite3_changes(db) == 0) {
        error = {DbProblem::NoSuchBatch, std::to_string(id)};
        return false;
    }
    return true;
}

bool exec(sqlite3* db, const char* sql, DbError& error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    error = {DbProblem::Sql, message ? message : sqlite3_errmsg(db)};
    sqlite3_free(message);
    return false;
}

int readVersion(sqlite3* db)
{
    Statement s(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (!s.ok() || s.step() != SQLITE_ROW)
        return 0;
    return sqlite3_column_int(s.get(), 0);
}

std::string nowIso()
{
    const auto now = std::chrono::system_clock::now();
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    return formatTimestamp(static_cast<double>(secs)) + "Z";
}

std::string text(sqlite3_stmt* s, int column)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return p ? p : "";
}

} // namespace

std::optional<std::string> ProjectDb::contentHash(const std::string& path, const ImportProgress& progress,
                                                  bool* cancelled)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a 64
    std::uint64_t bytes = 0;
    std::string buffer(1 << 20, '\0');
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        for (std::size_t i = 0; i < n; ++i) {
            h ^= static_cast<unsigned char>(buffer[i]);
            h *= 1099511628211ULL;
        }
        bytes += n;
        // a 2 GB log takes seconds to hash: Cancel is heard every megabyte (the bar stays at the start)
        if (progress && !progress(0)) {
            if (cancelled)
                *cancelled = true;
            return std::nullopt;
        }
    }
    char out[64];
    std::snprintf(out, sizeof out, "fnv1a64:%016llx:%llu", static_cast<unsigned long long>(h),
                  static_cast<unsigned long long>(bytes));
    return out;
}

std::unique_ptr<ProjectDb> ProjectDb::open(const std::string& path, DbError& error)
{
    std::unique_ptr<ProjectDb> p(new ProjectDb);
    if (sqlite3_open_v2(path.c_str(), &p->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        error = {DbProblem::CannotOpen, sqlite3_errmsg(p->db_)};
        return nullptr;
    }
    sqlite3_busy_timeout(p->db_, 5000);
    // WAL: readers never see a half-written import, and a crash leaves the last committed state
    if (!exec(p->db_, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
              error)) {
        error.problem = DbProblem::CannotOpen;
        return nullptr;
    }
    // is it ours?
    int tableCount = 0;
    { // finished before a backup: VACUUM refuses to run beside an open statement
        Statement tables(p->db_, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        tables.step();
        tableCount = sqlite3_column_int(tables.get(), 0);
    }
    int version = readVersion(p->db_);
    if (tableCount > 0 && version == 0) {
        error = {DbProblem::NotAProject, path};
        return nullptr;
    }
    if (version > kSchemaVersion) {
        error = {DbProblem::NewerSchema, path, version};
        return nullptr;
    }
    if (version < kSchemaVersion) {
        if (version > 0) { // keep the project as it was before changing its format
            std::string target;
            for (const char c :
                 backupPath(path, version)) // a quote in the path is doubled inside the literal
                target += c == '\'' ? std::string("''") : std::string(1, c);
            if (!exec(p->db_, ("VACUUM INTO '" + target + "'").c_str(), error))
                return nullptr;
        }
        if (!exec(p->db_, "BEGIN IMMEDIATE", error))
            return nullptr;
        for (int step = version; step < kSchemaVersion; ++step)
            if (!exec(p->db_, kMigrations[step], error)) {
                exec(p->db_, "ROLLBACK", error);
                return nullptr;
            }
        const std::string set =
            "INSERT OR REPLACE INTO meta VALUES('schema_version', '" + std::to_string(kSchemaVersion) + "')";
        if (!exec(p->db_, set.c_str(), error) || !exec(p->db_, "COMMIT", error))
            return nullptr;
    }
    return p;
}

ProjectDb::~ProjectDb()
{
    sqlite3_close(db_);
}

std::string ProjectDb::backupPath(const std::string& path, int version)
{
    return path + ".v" + std::to_string(version) + ".bak";
}

bool ProjectDb::saveForecast(StoredForecast& f, bool replace, DbError& error)
{
    auto fail = [&] {
        error = {DbProblem::Sql, sqlite3_errmsg(db_)};
        DbError ignored;
        exec(db_, "ROLLBACK", ignored);
        return false;
    };
    if (!exec(db_, "BEGIN IMMEDIATE", error))
        return false;
    {
        Statement existing(db_, "SELECT id FROM forecasts WHERE name = ?");
        existing.bind(1, f.name);
        if (existing.step() == SQLITE_ROW) {
            if (!replace) {
                DbError ignored;
                exec(db_, "ROLLBACK", ignored);
                error = {DbProblem::NameTaken, f.name};
                return false;
            }
            Statement drop(db_, "DELETE FROM forecasts WHERE id = ?");
            drop.bind(1, static_cast<std::int64_t>(sqlite3_column_int64(existing.get(), 0)));
            if (drop.step() != SQLITE_DONE)
                return fail();
        }
    }
    f.createdAt = nowIso();
    Statement add(
        db_, "INSERT INTO forecasts(name, method, parameters, queue, interval_min, train_from, train_to, "
             "created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    add.bind(1, f.name);
    add.bind(2, f.method);
    add.bind(3, f.parameters);
    add.bind(4, f.queue);
    add.bind(5, static_cast<std::int64_t>(f.intervalMin));
    add.bind(6, f.trainFrom);
    add.bind(7, f.trainTo);
    add.bind(8, f.createdAt);
    if (add.step() != SQLITE_DONE)
        return fail();
    f.id = sqlite3_last_insert_rowid(db_);
    Statement row(db_, "INSERT INTO forecast_values VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& r : f.rows) {
        row.reset();
        row.bind(1, f.id);
        const double values[] = {r.start,     r.calls,      r.callsP10, r.callsP90,
                                 r.callsP2_5, r.callsP97_5, r.ahtSec,   r.ahtP90};
        for (int i = 0; i < 8; ++i)
            row.bind(i + 2, values[i]);
        if (row.step() != SQLITE_DONE)
            return fail();
    }
    return exec(db_, "COMMIT", error) || fail();
}

std::vector<StoredForecast> ProjectDb::forecasts(DbError& error) const
{
    std::vector<StoredForecast> out;
    Statement s(db_,
                "SELECT id, name, method, parameters, queue, interval_min, train_from, train_to, created_at "
                "FROM forecasts ORDER BY id");
    if (!s.ok()) {
        error = {DbProblem::Sql, sqlite3_errmsg(db_)};
        return out;
    }
    while (s.step() == SQLITE_ROW) {
        StoredForecast f;
        f.id = sqlite3_column_int64(s.get(), 0);
        f.name = text(s.get(), 1);
        f.method = text(s.get(), 2);
        f.parameters = text(s.get(), 3);
        f.queue = text(s.get(), 4);
        f.intervalMin = sqlite3_column_int(s.get(), 5);
        f.trainFrom = sqlite3_column_double(s.get(), 6);
        f.trainTo = sqlite3_column_double(s.get(), 7);
        f.createdAt = text(s.get(), 8);
        out.push_back(std::move(f));
    }
    return out;
}

std::string defaultForecastName(const std::string& method, const std::string& fromDate, int days,
                                const std::string& queue, int intervalMin)
{
    return method + " from " + fromDate + ", " + std::to_string(days) + " days, " +
           (queue.empty() ? std::string("all queues") : queue) + ", " + std::to_string(intervalMin) + " min";
}

std::optional<StoredForecast> ProjectDb::forecast(const std::string& name, DbError& error) const
{
    auto all = forecasts(error);
    auto it = name.empty() ? (all.empty() ? all.end() : all.end() - 1)
                           : std::find_if(all.begin(), all.end(), [&](const StoredForecast& f) { return f.name == name; });
    if (it == all.end()) {
        error = {DbProblem::NoSuchForecast, name};
        return std::nullopt;
    }
    StoredForecast f = std::move(*it);
    Statement s(db_, "SELECT start, calls, calls_p10, calls_p90, calls_p2_5, calls_p97_5, aht_sec, aht_p90 "
                     "FROM forecast_values WHERE forecast_id = ? ORDER BY start");
    s.bind(1, f.id);
    while (s.step() == SQLITE_ROW) {
        double v[8];
        for (int i = 0; i < 8; ++i) {
            v[i] = sqlite3_column_double(s.get(), i);
            if (!std::isfinite(v[i]) || (i > 0 && v[i] < 0)) { // a forecast never stores these
                error = {DbProblem::DamagedForecast, f.name, 0, static_cast<std::int64_t>(f.rows.size()) + 1};
                return std::nullopt;
            }
        }
        f.rows.push_back({v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]});
    }
    return f;
}

void ProjectDb::setAutoCheckpoint(bool on)
{
    sqlite3_wal_autocheckpoint(db_, on ? 1000 : 0);
}

void ProjectDb::checkpoint()
{
    sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

std::int64_t ProjectDb::callCount() const
{
    Statement s(db_, "SELECT count(*) FROM calls WHERE " SHOWN_CALLS);
    return s.ok() && s.step() == SQLITE_ROW ? sqlite3_column_int64(s.get(), 0) : 0;
}

int ProjectDb::schemaVersion() const
{
    return readVersion(db_);
}

std::vector<BatchInfo> ProjectDb::batches(DbError& error) const
{
    std::vector<BatchInfo> out;
    Statement s(db_,
                "SELECT id, file_name, content_hash, imported_at, preset, encoding, rows_read, accepted, "
                "rejected, excluded FROM batches WHERE hidden = 0 ORDER BY id");
    if (!s.ok()) {
        error = {DbProblem::Sql, sqlite3_errmsg(db_)};
        return out;
    }
    while (s.step() == SQLITE_ROW)
        out.push_back({sqlite3_column_int64(s.get(), 0), text(s.get(), 1), text(s.get(), 2), text(s.get(), 3),
                       text(s.get(), 4), text(s.get(), 5), sqlite3_column_int64(s.get(), 6),
                       sqlite3_column_int64(s.get(), 7), sqlite3_column_int64(s.get(), 8),
                       sqlite3_column_int64(s.get(), 9)});
    return out;
}

std::optional<ImportOutcome> ProjectDb::importLog(const std::string& path, const ReadOptions& options,
                                                  OpenError& openError, DbError& error,
                                                  const ImportProgress& progress)
{
    ImportOutcome outcome;
    bool cancelled = false;
    const auto hash = contentHash(path, progress, &cancelled);
    if (cancelled) {
        error = {DbProblem::Cancelled, {}};
        return std::nullopt;
    }
    if (!hash) {
        openError = {OpenProblem::CannotRead, path};
        return std::nullopt;
    }
    std::optional<std::int64_t> hiddenCopy;
    {
        Statement s(db_, "SELECT id, hidden FROM batches WHERE content_hash = ?");
        s.bind(1, *hash);
        if (s.step() == SQLITE_ROW) {
            const std::int64_t id = sqlite3_column_int64(s.get(), 0);
            if (sqlite3_column_int(s.get(), 1) == 0) {
                outcome.duplicateOf = id;
                return outcome;
            }
            hiddenCopy = id;
        }
    }
    if (hiddenCopy && !removeBatch(*hiddenCopy, error)) // a hidden copy of this file gives way to the new import
        return std::nullopt;
    auto reader =
        CallLogReader::open(std::make_unique<std::ifstream>(path, std::ios::binary), options, openError);
    if (!reader)
        return std::nullopt;
    if (!exec(db_, "BEGIN IMMEDIATE", error))
        return std::nullopt;
    auto fail = [&]() -> std::optional<ImportOutcome> {
        error = {DbProblem::Sql, sqlite3_errmsg(db_)};
        DbError ignored;
        exec(db_, "ROLLBACK", ignored);
        return std::nullopt;
    };
    // the batch row first (counts are filled in at the end, still inside the transaction)
    Statement batch(db_,
                    "INSERT INTO batches(file_name, content_hash, imported_at, preset, encoding, rows_read, "
                    "accepted, rejected, excluded) VALUES(?, ?, ?, ?, '', 0, 0, 0, 0)");
    const std::string fileName =
        path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
    batch.bind(1, fileName);
    batch.bind(2, *hash);
    batch.bind(3, nowIso());
    batch.bind(4, std::string(options.preset == Preset::Bank ? "bank" : "generic"));
    if (batch.step() != SQLITE_DONE)
        return fail();
    const std::int64_t batchId = sqlite3_last_insert_rowid(db_);

    // database ids of the reader's names
    Statement findName(db_, "SELECT id FROM names WHERE kind = ? AND name = ?");
    Statement addName(db_, "INSERT INTO names(kind, name) VALUES(?, ?)");
    std::vector<std::int64_t> mapped[3];
    auto dbId = [&](int kind, int local, const std::vector<std::string>& localNames) -> std::int64_t {
        auto& ids = mapped[kind];
        if (local < static_cast<int>(ids.size()) && ids[local] >= 0)
            return ids[local];
        findName.reset();
        findName.bind(1, static_cast<std::int64_t>(kind));
        findName.bind(2, localNames.at(local));
        std::int64_t id;
        if (findName.step() == SQLITE_ROW) {
            id = sqlite3_column_int64(findName.get(), 0);
        } else {
            addName.reset();
            addName.bind(1, static_cast<std::int64_t>(kind));
            addName.bind(2, localNames.at(local));
            addName.step();
            id = sqlite3_last_insert_rowid(db_);
        }
        if (static_cast<int>(ids.size()) <= local)
            ids.resize(local + 1, -1);
        ids[local] = id;
        return id;
    };

    // calls go in 32 rows to a statement: SQLite's per-statement cost, not the row, dominates small inserts
    constexpr int kRowsPerInsert = 32, kColumns = 15;
    auto insertSql = [](int rows) {
        std::string sql = "INSERT INTO calls VALUES";
        for (int r = 0; r < rows; ++r)
            sql += r ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        return sql;
    };
    Statement insertMany(db_, insertSql(kRowsPerInsert).c_str());
    Statement insertOne(db_, insertSql(1).c_str());
    if (!insertMany.ok() || !insertOne.ok() || !findName.ok() || !addName.ok())
        return fail();
    auto bindCall = [&](Statement& st, int row, const CallRecord& c) {
        const int b = row * kColumns;
        st.bind(b + 1, batchId);
        st.bind(b + 2, c.arrival);
        st.bind(b + 3, c.waitSec);
        st.bind(b + 4, c.talkSec);
        st.bind(b + 5, c.holdSec);
        st.bind(b + 6, c.acwSec);
        st.bind(b + 7, static_cast<std::int64_t>(c.outcome == CallOutcome::Answered));
        st.bind(b + 8, dbId(Queue, c.queue, reader->queues()));
        st.bind(b + 9, dbId(Channel, c.channel, reader->channels()));
        c.agent >= 0 ? st.bind(b + 10, dbId(Agent, c.agent, reader->agents())) : st.bindNull(b + 10);
        c.customer >= 0 ? st.bind(b + 11, c.customer) : st.bindNull(b + 11);
        c.transferred >= 0 ? st.bind(b + 12, static_cast<std::int64_t>(c.transferred)) : st.bindNull(b + 12);
        c.resolved >= 0 ? st.bind(b + 13, static_cast<std::int64_t>(c.resolved)) : st.bindNull(b + 13);
        c.csat >= 0 ? st.bind(b + 14, static_cast<double>(c.csat)) : st.bindNull(b + 14);
        st.bind(b + 15, static_cast<std::int64_t>(c.line));
    };
    std::vector<CallRecord> pending;
    pending.reserve(kRowsPerInsert);
    auto flush = [&](bool all) {
        if (static_cast<int>(pending.size()) == kRowsPerInsert) {
            insertMany.reset();
            for (int r = 0; r < kRowsPerInsert; ++r)
                bindCall(insertMany, r, pending[r]);
            if (insertMany.step() != SQLITE_DONE)
                return false;
            pending.clear();
        }
        if (all) {
            for (const CallRecord& c : pending) {
                insertOne.reset();
                bindCall(insertOne, 0, c);
                if (insertOne.step() != SQLITE_DONE)
                    return false;
            }
            pending.clear();
        }
        return true;
    };
    CallRecord c;
    for (std::int64_t n = 1; reader->next(c); ++n) {
        pending.push_back(c);
        if (!flush(false))
            return fail();
        if (progress && n % 4096 == 0 && !progress(reader->bytesRead())) {
            DbError ignored;
            exec(db_, "ROLLBACK", ignored);
            error = {DbProblem::Cancelled, {}};
            return std::nullopt;
        }
    }
    if (!flush(true))
        return fail();
    outcome.summary = reader->summary();
    outcome.rejected = reader->rejected();

    Statement reject(db_, "INSERT INTO rejected_rows VALUES(?, ?, ?, ?, ?, ?, ?)");
    for (const RejectedRow& r : outcome.rejected) {
        reject.reset();
        reject.bind(1, batchId);
        reject.bind(2, static_cast<std::int64_t>(r.line));
        r.field ? reject.bind(3, std::string(callFieldName(*r.field))) : reject.bindNull(3);
        reject.bind(4, r.column);
        reject.bind(5, std::string(rowProblemName(r.problem)));
        reject.bind(6, r.text);
        reject.bind(7, r.record);
        if (reject.step() != SQLITE_DONE)
            return fail();
    }
    Statement excluded(db_, "INSERT INTO excluded_rows VALUES(?, ?, ?)");
    for (int i = 0; i < static_cast<int>(Exclusion::Count_); ++i) {
        if (outcome.summary.excluded[i] == 0)
            continue;
        excluded.reset();
        excluded.bind(1, batchId);
        excluded.bind(2, std::string(exclusionName(static_cast<Exclusion>(i))));
        excluded.bind(3, outcome.summary.excluded[i]);
        if (excluded.step() != SQLITE_DONE)
            return fail();
    }
    Statement counts(
        db_, "UPDATE batches SET encoding = ?, rows_read = ?, accepted = ?, rejected = ?, excluded = ? "
             "WHERE id = ?");
    const ImportSummary& s = outcome.summary;
    counts.bind(1, s.encoding);
    counts.bind(2, s.read);
    counts.bind(3, s.accepted);
    counts.bind(4, s.rejected);
    counts.bind(5, s.excludedTotal());
    counts.bind(6, batchId);
    if (counts.step() != SQLITE_DONE || !exec(db_, "COMMIT", error))
        return fail();
    outcome.batch = BatchInfo{
        batchId,    fileName, *hash,      nowIso(),   options.preset == Preset::Bank ? "bank" : "generic",
        s.encoding, s.read,   s.accepted, s.rejected, s.excludedTotal()};
    return outcome;
}

bool ProjectDb::saveState(const std::string& key, const std::string& value, DbError& error)
{
    // one statement: SQLite writes it whole or not at all
    Statement s(db_, "INSERT OR REPLACE INTO app_state(key, value, saved_at) "
                     "VALUES(?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
    s.bind(1, key);
    s.bind(2, value);
    if (!s.ok() || s.step() != SQLITE_DONE) {
        error = {DbProblem::Sql, sqlite3_errmsg(db_)};
        return false;
    }
    return true;
}

std::optional<std::string> ProjectDb::state(const std::string& key) const
{
    Statement s(db_, "SELECT value FROM app_state WHERE key = ?");
    s.bind(1, key);
    if (s.ok() && s.step() == SQLITE_ROW)
        return text(s.get(), 0);
    return std::nullopt;
}

bool ProjectDb::setBatchHidden(std::int64_t id, bool hidden, DbError& error)
{
    Statement s(db_, "UPDATE batches SET hidden = ? WHERE id = ?");
    s.bind(1, static_cast<std::int64_t>(hidden ? 1 : 0));
    s.bind(2, id);
    return changedOneBatch(db_, s, id, error);
}

bool ProjectDb::purgeHiddenBatches(DbError& error)
{
    return exec(db_, "DELETE FROM batches WHERE hidden = 1", error);
}

bool ProjectDb::removeBatch(std::int64_t id, DbError& error)
{
    Statement s(db_, "DELETE FROM batches WHERE id = ?");
    s.bind(1, id);
    return changedOneBatch(db_, s, id, error);
}

std::vector<std::string> ProjectDb::names(int kind) const
{
    // database ids become dense indices: position = id - 1 among all names, by kind
    std::vector<std::string> out;
    Statement s(db_, "SELECT id, name FROM names WHERE kind = ? ORDER BY id");
    s.bind(1, static_cast<std::int64_t>(kind));
    while (s.step() == SQLITE_ROW)
        out.push_back(text(s.get(), 1));
    return out;
}

std::vector<std::string> ProjectDb::queueNames() const
{
    return names(Queue);
}
std::vector<std::string> ProjectDb::channelNames() const
{
    return names(Channel);
}

bool ProjectDb::forEachCall(const std::function<void(const CallRecord&)>& visit, DbError& error) const
{
    // names are numbered per kind in id order, matching queueNames() / channelNames()
    std::unordered_map<std::int64_t, int> dense[3];
    for (int kind = 0; kind < 3; ++kind) {
        Statement s(db_, "SELECT id FROM names WHERE kind = ? ORDER BY id");
        s.bind(1, static_cast<std::int64_t>(kind));
        int i = 0;
        while (s.step() == SQLITE_ROW)
            dense[kind][sqlite3_column_int64(s.get(), 0)] = i++;
    }
    Statement s(
        db_,
        "SELECT arrival, wait_sec, talk_sec, hold_sec, acw_sec, answered, queue_id, channel_id, agent_id, "
        "customer, transferred, resolved, csat, line, rowid FROM calls "
        "WHERE " SHOWN_CALLS);
    if (!s.ok()) {
        error = {DbProblem::Sql, sqlite3_errmsg(db_)};
        return false;
    }
    CallRecord c;
    int rc;
    // a file changed outside StaffPlan may hold what the import never writes: said, not trusted
    auto damaged = [&error](sqlite3_stmt* r) {
        error = {DbProblem::DamagedCall, {}, 0, sqlite3_column_int64(r, 14)};
        return false;
    };
    auto id = [](const std::unordered_map<std::int64_t, int>& ids, sqlite3_stmt* r, int column) {
        const auto it = ids.find(sqlite3_column_int64(r, column));
        return it == ids.end() ? -1 : it->second;
    };
    auto duration = [](double v) { return std::isfinite(v) && v >= 0; };
    while ((rc = s.step()) == SQLITE_ROW) {
        sqlite3_stmt* r = s.get();
        c.arrival = sqlite3_column_double(r, 0);
        c.waitSec = sqlite3_column_double(r, 1);
        c.talkSec = sqlite3_column_double(r, 2);
        c.holdSec = sqlite3_column_double(r, 3);
        c.acwSec = sqlite3_column_double(r, 4);
        if (!std::isfinite(c.arrival))
            return damaged(r);
        if (!duration(c.waitSec) || !duration(c.talkSec) || !duration(c.holdSec) || !duration(c.acwSec))
            return damaged(r);
        c.outcome = sqlite3_column_int(r, 5) ? CallOutcome::Answered : CallOutcome::Abandoned;
        c.queue = id(dense[Queue], r, 6);
        c.channel = id(dense[Channel], r, 7);
        c.agent = sqlite3_column_type(r, 8) == SQLITE_NULL ? -1 : id(dense[Agent], r, 8);
        if (c.queue < 0 || c.channel < 0 || (c.agent < 0 && sqlite3_column_type(r, 8) != SQLITE_NULL))
            return damaged(r);
        c.customer = sqlite3_column_type(r, 9) == SQLITE_NULL ? -1 : sqlite3_column_int64(r, 9);
        c.transferred = sqlite3_column_type(r, 10) == SQLITE_NULL
                            ? -1
                            : static_cast<std::int8_t>(sqlite3_column_int(r, 10));
        c.resolved = sqlite3_column_type(r, 11) == SQLITE_NULL
                         ? -1
                         : static_cast<std::int8_t>(sqlite3_column_int(r, 11));
        c.csat = sqlite3_column_type(r, 12) == SQLITE_NULL ? -1.0f
                                                           : static_cast<float>(sqlite3_column_double(r, 12));
        if (!std::isfinite(c.csat))
            return damaged(r);
        c.line = sqlite3_column_int(r, 13);
        visit(c);
    }
    if (rc != SQLITE_DONE) {
        error = {DbProblem::Sql, sqlite3_errmsg(db_)};
        return false;
    }
    return true;
}

} // namespace staffplan
