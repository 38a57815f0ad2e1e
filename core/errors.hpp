#pragma once
// Errors that core/ reports as codes and values; ui/ and app/ turn them into (translatable) words.

#include <optional>
#include <string_view>
#include <utility>

namespace staffplan {

/// The input a problem concerns.  Names match the CLI options and JSON keys (see parameterName()).
enum class Parameter {
    Calls,
    IntervalSec,
    AhtSec,
    PatienceSec,
    Agents,
    ThresholdSec,
    ServiceLevel,
    AsaSec,
    Abandon,
    MaxOccupancy,
    Shrinkage,
    Model,
};

enum class Problem {
    NotFinite,   ///< NaN or infinite
    Negative,    ///< must be >= 0
    NotPositive, ///< must be > 0
    NotFraction, ///< must lie in [0, 1]
    NotBelowOne, ///< must lie in [0, 1)
    TooLarge,    ///< beyond the range the core is validated for
    Missing,     ///< required for this model but not given
    NoTarget,    ///< a staffing search needs at least one target
    Unsupported, ///< e.g. staffing with Erlang B
};

struct InputError
{
    const char* function; ///< the core function that refused the input, e.g. "evaluateQueue"
    Parameter parameter;
    Problem problem;
    double value; ///< the offending value (NaN for Missing)
};

/// Stable machine name of a parameter, e.g. "aht_sec".
std::string_view parameterName(Parameter p);

/// A value or the reason there is none.  (std::expected is C++23.)
template <class T> class Result
{
  public:
    Result(T value) : value_(std::move(value)) {}
    Result(InputError error) : error_(error) {}
    explicit operator bool() const { return value_.has_value(); }
    const T& value() const { return *value_; }
    const T& operator*() const { return *value_; }
    const T* operator->() const { return &*value_; }
    const InputError& error() const { return *error_; }

  private:
    std::optional<T> value_;
    std::optional<InputError> error_;
};

} // namespace staffplan
