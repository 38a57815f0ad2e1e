#include "core/special_days.hpp"

#include "core/interval_csv.hpp"
#include "core/text_util.hpp"
#include "core/timestamps.hpp"

#include <cmath>

namespace staffplan {

std::optional<double> SpecialDays::factorFor(long long day) const
{
    for (const auto& d : days)
        if (d.day == day)
            return d.factor;
    return std::nullopt;
}

std::vector<long long> SpecialDays::dayList() const
{
    std::vector<long long> out;
    for (const auto& d : days)
        out.push_back(d.day);
    return out;
}

SpecialDays readSpecialDays(std::istream& in)
{
    SpecialDays result;
    std::string line;
    int number = 0;
    std::vector<std::string> fields;
    while (std::getline(in, line)) {
        ++number;
        if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0)
            line.erase(0, 3);
        const auto hash = line.find('#');
        const std::string_view content = trimmed(std::string_view(line).substr(0, hash));
        if (content.empty())
            continue;
        if (!splitCsvLine(std::string(content), ',', fields) || fields.size() > 2) {
            result.errors.push_back({number, SpecialDayProblem::TooManyFields, std::string(content)});
            continue;
        }
        const std::string_view date = trimmed(fields[0]);
        if (number == 1 && (date == "date" || date == "day"))
            continue; // header
        const auto t = parseTimestamp(date, DateFormat::Iso);
        if (!t || date.size() != 10) {
            result.errors.push_back({number, SpecialDayProblem::BadDate, std::string(date)});
            continue;
        }
        SpecialDay d;
        d.day = static_cast<long long>(std::floor(*t / 86400.0));
        d.label = std::string(date);
        if (fields.size() == 2 && !trimmed(fields[1]).empty()) {
            const auto f = parseDecimal(fields[1]);
            if (!f || *f < 0 || !std::isfinite(*f)) {
                result.errors.push_back(
                    {number, SpecialDayProblem::BadFactor, std::string(trimmed(fields[1]))});
                continue;
            }
            d.factor = *f;
        }
        result.days.push_back(d);
    }
    return result;
}

} // namespace staffplan
