#pragma once
// Text encodings of call logs: UTF-8 (default), UTF-16 LE/BE with BOM, Windows-1251, GB18030.
// Detection: a BOM decides; otherwise valid UTF-8 is UTF-8; otherwise uchardet (Debian's libuchardet)
// guesses. Conversion to UTF-8 with iconv (glibc), piece by piece, so a file of any size converts in bounded
// memory.

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace staffplan {

/// The encoding of a sample (the first kilobytes of a file), as an iconv name: "UTF-8", "UTF-16LE",
/// "UTF-16BE", "WINDOWS-1251", "GB18030", or what uchardet reports.
std::string detectEncoding(std::string_view sample);

/// True when the text is well-formed UTF-8 (a multi-byte sequence cut off at the very end is allowed).
bool isValidUtf8(std::string_view text, bool allowTruncatedEnd = true);

/// Reads a stream and yields UTF-8 text in pieces.
class TextDecoder
{
  public:
    /// `encoding` as iconv names it; empty = UTF-8 (no conversion).  A BOM of that encoding is dropped.
    TextDecoder(std::istream& in, std::string encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    bool valid() const { return valid_; } ///< false when iconv does not know the encoding
    /// The next piece of UTF-8 text (about 1 MB); false at the end (piece may still hold the last text).
    bool read(std::string& piece);
    /// Bytes of the input read so far (the decoded text of them may still be waiting in the caller's buffers).
    std::size_t rawBytesRead() const { return raw_; }
    std::size_t invalidSequences() const
    {
        return invalid_;
    } ///< bytes that were not text in the encoding (replaced by U+FFFD)

  private:
    std::istream& in_;
    std::string encoding_;
    void* iconv_ = nullptr;
    bool valid_ = true;
    bool first_ = true;
    std::string pending_; ///< undecoded bytes carried to the next piece
    std::size_t invalid_ = 0;
    std::size_t raw_ = 0;
};

} // namespace staffplan
