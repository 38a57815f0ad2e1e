#pragma once
// Callers' patience from call logs.  An abandoned call shows a patience (its wait); an answered call only
// that the patience was longer than its wait (right-censored).
//  - Exponential MLE (Garnett, Mandelbaum & Reiman 2002; Brown et al. 2005 sec. 6): rate = abandons / total
//  time
//    in queue of all queued calls; mean patience = 1 / rate.  Confidence interval from the chi-square pivot
//    2 d mean / mean_hat ~ chi2(2d) (exact for failure-censored data, a close approximation otherwise;
//    Lawless, Statistical Models for Lifetime Data, 2nd ed., sec. 2.2): [2T / chi2(1-a/2; 2d+2), 2T /
//    chi2(a/2; 2d)].
//  - Kaplan-Meier survival of patience (Kaplan & Meier 1958), Greenwood variance, log(-log) confidence band.

#include <optional>
#include <vector>

namespace staffplan {

struct PatienceEstimate
{
    long abandons = 0;
    double queueTimeSec = 0;
    std::optional<double> meanSec, lowSec, highSec; ///< empty with no abandons
    bool reliable = false;                          ///< at least kReliableAbandons abandons
    static constexpr long kReliableAbandons = 30;
};

/// confidence: e.g. 0.95.
PatienceEstimate exponentialPatience(long abandons, double queueTimeSec, double confidence = 0.95);

struct SurvivalPoint
{
    double timeSec = 0;
    double survival = 1, low = 1, high = 1;
    long atRisk = 0, events = 0;
};

/// waits: (wait seconds, abandoned?) of every queued call.  One point per distinct abandonment time.
std::vector<SurvivalPoint> kaplanMeier(std::vector<std::pair<double, bool>> waits, double confidence = 0.95);

/// Area under the Kaplan-Meier curve up to its last point (the restricted mean patience).
double restrictedMeanSec(const std::vector<SurvivalPoint>& curve);

} // namespace staffplan
