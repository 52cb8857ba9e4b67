// SPDX-License-Identifier: MIT
#include "tf/io/designjson.h"

#include "tf/physics/rackthroughput.h"

#include <cmath>
#include <set>

namespace tf {

namespace {

// Collects problems while walking the document; every reader below reports through it and goes
// on, so one pass finds every problem.
class Reader
{
public:
    std::vector<Message> messages;
    std::set<std::string, std::less<>> failedNodes; ///< their links are skipped without more noise

    void error(const std::string &path,
               const std::string &what,
               MessageCode code = MessageCode::InvalidJson,
               std::vector<std::string> nodeIds = {})
    {
        Message m
            = Message::error(code, path.empty() ? what : path + ": " + what, std::move(nodeIds));
        m.path = path;
        messages.push_back(std::move(m));
    }

    bool expect(const JsonValue &v, JsonValue::Type type, const std::string &path)
    {
        if (v.type() == type)
            return true;
        error(path,
              std::string("must be ") + JsonValue::typeName(type) + ", got "
                  + JsonValue::typeName(v.type()));
        return false;
    }

    std::optional<std::string>
    string(const JsonValue &obj, std::string_view key, const std::string &path, bool required)
    {
        const JsonValue *v = obj.find(key);
        const std::string p = path + "." + std::string(key);
        if (!v) {
            if (required)
                error(p, "is missing");
            return std::nullopt;
        }
        if (!expect(*v, JsonValue::Type::String, p))
            return std::nullopt;
        return v->toString();
    }

    std::optional<double>
    number(const JsonValue &obj, std::string_view key, const std::string &path, bool required)
    {
        const JsonValue *v = obj.find(key);
        const std::string p = path + "." + std::string(key);
        if (!v) {
            if (required)
                error(p, "is missing");
            return std::nullopt;
        }
        if (!expect(*v, JsonValue::Type::Number, p))
            return std::nullopt;
        return v->toNumber();
    }

    void unknownKeys(const JsonValue &obj,
                     const std::set<std::string, std::less<>> &known,
                     const std::string &path)
    {
        for (const auto &[k, v] : obj.toObject()) {
            if (!known.count(k))
                error(path + "." + k, "unknown field", MessageCode::UnknownField);
        }
    }
};

std::string at(const std::string &path, size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

void readSettings(Reader &r, const JsonValue &obj, Design &design)
{
    const std::string path = "settings";
    if (!r.expect(obj, JsonValue::Type::Object, path))
        return;
    r.unknownKeys(obj,
                  {"horizon_months",
                   "currency",
                   "electricity_usd_per_mwh",
                   "depreciation_years",
                   "pue_default"},
                  path);
    Settings s = design.settings(); // the catalog the reader was given stays
    if (auto v = r.number(obj, "horizon_months", path, false))
        s.horizonMonths = *v;
    if (auto v = r.string(obj, "currency", path, false))
        s.currency = *v;
    if (auto v = r.number(obj, "electricity_usd_per_mwh", path, false))
        s.electricityUsdPerMwh = *v;
    if (auto v = r.number(obj, "depreciation_years", path, false))
        s.depreciationYears = *v;
    if (auto v = r.number(obj, "pue_default", path, false))
        s.pueDefault = *v;
    if (auto refused = design.setSettings(s))
        r.messages.push_back(*refused);
}

void readGoods(Reader &r, const JsonValue &arr, Design &design)
{
    if (!r.expect(arr, JsonValue::Type::Array, "goods"))
        return;
    const auto &goods = arr.toArray();
    for (size_t i = 0; i < goods.size(); ++i) {
        const std::string path = at("goods", i);
        const JsonValue &g = goods[i];
        if (!r.expect(g, JsonValue::Type::Object, path))
            continue;
        r.unknownKeys(g, {"id", "name", "unit", "basis", "color"}, path);
        Good good;
        auto id = r.string(g, "id", path, true);
        if (!id)
            continue;
        good.id = *id;
        good.name = r.string(g, "name", path, false).value_or(*id);
        good.unit = r.string(g, "unit", path, false).value_or("");
        good.color = r.string(g, "color", path, false).value_or("");
        if (auto basis = r.string(g, "basis", path, false)) {
            if (*basis == "flow")
                good.basis = GoodBasis::Flow;
            else if (*basis == "level")
                good.basis = GoodBasis::Level;
            else
                r.error(path + ".basis",
                        "must be \"flow\" or \"level\", got \"" + *basis + "\"",
                        MessageCode::InvalidValue);
        } else if (const Good *standard = findStandardGood(good.id)) {
            good.basis = standard->basis;
        }
        if (auto refused = design.addGood(good))
            r.error(path + ".id", refused->text, refused->code);
    }
}

std::vector<Term> readTerms(Reader &r, const JsonValue &obj, const std::string &path)
{
    std::vector<Term> terms;
    if (!r.expect(obj, JsonValue::Type::Object, path))
        return terms;
    for (const auto &[good, amount] : obj.toObject()) {
        if (r.expect(amount, JsonValue::Type::Number, path + "." + good))
            terms.push_back({good, amount.toNumber()});
    }
    return terms;
}

// {"kind": "triangular", "min": 1, "mode": 2, "max": 4}: the numbers its kind takes, all required.
std::optional<Distribution> readDistribution(Reader &r, const JsonValue &v, const std::string &path)
{
    if (!r.expect(v, JsonValue::Type::Object, path))
        return std::nullopt;
    const auto kindName = r.string(v, "kind", path, true);
    if (!kindName)
        return std::nullopt;
    const auto kind = parseDistributionKind(*kindName);
    if (!kind) {
        r.error(path + ".kind",
                "unknown distribution \"" + *kindName
                    + "\" (known: uniform, triangular, normal, lognormal)",
                MessageCode::UnknownField);
        return std::nullopt;
    }
    std::vector<std::string_view> keys = {"min", "max"};
    if (*kind == Distribution::Kind::Triangular)
        keys = {"min", "mode", "max"};
    else if (*kind == Distribution::Kind::Normal)
        keys = {"mean", "sd"};
    else if (*kind == Distribution::Kind::Lognormal)
        keys = {"median", "sigma"};
    std::set<std::string, std::less<>> known(keys.begin(), keys.end());
    known.insert("kind");
    r.unknownKeys(v, known, path);
    Distribution d;
    d.kind = *kind;
    for (std::string_view key : keys) {
        const auto x = r.number(v, key, path, true);
        if (!x)
            return std::nullopt;
        double &field = key == "min"      ? d.min
                        : key == "mode"   ? d.mode
                        : key == "max"    ? d.max
                        : key == "mean"   ? d.mean
                        : key == "sd"     ? d.sd
                        : key == "median" ? d.median
                                          : d.sigma;
        field = *x;
    }
    if (std::string problem = checkDistribution(d); !problem.empty()) {
        r.error(path, problem, MessageCode::InvalidValue);
        return std::nullopt;
    }
    return d;
}

std::optional<ParamValue> readParam(Reader &r, const JsonValue &v, const std::string &path)
{
    if (v.isNumber())
        return ParamValue{v.toNumber(), {}, false};
    if (v.isObject()) {
        r.unknownKeys(v, {"value", "source", "estimate", "distribution"}, path);
        ParamValue p;
        auto value = r.number(v, "value", path, true);
        if (!value)
            return std::nullopt;
        p.value = *value;
        p.source = r.string(v, "source", path, false).value_or("");
        if (const JsonValue *e = v.find("estimate")) {
            if (r.expect(*e, JsonValue::Type::Bool, path + ".estimate"))
                p.estimate = e->toBool();
        }
        if (const JsonValue *d = v.find("distribution"))
            p.distribution = readDistribution(r, *d, path + ".distribution");
        return p;
    }
    // null is what a writer makes of NaN or infinity: say so rather than "wrong type".
    r.error(path,
            v.isNull() ? "must be a finite number, got null"
                       : std::string("must be a number or an object, got ")
                             + JsonValue::typeName(v.type()),
            MessageCode::InvalidValue);
    return std::nullopt;
}

void readNodes(Reader &r, const JsonValue &arr, Design &design)
{
    if (!r.expect(arr, JsonValue::Type::Array, "nodes"))
        return;
    const auto &nodes = arr.toArray();
    for (size_t i = 0; i < nodes.size(); ++i) {
        const std::string path = at("nodes", i);
        const JsonValue &n = nodes[i];
        if (!r.expect(n, JsonValue::Type::Object, path))
            continue;
        const size_t problemsBefore = r.messages.size();
        r.unknownKeys(n,
                      {"id",
                       "kind",
                       "name",
                       "position",
                       "good",
                       "rate",
                       "recipe",
                       "params",
                       "choices",
                       "notes"},
                      path);
        Node node;
        auto id = r.string(n, "id", path, true);
        auto kindId = r.string(n, "kind", path, true);
        if (!id || !kindId)
            continue;
        node.id = *id;
        const NodeKindInfo *kind = findKind(*kindId);
        if (!kind) {
            std::string known;
            for (const NodeKindInfo &k : nodeKinds())
                known += (known.empty() ? "" : ", ") + k.id;
            r.error(path + ".kind",
                    "unknown kind \"" + *kindId + "\" (known: " + known + ")",
                    MessageCode::UnknownField,
                    {node.id});
            r.failedNodes.insert(node.id);
            continue;
        }
        node.kind = kind->kind;
        node.name = r.string(n, "name", path, false).value_or(node.id);
        node.notes = r.string(n, "notes", path, false).value_or("");
        if (const JsonValue *pos = n.find("position")) {
            const auto &a = pos->isArray() ? pos->toArray() : JsonValue::Array{};
            if (a.size() == 2 && a[0].isNumber() && a[1].isNumber()) {
                node.x = a[0].toNumber();
                node.y = a[1].toNumber();
            } else {
                r.error(path + ".position",
                        "must be [x, y] with two numbers",
                        MessageCode::InvalidJson,
                        {node.id});
            }
        }
        if (kind->hasGoodField)
            node.good = r.string(n, "good", path, true).value_or("");
        else if (n.find("good"))
            r.error(path + ".good",
                    "only supplier and sink nodes name a good",
                    MessageCode::UnknownField,
                    {node.id});

        if (const JsonValue *recipe = n.find("recipe")) {
            if (!kind->explicitRecipe) {
                r.error(path + ".recipe",
                        "a " + kind->id + " node derives its recipe from its parameters",
                        MessageCode::UnknownField,
                        {node.id});
            } else if (r.expect(*recipe, JsonValue::Type::Object, path + ".recipe")) {
                r.unknownKeys(*recipe, {"inputs", "outputs"}, path + ".recipe");
                if (const JsonValue *in = recipe->find("inputs"))
                    node.recipe.inputs = readTerms(r, *in, path + ".recipe.inputs");
                if (const JsonValue *out = recipe->find("outputs"))
                    node.recipe.outputs = readTerms(r, *out, path + ".recipe.outputs");
            }
        }
        if (const JsonValue *params = n.find("params");
            params && r.expect(*params, JsonValue::Type::Object, path + ".params")) {
            for (const auto &[key, value] : params->toObject()) {
                if (auto p = readParam(r, value, path + ".params." + key))
                    node.params[key] = *p;
            }
        }
        if (const JsonValue *choices = n.find("choices");
            choices && r.expect(*choices, JsonValue::Type::Object, path + ".choices")) {
            for (const auto &[key, value] : choices->toObject()) {
                if (r.expect(value, JsonValue::Type::String, path + ".choices." + key))
                    node.choices[key] = value.toString();
            }
        }
        if (const JsonValue *rate = n.find("rate")) {
            if (node.kind != NodeKind::Sink)
                r.error(path + ".rate",
                        "only sink nodes have a rate",
                        MessageCode::UnknownField,
                        {node.id});
            else if (auto p = readParam(r, *rate, path + ".rate"))
                node.params["rate"] = *p;
        }
        // Parameter problems are reported all at once, each with its full path.
        std::vector<Message> problems = checkParams(node);
        for (Message &m : checkChoices(node, design.settings()))
            problems.push_back(std::move(m));
        for (const Message &m : problems) {
            Message located = m;
            located.path = path + "." + m.path;
            const auto colon = m.text.find(": ");
            located.text = located.path + ": "
                           + (m.code == MessageCode::InvalidValue && colon != std::string::npos
                                  ? m.text.substr(colon + 2)
                                  : m.text);
            r.messages.push_back(std::move(located));
        }
        if (!problems.empty() || r.messages.size() > problemsBefore) {
            r.failedNodes.insert(node.id);
            continue;
        }
        const std::string nodeId = node.id;
        if (auto refused = design.addNode(std::move(node))) {
            r.error(path, refused->text, refused->code, refused->nodeIds);
            if (refused->code != MessageCode::DuplicateId)
                r.failedNodes.insert(nodeId);
        }
    }
}

void readLinks(Reader &r, const JsonValue &arr, Design &design)
{
    if (!r.expect(arr, JsonValue::Type::Array, "links"))
        return;
    const auto &links = arr.toArray();
    for (size_t i = 0; i < links.size(); ++i) {
        const std::string path = at("links", i);
        const JsonValue &l = links[i];
        if (!r.expect(l, JsonValue::Type::Object, path))
            continue;
        r.unknownKeys(l, {"id", "from", "to", "good", "share"}, path);
        Link link;
        link.id = r.string(l, "id", path, false).value_or("");
        auto from = r.string(l, "from", path, true);
        auto to = r.string(l, "to", path, true);
        if (!from || !to)
            continue;
        link.from = *from;
        link.to = *to;
        if (r.failedNodes.count(link.from) || r.failedNodes.count(link.to))
            continue; // the node's own error says what is wrong
        if (auto good = r.string(l, "good", path, false)) {
            link.good = *good;
        } else if (const Node *a = design.node(link.from), *b = design.node(link.to); a && b) {
            // A hand-written link may leave out the good when only one fits both ends.
            const Recipe ra = effectiveRecipe(*a, design.settings());
            const Recipe rb = effectiveRecipe(*b, design.settings());
            int matches = 0;
            for (const Term &t : ra.outputs) {
                if (rb.hasInput(t.good)) {
                    link.good = t.good;
                    ++matches;
                }
            }
            if (matches != 1) {
                r.error(path + ".good",
                        matches ? "is missing and more than one good would fit"
                                : "is missing and no good fits both ends",
                        MessageCode::GoodMismatch,
                        {link.from, link.to});
                continue;
            }
        }
        if (const JsonValue *share = l.find("share")) {
            if (share->isNumber())
                link.share = share->toNumber();
            else
                r.error(path + ".share",
                        share->isNull() ? "must be a finite number, got null" : "must be a number",
                        MessageCode::InvalidValue,
                        {link.from, link.to});
        }
        if (auto refused = design.addLink(std::move(link)))
            r.error(path, refused->text, refused->code, refused->nodeIds);
    }
}

JsonValue paramToJson(const ParamValue &p)
{
    if (p.source.empty() && !p.estimate && !p.distribution)
        return p.value;
    JsonValue o = JsonValue::Object{};
    o.set("value", p.value);
    if (!p.source.empty())
        o.set("source", p.source);
    if (p.estimate)
        o.set("estimate", true);
    if (p.distribution)
        o.set("distribution", distributionToJson(*p.distribution));
    return o;
}

JsonValue termsToJson(const std::vector<Term> &terms)
{
    JsonValue o = JsonValue::Object{};
    for (const Term &t : terms)
        o.set(t.good, t.amount);
    return o;
}

} // namespace

DesignLoad designFromJson(const JsonValue &root, std::shared_ptr<const CatalogOverlay> catalog)
{
    DesignLoad result;
    Reader r;
    if (!r.expect(root, JsonValue::Type::Object, "$")) {
        result.messages = std::move(r.messages);
        return result;
    }
    r.unknownKeys(root, {"format", "version", "settings", "goods", "nodes", "links"}, "$");
    if (auto format = r.string(root, "format", "$", true); format && *format != kDesignFormat)
        r.error("$.format",
                "must be \"" + std::string(kDesignFormat) + "\", got \"" + *format + "\"");
    if (auto version = r.number(root, "version", "$", true)) {
        if (*version > kDesignFormatVersion) {
            r.error("$.version",
                    "the file is format version " + std::to_string(int(*version))
                        + ", written by a newer Token Factory Planner; this version reads up to "
                        + std::to_string(kDesignFormatVersion),
                    MessageCode::UnsupportedVersion);
        } else if (*version < 1 || *version != std::floor(*version)) {
            r.error("$.version", "must be a whole number >= 1", MessageCode::InvalidValue);
        }
    }
    if (hasErrors(r.messages)) {
        result.messages = std::move(r.messages);
        return result;
    }

    Design design;
    if (catalog) {
        // Before the nodes, whose choices are checked against it.
        Settings withCatalog;
        withCatalog.catalog = std::move(catalog);
        (void)design.setSettings(withCatalog);
    }
    if (const JsonValue *s = root.find("settings"))
        readSettings(r, *s, design);
    if (const JsonValue *g = root.find("goods"))
        readGoods(r, *g, design);
    if (const JsonValue *n = root.find("nodes"))
        readNodes(r, *n, design);
    if (const JsonValue *l = root.find("links"))
        readLinks(r, *l, design);

    result.messages = std::move(r.messages);
    if (!hasErrors(result.messages))
        result.design = std::move(design);
    return result;
}

DesignLoad readDesignJson(std::string_view text, std::shared_ptr<const CatalogOverlay> catalog)
{
    JsonParseResult parsed = parseJson(text);
    if (!parsed.value) {
        DesignLoad result;
        Message m = Message::error(MessageCode::InvalidJson, parsed.error);
        m.path = "$";
        result.messages.push_back(std::move(m));
        return result;
    }
    return designFromJson(*parsed.value, std::move(catalog));
}

JsonValue designToJson(const Design &design)
{
    JsonValue root = JsonValue::Object{};
    root.set("format", std::string(kDesignFormat));
    root.set("version", kDesignFormatVersion);

    const Settings &s = design.settings();
    JsonValue settings = JsonValue::Object{};
    settings.set("horizon_months", s.horizonMonths);
    settings.set("currency", s.currency);
    settings.set("electricity_usd_per_mwh", s.electricityUsdPerMwh);
    settings.set("depreciation_years", s.depreciationYears);
    settings.set("pue_default", s.pueDefault);
    root.set("settings", settings);

    JsonValue::Array goods;
    for (const Good &g : design.goods()) {
        JsonValue o = JsonValue::Object{};
        o.set("id", g.id);
        o.set("name", g.name);
        o.set("unit", g.unit);
        o.set("basis", std::string(basisName(g.basis)));
        if (!g.color.empty())
            o.set("color", g.color);
        goods.push_back(std::move(o));
    }
    root.set("goods", std::move(goods));

    JsonValue::Array nodes;
    for (const Node &n : design.nodes()) {
        const NodeKindInfo &kind = kindInfo(n.kind);
        JsonValue o = JsonValue::Object{};
        o.set("id", n.id);
        o.set("kind", kind.id);
        o.set("name", n.name);
        o.set("position", JsonValue::Array{n.x, n.y});
        if (kind.hasGoodField)
            o.set("good", n.good);
        if (kind.explicitRecipe) {
            JsonValue recipe = JsonValue::Object{};
            recipe.set("inputs", termsToJson(n.recipe.inputs));
            recipe.set("outputs", termsToJson(n.recipe.outputs));
            o.set("recipe", std::move(recipe));
        }
        JsonValue params = JsonValue::Object{};
        for (const auto &[key, value] : n.params) {
            if (n.kind == NodeKind::Sink && key == "rate")
                o.set("rate", paramToJson(value));
            else
                params.set(key, paramToJson(value));
        }
        if (!params.toObject().empty())
            o.set("params", std::move(params));
        if (!n.choices.empty()) {
            JsonValue choices = JsonValue::Object{};
            for (const auto &[key, value] : n.choices)
                choices.set(key, value);
            o.set("choices", std::move(choices));
        }
        if (!n.notes.empty())
            o.set("notes", n.notes);
        nodes.push_back(std::move(o));
    }
    root.set("nodes", std::move(nodes));

    JsonValue::Array links;
    for (const Link &l : design.links()) {
        JsonValue o = JsonValue::Object{};
        o.set("id", l.id);
        o.set("from", l.from);
        o.set("to", l.to);
        o.set("good", l.good);
        if (l.share)
            o.set("share", *l.share);
        links.push_back(std::move(o));
    }
    root.set("links", std::move(links));
    return root;
}

std::string writeDesignJson(const Design &design)
{
    return writeJson(designToJson(design));
}

} // namespace tf
