#include "core/shift_templates.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace staffplan {
namespace {

using nlohmann::json;

constexpr std::array<const char*, 7> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

class Checker
{
  public:
    std::vector<TemplateError>& errors;

    void fail(TemplateProblem p, const std::string& path, std::string detail = {})
    {
        errors.push_back({p, path, std::move(detail), 0});
    }

    /// A number in [lo, hi]; absent: `fallback` (or Missing when there is none).
    static std::string join(const std::string& path, const char* key)
    {
        return path.empty() ? std::string(key) : path + "." + key;
    }

    std::optional<double> number(const json& object, const char* key, const std::string& path, double lo,
                                 double hi, std::optional<double> fallback = std::nullopt)
    {
        const std::string where = join(path, key);
        if (!object.contains(key)) {
            if (!fallback)
                fail(TemplateProblem::Missing, where);
            return fallback;
        }
        const json& v = object.at(key);
        if (!v.is_number()) {
            fail(TemplateProblem::WrongType, where, v.dump());
            return std::nullopt;
        }
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < lo || d > hi) {
            fail(TemplateProblem::OutOfRange, where, v.dump() + " (" + format(lo) + " to " + format(hi) + ")");
            return std::nullopt;
        }
        return d;
    }

    std::optional<int> clock(const json& object, const char* key, const std::string& path, bool allow24 = false)
    {
        const std::string where = join(path, key);
        if (!object.contains(key)) {
            fail(TemplateProblem::Missing, where);
            return std::nullopt;
        }
        const json& v = object.at(key);
        if (!v.is_string()) {
            fail(TemplateProblem::WrongType, where, v.dump());
            return std::nullopt;
        }
        const auto minutes = parseClockMinutes(v.get<std::string>(), allow24);
        if (!minutes)
            fail(TemplateProblem::BadTime, where, v.get<std::string>());
        return minutes;
    }

    static std::string format(double d)
    {
        json j = d;
        if (d == std::floor(d) && std::abs(d) < 1e15)
            j = static_cast<long long>(d);
        return j.dump();
    }
};

std::optional<std::array<bool, 7>> readDays(const json& v, const std::string& where, Checker& c)
{
    std::array<bool, 7> days{};
    if (!v.is_array() || v.empty()) {
        c.fail(TemplateProblem::WrongType, where, v.dump());
        return std::nullopt;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto it = v[i].is_string() ? std::find(kDays.begin(), kDays.end(), v[i].get<std::string>()) : kDays.end();
        if (it == kDays.end()) {
            c.fail(TemplateProblem::BadDay, where + "[" + std::to_string(i) + "]", v[i].dump());
            return std::nullopt;
        }
        days[static_cast<std::size_t>(it - kDays.begin())] = true;
    }
    return days;
}

std::optional<ShiftTemplate> readTemplate(const json& t, const std::string& path, Checker& c)
{
    if (!t.is_object()) {
        c.fail(TemplateProblem::WrongType, path, t.dump());
        return std::nullopt;
    }
    const std::size_t before = c.errors.size();
    ShiftTemplate s;
    if (t.contains("name") && t.at("name").is_string())
        s.name = t.at("name").get<std::string>();
    else if (t.contains("name"))
        c.fail(TemplateProblem::WrongType, path + ".name", t.at("name").dump());
    const auto earliest = c.clock(t, "start_earliest", path);
    const auto latest = c.clock(t, "start_latest", path);
    const auto step = c.number(t, "start_step_min", path, 5, 1440, 30.0);
    const auto paid = c.number(t, "paid_hours", path, 1, 16);
    const auto cost = c.number(t, "cost_per_hour", path, 0, 1e9, 1.0);
    const auto minAgents = c.number(t, "min_agents", path, 0, 1e6, 0.0);
    std::optional<double> maxAgents;
    if (t.contains("max_agents"))
        maxAgents = c.number(t, "max_agents", path, 0, 1e6);
    if (earliest)
        s.startEarliestMin = *earliest;
    if (latest)
        s.startLatestMin = *latest;
    if (earliest && latest && *latest < *earliest)
        c.fail(TemplateProblem::StartWindow, path + ".start_latest", t.at("start_latest").get<std::string>());
    if (step)
        s.startStepMin = static_cast<int>(std::lround(*step));
    if (paid)
        s.paidMinutes = static_cast<int>(std::lround(*paid * 60));
    if (cost)
        s.costPerHour = *cost;
    if (minAgents)
        s.minAgentsPerDay = static_cast<int>(std::lround(*minAgents));
    if (maxAgents) {
        s.maxAgentsPerDay = static_cast<int>(std::lround(*maxAgents));
        if (minAgents && *s.maxAgentsPerDay < s.minAgentsPerDay)
            c.fail(TemplateProblem::MinAboveMax, path + ".max_agents", Checker::format(*maxAgents));
    }
    if (t.contains("days")) {
        if (const auto days = readDays(t.at("days"), path + ".days", c))
            s.days = *days;
    }
    if (t.contains("breaks")) {
        const json& breaks = t.at("breaks");
        if (!breaks.is_array()) {
            c.fail(TemplateProblem::WrongType, path + ".breaks", breaks.dump());
        } else {
            for (std::size_t b = 0; b < breaks.size(); ++b) {
                const std::string where = path + ".breaks[" + std::to_string(b) + "]";
                const json& br = breaks[b];
                if (!br.is_object()) {
                    c.fail(TemplateProblem::WrongType, where, br.dump());
                    continue;
                }
                BreakRule rule;
                const auto minutes = c.number(br, "minutes", where, 5, 240);
                const auto from = c.number(br, "earliest_after_start_min", where, 0, 1440);
                const auto to = c.number(br, "latest_after_start_min", where, 0, 1440);
                if (br.contains("paid") && !br.at("paid").is_boolean())
                    c.fail(TemplateProblem::WrongType, where + ".paid", br.at("paid").dump());
                else if (br.contains("paid"))
                    rule.paid = br.at("paid").get<bool>();
                if (!minutes || !from || !to)
                    continue;
                rule.minutes = static_cast<int>(std::lround(*minutes));
                rule.earliestAfterStartMin = static_cast<int>(std::lround(*from));
                rule.latestAfterStartMin = static_cast<int>(std::lround(*to));
                if (rule.latestAfterStartMin < rule.earliestAfterStartMin)
                    c.fail(TemplateProblem::BreakWindow, where + ".latest_after_start_min", Checker::format(*to));
                s.breaks.push_back(rule);
            }
            // every break must end before the shift does
            for (std::size_t b = 0; b < s.breaks.size(); ++b)
                if (s.breaks[b].latestAfterStartMin + s.breaks[b].minutes > s.lengthMinutes())
                    c.fail(TemplateProblem::BreakWindow,
                           path + ".breaks[" + std::to_string(b) + "].latest_after_start_min",
                           std::to_string(s.breaks[b].latestAfterStartMin));
        }
    }
    if (c.errors.size() != before)
        return std::nullopt;
    return s;
}

} // namespace

int ShiftTemplate::lengthMinutes() const
{
    int length = paidMinutes;
    for (const BreakRule& b : breaks)
        if (!b.paid)
            length += b.minutes;
    return length;
}

bool ShiftSetup::isOpen(int weekday, int minuteOfDay) const
{
    const auto& hours = openingHours[static_cast<std::size_t>(weekday)];
    return hours && minuteOfDay >= hours->first && minuteOfDay < hours->second;
}

std::optional<int> parseClockMinutes(std::string_view text, bool allow24)
{
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    for (const int i : {0, 1, 3, 4})
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    const int h = (text[0] - '0') * 10 + (text[1] - '0'), m = (text[3] - '0') * 10 + (text[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && (m != 0 || !allow24)))
        return std::nullopt;
    return h * 60 + m;
}

ShiftSetupResult readShiftSetup(std::string_view text)
{
    ShiftSetupResult result;
    Checker c{result.errors};
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        const std::size_t at = std::min<std::size_t>(e.byte, text.size());
        const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at > 0 ? at - 1 : 0), '\n'));
        result.errors.push_back({TemplateProblem::NotJson, "", e.what(), line});
        return result;
    }
    if (!root.is_object()) {
        c.fail(TemplateProblem::WrongType, "(the file)", root.type_name());
        return result;
    }
    ShiftSetup setup;
    for (auto& day : setup.openingHours)
        day = std::pair{0, 1440};
    if (root.contains("opening_hours")) {
        const json& hours = root.at("opening_hours");
        // [open, close], or null for closed; false on a problem (reported)
        auto readPair = [&](const json& v, const std::string& where, std::optional<std::pair<int, int>>& out) {
            out.reset();
            if (v.is_null())
                return true;
            if (!v.is_array() || v.size() != 2 || !v[0].is_string() || !v[1].is_string()) {
                c.fail(TemplateProblem::WrongType, where, v.dump());
                return false;
            }
            const auto open = parseClockMinutes(v[0].get<std::string>());
            const auto close = parseClockMinutes(v[1].get<std::string>(), true);
            if (!open || !close) {
                c.fail(TemplateProblem::BadTime, where, v.dump());
                return false;
            }
            if (*close <= *open) {
                c.fail(TemplateProblem::OpeningWindow, where, v.dump());
                return false;
            }
            out = std::pair{*open, *close};
            return true;
        };
        std::optional<std::pair<int, int>> pair;
        if (hours.is_array()) { // the same hours every day
            if (readPair(hours, "opening_hours", pair))
                setup.openingHours.fill(pair);
        } else if (hours.is_object()) {
            for (const auto& [key, value] : hours.items()) {
                const auto it = std::find(kDays.begin(), kDays.end(), key);
                if (it == kDays.end()) {
                    c.fail(TemplateProblem::BadDay, "opening_hours." + key, key);
                    continue;
                }
                if (readPair(value, "opening_hours." + key, pair))
                    setup.openingHours[static_cast<std::size_t>(it - kDays.begin())] = pair;
            }
        } else {
            c.fail(TemplateProblem::WrongType, "opening_hours", hours.dump());
        }
    }
    if (root.contains("under_cover_penalty_per_agent_hour"))
        setup.underCoverPenaltyPerAgentHour = c.number(root, "under_cover_penalty_per_agent_hour", "", 0, 1e12);
    if (!root.contains("templates")) {
        c.fail(TemplateProblem::Missing, "templates");
    } else if (!root.at("templates").is_array()) {
        c.fail(TemplateProblem::WrongType, "templates", root.at("templates").dump());
    } else if (root.at("templates").empty()) {
        c.fail(TemplateProblem::NoTemplates, "templates");
    } else {
        const json& list = root.at("templates");
        for (std::size_t i = 0; i < list.size(); ++i)
            if (auto t = readTemplate(list[i], "templates[" + std::to_string(i) + "]", c))
                setup.templates.push_back(std::move(*t));
    }
    if (result.errors.empty())
        result.setup = std::move(setup);
    return result;
}

} // namespace staffplan
