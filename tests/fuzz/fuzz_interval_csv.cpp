// libFuzzer harness for the interval CSV (staff --intervals, shifts --requirements): any bytes give rows and
// bad lines; every row kept has a valid start and non-negative, finite numbers.  Built and run by
// scripts/fuzz.sh.

#include "core/interval_csv.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <sstream>

using namespace staffplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    const IntervalFile file = readIntervalCsv(in);
    for (const IntervalRow& r : file.rows) {
        if (!isIsoDateTime(r.start) || !(r.calls >= 0) || !std::isfinite(r.calls) || !(r.ahtSec > 0) ||
            !std::isfinite(r.ahtSec))
            std::abort();
        if (r.patienceSec && !(*r.patienceSec > 0 && std::isfinite(*r.patienceSec)))
            std::abort();
        if (r.requiredAgents && !(*r.requiredAgents >= 0 && std::isfinite(*r.requiredAgents)))
            std::abort();
    }
    if (file.dataLines > 0 && static_cast<int>(file.rows.size()) > file.dataLines)
        std::abort();
    return 0;
}
