// SPDX-License-Identifier: MIT
#include "tf/io/json.h"

#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <unordered_map>

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

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close(db); }
};

// json_tree() walks the document depth-first and in document order, one row per element, with the
// id of its parent; rebuilding the tree is a matter of appending each row to its parent.
constexpr const char *kTreeQuery = "SELECT id, parent, type, atom, key FROM json_tree(?1)";

} // namespace

JsonParseResult parseJson(std::string_view text)
{
    JsonParseResult result;
    if (text.find('\0') != std::string_view::npos) {
        result.error = "not valid JSON: the text contains a NUL byte";
        return result;
    }
    Connection conn;
    if (sqlite3_open_v2(":memory:", &conn.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr)
        != SQLITE_OK) {
        result.error = "cannot start the JSON reader (SQLite in-memory database)";
        return result;
    }
    sqlite3_limit(conn.db, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);

    Statement valid;
    sqlite3_prepare_v2(conn.db, "SELECT json_valid(?1)", -1, &valid.stmt, nullptr);
    sqlite3_bind_text(valid.stmt, 1, text.data(), int(text.size()), SQLITE_STATIC);
    if (sqlite3_step(valid.stmt) != SQLITE_ROW || sqlite3_column_int(valid.stmt, 0) != 1) {
        result.error = "not valid JSON (check for a missing comma, quote or bracket)";
        return result;
    }

    Statement tree;
    if (sqlite3_prepare_v2(conn.db, kTreeQuery, -1, &tree.stmt, nullptr) != SQLITE_OK) {
        result.error = std::string("cannot read JSON: ") + sqlite3_errmsg(conn.db);
        return result;
    }
    sqlite3_bind_text(tree.stmt, 1, text.data(), int(text.size()), SQLITE_STATIC);

    // Elements are built in place, each appended to the container its row names as parent.
    JsonValue root;
    std::unordered_map<sqlite3_int64, JsonValue *> byId;
    int rc;
    while ((rc = sqlite3_step(tree.stmt)) == SQLITE_ROW) {
        const sqlite3_int64 id = sqlite3_column_int64(tree.stmt, 0);
        const bool hasParent = sqlite3_column_type(tree.stmt, 1) != SQLITE_NULL;
        const std::string_view type(
            reinterpret_cast<const char *>(sqlite3_column_text(tree.stmt, 2)));
        JsonValue value;
        if (type == "object")
            value = JsonValue::Object{};
        else if (type == "array")
            value = JsonValue::Array{};
        else if (type == "true")
            value = true;
        else if (type == "false")
            value = false;
        else if (type == "integer" || type == "real")
            value = sqlite3_column_double(tree.stmt, 3);
        else if (type == "text") {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(tree.stmt, 3));
            value = std::string(p ? p : "", size_t(sqlite3_column_bytes(tree.stmt, 3)));
        }

        JsonValue *placed = nullptr;
        if (!hasParent) {
            root = std::move(value);
            placed = &root;
        } else {
            const auto parentIt = byId.find(sqlite3_column_int64(tree.stmt, 1));
            if (parentIt == byId.end()) {
                result.error = "cannot read JSON: element without a parent";
                return result;
            }
            JsonValue *parent = parentIt->second;
            if (parent->isArray()) {
                parent->toArray().push_back(std::move(value));
                placed = &parent->toArray().back();
            } else {
                const auto *k = reinterpret_cast<const char *>(sqlite3_column_text(tree.stmt, 4));
                parent->toObject().emplace_back(k ? k : "", std::move(value));
                placed = &parent->toObject().back().second;
            }
        }
        // Only containers are looked up as parents. The walk is depth-first, so a container's
        // own parent vector never grows while the container is still open: its pointer stays
        // valid for as long as rows can name it.
        if (placed->isArray() || placed->isObject())
            byId[id] = placed;
    }
    if (rc != SQLITE_DONE) {
        result.error = std::string("cannot read JSON: ") + sqlite3_errmsg(conn.db);
        return result;
    }
    result.value = std::move(root);
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

void writeString(std::string &out, std::string_view s)
{
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

} // namespace

std::string writeJson(const JsonValue &value)
{
    std::string out;
    writeValue(out, value, 0);
    out += '\n';
    return out;
}

} // namespace tf
