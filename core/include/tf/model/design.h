// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/distribution.h"
#include "tf/model/good.h"
#include "tf/model/message.h"
#include "tf/model/nodekind.h"
#include "tf/model/recipe.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tf {

struct CatalogOverlay;

/// A parameter value with where it came from.
struct ParamValue
{
    ParamValue(double v = 0, std::string src = {}, bool est = false)
        : value(v)
        , source(std::move(src))
        , estimate(est)
    {}

    double value = 0;
    std::string source;    ///< URL or document, with date
    bool estimate = false; ///< true when the value is arithmetic or judgement, not read in a source
    /// Its uncertainty for Monte Carlo and the tornado (docs/whatif.md); `value` stays the point
    /// value.
    std::optional<Distribution> distribution;
    bool operator==(const ParamValue &) const = default;
};

struct Node
{
    std::string id;
    NodeKind kind = NodeKind::Process;
    std::string name;
    double x = 0, y = 0; ///< canvas position
    std::string good;    ///< supplier and sink: the good supplied or demanded
    Recipe recipe;       ///< process only; other kinds derive theirs (see effectiveRecipe)
    std::map<std::string, ParamValue, std::less<>> params; ///< only keys the kind knows
    /// Datacenter only: catalog ids (system or accelerator, workload, precision); see
    /// rackthroughput.h.
    std::map<std::string, std::string, std::less<>> choices;
    std::string notes;

    /// The value of a parameter, else its kind's default; empty when neither (see resolveParam).
    std::optional<double> param(std::string_view key) const;
    bool operator==(const Node &) const = default;
};

/// A wire from an output port of `from` to an input port of `to`, carrying `good`.
struct Link
{
    std::string id;
    std::string from;
    std::string to;
    std::string good;
    /// Fraction of `to`'s need for `good` that `from` supplies (Balance mode). Shares of the links
    /// into one input are normalised; an unset share counts as 1, so unset shares split equally.
    std::optional<double> share;
    bool operator==(const Link &) const = default;
};

struct Settings
{
    double horizonMonths = 12; ///< build-out period over which flows accumulate
    std::string currency = "USD";
    double electricityUsdPerMwh = 80.6; ///< EIA 2023 US industrial average
    double depreciationYears = 5;       ///< straight-line
    double pueDefault = 1.2;            ///< for datacenters that do not set their own
    /// Where datacenters find the systems, accelerators and workloads they choose: the built-in
    /// catalog (none here), or it with a project's overrides. Set when a project is read; not
    /// written with the design (the project keeps the overrides).
    std::shared_ptr<const CatalogOverlay> catalog;
    /// Equal values. The catalog is not compared: the project holds the overrides
    /// (Project::catalogOverrides, compared with the project) and this is read from them.
    bool operator==(const Settings &other) const;
};

/// The specs of the settings, for validation and the inspector.
const std::vector<ParamSpec> &settingSpecs();
std::optional<double> settingValue(const Settings &s, std::string_view key);

struct DesignChange
{
    enum class Type {
        NodeAdded,
        NodeRemoved,
        NodeChanged,
        NodeMoved, ///< only the canvas position changed: no figure depends on it
        LinkAdded,
        LinkRemoved,
        LinkChanged,
        GoodsChanged,
        SettingsChanged,
        Reset,
    };
    Type type;
    std::string id; ///< the node or link concerned, empty for design-wide changes
};

/// The single owner of a design's truth: goods, nodes, links and settings, addressed by stable
/// ids. Every edit is checked; a refused edit returns the reason and changes nothing. Observers
/// are told of each change (a Qt adapter in ui/ turns these into signals).
class Design
{
public:
    using Observer = std::function<void(const DesignChange &)>;
    using Refusal = std::optional<Message>; ///< empty when the edit was made

    Design() = default;
    /// A copy has the same content and no observers: views of the original must not hear of
    /// edits to a copy (a solve in a worker, a report, a probe).
    Design(const Design &other);
    Design &operator=(const Design &other);
    Design(Design &&) = default;
    Design &operator=(Design &&) = default;

    const Settings &settings() const { return m_settings; }
    const std::vector<Good> &goods() const { return m_goods; }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Link> &links() const { return m_links; }

    const Good *good(std::string_view id) const;
    const Node *node(std::string_view id) const;
    const Link *link(std::string_view id) const;
    int nodeIndex(std::string_view id) const; ///< -1 when absent
    /// Indices into nodes() of the ends of links()[i], kept current so solves need no lookups.
    std::pair<int, int> linkEnds(size_t i) const { return m_linkEnds[i]; }

    [[nodiscard]] Refusal setSettings(const Settings &settings);
    [[nodiscard]] Refusal addGood(Good good);
    /// Removes a good no node or link uses (undo of an added good); false when it is in use.
    bool removeGood(std::string_view id);
    /// Adds a node; its parameters are checked and the goods its kind needs are added.
    /// `index` places it (undo puts a node back where it was); -1 appends.
    [[nodiscard]] Refusal addNode(Node node, int index = -1);
    /// Removes a node and every link touching it; returns the links removed (for undo).
    std::vector<Link> removeNode(std::string_view id);
    [[nodiscard]] Refusal
    setParam(std::string_view nodeId, const std::string &key, ParamValue value);
    [[nodiscard]] Refusal clearParam(std::string_view nodeId, const std::string &key);
    [[nodiscard]] Refusal setRecipe(std::string_view nodeId, Recipe recipe);
    /// Sets a datacenter's catalog choice (system, accelerator, workload, precision); an empty
    /// value clears it. Refused, naming the known ids, when an id is unknown or the workload does
    /// not fit.
    [[nodiscard]] Refusal
    setChoice(std::string_view nodeId, const std::string &key, std::string value);
    void setName(std::string_view nodeId, std::string name);
    void setPosition(std::string_view nodeId, double x, double y);
    void setNotes(std::string_view nodeId, std::string notes);
    /// Adds a link after checking both ends exist and have a port for its good.
    [[nodiscard]] Refusal addLink(Link link, int index = -1);
    std::optional<Link> removeLink(std::string_view id);
    [[nodiscard]] Refusal setShare(std::string_view linkId, std::optional<double> share);

    /// Checks a link without adding it: the reason it would be refused, or empty.
    Refusal checkLink(const Link &link) const;
    int linkIndex(std::string_view id) const; ///< -1 when absent
    /// A fresh id with the given prefix ("n", "l") that no node or link uses yet.
    std::string uniqueId(std::string_view prefix) const;

    int subscribe(Observer observer);
    void unsubscribe(int handle);

    bool operator==(const Design &other) const;

private:
    void notify(DesignChange::Type type, std::string id = {});
    void rebuildNodeIndex();
    void rebuildLinkIndex();
    void appendGood(Good good);
    void addGoodsFor(const Node &node);
    static std::string linkKey(const Link &link);
    Node *mutableNode(std::string_view id);

    Settings m_settings;
    std::vector<Good> m_goods;
    std::vector<Node> m_nodes;
    std::vector<Link> m_links;
    // Lookups by id stay O(1) so loading and editing large designs stays linear.
    std::unordered_map<std::string, int> m_nodeIndex;
    std::unordered_map<std::string, int> m_goodIndex;
    std::unordered_map<std::string, int> m_linkIndex;
    std::unordered_set<std::string> m_linkKeys; ///< from, to and good of every link
    std::vector<std::pair<int, int>> m_linkEnds;
    std::map<int, Observer> m_observers;
    int m_nextObserver = 1;
};

/// A parameter's value, else its default, else the design setting it falls back to.
std::optional<double>
resolveParam(const Node &node, std::string_view key, const Settings &settings);
/// The recipe a node runs: the explicit one for process nodes, derived from parameters otherwise.
Recipe effectiveRecipe(const Node &node, const Settings &settings);
/// The most activity a node can run at, in its activity unit; empty when unlimited.
std::optional<double> activityCapacity(const Node &node, const Settings &settings);
/// The unit a node's activity (and capacity) is counted in, e.g. "wafers/month".
std::string activityUnit(const Node &node, const Design &design);
/// Checks every parameter of a node against its kind: unknown keys and out-of-range values.
std::vector<Message> checkParams(const Node &node);

} // namespace tf
