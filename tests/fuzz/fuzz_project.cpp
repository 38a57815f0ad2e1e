// libFuzzer harness for the project file (*.staffplan, SQLite): any bytes either open as a project or are refused
// with a reason, and an opened project's batches, calls and forecasts read back as the app uses them: each
// call's queue and channel name one that exists, its times and durations finite and not negative, and every
// read either succeeds or says why.  Built and run by scripts/fuzz.sh (seeds: small projects of each schema).

#include "core/project_db.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace staffplan;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = [] {
        std::atexit([] { // the project and its SQLite companions leave no trace in /tmp
            const std::string p = "/tmp/fuzz_project_" + std::to_string(getpid()) + ".staffplan";
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                std::remove((p + suffix).c_str());
            for (int v = 1; v < ProjectDb::kSchemaVersion; ++v)
                std::remove(ProjectDb::backupPath(p, v).c_str());
        });
        return "/tmp/fuzz_project_" + std::to_string(getpid()) + ".staffplan";
    }();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    for (int v = 1; v < ProjectDb::kSchemaVersion; ++v)
        std::remove(ProjectDb::backupPath(path, v).c_str());
    DbError error;
    error.problem = DbProblem::Cancelled; // open() must say why it refuses: CannotOpen, NewerSchema, NotAProject, Sql
    auto db = ProjectDb::open(path, error);
    if (!db) {
        check(error.problem != DbProblem::Cancelled);
        return 0;
    }
    check(db->schemaVersion() == ProjectDb::kSchemaVersion);
    DbError e;
    for (const BatchInfo& b : db->batches(e))
        check(b.read >= 0 && b.accepted >= 0 && b.rejected >= 0 && b.excluded >= 0);
    const auto queues = db->queueNames(), channels = db->channelNames();
    DbError callError;
    db->forEachCall(
        [&](const CallRecord& c) {
            check(c.queue >= 0 && static_cast<std::size_t>(c.queue) < queues.size());
            check(c.channel >= 0 && static_cast<std::size_t>(c.channel) < channels.size());
            check(std::isfinite(c.arrival) && std::isfinite(c.waitSec) && c.waitSec >= 0);
            check(std::isfinite(c.talkSec) && c.talkSec >= 0 && std::isfinite(c.holdSec) && c.holdSec >= 0);
            check(std::isfinite(c.acwSec) && c.acwSec >= 0);
        },
        callError);
    DbError fe;
    for (const StoredForecast& f : db->forecasts(fe)) {
        DbError one;
        if (auto full = db->forecast(f.name, one))
            for (const StoredForecast::Row& r : full->rows)
                check(std::isfinite(r.start) && std::isfinite(r.calls) && r.calls >= 0 && std::isfinite(r.ahtSec));
    }
    return 0;
}
