// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tf {

struct Term
{
    std::string good;
    double amount = 0; ///< per unit of the node's activity
    bool operator==(const Term &) const = default;
};

/// Per unit of a node's activity, what it consumes and what it produces. Terms keep their order:
/// the first linked output is the node's primary output.
struct Recipe
{
    std::vector<Term> inputs;
    std::vector<Term> outputs;

    double input(std::string_view good) const { return amountOf(inputs, good); }
    double output(std::string_view good) const { return amountOf(outputs, good); }
    bool hasInput(std::string_view good) const { return find(inputs, good) != nullptr; }
    bool hasOutput(std::string_view good) const { return find(outputs, good) != nullptr; }

    bool operator==(const Recipe &) const = default;

private:
    static const Term *find(const std::vector<Term> &terms, std::string_view good)
    {
        for (const Term &t : terms) {
            if (t.good == good)
                return &t;
        }
        return nullptr;
    }
    static double amountOf(const std::vector<Term> &terms, std::string_view good)
    {
        const Term *t = find(terms, good);
        return t ? t->amount : 0.0;
    }
};

} // namespace tf
