// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace tf {

enum class Severity { Info, Warning, Error };

/// What a problem is, as a stable code a UI can translate; `text` is the English wording the CLI
/// prints. Errors are data: nothing in core throws on bad input. Where a code lists its `args`,
/// messages of that code from the edit gate (Design::check*, docs/architecture.md) carry them in
/// that order, so an interface can word the message from code and args alone; messages read from
/// files may carry none. New codes go at the end: the numbers stay stable.
enum class MessageCode {
    InvalidJson, ///< text is not JSON, or a field has the wrong type
    /// A value its field does not take (a precision that is no precision, a recipe amount).
    /// args: the field, the value; a distribution ("KEY.distribution") then its kind and
    /// numbers (distributionArgs).
    InvalidValue,
    /// An unknown parameter, choice or kind (usually a typo). args: the field, the node kind, the
    /// fields that kind knows (comma-separated).
    UnknownField,
    /// Two goods, nodes or links share an id, or two scenarios a name. args: what ("node", "link",
    /// "good", "scenario"), the id or name.
    DuplicateId,
    /// A link or node names what does not exist. args: what ("node", "link", "good", "system",
    /// "accelerator", "workload", "scenario"), the id, the ids known (comma-separated, may be
    /// empty).
    UnknownReference,
    /// A link joins ports of different goods. args: the consumer's name, the good's name, the
    /// goods it takes (comma-separated, empty when none).
    GoodMismatch,
    PortMissing, ///< a link's end has no port for its good. args: the producer's name, the good's
                 ///< name
    /// A node needs a good that no link brings. args (from the solve): the node's name, the good's
    /// id, the good's name.
    UnsuppliedInput,
    /// Explicit producer shares of one input do not add up to 1. args (from the solve): the
    /// consumer's name, the good's id, the good's name, the sum ("0": nothing supplies it).
    SharesNotNormalised,
    Disconnected, ///< a node feeds no demand (it stays idle). args: the node's name
    /// The balance equations have no unique solution. args (a loop that uses up what it makes):
    /// the loop's node names ("'a' → 'b'").
    Singular,
    NegativeActivity,   ///< a loop consumes more than it produces. args: the loop's node names
    NoDemand,           ///< there is no sink, so nothing is produced
    UnsupportedVersion, ///< a file from a newer version of the app
    /// Optimise: the limits cannot all hold. args: "conflict", then three lists, each as its
    /// length and its limits: the limits that conflict, the limits the best achievable plan
    /// breaks (each with by how much, in the limit's unit), and the physical limits that hold
    /// that plan back. A limit is four args: its kind (Limit::kind), node id ("" for a
    /// design-wide limit), value and unit. Or args: "unexplained" (the conflict could not be
    /// worked out).
    Infeasible,
    /// Optimise: something grows without limit. args: "loop" (a loop makes more than it uses;
    /// the nodes are the loop's, in order), "suppliers" (the nodes have no capacity) or
    /// "nothing" (no limit at all), then the objective (objectiveName).
    Unbounded,
    NotAProject, ///< a file that is not a Token Factory project (empty, not SQLite, wrong id)
    DamagedFile, ///< a project file that fails its integrity checks, or holds what ours never do
    TooLarge,    ///< a file, string or list over the limits that keep hostile files harmless
    FileError,   ///< the file system refused (cannot read, cannot write, disk full)
    /// A number outside its valid range (tf/model/ranges.h). args: the field, the value, the
    /// lowest value, the highest, "exclusive" when the lowest itself is not allowed (else "").
    OutOfRange,
    /// NaN or an infinity where a finite number is needed. args: the field, "NaN", "infinity" or
    /// "-infinity".
    NotANumber,
    /// A datacenter's workload does not fit its hardware (too large for its memory, ...), or a
    /// service target it cannot meet. args: the field ("workload", or the target's parameter),
    /// then the roofline's reason as its kind and numbers (ThroughputEstimate::messages):
    /// "memory", workload id, precision, GPUs, hardware id, weights' bytes, one sequence's KV
    /// bytes, HBM bytes per GPU, usable bytes, GPUs needed, scale-up domain; "target", tokens/s
    /// per user asked ("" when unset), time to first token asked in s (""), hardware id,
    /// workload id, the most tokens/s per user, that point's first token in s, its GPUs;
    /// "no_rate", hardware id, precision, the precisions it has (comma-separated);
    /// "no_efficiency", family, precision; "incomplete", catalog id; "no_gpus", accelerator id;
    /// "unknown_hardware" or "unknown_workload", id; "gpus", "tokens" or "target_value" (a query
    /// the window never makes).
    DoesNotFit,
    NameMissing, ///< an empty name. args: what is unnamed ("node", "scenario")
    /// Both of two fields that exclude each other are set. args: the field, the other field.
    Conflicting,
    /// Balance: a demand the capacities cannot meet. args: the good's name, the rate asked, the
    /// rate delivered, the shortfall, the shortfall in percent of the rate asked, the limiting
    /// node's name (numbers as NumberFormat writes them).
    UnmetDemand,
    /// A solve's figures are not all finite numbers: the design's numbers are too far apart to be
    /// worked with together (the check after every solve, solutioncheck.h). The nodes are those
    /// whose figures are not numbers (or, for a total, the largest).
    NotFinite,
    /// A solve's figures do not balance within the tolerance (the check after every solve). The
    /// nodes are those whose figures do not balance.
    Unbalanced,
    /// A loop within the tolerance of balancing exactly: its activities would be the demand
    /// divided by a difference that is round-off. The nodes are the loop's. args: how far its
    /// gain is from 1, the tolerance.
    IllConditioned,
    /// A producer makes none of its good per unit of activity. args: the node's name, the good's
    /// id, the good's name.
    NoOutput,
    /// A node makes a good only as a by-product and falls short of what its consumers need. args:
    /// the node's name, the good's id, the good's name.
    ByProductShort,
    NoTokenDemand, ///< Optimise: the design has no sink of tokens
    /// A scenario named as the base design ("base" in any case, or the interface's word for it).
    /// args: the name.
    ReservedName,
    /// Optimise: the LP code gave no plan that can be trusted. args: "no_answer" (it stopped
    /// without one), or "residual" and the plan's largest breach of a balance or limit
    /// (relative).
    LpFailed,
    /// A study's range of a parameter that is empty. args: the parameter's key, from, to; the
    /// node is the parameter's.
    EmptyRange,
    /// The two parameters of a two-way sweep are the same. args: the parameter's key; the node
    /// is the parameter's.
    SameParameter,
    /// A quarter of the plan over time cannot be solved; the messages before it say why. args:
    /// the quarter ("2027Q3").
    QuarterUnsolvable,
};

struct Message
{
    Severity severity = Severity::Error;
    MessageCode code = MessageCode::InvalidValue;
    std::string text;
    std::vector<std::string> nodeIds; ///< nodes the problem is about, for select-and-centre
    std::string path;                 ///< JSON path of the offending value, when from a file
    std::vector<std::string> args;    ///< the code's arguments (see MessageCode), as text

    static Message error(MessageCode code, std::string text, std::vector<std::string> nodeIds = {})
    {
        return {Severity::Error, code, std::move(text), std::move(nodeIds), {}, {}};
    }
    static Message
    warning(MessageCode code, std::string text, std::vector<std::string> nodeIds = {})
    {
        return {Severity::Warning, code, std::move(text), std::move(nodeIds), {}, {}};
    }
    /// The same message carrying the arguments of its code.
    Message withArgs(std::vector<std::string> arguments) &&
    {
        args = std::move(arguments);
        return std::move(*this);
    }
};

const char *severityName(Severity severity);
bool hasErrors(const std::vector<Message> &messages);

/// A value that is not a finite number as a message names it: "NaN", "infinity", "-infinity".
const char *nonFiniteText(double v);
/// The NotANumber error for `field` holding `v` (not finite), with its args: the field and
/// nonFiniteText(v).
Message notANumber(const std::string &field,
                   double v,
                   std::string text,
                   std::vector<std::string> nodeIds = {});

} // namespace tf
