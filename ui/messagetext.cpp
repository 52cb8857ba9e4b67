// SPDX-License-Identifier: MIT
#include "messagetext.h"

#include "limittext.h"
#include "nametext.h"
#include "tr.h"
#include "unitformat.h"

#include "tf/io/utf8text.h"
#include "tf/model/good.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/optimiser.h"

namespace tf::Ui {

namespace {

// Names and ids in a message may hold anything a file held: shown, never obeyed.
QString fromStd(const std::string &s)
{
    return QString::fromStdString(visibleText(s));
}

// A number the core wrote for its args ("%.15g"), readable in the locale's format ("10²⁰", never
// "1e+20"); other text as it is.
QString number(const std::string &text)
{
    bool ok = false;
    const double v = fromStd(text).toDouble(&ok);
    return ok ? UnitFormat::readable(v) : fromStd(text);
}

// A name the user gave, quoted.
QString quoted(const std::string &name)
{
    return Tr::tr("'%1'", "a name in a message").arg(fromStd(name));
}

// A good the core named in English: a standard good in the user's language.
QString goodByName(const std::string &englishName)
{
    for (const Good &g : standardGoods()) {
        if (g.name == englishName)
            return Names::goodName(g.id, englishName);
    }
    return fromStd(englishName);
}

QString goodList(const std::string &commaSeparated)
{
    QStringList names;
    for (const QString &n : fromStd(commaSeparated).split(QStringLiteral(", "), Qt::SkipEmptyParts))
        names << goodByName(n.toStdString());
    return names.join(Tr::tr(", ", "list separator"));
}

// The field a message's first arg names, as the inspector labels it.
QString
fieldLabel(const Design &design, const Message &m, const Node *subject, const std::string &key)
{
    const std::string uncertainty = ".distribution";
    if (key.size() > uncertainty.size() && key.ends_with(uncertainty))
        return Tr::tr("Uncertainty of %1")
            .arg(fieldLabel(design, m, subject, key.substr(0, key.size() - uncertainty.size())));
    if (key == "target")
        return Tr::tr("Target");
    if (!m.nodeIds.empty()) {
        const Node *node = design.node(m.nodeIds.front());
        if (!node && subject && subject->id == m.nodeIds.front())
            node = subject;
        if (node) {
            if (const ParamSpec *spec = kindInfo(node->kind).param(key))
                return Names::paramLabel(*spec);
        }
    }
    for (const ParamSpec &spec : settingSpecs()) {
        if (spec.key == key)
            return Names::paramLabel(spec);
    }
    if (key == "share")
        return Tr::tr("Share");
    if (key == "system")
        return Tr::tr("System");
    if (key == "accelerator")
        return Tr::tr("Accelerator");
    if (key == "workload")
        return Tr::tr("Workload");
    if (key == "precision")
        return Tr::tr("Precision");
    return fromStd(key);
}

QString kindOf(const std::string &kindId)
{
    const NodeKindInfo *info = findKind(kindId);
    return info ? Names::kindLabel(info->kind) : fromStd(kindId);
}

QString withKnown(const QString &sentence, const std::string &known)
{
    return known.empty() ? sentence : Tr::tr("%1 (known: %2)").arg(sentence, fromStd(known));
}

QString unknownReference(const std::vector<std::string> &a)
{
    const std::string &what = a[0];
    const QString id = fromStd(a[1]);
    QString s;
    if (what == "node")
        s = Tr::tr("There is no node '%1'").arg(id);
    else if (what == "link")
        s = Tr::tr("There is no wire '%1'").arg(id);
    else if (what == "good")
        s = Tr::tr("The good '%1' is not defined in the design").arg(id);
    else if (what == "system")
        s = Tr::tr("The catalog has no system '%1'").arg(id);
    else if (what == "accelerator")
        s = Tr::tr("The catalog has no accelerator '%1'").arg(id);
    else if (what == "workload")
        s = Tr::tr("The catalog has no workload '%1'").arg(id);
    else if (what == "scenario")
        return a.size() > 2 && a[2].empty()
                   ? Tr::tr("There is no scenario '%1' (there are none)").arg(id)
                   : withKnown(Tr::tr("There is no scenario '%1'").arg(id),
                               a.size() > 2 ? a[2] : "");
    else
        return {};
    return withKnown(s, a.size() > 2 ? a[2] : std::string());
}

QString duplicateId(const std::vector<std::string> &a)
{
    const QString id = fromStd(a[1]);
    if (a[0] == "node")
        return Tr::tr("The node id '%1' is used twice").arg(id);
    if (a[0] == "good")
        return Tr::tr("The good id '%1' is used twice").arg(id);
    if (a[0] == "link")
        return Tr::tr("This wire exists already");
    if (a[0] == "scenario")
        return Tr::tr("A scenario named %1 exists already").arg(quoted(a[1]));
    return {};
}

QString outOfRange(const Design &design, const Message &m, const Node *subject)
{
    const auto &a = m.args;
    bool ok = false;
    const double lo = fromStd(a[2]).toDouble(&ok);
    if (!ok)
        return {};
    const double hi = a[3].empty() ? 1e18 : fromStd(a[3]).toDouble();
    const double value = fromStd(a[1]).toDouble();
    return Tr::tr("%1: must be %2, got %3")
        .arg(fieldLabel(design, m, subject, a[0]),
             Names::rangeText(lo, hi, a[4] == "exclusive", !a[3].empty() && value > hi),
             number(a[1]));
}

QString notANumber(const Design &design, const Message &m, const Node *subject)
{
    const QString field = fieldLabel(design, m, subject, m.args[0]);
    const std::string &what = m.args[1];
    if (what != "infinity" && what != "-infinity")
        return Tr::tr("%1: must be a number").arg(field);
    return Tr::tr("%1: must be finite, got %2")
        .arg(field, what == "infinity" ? Tr::tr("infinity") : Tr::tr("minus infinity"));
}

// A loop's nodes as the user named them, in the order the core gave: "„a“ → „b“"; else the
// core's text of them.
QString loopNames(const Design &design, const Message &m, const std::string &fallback)
{
    QStringList names;
    for (const std::string &id : m.nodeIds) {
        const Node *node = design.node(id);
        if (!node)
            return fromStd(fallback);
        names << quoted(node->name);
    }
    return names.isEmpty() ? fromStd(fallback) : names.join(QStringLiteral(" → "));
}

// Problems the balance solve finds: args are the node's name, the good's id and name (see
// MessageCode).
QString solveProblem(const Message &m)
{
    const auto &a = m.args;
    const QString node = quoted(a[0]);
    const QString good = Names::goodName(a[1], a[2]);
    switch (m.code) {
    case MessageCode::UnsuppliedInput:
        return Tr::tr("%1 needs %2 but nothing supplies it").arg(node, good);
    case MessageCode::NoOutput:
        return Tr::tr("%1 makes no %2 per unit of activity (check its parameters), so it cannot "
                      "supply its consumers")
            .arg(node, good);
    case MessageCode::ByProductShort:
        return Tr::tr("%1 makes %2 only as a by-product and falls short of what its consumers "
                      "need; add another producer or fix the shares")
            .arg(node, good);
    case MessageCode::SharesNotNormalised:
        if (a.size() < 4)
            return {};
        if (a[3] == "0")
            return Tr::tr("The shares of %1 into %2 are all 0, so nothing supplies it")
                .arg(good, node);
        return Tr::tr(
                   "The shares of %1 into %2 add up to %3, not 1; they are scaled to add up to 1")
            .arg(good, node, number(a[3]));
    default:
        return {};
    }
}

// A demand the capacities cannot meet. args: the good's name, asked, delivered, shortfall (the
// core's short-scale text), the shortfall in percent, the limiting node's name; the demand node
// is the message's first node.
QString unmetDemand(const Design &design, const Message &m)
{
    const auto &a = m.args;
    const Node *node = m.nodeIds.empty() ? nullptr : design.node(m.nodeIds.front());
    if (!node)
        return {};
    const QString unit = Names::unit(activityUnit(*node, design));
    auto amount = [&](const std::string &scaled) {
        return Tr::tr("%1 %2", "an amount and its unit").arg(UnitFormat::localised(scaled), unit);
    };
    bool ok = false;
    const double percent = fromStd(a[4]).toDouble(&ok);
    return Tr::tr("%1 asks for %2 but gets %3: %4 (%5) unmet, limited by %6")
        .arg(quoted(node->name),
             amount(a[1]),
             amount(a[2]),
             amount(a[3]),
             ok ? UnitFormat::percent(percent, percent < 10 ? 1 : 0) : fromStd(a[4]),
             quoted(a[5]));
}

// A value its field does not take; a refused distribution says why in words.
QString invalidValue(const Design &design, const Message &m, const Node *subject)
{
    const QString field = fieldLabel(design, m, subject, m.args[0]);
    if (m.args[0].ends_with(".distribution")) {
        if (const auto d = distributionFromArgs(m.args); d && !checkDistribution(*d).empty())
            return Tr::tr("%1: %2 is not valid: %3")
                .arg(field, Names::distributionText(*d), Names::distributionRefusal(*d));
    }
    return Tr::tr("%1: %2 is not a valid value").arg(field, number(m.args[1]));
}

// The user's names of the message's nodes, the first few: "'a', 'b' and 2 more".
QString nodeNames(const Design &design, const Message &m)
{
    constexpr int kShown = 4;
    QStringList names;
    for (const std::string &id : m.nodeIds) {
        if (names.size() == kShown)
            break;
        const Node *node = design.node(id);
        names << quoted(node ? node->name : id);
    }
    const QString shown = names.join(Tr::tr(", ", "list separator"));
    const int more = int(m.nodeIds.size()) - int(names.size());
    return more > 0 ? Tr::tr("%1 and %n more", nullptr, more).arg(shown) : shown;
}

// The post-solve check (solutioncheck.h): figures that are not numbers, or that do not balance.
QString checkFailed(const Design &design, const Message &m)
{
    const bool named = !m.nodeIds.empty();
    if (m.code == MessageCode::NotFinite)
        return named
                   ? Tr::tr("The solve gives figures that are not finite numbers (at %1): numbers "
                            "in the design are too large or too small to be worked with "
                            "together; check the recipe amounts, parameters and capacities of "
                            "the nodes named")
                         .arg(nodeNames(design, m))
                   : Tr::tr("The figures are not all finite numbers: numbers in the design are "
                            "too large or too small to be worked with together; check the "
                            "recipe amounts, parameters and capacities");
    return named ? Tr::tr("The solve's figures do not balance (at %1), so they are not shown as a "
                          "solution: numbers in the design are too far apart to be solved "
                          "together; check the recipe amounts, shares and capacities of the nodes "
                          "named")
                       .arg(nodeNames(design, m))
                 : Tr::tr("The solve's figures do not balance, so they are not shown as a "
                          "solution: numbers in the design are too far apart to be solved "
                          "together; check the recipe amounts, shares and capacities");
}

// One list of limits in an Infeasible message's args from `at`: its length, then per limit its
// kind, node id, value and unit, and `extra` numbers more (by how much it is broken). Each limit
// in words; empty with `ok` false when the args are short.
QStringList limitList(const Design &design, const Message &m, size_t &at, bool withAmount, bool &ok)
{
    const auto &a = m.args;
    QStringList out;
    bool counted = false;
    const size_t count = at < a.size() ? fromStd(a[at]).toUInt(&counted) : 0;
    const size_t width = withAmount ? 5 : 4;
    if (!counted || a.size() < at + 1 + count * width) {
        ok = false;
        return out;
    }
    ++at;
    for (size_t k = 0; k < count; ++k, at += width) {
        const Limit limit{a[at], a[at + 1], {}, fromStd(a[at + 2]).toDouble(), a[at + 3], {}};
        const QString text = limitText(design, limit);
        out << (withAmount ? Tr::tr("%1 by %2", "a limit broken by an amount")
                                 .arg(text, limitAmount(limit, fromStd(a[at + 4]).toDouble()))
                           : text);
    }
    return out;
}

QString infeasible(const Design &design, const Message &m)
{
    const auto &a = m.args;
    if (a[0] == "unexplained")
        return Tr::tr("The limits cannot all hold; which of them conflict could not be worked out "
                      "(the LP code found no answer to that question either)");
    if (a[0] == "plan")
        return a.size() > 1 && a[1] == "infeasible"
                   ? Tr::tr("No plan over the quarters meets all the limits")
                   : Tr::tr("The LP code found no plan over the quarters");
    if (a[0] != "conflict")
        return {};
    size_t at = 1;
    bool ok = true;
    const QString sep = QStringLiteral("; ");
    const QString conflict = limitList(design, m, at, false, ok).join(sep);
    const QString broken = limitList(design, m, at, true, ok).join(sep);
    const QString heldBack = limitList(design, m, at, false, ok).join(sep);
    if (!ok)
        return {};
    return heldBack.isEmpty() ? Tr::tr("These limits cannot all hold: %1. The best achievable plan "
                                       "breaks %2.")
                                    .arg(conflict, broken)
                              : Tr::tr("These limits cannot all hold: %1. The best achievable plan "
                                       "breaks %2, held back by %3.")
                                    .arg(conflict, broken, heldBack);
}

QString unbounded(const Design &design, const Message &m)
{
    const auto &a = m.args;
    if (a[0] == "plan")
        return Tr::tr("The plan over the quarters grows without limit: some stage between a "
                      "supplier and the demand has no capacity, space or power limit");
    if (a.size() < 2)
        return {};
    const bool tokens = a[1] == objectiveName(Objective::MaxTokens);
    if (a[0] == "loop" && !m.nodeIds.empty()) {
        const QString loop = loopNames(design, m, {});
        if (loop.isEmpty())
            return {};
        // Round the loop back to its first node, as the core says it.
        const QString names
            = loop + QStringLiteral(" → ") + quoted(design.node(m.nodeIds.front())->name);
        return tokens ? Tr::tr("The loop %1 makes more than it uses (something from nothing), so "
                               "tokens/s grow without limit; check its recipes or give one of "
                               "them a capacity")
                            .arg(names)
                      : Tr::tr("The loop %1 makes more than it uses (something from nothing), so "
                               "the objective improves without limit; check its recipes or give "
                               "one of them a capacity")
                            .arg(names);
    }
    if (a[0] == "suppliers" && !m.nodeIds.empty()) {
        const QString names = nodeNames(design, m);
        if (m.nodeIds.size() == 1)
            return tokens ? Tr::tr("Nothing limits %1 (no capacity), so tokens/s grow without "
                                   "limit; give it a capacity")
                                .arg(names)
                          : Tr::tr("Nothing limits %1 (no capacity), so the objective improves "
                                   "without limit; give it a capacity")
                                .arg(names);
        return tokens ? Tr::tr("Nothing limits %1 (no capacity), so tokens/s grow without limit; "
                               "give them capacities")
                            .arg(names)
                      : Tr::tr("Nothing limits %1 (no capacity), so the objective improves "
                               "without limit; give them capacities")
                            .arg(names);
    }
    if (a[0] == "nothing")
        return tokens ? Tr::tr("Nothing limits the plan, so tokens/s grow without limit; give the "
                               "suppliers capacities")
                      : Tr::tr("Nothing limits the plan, so the objective improves without "
                               "limit; give the suppliers capacities");
    return {};
}

QString lpFailed(const Message &m)
{
    const auto &a = m.args;
    if (a[0] == "no_answer")
        return Tr::tr("The LP code stopped without an answer (numerical trouble); try simplifying "
                      "the design");
    if (a[0] == "residual" && a.size() > 1)
        return Tr::tr("The LP code returned a plan that breaks a balance or limit by %1 "
                      "(relative); the figures are not trusted")
            .arg(number(a[1]));
    return {};
}

// A catalog entry as the catalog names it (a product name is not translated), else its id.
QString catalogName(const Design &design, const std::string &id)
{
    const CatalogEntry *e = catalogOf(design.settings()).find(id);
    return fromStd(e && !e->name.empty() ? e->name : id);
}

QString gigabytes(const std::string &bytes)
{
    return Tr::tr("%1 GB", "gigabytes")
        .arg(UnitFormat::readable(fromStd(bytes).toDouble() / 1e9, 4));
}

// A time to first token: milliseconds below a second, as the core words it.
QString seconds(const std::string &s)
{
    const double v = fromStd(s).toDouble();
    return v < 1 ? Tr::tr("%1 ms", "milliseconds").arg(UnitFormat::readable(v * 1e3, 3))
                 : Tr::tr("%1 s", "seconds").arg(UnitFormat::readable(v, 3));
}

// The workload too large for the hardware's memory. r: "memory", workload, precision, GPUs,
// hardware, weights, one sequence's KV cache, HBM, usable HBM (bytes), GPUs needed, scale-up
// domain.
QString tooLarge(const Design &design, const std::vector<std::string> &r)
{
    if (r.size() < 11)
        return {};
    const int needed = fromStd(r[9]).toInt();
    const QString sentence = Tr::tr("%1 in %2 does not fit on %3 × %4: its weights take %5 and one "
                                    "sequence's KV cache %6, but a GPU has %7 of HBM (%8 usable)")
                                 .arg(catalogName(design, r[1]),
                                      fromStd(r[2]),
                                      fromStd(r[3]),
                                      catalogName(design, r[4]),
                                      gigabytes(r[5]),
                                      gigabytes(r[6]),
                                      gigabytes(r[7]),
                                      gigabytes(r[8]));
    const QString need
        = needed <= fromStd(r[10]).toInt()
              ? Tr::tr("it needs a group of at least %n GPUs", nullptr, needed)
              : Tr::tr("it needs %n GPUs, more than one scale-up domain of %1", nullptr, needed)
                    .arg(fromStd(r[10]));
    return Tr::tr("%1; %2", "a reason and what follows from it").arg(sentence, need);
}

// A service target the hardware cannot reach. r: "target", tokens/s per user asked (or ""),
// first token asked in s (or ""), hardware, workload, the fastest tokens/s per user, its first
// token in s, its GPUs.
QString outOfReach(const Design &design, const std::vector<std::string> &r)
{
    if (r.size() < 8)
        return {};
    const QString speed = r[1].empty() ? QString() : number(r[1]);
    const QString ttft = r[2].empty() ? QString() : seconds(r[2]);
    QString target;
    if (!speed.isEmpty() && !ttft.isEmpty())
        target
            = Tr::tr("the service target of %1 tokens/s per user and a time to first token of %2")
                  .arg(speed, ttft);
    else if (!speed.isEmpty())
        target = Tr::tr("the service target of %1 tokens/s per user").arg(speed);
    else
        target = Tr::tr("the service target of a time to first token of %1").arg(ttft);
    return Tr::tr("%1 is out of reach: %2 serves %3 at most %4 tokens/s per user, with a first "
                  "token after %5 (one sequence on %n GPUs)",
                  nullptr,
                  fromStd(r[7]).toInt())
        .arg(target,
             catalogName(design, r[3]),
             catalogName(design, r[4]),
             UnitFormat::readable(fromStd(r[5]).toDouble(), 4),
             seconds(r[6]));
}

// The roofline's reason (MessageCode::DoesNotFit's args after the field); empty when its args
// are short or of a kind not worded here.
QString rooflineReason(const Design &design, const std::vector<std::string> &r)
{
    const std::string &kind = r.front();
    const size_t n = r.size();
    if (kind == "memory")
        return tooLarge(design, r);
    if (kind == "target")
        return outOfReach(design, r);
    if (kind == "no_rate" && n >= 4)
        return Tr::tr("%1 has no dense %2 rate (it has %3)")
            .arg(catalogName(design, r[1]), fromStd(r[2]), fromStd(r[3]));
    if (kind == "no_efficiency" && n >= 3)
        return Tr::tr("the catalog has no efficiency factors for the %1 family at %2")
            .arg(fromStd(r[1]), fromStd(r[2]));
    if (kind == "incomplete" && n >= 2)
        return Tr::tr("the catalog entry of %1 lacks figures the throughput model needs")
            .arg(catalogName(design, r[1]));
    if (kind == "no_gpus" && n >= 2)
        return Tr::tr("the catalog does not say how many GPUs %1 has")
            .arg(catalogName(design, r[1]));
    if (kind == "unknown_hardware" && n >= 2)
        return Tr::tr("the catalog has no accelerator or system '%1'").arg(fromStd(r[1]));
    if (kind == "unknown_workload" && n >= 2)
        return Tr::tr("the catalog has no workload '%1'").arg(fromStd(r[1]));
    return {};
}

// A field and why its value does not fit; the core's English reason when it comes without args
// (a message read from a file).
QString doesNotFit(const Design &design, const Message &m, const Node *subject)
{
    const std::vector<std::string> reason(m.args.begin() + 1, m.args.end());
    QString why = reason.empty() ? QString() : rooflineReason(design, reason);
    if (why.isEmpty()) {
        const std::string prefix = m.args[0] + ": ";
        why = fromStd(m.text.rfind(prefix, 0) == 0 ? m.text.substr(prefix.size()) : m.text);
    }
    return Tr::tr("%1: %2", "a field and why its value does not fit")
        .arg(fieldLabel(design, m, subject, m.args[0]), why);
}

// The sentence of a code with its args; empty when the code has none here or the args are short.
QString sentence(const Design &design, const Message &m, const Node *subject)
{
    const auto &a = m.args;
    const size_t n = a.size();
    switch (m.code) {
    case MessageCode::OutOfRange:
        return n >= 5 ? outOfRange(design, m, subject) : QString();
    case MessageCode::NotANumber:
        return n >= 2 ? notANumber(design, m, subject) : QString();
    case MessageCode::InvalidValue:
        return n >= 2 && !a[1].empty() ? invalidValue(design, m, subject) : QString();
    case MessageCode::UnknownField:
        return n >= 3 ? withKnown(
                   Tr::tr("%1 has no parameter '%2'").arg(kindOf(a[1]), fromStd(a[0])), a[2])
                      : QString();
    case MessageCode::DuplicateId:
        return n >= 2 ? duplicateId(a) : QString();
    case MessageCode::UnknownReference:
        return n >= 2 ? unknownReference(a) : QString();
    case MessageCode::GoodMismatch:
        if (n < 3)
            return {};
        return a[2].empty() ? Tr::tr("%1 does not take %2 (it takes no inputs)")
                                  .arg(quoted(a[0]), goodByName(a[1]))
                            : Tr::tr("%1 does not take %2 (it takes %3)")
                                  .arg(quoted(a[0]), goodByName(a[1]), goodList(a[2]));
    case MessageCode::PortMissing:
        return n >= 2 ? Tr::tr("%1 does not produce %2").arg(quoted(a[0]), goodByName(a[1]))
                      : QString();
    case MessageCode::UnsuppliedInput:
    case MessageCode::NoOutput:
    case MessageCode::ByProductShort:
    case MessageCode::SharesNotNormalised:
        return n >= 3 ? solveProblem(m) : QString();
    case MessageCode::Disconnected:
        return n >= 1
                   ? Tr::tr("%1 is not connected to any demand, so it stays idle").arg(quoted(a[0]))
                   : QString();
    case MessageCode::Singular:
        return n >= 1 ? Tr::tr("The loop %1 uses up exactly what it makes, so no demand can be met "
                               "through it (no unique balance)")
                            .arg(loopNames(design, m, a[0]))
                      : QString();
    case MessageCode::NegativeActivity:
        return n >= 1 ? Tr::tr("The loop %1 consumes more than it makes, so the demand cannot be "
                               "balanced")
                            .arg(loopNames(design, m, a[0]))
                      : QString();
    case MessageCode::IllConditioned:
        return n >= 2 && !m.nodeIds.empty()
                   ? Tr::tr("The loop %1 nearly balances: its gain differs from 1 by about %2, "
                            "within the tolerance of %3, so its activities would be the demand "
                            "divided by that difference (check its recipe amounts)")
                         .arg(loopNames(design, m, {}), number(a[0]), number(a[1]))
                   : QString();
    case MessageCode::NoDemand:
        return Tr::tr("The design has no demand node, so nothing is produced");
    case MessageCode::NoTokenDemand:
        return Tr::tr("The design has no demand for tokens, so no tokens are made");
    case MessageCode::NameMissing:
        return n >= 1 && a[0] == "scenario" ? Tr::tr("A scenario needs a name")
                                            : Tr::tr("A node needs a name");
    case MessageCode::ReservedName:
        return n >= 1 ? Tr::tr("%1 is the name of the base design; choose another name")
                            .arg(quoted(a[0]))
                      : QString();
    case MessageCode::UnmetDemand:
        return n >= 6 ? unmetDemand(design, m) : QString();
    case MessageCode::Conflicting:
        return n >= 2 ? Tr::tr("%1 and %2 cannot both be set")
                            .arg(fieldLabel(design, m, subject, a[0]),
                                 fieldLabel(design, m, subject, a[1]))
                      : QString();
    case MessageCode::DoesNotFit:
        return n >= 1 ? doesNotFit(design, m, subject) : QString();
    case MessageCode::NotFinite:
    case MessageCode::Unbalanced:
        return checkFailed(design, m);
    case MessageCode::Infeasible:
        return n >= 1 ? infeasible(design, m) : QString();
    case MessageCode::Unbounded:
        return n >= 1 ? unbounded(design, m) : QString();
    case MessageCode::LpFailed:
        return n >= 1 ? lpFailed(m) : QString();
    case MessageCode::EmptyRange:
        return n >= 3 ? Tr::tr("%1: the range must start below its end, got %2 to %3")
                            .arg(fieldLabel(design, m, subject, a[0]), number(a[1]), number(a[2]))
                      : QString();
    case MessageCode::SameParameter:
        return n >= 1 ? Tr::tr("The two swept parameters must differ (both are %1)")
                            .arg(fieldLabel(design, m, subject, a[0]))
                      : QString();
    case MessageCode::QuarterUnsolvable:
        return n >= 1 ? Tr::tr("The plan cannot be solved in %1 (the problems before this say why)")
                            .arg(fromStd(a[0]))
                      : QString();
    default:
        return {};
    }
}

} // namespace

QString messageText(const Design &design, const Message &message, const Node *subject)
{
    QString text = sentence(design, message, subject);
    if (text.isEmpty()) {
        // One message, one line: a newline or ESC in an id is shown escaped, never obeyed.
        text = fromStd(visibleText(message.text));
        // The core's sentences start in lower case ("share: ..."); shown alone, a sentence
        // starts with a capital.
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
    }
    return text;
}

} // namespace tf::Ui
