// libFuzzer harness for the special-days file: any bytes give days and bad lines, each line at most once,
// factors that are numbers, and nothing else.  Built and run by scripts/fuzz.sh.

#include "core/special_days.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <sstream>

using namespace staffplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    const SpecialDays days = readSpecialDays(in);
    for (const SpecialDay& d : days.days)
        if (d.factor && !std::isfinite(*d.factor))
            std::abort(); // a factor that is not a number reached the forecast
    std::set<int> lines;
    for (const SpecialDayError& e : days.errors)
        if (e.line < 1 || !lines.insert(e.line).second)
            std::abort(); // each bad line reported once, with its number
    return 0;
}
