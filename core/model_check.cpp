#include "core/model_check.hpp"

#include <cmath>

namespace staffplan {

std::optional<ModelCheck> checkModels(const std::vector<KpiRow>& rows, double intervalSec,
                                      double thresholdSec)
{
    double queueTime = 0, abandons = 0;
    for (const auto& r : rows) {
        queueTime += r.queueTimeSec;
        abandons += static_cast<double>(r.abandoned);
    }
    ModelCheck check;
    check.patienceSec =
        abandons > 0 ? queueTime / abandons : 1e9; // nobody abandoned: (almost) infinite patience
    for (const Model model : {Model::ErlangC, Model::ErlangA}) {
        ModelError e;
        e.model = model;
        double weight = 0;
        for (const auto& r : rows) {
            if (r.offered == 0 || r.agentsSeen == 0 || !r.ahtSec || *r.ahtSec <= 0)
                continue;
            QueueInput in;
            in.calls = static_cast<double>(r.offered);
            in.intervalSec = intervalSec;
            in.ahtSec = *r.ahtSec;
            in.patienceSec = std::min(check.patienceSec, 1e9);
            in.agents = r.agentsSeen;
            in.thresholdSec = thresholdSec;
            const auto m = evaluateQueue(model, in);
            if (!m)
                continue;
            const double w = static_cast<double>(r.offered);
            e.slMae += w * std::abs(m->slOffered - r.serviceLevel);
            e.slBias += w * (m->slOffered - r.serviceLevel);
            e.abandonMae += w * std::abs(m->pAbandon - r.abandonRate);
            e.abandonBias += w * (m->pAbandon - r.abandonRate);
            weight += w;
            ++e.intervals;
        }
        if (weight == 0)
            return std::nullopt;
        e.slMae /= weight;
        e.slBias /= weight;
        e.abandonMae /= weight;
        e.abandonBias /= weight;
        check.models.push_back(e);
    }
    return check;
}

} // namespace staffplan
