#pragma once
// The staffing batch input: one row per interval, header `start,calls,aht_sec[,patience_sec]`; the same
// reader takes staffplan-cli staff --intervals output (its required_agents column) for shift planning.
// Columns are found by name (any order; other columns are ignored).  UTF-8, optional BOM, LF or CRLF,
// fields may be quoted ("..." with "" for a quote).

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace staffplan {

struct IntervalRow
{
    int line = 0;      ///< 1-based line in the file
    std::string start; ///< ISO 8601 date and time, as written in the file
    double calls = 0;
    double ahtSec = 0;
    std::optional<double> patienceSec;
    std::optional<double> callsP90, ahtP90; ///< a forecast's upper band, when the file has those columns
    /// staffplan-cli staff --intervals output: the agents required (empty where no number met the targets)
    std::optional<double> requiredAgents;
};

enum class CsvProblem {
    EmptyFile,     ///< no header line
    MissingColumn, ///< a required column is not in the header
    DuplicateColumn,
    FieldCount, ///< the row has fewer fields than the header needs
    NotANumber,
    Negative,
    NotPositive,
    BadTimestamp, ///< not ISO 8601 (YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])
    UnclosedQuote,
};

struct CsvRowError
{
    int line = 0;
    std::string field; ///< column name ("" for whole-row problems)
    CsvProblem problem = CsvProblem::NotANumber;
    std::string text; ///< the offending text (truncated to 80 bytes)
};

struct IntervalFile
{
    std::vector<IntervalRow> rows;
    std::vector<CsvRowError> errors; ///< each rejected row once, with its first bad field
    bool hasPatience = false;
    bool hasUpperBand = false; ///< calls_p90 and aht_p90 columns (staffplan-cli forecast writes them)
    bool hasRequired = false;  ///< a required_agents column (staffplan-cli staff --intervals writes it)
    int dataLines = 0;         ///< non-blank lines after the header: rows.size() + rejected rows
};

/// Reads the whole stream; a bad row is recorded and skipped, the rest is kept.
IntervalFile readIntervalCsv(std::istream& in);

/// Splits one CSV record (no line breaks inside quotes).  Returns false on an unclosed quote.
bool splitCsvLine(const std::string& line, char delimiter, std::vector<std::string>& fields);

/// ISO 8601 calendar date and time: YYYY-MM-DD, 'T' or ' ', HH:MM[:SS[.f]], optional Z or +HH:MM / -HH:MM.
bool isIsoDateTime(const std::string& text);

} // namespace staffplan
