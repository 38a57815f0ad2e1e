// libFuzzer harness for the shift templates file (JSON): any bytes must be refused with problems that say
// where, or read into templates that keep the file format's promises.  Built and run by scripts/fuzz.sh.

#include "core/shift_templates.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace staffplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ShiftSetupResult r = readShiftSetup(std::string_view(reinterpret_cast<const char*>(data), size));
    if (r.setup.has_value() == !r.errors.empty())
        std::abort(); // either templates or problems, never both or neither
    for (const TemplateError& e : r.errors)
        if (e.problem == TemplateProblem::NotJson ? e.line < 1 : e.path.empty())
            std::abort(); // a problem that does not say where
    if (!r.setup)
        return 0;
    if (r.setup->templates.empty())
        std::abort();
    for (const ShiftTemplate& t : r.setup->templates) {
        if (t.startLatestMin < t.startEarliestMin || t.startStepMin < 5 || t.paidMinutes < 60 ||
            t.paidMinutes > 16 * 60 || !(t.costPerHour >= 0) ||
            (t.maxAgentsPerDay && *t.maxAgentsPerDay < t.minAgentsPerDay))
            std::abort();
        for (const BreakRule& b : t.breaks)
            if (b.latestAfterStartMin < b.earliestAfterStartMin || b.latestAfterStartMin + b.minutes > t.lengthMinutes())
                std::abort(); // a break that would not fit in its shift
    }
    for (const auto& hours : r.setup->openingHours)
        if (hours && hours->second <= hours->first)
            std::abort();
    return 0;
}
