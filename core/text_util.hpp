#pragma once
// Small text helpers shared by the readers (inline: they run for every field of every row).

#include <string_view>

namespace staffplan {

/// Without leading and trailing spaces, tabs and carriage returns.
inline std::string_view trimmed(std::string_view s)
{
    // most values have nothing to trim: both ends are above ' ' (space, tab and CR are not)
    if (!s.empty() && static_cast<unsigned char>(s.front()) > ' ' &&
        static_cast<unsigned char>(s.back()) > ' ')
        return s;
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        --e;
    return s.substr(b, e - b);
}

} // namespace staffplan
