#pragma once
// Streaming RFC 4180 reader: records of fields from a UTF-8 byte stream, read in chunks, so a file of any size
// is read in bounded memory.  Quoted fields may hold the delimiter, "" for a quote, and line breaks.
// LF or CRLF; a missing final line break is fine.  A leading UTF-8 BOM is skipped.

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace staffplan {

class CsvReader
{
public:
    /// `delimiter`: ',', ';', '\t' or '|'.  `source` yields UTF-8 text in pieces (see TextDecoder); it returns false at
    /// the end.
    CsvReader(std::function<bool(std::string&)> source, char delimiter);

    /// The next record; false at the end.  Fields are views into the reader's buffer, valid until the next call.
    bool next(std::vector<std::string_view>& fields);

    int recordLine() const { return recordLine_; } ///< 1-based line where the last record started
    bool lastRecordUnclosed() const { return unclosed_; } ///< the last record ended inside a quoted field
    std::size_t bytesRead() const { return consumedTotal_; }

private:
    bool fill();

    std::function<bool(std::string&)> source_;
    char delimiter_;
    std::string buffer_;
    std::size_t pos_ = 0;
    bool eof_ = false;
    bool first_ = true;
    int line_ = 1;
    int recordLine_ = 0;
    bool unclosed_ = false;
    std::size_t consumedTotal_ = 0;
    std::vector<std::string> unquoted_; ///< storage for fields that needed unescaping
};

/// The delimiter that splits the sample's first lines into the most, and most consistent, fields
/// (',', ';', '\t', '|'); ',' when nothing splits.
char detectDelimiter(std::string_view sample);

} // namespace staffplan
