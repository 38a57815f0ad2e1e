#include "core/interval_csv.hpp"

#include <charconv>
#include <cmath>
#include <istream>
#include <map>

namespace staffplan {
namespace {

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

bool digits(const std::string& s, size_t pos, size_t count, int& value)
{
    if (pos + count > s.size())
        return false;
    value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<double> parseNumber(const std::string& text)
{
    const std::string t = trim(text);
    double v = 0;
    const char* first = t.data();
    if (!t.empty() && t[0] == '+')
        ++first;
    const auto [end, ec] = std::from_chars(first, t.data() + t.size(), v);
    if (t.empty() || ec != std::errc() || end != t.data() + t.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::string clip(const std::string& s)
{
    return s.size() > 80 ? s.substr(0, 77) + "..." : s;
}

} // namespace

bool isIsoDateTime(const std::string& s)
{
    int y, mo, d, h, mi, sec = 0;
    if (!digits(s, 0, 4, y) || s.size() < 16 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':' ||
        !digits(s, 14, 2, mi))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59)
        return false;
    size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, sec) || sec > 60)
            return false;
        pos += 3;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            const size_t fracStart = pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
                ++pos;
            if (pos == fracStart)
                return false;
        }
    }
    if (pos == s.size())
        return true;
    if (s[pos] == 'Z')
        return pos + 1 == s.size();
    if (s[pos] != '+' && s[pos] != '-')
        return false;
    int oh, om = 0;
    if (!digits(s, pos + 1, 2, oh) || oh > 23)
        return false;
    pos += 3;
    if (pos < s.size() && s[pos] == ':')
        ++pos;
    if (pos < s.size() && (!digits(s, pos, 2, om) || om > 59 || pos + 2 != s.size()))
        return false;
    return true;
}

bool splitCsvLine(const std::string& line, char delimiter, std::vector<std::string>& fields)
{
    fields.clear();
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            fields.push_back(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.push_back(field);
    return !quoted;
}

IntervalFile readIntervalCsv(std::istream& in)
{
    IntervalFile file;
    std::string line;
    int lineNo = 0;
    std::map<std::string, int> column;
    std::vector<std::string> fields;

    auto readLine = [&]() -> bool {
        if (!std::getline(in, line))
            return false;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (lineNo == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0)
            line.erase(0, 3);
        return true;
    };

    while (readLine() && trim(line).empty()) {
    }
    if (trim(line).empty()) {
        file.errors.push_back({lineNo, "", CsvProblem::EmptyFile, ""});
        return file;
    }
    const int headerLine = lineNo;
    if (!splitCsvLine(line, ',', fields)) {
        file.errors.push_back({headerLine, "", CsvProblem::UnclosedQuote, clip(line)});
        return file;
    }
    for (int i = 0; i < static_cast<int>(fields.size()); ++i) {
        const std::string name = trim(fields[i]);
        if (column.count(name)) {
            file.errors.push_back({headerLine, name, CsvProblem::DuplicateColumn, name});
            return file;
        }
        column[name] = i;
    }
    for (const char* required : {"start", "calls", "aht_sec"}) {
        if (!column.count(required)) {
            file.errors.push_back({headerLine, required, CsvProblem::MissingColumn, clip(line)});
            return file;
        }
    }
    file.hasPatience = column.count("patience_sec") > 0;
    file.hasUpperBand = column.count("calls_p90") > 0 && column.count("aht_p90") > 0;
    file.hasRequired = column.count("required_agents") > 0;

    while (readLine()) {
        if (trim(line).empty())
            continue;
        ++file.dataLines;
        if (!splitCsvLine(line, ',', fields)) {
            file.errors.push_back({lineNo, "", CsvProblem::UnclosedQuote, clip(line)});
            continue;
        }
        auto field = [&](const char* name) -> const std::string* {
            const int i = column.at(name);
            return i < static_cast<int>(fields.size()) ? &fields[i] : nullptr;
        };
        IntervalRow row;
        row.line = lineNo;
        std::optional<CsvRowError> error;
        auto fail = [&](const char* name, CsvProblem p, const std::string& text) {
            if (!error)
                error = CsvRowError{lineNo, name, p, clip(text)};
        };
        auto number = [&](const char* name, bool positive) -> double {
            const std::string* text = field(name);
            if (!text) {
                fail(name, CsvProblem::FieldCount, line);
                return 0;
            }
            const auto v = parseNumber(*text);
            if (!v)
                fail(name, CsvProblem::NotANumber, *text);
            else if (positive && *v <= 0)
                fail(name, CsvProblem::NotPositive, *text);
            else if (*v < 0)
                fail(name, CsvProblem::Negative, *text);
            return v.value_or(0);
        };
        if (const std::string* start = field("start")) {
            row.start = trim(*start);
            if (!isIsoDateTime(row.start))
                fail("start", CsvProblem::BadTimestamp, *start);
        } else {
            fail("start", CsvProblem::FieldCount, line);
        }
        row.calls = number("calls", false);
        row.ahtSec = number("aht_sec", true);
        if (file.hasPatience) {
            const std::string* text = field("patience_sec");
            if (text && !trim(*text).empty()) // an empty cell means "use the default patience"
                row.patienceSec = number("patience_sec", true);
        }
        if (file.hasUpperBand) {
            row.callsP90 = number("calls_p90", false);
            row.ahtP90 = number("aht_p90", true);
        }
        if (file.hasRequired) {
            const std::string* text = field("required_agents");
            if (text && !trim(*text).empty()) // empty: the staffing found no number of agents
                row.requiredAgents = number("required_agents", false);
        }
        if (error)
            file.errors.push_back(*error);
        else
            file.rows.push_back(row);
    }
    return file;
}

} // namespace staffplan
