#pragma once
// Dates, times and durations as call logs write them.  Timestamps are local wall-clock times, kept as seconds
// since 1970-01-01 00:00 of that wall clock (no time zone is applied; an explicit offset in ISO text is
// dropped, so a log keeps the clock its centre works by).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace staffplan {

enum class DateFormat {
    Auto,
    Iso,          ///< 2026-03-02T08:30[:05[.25]][Z|+03:00], also with a space
    DayMonthYear, ///< 02.03.2026 08:30[:05] (also / or -)
    MonthDayYear, ///< 03/02/2026 08:30[:05] [AM|PM]
    Yymmdd,       ///< 260302 (a date only; the bank logs give times in other columns)
    EpochSeconds, ///< 1772440205
};

std::string_view dateFormatName(DateFormat f); ///< "auto", "iso", "dmy", "mdy", "yymmdd", "epoch"
std::optional<DateFormat> dateFormatFromName(std::string_view name);

/// Seconds since 1970 of the wall-clock time, or empty when the text is not a valid date (and time) in
/// `format`.
std::optional<double> parseTimestamp(std::string_view text, DateFormat format);

/// The format that reads every non-empty sample; for '/' dates the day-first or month-first reading that some
/// sample forces (a first number above 12 means day first); month-first when nothing decides.
std::optional<DateFormat> detectDateFormat(const std::vector<std::string>& samples);

/// As detectDateFormat, but a format that reads at least half of the non-empty samples will do (the rest are
/// bad values, rejected row by row later); the one reading the most wins.
std::optional<DateFormat> detectDateFormatTolerant(const std::vector<std::string>& samples);

/// A decimal number: "75", "-3", "75.5", "75,5" (decimal comma), "1e3".  Plain numbers of up to 15 digits
/// take an exact fast path (plainDecimal); anything else goes to std::from_chars.
std::optional<double> parseDecimal(std::string_view text);

/// The fast path of parseDecimal and parseDuration: 1 to 15 digits with at most one '.' or ',' and nothing
/// else (no sign, no spaces), which is what most logs hold.  Exact: an integer mantissa below 2^53 divided by
/// an exact power of ten is correctly rounded (Clinger 1990), as std::from_chars would round.  False for
/// anything else (then use parseDecimal or parseDuration).  Inline: the reader calls it for every duration.
inline bool plainDecimal(std::string_view s, double& value)
{
    static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    if (s.empty() || s.size() > 16)
        return false;
    std::uint64_t mantissa = 0;
    int fraction = -1; // digits after the separator; -1 before it
    for (const char c : s) {
        const unsigned digit = static_cast<unsigned>(static_cast<unsigned char>(c)) - '0';
        if (digit < 10) {
            mantissa = mantissa * 10 + digit;
            fraction += fraction >= 0 ? 1 : 0;
        } else if ((c == '.' || c == ',') && fraction < 0) {
            fraction = 0;
        } else {
            return false;
        }
    }
    const std::size_t digits = s.size() - (fraction >= 0 ? 1 : 0);
    if (digits == 0 || digits > 15)
        return false;
    value = static_cast<double>(mantissa) / kPow10[fraction > 0 ? fraction : 0];
    return true;
}

/// A duration in seconds: "75", "75.5", "75,5" (decimal comma), "1:15", "0:01:15", "1:02:03.5".
std::optional<double> parseDuration(std::string_view text);

/// A clock time "H:MM:SS" or "HH:MM[:SS]" as seconds since midnight (0..86399).
std::optional<int> parseClock(std::string_view text);

/// Days since 1970-01-01 of a civil date, or empty when the date does not exist.
std::optional<std::int64_t> daysFromCivil(int year, int month, int day);

/// "2026-03-02T08:30:05" from seconds since 1970 (wall clock).
std::string formatTimestamp(double seconds);

} // namespace staffplan
