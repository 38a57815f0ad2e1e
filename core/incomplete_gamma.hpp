#pragma once
// Scaled incomplete gamma functions in log space, the building blocks of the Erlang B/C/A formulas.
//
// For s > 0, z >= 0 (DLMF 8.2.1, 8.2.2):
//   lower  gamma(s, z) = int_0^z t^(s-1) e^-t dt,   upper Gamma(s, z) = int_z^inf t^(s-1) e^-t dt.
// The Erlang formulas need them divided by their natural size z^s e^-z, which keeps the quotients
// moderate where the functions themselves under- or overflow (s and z up to ~1e12 here):
//   R(s, z) = gamma(s, z) e^z z^-s = sum_{j>=0} z^j / (s (s+1) ... (s+j))      (DLMF 8.7.1)
//   U(s, z) = Gamma(s, z) e^z z^-s
// Both are returned as natural logarithms: R grows like Gamma(s) e^z z^-s when z >> s (overflow), U likewise
// when z << s.

namespace staffplan::detail {

/// log(z^s e^-z / Gamma(s)), accurate to a few ulps of the *result* even for s ~ 1e12, where the textbook
/// s ln z - z - lgamma(s) loses every digit to cancellation.  s > 0, z >= 0 (z == 0 gives -inf).
double logGammaPrefix(double s, double z);

/// log R(s, z).  s > 0, z >= 0.
double logScaledLowerGamma(double s, double z);

/// log U(s, z).  s > 0, z > 0.
double logScaledUpperGamma(double s, double z);

/// Regularised lower incomplete gamma P(s, z) = gamma(s, z) / Gamma(s) (Boost.Math gamma_p).
double regularizedLowerGamma(double s, double z);

/// P(s, z) from pNext = P(s + 1, z) and logPrefixS = logGammaPrefix(s, z) by the recurrence (a sum of
/// positive terms, so no digit is lost).
double regularizedLowerGammaBelow(double s, double pNext, double logPrefixS);

/// log(exp(p) + exp(q)) without overflow; either may be -inf.
double logAddExp(double p, double q);

} // namespace staffplan::detail
