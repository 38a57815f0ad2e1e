#pragma once
// How well the queueing models describe a centre: for each past interval, Erlang C and Erlang A are evaluated
// with the calls, AHT and the agents seen serving in that interval (and callers' patience estimated from the
// same period), and their predicted service level and abandonment are compared with what the log shows.
// Agents seen serving (who answered at least one call) stand in for agents on the phones: an agent logged in
// but idle all interval is not seen, so the models tend to be judged with slightly too few agents.

#include "core/erlang.hpp"
#include "core/kpi.hpp"

#include <optional>
#include <vector>

namespace staffplan {

struct ModelError
{
    Model model = Model::ErlangA;
    int intervals = 0; ///< intervals compared (calls offered and agents seen)
    double slMae = 0;  ///< mean absolute error of the service level (fraction), weighted by offered calls
    double slBias = 0; ///< predicted minus actual, weighted
    double abandonMae = 0, abandonBias = 0;
};

struct ModelCheck
{
    double patienceSec = 0;         ///< exponential MLE over the period (Erlang A)
    std::vector<ModelError> models; ///< Erlang C, then Erlang A
};

/// rows: KPI rows per interval (Period::Interval), one queue or the "*" rows.  Empty when nothing can be
/// compared.
std::optional<ModelCheck> checkModels(const std::vector<KpiRow>& rows, double intervalSec,
                                      double thresholdSec);

} // namespace staffplan
