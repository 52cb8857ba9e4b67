// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace tf {

/// A parsed JSON value. Objects keep their members in document order, so a design written back
/// reads in the order its author chose.
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<JsonValue>;
    using Object = std::vector<std::pair<std::string, JsonValue>>;

    JsonValue() = default;
    JsonValue(std::nullptr_t) {}
    JsonValue(bool b)
        : m_value(b)
    {}
    JsonValue(double d)
        : m_value(d)
    {}
    JsonValue(int i)
        : m_value(double(i))
    {}
    JsonValue(const char *s)
        : m_value(std::string(s))
    {}
    JsonValue(std::string s)
        : m_value(std::move(s))
    {}
    JsonValue(Array a)
        : m_value(std::move(a))
    {}
    JsonValue(Object o)
        : m_value(std::move(o))
    {}

    Type type() const { return Type(m_value.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const { return std::get<bool>(m_value); }
    double toNumber() const { return std::get<double>(m_value); }
    const std::string &toString() const { return std::get<std::string>(m_value); }
    const Array &toArray() const { return std::get<Array>(m_value); }
    Array &toArray() { return std::get<Array>(m_value); }
    const Object &toObject() const { return std::get<Object>(m_value); }
    Object &toObject() { return std::get<Object>(m_value); }

    /// Member of an object, or nullptr when absent (or when this is not an object).
    const JsonValue *find(std::string_view key) const;
    /// Appends a member to an object (no check for duplicates: writers build fresh objects).
    void set(std::string key, JsonValue value);

    bool operator==(const JsonValue &other) const = default;

    static const char *typeName(Type type);

private:
    std::variant<std::monostate, bool, double, std::string, Array, Object> m_value;
};

/// Nesting deeper than this is refused while parsing: no design, project, catalog or study goes
/// past six levels, and every walker of a parsed tree (the readers, the writer, the destructor)
/// recurses, so a hostile `[[[[…` must stop here rather than on the stack.
inline constexpr int kMaxJsonDepth = 64;

struct JsonParseResult
{
    std::optional<JsonValue> value;
    /// When value is empty: what is wrong and where, e.g. "not valid JSON at line 3, column 5:
    /// unexpected '}'; expected a value" or "nodes[1].id: holds a NUL character (line 4, ...)".
    std::string error;
    std::string path; ///< JSON path of the value being read when it went wrong ("$" at the top)
    MessageCode code = MessageCode::InvalidJson;
    int line = 0;   ///< 1-based; 0 when value is set
    int column = 0; ///< 1-based, in characters

    /// The error as a Message, with its code and path.
    Message message() const;
};

/// Parses strict JSON (RFC 8259) with nlohmann/json's parser, reporting the first problem with
/// its line, column and path. Strings are valid UTF-8 (checked by the parser, lone surrogates
/// included) and never hold NUL; duplicate member names, numbers beyond a double and nesting
/// deeper than kMaxJsonDepth are refused. Never throws. docs/json.md says why this parser.
JsonParseResult parseJson(std::string_view text);

/// Writes JSON with two-space indentation, and always valid JSON (RFC 8259): text is escaped
/// (quotes, backslashes, every control character) and bytes that are not UTF-8 are written as
/// U+FFFD; numbers in their shortest form that reads back to the same double; NaN and infinity,
/// which JSON cannot hold, as null. Reports (`--format json`) write null for "no figure" on
/// purpose; files are checked with unwritableValue first, so they never hold such a null.
/// docs/json.md says which does what.
std::string writeJson(const JsonValue &value);

/// A figure for a report: the number when finite, else null ("no figure": unlimited, undefined).
/// Reports write null on purpose; files never hold it (unwritableValue).
JsonValue numberOrNull(double v);

/// The first value in `value` that a file cannot hold as it is, as an error with its path: a
/// number that is NaN or infinite (writeJson would make it null, which the reader refuses) or text
/// with a NUL or bytes that are not UTF-8 (the reader refuses both). A project is checked with it
/// before it is saved, so a save never writes a file its own reader would refuse.
std::optional<Message> unwritableValue(const JsonValue &value);

} // namespace tf
