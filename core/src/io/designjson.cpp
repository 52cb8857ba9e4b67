// SPDX-License-Identifier: MIT
#include "tf/io/designjson.h"

#include "tf/io/distributionjson.h"
#include "tf/io/jsonreader.h"
#include "tf/model/ranges.h"
#include "tf/model/timeline.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/plan.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace tf {

namespace {

using Need = JsonReader::Need;
constexpr Need Required = JsonReader::Required;

// Format version 1's single straight-line life (docs/file-format.md, "Version 1 files").
constexpr std::string_view kV1DepreciationYears = "depreciation_years";

// Reads one design, reporting every problem through the JsonReader and going on, so one pass
// finds every problem.
struct DesignReader
{
    JsonReader r;
    Design &design;
    int version = kDesignFormatVersion; ///< of the file: version 1 names some settings differently
    std::set<std::string, std::less<>> failedNodes; ///< their links are skipped without more noise

    void settings(const JsonAt &obj);
    void goods(const JsonAt &arr);
    void nodes(const JsonAt &arr);
    void links(const JsonAt &arr);
    void timeline(const JsonAt &obj);
    void timeData(const JsonAt &n, Node &node);
    std::optional<QuarterIndex> quarter(const JsonAt &v);
    std::optional<ParamValue> param(const JsonAt &v);
    std::vector<Term> terms(const JsonAt &obj);
};

void DesignReader::settings(const JsonAt &obj)
{
    if (!r.expect(obj, JsonValue::Type::Object))
        return;
    std::set<std::string, std::less<>> known = {"currency"};
    for (const ParamSpec &spec : settingSpecs())
        known.insert(spec.key);
    if (version == 1)
        known.insert(std::string(kV1DepreciationYears));
    r.unknownKeys(obj, known);
    const std::size_t before = r.count();
    Settings s = design.settings(); // the catalog the reader was given stays
    if (auto v = r.string(obj["currency"]))
        s.currency = *v;
    // Format version 1 had one straight-line life for all capital: it was the accelerators'.
    if (version == 1 && obj[kV1DepreciationYears] && !obj["accelerators_life_years"]) {
        if (auto v = r.number(obj[kV1DepreciationYears]))
            s.asset(AssetClass::Accelerators).lifeYears = *v;
    }
    for (const ParamSpec &spec : settingSpecs()) {
        const JsonAt at = obj[spec.key];
        if (!at)
            continue;
        if (at->isNull() && !spec.defaultValue) {
            setSettingValue(s, spec.key, std::nullopt); // an optional setting not given
            continue;
        }
        auto v = r.number(at);
        if (!v)
            continue;
        // Each setting's own rule, so every bad one is named (setSettings stops at the first).
        if (std::string why = spec.checkValue(*v); !why.empty())
            r.error(at, why, MessageCode::InvalidValue);
        setSettingValue(s, spec.key, *v);
    }
    if (r.count() != before)
        return;
    if (auto refused = design.setSettings(s))
        r.add(*refused, refused->path.empty() ? obj.path() : refused->path);
}

std::optional<QuarterIndex> DesignReader::quarter(const JsonAt &v)
{
    auto text = r.string(v, Required);
    if (!text)
        return std::nullopt;
    std::string why;
    auto q = parseQuarter(*text, &why);
    if (!q)
        r.error(v, why, MessageCode::InvalidValue);
    return q;
}

void DesignReader::timeline(const JsonAt &obj)
{
    if (!r.expect(obj, JsonValue::Type::Object))
        return;
    r.unknownKeys(obj, {"start", "horizon_quarters", "objective"});
    Settings s = design.settings();
    if (obj["start"]) {
        if (auto q = quarter(obj["start"]))
            s.timeline.start = *q;
    }
    if (auto h = r.whole(obj["horizon_quarters"], 1, Ranges::kMaxHorizonQuarters))
        s.timeline.horizonQuarters = int(*h);
    if (auto o = r.oneOf(obj["objective"], {"cumulative-tokens", "npv"}))
        s.timeline.objective = parsePlanObjective(*o).value_or(PlanObjective::CumulativeTokens);
    if (auto refused = design.setSettings(s))
        r.add(*refused, obj.path());
}

// A node's schedules, choice schedules and lead time (docs/file-format.md); their values are
// checked with the node's other parameters.
void DesignReader::timeData(const JsonAt &n, Node &node)
{
    if (const JsonAt all = n["schedules"]; all && r.expect(all, JsonValue::Type::Object)) {
        for (const auto &[key, sched] : all.members()) {
            if (!r.expect(sched, JsonValue::Type::Object))
                continue;
            r.unknownKeys(sched, {"steps", "source", "estimate"});
            Schedule schedule;
            schedule.source = r.string(sched["source"]).value_or("");
            schedule.estimate = r.boolean(sched["estimate"]).value_or(false);
            const JsonAt steps = sched["steps"];
            if (!r.expect(steps, JsonValue::Type::Array))
                continue;
            for (std::size_t i = 0; i < steps.size(); ++i) {
                const JsonAt step = steps[i];
                if (!r.expect(step, JsonValue::Type::Object))
                    continue;
                r.unknownKeys(step, {"from", "value"});
                auto q = quarter(step["from"]);
                auto v = r.number(step["value"], Required);
                if (q && v)
                    schedule.steps.push_back({*q, *v});
            }
            node.schedules[std::string(key)] = std::move(schedule);
        }
    }
    if (const JsonAt all = n["choice_schedules"]; all && r.expect(all, JsonValue::Type::Object)) {
        for (const auto &[key, steps] : all.members()) {
            if (!r.expect(steps, JsonValue::Type::Array))
                continue;
            std::vector<ChoiceStep> read;
            for (std::size_t i = 0; i < steps.size(); ++i) {
                const JsonAt step = steps[i];
                if (!r.expect(step, JsonValue::Type::Object))
                    continue;
                r.unknownKeys(step, {"from", "value"});
                auto q = quarter(step["from"]);
                auto v = r.string(step["value"], Required);
                if (q && v)
                    read.push_back({*q, *v});
            }
            node.choiceSchedules[std::string(key)] = std::move(read);
        }
    }
    if (const JsonAt lead = n["lead_time_quarters"])
        node.leadTime = param(lead);
}

void DesignReader::goods(const JsonAt &arr)
{
    if (!r.expect(arr, JsonValue::Type::Array))
        return;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const JsonAt g = arr[i];
        if (!r.expect(g, JsonValue::Type::Object))
            continue;
        r.unknownKeys(g, {"id", "name", "unit", "basis", "color"});
        Good good;
        auto id = r.string(g["id"], Required);
        if (!id)
            continue;
        good.id = *id;
        good.name = r.string(g["name"]).value_or(*id);
        good.unit = r.string(g["unit"]).value_or("");
        good.color = r.colour(g["color"]).value_or("");
        if (auto basis = r.oneOf(g["basis"], {"flow", "level"}))
            good.basis = *basis == "flow" ? GoodBasis::Flow : GoodBasis::Level;
        else if (const Good *standard = findStandardGood(good.id); standard && !g["basis"])
            good.basis = standard->basis;
        // Added even with a bad field (the design is refused anyway), so the nodes using it are
        // not refused too.
        if (auto refused = design.addGood(good))
            r.add(*refused, g["id"].path());
    }
}

std::vector<Term> DesignReader::terms(const JsonAt &obj)
{
    std::vector<Term> out;
    if (!r.expect(obj, JsonValue::Type::Object))
        return out;
    for (const auto &[good, amount] : obj.members()) {
        if (auto a = r.number(amount, Required))
            out.push_back({std::string(good), *a});
    }
    return out;
}

std::optional<ParamValue> DesignReader::param(const JsonAt &v)
{
    if (v->isNumber()) // infinity (from a .tfproj) is left to the parameter's own rule
        return ParamValue{v->toNumber(), {}, false};
    if (v->isObject()) {
        r.unknownKeys(v, {"value", "source", "estimate", "distribution"});
        ParamValue p;
        const JsonAt value = v["value"];
        if (!r.expect(value, JsonValue::Type::Number))
            return std::nullopt;
        p.value = value->toNumber();
        p.source = r.string(v["source"]).value_or("");
        p.estimate = r.boolean(v["estimate"]).value_or(false);
        if (v["distribution"])
            p.distribution = readDistribution(r, v["distribution"]);
        return p;
    }
    // null is what a writer makes of NaN or infinity: say so rather than "wrong type".
    r.error(v,
            v->isNull() ? "must be a finite number, got null"
                        : std::string("must be a number or an object, got ")
                              + JsonValue::typeName(v->type()),
            MessageCode::InvalidValue);
    return std::nullopt;
}

void DesignReader::nodes(const JsonAt &arr)
{
    if (!r.expect(arr, JsonValue::Type::Array))
        return;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const JsonAt n = arr[i];
        if (!r.expect(n, JsonValue::Type::Object))
            continue;
        const std::size_t problemsBefore = r.count();
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
                       "notes",
                       "schedules",
                       "choice_schedules",
                       "lead_time_quarters"});
        Node node;
        auto id = r.string(n["id"], Required);
        auto kindId = r.string(n["kind"], Required);
        if (!id || !kindId)
            continue;
        node.id = *id;
        const NodeKindInfo *kind = findKind(*kindId);
        if (!kind) {
            std::string known;
            for (const NodeKindInfo &k : nodeKinds())
                known += (known.empty() ? "" : ", ") + k.id;
            r.error(n["kind"],
                    "unknown kind \"" + *kindId + "\" (known: " + known + ")",
                    MessageCode::UnknownField,
                    {node.id});
            failedNodes.insert(node.id);
            continue;
        }
        node.kind = kind->kind;
        node.name = r.string(n["name"]).value_or(node.id);
        node.notes = r.string(n["notes"]).value_or("");
        // Finite: a .tfproj can hold -infinity, which no canvas can place and JSON cannot write.
        if (const auto pos = r.pair(n["position"], "[x, y]")) {
            node.x = pos->first;
            node.y = pos->second;
        }
        if (kind->hasGoodField)
            node.good = r.string(n["good"], Required).value_or("");
        else if (n["good"])
            r.error(n["good"],
                    "only supplier and sink nodes name a good",
                    MessageCode::UnknownField,
                    {node.id});

        if (const JsonAt recipe = n["recipe"]) {
            if (!kind->explicitRecipe) {
                r.error(recipe,
                        "a " + kind->id + " node derives its recipe from its parameters",
                        MessageCode::UnknownField,
                        {node.id});
            } else if (r.expect(recipe, JsonValue::Type::Object)) {
                r.unknownKeys(recipe, {"inputs", "outputs"});
                if (recipe["inputs"])
                    node.recipe.inputs = terms(recipe["inputs"]);
                if (recipe["outputs"])
                    node.recipe.outputs = terms(recipe["outputs"]);
            }
        }
        if (const JsonAt params = n["params"];
            params && r.expect(params, JsonValue::Type::Object)) {
            for (const auto &[key, value] : params.members()) {
                if (auto p = param(value))
                    node.params[std::string(key)] = *p;
            }
        }
        if (const JsonAt choices = n["choices"];
            choices && r.expect(choices, JsonValue::Type::Object)) {
            for (const auto &[key, value] : choices.members()) {
                if (auto c = r.string(value))
                    node.choices[std::string(key)] = *c;
            }
        }
        if (const JsonAt rate = n["rate"]) {
            if (node.kind != NodeKind::Sink)
                r.error(rate, "only sink nodes have a rate", MessageCode::UnknownField, {node.id});
            else if (auto p = param(rate))
                node.params["rate"] = *p;
        }
        timeData(n, node);
        // Parameter problems are reported all at once, each with its full path.
        std::vector<Message> problems = checkParams(node);
        for (Message &m : checkChoices(node, design.settings()))
            problems.push_back(std::move(m));
        for (Message &m : checkTimeData(node, design.settings()))
            problems.push_back(std::move(m));
        for (Message &m : problems) {
            const std::string at = n.path() + "." + m.path;
            r.add(std::move(m), at);
        }
        if (r.count() > problemsBefore) {
            failedNodes.insert(node.id);
            continue;
        }
        const std::string nodeId = node.id;
        if (auto refused = design.addNode(std::move(node))) {
            if (refused->path.rfind("position", 0) == 0) {
                // Named where it is ("nodes[1].position[0]"), as the writer names what it cannot
                // hold; the gate's text starts with its field ("position.x: ").
                Message m = std::move(*refused);
                if (!m.args.empty() && m.text.rfind(m.args.front() + ": ", 0) == 0)
                    m.text.erase(0, m.args.front().size() + 2);
                const std::string at = n.path() + "." + m.path;
                m.path.clear();
                r.add(std::move(m), at);
                failedNodes.insert(nodeId);
                continue;
            }
            r.error(n, refused->text, refused->code, refused->nodeIds);
            if (refused->code != MessageCode::DuplicateId)
                failedNodes.insert(nodeId);
        }
    }
}

void DesignReader::links(const JsonAt &arr)
{
    if (!r.expect(arr, JsonValue::Type::Array))
        return;
    // Links are added once all are read, so shares can be scaled per input (see
    // scaleSharesToFractions); a link's refusal still goes where its other problems would.
    std::vector<Link> read;
    std::vector<std::string> paths;
    std::vector<std::size_t> messagesBefore;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const JsonAt l = arr[i];
        if (!r.expect(l, JsonValue::Type::Object))
            continue;
        r.unknownKeys(l, {"id", "from", "to", "good", "share"});
        Link link;
        link.id = r.string(l["id"]).value_or("");
        auto from = r.string(l["from"], Required);
        auto to = r.string(l["to"], Required);
        if (!from || !to)
            continue;
        link.from = *from;
        link.to = *to;
        if (failedNodes.count(link.from) || failedNodes.count(link.to))
            continue; // the node's own error says what is wrong
        if (auto good = r.string(l["good"])) {
            link.good = *good;
        } else if (l["good"]) {
            continue; // a good of the wrong type, named above
        } else if (const Node *a = design.node(link.from), *b = design.node(link.to); a && b) {
            // A hand-written link may leave out the good when only one fits both ends.
            const NodePorts consumer = nodePorts(*b);
            int matches = 0;
            for (const std::string &g : nodePorts(*a).outputs) {
                if (consumer.takes(g)) {
                    link.good = g;
                    ++matches;
                }
            }
            if (matches != 1) {
                r.error(l["good"],
                        matches ? "is missing and more than one good would fit"
                                : "is missing and no good fits both ends",
                        MessageCode::GoodMismatch,
                        {link.from, link.to});
                continue;
            }
        }
        if (const JsonAt share = l["share"]) {
            if (share->isNumber())
                link.share = share->toNumber();
            else
                r.error(share,
                        share->isNull() ? "must be a finite number, got null" : "must be a number",
                        MessageCode::InvalidValue,
                        {link.from, link.to});
        }
        read.push_back(std::move(link));
        paths.push_back(l.path());
        messagesBefore.push_back(r.count());
    }
    for (const auto &[to, good] : scaleSharesToFractions(read)) {
        const Node *consumer = design.node(to);
        const Good *g = design.good(good);
        Message m = Message::warning(MessageCode::SharesNotNormalised,
                                     "the shares of " + (g ? g->name : good) + " into '"
                                         + (consumer ? consumer->name : to)
                                         + "' were over 1 and are read as proportions: scaled "
                                           "to fractions of 1 (no figure changes)",
                                     {to})
                        .withArgs({to, good});
        r.add(std::move(m), arr.path());
    }
    std::size_t inserted = 0;
    for (std::size_t i = 0; i < read.size(); ++i) {
        if (auto refused = design.addLink(std::move(read[i]))) {
            JsonReader placed;
            placed.error(paths[i], refused->text, refused->code, refused->nodeIds);
            Message m = std::move(placed.messages.front());
            m.args = refused->args;
            r.messages.insert(r.messages.begin() + std::ptrdiff_t(messagesBefore[i] + inserted),
                              std::move(m));
            ++inserted;
        }
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

void timeDataToJson(const Node &n, JsonValue &o)
{
    if (!n.schedules.empty()) {
        JsonValue all = JsonValue::Object{};
        for (const auto &[key, schedule] : n.schedules) {
            JsonValue sched = JsonValue::Object{};
            JsonValue::Array steps;
            for (const ScheduleStep &step : schedule.steps) {
                JsonValue st = JsonValue::Object{};
                st.set("from", quarterText(step.quarter));
                st.set("value", step.value);
                steps.push_back(std::move(st));
            }
            sched.set("steps", std::move(steps));
            if (!schedule.source.empty())
                sched.set("source", schedule.source);
            if (schedule.estimate)
                sched.set("estimate", true);
            all.set(key, std::move(sched));
        }
        o.set("schedules", std::move(all));
    }
    if (!n.choiceSchedules.empty()) {
        JsonValue all = JsonValue::Object{};
        for (const auto &[key, steps] : n.choiceSchedules) {
            JsonValue::Array list;
            for (const ChoiceStep &step : steps) {
                JsonValue st = JsonValue::Object{};
                st.set("from", quarterText(step.quarter));
                st.set("value", step.value);
                list.push_back(std::move(st));
            }
            all.set(key, std::move(list));
        }
        o.set("choice_schedules", std::move(all));
    }
    if (n.leadTime)
        o.set("lead_time_quarters", paramToJson(*n.leadTime));
}

} // namespace

DesignLoad designFromJson(const JsonValue &rootValue, std::shared_ptr<const CatalogOverlay> catalog)
{
    DesignLoad result;
    Design design;
    DesignReader d{JsonReader(), design, kDesignFormatVersion, {}};
    JsonReader &r = d.r;
    const JsonAt root(rootValue);
    if (!r.expect(root, JsonValue::Type::Object)) {
        result.messages = std::move(r.messages);
        return result;
    }
    r.unknownKeys(root, {"format", "version", "settings", "timeline", "goods", "nodes", "links"});
    if (auto format = r.string(root["format"], Required); format && *format != kDesignFormat)
        r.error(root["format"],
                "must be \"" + std::string(kDesignFormat) + "\", got \"" + *format + "\"");
    if (auto version = r.number(root["version"], Required)) {
        d.version = int(std::clamp(*version, 0.0, 1e6));
        if (*version < 1 || *version != std::floor(*version)) {
            r.error(root["version"],
                    "must be a whole number >= 1, got " + jsonNumberText(*version),
                    MessageCode::InvalidValue);
        } else if (*version > kDesignFormatVersion) {
            r.error(root["version"],
                    "the file is format version " + jsonNumberText(*version)
                        + ", written by a newer Token Factory Planner; this version reads up to "
                        + std::to_string(kDesignFormatVersion),
                    MessageCode::UnsupportedVersion);
        }
    }
    if (r.hasErrors()) {
        result.messages = std::move(r.messages);
        return result;
    }

    if (catalog) {
        // Before the nodes, whose choices are checked against it.
        Settings withCatalog;
        withCatalog.catalog = std::move(catalog);
        (void)design.setSettings(withCatalog);
    }
    if (root["settings"])
        d.settings(root["settings"]);
    if (root["timeline"])
        d.timeline(root["timeline"]);
    if (root["goods"])
        d.goods(root["goods"]);
    if (root["nodes"])
        d.nodes(root["nodes"]);
    if (root["links"])
        d.links(root["links"]);

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
        result.messages.push_back(parsed.message());
        return result;
    }
    return designFromJson(*parsed.value, std::move(catalog));
}

JsonValue designToJson(const Design &design)
{
    JsonValue root = JsonValue::Object{};
    root.set("format", std::string(kDesignFormat));
    // Version 2 readers refuse the members of the time model; a design without them stays 2.
    const bool timed = hasTimelineData(design);
    // Format 4 only for what format 3 cannot hold, so a reader of 3 refuses it as newer.
    const bool npv = design.settings().timeline.objective != PlanObjective::CumulativeTokens;
    root.set("version", npv ? kDesignFormatVersion : timed ? 3 : 2);

    const Settings &s = design.settings();
    JsonValue settings = JsonValue::Object{};
    settings.set("currency", s.currency);
    for (const ParamSpec &spec : settingSpecs()) {
        if (auto v = settingValue(s, spec.key))
            settings.set(spec.key, *v);
    }
    root.set("settings", settings);
    if (timed) {
        JsonValue timeline = JsonValue::Object{};
        timeline.set("start", quarterText(s.timeline.start));
        timeline.set("horizon_quarters", s.timeline.horizonQuarters);
        if (npv)
            timeline.set("objective", planObjectiveName(s.timeline.objective));
        root.set("timeline", std::move(timeline));
    }

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
        timeDataToJson(n, o);
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
