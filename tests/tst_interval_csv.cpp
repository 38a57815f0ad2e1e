// The staffing batch reader: every bad row is reported with its line and field, the good rows are kept.

#include "core/interval_csv.hpp"

#include <QTest>

#include <sstream>

using namespace staffplan;

namespace {
IntervalFile read(const std::string& text)
{
    std::istringstream in(text);
    return readIntervalCsv(in);
}
} // namespace

class TestIntervalCsv : public QObject
{
    Q_OBJECT
  private slots:
    void plainFile();
    void bomCrlfQuotesNoFinalNewline();
    void columnsInAnyOrderWithExtras();
    void badRowsAreReportedAndTheRestKept();
    void headerProblems();
    void isoTimestamps();
    void forecastBandColumns();
};

void TestIntervalCsv::plainFile()
{
    const auto f = read("start,calls,aht_sec\n2026-03-02T08:00,120,240\n2026-03-02T08:30,0,300\n");
    QCOMPARE(f.rows.size(), size_t(2));
    QCOMPARE(f.errors.size(), size_t(0));
    QCOMPARE(f.hasPatience, false);
    QCOMPARE(f.rows[0].start, std::string("2026-03-02T08:00"));
    QCOMPARE(f.rows[0].calls, 120.0);
    QCOMPARE(f.rows[1].ahtSec, 300.0);
    QCOMPARE(f.rows[1].line, 3);
    QCOMPARE(f.dataLines, 2);
}

void TestIntervalCsv::bomCrlfQuotesNoFinalNewline()
{
    const auto f =
        read("\xEF\xBB\xBFstart,calls,aht_sec,patience_sec\r\n\"2026-03-02 08:00\",\"12.5\",240,90\r\n"
             "2026-03-02T08:30:00+03:00,7,200,");
    QCOMPARE(f.errors.size(), size_t(0));
    QCOMPARE(f.rows.size(), size_t(2));
    QVERIFY(f.hasPatience);
    QCOMPARE(f.rows[0].calls, 12.5);
    QCOMPARE(*f.rows[0].patienceSec, 90.0);
    QVERIFY(!f.rows[1].patienceSec); // empty cell: use the default
}

void TestIntervalCsv::columnsInAnyOrderWithExtras()
{
    const auto f = read("queue,aht_sec,start,calls\nsales,300,2026-01-05T00:00Z,4\n");
    QCOMPARE(f.rows.size(), size_t(1));
    QCOMPARE(f.rows[0].calls, 4.0);
    QCOMPARE(f.rows[0].ahtSec, 300.0);
}

void TestIntervalCsv::badRowsAreReportedAndTheRestKept()
{
    const auto f = read("start,calls,aht_sec\n"
                        "2026-03-02T08:00,120,240\n"
                        "2026-02-30T08:30,120,240\n" // no 30 February
                        "2026-03-02T09:00,abc,240\n"
                        "2026-03-02T09:30,-4,240\n"
                        "2026-03-02T10:00,10,0\n"
                        "\n"
                        "2026-03-02T10:30,10\n"
                        "2026-03-02T11:00,nan,240\n"
                        "2026-03-02T11:30,11,250\n");
    QCOMPARE(f.rows.size(), size_t(2));
    QCOMPARE(f.rows[1].line, 10);
    QCOMPARE(f.dataLines, 8);
    QCOMPARE(f.errors.size(), size_t(6));
    const struct
    {
        int line;
        const char* field;
        CsvProblem problem;
        const char* text;
    } expected[] = {
        {3, "start", CsvProblem::BadTimestamp, "2026-02-30T08:30"},
        {4, "calls", CsvProblem::NotANumber, "abc"},
        {5, "calls", CsvProblem::Negative, "-4"},
        {6, "aht_sec", CsvProblem::NotPositive, "0"},
        {8, "aht_sec", CsvProblem::FieldCount, "2026-03-02T10:30,10"},
        {9, "calls", CsvProblem::NotANumber, "nan"},
    };
    for (size_t i = 0; i < f.errors.size(); ++i) {
        QCOMPARE(f.errors[i].line, expected[i].line);
        QCOMPARE(f.errors[i].field, std::string(expected[i].field));
        QCOMPARE(f.errors[i].problem, expected[i].problem);
        QCOMPARE(f.errors[i].text, std::string(expected[i].text));
    }
}

void TestIntervalCsv::headerProblems()
{
    auto f = read("");
    QCOMPARE(f.errors.at(0).problem, CsvProblem::EmptyFile);
    f = read("start,calls\n2026-03-02T08:00,1\n");
    QCOMPARE(f.errors.at(0).problem, CsvProblem::MissingColumn);
    QCOMPARE(f.errors.at(0).field, std::string("aht_sec"));
    f = read("start,calls,aht_sec,calls\n");
    QCOMPARE(f.errors.at(0).problem, CsvProblem::DuplicateColumn);
    f = read("start,calls,aht_sec\n"); // header only: nothing to do, nothing wrong
    QCOMPARE(f.errors.size(), size_t(0));
    QCOMPARE(f.rows.size(), size_t(0));
}

void TestIntervalCsv::isoTimestamps()
{
    for (const char* ok : {"2026-03-02T08:00", "2026-03-02 08:00:59", "2024-02-29T23:45:00.000Z",
                           "2026-03-02T08:00+05:30", "2026-03-02T08:00-0800"})
        QVERIFY2(isIsoDateTime(ok), ok);
    for (const char* bad : {"02.03.2026 08:00", "2026-3-2T08:00", "2025-02-29T08:00", "2026-03-02T24:00",
                            "2026-03-02T08:60", "2026-03-02", "2026-03-02T08:00Zx", "2026-03-02T08:00+5"})
        QVERIFY2(!isIsoDateTime(bad), bad);
}

void TestIntervalCsv::forecastBandColumns()
{
    const auto f =
        read("start,calls,aht_sec,calls_p10,calls_p90,aht_p90\n2026-03-02T08:00,100,240,80,125,290\n"
             "2026-03-02T08:30,100,240,80,x,290\n");
    QVERIFY(f.hasUpperBand);
    QCOMPARE(f.rows.size(), std::size_t(1));
    QCOMPARE(*f.rows[0].callsP90, 125.0);
    QCOMPARE(*f.rows[0].ahtP90, 290.0);
    QCOMPARE(f.errors.at(0).field, std::string("calls_p90"));
    QVERIFY(!read("start,calls,aht_sec,calls_p90\n2026-03-02T08:00,1,2,3\n").hasUpperBand); // both or neither
}

QTEST_GUILESS_MAIN(TestIntervalCsv)
#include "tst_interval_csv.moc"
