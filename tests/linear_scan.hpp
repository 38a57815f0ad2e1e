#pragma once
// The independent check of every staffing search: the smallest n from 0 upward that meets every target, found by
// evaluating the model at each n in turn (only evaluateQueue, no search logic).

#include "core/staffing.hpp"

namespace staffplan::testing {

inline double slOf(const QueueMeasures& m, SlDefinition d)
{
    return d == SlDefinition::Offered    ? m.slOffered
           : d == SlDefinition::Answered ? m.slAnswered
                                         : m.slVirtual;
}

inline int linearScan(Model model, QueueInput in, const StaffingTargets& t)
{
    for (int n = 0;; ++n) {
        in.agents = n;
        const QueueMeasures m = *evaluateQueue(model, in);
        if (!m.stable)
            continue;
        if (t.serviceLevel && slOf(m, t.slDefinition) < *t.serviceLevel)
            continue;
        if (t.maxAsaSec && (!m.asaSec || *m.asaSec > *t.maxAsaSec)) // nobody answered: no ASA
            continue;
        if (t.maxAbandon && m.pAbandon > *t.maxAbandon)
            continue;
        if (t.maxOccupancy && m.occupancy > *t.maxOccupancy)
            continue;
        return n;
    }
}


} // namespace staffplan::testing
