#pragma once
// Turns core/ error codes into translatable sentences, for the command line and the app (Qt Core only).

#include "core/call_log.hpp"
#include "core/errors.hpp"
#include "core/interval_csv.hpp"
#include "core/project_db.hpp"
#include "core/shift_plan.hpp"
#include "core/shift_templates.hpp"
#include "core/staffing.hpp"

#include <QString>

namespace staffplan::text {

/// A problem in a shift templates file, with the file, the place in it and what was expected.
QString describe(const QString& file, const TemplateError& e);

/// Why shift planning refused its input (`file`: the requirements).
QString describe(const QString& file, const ShiftInputError& e);

/// How the solver ended, in a few words ("optimal within 0.5%", "stopped at the time limit" ...).
QString describe(ShiftSolveStatus status);

/// A parameter as the app's forms name it, e.g. "AHT" (the command line names options instead).
QString parameterLabel(Parameter p);

/// The command-line option that carries a parameter, e.g. "--aht-sec".
QString optionFor(Parameter p);

/// "--aht-sec must be greater than 0 (got 0)."  `name` overrides the option name (batch CSV columns).
QString describe(const InputError& e, const QString& name = {});

/// "IN.csv:12: column 'calls': expected a number, got 'abc'."
QString describe(const QString& file, const CsvRowError& e);

/// Why a call log cannot be read at all.
QString describe(const QString& file, const OpenError& e);

/// "calls.csv: 1,000 rows read: 990 accepted, 4 rejected, 6 excluded (...). Encoding ..., delimiter ...,
/// dates ..."
QString describe(const QString& file, const ImportSummary& s);

/// "calls.csv:12: column 'Wait' (wait_sec): expected seconds or [H:]MM:SS, got 'abc'."
QString describe(const QString& file, const RejectedRow& r);

/// Why a project database cannot be used.
QString describe(const QString& project, const DbError& e);

/// Why a staffing search found no answer.
QString describeNoAnswer(const StaffingResult& r);

/// Formats a double for machine-readable output: shortest text that reads back to the same value.
QString machineNumber(double v);

} // namespace staffplan::text

namespace staffplan::cli {
using text::describe;
using text::describeNoAnswer;
using text::machineNumber;
using text::optionFor;
} // namespace staffplan::cli
