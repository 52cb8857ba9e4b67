// SPDX-License-Identifier: MIT
// The JSON form of a project and the one place its values are checked: the .tfproj reader builds
// the same tree from its tables, so both formats accept and refuse exactly the same things.
#include "tf/model/project.h"

#include "tf/io/designjson.h"
#include "tf/physics/catalog.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace tf {

namespace {

constexpr std::string_view kProjectKeys[] = {"scenarios", "view", "catalog"};

Message located(MessageCode code,
                const std::string &path,
                const std::string &what,
                std::vector<std::string> nodeIds = {})
{
    Message m = Message::error(code, path + ": " + what, std::move(nodeIds));
    m.path = path;
    return m;
}

// Sizes are checked on the whole tree first, so no later step works on a hostile amount of data.
void checkLimits(const JsonValue &v, const std::string &path, std::vector<Message> &out)
{
    if (out.size() >= 100)
        return; // enough to say the file is bad
    switch (v.type()) {
    case JsonValue::Type::String:
        if (v.toString().size() > kMaxStringBytes)
            out.push_back(located(MessageCode::TooLarge,
                                  path,
                                  "the text is " + std::to_string(v.toString().size())
                                      + " bytes, more than the limit of "
                                      + std::to_string(kMaxStringBytes)));
        break;
    case JsonValue::Type::Array: {
        const auto &a = v.toArray();
        if (a.size() > kMaxItems) {
            out.push_back(located(MessageCode::TooLarge,
                                  path,
                                  std::to_string(a.size()) + " items, more than the limit of "
                                      + std::to_string(kMaxItems)));
            return;
        }
        for (size_t i = 0; i < a.size(); ++i)
            checkLimits(a[i], path + "[" + std::to_string(i) + "]", out);
        break;
    }
    case JsonValue::Type::Object: {
        const auto &o = v.toObject();
        if (o.size() > kMaxItems) {
            out.push_back(located(MessageCode::TooLarge,
                                  path,
                                  std::to_string(o.size()) + " members, more than the limit of "
                                      + std::to_string(kMaxItems)));
            return;
        }
        for (const auto &[k, member] : o) {
            if (k.size() > kMaxStringBytes)
                out.push_back(
                    located(MessageCode::TooLarge, path, "a member name is longer than the limit"));
            else
                checkLimits(member, path == "$" ? k : path + "." + k, out);
        }
        break;
    }
    default:
        break;
    }
}

bool finite(const JsonValue *v)
{
    return v && v->isNumber() && std::isfinite(v->toNumber());
}

std::optional<std::pair<double, double>> point(const JsonValue *v)
{
    if (!v || !v->isArray() || v->toArray().size() != 2)
        return std::nullopt;
    const auto &a = v->toArray();
    if (!finite(&a[0]) || !finite(&a[1]))
        return std::nullopt;
    return std::make_pair(a[0].toNumber(), a[1].toNumber());
}

void unknownKeys(const JsonValue &obj,
                 const std::set<std::string_view> &known,
                 const std::string &path,
                 std::vector<Message> &out)
{
    for (const auto &[k, v] : obj.toObject()) {
        if (!known.count(k))
            out.push_back(located(MessageCode::UnknownField, path + "." + k, "unknown field"));
    }
}

// An override is checked with the node kind's own parameter rules (checkParams), on a copy of the
// node that carries the overriding value: the same rule as for a value in the design.
void readOverride(const JsonValue &o,
                  const std::string &path,
                  const Design &design,
                  Scenario &scenario,
                  std::vector<Message> &out)
{
    if (!o.isObject()) {
        out.push_back(located(MessageCode::InvalidJson, path, "must be an object"));
        return;
    }
    unknownKeys(o, {"node", "param", "value"}, path, out);
    const JsonValue *node = o.find("node");
    const JsonValue *param = o.find("param");
    const JsonValue *value = o.find("value");
    if (!node || !node->isString() || !param || !param->isString()) {
        out.push_back(
            located(MessageCode::InvalidJson, path, "needs \"node\" and \"param\" as strings"));
        return;
    }
    if (!value || !value->isNumber()) {
        out.push_back(located(MessageCode::InvalidValue,
                              path + ".value",
                              value && value->isNull() ? "must be a finite number, got null"
                                                       : "must be a number"));
        return;
    }
    const Node *target = design.node(node->toString());
    if (!target) {
        out.push_back(located(MessageCode::UnknownReference,
                              path + ".node",
                              "no node \"" + node->toString() + "\" in the design"));
        return;
    }
    Node probe;
    probe.id = target->id;
    probe.kind = target->kind;
    probe.params[param->toString()] = ParamValue{value->toNumber()};
    for (const Message &m : checkParams(probe)) {
        Message copy = m;
        copy.path = path;
        copy.text = path + ": " + m.text;
        out.push_back(std::move(copy));
    }
    scenario.overrides.push_back({target->id, param->toString(), value->toNumber()});
}

void readScenarios(const JsonValue &arr,
                   const Design &design,
                   Project &project,
                   std::vector<Message> &out)
{
    if (!arr.isArray()) {
        out.push_back(located(MessageCode::InvalidJson, "scenarios", "must be an array"));
        return;
    }
    std::set<std::string, std::less<>> names;
    const auto &list = arr.toArray();
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string path = "scenarios[" + std::to_string(i) + "]";
        const JsonValue &s = list[i];
        if (!s.isObject()) {
            out.push_back(located(MessageCode::InvalidJson, path, "must be an object"));
            continue;
        }
        unknownKeys(s, {"name", "overrides"}, path, out);
        Scenario scenario;
        const JsonValue *name = s.find("name");
        if (!name || !name->isString() || name->toString().empty()) {
            out.push_back(
                located(MessageCode::InvalidJson, path + ".name", "must be a non-empty string"));
            continue;
        }
        scenario.name = name->toString();
        if (!names.insert(scenario.name).second)
            out.push_back(located(MessageCode::DuplicateId,
                                  path + ".name",
                                  "\"" + scenario.name + "\" is used by another scenario"));
        if (const JsonValue *overrides = s.find("overrides")) {
            if (!overrides->isArray()) {
                out.push_back(
                    located(MessageCode::InvalidJson, path + ".overrides", "must be an array"));
            } else {
                const auto &os = overrides->toArray();
                for (size_t j = 0; j < os.size(); ++j)
                    readOverride(os[j],
                                 path + ".overrides[" + std::to_string(j) + "]",
                                 design,
                                 scenario,
                                 out);
            }
        }
        project.scenarios.push_back(std::move(scenario));
    }
}

bool isHexColour(const std::string &c)
{
    return c.size() == 7 && c[0] == '#' && std::all_of(c.begin() + 1, c.end(), [](char ch) {
               return std::isxdigit(static_cast<unsigned char>(ch));
           });
}

void readFrames(const JsonValue &v, ViewState &view, std::vector<Message> &out)
{
    if (!v.isArray()) {
        out.push_back(located(MessageCode::InvalidJson, "view.frames", "must be an array"));
        return;
    }
    const auto &list = v.toArray();
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string path = "view.frames[" + std::to_string(i) + "]";
        const JsonValue &f = list[i];
        if (!f.isObject()) {
            out.push_back(located(MessageCode::InvalidJson, path, "must be an object"));
            continue;
        }
        unknownKeys(f, {"title", "color", "position", "size"}, path, out);
        const size_t before = out.size();
        ViewFrame frame;
        const JsonValue *title = f.find("title");
        if (!title || !title->isString())
            out.push_back(located(MessageCode::InvalidJson, path + ".title", "must be a string"));
        else if (title->toString().size() > kMaxFrameTitleBytes)
            out.push_back(located(MessageCode::TooLarge,
                                  path + ".title",
                                  "the title is " + std::to_string(title->toString().size())
                                      + " bytes, more than the limit of "
                                      + std::to_string(kMaxFrameTitleBytes)));
        else
            frame.title = title->toString();
        const JsonValue *color = f.find("color");
        if (!color || !color->isString() || !isHexColour(color->toString()))
            out.push_back(located(
                MessageCode::InvalidValue, path + ".color", "must be a colour \"#rrggbb\""));
        else
            frame.color = color->toString();
        if (const auto p = point(f.find("position"))) {
            frame.x = p->first;
            frame.y = p->second;
        } else {
            out.push_back(located(MessageCode::InvalidValue,
                                  path + ".position",
                                  "must be [x, y] with two finite numbers"));
        }
        const auto size = point(f.find("size"));
        if (size && size->first > 0 && size->second > 0) {
            frame.width = size->first;
            frame.height = size->second;
        } else {
            out.push_back(located(MessageCode::InvalidValue,
                                  path + ".size",
                                  "must be [width, height] with two finite numbers > 0"));
        }
        if (out.size() == before)
            view.frames.push_back(std::move(frame));
    }
}

void readView(const JsonValue &v, Project &project, std::vector<Message> &out)
{
    if (!v.isObject()) {
        out.push_back(located(MessageCode::InvalidJson, "view", "must be an object"));
        return;
    }
    unknownKeys(v, {"zoom", "centre", "notes", "frames"}, "view", out);
    ViewState &view = project.view;
    if (const JsonValue *zoom = v.find("zoom")) {
        if (finite(zoom) && zoom->toNumber() > 0 && zoom->toNumber() <= 1000)
            view.zoom = zoom->toNumber();
        else
            out.push_back(located(
                MessageCode::InvalidValue, "view.zoom", "must be a number > 0 and <= 1000"));
    }
    if (const JsonValue *centre = v.find("centre")) {
        if (auto p = point(centre)) {
            view.centreX = p->first;
            view.centreY = p->second;
        } else {
            out.push_back(located(MessageCode::InvalidValue,
                                  "view.centre",
                                  "must be [x, y] with two finite numbers"));
        }
    }
    if (const JsonValue *frames = v.find("frames"))
        readFrames(*frames, view, out);
    if (const JsonValue *notes = v.find("notes")) {
        if (!notes->isArray()) {
            out.push_back(located(MessageCode::InvalidJson, "view.notes", "must be an array"));
            return;
        }
        const auto &list = notes->toArray();
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string path = "view.notes[" + std::to_string(i) + "]";
            if (!list[i].isObject()) {
                out.push_back(located(MessageCode::InvalidJson, path, "must be an object"));
                continue;
            }
            unknownKeys(list[i], {"position", "text"}, path, out);
            const auto p = point(list[i].find("position"));
            const JsonValue *text = list[i].find("text");
            if (!p)
                out.push_back(located(MessageCode::InvalidValue,
                                      path + ".position",
                                      "must be [x, y] with two finite numbers"));
            if (!text || !text->isString())
                out.push_back(
                    located(MessageCode::InvalidJson, path + ".text", "must be a string"));
            if (p && text && text->isString())
                view.notes.push_back({p->first, p->second, text->toString()});
        }
    }
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
    checkLimits(root, "$", result.messages);
    if (hasErrors(result.messages))
        return result;

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

    if (scenarios)
        readScenarios(*scenarios, *design.design, project, result.messages);
    if (view)
        readView(*view, project, result.messages);
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
