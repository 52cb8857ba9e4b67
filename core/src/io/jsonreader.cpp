// SPDX-License-Identifier: MIT
#include "tf/io/jsonreader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace tf {

std::string JsonAt::memberPath(std::string_view path, std::string_view key)
{
    if (path.empty() || path == "$")
        return std::string(key);
    std::string p(path);
    p += '.';
    p += key;
    return p;
}

JsonAt JsonAt::operator[](std::string_view key) const
{
    return JsonAt(m_value ? m_value->find(key) : nullptr, memberPath(m_path, key));
}

JsonAt JsonAt::operator[](std::size_t index) const
{
    const JsonValue *item = m_value && m_value->isArray() && index < m_value->toArray().size()
                                ? &m_value->toArray()[index]
                                : nullptr;
    return JsonAt(item,
                  (m_path == "$" ? std::string() : m_path) + "[" + std::to_string(index) + "]");
}

std::size_t JsonAt::size() const
{
    if (m_value && m_value->isArray())
        return m_value->toArray().size();
    if (m_value && m_value->isObject())
        return m_value->toObject().size();
    return 0;
}

std::vector<std::pair<std::string_view, JsonAt>> JsonAt::members() const
{
    std::vector<std::pair<std::string_view, JsonAt>> out;
    if (!m_value || !m_value->isObject())
        return out;
    out.reserve(m_value->toObject().size());
    for (const auto &[key, member] : m_value->toObject())
        out.emplace_back(key, JsonAt(&member, memberPath(m_path, key)));
    return out;
}

std::string jsonNumberText(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "infinity" : "-infinity";
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, end);
}

void JsonReader::error(const std::string &path,
                       const std::string &what,
                       MessageCode code,
                       std::vector<std::string> nodeIds)
{
    Message m = Message::error(
        code, m_prefix + (path.empty() ? what : path + ": " + what), std::move(nodeIds));
    m.path = path;
    messages.push_back(std::move(m));
}

void JsonReader::add(Message m, const std::string &path)
{
    std::string text = m.text;
    // The model starts a value's problem with its key ("capacity: must be >= 0", its path
    // "params.capacity"); the full path takes the key's place.
    if (!m.path.empty()) {
        const std::size_t dot = m.path.find('.');
        const std::string key = (dot == std::string::npos ? m.path : m.path.substr(dot + 1)) + ": ";
        if (text.rfind(key, 0) == 0)
            text.erase(0, key.size());
    }
    m.text = m_prefix + (path.empty() ? text : path + ": " + text);
    m.path = path;
    messages.push_back(std::move(m));
}

bool JsonReader::hasErrors() const
{
    return tf::hasErrors(messages);
}

bool JsonReader::present(const JsonAt &at, Need need)
{
    if (at)
        return true;
    if (need == Required)
        error(at, "is missing");
    return false;
}

bool JsonReader::expect(const JsonAt &at, JsonValue::Type type, Need need)
{
    if (!present(at, need))
        return false;
    if (at->type() == type)
        return true;
    if (type == JsonValue::Type::Number && at->isNull()) {
        error(at, "must be a finite number, got null", MessageCode::InvalidValue);
        return false;
    }
    error(at,
          std::string("must be ") + JsonValue::typeName(type) + ", got "
              + JsonValue::typeName(at->type()));
    return false;
}

std::optional<std::string> JsonReader::string(const JsonAt &at, Need need)
{
    if (!expect(at, JsonValue::Type::String, need))
        return std::nullopt;
    return at->toString();
}

std::optional<std::string> JsonReader::text(const JsonAt &at, Need need)
{
    if (!present(at, need))
        return std::nullopt;
    if (!at->isString() || at->toString().empty()) {
        error(at, "must be a non-empty string");
        return std::nullopt;
    }
    return at->toString();
}

std::optional<double> JsonReader::number(const JsonAt &at, Need need)
{
    if (!expect(at, JsonValue::Type::Number, need))
        return std::nullopt;
    const double v = at->toNumber();
    if (!std::isfinite(v)) {
        // Only a .tfproj can hold these (SQLite REAL); the JSON parser refuses them.
        error(at,
              std::isnan(v) ? "must be a number, got NaN"
                            : "must be finite, got " + jsonNumberText(v),
              MessageCode::InvalidValue);
        return std::nullopt;
    }
    return v;
}

std::optional<double> JsonReader::positive(const JsonAt &at, Need need)
{
    if (!present(at, need))
        return std::nullopt;
    if (at->isNumber() && std::isfinite(at->toNumber()) && at->toNumber() > 0)
        return at->toNumber();
    error(at,
          "must be a finite number > 0, got "
              + (at->isNumber() ? jsonNumberText(at->toNumber())
                                : std::string(JsonValue::typeName(at->type()))),
          MessageCode::InvalidValue);
    return std::nullopt;
}

std::optional<bool> JsonReader::boolean(const JsonAt &at, Need need)
{
    if (!expect(at, JsonValue::Type::Bool, need))
        return std::nullopt;
    return at->toBool();
}

std::optional<long long>
JsonReader::whole(const JsonAt &at, long long min, long long max, Need need)
{
    const auto v = number(at, need);
    if (!v)
        return std::nullopt;
    if (*v != std::floor(*v) || *v < double(min) || *v > double(max)) {
        error(at,
              "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max)
                  + ", got " + jsonNumberText(*v),
              MessageCode::InvalidValue);
        return std::nullopt;
    }
    return static_cast<long long>(*v);
}

std::optional<std::string>
JsonReader::oneOf(const JsonAt &at, std::initializer_list<std::string_view> choices, Need need)
{
    const auto s = string(at, need);
    if (!s)
        return std::nullopt;
    std::string list;
    std::size_t i = 0;
    for (std::string_view c : choices) {
        if (c == *s)
            return s;
        list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ");
        list += "\"" + std::string(c) + "\"";
        ++i;
    }
    error(at, "must be " + list + ", got \"" + *s + "\"", MessageCode::InvalidValue);
    return std::nullopt;
}

std::optional<std::pair<double, double>>
JsonReader::pair(const JsonAt &at, const char *what, Need need)
{
    if (!present(at, need))
        return std::nullopt;
    const JsonAt x = at[std::size_t(0)], y = at[std::size_t(1)];
    const bool numbers = at->isArray() && at.size() == 2 && x->isNumber() && y->isNumber();
    if (numbers && std::isfinite(x->toNumber()) && std::isfinite(y->toNumber()))
        return std::make_pair(x->toNumber(), y->toNumber());
    error(at,
          std::string("must be ") + what + " with two finite numbers"
              + (numbers ? ", got [" + jsonNumberText(x->toNumber()) + ", "
                               + jsonNumberText(y->toNumber()) + "]"
                         : std::string()),
          MessageCode::InvalidValue);
    return std::nullopt;
}

std::optional<std::string> JsonReader::colour(const JsonAt &at, Need need)
{
    const auto s = string(at, need);
    if (!s)
        return std::nullopt;
    const bool ok
        = s->size() == 7 && (*s)[0] == '#' && std::all_of(s->begin() + 1, s->end(), [](char c) {
              return std::isxdigit(static_cast<unsigned char>(c));
          });
    if (!ok) {
        error(at, "must be a colour \"#rrggbb\", got \"" + *s + "\"", MessageCode::InvalidValue);
        return std::nullopt;
    }
    return s;
}

void JsonReader::unknownKeys(const JsonAt &object,
                             std::initializer_list<std::string_view> known,
                             const std::string &hint)
{
    for (const auto &[key, member] : object.members()) {
        bool found = false;
        for (std::string_view k : known)
            found = found || k == key;
        if (!found)
            error(member, "unknown field" + hint, MessageCode::UnknownField);
    }
}

} // namespace tf
