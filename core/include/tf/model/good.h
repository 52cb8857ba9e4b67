// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// How a good's rate turns into quantities. A *flow* (wafers/month, racks/month) accumulates over
/// the planning horizon: buying 10 racks/month for 12 months buys 120 racks. A *level*
/// (MW, tokens/s) is sustained capacity and does not accumulate.
enum class GoodBasis { Flow, Level };

/// A kind of thing that flows along wires, with its unit.
struct Good
{
    std::string id;   ///< stable identifier, e.g. "hbm_stack"
    std::string name; ///< what a planner reads, e.g. "HBM stack"
    std::string unit; ///< unit of the rate on wires, e.g. "stacks/month"
    GoodBasis basis = GoodBasis::Flow;
    std::string color; ///< "#rrggbb" for ports and wires; empty picks one from the id

    bool operator==(const Good &) const = default;
};

/// Goods with fixed meaning for the metrics.
namespace Goods {
inline constexpr std::string_view Tokens = "tokens"; ///< counted as the factory's output
inline constexpr std::string_view Power = "power";   ///< electricity in MW
} // namespace Goods

/// The goods the domain node kinds use. A design that uses a domain kind gets the goods it needs
/// added when they are missing, so a hand-written design need not list them.
const std::vector<Good> &standardGoods();
const Good *findStandardGood(std::string_view id);

const char *basisName(GoodBasis basis);

} // namespace tf
