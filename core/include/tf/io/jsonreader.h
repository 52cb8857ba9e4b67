// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/json.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// A value in a parsed document and the path that leads to it ("nodes[3].params.capacity"; the
/// root is "$", its members are named without it). A member or item that is not there has no
/// value, but its path still says where it would be, for "is missing".
class JsonAt
{
public:
    JsonAt() = default;
    explicit JsonAt(const JsonValue &value, std::string path = "$")
        : m_value(&value)
        , m_path(std::move(path))
    {}

    explicit operator bool() const { return m_value != nullptr; }
    const JsonValue *value() const { return m_value; }
    const JsonValue &operator*() const { return *m_value; }
    const JsonValue *operator->() const { return m_value; }
    const std::string &path() const { return m_path; }

    /// The member `key` of an object (absent when this is not an object or has no such member).
    JsonAt operator[](std::string_view key) const;
    /// The item `index` of an array (absent when this is not an array or is shorter).
    JsonAt operator[](std::size_t index) const;
    /// Items of an array, or members of an object; 0 for anything else.
    std::size_t size() const;
    /// The members of an object in document order (none when this is not an object).
    std::vector<std::pair<std::string_view, JsonAt>> members() const;

    /// The path of member `key` below `path`.
    static std::string memberPath(std::string_view path, std::string_view key);

private:
    JsonAt(const JsonValue *value, std::string path)
        : m_value(value)
        , m_path(std::move(path))
    {}

    const JsonValue *m_value = nullptr;
    std::string m_path;
};

/// The one way our files are read (designs, projects, catalogs, study shards): typed getters that
/// walk a parsed document and, instead of throwing, record each problem as a Message with its
/// code and path ("nodes[3].params.capacity: must be >= 0, got -5"), then go on, so one pass finds
/// every problem. Each getter returns the value when it is there and of the right type; empty when
/// it is absent (a problem only when Required) or wrong (always a problem).
class JsonReader
{
public:
    enum Need { Optional, Required };

    /// `prefix` starts the text of every message (the catalog file a problem is in).
    explicit JsonReader(std::string prefix = {})
        : m_prefix(std::move(prefix))
    {}

    std::vector<Message> messages;

    /// Records a problem about the value at `path`: "path: what".
    void error(const std::string &path,
               const std::string &what,
               MessageCode code = MessageCode::InvalidJson,
               std::vector<std::string> nodeIds = {});
    void error(const JsonAt &at,
               const std::string &what,
               MessageCode code = MessageCode::InvalidJson,
               std::vector<std::string> nodeIds = {})
    {
        error(at.path(), what, code, std::move(nodeIds));
    }
    /// Records a refusal from the model (which knows nothing of paths) as being about `path`. A
    /// "key: " the model put in front of its text is replaced by the full path.
    void add(Message m, const std::string &path);

    bool hasErrors() const;
    std::size_t count() const { return messages.size(); }

    /// True when `at` holds a value of `type`; else records "must be T, got U" (or, when it is
    /// absent and Required, "is missing").
    bool expect(const JsonAt &at, JsonValue::Type type, Need need = Required);

    std::optional<std::string> string(const JsonAt &at, Need need = Optional);
    /// A string that is not empty ("must be a non-empty string").
    std::optional<std::string> text(const JsonAt &at, Need need = Optional);
    /// A finite number. null (what careless writers make of NaN and infinity) is named as such.
    std::optional<double> number(const JsonAt &at, Need need = Optional);
    /// A finite number > 0 ("must be a finite number > 0, got -1"; null and other types named).
    std::optional<double> positive(const JsonAt &at, Need need = Optional);
    std::optional<bool> boolean(const JsonAt &at, Need need = Optional);
    /// A whole number within [min, max].
    std::optional<long long>
    whole(const JsonAt &at, long long min, long long max, Need need = Optional);
    /// One of `choices`: "must be "flow" or "level", got "x"".
    std::optional<std::string>
    oneOf(const JsonAt &at, std::initializer_list<std::string_view> choices, Need need = Optional);
    /// A colour "#rrggbb" (hex digits of either case).
    std::optional<std::string> colour(const JsonAt &at, Need need = Optional);
    /// [x, y] with two finite numbers.
    std::optional<std::pair<double, double>>
    pair(const JsonAt &at, const char *what = "[x, y]", Need need = Optional);

    /// Records every member of `object` not in `known` as an unknown field (typos never pass
    /// silently); `hint` follows the message, e.g. " (known: value, unit, source)".
    void unknownKeys(const JsonAt &object,
                     std::initializer_list<std::string_view> known,
                     const std::string &hint = {});
    template<typename Set>
    void unknownKeys(const JsonAt &object, const Set &known, const std::string &hint = {})
    {
        for (const auto &[key, member] : object.members()) {
            if (!known.count(key))
                error(member, "unknown field" + hint, MessageCode::UnknownField);
        }
    }

private:
    bool present(const JsonAt &at, Need need);

    std::string m_prefix;
};

/// A number as text for messages: shortest round-trip form, "infinity", "NaN".
std::string jsonNumberText(double value);

} // namespace tf
