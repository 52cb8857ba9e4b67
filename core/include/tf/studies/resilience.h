// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/solve.h"
#include "tf/studies/whatif.h"

#include <optional>
#include <string>
#include <vector>

namespace tf {

/// What the supplier resilience study knocks out and how it re-plans (docs/optimise.md,
/// "Supplier resilience").
struct ResilienceOptions
{
    int k = 1; ///< 1: each supplier alone (N-1); 2: also each pair (N-2)
    /// Balance: the links' shares re-spread over the producers left; Optimise: the best re-plan
    /// for the most tokens/s (the objective is always max-tokens: what the failure costs).
    SolveMode mode = SolveMode::Balance;
};

/// One knockout: the design without what these suppliers ship.
struct ResilienceCase
{
    std::vector<std::string> knockedOut; ///< supplier node ids, in design order
    SolveOutcome status = SolveOutcome::InvalidInput;
    /// Balance: a stage lost every supplier of an input, so nothing downstream runs (no tokens);
    /// `why` names the stage. Such a case counts as solved with 0 tokens/s.
    bool cutOff = false;
    double tokensPerS = 0;   ///< delivered without them (0 when the re-plan cannot be solved)
    double lostFraction = 0; ///< 1 - tokensPerS / the base's (0 when the base makes none)
    /// The re-plan's cost of a million tokens; empty when it makes no tokens.
    std::optional<double> usdPerMillionTokens;
    std::string why; ///< when not solved: the first error
};

struct ResilienceResult
{
    StudyTermination termination = StudyTermination::Completed;
    std::string message; ///< InvalidInput: why nothing was run
    SolveMode mode = SolveMode::Balance;
    int k = 1;
    double baseTokensPerS = 0;
    std::optional<double> baseUsdPerMillionTokens;
    std::vector<std::string> suppliers; ///< the suppliers knocked out, in design order
    /// Singles, then pairs when k = 2, ranked: most tokens lost first, then the dearest $/Mtok,
    /// then design order.
    std::vector<ResilienceCase> cases;
};

/// The suppliers of a design: nodes that take no inputs, make something and ship it over at least
/// one link (a source nothing draws from cannot fail anyone). In design order.
std::vector<std::string> supplierIds(const Design &design);

/// The design with every link out of `knockedOut` removed: what the suppliers would have
/// shipped is gone, their fixed costs stay (a plant under contract is paid for while it is down).
Design withoutSuppliers(const Design &design, const std::vector<std::string> &knockedOut);

/// Knocks out each supplier (and pair, k = 2) and re-solves. The base must solve; otherwise the
/// result is InvalidInput with why. `progress` (may be empty) is called after each case.
ResilienceResult runResilience(const Design &design,
                               const ResilienceOptions &options,
                               const StudyProgress &progress = {});

} // namespace tf
