#pragma once
// Streaming RFC 4180 reader: records of fields from a UTF-8 byte stream, read in chunks, so a file of any
// size is read in bounded memory.  Quoted fields may hold the delimiter, "" for a quote, and line breaks. LF
// or CRLF; a missing final line break is fine.  A leading UTF-8 BOM is skipped.

#include <cstddef>
#include <deque>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace staffplan {

class CsvReader
{
  public:
    /// `delimiter`: ',', ';', '\t' or '|'.  `source` yields UTF-8 text in pieces (see TextDecoder); it
    /// returns false at the end.
    CsvReader(std::function<bool(std::string&)> source, char delimiter);

    /// The next record; false at the end.  Fields are views into the reader's buffer, valid until the next
    /// call.
    bool next(std::vector<std::string_view>& fields);

    int recordLine() const { return recordLine_; }        ///< 1-based line where the last record started
    bool lastRecordUnclosed() const { return unclosed_; } ///< the last record ended inside a quoted field
    std::size_t bytesRead() const { return consumedTotal_ + pos_; } ///< text bytes consumed by records
    std::size_t bytesReceived() const { return consumedTotal_ + buffer_.size(); } ///< from the source so far

  private:
    bool fill();
    bool plainRecord(std::vector<std::string_view>& fields);

    std::function<bool(std::string&)> source_;
    char delimiter_;
    std::string buffer_;
    std::string piece_; ///< the source's latest piece (its memory is reused)
    std::size_t pos_ = 0;
    bool eof_ = false;
    bool first_ = true;
    int line_ = 1;
    int recordLine_ = 0;
    bool unclosed_ = false;
    std::size_t consumedTotal_ = 0;
    std::deque<std::string> unquoted_; ///< fields that needed unescaping (a deque: their addresses stay put)
    bool special_[256] = {};           ///< the bytes that end an unquoted field: delimiter, CR, LF
};

/// A field for a comma-separated file: in quotes (with "" for a quote) when it holds a comma, a quote or a
/// line break, or always when `always`.
std::string csvQuoted(std::string_view text, bool always = false);

/// The delimiter that splits the sample's first lines into the most, and most consistent, fields
/// (',', ';', '\t', '|'); ',' when nothing splits.
char detectDelimiter(std::string_view sample);

} // namespace staffplan
