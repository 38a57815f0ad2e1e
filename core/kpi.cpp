#include "core/kpi.hpp"

#include <algorithm>
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
    const long long period = periodOf(c.arrival);
    // indices first: a new accumulator may move the others
    const auto accAllIndex = static_cast<std::uint32_t>(&accFor(period, kAll, kAll) - accs_.data());
    const auto accIndex = options_.perQueue
                              ? static_cast<std::uint32_t>(&accFor(period, c.queue, c.channel) - accs_.data())
                              : accAllIndex;
    Acc* targets[2] = {&accs_[accAllIndex], accIndex != accAllIndex ? &accs_[accIndex] : nullptr};
    const bool answered = c.outcome == CallOutcome::Answered;
    for (Acc* a : targets) {
        if (!a)
            continue;
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
    }
    if (c.customer >= 0) // one key per (customer, queue): the customer hash mixed with the queue
        contacts_.push_back({static_cast<std::uint64_t>(c.customer) * 0x9E3779B97F4A7C15ULL +
                                 static_cast<std::uint64_t>(c.queue),
                             c.arrival, accIndex, accAllIndex & 0x7FFFFFFFu, answered ? 1u : 0u});
}

std::vector<KpiRow> KpiAggregator::finish(const std::vector<std::string>& queues,
                                          const std::vector<std::string>& channels)
{
    // first-contact resolution: an answered call is resolved at first contact when the same customer does not
    // call the same queue again (answered or not) within the window
    // Only each key's calls need to be together, in time order.  LSD radix sort on the low 32 bits of the key
    // (two passes; the key is a multiplicative hash, so its low bits are as spread as the high ones), then each
    // run of equal low bits -- one customer's few calls, rarely two customers' -- by full key and time.
    {
        std::vector<Contact> scratch(contacts_.size());
        std::vector<std::uint32_t> count(65537);
        for (int shift = 0; shift < 32; shift += 16) {
            std::fill(count.begin(), count.end(), 0);
            for (const Contact& k : contacts_)
                ++count[((k.key >> shift) & 0xFFFF) + 1];
            for (std::size_t i = 1; i < count.size(); ++i)
                count[i] += count[i - 1];
            for (const Contact& k : contacts_)
                scratch[count[(k.key >> shift) & 0xFFFF]++] = k;
            contacts_.swap(scratch);
        }
        const auto low = [](const Contact& k) { return static_cast<std::uint32_t>(k.key); };
        for (std::size_t begin = 0; begin < contacts_.size();) {
            std::size_t end = begin + 1;
            while (end < contacts_.size() && low(contacts_[end]) == low(contacts_[begin]))
                ++end;
            if (end - begin > 1)
                std::sort(contacts_.begin() + static_cast<long>(begin),
                          contacts_.begin() + static_cast<long>(end), [](const Contact& a, const Contact& b) {
                              return a.key != b.key ? a.key < b.key : a.arrival < b.arrival;
                          });
            begin = end;
        }
    }
    const double window = options_.fcrWindowDays * 86400.0;
    for (std::size_t i = 0; i < contacts_.size(); ++i) {
        const Contact& k = contacts_[i];
        if (!k.answered)
            continue; // an abandoned call counts only as a repeat of an earlier one
        const bool repeated = i + 1 < contacts_.size() && contacts_[i + 1].key == k.key &&
                              contacts_[i + 1].arrival - k.arrival <= window;
        for (const std::uint32_t index : {k.acc, static_cast<std::uint32_t>(k.accAll)}) {
            ++accs_[index].fcrEligible;
            accs_[index].fcrResolved += repeated ? 0 : 1;
            if (k.acc == k.accAll)
                break;
        }
    }

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
