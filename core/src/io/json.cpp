// SPDX-License-Identifier: MIT
#include "tf/io/json.h"

#include "tf/io/jsonreader.h"
#include "tf/io/utf8text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <iterator>
#include <unordered_set>

namespace tf {

const JsonValue *JsonValue::find(std::string_view key) const
{
    if (!isObject())
        return nullptr;
    for (const auto &[k, v] : toObject()) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

void JsonValue::set(std::string key, JsonValue value)
{
    if (!isObject())
        m_value = Object{};
    toObject().emplace_back(std::move(key), std::move(value));
}

const char *JsonValue::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return "a boolean";
    case Type::Number:
        return "a number";
    case Type::String:
        return "a string";
    case Type::Array:
        return "an array";
    case Type::Object:
        return "an object";
    }
    return "?";
}

namespace {

// Byte offset -> 1-based line and column (in characters, as editors count them).
std::pair<int, int> lineAndColumn(std::string_view text, std::size_t at)
{
    at = std::min(at, text.size());
    const std::size_t lineStart = text.rfind('\n', at == 0 ? 0 : at - 1);
    const std::size_t from
        = lineStart == std::string_view::npos || lineStart >= at ? 0 : lineStart + 1;
    const int line = 1 + int(std::count(text.begin(), text.begin() + std::ptrdiff_t(at), '\n'));
    return {line, 1 + int(characterCount(text.substr(from, at - from)))};
}

// nlohmann's reader takes any iterator; this one tells how far it has read, so problems found in
// the callbacks below (which get no position) are placed too.
struct CountingIterator
{
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    const char *at = nullptr;
    const char **furthest = nullptr;

    reference operator*() const { return *at; }
    CountingIterator &operator++()
    {
        ++at;
        *furthest = at;
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator &other) const { return at == other.at; }
    bool operator!=(const CountingIterator &other) const { return at != other.at; }
};

// Builds a JsonValue from nlohmann's SAX events. The tree is built in place: each container is
// appended to its parent when it opens and stays open until it closes (depth first), so the
// pointers on the stack stay valid.
class TreeBuilder
{
public:
    using Json = nlohmann::json;

    explicit TreeBuilder(std::string_view text)
        : m_text(text)
        , m_read(text.data())
    {}

    const char **readPointer() { return &m_read; }
    JsonParseResult &result() { return m_result; }

    JsonValue takeRoot() { return std::move(m_root); }

    bool null() { return put(JsonValue()); }
    bool boolean(bool b) { return put(JsonValue(b)); }
    bool number_integer(Json::number_integer_t i) { return put(JsonValue(double(i))); }
    bool number_unsigned(Json::number_unsigned_t u) { return put(JsonValue(double(u))); }
    bool number_float(Json::number_float_t d, const Json::string_t &raw)
    {
        if (!std::isfinite(d))
            return fail(MessageCode::InvalidValue,
                        "the number " + raw + " is beyond a double",
                        readSoFar() - raw.size());
        return put(JsonValue(d));
    }
    bool string(Json::string_t &s)
    {
        if (s.find('\0') != std::string::npos)
            return fail(MessageCode::InvalidJson,
                        "holds a NUL character (\\u0000), which no text may hold",
                        stringStart());
        return put(JsonValue(std::move(s)));
    }
    bool binary(Json::binary_t &)
    {
        return fail(MessageCode::InvalidJson, "binary data", readSoFar());
    }
    bool start_object(std::size_t) { return open(JsonValue::Object{}); }
    bool key(Json::string_t &k)
    {
        Frame &f = m_stack.back();
        if (k.find('\0') != std::string::npos)
            return fail(MessageCode::InvalidJson,
                        "a member name holds a NUL character (\\u0000), which no text may hold",
                        stringStart());
        if (!f.newKey(k))
            return fail(MessageCode::DuplicateId,
                        "the member \"" + k
                            + "\" appears twice (JSON leaves open which one counts)",
                        stringStart());
        f.key = std::move(k);
        f.hasKey = true;
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(JsonValue::Array{}); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position,
                     const std::string &lastToken,
                     const nlohmann::detail::exception &e)
    {
        // nlohmann's own text is "[json.exception.parse_error.101] parse error at line 1, column 6:
        // syntax error while parsing value - unexpected '}'; expected ...": the part after the
        // dash is kept, with our own line and column (in characters rather than bytes).
        std::string what = e.what();
        // After a value in an array or object a comma may come as well as the end.
        const bool inArray = what.find("while parsing array - ") != std::string::npos;
        const bool inObject = what.find("while parsing object - ") != std::string::npos;
        if (const auto dash = what.find(" - "); dash != std::string::npos)
            what = what.substr(dash + 3);
        else if (const auto bracket = what.find("] "); bracket != std::string::npos)
            what = what.substr(bracket + 2);
        const std::string lastRead = "; last read: '" + lastToken + "'";
        if (const auto at = what.find(lastRead); at != std::string::npos)
            what.erase(at, lastRead.size());
        if (inArray)
            replace(what, "expected ']'", "expected ',' or ']'");
        if (inObject)
            replace(what, "expected '}'", "expected ',' or '}'");
        replace(what, "; expected '[', '{', or a literal", "; expected a value");
        replace(what, "; expected string literal", "; expected a member name in double quotes");
        const std::size_t bad = position == 0 ? 0 : position - 1;
        if (e.id == 406) // a number too large for a double
            return fail(MessageCode::InvalidValue,
                        "the number " + lastToken + " is beyond a double",
                        position >= lastToken.size() ? position - lastToken.size() : 0);
        if (what.find("ill-formed UTF-8") != std::string::npos)
            return fail(MessageCode::InvalidJson, textWhat("is not valid UTF-8"), badByte(bad));
        if (what.find("surrogate") != std::string::npos)
            return fail(MessageCode::InvalidJson,
                        textWhat("holds a lone UTF-16 surrogate, which is not text"),
                        surrogateBefore(bad));
        return fail(MessageCode::InvalidJson, "", tokenStart(bad, what), what);
    }

    // Nothing in the text may be a NUL byte: nlohmann's reader would take one for the end.
    bool checkNulBytes()
    {
        const std::size_t nul = m_text.find('\0');
        if (nul == std::string_view::npos)
            return true;
        return fail(MessageCode::InvalidJson, "", nul, "a NUL byte, which JSON text never holds");
    }

private:
    struct Frame
    {
        JsonValue *container = nullptr;
        std::string key; ///< the member being read, in an object
        bool hasKey = false;
        std::unique_ptr<std::unordered_set<std::string>> keys; ///< for large objects only

        // False when the object already has a member of that name.
        bool newKey(const std::string &k)
        {
            auto &members = container->toObject();
            if (!keys && members.size() < 16) {
                for (const auto &m : members) {
                    if (m.first == k)
                        return false;
                }
                return true;
            }
            if (!keys) {
                keys = std::make_unique<std::unordered_set<std::string>>();
                for (const auto &m : members)
                    keys->insert(m.first);
            }
            return keys->insert(k).second;
        }
    };

    static void replace(std::string &s, std::string_view from, std::string_view to)
    {
        if (const auto at = s.find(from); at != std::string::npos)
            s.replace(at, from.size(), to);
    }

    std::size_t readSoFar() const { return std::size_t(m_read - m_text.data()); }

    // The opening quote of the string just read (its closing quote is the last byte read).
    std::size_t stringStart() const
    {
        const std::size_t closing = m_text.rfind('"', readSoFar() == 0 ? 0 : readSoFar() - 1);
        return closing == std::string_view::npos ? readSoFar() : openingQuote(closing);
    }

    // The nearest quote before `end` that no backslash escapes: where the string around `end`
    // starts.
    std::size_t openingQuote(std::size_t end) const
    {
        for (std::size_t i = end; i > 0;) {
            i = m_text.rfind('"', i - 1);
            if (i == std::string_view::npos)
                break;
            std::size_t slashes = 0;
            while (i >= slashes + 1 && m_text[i - slashes - 1] == '\\')
                ++slashes;
            if (slashes % 2 == 0)
                return i;
        }
        return end;
    }

    // Where the token nlohmann stopped at begins: it reports the offset after reading it whole.
    std::size_t tokenStart(std::size_t last, const std::string &what) const
    {
        auto back = [&](auto part) {
            std::size_t i = last;
            while (i > 0 && part(m_text[i - 1]))
                --i;
            return i;
        };
        if (what.find("unexpected string literal") != std::string::npos)
            return openingQuote(last);
        if (what.find("unexpected number literal") != std::string::npos)
            return back([](char c) {
                return std::string_view("0123456789+-.eE").find(c) != std::string_view::npos;
            });
        if (what.find("invalid literal") != std::string::npos && last < m_text.size()
            && std::isalpha(static_cast<unsigned char>(m_text[last])))
            return back([](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
        return last;
    }

    // The first byte that is not UTF-8 in the string being read when the reader stopped at `at`.
    std::size_t badByte(std::size_t at) const
    {
        const std::size_t open = openingQuote(std::min(at, m_text.size()));
        if (open >= at)
            return at;
        const std::size_t bad = invalidUtf8At(m_text.substr(open + 1, at - open));
        return bad == std::string_view::npos ? at : open + 1 + bad;
    }

    // A problem in the string being read: in a member name when no key is pending in an object.
    std::string textWhat(const std::string &what) const
    {
        const bool inName
            = !m_stack.empty() && m_stack.back().container->isObject() && !m_stack.back().hasKey;
        return (inName ? "a member name " : "") + what;
    }

    // The \uD800-\uDFFF escape the reader stopped after (it reads on to look for the pair).
    std::size_t surrogateBefore(std::size_t at) const
    {
        for (std::size_t i = std::min(at, m_text.size()); i-- > 0 && at - i <= 16;) {
            if (i + 3 < m_text.size() && m_text[i] == '\\' && m_text[i + 1] == 'u'
                && (m_text[i + 2] == 'd' || m_text[i + 2] == 'D')
                && std::string_view("89abcdefABCDEF").find(m_text[i + 3]) != std::string_view::npos)
                return i;
        }
        return at;
    }

    bool put(JsonValue v, JsonValue **placed = nullptr)
    {
        JsonValue *where = nullptr;
        if (m_stack.empty()) {
            m_root = std::move(v);
            where = &m_root;
        } else if (Frame &f = m_stack.back(); f.container->isArray()) {
            f.container->toArray().push_back(std::move(v));
            where = &f.container->toArray().back();
        } else {
            f.container->toObject().emplace_back(std::move(f.key), std::move(v));
            f.hasKey = false;
            where = &f.container->toObject().back().second;
        }
        if (placed)
            *placed = where;
        return true;
    }

    bool open(JsonValue container)
    {
        if (m_stack.size() >= std::size_t(kMaxJsonDepth))
            return fail(MessageCode::TooLarge,
                        "nested deeper than " + std::to_string(kMaxJsonDepth)
                            + " levels, more than any file of ours holds",
                        readSoFar() == 0 ? 0 : readSoFar() - 1);
        JsonValue *placed = nullptr;
        put(std::move(container), &placed);
        m_stack.push_back(Frame{placed, {}, false, nullptr});
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        return true;
    }

    // The path of the value being read: members joined by dots, array items by [index].
    std::string path() const
    {
        std::string p;
        for (std::size_t i = 0; i < m_stack.size(); ++i) {
            const Frame &f = m_stack[i];
            const bool innermost = i + 1 == m_stack.size();
            if (f.container->isArray()) {
                const std::size_t n = f.container->toArray().size();
                p += "[" + std::to_string(innermost ? n : n - 1) + "]";
                continue;
            }
            const std::string *k
                = innermost ? (f.hasKey ? &f.key : nullptr) : &f.container->toObject().back().first;
            if (k) {
                if (!p.empty())
                    p += '.';
                p += *k;
            }
        }
        return p.empty() ? "$" : p;
    }

    // Records the first problem. With `syntax`, the text says "not valid JSON at line L, column
    // C: syntax"; otherwise "path: what (line L, column C)".
    bool
    fail(MessageCode code, const std::string &what, std::size_t at, const std::string &syntax = {})
    {
        if (!m_result.error.empty())
            return false;
        const auto [line, column] = lineAndColumn(m_text, at);
        m_result.code = code;
        m_result.path = path();
        m_result.line = line;
        m_result.column = column;
        const std::string place
            = "line " + std::to_string(line) + ", column " + std::to_string(column);
        m_result.error = syntax.empty() ? m_result.path + ": " + what + " (" + place + ")"
                                        : "not valid JSON at " + place + ": " + syntax;
        return false;
    }

    std::string_view m_text;
    const char *m_read;
    JsonValue m_root;
    std::vector<Frame> m_stack;
    JsonParseResult m_result;
};

} // namespace

Message JsonParseResult::message() const
{
    Message m = Message::error(code, error);
    m.path = path;
    return m;
}

JsonParseResult parseJson(std::string_view text)
{
    TreeBuilder builder(text);
    if (!builder.checkNulBytes())
        return std::move(builder.result());
    CountingIterator first{text.data(), builder.readPointer()};
    CountingIterator last{text.data() + text.size(), builder.readPointer()};
    const bool ok = nlohmann::json::sax_parse(first, last, &builder);
    JsonParseResult result = std::move(builder.result());
    if (ok && result.error.empty()) {
        result.value = builder.takeRoot();
    } else if (result.error.empty()) {
        result.error = "not valid JSON"; // nlohmann stopped without saying why; never seen
    }
    return result;
}

namespace {

void writeNumber(std::string &out, double d)
{
    if (!std::isfinite(d)) {
        out += "null"; // JSON has no NaN or infinity; loaders refuse null where a number belongs
        return;
    }
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    out.append(buf, end);
}

void writeString(std::string &out, std::string_view text)
{
    // Readers refuse text that is not UTF-8, but a file name or a message may still hold such
    // bytes; JSON must not.
    std::string repaired;
    std::string_view s = text;
    if (!isValidUtf8(text)) {
        repaired = toValidUtf8(text);
        s = repaired;
    }
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

bool isScalarArray(const JsonValue::Array &a)
{
    for (const auto &v : a) {
        if (v.isArray() || v.isObject())
            return false;
    }
    return a.size() <= 8;
}

void writeValue(std::string &out, const JsonValue &v, int indent)
{
    const std::string pad(size_t(indent + 2), ' ');
    switch (v.type()) {
    case JsonValue::Type::Null:
        out += "null";
        break;
    case JsonValue::Type::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case JsonValue::Type::Number:
        writeNumber(out, v.toNumber());
        break;
    case JsonValue::Type::String:
        writeString(out, v.toString());
        break;
    case JsonValue::Type::Array: {
        const auto &a = v.toArray();
        if (a.empty()) {
            out += "[]";
            break;
        }
        // Short arrays of scalars (positions, matrices' rows) stay on one line for readable diffs.
        const bool inlined = isScalarArray(a);
        out += '[';
        for (size_t i = 0; i < a.size(); ++i) {
            if (i)
                out += inlined ? ", " : ",";
            if (!inlined)
                out += "\n" + pad;
            writeValue(out, a[i], indent + 2);
        }
        if (!inlined)
            out += "\n" + std::string(size_t(indent), ' ');
        out += ']';
        break;
    }
    case JsonValue::Type::Object: {
        const auto &o = v.toObject();
        if (o.empty()) {
            out += "{}";
            break;
        }
        out += '{';
        for (size_t i = 0; i < o.size(); ++i) {
            out += i ? ",\n" : "\n";
            out += pad;
            writeString(out, o[i].first);
            out += ": ";
            writeValue(out, o[i].second, indent + 2);
        }
        out += "\n" + std::string(size_t(indent), ' ') + '}';
        break;
    }
    }
}

std::optional<std::string> unwritableText(std::string_view text)
{
    if (text.find('\0') != std::string_view::npos)
        return "holds a NUL character, which a file cannot hold";
    if (!isValidUtf8(text))
        return "is not valid UTF-8, which a file cannot hold";
    return std::nullopt;
}

// What is wrong with the first unwritable value below `v`; `trail` gets the steps to it, innermost
// first. No path is built for the values that are fine: a save walks every value.
std::optional<std::string> unwritableAt(const JsonValue &v, std::vector<std::string> &trail)
{
    switch (v.type()) {
    case JsonValue::Type::Number:
        if (!std::isfinite(v.toNumber()))
            return "is " + jsonNumberText(v.toNumber()) + ", which a file cannot hold";
        break;
    case JsonValue::Type::String:
        return unwritableText(v.toString());
    case JsonValue::Type::Array:
        for (std::size_t i = 0; i < v.toArray().size(); ++i) {
            if (auto why = unwritableAt(v.toArray()[i], trail)) {
                trail.push_back("[" + std::to_string(i) + "]");
                return why;
            }
        }
        break;
    case JsonValue::Type::Object:
        for (const auto &[key, member] : v.toObject()) {
            if (unwritableText(key))
                return std::string("has a member name with a NUL character or bytes that are not "
                                   "UTF-8, which a file cannot hold");
            if (auto why = unwritableAt(member, trail)) {
                trail.push_back(key);
                return why;
            }
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

} // namespace

std::string writeJson(const JsonValue &value)
{
    std::string out;
    writeValue(out, value, 0);
    out += '\n';
    return out;
}

JsonValue numberOrNull(double v)
{
    return std::isfinite(v) ? JsonValue(v) : JsonValue(nullptr);
}

std::optional<Message> unwritableValue(const JsonValue &value)
{
    std::vector<std::string> trail;
    const auto why = unwritableAt(value, trail);
    if (!why)
        return std::nullopt;
    std::string path = "$";
    for (auto step = trail.rbegin(); step != trail.rend(); ++step)
        path = (*step)[0] == '[' ? (path == "$" ? "" : path) + *step
                                 : JsonAt::memberPath(path, *step);
    Message m = Message::error(MessageCode::InvalidValue, path + ": " + *why);
    m.path = path;
    return m;
}

} // namespace tf
