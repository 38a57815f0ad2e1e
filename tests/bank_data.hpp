#pragma once
// The real Anonymous Bank logs (../shared/data/anonymous-bank-1999), read with the bank preset, for the tests
// and benchmarks that use them.  August, November and December are not in the data.

#include "core/call_log.hpp"

#include <fstream>
#include <string>
#include <vector>

namespace staffplan::testdata {

/// Every accepted call of the nine months in `dir` (ending in '/'); empty if a month cannot be read.
inline std::vector<CallRecord> bankCalls(const std::string& dir)
{
    std::vector<CallRecord> calls;
    for (const char* month : {"01_January", "02_February", "03_March", "04_April", "05_May", "06_June",
                              "07_July", "09_September", "10_October"}) {
        ReadOptions o;
        o.preset = Preset::Bank;
        OpenError e;
        auto r = CallLogReader::open(std::make_unique<std::ifstream>(dir + month + ".txt", std::ios::binary),
                                     o, e);
        if (!r)
            return {};
        CallRecord c;
        while (r->next(c))
            calls.push_back(c);
    }
    return calls;
}

} // namespace staffplan::testdata
