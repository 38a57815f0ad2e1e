#pragma once
// A look at the start of a call log before importing it: what the reader would detect (encoding, delimiter,
// date format), the header, the first rows, and the column each field would map to.  The import wizard
// shows this and lets the planner change each guess; the import itself is CallLogReader / ProjectDb.

#include "core/call_log.hpp"

#include <array>
#include <string>
#include <vector>

namespace staffplan {

struct LogPreview
{
    std::string encoding; ///< as detected, or as given in the options
    char delimiter = ',';
    DateFormat dateFormat = DateFormat::Auto; ///< Auto: the arrival samples fit no format (or no arrival column)
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  ///< the first rows after the header, as text
    std::array<int, kCallFieldCount> column{};    ///< column per field (header index), -1 unmapped
};

/// Reads the header and up to `maxRows` rows of a log with the detections CallLogReader::open makes (the
/// options' encoding, delimiter, date format and map override them).  CannotRead, UnknownEncoding, Empty and
/// UnknownColumn come back in `error`.
std::optional<LogPreview> previewLog(const std::string& path, const ReadOptions& options, std::size_t maxRows,
                                     OpenError& error);

} // namespace staffplan
