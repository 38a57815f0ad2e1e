#include "core/timestamps.hpp"

#include "core/text_util.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace staffplan {
namespace {

// Reads 1..maxDigits digits at pos; advances pos.
bool number(std::string_view s, std::size_t& pos, int minDigits, int maxDigits, int& value)
{
    value = 0;
    int n = 0;
    while (pos < s.size() && n < maxDigits && s[pos] >= '0' && s[pos] <= '9') {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    return n >= minDigits;
}

// HH:MM[:SS[.fff]] from pos; returns seconds of day.
std::optional<double> timeOfDay(std::string_view s, std::size_t& pos)
{
    int h, m, sec = 0;
    if (!number(s, pos, 1, 2, h) || pos >= s.size() || s[pos] != ':')
        return std::nullopt;
    ++pos;
    if (!number(s, pos, 2, 2, m))
        return std::nullopt;
    double frac = 0;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        if (!number(s, pos, 2, 2, sec))
            return std::nullopt;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            double scale = 0.1;
            const std::size_t start = pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                frac += (s[pos] - '0') * scale;
                scale /= 10;
                ++pos;
            }
            if (pos == start)
                return std::nullopt;
        }
    }
    if (h > 23 || m > 59 || sec > 60)
        return std::nullopt;
    return h * 3600.0 + m * 60.0 + sec + frac;
}

std::optional<std::int64_t> cachedDays(int y, int mo, int d)
{
    // consecutive rows of a log mostly share their date
    thread_local int lastY = 0, lastM = 0, lastD = 0;
    thread_local std::optional<std::int64_t> lastDays;
    if (y != lastY || mo != lastM || d != lastD) {
        lastDays = daysFromCivil(y, mo, d);
        lastY = y, lastM = mo, lastD = d;
    }
    return lastDays;
}

std::optional<double> dateTime(int y, int mo, int d, std::string_view s, std::size_t pos, bool allowAmPm)
{
    const auto days = cachedDays(y, mo, d);
    if (!days)
        return std::nullopt;
    double secs = 0;
    if (pos < s.size()) {
        if (s[pos] != ' ' && s[pos] != 'T')
            return std::nullopt;
        while (pos < s.size() && (s[pos] == ' ' || s[pos] == 'T'))
            ++pos;
        const auto t = timeOfDay(s, pos);
        if (!t)
            return std::nullopt;
        secs = *t;
        std::string_view rest = trimmed(s.substr(pos));
        if (allowAmPm && (rest == "AM" || rest == "am" || rest == "PM" || rest == "pm")) {
            const int hour = static_cast<int>(secs / 3600);
            if (hour < 1 || hour > 12)
                return std::nullopt;
            if ((rest[0] == 'P' || rest[0] == 'p') && hour != 12)
                secs += 12 * 3600;
            if ((rest[0] == 'A' || rest[0] == 'a') && hour == 12)
                secs -= 12 * 3600;
            rest = {};
        }
        // ISO zone designators are accepted and dropped (wall clock is kept)
        if (!rest.empty()) {
            if (rest == "Z")
                rest = {};
            else if ((rest[0] == '+' || rest[0] == '-') && rest.size() >= 3) {
                std::size_t p = 1;
                int oh, om = 0;
                if (!number(rest, p, 2, 2, oh) || oh > 23)
                    return std::nullopt;
                if (p < rest.size() && rest[p] == ':')
                    ++p;
                if (p < rest.size() && (!number(rest, p, 2, 2, om) || om > 59))
                    return std::nullopt;
                if (p != rest.size())
                    return std::nullopt;
                rest = {};
            }
        }
        if (!rest.empty())
            return std::nullopt;
    }
    return static_cast<double>(*days) * 86400.0 + secs;
}

} // namespace

std::optional<std::int64_t> daysFromCivil(int year, int month, int day)
{
    using namespace std::chrono;
    const year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                             std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok() || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    return sys_days{ymd}.time_since_epoch().count();
}

std::string_view dateFormatName(DateFormat f)
{
    switch (f) {
    case DateFormat::Auto:
        return "auto";
    case DateFormat::Iso:
        return "iso";
    case DateFormat::DayMonthYear:
        return "dmy";
    case DateFormat::MonthDayYear:
        return "mdy";
    case DateFormat::Yymmdd:
        return "yymmdd";
    case DateFormat::EpochSeconds:
        return "epoch";
    }
    return "?";
}

std::optional<DateFormat> dateFormatFromName(std::string_view n)
{
    for (const DateFormat f : {DateFormat::Auto, DateFormat::Iso, DateFormat::DayMonthYear,
                               DateFormat::MonthDayYear, DateFormat::Yymmdd, DateFormat::EpochSeconds})
        if (dateFormatName(f) == n)
            return f;
    return std::nullopt;
}

std::optional<double> parseTimestamp(std::string_view text, DateFormat format)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return std::nullopt;
    std::size_t pos = 0;
    int a, b, c;
    switch (format) {
    case DateFormat::Auto:
        return std::nullopt;
    case DateFormat::Iso:
        if (s.size() == 19 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') && s[13] == ':' &&
            s[16] == ':') { // "2026-03-02T08:30:05", as most logs write it: read in place
            // exactly n digits at a fixed place (the separators are checked above)
            auto digits = [&](std::size_t at, int n, int& out) { return number(s, at, n, n, out); };
            int h, m, sec;
            if (digits(0, 4, a) && digits(5, 2, b) && digits(8, 2, c) && digits(11, 2, h) &&
                digits(14, 2, m) && digits(17, 2, sec)) {
                if (h > 23 || m > 59 || sec > 60)
                    return std::nullopt;
                const auto days = cachedDays(a, b, c);
                if (!days)
                    return std::nullopt;
                return static_cast<double>(*days) * 86400.0 + (h * 3600.0 + m * 60.0 + sec + 0.0);
            }
        }
        if (!number(s, pos, 4, 4, a) || pos >= s.size() || s[pos++] != '-' || !number(s, pos, 2, 2, b) ||
            pos >= s.size() || s[pos++] != '-' || !number(s, pos, 2, 2, c))
            return std::nullopt;
        return dateTime(a, b, c, s, pos, false);
    case DateFormat::DayMonthYear:
    case DateFormat::MonthDayYear: {
        if (!number(s, pos, 1, 2, a) || pos >= s.size())
            return std::nullopt;
        const char sep = s[pos++];
        if (sep != '.' && sep != '/' && sep != '-')
            return std::nullopt;
        if (!number(s, pos, 1, 2, b) || pos >= s.size() || s[pos++] != sep || !number(s, pos, 4, 4, c))
            return std::nullopt;
        return format == DateFormat::DayMonthYear ? dateTime(c, b, a, s, pos, true)
                                                  : dateTime(c, a, b, s, pos, true);
    }
    case DateFormat::Yymmdd: {
        if (s.size() != 6 || !number(s, pos, 6, 6, a))
            return std::nullopt;
        const int yy = a / 10000, mm = (a / 100) % 100, dd = a % 100;
        return dateTime(yy < 70 ? 2000 + yy : 1900 + yy, mm, dd, s, pos, false);
    }
    case DateFormat::EpochSeconds: {
        double v = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v) || v < 0 || v > 4.2e9)
            return std::nullopt;
        return v;
    }
    }
    return std::nullopt;
}

std::optional<DateFormat> detectDateFormat(const std::vector<std::string>& samples)
{
    bool any = false;
    for (const DateFormat f : {DateFormat::Iso, DateFormat::Yymmdd, DateFormat::EpochSeconds,
                               DateFormat::MonthDayYear, DateFormat::DayMonthYear}) {
        bool all = true;
        for (const auto& s : samples) {
            if (trimmed(s).empty())
                continue;
            any = true;
            if (!parseTimestamp(s, f)) {
                all = false;
                break;
            }
        }
        if (!any)
            return std::nullopt;
        if (all) {
            // dotted dates are day-first by convention (Europe, Russia); '/' dates read month-first only when
            // every sample allows it (a first number above 12 forces day-first, which is tried next)
            if (f == DateFormat::MonthDayYear) {
                bool dotted = false;
                for (const auto& s : samples)
                    if (trimmed(s).find('.') != std::string_view::npos && trimmed(s).find('.') < 3)
                        dotted = true;
                if (dotted) {
                    bool dmy = true;
                    for (const auto& s : samples)
                        if (!trimmed(s).empty() && !parseTimestamp(s, DateFormat::DayMonthYear))
                            dmy = false;
                    if (dmy)
                        return DateFormat::DayMonthYear;
                }
            }
            return f;
        }
    }
    return std::nullopt;
}

std::optional<DateFormat> detectDateFormatTolerant(const std::vector<std::string>& samples)
{
    if (auto all = detectDateFormat(samples))
        return all;
    std::optional<DateFormat> best;
    std::size_t bestCount = 0, nonEmpty = 0;
    for (const auto& s : samples)
        nonEmpty += trimmed(s).empty() ? 0 : 1;
    for (const DateFormat f : {DateFormat::Iso, DateFormat::Yymmdd, DateFormat::EpochSeconds,
                               DateFormat::DayMonthYear, DateFormat::MonthDayYear}) {
        std::vector<std::string> readable;
        for (const auto& s : samples)
            if (parseTimestamp(s, f))
                readable.push_back(s);
        if (readable.size() > bestCount && 2 * readable.size() >= nonEmpty) {
            bestCount = readable.size();
            best = detectDateFormat(readable); // settles day-first against month-first on the good values
        }
    }
    return best;
}

std::optional<double> parseDecimal(std::string_view text)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return std::nullopt;
    const bool negative = s[0] == '-';
    double v = 0;
    if (plainDecimal(s.substr(s[0] == '-' || s[0] == '+' ? 1 : 0), v))
        return negative ? -v : v;
    std::string copy(s.substr(s[0] == '+' ? 1 : 0));
    for (char& c : copy)
        if (c == ',')
            c = '.';
    const auto [end, ec] = std::from_chars(copy.data(), copy.data() + copy.size(), v);
    if (copy.empty() || ec != std::errc() || end != copy.data() + copy.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<double> parseDuration(std::string_view text)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return std::nullopt;
    if (s.find(':') == std::string_view::npos)
        return parseDecimal(s);
    if (s.find(':') != std::string_view::npos) {
        double total = 0;
        std::size_t pos = 0;
        int parts = 0;
        while (pos <= s.size()) {
            const std::size_t colon = s.find(':', pos);
            const std::string_view part =
                s.substr(pos, colon == std::string_view::npos ? s.npos : colon - pos);
            double v = 0;
            std::string p(part);
            for (char& ch : p)
                if (ch == ',')
                    ch = '.';
            const auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), v);
            if (p.empty() || ec != std::errc() || end != p.data() + p.size() || v < 0 ||
                (parts > 0 && v >= 60))
                return std::nullopt;
            total = total * 60 + v;
            ++parts;
            if (colon == std::string_view::npos)
                break;
            pos = colon + 1;
        }
        if (parts < 2 || parts > 3)
            return std::nullopt;
        return total;
    }
    return std::nullopt;
}

std::optional<int> parseClock(std::string_view text)
{
    const std::string_view s = trimmed(text);
    std::size_t pos = 0;
    const auto t = timeOfDay(s, pos);
    if (!t || pos != s.size())
        return std::nullopt;
    return static_cast<int>(*t);
}

std::string formatTimestamp(double seconds)
{
    const auto days = static_cast<std::int64_t>(std::floor(seconds / 86400.0));
    const auto secs = static_cast<int>(seconds - static_cast<double>(days) * 86400.0);
    using namespace std::chrono;
    const year_month_day ymd{sys_days{std::chrono::days{days}}};
    const int year = static_cast<int>(ymd.year());
    char buf[32];
    if (year < 0 || year > 9999) {
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d", year,
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), secs / 3600,
                      (secs / 60) % 60, secs % 60);
        return buf;
    }
    // by hand: the KPI table labels tens of thousands of periods, and snprintf costs a microsecond each
    std::string out = "0000-00-00T00:00:00";
    auto put = [&](std::size_t at, int value, int width) {
        for (int k = width - 1; k >= 0; --k, value /= 10)
            out[at + static_cast<std::size_t>(k)] = static_cast<char>('0' + value % 10);
    };
    put(0, year, 4);
    put(5, static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
    put(8, static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
    put(11, secs / 3600, 2);
    put(14, (secs / 60) % 60, 2);
    put(17, secs % 60, 2);
    return out;
}

} // namespace staffplan
