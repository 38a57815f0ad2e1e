#include "core/text_decoding.hpp"

#include <uchardet/uchardet.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace staffplan {
namespace {
constexpr std::size_t kPiece = 1 << 20;

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}
} // namespace

bool isValidUtf8(std::string_view t, bool allowTruncatedEnd)
{
    const auto continuation = [&](std::size_t k) { return (static_cast<unsigned char>(t[k]) >> 6) == 0x2; };
    std::size_t i = 0;
    while (i < t.size()) {
        const unsigned char c = t[i];
        const int extra = c < 0x80           ? 0
                          : (c >> 5) == 0x6  ? 1
                          : (c >> 4) == 0xE  ? 2
                          : (c >> 3) == 0x1E ? 3
                                             : -1;
        if (extra < 0 || (extra == 1 && c < 0xC2))
            return false;
        const std::size_t end = i + static_cast<std::size_t>(extra);
        for (std::size_t k = i + 1; k <= end && k < t.size(); ++k)
            if (!continuation(k))
                return false;
        if (end >= t.size()) // the sequence is cut off by the end of the sample
            return allowTruncatedEnd;
        i = end + 1;
    }
    return true;
}

std::string detectEncoding(std::string_view sample)
{
    if (startsWith(sample, "\xEF\xBB\xBF"))
        return "UTF-8";
    if (startsWith(sample, "\xFF\xFE"))
        return "UTF-16LE";
    if (startsWith(sample, "\xFE\xFF"))
        return "UTF-16BE";
    if (isValidUtf8(sample))
        return "UTF-8";
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, sample.data(), sample.size());
    uchardet_data_end(detector);
    std::string guess = upper(uchardet_get_charset(detector));
    uchardet_delete(detector);
    // uchardet names Chinese GB text "GB18030" (a superset of GBK/GB2312); Russian 8-bit "WINDOWS-1251",
    // "KOI8-R", "IBM866", "ISO-8859-5", "MAC-CYRILLIC": all known to iconv.
    if (guess.empty() || guess == "ASCII")
        return "UTF-8";
    if (guess == "GB2312" || guess == "GBK" || guess == "HZ-GB-2312")
        return "GB18030";
    return guess;
}

TextDecoder::TextDecoder(std::istream& in, std::string encoding)
    : in_(in), encoding_(upper(std::move(encoding)))
{
    if (encoding_.empty() || encoding_ == "UTF-8" || encoding_ == "UTF8") {
        encoding_.clear();
        return;
    }
    iconv_t cd = iconv_open("UTF-8", encoding_.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        valid_ = false;
        return;
    }
    iconv_ = cd;
}

TextDecoder::~TextDecoder()
{
    if (iconv_)
        iconv_close(static_cast<iconv_t>(iconv_));
}

bool TextDecoder::read(std::string& piece)
{
    if (encoding_.empty()) { // UTF-8: straight into the caller's buffer, whose memory is reused
        piece.resize(kPiece);
        in_.read(piece.data(), static_cast<std::streamsize>(piece.size()));
        piece.resize(static_cast<std::size_t>(in_.gcount()));
        raw_ += piece.size();
        return static_cast<bool>(in_);
    }
    piece.clear();
    std::string raw(kPiece, '\0');
    in_.read(raw.data(), static_cast<std::streamsize>(raw.size()));
    raw.resize(static_cast<std::size_t>(in_.gcount()));
    raw_ += raw.size();
    const bool more = static_cast<bool>(in_);
    std::string bytes = pending_ + raw;
    pending_.clear();
    std::size_t offset = 0;
    if (first_) {
        first_ = false;
        if ((encoding_ == "UTF-16LE" && startsWith(bytes, "\xFF\xFE")) ||
            (encoding_ == "UTF-16BE" && startsWith(bytes, "\xFE\xFF")))
            offset = 2;
    }
    char* inPtr = bytes.data() + offset;
    std::size_t inLeft = bytes.size() - offset;
    std::string out(inLeft * 4 + 16, '\0');
    char* outPtr = out.data();
    std::size_t outLeft = out.size();
    auto cd = static_cast<iconv_t>(iconv_);
    while (inLeft > 0) {
        const std::size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
        if (r != static_cast<std::size_t>(-1))
            break;
        if (errno == EINVAL) { // an incomplete sequence at the end: keep it for the next piece
            if (more) {
                pending_.assign(inPtr, inLeft);
                break;
            }
        }
        if (errno == E2BIG) { // cannot happen with 4x room, but stay safe
            const std::size_t used = out.size() - outLeft;
            out.resize(out.size() * 2);
            outPtr = out.data() + used;
            outLeft = out.size() - used;
            continue;
        }
        // EILSEQ (or a truncated end): replace one byte with U+FFFD and go on
        ++invalid_;
        ++inPtr;
        --inLeft;
        if (outLeft < 3)
            break;
        std::memcpy(outPtr, "\xEF\xBF\xBD", 3);
        outPtr += 3;
        outLeft -= 3;
    }
    out.resize(out.size() - outLeft);
    piece = std::move(out);
    return more;
}

} // namespace staffplan
