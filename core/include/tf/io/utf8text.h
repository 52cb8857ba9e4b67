// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tf {

// What text may hold. Every string read from a file is valid UTF-8 without NUL (the readers refuse
// anything else with its place), every string written as JSON is valid UTF-8, and text printed
// for people shows control characters instead of obeying them (docs/json.md).

/// The byte offset where `text` stops being valid UTF-8 (RFC 3629: no overlong forms, no
/// surrogates, nothing past U+10FFFF), or npos when all of it is.
std::size_t invalidUtf8At(std::string_view text);
inline bool isValidUtf8(std::string_view text)
{
    return invalidUtf8At(text) == std::string_view::npos;
}

/// `text` with each byte that is not part of valid UTF-8 replaced by U+FFFD.
std::string toValidUtf8(std::string_view text);

/// Characters in `text` (code points; an invalid byte counts as one): columns in messages.
std::size_t characterCount(std::string_view text);

/// `text` for a terminal or a log: control characters (C0, DEL, C1), line and paragraph
/// separators and bidirectional overrides are escaped (\n, \t, \r, else \u001b), invalid bytes
/// shown as \xff. One message stays one line and cannot recolour, move or reorder what follows.
std::string visibleText(std::string_view text);

/// `text` as one CSV field (RFC 4180): quoted, quotes doubled, when it holds a comma, a quote or a
/// line break, so an id or a name cannot add a column or a row.
std::string csvField(const std::string &text);

/// `v` as one CSV field: the shortest text that reads back to the same double; "inf" / "-inf" for
/// infinity; an empty field for NaN (no figure). Every CSV the CLI and the app write uses it.
std::string csvNumber(double v);

} // namespace tf
