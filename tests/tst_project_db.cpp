// The project database: import as one batch, duplicate detection, removal, KPIs from the database equal to
// KPIs from the file, schema version checks.

#include "core/kpi.hpp"
#include "core/project_db.hpp"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace staffplan;

namespace {

const std::string kData = STAFFPLAN_SOURCE_DIR "/tests/data/";

std::vector<KpiRow> kpiOfFile(const std::string& path, Period by)
{
    OpenError e;
    auto r = CallLogReader::open(std::make_unique<std::ifstream>(path, std::ios::binary), ReadOptions{}, e);
    KpiOptions o;
    o.by = by;
    KpiAggregator agg(o);
    CallRecord c;
    while (r->next(c))
        agg.add(c);
    return agg.finish(r->queues(), r->channels());
}

std::vector<KpiRow> kpiOfProject(ProjectDb& db, Period by)
{
    KpiOptions o;
    o.by = by;
    KpiAggregator agg(o);
    DbError error;
    if (!db.forEachCall([&](const CallRecord& c) { agg.add(c); }, error))
        qFatal("forEachCall failed");
    return agg.finish(db.queueNames(), db.channelNames());
}

void setVersion(const std::string& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

} // namespace

class TestProjectDb : public QObject
{
    Q_OBJECT
  private slots:
    void importListRemove();
    void kpiFromDatabaseEqualsKpiFromFile();
    void refusesNewerAndForeignFiles();
    void aFileThatCannotBeReadLeavesNoBatch();
    void manyRowsGoInGroups();
    void cancelledImportLeavesNothing();
    void olderProjectIsBackedUpAndMigrated();
    void forecastsAreNeverOverwrittenSilently();
    void damagedValuesAreSaidNotTrusted_data();
    void damagedValuesAreSaidNotTrusted();
    void hiddenBatchesComeBackOrGo();
};

void TestProjectDb::hiddenBatchesComeBackOrGo()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("p.staffplan").toStdString();
    DbError error;
    auto db = ProjectDb::open(path, error);
    OpenError openError;
    const auto a = db->importLog(kData + "quoted_fields.csv", ReadOptions{}, openError, error);
    const auto b = db->importLog(kData + "bom_crlf.csv", ReadOptions{}, openError, error);
    QVERIFY(a && a->batch && b && b->batch);
    auto calls = [&] {
        long n = 0;
        DbError e;
        db->forEachCall([&](const CallRecord&) { ++n; }, e);
        return n;
    };
    const long all = calls();
    QCOMPARE(all, long(a->batch->accepted + b->batch->accepted));
    // hidden: out of the list and the calls, still stored
    QVERIFY(db->setBatchHidden(a->batch->id, true, error));
    QCOMPARE(db->batches(error).size(), std::size_t(1));
    QCOMPARE(calls(), long(b->batch->accepted));
    // shown again: as it was
    QVERIFY(db->setBatchHidden(a->batch->id, false, error));
    QCOMPARE(calls(), all);
    QVERIFY(!db->setBatchHidden(999, true, error));
    QCOMPARE(error.problem, DbProblem::NoSuchBatch);
    // the same file imported again while hidden replaces the hidden copy (not "imported before")
    QVERIFY(db->setBatchHidden(a->batch->id, true, error));
    const auto again = db->importLog(kData + "quoted_fields.csv", ReadOptions{}, openError, error);
    QVERIFY(again && again->batch && !again->duplicateOf);
    QCOMPARE(calls(), all);
    QVERIFY(!db->setBatchHidden(a->batch->id, false, error)); // the hidden copy is gone
    // purged: hidden batches and their calls leave the file
    QVERIFY(db->setBatchHidden(b->batch->id, true, error));
    QVERIFY(db->purgeHiddenBatches(error));
    QVERIFY(!db->setBatchHidden(b->batch->id, false, error));
    QCOMPARE(calls(), long(again->batch->accepted));
}

void TestProjectDb::damagedValuesAreSaidNotTrusted_data()
{
    // what a file changed outside StaffPlan may hold (the fuzz harness found the first: an uncaught exception)
    QTest::addColumn<QString>("sql");
    QTest::newRow("unknown queue") << "UPDATE calls SET queue_id = 9999 WHERE rowid = 2";
    QTest::newRow("unknown agent") << "UPDATE calls SET agent_id = 9999 WHERE rowid = 2";
    QTest::newRow("negative wait") << "UPDATE calls SET wait_sec = -1 WHERE rowid = 2";
    QTest::newRow("infinite talk") << "UPDATE calls SET talk_sec = 9e999 WHERE rowid = 2";
}

void TestProjectDb::damagedValuesAreSaidNotTrusted()
{
    QFETCH(QString, sql);
    QTemporaryDir dir;
    const std::string path = dir.filePath("p.staffplan").toStdString();
    DbError error;
    {
        auto db = ProjectDb::open(path, error);
        OpenError openError;
        QVERIFY(db->importLog(kData + "quoted_fields.csv", ReadOptions{}, openError, error));
        StoredForecast f;
        f.name = "f";
        f.method = "naive";
        f.rows = {{1.0e9, 10, 8, 12, 7, 13, 240, 260}, {1.0e9 + 1800, 12, 9, 14, 8, 15, 250, 270}};
        QVERIFY(db->saveForecast(f, false, error));
    }
    setVersion(path, sql.toUtf8().constData());
    setVersion(path, "UPDATE forecast_values SET aht_sec = -5 WHERE rowid = 2");
    auto db = ProjectDb::open(path, error);
    QVERIFY(db); // it opens: what is sound can still be read, and what is not is named
    int seen = 0;
    QVERIFY(!db->forEachCall([&](const CallRecord&) { ++seen; }, error));
    QCOMPARE(error.problem, DbProblem::DamagedCall);
    QCOMPARE(error.row, std::int64_t(2));
    QCOMPARE(seen, 1); // the call before it
    // the app's own state: saved, replaced, read back; none for an unknown key
    QVERIFY(db->saveState("staffing:x", "{\"a\":1}", error));
    QVERIFY(db->saveState("staffing:x", "{\"a\":2}", error));
    QCOMPARE(db->state("staffing:x").value_or(""), std::string("{\"a\":2}"));
    QVERIFY(!db->state("staffing:y"));
    QVERIFY(!db->forecast("f", error));
    QCOMPARE(error.problem, DbProblem::DamagedForecast);
    QCOMPARE(error.detail, std::string("f"));
    QCOMPARE(error.row, std::int64_t(2));
    QVERIFY(!db->batches(error).empty());
}

void TestProjectDb::importListRemove()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("p.staffplan").toStdString();
    DbError error;
    auto db = ProjectDb::open(path, error);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), ProjectDb::kSchemaVersion);
    OpenError openError;
    auto first = db->importLog(kData + "bad_timestamps.csv", ReadOptions{}, openError, error);
    QVERIFY(first && first->batch);
    QCOMPARE(first->batch->accepted, 2);
    QCOMPARE(first->batch->rejected, 2);
    QCOMPARE(first->rejected.at(0).line, 3);
    // the same content again, even under another name, is recognised and not imported
    QFile::copy(QString::fromStdString(kData + "bad_timestamps.csv"), dir.filePath("copy.csv"));
    auto again = db->importLog(dir.filePath("copy.csv").toStdString(), ReadOptions{}, openError, error);
    QVERIFY(again && again->duplicateOf && !again->batch);
    QCOMPARE(*again->duplicateOf, first->batch->id);
    auto second = db->importLog(kData + "russian_cp1251.csv", ReadOptions{}, openError, error);
    QVERIFY(second && second->batch);
    auto list = db->batches(error);
    QCOMPARE(list.size(), std::size_t(2));
    QCOMPARE(list[1].fileName, std::string("russian_cp1251.csv"));
    QCOMPARE(list[1].encoding, std::string("WINDOWS-1251"));
    QCOMPARE(list[0].read, 4);
    long calls = 0;
    QVERIFY(db->forEachCall([&](const CallRecord&) { ++calls; }, error));
    QCOMPARE(calls, 4L);
    // removal takes the batch's calls with it, and a missing batch is an error
    QVERIFY(db->removeBatch(first->batch->id, error));
    QVERIFY(!db->removeBatch(first->batch->id, error));
    QCOMPARE(error.problem, DbProblem::NoSuchBatch);
    calls = 0;
    db->forEachCall([&](const CallRecord&) { ++calls; }, error);
    QCOMPARE(calls, 2L);
    // reopening keeps everything
    db.reset();
    db = ProjectDb::open(path, error);
    QCOMPARE(db->batches(error).size(), std::size_t(1));
}

void TestProjectDb::kpiFromDatabaseEqualsKpiFromFile()
{
    QTemporaryDir dir;
    DbError error;
    auto db = ProjectDb::open(dir.filePath("p.staffplan").toStdString(), error);
    OpenError openError;
    QVERIFY(db->importLog(kData + "quality_fields.csv", ReadOptions{}, openError, error));
    for (const Period by : {Period::Interval, Period::Day, Period::Total}) {
        const auto fromFile = kpiOfFile(kData + "quality_fields.csv", by);
        const auto fromDb = kpiOfProject(*db, by);
        QCOMPARE(fromDb.size(), fromFile.size());
        for (std::size_t i = 0; i < fromFile.size(); ++i) {
            QCOMPARE(fromDb[i].periodStart, fromFile[i].periodStart);
            QCOMPARE(fromDb[i].queue, fromFile[i].queue);
            QCOMPARE(fromDb[i].offered, fromFile[i].offered);
            QCOMPARE(fromDb[i].serviceLevel, fromFile[i].serviceLevel);
            QCOMPARE(*fromDb[i].ahtSec, *fromFile[i].ahtSec);
            QCOMPARE(fromDb[i].fcr, fromFile[i].fcr);
            QCOMPARE(fromDb[i].transferRate, fromFile[i].transferRate);
            QCOMPARE(fromDb[i].csat, fromFile[i].csat);
        }
    }
}

void TestProjectDb::refusesNewerAndForeignFiles()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("p.staffplan").toStdString();
    DbError error;
    ProjectDb::open(path, error).reset();
    setVersion(path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    QVERIFY(!ProjectDb::open(path, error));
    QCOMPARE(error.problem, DbProblem::NewerSchema);
    QCOMPARE(error.schemaVersion, 99);

    const std::string foreign = dir.filePath("other.sqlite").toStdString();
    setVersion(foreign, "CREATE TABLE invoices(id INTEGER)");
    QVERIFY(!ProjectDb::open(foreign, error));
    QCOMPARE(error.problem, DbProblem::NotAProject);

    const std::string text = dir.filePath("not-sqlite.staffplan").toStdString();
    std::ofstream(text) << "this is not a database, just text that is long enough to have a header page\n";
    QVERIFY(!ProjectDb::open(text, error));
}

void TestProjectDb::aFileThatCannotBeReadLeavesNoBatch()
{
    QTemporaryDir dir;
    DbError error;
    auto db = ProjectDb::open(dir.filePath("p.staffplan").toStdString(), error);
    OpenError openError;
    QVERIFY(!db->importLog(kData + "empty.csv", ReadOptions{}, openError, error));
    QCOMPARE(openError.problem, OpenProblem::Empty);
    QVERIFY(!db->importLog(kData + "missing.csv", ReadOptions{}, openError, error));
    QCOMPARE(openError.problem, OpenProblem::CannotRead);
    QCOMPARE(db->batches(error).size(), std::size_t(0));
}

void TestProjectDb::cancelledImportLeavesNothing()
{
    // 20,000 calls: progress is reported while the content is hashed (0, every megabyte: this file is one), then
    // every 4096 rows with the bytes read so far
    QTemporaryDir dir;
    const std::string log = dir.filePath("calls.csv").toStdString();
    {
        std::ofstream f(log);
        f << "arrival,wait_sec,talk_sec,outcome\n";
        for (int i = 0; i < 20000; ++i)
            f << "2026-03-0" << 2 + i / 5000 << "T08:00:00," << i % 40 << ",120,answered\n";
    }
    const auto size = std::filesystem::file_size(log);
    DbError error;
    auto db = ProjectDb::open(dir.filePath("p.staffplan").toStdString(), error);
    OpenError openError;
    std::vector<std::size_t> reported;
    // cancelled while hashing (a 2 GB log takes seconds there): nothing written
    auto imported = db->importLog(log, ReadOptions{}, openError, error, [&](std::size_t bytes) {
        reported.push_back(bytes);
        return false;
    });
    QVERIFY(!imported);
    QCOMPARE(error.problem, DbProblem::Cancelled);
    QCOMPARE(reported, std::vector<std::size_t>{0});
    QVERIFY(db->batches(error).empty());
    // cancelled at the second report of rows read
    reported.clear();
    imported = db->importLog(log, ReadOptions{}, openError, error, [&](std::size_t bytes) {
        if (bytes > 0)
            reported.push_back(bytes);
        return reported.size() < 2;
    });
    QVERIFY(!imported);
    QCOMPARE(error.problem, DbProblem::Cancelled);
    QCOMPARE(reported.size(), std::size_t(2));
    QVERIFY(reported[0] > 0 && reported[1] >= reported[0] && reported[1] <= size);
    QVERIFY(db->batches(error).empty());
    long calls = 0;
    QVERIFY(db->forEachCall([&](const CallRecord&) { ++calls; }, error));
    QCOMPARE(calls, 0L);

    // the same file again, to the end: the cancelled attempt left no trace (not even its content hash)
    reported.clear();
    imported = db->importLog(log, ReadOptions{}, openError, error, [&](std::size_t bytes) {
        if (bytes > 0)
            reported.push_back(bytes);
        return true;
    });
    QVERIFY(imported && imported->batch);
    QCOMPARE(imported->batch->accepted, 20000);
    QCOMPARE(reported.size(), std::size_t(4)); // rows 4096, 8192, 12288, 16384
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
}

void TestProjectDb::manyRowsGoInGroups()
{
    // 100 calls: three full groups of 32 and four single inserts
    QTemporaryDir dir;
    const std::string log = dir.filePath("calls.csv").toStdString();
    {
        std::ofstream f(log);
        f << "arrival,wait_sec,talk_sec,outcome,queue,agent,customer_id\n";
        for (int i = 0; i < 100; ++i)
            f << "2026-03-02T" << (8 + i / 60) << ":" << (i % 60 < 10 ? "0" : "") << i % 60 << ":00,"
              << i % 37 << "," << 100 + i << "," << (i % 7 ? "answered" : "abandoned") << ",q" << i % 3
              << ",a" << i % 5 << ",c" << i % 11 << "\n";
    }
    DbError error;
    auto db = ProjectDb::open(dir.filePath("p.staffplan").toStdString(), error);
    OpenError openError;
    const auto imported = db->importLog(log, ReadOptions{}, openError, error);
    QVERIFY(imported && imported->batch);
    QCOMPARE(imported->batch->accepted, 100);
    std::vector<int> lines;
    double talk = 0;
    QVERIFY(db->forEachCall(
        [&](const CallRecord& c) {
            lines.push_back(c.line);
            talk += c.talkSec;
        },
        error));
    QCOMPARE(lines.size(), std::size_t(100));
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines.front(), 2);
    QCOMPARE(lines.back(), 101);
    const auto fromFile = kpiOfFile(log, Period::Interval);
    const auto fromDb = kpiOfProject(*db, Period::Interval);
    QCOMPARE(fromDb.size(), fromFile.size());
    for (std::size_t i = 0; i < fromFile.size(); ++i) {
        QCOMPARE(fromDb[i].offered, fromFile[i].offered);
        QCOMPARE(fromDb[i].asaSec, fromFile[i].asaSec);
        QCOMPARE(fromDb[i].agentsSeen, fromFile[i].agentsSeen);
        QCOMPARE(fromDb[i].fcr, fromFile[i].fcr);
    }
}

void TestProjectDb::olderProjectIsBackedUpAndMigrated()
{
    // a version-1 project: today's schema without what versions 2, 3 and 4 added
    QTemporaryDir dir;
    const std::string path = dir.filePath("old.staffplan").toStdString();
    DbError error;
    {
        auto db = ProjectDb::open(path, error);
        OpenError openError;
        QVERIFY(db->importLog(kData + "bom_crlf.csv", ReadOptions{}, openError, error));
    }
    setVersion(path, "ALTER TABLE batches DROP COLUMN hidden; DROP TABLE app_state; DROP TABLE forecast_values; DROP TABLE forecasts; "
                     "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    auto db = ProjectDb::open(path, error);
    QVERIFY2(db, error.detail.c_str());
    QCOMPARE(db->schemaVersion(), ProjectDb::kSchemaVersion);
    QVERIFY(QFile::exists(QString::fromStdString(ProjectDb::backupPath(path, 1))));
    QCOMPARE(db->batches(error).size(), std::size_t(1)); // the data came along
    QVERIFY(db->forecasts(error).empty());
    QVERIFY(db->saveState("k", "v", error)); // version 3's table is there
    // the backup is the version-1 project as it was
    DbError backupError;
    sqlite3* raw = nullptr;
    sqlite3_open(ProjectDb::backupPath(path, 1).c_str(), &raw);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(QString(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))), QString("1"));
    sqlite3_finalize(st);
    sqlite3_close(raw);
}

void TestProjectDb::forecastsAreNeverOverwrittenSilently()
{
    QTemporaryDir dir;
    DbError error;
    auto db = ProjectDb::open(dir.filePath("p.staffplan").toStdString(), error);
    StoredForecast f;
    f.name = "October";
    f.method = "profile";
    f.rows = {{0, 10, 8, 12, 6, 14, 200, 230}, {1800, 20, 17, 23, 14, 26, 210, 240}};
    QVERIFY(db->saveForecast(f, false, error));
    StoredForecast again = f;
    again.method = "naive";
    QVERIFY(!db->saveForecast(again, false, error));
    QCOMPARE(error.problem, DbProblem::NameTaken);
    QCOMPARE(db->forecasts(error).at(0).method, std::string("profile"));
    QVERIFY(db->saveForecast(again, true, error)); // only when asked
    const auto list = db->forecasts(error);
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list[0].method, std::string("naive"));
}

QTEST_GUILESS_MAIN(TestProjectDb)
#include "tst_project_db.moc"
