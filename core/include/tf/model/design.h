// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/good.h"
#include "tf/model/message.h"
#include "tf/model/node.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tf {

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

    // ---- Edits. Each makes the check of the same name below first; a refused edit returns the
    // reason and changes nothing.
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
    /// Sets all of a datacenter's catalog choices at once (a system giving way to an accelerator
    /// is one change, not two of which the first conflicts).
    [[nodiscard]] Refusal setChoices(std::string_view nodeId, ChoiceMap choices);
    [[nodiscard]] Refusal setName(std::string_view nodeId, std::string name);
    /// The plan over time (docs/timeline.md). Sets the schedule of parameter `key` of a node; an
    /// empty one clears it (the parameter is its own value in every quarter again).
    [[nodiscard]] Refusal
    setSchedule(std::string_view nodeId, const std::string &key, std::optional<Schedule> schedule);
    /// Sets the schedule of a datacenter's catalog choice `key`; no steps clears it.
    [[nodiscard]] Refusal setChoiceSchedule(std::string_view nodeId,
                                            const std::string &key,
                                            std::vector<ChoiceStep> steps);
    /// Sets a node's lead time in quarters; empty: back to its kind's default.
    [[nodiscard]] Refusal setLeadTime(std::string_view nodeId, std::optional<ParamValue> leadTime);
    /// Moves a node on the canvas; refused (nothing moves) outside checkSetPosition's range.
    Refusal setPosition(std::string_view nodeId, double x, double y);
    void setNotes(std::string_view nodeId, std::string notes);
    /// Adds a link after checking both ends exist and have a port for its good.
    [[nodiscard]] Refusal addLink(Link link, int index = -1);
    std::optional<Link> removeLink(std::string_view id);
    [[nodiscard]] Refusal setShare(std::string_view linkId, std::optional<double> share);

    // ---- The gate (designgate.cpp): may this edit be made? Empty when it may, else the reason:
    // a MessageCode with its args and the English text. The interface asks before it puts an edit
    // on its undo stack; the edits above ask the same question, so the two never disagree.
    Refusal checkSettings(const Settings &settings) const;
    Refusal checkAddGood(const Good &good) const;
    Refusal checkAddNode(const Node &node) const;
    Refusal
    checkSetParam(std::string_view nodeId, std::string_view key, const ParamValue &value) const;
    Refusal checkClearParam(std::string_view nodeId, std::string_view key) const;
    Refusal checkSetRecipe(std::string_view nodeId, const Recipe &recipe) const;
    Refusal
    checkSetChoice(std::string_view nodeId, std::string_view key, std::string_view value) const;
    Refusal checkSetChoices(std::string_view nodeId, const ChoiceMap &choices) const;
    /// A schedule: a parameter the node's kind knows, steps in increasing quarter order within
    /// Ranges::kMinYear..kMaxYear, each value within the parameter's range (tf/model/timeline.h).
    Refusal checkSetSchedule(std::string_view nodeId,
                             std::string_view key,
                             const std::optional<Schedule> &schedule) const;
    /// A choice schedule: steps in increasing quarter order, each a choice the catalog accepts.
    Refusal checkSetChoiceSchedule(std::string_view nodeId,
                                   std::string_view key,
                                   const std::vector<ChoiceStep> &steps) const;
    /// A lead time: a whole number of quarters from 0 to Ranges::kMaxLeadTimeQuarters.
    Refusal checkSetLeadTime(std::string_view nodeId,
                             const std::optional<ParamValue> &leadTime) const;
    /// Both coordinates finite and at most Ranges::kMaxPosition from 0 (tf/model/ranges.h).
    Refusal checkSetPosition(std::string_view nodeId, double x, double y) const;
    /// A name is refused when empty (or only blanks).
    Refusal checkSetName(std::string_view nodeId, std::string_view name) const;
    /// Checks a link without adding it: unknown ends, no port for its good, a share outside
    /// [0, 1], a second link between the same ports.
    Refusal checkLink(const Link &link) const;
    /// A share is a fraction of the consumer's need: a number in [0, 1], or none (counts as 1).
    Refusal checkSetShare(std::string_view linkId, std::optional<double> share) const;
    /// May a scenario holding `overrides` set NODE.KEY to `value` (empty: drop its override)? The
    /// node as the scenario sees it, with the change, must pass the checks of a parameter edit.
    Refusal checkOverride(const std::vector<ParamOverride> &overrides,
                          std::string_view nodeId,
                          std::string_view key,
                          std::optional<double> value) const;

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

/// The unit a node's activity (and capacity) is counted in, e.g. "wafers/month".
std::string activityUnit(const Node &node, const Design &design);
/// Checks every parameter of a node against its kind: unknown keys and out-of-range values.
std::vector<Message> checkParams(const Node &node);
/// Every problem of a node on its own, against the catalog of `settings`: its parameters
/// (checkParams) and its catalog choices (checkChoices). The gate's node checks; file readers use
/// it to report all problems at once.
std::vector<Message> checkNode(const Node &node, const Settings &settings);

} // namespace tf
