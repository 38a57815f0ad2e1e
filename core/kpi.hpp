#pragma once
// Call-center KPIs from call records, per period (interval, hour of day, day, week, month, total), per queue
// and channel, plus an "all queues" row per period (queue and channel "*"). Definitions (rates as fractions;
// the CLI and GUI show percent):
//   offered = answered + abandoned; abandon_rate = abandoned / offered;
//   short abandons: abandoned within short_abandon_sec; abandon_rate_ex_short = (abandoned - short)/(offered
//   - short) service_level = answered within T / offered; sl_answered = ... / answered; sl_ex_short = ... /
//   (offered - short) ASA = mean wait of answered calls; mean time to abandon; longest wait (any call) AHT =
//   talk + hold + after-call work, per answered call (each part reported too) first-contact resolution: share
//   of answered calls from identified customers with no further call of that
//     customer to the same queue within fcr_window_days
//   patience (exponential MLE): abandons / total time in queue of every queued call (answered ones are
//   censored)

#include "core/call_log.hpp"
#include "core/patience.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace staffplan {

enum class Period { Interval, Hour, Day, Week, Month, Total };
std::optional<Period>
periodFromName(std::string_view name); ///< "interval", "hour", "day", "week", "month", "total"

struct KpiOptions
{
    Period by = Period::Interval;
    int intervalMin = 30;     ///< 15, 30 or 60
    double thresholdSec = 20; ///< T of the service level
    double shortAbandonSec = 5;
    double fcrWindowDays = 7;
    std::optional<double> agentCostPerHour; ///< for cost per contact
    bool perQueue = true;                   ///< rows per queue and channel besides the "*" rows
};

struct KpiRow
{
    std::string periodStart; ///< "2026-03-02T08:30:00", "2026-03-02" (day, week from Monday), "2026-03",
                             ///< "08:00", "total"
    std::string queue, channel;
    long offered = 0, answered = 0, abandoned = 0, shortAbandoned = 0, answeredWithinT = 0;
    double abandonRate = 0, abandonRateExShort = 0;
    double serviceLevel = 0, slAnswered = 0, slExShort = 0;
    std::optional<double> asaSec, meanTimeToAbandonSec, maxWaitSec;
    std::optional<double> ahtSec, talkSec, holdSec, acwSec;
    std::optional<double> fcr, transferRate, csat, costPerContact;
    std::optional<double> patienceMleSec;
    long patienceAbandons = 0;
    double queueTimeSec = 0; ///< total time in queue (the MLE's exposure)
    int agentsSeen = 0;
};

/// Aggregates a stream of calls.  `queues`, `channels`: the reader's name tables.
class KpiAggregator
{
  public:
    explicit KpiAggregator(KpiOptions options);
    ~KpiAggregator();
    void add(const CallRecord& call);
    std::vector<KpiRow> finish(const std::vector<std::string>& queues,
                               const std::vector<std::string>& channels);

  private:
    struct Acc;
    struct Key;
    long long periodOf(double arrival) const;
    Acc& accFor(long long period, int queue, int channel);

    KpiOptions options_;
    std::vector<Acc> accs_;
    std::vector<long long> accPeriod_;
    std::vector<int> accQueue_, accChannel_;
    std::unordered_map<std::uint64_t, std::uint32_t> index_; ///< (period, queue, channel) -> accs_ index
    struct Contact                                           // 24 bytes: a million of them are kept
    {
        std::uint64_t key; ///< customer and queue together (see add())
        double arrival;
        std::uint32_t acc : 31, answered : 1;
    };
    void resolveFirstContacts();
    void addAllQueueRows();
    long long memoPeriod_ = -1;           ///< the period memoIndex_ holds indices for
    std::vector<std::int64_t> memoIndex_; ///< (queue, channel) -> accs_ index + 1 in memoPeriod_
    /// Calls of identified customers, for first-contact resolution, kept by the top bits of their key in
    /// kBuckets buckets, each a chain of chunks of kChunk calls (taken from slabs of kSlab chunks): millions
    /// are added without the copies, page faults and unmapping of a growing buffer, and finish() reads one
    /// bucket at a time (4,000 calls of a million: in the cache).  256 buckets, not more: the 256 chunks
    /// being filled stay in the L1 cache (with 4,096 the stores missed it: add() took half again as long).
    static constexpr int kBucketBits = 8;
    static constexpr std::size_t kBuckets = std::size_t{1} << kBucketBits, kChunk = 64, kSlab = 1024;
    static constexpr std::uint32_t kNoChunk = ~0u;
    using Chunk = std::array<Contact, kChunk>;
    std::vector<std::unique_ptr<Chunk[]>> slabs_;
    std::size_t chunksUsed_ = 0;
    std::vector<std::uint32_t> previousChunk_; ///< per chunk: the bucket's chunk before it, or kNoChunk
    std::vector<std::uint32_t> bucketChunk_; ///< per bucket: its latest chunk, or kNoChunk (empty: no calls)
    std::vector<std::uint32_t> bucketFill_;  ///< per bucket: calls in its latest chunk
};

/// Callers' patience (exponential MLE, answered calls censored) from the calls that arrived in [fromSec,
/// toSec), of one queue or all.
PatienceEstimate patienceOfCalls(const std::vector<CallRecord>& calls, double fromSec, double toSec,
                                 std::optional<int> queue = std::nullopt);

} // namespace staffplan
