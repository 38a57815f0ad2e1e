#include "core/patience.hpp"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>

namespace staffplan {

PatienceEstimate exponentialPatience(long abandons, double queueTimeSec, double confidence)
{
    PatienceEstimate e;
    e.abandons = abandons;
    e.queueTimeSec = queueTimeSec;
    e.reliable = abandons >= PatienceEstimate::kReliableAbandons;
    if (abandons <= 0 || !(queueTimeSec > 0))
        return e;
    const double alpha = 1.0 - confidence;
    const double d = static_cast<double>(abandons);
    e.meanSec = queueTimeSec / d;
    const boost::math::chi_squared lowDist(2 * d + 2), highDist(2 * d);
    e.lowSec = 2 * queueTimeSec / boost::math::quantile(lowDist, 1 - alpha / 2);
    e.highSec = 2 * queueTimeSec / boost::math::quantile(highDist, alpha / 2);
    return e;
}

std::vector<SurvivalPoint> kaplanMeier(std::vector<std::pair<double, bool>> waits, double confidence)
{
    std::sort(waits.begin(), waits.end());
    const double z = boost::math::quantile(boost::math::normal(), 1 - (1 - confidence) / 2);
    std::vector<SurvivalPoint> curve;
    long atRisk = static_cast<long>(waits.size());
    double s = 1.0, greenwood = 0.0;
    std::size_t i = 0;
    while (i < waits.size()) {
        const double t = waits[i].first;
        long events = 0, leaving = 0;
        while (i < waits.size() && waits[i].first == t) {
            events += waits[i].second ? 1 : 0;
            ++leaving;
            ++i;
        }
        if (events > 0) {
            const double n = static_cast<double>(atRisk), dd = static_cast<double>(events);
            s *= 1.0 - dd / n;
            if (n > dd)
                greenwood += dd / (n * (n - dd));
            SurvivalPoint p{t, s, s, s, atRisk, events};
            if (s > 0 && s < 1) { // log(-log S) band (Kalbfleisch & Prentice)
                const double se = std::sqrt(greenwood) / std::abs(std::log(s));
                p.low = std::pow(s, std::exp(z * se));
                p.high = std::pow(s, std::exp(-z * se));
            }
            curve.push_back(p);
        }
        atRisk -= leaving;
    }
    return curve;
}

double restrictedMeanSec(const std::vector<SurvivalPoint>& curve)
{
    double area = 0, prevT = 0, prevS = 1;
    for (const auto& p : curve) {
        area += prevS * (p.timeSec - prevT);
        prevT = p.timeSec;
        prevS = p.survival;
    }
    return area;
}

} // namespace staffplan
