// A big call log imported into a project (what the app's import wizard does, on its worker thread): the time,
// the peak memory, and how long Cancel takes to leave the project as it was.  For BENCHMARKS.md (issue 8):
//   bench_big_import LOG [CANCEL_AFTER_SEC]
// Without CANCEL_AFTER_SEC the whole log is imported; with it the progress callback asks to stop after that many
// seconds and the time from the request until importLog() returns (rolled back) is printed.

#include "core/project_db.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sys/resource.h>

using namespace staffplan;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_big_import LOG [CANCEL_AFTER_SEC]\n");
        return 2;
    }
    const std::string log = argv[1];
    const double cancelAfter = argc > 2 ? std::atof(argv[2]) : -1;
    const std::string project = (std::filesystem::temp_directory_path() / "bench_big_import.staffplan").string();
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(project + suffix);
    DbError error;
    auto db = ProjectDb::open(project, error);
    if (!db) {
        std::fprintf(stderr, "cannot open %s\n", project.c_str());
        return 1;
    }
    const auto start = Clock::now();
    Clock::time_point asked{};
    std::size_t bytesAtCancel = 0;
    OpenError openError;
    const auto outcome = db->importLog(log, ReadOptions{}, openError, error, [&](std::size_t bytes) {
        if (cancelAfter < 0)
            return true;
        if (asked == Clock::time_point{} &&
            std::chrono::duration<double>(Clock::now() - start).count() >= cancelAfter) {
            asked = Clock::now();
            bytesAtCancel = bytes;
        }
        return asked == Clock::time_point{};
    });
    const auto end = Clock::now();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double total = std::chrono::duration<double>(end - start).count();
    if (cancelAfter >= 0) {
        DbError e;
        std::printf("cancel asked after %.2f s at %.0f MB read; importLog returned %.3f s later (%s); batches now %zu; "
                    "peak %ld MB\n",
                    std::chrono::duration<double>(asked - start).count(), bytesAtCancel / 1e6,
                    std::chrono::duration<double>(end - asked).count(),
                    !outcome && error.problem == DbProblem::Cancelled ? "cancelled" : "NOT cancelled",
                    db->batches(e).size(), usage.ru_maxrss / 1024);
    } else if (outcome && outcome->batch) {
        std::printf("imported %lld calls (%lld rows) in %.1f s; peak %ld MB\n",
                    static_cast<long long>(outcome->batch->accepted), static_cast<long long>(outcome->batch->read),
                    total, usage.ru_maxrss / 1024);
    } else {
        std::printf("refused after %.1f s; peak %ld MB\n", total, usage.ru_maxrss / 1024);
    }
    return 0;
}
