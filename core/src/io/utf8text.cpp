// SPDX-License-Identifier: MIT
#include "tf/io/utf8text.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace tf {

namespace {

// The length of the valid UTF-8 sequence at `i` and its code point, or 0 when the byte there does
// not start one. The ranges of each byte are RFC 3629's table, which leaves out overlong forms,
// surrogates and code points past U+10FFFF.
std::size_t sequenceAt(std::string_view s, std::size_t i, char32_t *codePoint)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    if (c < 0x80) {
        *codePoint = c;
        return 1;
    }
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + n > s.size() || b(1) < lo || b(1) > hi)
        return 0;
    for (std::size_t k = 2; k < n; ++k) {
        if (b(k) < 0x80 || b(k) > 0xBF)
            return 0;
    }
    char32_t cp = c & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k)
        cp = (cp << 6) | (b(k) & 0x3F);
    *codePoint = cp;
    return n;
}

bool shownEscaped(char32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp == 0x200E
           || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

} // namespace

std::size_t invalidUtf8At(std::string_view text)
{
    char32_t cp;
    std::size_t i = 0;
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80)
        ++i; // ASCII, nearly all of every file: no sequence to decode
    while (i < text.size()) {
        const std::size_t n = sequenceAt(text, i, &cp);
        if (n == 0)
            return i;
        i += n;
    }
    return std::string_view::npos;
}

std::string toValidUtf8(std::string_view text)
{
    if (isValidUtf8(text))
        return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    char32_t cp;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequenceAt(text, i, &cp);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::size_t characterCount(std::string_view text)
{
    std::size_t count = 0;
    char32_t cp;
    for (std::size_t i = 0; i < text.size(); ++count) {
        const std::size_t n = sequenceAt(text, i, &cp);
        i += n ? n : 1;
    }
    return count;
}

std::string visibleText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    char32_t cp;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequenceAt(text, i, &cp);
        char buf[12];
        if (n == 0) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(text[i]));
            out += buf;
            ++i;
            continue;
        }
        if (!shownEscaped(cp)) {
            out.append(text.substr(i, n));
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\r') {
            out += "\\r";
        } else {
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(cp));
            out += buf;
        }
        i += n;
    }
    return out;
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string csvNumber(double v)
{
    if (std::isnan(v))
        return {};
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, end);
}

} // namespace tf
