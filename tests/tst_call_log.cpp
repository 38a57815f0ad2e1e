// Call-log reading on the corpus in tests/data (made by tests/data/make_corpus.py, one file per edge case),
// the CSV reader across chunk boundaries, and KPIs and patience on hand-computed cases.

#include "core/call_log.hpp"
#include "core/csv_reader.hpp"
#include "core/kpi.hpp"
#include "core/log_preview.hpp"
#include "core/patience.hpp"
#include "core/timestamps.hpp"

#include <QTest>

#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <sstream>

using namespace staffplan;

namespace {

std::unique_ptr<CallLogReader> openFile(const char* name, OpenError& error, Preset preset = Preset::Generic)
{
    ReadOptions o;
    o.preset = preset;
    const std::string path = std::string(STAFFPLAN_SOURCE_DIR "/tests/data/") + name;
    return CallLogReader::open(std::make_unique<std::ifstream>(path, std::ios::binary), o, error);
}

// A CsvReader source that hands out `text` in pieces of `pieceSize` bytes.
std::function<bool(std::string&)> inPieces(const std::string& text, std::size_t pieceSize)
{
    return [&text, pieceSize, pos = std::size_t{0}](std::string& piece) mutable {
        piece = text.substr(pos, pieceSize);
        pos += piece.size();
        return pos < text.size();
    };
}

std::vector<CallRecord> readAll(CallLogReader& r)
{
    std::vector<CallRecord> calls;
    CallRecord c;
    while (r.next(c))
        calls.push_back(c);
    return calls;
}

struct Expected
{
    const char* file;
    const char* encoding;
    char delimiter;
    DateFormat dates;
    long read, accepted, rejected, excluded;
    const char* firstArrival; ///< the first accepted call
    double firstWait, firstTalk;
    const char* firstQueue;
};

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestCallLog : public QObject
{
    Q_OBJECT
  private slots:
    void corpus_data();
    void corpus();
    void rejectedRowsSayWhereAndWhy();
    void previewAndMapping();
    void openErrors();
    void hostileInputs();
    void fastPathsAgreeWithTheGeneralOnes();
    void quotedFieldsAcrossChunks();
    void csvReaderAgainstAPlainParser();
    void delimiterDetection();
    void csvQuoting();
    void kpiByHand();
    void kpiPeriods();
    void firstContactResolutionAtScale();
    void exponentialPatienceInterval();
    void kaplanMeierByHand();
};

void TestCallLog::corpus_data()
{
    QTest::addColumn<Expected>("e");
    const Expected rows[] = {
        {"bom_crlf.csv", "UTF-8", ',', DateFormat::Iso, 3, 3, 0, 0, "2026-03-02T08:00:05", 12, 180, "sales"},
        {"no_final_newline.csv", "UTF-8", ',', DateFormat::Iso, 3, 3, 0, 0, "2026-03-02T08:00:05", 12, 180,
         "sales"},
        {"quoted_fields.csv", "UTF-8", ',', DateFormat::Iso, 3, 3, 0, 0, "2026-03-02T08:00:05", 12, 180,
         "sales, \"north\""},
        {"semicolon_decimal_comma.csv", "UTF-8", ';', DateFormat::DayMonthYear, 2, 2, 0, 0,
         "2026-03-02T08:00:05", 12.5, 180.25, ""},
        {"russian_utf8.csv", "UTF-8", ';', DateFormat::DayMonthYear, 2, 2, 0, 0, "2026-03-02T08:00:05", 12,
         180, "Продажи"},
        {"russian_cp1251.csv", "WINDOWS-1251", ';', DateFormat::DayMonthYear, 2, 2, 0, 0,
         "2026-03-02T08:00:05", 12, 180, "Продажи"},
        {"chinese_utf8.csv", "UTF-8", ',', DateFormat::Iso, 2, 2, 0, 0, "2026-03-02T08:00:05", 12, 180,
         "销售"},
        {"chinese_gb18030.csv", "GB18030", ',', DateFormat::Iso, 2, 2, 0, 0, "2026-03-02T08:00:05", 12, 180,
         "销售"},
        {"utf16le_bom.csv", "UTF-16LE", '\t', DateFormat::Iso, 3, 3, 0, 0, "2026-03-02T08:00:05", 12, 180,
         "sales"},
        {"pipe_delimited.csv", "UTF-8", '|', DateFormat::Iso, 3, 3, 0, 0, "2026-03-02T08:00:05", 12, 180,
         "sales"},
        {"bad_timestamps.csv", "UTF-8", ',', DateFormat::Iso, 4, 2, 2, 0, "2026-03-02T08:00:05", 12, 180, ""},
        {"negative_durations.csv", "UTF-8", ',', DateFormat::Iso, 3, 1, 2, 0, "2026-03-02T08:02:00", 3, 240,
         ""},
        {"header_only.csv", "UTF-8", ',', DateFormat::Iso, 0, 0, 0, 0, nullptr, 0, 0, ""},
        // wait and talk derived from answer and end times; 12-hour clock; answer before start rejected
        {"timestamps_only.csv", "UTF-8", ',', DateFormat::MonthDayYear, 3, 2, 1, 0, "2026-03-02T08:00:05", 20,
         300, ""},
        // "voicemail" is neither answered nor abandoned: excluded by rule, and counted
        {"epoch_other_outcomes.csv", "UTF-8", ',', DateFormat::EpochSeconds, 4, 3, 0, 1,
         "2026-03-02T08:00:05", 12, 180, ""},
        {"quality_fields.csv", "UTF-8", ',', DateFormat::Iso, 4, 3, 1, 0, "2026-03-02T08:00:05", 12, 180, ""},
    };
    for (const Expected& e : rows)
        QTest::newRow(e.file) << e;
}

void TestCallLog::corpus()
{
    QFETCH(Expected, e);
    OpenError error;
    auto r = openFile(e.file, error);
    QVERIFY2(r, qPrintable(QString("open failed: %1").arg(int(error.problem))));
    const auto calls = readAll(*r);
    const ImportSummary& s = r->summary();
    QCOMPARE(QString::fromStdString(s.encoding), QString(e.encoding));
    QCOMPARE(s.delimiter, e.delimiter);
    QCOMPARE(s.dateFormat, e.dates);
    QCOMPARE(s.read, e.read);
    QCOMPARE(s.accepted, e.accepted);
    QCOMPARE(s.rejected, e.rejected);
    QCOMPARE(s.excludedTotal(), e.excluded);
    QCOMPARE(s.read, s.accepted + s.rejected + s.excludedTotal()); // nothing disappears
    QCOMPARE(static_cast<long>(calls.size()), e.accepted);
    // the import wizard's preview detects what the reader does
    OpenError previewError;
    const auto p =
        previewLog(std::string(STAFFPLAN_SOURCE_DIR "/tests/data/") + e.file, {}, 10, previewError);
    QVERIFY(p);
    QCOMPARE(QString::fromStdString(p->encoding), QString(e.encoding));
    QCOMPARE(p->delimiter, e.delimiter);
    if (e.accepted > 0)
        QCOMPARE(p->dateFormat, e.dates);
    QCOMPARE(p->header, r->header());
    if (!e.firstArrival)
        return;
    QCOMPARE(QString::fromStdString(formatTimestamp(calls[0].arrival)), QString(e.firstArrival));
    QCOMPARE(calls[0].waitSec, e.firstWait);
    QCOMPARE(calls[0].talkSec, e.firstTalk);
    QCOMPARE(QString::fromStdString(r->queues().at(calls[0].queue)), QString::fromUtf8(e.firstQueue));
    QCOMPARE(s.invalidBytes, std::size_t(0));
}

void TestCallLog::previewAndMapping()
{
    const std::string path = STAFFPLAN_SOURCE_DIR "/tests/data/russian_cp1251.csv";
    OpenError error;
    auto p = previewLog(path, {}, 1, error);
    QVERIFY(p);
    QCOMPARE(p->header.size(), std::size_t(5));
    QCOMPARE(QString::fromStdString(p->header[1]), QString::fromUtf8("Ожидание"));
    QCOMPARE(p->rows.size(), std::size_t(1)); // as many as asked
    QCOMPARE(p->rows[0][0], std::string("02.03.2026 08:00:05"));
    QCOMPARE(QString::fromStdString(p->rows[0][4]), QString::fromUtf8("Продажи"));
    const std::array<int, 5> expected = {0, 1, 2, 3, 4}; // arrival, wait, talk, outcome, queue
    const CallField fields[] = {CallField::Arrival, CallField::WaitSec, CallField::TalkSec,
                                CallField::Outcome, CallField::Queue};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(p->column[static_cast<int>(fields[i])], expected[i]);
    QCOMPARE(p->column[static_cast<int>(CallField::Agent)], -1);

    // the planner's changes: queue not read, talk taken from column 2 by number
    ReadOptions o;
    o.unmapped = {CallField::Queue};
    o.map = {{CallField::TalkSec, "2"}};
    p = previewLog(path, o, 5, error);
    QCOMPARE(p->column[static_cast<int>(CallField::Queue)], -1);
    QCOMPARE(p->column[static_cast<int>(CallField::TalkSec)], 1);
    auto r = CallLogReader::open(std::make_unique<std::ifstream>(path, std::ios::binary), o, error);
    QVERIFY(r);
    const auto calls = readAll(*r);
    QCOMPARE(calls.size(), std::size_t(2));
    QCOMPARE(calls[0].talkSec, 12.0);             // the wait column, as mapped
    QCOMPARE(r->queues().size(), std::size_t(1)); // one unnamed queue
    QCOMPARE(r->queues()[0], std::string());

    o.map = {{CallField::TalkSec, "no such column"}};
    QVERIFY(!previewLog(path, o, 5, error));
    QCOMPARE(error.problem, OpenProblem::UnknownColumn);
    QVERIFY(!previewLog(STAFFPLAN_SOURCE_DIR "/tests/data/missing.csv", {}, 5, error));
    QCOMPARE(error.problem, OpenProblem::CannotRead);
    QVERIFY(!previewLog(STAFFPLAN_SOURCE_DIR "/tests/data/empty.csv", {}, 5, error));
    QCOMPARE(error.problem, OpenProblem::Empty);
}

void TestCallLog::rejectedRowsSayWhereAndWhy()
{
    OpenError error;
    auto r = openFile("bad_timestamps.csv", error);
    readAll(*r);
    QCOMPARE(r->rejected().size(), std::size_t(2));
    QCOMPARE(r->rejected()[0].line, 3);
    QCOMPARE(*r->rejected()[0].field, CallField::Arrival);
    QCOMPARE(r->rejected()[0].problem, RowProblem::BadTimestamp);
    QCOMPARE(r->rejected()[0].text, std::string("2026-02-30T08:01:10")); // 30 February
    QCOMPARE(r->rejected()[1].text, std::string("yesterday"));
    QCOMPARE(r->rejected()[1].record, std::string("yesterday,3,240,answered"));

    r = openFile("negative_durations.csv", error);
    readAll(*r);
    QCOMPARE(*r->rejected()[0].field, CallField::WaitSec);
    QCOMPARE(r->rejected()[0].problem, RowProblem::NegativeDuration);
    QCOMPARE(*r->rejected()[1].field, CallField::TalkSec);
    QCOMPARE(r->rejected()[1].line, 3);

    r = openFile("timestamps_only.csv", error);
    readAll(*r);
    QCOMPARE(r->rejected()[0].line, 4);
    QCOMPARE(*r->rejected()[0].field, CallField::AnswerTime);
    QCOMPARE(r->rejected()[0].problem, RowProblem::EndBeforeStart);
    QCOMPARE(r->rejected()[0].column, std::string("Answer Time"));

    // the rejected rows go to a CSV that can be fixed and imported again
    std::ostringstream csv;
    writeRejectedCsv(csv, r->rejected());
    QVERIFY(csv.str().rfind(
                "line,field,column,problem,value,record\n4,answer_time,\"Answer Time\",end_before_start,",
                0) == 0);
}

void TestCallLog::openErrors()
{
    OpenError error;
    QVERIFY(!openFile("empty.csv", error));
    QCOMPARE(error.problem, OpenProblem::Empty);
    QVERIFY(!openFile("bom_crlf.csv", error, Preset::Bank));
    QCOMPARE(error.problem, OpenProblem::PresetColumns);
    QVERIFY(!openFile("does-not-exist.csv", error));
    QCOMPARE(error.problem, OpenProblem::CannotRead);
    ReadOptions o;
    o.map = {{CallField::WaitSec, "No such column"}};
    auto in = std::make_unique<std::istringstream>("arrival,wait_sec,outcome\n2026-03-02T08:00,1,answered\n");
    QVERIFY(!CallLogReader::open(std::move(in), o, error));
    QCOMPARE(error.problem, OpenProblem::UnknownColumn);
    QCOMPARE(error.detail, std::string("No such column"));
    auto noArrival =
        std::make_unique<std::istringstream>("when,wait_sec,outcome\n2026-03-02T08:00,1,answered\n");
    QVERIFY(!CallLogReader::open(std::move(noArrival), ReadOptions{}, error));
    QCOMPARE(error.problem, OpenProblem::NoArrival);
    // ... and --map fixes it
    o.map = {{CallField::Arrival, "when"}};
    auto mapped =
        std::make_unique<std::istringstream>("when,wait_sec,outcome\n2026-03-02T08:00,1,answered\n");
    auto r = CallLogReader::open(std::move(mapped), o, error);
    QVERIFY(r);
    QCOMPARE(readAll(*r).size(), std::size_t(1));
}

void TestCallLog::quotedFieldsAcrossChunks()
{
    const std::string text =
        "a,b,c\r\n\"x,\"\"y\"\"\",\"line1\r\nline2\",3\r\nplain,\"\",last\r\n\"unclosed,4";
    auto readWith = [&](std::size_t pieceSize) {
        CsvReader csv(inPieces(text, pieceSize), ',');
        std::vector<std::vector<std::string>> records;
        std::vector<int> lines;
        std::vector<std::string_view> f;
        while (csv.next(f)) {
            records.emplace_back(f.begin(), f.end());
            lines.push_back(csv.recordLine());
        }
        return std::make_pair(records, lines);
    };
    const auto whole = readWith(text.size());
    QCOMPARE(whole.first.size(), std::size_t(4));
    QCOMPARE(whole.first[1][0], std::string("x,\"y\""));
    QCOMPARE(whole.first[1][1], std::string("line1\r\nline2"));
    QCOMPARE(whole.first[2][1], std::string(""));
    QCOMPARE(whole.second, (std::vector<int>{1, 2, 4, 5}));
    for (const std::size_t size : {1, 2, 3, 5, 7})
        QCOMPARE(readWith(size), whole); // one byte at a time splits every quote and CR LF
}

// RFC 4180 as CsvReader reads it, one character at a time: a field in quotes may hold the delimiter, line
// breaks and "" for a quote (text after the closing quote is kept with the field; an unclosed quote takes the
// rest of the text); a record ends at LF, CR LF or a lone CR.  Line numbers count LFs inside quotes too.
struct PlainRecord
{
    std::vector<std::string> fields;
    int line = 0;
    bool unclosed = false;
    bool operator==(const PlainRecord&) const = default;
};

std::vector<PlainRecord> plainParse(const std::string& t, char delimiter)
{
    std::vector<PlainRecord> records;
    std::size_t i = 0;
    const std::size_t n = t.size();
    int line = 1;
    PlainRecord record{{}, 1, false};
    while (i < n || !record.fields.empty()) {
        std::string field;
        if (i < n && t[i] == '"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    record.unclosed = true;
                    break;
                }
                if (t[i] == '"') {
                    if (i + 1 < n && t[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                line += t[i] == '\n' ? 1 : 0;
                field += t[i++];
            }
        }
        while (i < n && t[i] != delimiter && t[i] != '\r' && t[i] != '\n')
            field += t[i++];
        record.fields.push_back(field);
        if (i < n && t[i] == delimiter) {
            ++i;
            continue;
        }
        if (i < n) // a line break
            i += t[i] == '\r' && i + 1 < n && t[i + 1] == '\n' ? 2 : 1;
        ++line;
        records.push_back(record);
        record = {{}, line, false};
        if (i >= n)
            break;
    }
    return records;
}

void TestCallLog::csvReaderAgainstAPlainParser()
{
    std::mt19937_64 rng(11);
    for (int round = 0; round < 3000; ++round) {
        const char delimiter = ",;\t|"[round % 4];
        // mostly plain rows longer than 16 bytes (the tokenizer's fast path), with quotes, CRs, blank lines
        // and short rows in between
        std::string text;
        const int rows = 1 + static_cast<int>(rng() % 40);
        for (int r = 0; r < rows; ++r) {
            const int fields = 1 + static_cast<int>(rng() % 8);
            for (int f = 0; f < fields; ++f) {
                if (f)
                    text += delimiter;
                const int length = static_cast<int>(rng() % 12);
                for (int k = 0; k < length; ++k) {
                    const auto pick = rng() % 100;
                    text += pick < 2   ? '"'
                            : pick < 3 ? '\r'
                            : pick < 4 ? '\n'
                            : pick < 5 ? delimiter
                                       : static_cast<char>('a' + pick % 26);
                }
            }
            const auto end = rng() % 10;
            text += end < 6 ? "\n" : end < 9 ? "\r\n" : "\r";
        }
        if (rng() % 3 == 0)
            text.pop_back(); // no final line break
        const std::vector<PlainRecord> expected = plainParse(text, delimiter);
        const std::size_t pieceSize = rng() % 2 ? text.size() : 1 + rng() % 64;
        CsvReader csv(inPieces(text, pieceSize), delimiter);
        std::vector<PlainRecord> got;
        std::vector<std::string_view> f;
        while (csv.next(f))
            got.push_back(
                {std::vector<std::string>(f.begin(), f.end()), csv.recordLine(), csv.lastRecordUnclosed()});
        if (got != expected) {
            std::string shown;
            for (const char c : text)
                shown += c == '\r'   ? std::string("\\r")
                         : c == '\n' ? std::string("\\n\n")
                                     : std::string(1, c);
            QFAIL(qPrintable(QString("round %1, pieces of %2, %3 records read, %4 expected:\n%5")
                                 .arg(round)
                                 .arg(pieceSize)
                                 .arg(got.size())
                                 .arg(expected.size())
                                 .arg(QString::fromStdString(shown))));
        }
    }
}

void TestCallLog::delimiterDetection()
{
    QCOMPARE(detectDelimiter("a;b;c\n1;2,5;3\n"), ';');
    QCOMPARE(detectDelimiter("a\tb\tc\n1\t2\t3\n"), '\t');
    QCOMPARE(detectDelimiter("a|b|c\n1|2|3\n"), '|');
    QCOMPARE(detectDelimiter("a,b,c\n\"1;2\",2,3\n"), ',');
    QCOMPARE(detectDelimiter("single\nvalue\n"), ',');
}

void TestCallLog::csvQuoting()
{
    QCOMPARE(csvQuoted("plain"), std::string("plain"));
    QCOMPARE(csvQuoted("plain", true), std::string("\"plain\""));
    QCOMPARE(csvQuoted("a,b"), std::string("\"a,b\""));
    QCOMPARE(csvQuoted("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
    QCOMPARE(csvQuoted("two\nlines"), std::string("\"two\nlines\""));
    QCOMPARE(csvQuoted("cr\r"), std::string("\"cr\r\""));
}

void TestCallLog::kpiByHand()
{
    // 30-minute interval 08:00: 4 answered (waits 0, 10, 20, 30), 2 abandoned (waits 3 and 60)
    const double t0 = *parseTimestamp("2026-03-02T08:00", DateFormat::Iso);
    std::vector<CallRecord> calls;
    auto add = [&](double offset, double wait, bool answered, double talk, int agent, std::int64_t customer) {
        CallRecord c;
        c.arrival = t0 + offset;
        c.waitSec = wait;
        c.outcome = answered ? CallOutcome::Answered : CallOutcome::Abandoned;
        c.talkSec = talk;
        c.holdSec = answered ? 10 : 0;
        c.acwSec = answered ? 20 : 0;
        c.agent = agent;
        c.customer = customer;
        calls.push_back(c);
    };
    add(0, 0, true, 100, 0, 7);
    add(60, 10, true, 200, 1, 8);
    add(120, 20, true, 300, 0, -1);
    add(180, 30, true, 400, 2, 9);
    add(240, 3, false, 0, -1, 8); // customer 8 calls again 3 minutes later: no first-contact resolution
    add(300, 60, false, 0, -1, -1);
    add(1800 + 60, 5, true, 50, 1,
        7); // next interval; customer 7 again, but the first call was 31 min earlier
    KpiOptions o;
    o.by = Period::Interval;
    o.intervalMin = 30;
    o.fcrWindowDays = 0.01; // 14.4 minutes
    o.agentCostPerHour = 36.0;
    KpiAggregator agg(o);
    for (const auto& c : calls)
        agg.add(c);
    const auto rows = agg.finish({""}, {"voice"});
    QCOMPARE(rows.size(), std::size_t(4)); // 2 intervals x ("*" and the queue)
    const KpiRow& r = rows[0];
    QCOMPARE(QString::fromStdString(r.periodStart), QString("2026-03-02T08:00:00"));
    QCOMPARE(QString::fromStdString(r.queue), QString("*"));
    QCOMPARE(r.offered, 6L);
    QCOMPARE(r.answered, 4L);
    QCOMPARE(r.abandoned, 2L);
    QCOMPARE(r.shortAbandoned, 1L);
    QCOMPARE(r.answeredWithinT, 3L);
    QCOMPARE(r.serviceLevel, 3.0 / 6.0);
    QCOMPARE(r.slAnswered, 3.0 / 4.0);
    QCOMPARE(r.slExShort, 3.0 / 5.0);
    QCOMPARE(r.abandonRate, 2.0 / 6.0);
    QCOMPARE(r.abandonRateExShort, 1.0 / 5.0);
    QCOMPARE(*r.asaSec, 15.0);
    QCOMPARE(*r.meanTimeToAbandonSec, 31.5);
    QCOMPARE(*r.maxWaitSec, 60.0);
    QCOMPARE(*r.talkSec, 250.0);
    QCOMPARE(*r.ahtSec, 280.0); // talk 250 + hold 10 + ACW 20
    QCOMPARE(*r.costPerContact, 36.0 * 280.0 / 3600.0);
    QCOMPARE(*r.patienceMleSec, (0 + 10 + 20 + 30 + 3 + 60) / 2.0);
    QCOMPARE(r.agentsSeen, 3);
    QCOMPARE(*r.fcr, 2.0 / 3.0); // customers 7, 8, 9 answered here; 8 called back within the window
    QVERIFY(!r.csat && !r.transferRate);
    QCOMPARE(*rows[2].fcr, 1.0);
}

void TestCallLog::kpiPeriods()
{
    CallRecord c;
    c.arrival = *parseTimestamp("2026-03-04T13:47:00", DateFormat::Iso); // a Wednesday
    c.waitSec = 5;
    const std::pair<Period, const char*> cases[] = {{Period::Interval, "2026-03-04T13:45:00"},
                                                    {Period::Hour, "13:00"},
                                                    {Period::Day, "2026-03-04"},
                                                    {Period::Week, "2026-03-02"},
                                                    {Period::Month, "2026-03"},
                                                    {Period::Total, "total"}};
    for (const auto& [by, label] : cases) {
        KpiOptions o;
        o.by = by;
        o.intervalMin = 15;
        KpiAggregator agg(o);
        agg.add(c);
        QCOMPARE(QString::fromStdString(agg.finish({"q"}, {"voice"}).at(0).periodStart), QString(label));
    }
}

void TestCallLog::firstContactResolutionAtScale()
{
    // 60,000 calls of 2,000 customers to 3 queues over 30 days, in random order (so the aggregator's buckets
    // must be sorted by time), against the definition checked call by call: an answered call is resolved at
    // first contact when no call of the same customer to the same queue comes after it within the window.
    std::mt19937_64 rng(5);
    std::vector<CallRecord> calls(60000);
    for (CallRecord& c : calls) {
        c.arrival = 1.7e9 + std::uniform_real_distribution<double>(0, 30 * 86400.0)(rng);
        c.customer = CallLogReader::customerKey("C" + std::to_string(rng() % 2000));
        c.queue = static_cast<int>(rng() % 3);
        c.outcome = rng() % 5 ? CallOutcome::Answered : CallOutcome::Abandoned;
    }
    const double window = 2 * 86400.0;
    std::vector<std::vector<const CallRecord*>> byKey(2000 * 3);
    std::map<std::int64_t, int> customerIndex;
    for (const CallRecord& c : calls) {
        const int customer =
            customerIndex.try_emplace(c.customer, static_cast<int>(customerIndex.size())).first->second;
        byKey[static_cast<std::size_t>(customer * 3 + c.queue)].push_back(&c);
    }
    long eligible[3] = {}, resolved[3] = {};
    for (const auto& group : byKey)
        for (const CallRecord* c : group) {
            if (c->outcome != CallOutcome::Answered)
                continue;
            bool repeated = false;
            for (const CallRecord* other : group)
                repeated = repeated || (other->arrival > c->arrival && other->arrival - c->arrival <= window);
            ++eligible[c->queue];
            resolved[c->queue] += repeated ? 0 : 1;
        }
    KpiOptions o;
    o.by = Period::Total;
    o.fcrWindowDays = 2;
    KpiAggregator agg(o);
    for (const CallRecord& c : calls)
        agg.add(c);
    const auto rows = agg.finish({"a", "b", "c"}, {"voice"});
    QCOMPARE(rows.size(), std::size_t(4)); // "*" and the three queues
    QCOMPARE(*rows[0].fcr, static_cast<double>(resolved[0] + resolved[1] + resolved[2]) /
                               static_cast<double>(eligible[0] + eligible[1] + eligible[2]));
    for (int q = 0; q < 3; ++q) {
        QCOMPARE(rows[static_cast<std::size_t>(q + 1)].queue, std::string(1, static_cast<char>('a' + q)));
        QCOMPARE(*rows[static_cast<std::size_t>(q + 1)].fcr,
                 static_cast<double>(resolved[q]) / static_cast<double>(eligible[q]));
    }
    QVERIFY(*rows[0].fcr > 0.2 && *rows[0].fcr < 0.8); // neither all nor none: the window matters
}

void TestCallLog::exponentialPatienceInterval()
{
    // 10 abandons in 1000 s of queueing: mean 100 s; chi-square quantiles chi2(0.975; 22) = 36.7807,
    // chi2(0.025; 20) = 9.59078 (Abramowitz & Stegun table 26.8) give 54.376 s to 208.53 s.
    const PatienceEstimate e = exponentialPatience(10, 1000.0);
    QCOMPARE(*e.meanSec, 100.0);
    QVERIFY(std::abs(*e.lowSec - 2000.0 / 36.7807) < 1e-3);
    QVERIFY(std::abs(*e.highSec - 2000.0 / 9.59078) < 1e-2);
    QVERIFY(!e.reliable);
    QVERIFY(exponentialPatience(30, 1000.0).reliable);
    QVERIFY(!exponentialPatience(0, 1000.0).meanSec);
}

void TestCallLog::kaplanMeierByHand()
{
    // waits: 1 abandoned, 2 answered (censored), 3 abandoned, 4 abandoned, 5 answered
    const auto curve = kaplanMeier({{1, true}, {2, false}, {3, true}, {4, true}, {5, false}});
    QCOMPARE(curve.size(), std::size_t(3));
    QCOMPARE(curve[0].survival, 0.8);
    QVERIFY(std::abs(curve[1].survival - 0.8 * 2 / 3) < 1e-15);
    QVERIFY(std::abs(curve[2].survival - 0.8 * 2 / 3 * 1 / 2) < 1e-15);
    QCOMPARE(curve[1].atRisk, 3L);
    QVERIFY(curve[0].low < 0.8 && curve[0].high > 0.8);
    QVERIFY(std::abs(restrictedMeanSec(curve) - (1 + 0.8 * 2 + 0.8 * 2 / 3 * 1)) < 1e-12);
}

void TestCallLog::hostileInputs()
{
    auto openText = [](const std::string& text, OpenError& error, ReadOptions o = {}) {
        return CallLogReader::open(std::make_unique<std::istringstream>(text), o, error);
    };
    OpenError error;
    // a line of 10 MB between two good rows: rejected with its line number, the rest kept
    {
        std::string text = "arrival,wait_sec,talk_sec,outcome\n2026-03-02T08:00:00,5,100,answered\n";
        text += "2026-03-02T08:01:00," + std::string(10 * 1024 * 1024, '9') + ",100,answered\n";
        text += "2026-03-02T08:02:00,7,100,abandoned\n";
        auto r = openText(text, error);
        QVERIFY(r);
        const auto calls = readAll(*r);
        QCOMPARE(calls.size(), std::size_t(2));
        QCOMPARE(r->summary().rejected, 1);
        QCOMPARE(r->rejected()[0].line, 3);
        QVERIFY(r->rejected()[0].text.size() <= 200);    // the offending value is kept clipped
        QVERIFY(r->rejected()[0].record.size() <= 2000); // and so is the row
    }
    // 10,000 columns, the ones that matter at the end
    {
        std::string header, row;
        for (int c = 0; c < 10000; ++c) {
            header.append("c").append(std::to_string(c)).append(",");
            row.append(std::to_string(c)).append(",");
        }
        const std::string text = header + "arrival,wait_sec,outcome\n" + row +
                                 "2026-03-02T08:00:00,12,answered\n" + row +
                                 "2026-03-02T08:00:30,3,abandoned\n";
        auto r = openText(text, error);
        QVERIFY(r);
        const auto calls = readAll(*r);
        QCOMPARE(calls.size(), std::size_t(2));
        QCOMPARE(calls[0].waitSec, 12.0);
        QCOMPARE(calls[1].outcome, CallOutcome::Abandoned);
    }
    // binary garbage: refused with a reason, or every row accounted for
    {
        std::string garbage(64 * 1024, '\0');
        std::uint64_t state = 42;
        for (char& b : garbage) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            b = static_cast<char>(state >> 56);
        }
        auto r = openText(garbage, error);
        if (r) {
            readAll(*r);
            const ImportSummary& s = r->summary();
            QCOMPARE(s.read, s.accepted + s.rejected + s.excludedTotal());
        } else {
            QVERIFY(error.problem == OpenProblem::NoArrival || error.problem == OpenProblem::Empty ||
                    error.problem == OpenProblem::NoOutcome || error.problem == OpenProblem::NoWait);
        }
    }
    // timestamps that go backwards: every call kept; the KPIs do not depend on the order
    {
        std::string forward = "arrival,wait_sec,talk_sec,outcome\n", backward = forward;
        std::vector<std::string> rows;
        for (int i = 0; i < 50; ++i) {
            char line[96];
            std::snprintf(line, sizeof line, "2026-03-02T%02d:%02d:00,%d,%d,%s\n", 8 + i / 10, (i % 10) * 5,
                          i % 30, 100 + i, i % 4 ? "answered" : "abandoned");
            rows.emplace_back(line);
        }
        for (const auto& l : rows)
            forward += l;
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            backward += *it;
        auto kpis = [&](const std::string& text) {
            OpenError e;
            auto r = CallLogReader::open(std::make_unique<std::istringstream>(text), {}, e);
            KpiAggregator agg(KpiOptions{});
            CallRecord c;
            while (r->next(c))
                agg.add(c);
            return agg.finish(r->queues(), r->channels());
        };
        const auto a = kpis(forward), b = kpis(backward);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].periodStart, b[i].periodStart);
            QCOMPARE(a[i].offered, b[i].offered);
            QCOMPARE(a[i].abandoned, b[i].abandoned);
            QCOMPARE(*a[i].ahtSec, *b[i].ahtSec);
        }
    }
    // a BOM that lies: UTF-8's BOM on a Windows-1251 file; the header cannot be read as UTF-8, and the
    // message says which column is missing (the planner then picks the encoding); the bytes that were not
    // UTF-8 are counted
    {
        std::ifstream f(STAFFPLAN_SOURCE_DIR "/tests/data/russian_cp1251.csv", std::ios::binary);
        const std::string cp1251((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
        std::string lying = "\xEF\xBB\xBF";
        lying.append(cp1251);
        auto r = openText(lying, error);
        QVERIFY(!r);
        QCOMPARE(error.problem, OpenProblem::NoArrival);
    }
}

void TestCallLog::fastPathsAgreeWithTheGeneralOnes()
{
    std::mt19937_64 rng(7);
    // plain decimals: exactly what std::from_chars reads (with ',' as '.'), bit for bit
    for (int i = 0; i < 200000; ++i) {
        const int digits = 1 + static_cast<int>(rng() % 16);
        std::string text;
        for (int d = 0; d < digits; ++d)
            text += static_cast<char>('0' + rng() % 10);
        if (rng() % 3)
            text.insert(rng() % (text.size() + 1), 1, rng() % 2 ? '.' : ',');
        std::string dotted = text;
        std::replace(dotted.begin(), dotted.end(), ',', '.');
        double expected = 0;
        const auto [end, ec] = std::from_chars(dotted.data(), dotted.data() + dotted.size(), expected);
        double fast = -1;
        if (!plainDecimal(text, fast)) {
            QVERIFY2(digits > 15 || dotted == ".", text.c_str()); // only the long ones go the slow way
            continue;
        }
        QVERIFY2(ec == std::errc() && end == dotted.data() + dotted.size(), text.c_str());
        QVERIFY2(std::memcmp(&fast, &expected, sizeof fast) == 0, text.c_str());
        QCOMPARE(*parseDecimal(text), expected);
        QCOMPARE(*parseDuration(text), expected);
    }
    double v = 0;
    for (const char* other : {"", ".", ",", "-1", "+1", " 5", "5 ", "1e3", "1.2.3", "1,2.3", "1:05", "0x10",
                              "１", "12345678901234567", "1234567890123456"})
        QVERIFY2(!plainDecimal(other, v), other);
    QCOMPARE(*parseDecimal("-2.5"), -2.5);
    QCOMPARE(*parseDuration("1:05"), 65.0);
    QCOMPARE(*parseDecimal("1234567890123456"), 1234567890123456.0);

    // ISO date-times of 19 characters, read and written: the arithmetic of the calendar, done here
    // independently
    auto civil = [](int y, int m, int d) { // days since 1970-01-01 (Howard Hinnant's days_from_civil)
        y -= m <= 2;
        const int era = (y >= 0 ? y : y - 399) / 400;
        const int yoe = y - era * 400;
        const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    };
    const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int i = 0; i < 100000; ++i) {
        const int y = 1971 + static_cast<int>(rng() % 100), m = 1 + static_cast<int>(rng() % 12);
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        const int d =
            1 + static_cast<int>(rng() % static_cast<unsigned>(monthDays[m - 1] + (m == 2 && leap)));
        const int h = static_cast<int>(rng() % 24), mi = static_cast<int>(rng() % 60),
                  sec = static_cast<int>(rng() % 61);
        char text[32];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d%c%02d:%02d:%02d", y, m, d, rng() % 2 ? 'T' : ' ', h,
                      mi, sec);
        const auto t = parseTimestamp(text, DateFormat::Iso);
        QVERIFY2(t, text);
        QCOMPARE(*t, civil(y, m, d) * 86400.0 + h * 3600.0 + mi * 60.0 + sec);
        if (text[10] == 'T' && sec < 60) // and written back as it was
            QCOMPARE(formatTimestamp(*t), std::string(text));
    }
    for (const char* bad :
         {"2026-02-29T08:00:00", "2026-13-01T08:00:00", "2026-00-10T08:00:00", "2026-03-00T08:00:00",
          "2026-03-02T24:00:00", "2026-03-02T08:60:00", "2026-03-02T08:00:61", "2026-03-02T0a:00:00",
          "2026-03-02X08:00:00", "2026/03/02T08:00:00", "2026-03-02T08:00:0 "})
        QVERIFY2(!parseTimestamp(bad, DateFormat::Iso), bad);
    QCOMPARE(*parseTimestamp("2024-02-29 23:59:60", DateFormat::Iso),
             *parseTimestamp("2024-03-01T00:00", DateFormat::Iso));

    // the reader's word table against a map: words of 0 to 40 bytes, any bytes (NUL too), near misses
    CallLogReader::Words words;
    std::map<std::string, int> reference;
    auto randomWord = [&] {
        std::string w(rng() % 41, '\0');
        for (char& c : w)
            c = static_cast<char>(rng() % 4 == 0 ? 'a' + rng() % 3 : rng() % 256);
        return w;
    };
    for (int i = 0; i < 20000; ++i) {
        const std::string w = randomWord();
        if (reference.count(w)) {
            QCOMPARE(*words.find(w), reference[w]);
            continue;
        }
        QVERIFY(!words.find(w));
        words.add(w, i);
        reference[w] = i;
        QCOMPARE(*words.find(w), i);
    }
    for (const auto& [w, value] : reference) {
        QCOMPARE(*words.find(w), value);
        for (std::size_t at = 0; at < w.size(); at += 3) { // the same length, one byte changed
            std::string near = w;
            near[at] = static_cast<char>(near[at] ^ 1);
            const auto it = reference.find(near);
            const int* found = words.find(near);
            QCOMPARE(found != nullptr, it != reference.end());
            if (found)
                QCOMPARE(*found, it->second);
        }
        const std::string longer = w + '\0', shorter = w.substr(0, w.size() / 2);
        for (const std::string& other : {longer, shorter}) {
            const auto it = reference.find(other);
            const int* found = words.find(other);
            QCOMPARE(found != nullptr, it != reference.end());
        }
    }
}

QTEST_GUILESS_MAIN(TestCallLog)
#include "tst_call_log.moc"
