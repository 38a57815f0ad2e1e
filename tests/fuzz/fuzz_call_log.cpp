// libFuzzer harness for the call-log reader: any bytes, as a file of either preset, must be read without a
// crash, a hang or undefined behaviour, and every row must be accounted for (read = accepted + rejected +
// excluded). Build and run (clang's libFuzzer, Debian's clang-14 and libclang-rt-14-dev):
//   clang++-14 -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -I. tests/fuzz/fuzz_call_log.cpp \
//       core/call_log.cpp core/csv_reader.cpp core/text_decoding.cpp core/timestamps.cpp -luchardet -o
//       /tmp/fuzz_call_log
//   /tmp/fuzz_call_log -max_total_time=60 tests/fuzz/corpus_call_log

#include "core/call_log.hpp"

#include <cstdint>
#include <cstdlib>
#include <sstream>

using namespace staffplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    for (const Preset preset : {Preset::Generic, Preset::Bank}) {
        ReadOptions options;
        options.preset = preset;
        OpenError error;
        auto reader = CallLogReader::open(std::make_unique<std::istringstream>(bytes), options, error);
        if (!reader)
            continue;
        CallRecord call;
        long accepted = 0;
        while (reader->next(call)) {
            ++accepted;
            if (!(call.waitSec >= 0) || !(call.talkSec >= 0))
                std::abort(); // a negative or NaN duration got through
        }
        const ImportSummary& s = reader->summary();
        if (s.accepted != accepted || s.read != s.accepted + s.rejected + s.excludedTotal())
            std::abort(); // a row disappeared unexplained
    }
    return 0;
}
