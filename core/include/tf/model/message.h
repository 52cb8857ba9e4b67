// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace tf {

enum class Severity { Info, Warning, Error };

/// What a problem is, as a stable code a UI can translate; `text` is the English wording the CLI
/// prints. Errors are data: nothing in core throws on bad input.
enum class MessageCode {
    InvalidJson,         ///< text is not JSON, or a field has the wrong type
    InvalidValue,        ///< a number is NaN, negative or outside its valid range
    UnknownField,        ///< an unknown parameter or kind (usually a typo)
    DuplicateId,         ///< two goods, nodes or links share an id
    UnknownReference,    ///< a link or node names a good or node that does not exist
    GoodMismatch,        ///< a link joins ports of different goods
    PortMissing,         ///< a link's end has no port for its good
    UnsuppliedInput,     ///< a node needs a good that no link brings
    SharesNotNormalised, ///< explicit producer shares of one input do not add up to 1
    Disconnected,        ///< a node feeds no demand (it stays idle)
    Singular,            ///< the balance equations have no unique solution
    NegativeActivity,    ///< a loop consumes more than it produces
    NoDemand,            ///< there is no sink, so nothing is produced
    UnsupportedVersion,  ///< a file from a newer version of the app
    Infeasible,          ///< Optimise: the limits cannot all hold
    Unbounded,           ///< Optimise: something grows without limit
    NotAProject, ///< a file that is not a Token Factory project (empty, not SQLite, wrong id)
    DamagedFile, ///< a project file that fails its integrity checks, or holds what ours never do
    TooLarge,    ///< a file, string or list over the limits that keep hostile files harmless
    FileError,   ///< the file system refused (cannot read, cannot write, disk full)
};

struct Message
{
    Severity severity = Severity::Error;
    MessageCode code = MessageCode::InvalidValue;
    std::string text;
    std::vector<std::string> nodeIds; ///< nodes the problem is about, for select-and-centre
    std::string path;                 ///< JSON path of the offending value, when from a file

    static Message error(MessageCode code, std::string text, std::vector<std::string> nodeIds = {})
    {
        return {Severity::Error, code, std::move(text), std::move(nodeIds), {}};
    }
    static Message
    warning(MessageCode code, std::string text, std::vector<std::string> nodeIds = {})
    {
        return {Severity::Warning, code, std::move(text), std::move(nodeIds), {}};
    }
};

const char *severityName(Severity severity);
bool hasErrors(const std::vector<Message> &messages);

} // namespace tf
