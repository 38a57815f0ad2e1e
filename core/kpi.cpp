#include "core/kpi.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace staffplan {

struct KpiAggregator::Acc
{
    long offered = 0, answered = 0, abandoned = 0, shortAbandoned = 0, answeredWithinT = 0;
    double waitAnswered = 0, waitAbandoned = 0, maxWait = 0, queueTime = 0;
    double talk = 0, hold = 0, acw = 0;
    long transferKnown = 0, transferred = 0, csatCount = 0, fcrEligible = 0, fcrResolved = 0;
    double csatSum = 0;
    std::vector<std::uint64_t> agentBits; ///< agents seen, one bit each (ids below kBitsetAgents)
    std::vector<int> agents;              ///< agents seen with larger ids (sorted and counted at the end)
};

namespace {
constexpr int kAll = -1;
constexpr int kBitsetAgents = 4096; // agent ids below this are kept as bits: no sort, no duplicates

std::uint64_t packKey(long long period, int queue, int channel)
{
    return (static_cast<std::uint64_t>(period + (1LL << 39)) << 24) ^
           (static_cast<std::uint64_t>(queue & 0xFFFF) << 8) ^ static_cast<std::uint64_t>(channel & 0xFF);
}

std::string periodLabel(Period by, long long p, int intervalMin)
{
    char buf[32];
    switch (by) {
    case Period::Interval:
        return formatTimestamp(static_cast<double>(p) * intervalMin * 60.0);
    case Period::Hour:
        std::snprintf(buf, sizeof buf, "%02lld:00", p);
        return buf;
    case Period::Day:
    case Period::Week:
        return formatTimestamp(static_cast<double>(p) * 86400.0).substr(0, 10);
    case Period::Month:
        std::snprintf(buf, sizeof buf, "%04lld-%02lld", p / 12, p % 12 + 1);
        return buf;
    case Period::Total:
        return "total";
    }
    return {};
}

std::optional<double> ratio(double num, double den)
{
    if (den <= 0)
        return std::nullopt;
    return num / den;
}
} // namespace

std::optional<Period> periodFromName(std::string_view n)
{
    if (n == "interval")
        return Period::Interval;
    if (n == "hour")
        return Period::Hour;
    if (n == "day")
        return Period::Day;
    if (n == "week")
        return Period::Week;
    if (n == "month")
        return Period::Month;
    if (n == "total")
        return Period::Total;
    return std::nullopt;
}

KpiAggregator::KpiAggregator(KpiOptions options) : options_(options) {}
KpiAggregator::~KpiAggregator() = default;

long long KpiAggregator::periodOf(double arrival) const
{
    const auto day = static_cast<long long>(std::floor(arrival / 86400.0));
    switch (options_.by) {
    case Period::Interval:
        return static_cast<long long>(std::floor(arrival / (options_.intervalMin * 60.0)));
    case Period::Hour:
        return static_cast<long long>(std::floor((arrival - static_cast<double>(day) * 86400.0) / 3600.0));
    case Period::Day:
        return day;
    case Period::Week:
        return day - ((day + 3) % 7 + 7) % 7; // Monday on or before (1970-01-01 was a Thursday)
    case Period::Month: {
        using namespace std::chrono;
        const year_month_day ymd{sys_days{std::chrono::days{day}}};
        return static_cast<long long>(static_cast<int>(ymd.year())) * 12 +
               static_cast<unsigned>(ymd.month()) - 1;
    }
    case Period::Total:
        return 0;
    }
    return 0;
}

KpiAggregator::Acc& KpiAggregator::accFor(long long period, int queue, int channel)
{
    // Calls come mostly in time order: a small table per current period saves the hash lookup.
    const auto slot = static_cast<std::size_t>(queue + 1) * 64 + static_cast<std::size_t>(channel + 1);
    const bool memoable = queue < 1023 && channel < 63;
    if (memoable && period == memoPeriod_ && slot < memoIndex_.size() && memoIndex_[slot] > 0)
        return accs_[static_cast<std::size_t>(memoIndex_[slot] - 1)];
    if (memoable && period != memoPeriod_) {
        memoPeriod_ = period;
        std::fill(memoIndex_.begin(), memoIndex_.end(), 0);
    }
    const auto [it, inserted] =
        index_.try_emplace(packKey(period, queue, channel), static_cast<std::uint32_t>(accs_.size()));
    if (inserted) {
        accs_.emplace_back();
        accPeriod_.push_back(period);
        accQueue_.push_back(queue);
        accChannel_.push_back(channel);
    }
    if (memoable) {
        if (slot >= memoIndex_.size())
            memoIndex_.resize(slot + 1, 0);
        memoIndex_[slot] = static_cast<std::int64_t>(it->second) + 1;
    }
    return accs_[it->second];
}

void KpiAggregator::add(const CallRecord& c)
{
    // One accumulator a call: its queue and channel's (the "*" rows are their sums, made in finish()), or
    // the "*" one when rows per queue are not wanted.
    const long long period = periodOf(c.arrival);
    const auto accIndex = static_cast<std::uint32_t>(
        &(options_.perQueue ? accFor(period, c.queue, c.channel) : accFor(period, kAll, kAll)) -
        accs_.data());
    Acc* a = &accs_[accIndex];
    const bool answered = c.outcome == CallOutcome::Answered;
    ++a->offered;
    a->queueTime += c.waitSec;
    a->maxWait = std::max(a->maxWait, c.waitSec);
    if (answered) {
        ++a->answered;
        a->waitAnswered += c.waitSec;
        if (c.waitSec <= options_.thresholdSec)
            ++a->answeredWithinT;
        a->talk += c.talkSec;
        a->hold += c.holdSec;
        a->acw += c.acwSec;
        if (c.agent >= 0 && c.agent < kBitsetAgents) {
            const auto word = static_cast<std::size_t>(c.agent) / 64;
            if (a->agentBits.size() <= word)
                a->agentBits.resize(word + 1, 0);
            a->agentBits[word] |= std::uint64_t{1} << (c.agent % 64);
        } else if (c.agent >= 0) {
            a->agents.push_back(c.agent);
        }
    } else {
        ++a->abandoned;
        a->waitAbandoned += c.waitSec;
        if (c.waitSec <= options_.shortAbandonSec)
            ++a->shortAbandoned;
    }
    if (c.transferred >= 0) {
        ++a->transferKnown;
        a->transferred += c.transferred;
    }
    if (c.csat >= 0) {
        ++a->csatCount;
        a->csatSum += c.csat;
    }
    if (c.customer >= 0) { // one key per (customer, queue): the customer hash mixed with the queue
        const std::uint64_t key = static_cast<std::uint64_t>(c.customer) * 0x9E3779B97F4A7C15ULL +
                                  static_cast<std::uint64_t>(c.queue);
        if (bucketChunk_.empty()) {
            bucketChunk_.assign(kBuckets, kNoChunk);
            bucketFill_.assign(kBuckets, 0);
        }
        const auto bucket = static_cast<std::size_t>(key >> (64 - kBucketBits));
        if (bucketChunk_[bucket] == kNoChunk || bucketFill_[bucket] == kChunk) {
            if (chunksUsed_ == slabs_.size() * kSlab)
                slabs_.push_back(std::make_unique_for_overwrite<Chunk[]>(kSlab));
            previousChunk_.push_back(bucketChunk_[bucket]);
            bucketChunk_[bucket] = static_cast<std::uint32_t>(chunksUsed_++);
            bucketFill_[bucket] = 0;
        }
        const std::uint32_t chunk = bucketChunk_[bucket];
        slabs_[chunk / kSlab][chunk % kSlab][bucketFill_[bucket]++] = {key, c.arrival, accIndex & 0x7FFFFFFFu,
                                                                       answered ? 1u : 0u};
    }
}

void KpiAggregator::resolveFirstContacts()
{
    // An answered call is resolved at first contact when the same customer does not call the same queue
    // again (answered or not) within the window: for each key, the next call after it in time.  The calls
    // of a key are all in one bucket (see add()), which is read at a time.
    if (bucketChunk_.empty())
        return;
    // counted in a compact table first (8 bytes an accumulator, in the cache; the accumulators themselves
    // are 200 bytes each, and the calls come in no order of theirs)
    const double window = options_.fcrWindowDays * 86400.0;
    std::vector<std::array<std::uint32_t, 2>> fcr(accs_.size(), {0, 0}); // eligible, resolved
    auto count = [&](const Contact& k, bool repeated) {
        if (!k.answered)
            return; // an abandoned call counts only as a repeat of an earlier one
        fcr[k.acc][0] += 1;
        fcr[k.acc][1] += repeated ? 0 : 1;
    };
    // Per bucket: each key's calls made a group (a small hash table numbers the keys; a counting sort by that
    // number keeps each group in the order its calls came), each group put in time order (an insertion sort
    // for a few calls, usually in order already), then each call is compared with the one after it.
    std::vector<std::uint32_t> slotGroup, groupOf, groupBegin, next, chain;
    std::vector<std::uint64_t> groupKey;
    std::vector<Contact> bucketCalls, grouped;
    for (std::size_t b = 0; b < kBuckets; ++b) {
        // the bucket's calls in the order they came: its chunks from the first
        chain.clear();
        for (std::uint32_t k = bucketChunk_[b]; k != kNoChunk; k = previousChunk_[k])
            chain.push_back(k);
        bucketCalls.clear();
        for (auto k = chain.rbegin(); k != chain.rend(); ++k) {
            const Chunk& chunk = slabs_[*k / kSlab][*k % kSlab];
            bucketCalls.insert(bucketCalls.end(), chunk.begin(),
                               chunk.begin() +
                                   static_cast<long>(*k == bucketChunk_[b] ? bucketFill_[b] : kChunk));
        }
        const Contact* calls = bucketCalls.data();
        const std::size_t size = bucketCalls.size();
        std::size_t slots = 16;
        while (slots < 2 * size)
            slots *= 2;
        slotGroup.assign(slots, 0); // group number + 1 of the key in a slot; 0 free
        groupOf.resize(size);
        groupBegin.assign(1, 0);
        groupKey.clear();
        for (std::size_t i = 0; i < size; ++i) {
            const std::uint64_t key = calls[i].key;
            std::size_t s = static_cast<std::size_t>((key * 0xFF51AFD7ED558CCDULL) >> 40) & (slots - 1);
            while (slotGroup[s] != 0 && groupKey[slotGroup[s] - 1] != key)
                s = (s + 1) & (slots - 1);
            if (slotGroup[s] == 0) {
                groupKey.push_back(key);
                groupBegin.push_back(0);
                slotGroup[s] = static_cast<std::uint32_t>(groupKey.size());
            }
            groupOf[i] = slotGroup[s] - 1;
            ++groupBegin[slotGroup[s]];
        }
        for (std::size_t g = 1; g < groupBegin.size(); ++g)
            groupBegin[g] += groupBegin[g - 1];
        grouped.resize(size);
        next.assign(groupBegin.begin(), groupBegin.end() - 1);
        for (std::size_t i = 0; i < size; ++i)
            grouped[next[groupOf[i]]++] = calls[i];
        for (std::size_t g = 0; g + 1 < groupBegin.size(); ++g) {
            Contact* first = grouped.data() + groupBegin[g];
            Contact* last = grouped.data() + groupBegin[g + 1];
            // stable: equal times keep the order they came in
            if (last - first > 32) // one caller's many calls (an id like "anonymous")
                std::stable_sort(first, last,
                                 [](const Contact& x, const Contact& y) { return x.arrival < y.arrival; });
            else
                for (Contact* c = first + 1; c < last; ++c)
                    for (Contact* d = c; d > first && d->arrival < (d - 1)->arrival; --d)
                        std::swap(*d, *(d - 1));
            for (const Contact* c = first; c < last; ++c)
                count(*c, c + 1 < last && (c + 1)->arrival - c->arrival <= window);
        }
    }
    for (std::size_t a = 0; a < accs_.size(); ++a) {
        accs_[a].fcrEligible += fcr[a][0];
        accs_[a].fcrResolved += fcr[a][1];
    }
    slabs_.clear();
    chunksUsed_ = 0;
    previousChunk_.clear();
    bucketChunk_.clear();
    bucketFill_.clear();
}

void KpiAggregator::addAllQueueRows()
{
    // each period's "*" accumulator: the sum of its queues' (counts, sums, the longest wait, the agents seen)
    const std::size_t queueAccs = accs_.size();
    for (std::size_t i = 0; i < queueAccs; ++i) {
        const auto all = static_cast<std::size_t>(&accFor(accPeriod_[i], kAll, kAll) - accs_.data());
        Acc& to = accs_[all];
        const Acc& from = accs_[i];
        to.offered += from.offered;
        to.answered += from.answered;
        to.abandoned += from.abandoned;
        to.shortAbandoned += from.shortAbandoned;
        to.answeredWithinT += from.answeredWithinT;
        to.waitAnswered += from.waitAnswered;
        to.waitAbandoned += from.waitAbandoned;
        to.maxWait = std::max(to.maxWait, from.maxWait);
        to.queueTime += from.queueTime;
        to.talk += from.talk;
        to.hold += from.hold;
        to.acw += from.acw;
        to.transferKnown += from.transferKnown;
        to.transferred += from.transferred;
        to.csatCount += from.csatCount;
        to.csatSum += from.csatSum;
        to.fcrEligible += from.fcrEligible;
        to.fcrResolved += from.fcrResolved;
        if (to.agentBits.size() < from.agentBits.size())
            to.agentBits.resize(from.agentBits.size(), 0);
        for (std::size_t w = 0; w < from.agentBits.size(); ++w)
            to.agentBits[w] |= from.agentBits[w];
        to.agents.insert(to.agents.end(), from.agents.begin(), from.agents.end());
    }
}

std::vector<KpiRow> KpiAggregator::finish(const std::vector<std::string>& queues,
                                          const std::vector<std::string>& channels)
{
    resolveFirstContacts();
    if (options_.perQueue)
        addAllQueueRows();

    std::vector<std::size_t> order(accs_.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    static const std::string all = "*";
    auto queueName = [&](int q) -> const std::string& { return q == kAll ? all : queues.at(q); };
    auto channelName = [&](int c) -> const std::string& { return c == kAll ? all : channels.at(c); };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (accPeriod_[a] != accPeriod_[b])
            return accPeriod_[a] < accPeriod_[b];
        if ((accQueue_[a] == kAll) != (accQueue_[b] == kAll))
            return accQueue_[a] == kAll;
        const std::string &qa = queueName(accQueue_[a]), &qb = queueName(accQueue_[b]);
        return qa != qb ? qa < qb : channelName(accChannel_[a]) < channelName(accChannel_[b]);
    });

    std::vector<KpiRow> rows;
    rows.reserve(order.size());
    for (const std::size_t i : order) {
        Acc& a = accs_[i];
        KpiRow r;
        r.periodStart = periodLabel(options_.by, accPeriod_[i], options_.intervalMin);
        r.queue = queueName(accQueue_[i]);
        r.channel = channelName(accChannel_[i]);
        r.offered = a.offered;
        r.answered = a.answered;
        r.abandoned = a.abandoned;
        r.shortAbandoned = a.shortAbandoned;
        r.answeredWithinT = a.answeredWithinT;
        const double offered = static_cast<double>(a.offered),
                     exShort = offered - static_cast<double>(a.shortAbandoned);
        r.abandonRate = ratio(static_cast<double>(a.abandoned), offered).value_or(0);
        r.abandonRateExShort =
            ratio(static_cast<double>(a.abandoned - a.shortAbandoned), exShort).value_or(0);
        r.serviceLevel = ratio(static_cast<double>(a.answeredWithinT), offered).value_or(0);
        r.slAnswered =
            ratio(static_cast<double>(a.answeredWithinT), static_cast<double>(a.answered)).value_or(0);
        r.slExShort = ratio(static_cast<double>(a.answeredWithinT), exShort).value_or(0);
        const double answered = static_cast<double>(a.answered);
        r.asaSec = ratio(a.waitAnswered, answered);
        r.meanTimeToAbandonSec = ratio(a.waitAbandoned, static_cast<double>(a.abandoned));
        r.maxWaitSec = a.offered > 0 ? std::optional<double>(a.maxWait) : std::nullopt;
        r.talkSec = ratio(a.talk, answered);
        r.holdSec = ratio(a.hold, answered);
        r.acwSec = ratio(a.acw, answered);
        r.ahtSec = ratio(a.talk + a.hold + a.acw, answered);
        r.fcr = ratio(static_cast<double>(a.fcrResolved), static_cast<double>(a.fcrEligible));
        r.transferRate = ratio(static_cast<double>(a.transferred), static_cast<double>(a.transferKnown));
        r.csat = ratio(a.csatSum, static_cast<double>(a.csatCount));
        if (options_.agentCostPerHour && r.ahtSec)
            r.costPerContact = *options_.agentCostPerHour * *r.ahtSec / 3600.0;
        r.queueTimeSec = a.queueTime;
        r.patienceAbandons = a.abandoned;
        r.patienceMleSec = ratio(a.queueTime, static_cast<double>(a.abandoned));
        std::sort(a.agents.begin(), a.agents.end());
        r.agentsSeen = static_cast<int>(std::unique(a.agents.begin(), a.agents.end()) - a.agents.begin());
        for (const std::uint64_t word : a.agentBits)
            r.agentsSeen += std::popcount(word);
        rows.push_back(std::move(r));
    }
    index_.clear();
    return rows;
}

PatienceEstimate patienceOfCalls(const std::vector<CallRecord>& calls, double fromSec, double toSec,
                                 std::optional<int> queue)
{
    KpiOptions options;
    options.by = Period::Total;
    options.perQueue = false; // the calls are selected already: the one "*" row is their total
    KpiAggregator total(options);
    for (const CallRecord& c : calls)
        if (c.arrival >= fromSec && c.arrival < toSec && (!queue || c.queue == *queue))
            total.add(c);
    PatienceEstimate estimate = exponentialPatience(0, 0);
    for (const KpiRow& r : total.finish({}, {}))
        estimate = exponentialPatience(r.patienceAbandons, r.queueTimeSec);
    return estimate;
}

} // namespace staffplan
