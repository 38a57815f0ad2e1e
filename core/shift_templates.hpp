#pragma once
// Shift templates: the shifts a center may schedule, read from a JSON file (format in the README, "Shift
// templates").  Each template gives a window of start times and its step, a paid length, breaks (paid or
// unpaid, each with the earliest and latest start after the shift starts), the days of the week it runs, the
// fewest and most agents it may have per day, and its cost per paid hour.  The file may also give the
// center's opening hours (intervals outside need no cover) and the penalty of an uncovered agent-hour.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace staffplan {

struct BreakRule
{
    int minutes = 15;
    bool paid = true;
    int earliestAfterStartMin = 0; ///< the break starts at least this long after the shift starts
    int latestAfterStartMin = 0;   ///< ... and at most this long
};

struct ShiftTemplate
{
    std::string name;
    int startEarliestMin = 0; ///< minutes after midnight
    int startLatestMin = 0;
    int startStepMin = 30;
    int paidMinutes = 480;
    std::vector<BreakRule> breaks;
    std::array<bool, 7> days{true, true, true, true, true, true, true}; ///< Monday first
    int minAgentsPerDay = 0;
    std::optional<int> maxAgentsPerDay;
    double costPerHour = 1; ///< per paid hour

    /// From start to end: paid time plus unpaid breaks.
    int lengthMinutes() const;
};

struct ShiftSetup
{
    std::vector<ShiftTemplate> templates;
    /// Per weekday (Monday first) the open time [open, close) in minutes after midnight; empty: closed all
    /// day.  Without "opening_hours" in the file every interval is open.
    std::array<std::optional<std::pair<int, int>>, 7> openingHours;
    std::optional<double> underCoverPenaltyPerAgentHour;
    bool isOpen(int weekday, int minuteOfDay) const;
};

enum class TemplateProblem {
    NotJson,       ///< detail: the parser's message
    Missing,       ///< a required key is absent
    WrongType,     ///< e.g. a string where a number belongs
    BadTime,       ///< not "HH:MM"
    OutOfRange,    ///< a number outside its range (detail: the range)
    BadDay,        ///< not mon..sun
    NoTemplates,   ///< "templates" is empty
    StartWindow,   ///< start_latest before start_earliest
    BreakWindow,   ///< a break's latest start before its earliest, or the break does not fit in the shift
    MinAboveMax,   ///< min_agents above max_agents
    OpeningWindow, ///< close not after open
};

struct TemplateError
{
    TemplateProblem problem;
    std::string path;   ///< where in the file, e.g. "templates[2].paid_hours"
    std::string detail; ///< the value, the parser's message or the allowed range
    int line = 0;       ///< for NotJson: the line of the file
};

struct ShiftSetupResult
{
    std::optional<ShiftSetup> setup; ///< empty when there are errors
    std::vector<TemplateError> errors;
};

/// Reads and checks a templates file's text; every problem found is reported, not only the first.
ShiftSetupResult readShiftSetup(std::string_view json);

/// "06:30" -> 390; "24:00" allowed when `allow24`.
std::optional<int> parseClockMinutes(std::string_view text, bool allow24 = false);

} // namespace staffplan
