#pragma once
// Special days for forecasting: holidays, campaigns, outages.  A day listed is left out of training; a
// factor, when given, scales the forecast of that day (0.3 = 30% of a normal day's calls, 1.5 = a campaign).
// Format: one day a line, `YYYY-MM-DD[,factor]`, an optional header `date,factor`, `#` starts a comment.

#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace staffplan {

struct SpecialDay
{
    long long day = 0; ///< days since 1970-01-01
    std::optional<double> factor;
    std::string label; ///< the date as written
};

enum class SpecialDayProblem { BadDate, BadFactor, TooManyFields };

struct SpecialDayError
{
    int line = 0;
    SpecialDayProblem problem = SpecialDayProblem::BadDate;
    std::string text;
};

struct SpecialDays
{
    std::vector<SpecialDay> days;
    std::vector<SpecialDayError> errors; ///< bad lines; the good ones are kept
    std::optional<double> factorFor(long long day) const;
    std::vector<long long> dayList() const;
};

SpecialDays readSpecialDays(std::istream& in);

} // namespace staffplan
