// SPDX-License-Identifier: MIT
// The JSON form of a project and the one place its values are checked: the .tfproj reader builds
// the same tree from its tables, so both formats accept and refuse exactly the same things.
#include "tf/model/project.h"

#include "tf/io/designjson.h"
#include "tf/io/jsonreader.h"
#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"

#include <map>
#include <set>

namespace tf {

namespace {

constexpr std::string_view kProjectKeys[] = {"scenarios", "view", "catalog"};
constexpr JsonReader::Need Required = JsonReader::Required;

// Sizes are checked on the whole tree first, so no later step works on a hostile amount of data.
void checkLimits(const JsonAt &at, JsonReader &r)
{
    if (r.count() >= 100)
        return; // enough to say the file is bad
    const auto limit = std::to_string(kMaxItems);
    switch (at->type()) {
    case JsonValue::Type::String:
        if (const std::size_t n = at->toString().size(); n > kMaxStringBytes)
            r.error(at,
                    "the text is " + std::to_string(n) + " bytes, more than the limit of "
                        + std::to_string(kMaxStringBytes),
                    MessageCode::TooLarge);
        break;
    case JsonValue::Type::Array:
        if (at.size() > kMaxItems) {
            r.error(at,
                    std::to_string(at.size()) + " items, more than the limit of " + limit,
                    MessageCode::TooLarge);
            return;
        }
        for (std::size_t i = 0; i < at.size(); ++i)
            checkLimits(at[i], r);
        break;
    case JsonValue::Type::Object:
        if (at.size() > kMaxItems) {
            r.error(at,
                    std::to_string(at.size()) + " members, more than the limit of " + limit,
                    MessageCode::TooLarge);
            return;
        }
        for (const auto &[key, member] : at.members()) {
            if (key.size() > kMaxStringBytes)
                r.error(at, "a member name is longer than the limit", MessageCode::TooLarge);
            else
                checkLimits(member, r);
        }
        break;
    default:
        break;
    }
}

// Reads the members a project adds to a design (scenarios, view) with the one JsonReader, so
// every problem is named with its path and one pass finds them all.
struct ProjectReader
{
    JsonReader r;
    const Design &design;
    Project &project;

    void scenarios(const JsonAt &arr);
    void override(const JsonAt &o, Scenario &scenario);
    void choices(const JsonAt &arr, Scenario &scenario);
    void view(const JsonAt &v);
    void frames(const JsonAt &arr);
    void notes(const JsonAt &arr);
};

// An override is checked with the node kind's own parameter rules (checkParams), on a copy of the
// node that carries the overriding value: the same rule as for a value in the design.
void ProjectReader::override(const JsonAt &o, Scenario &scenario)
{
    if (!r.expect(o, JsonValue::Type::Object))
        return;
    r.unknownKeys(o, {"node", "param", "value"});
    const auto node = r.string(o["node"], Required);
    const auto param = r.string(o["param"], Required);
    const auto value = r.number(o["value"], Required);
    if (!node || !param || !value)
        return;
    const Node *target = design.node(*node);
    if (!target) {
        r.error(
            o["node"], "no node \"" + *node + "\" in the design", MessageCode::UnknownReference);
        return;
    }
    Node probe;
    probe.id = target->id;
    probe.kind = target->kind;
    probe.params[*param] = ParamValue{*value};
    for (Message &m : checkParams(probe)) {
        // An unknown parameter is the "param" member's fault; a value out of range, the value's.
        const JsonAt at = m.code == MessageCode::UnknownField ? o["param"] : o["value"];
        r.add(std::move(m), at.path());
    }
    scenario.overrides.push_back({target->id, *param, *value});
}

// Choice overrides are checked as the node would hold them in the scenario: each node's
// overrides set in order on a copy of it, then its choices checked together (a new system and a
// workload that fits only that system are valid together). A problem with a key is the "key"
// member's; any other, the value's of the node's last override.
void ProjectReader::choices(const JsonAt &arr, Scenario &scenario)
{
    if (!r.expect(arr, JsonValue::Type::Array))
        return;
    std::map<std::string, std::pair<Node, JsonAt>> probes; // node id: its copy, last override
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const JsonAt c = arr[i];
        if (!r.expect(c, JsonValue::Type::Object))
            continue;
        r.unknownKeys(c, {"node", "key", "value"});
        const auto node = r.string(c["node"], Required);
        const auto key = r.string(c["key"], Required);
        const auto value = r.string(c["value"], Required);
        if (!node || !key || !value)
            continue;
        const Node *target = design.node(*node);
        if (!target) {
            r.error(c["node"],
                    "no node \"" + *node + "\" in the design",
                    MessageCode::UnknownReference);
            continue;
        }
        auto [it, added] = probes.try_emplace(target->id, *target, c);
        Node &probe = it->second.first;
        it->second.second = c;
        if (value->empty())
            probe.choices.erase(*key);
        else
            probe.choices[*key] = *value;
        scenario.choices.push_back({target->id, *key, *value});
    }
    for (const auto &[id, probe] : probes) {
        for (Message &m : checkChoices(probe.first, design.settings())) {
            const JsonAt at
                = m.code == MessageCode::UnknownField ? probe.second["key"] : probe.second["value"];
            r.add(std::move(m), at.path());
        }
    }
}

void ProjectReader::scenarios(const JsonAt &arr)
{
    if (!r.expect(arr, JsonValue::Type::Array))
        return;
    std::set<std::string, std::less<>> names;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const JsonAt s = arr[i];
        if (!r.expect(s, JsonValue::Type::Object))
            continue;
        r.unknownKeys(s, {"name", "overrides", "choices"});
        Scenario scenario;
        const auto name = r.text(s["name"], Required);
        if (!name)
            continue;
        scenario.name = *name;
        if (!names.insert(scenario.name).second)
            r.error(s["name"],
                    "\"" + scenario.name + "\" is used by another scenario",
                    MessageCode::DuplicateId);
        if (const JsonAt overrides = s["overrides"];
            overrides && r.expect(overrides, JsonValue::Type::Array)) {
            for (std::size_t j = 0; j < overrides.size(); ++j)
                override(overrides[j], scenario);
        }
        if (const JsonAt list = s["choices"])
            choices(list, scenario);
        project.scenarios.push_back(std::move(scenario));
    }
}

void ProjectReader::frames(const JsonAt &arr)
{
    if (!r.expect(arr, JsonValue::Type::Array))
        return;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const JsonAt f = arr[i];
        if (!r.expect(f, JsonValue::Type::Object))
            continue;
        r.unknownKeys(f, {"title", "color", "position", "size"});
        const std::size_t before = r.count();
        ViewFrame frame;
        if (const auto title = r.string(f["title"], Required)) {
            if (title->size() > kMaxFrameTitleBytes)
                r.error(f["title"],
                        "the title is " + std::to_string(title->size())
                            + " bytes, more than the limit of "
                            + std::to_string(kMaxFrameTitleBytes),
                        MessageCode::TooLarge);
            frame.title = *title;
        }
        frame.color = r.colour(f["color"], Required).value_or("");
        if (const auto p = r.pair(f["position"], "[x, y]", Required)) {
            frame.x = p->first;
            frame.y = p->second;
        }
        if (const auto size = r.pair(f["size"], "[width, height]", Required)) {
            if (size->first > 0 && size->second > 0) {
                frame.width = size->first;
                frame.height = size->second;
            } else {
                r.error(f["size"],
                        "must be [width, height] with two finite numbers > 0, got ["
                            + jsonNumberText(size->first) + ", " + jsonNumberText(size->second)
                            + "]",
                        MessageCode::InvalidValue);
            }
        }
        if (r.count() == before)
            project.view.frames.push_back(std::move(frame));
    }
}

void ProjectReader::notes(const JsonAt &arr)
{
    if (!r.expect(arr, JsonValue::Type::Array))
        return;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const JsonAt n = arr[i];
        if (!r.expect(n, JsonValue::Type::Object))
            continue;
        r.unknownKeys(n, {"position", "text"});
        const auto p = r.pair(n["position"], "[x, y]", Required);
        const auto text = r.string(n["text"], Required);
        if (p && text)
            project.view.notes.push_back({p->first, p->second, *text});
    }
}

void ProjectReader::view(const JsonAt &v)
{
    if (!r.expect(v, JsonValue::Type::Object))
        return;
    r.unknownKeys(v, {"zoom", "centre", "notes", "frames"});
    ViewState &view = project.view;
    if (const auto zoom = r.number(v["zoom"])) {
        if (*zoom > 0 && *zoom <= 1000)
            view.zoom = *zoom;
        else
            r.error(v["zoom"],
                    "must be a number > 0 and <= 1000, got " + jsonNumberText(*zoom),
                    MessageCode::InvalidValue);
    }
    if (const auto p = r.pair(v["centre"])) {
        view.centreX = p->first;
        view.centreY = p->second;
    }
    if (v["frames"])
        frames(v["frames"]);
    if (v["notes"])
        notes(v["notes"]);
}

// The built-in catalog with the overrides' text laid over it; null when the text has errors.
std::shared_ptr<const CatalogOverlay> overlayFromText(const std::string &text,
                                                      std::vector<Message> &out)
{
    // The catalog reader owns the rules for entries; the overrides must also fit the built-in
    // catalog they are laid over (a system naming an unknown accelerator is refused).
    CatalogLoad load = readCatalogJson(text, "catalog");
    for (Message &m : load.messages)
        out.push_back(std::move(m));
    if (!load.catalog)
        return nullptr;
    Catalog merged = builtinCatalog();
    bool ok = true;
    for (Message &m : merged.merge(*load.catalog)) {
        ok = ok && m.severity != Severity::Error;
        m.text = "catalog: " + m.text;
        out.push_back(std::move(m));
    }
    return ok ? makeCatalogOverlay(std::move(merged), text) : nullptr;
}

// The overrides laid over the built-in catalog, for the design to read its choices from.
std::shared_ptr<const CatalogOverlay>
readCatalog(const JsonValue &c, Project &project, std::vector<Message> &out)
{
    std::string text = writeJson(c);
    std::shared_ptr<const CatalogOverlay> overlay = overlayFromText(text, out);
    if (overlay)
        project.catalogOverrides = std::move(text);
    return overlay;
}

} // namespace

bool Project::sameContent(const Project &other) const
{
    return design == other.design && scenarios == other.scenarios && view == other.view
           && catalogOverrides == other.catalogOverrides;
}

ProjectLoad projectFromJson(JsonValue root)
{
    ProjectLoad result;
    {
        JsonReader limits;
        checkLimits(JsonAt(root), limits);
        if (limits.hasErrors()) {
            result.messages = std::move(limits.messages);
            return result;
        }
    }

    // The project members are taken out; the rest is a design document, read by the design reader.
    std::optional<JsonValue> scenarios, view, catalog;
    if (root.isObject()) {
        auto &members = root.toObject();
        for (auto it = members.begin(); it != members.end();) {
            if (it->first == kProjectKeys[0])
                scenarios = std::move(it->second);
            else if (it->first == kProjectKeys[1])
                view = std::move(it->second);
            else if (it->first == kProjectKeys[2])
                catalog = std::move(it->second);
            else {
                ++it;
                continue;
            }
            it = members.erase(it);
        }
    }
    // The catalog first: the design's datacenters choose from it.
    Project project;
    std::shared_ptr<const CatalogOverlay> overlay;
    if (catalog) {
        overlay = readCatalog(*catalog, project, result.messages);
        if (hasErrors(result.messages))
            return result;
    }
    DesignLoad design = designFromJson(root, std::move(overlay));
    for (Message &m : design.messages)
        result.messages.push_back(std::move(m));
    if (!design.design)
        return result;

    ProjectReader reader{JsonReader(), *design.design, project};
    if (scenarios)
        reader.scenarios(JsonAt(*scenarios, std::string(kProjectKeys[0])));
    if (view)
        reader.view(JsonAt(*view, std::string(kProjectKeys[1])));
    for (Message &m : reader.r.messages)
        result.messages.push_back(std::move(m));
    if (hasErrors(result.messages))
        return result;
    project.design = std::move(*design.design);
    result.project = std::move(project);
    return result;
}

std::vector<Message> applyCatalogOverrides(Project &project)
{
    std::vector<Message> out;
    const std::shared_ptr<const CatalogOverlay> &current = project.design.settings().catalog;
    const std::string shown = current ? current->overrides : std::string();
    if (shown == project.catalogOverrides)
        return out;
    Settings settings = project.design.settings();
    settings.catalog = project.catalogOverrides.empty()
                           ? nullptr
                           : overlayFromText(project.catalogOverrides, out);
    (void)project.design.setSettings(settings);
    return out;
}

ProjectLoad readProjectJson(std::string_view text)
{
    JsonParseResult parsed = parseJson(text);
    if (!parsed.value) {
        ProjectLoad result;
        result.messages.push_back(parsed.message());
        return result;
    }
    return projectFromJson(std::move(*parsed.value));
}

JsonValue projectToJson(const Project &project)
{
    JsonValue root = designToJson(project.design);
    if (!project.scenarios.empty()) {
        JsonValue::Array list;
        for (const Scenario &s : project.scenarios) {
            JsonValue o = JsonValue::Object{};
            o.set("name", s.name);
            JsonValue::Array overrides;
            for (const ParamOverride &p : s.overrides) {
                JsonValue v = JsonValue::Object{};
                v.set("node", p.nodeId);
                v.set("param", p.param);
                v.set("value", p.value);
                overrides.push_back(std::move(v));
            }
            o.set("overrides", std::move(overrides));
            if (!s.choices.empty()) {
                JsonValue::Array choices;
                for (const ChoiceOverride &c : s.choices) {
                    JsonValue v = JsonValue::Object{};
                    v.set("node", c.nodeId);
                    v.set("key", c.key);
                    v.set("value", c.value);
                    choices.push_back(std::move(v));
                }
                o.set("choices", std::move(choices));
            }
            list.push_back(std::move(o));
        }
        root.set("scenarios", std::move(list));
    }
    if (project.view != ViewState{}) {
        JsonValue v = JsonValue::Object{};
        v.set("zoom", project.view.zoom);
        v.set("centre", JsonValue::Array{project.view.centreX, project.view.centreY});
        if (!project.view.notes.empty()) {
            JsonValue::Array notes;
            for (const ViewNote &n : project.view.notes) {
                JsonValue o = JsonValue::Object{};
                o.set("position", JsonValue::Array{n.x, n.y});
                o.set("text", n.text);
                notes.push_back(std::move(o));
            }
            v.set("notes", std::move(notes));
        }
        if (!project.view.frames.empty()) {
            JsonValue::Array frames;
            for (const ViewFrame &f : project.view.frames) {
                JsonValue o = JsonValue::Object{};
                o.set("title", f.title);
                o.set("color", f.color);
                o.set("position", JsonValue::Array{f.x, f.y});
                o.set("size", JsonValue::Array{f.width, f.height});
                frames.push_back(std::move(o));
            }
            v.set("frames", std::move(frames));
        }
        root.set("view", std::move(v));
    }
    if (!project.catalogOverrides.empty()) {
        if (JsonParseResult parsed = parseJson(project.catalogOverrides); parsed.value)
            root.set("catalog", std::move(*parsed.value));
    }
    return root;
}

std::string writeProjectJson(const Project &project)
{
    return writeJson(projectToJson(project));
}

} // namespace tf
