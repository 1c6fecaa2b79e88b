#pragma once

#include <CLI/CLI.hpp>

#include "cli/io.hpp"

namespace werkpad::cli {

// Registers `werkpad wia`: estimates the loss of earning capacity and the WIA outcome.
//
//   werkpad wia --maatmanloon X (--restverdiencapaciteit Y | --functielonen A,B,C[,...])
//               --duurzaam ja|nee [--json]
//
// Amounts are euros with at most two decimals and a '.' as decimal point ("2500", "2500.5",
// "2500.50"); all in the same unit (hourly, monthly, ...). Without --json a Dutch summary goes to
// io.out; with --json: {"maatmanloon_cents", "restverdiencapaciteit_cents",
// "functielonen_gebruikt_cents"?, "ao_percentage" (number, two decimals, rounded down),
// "ao_honderdsten" (integer), "duurzaam", "uitkomst" ("geen_wia" | "wga" | "iva")}.
// Bad arguments (negative or malformed amounts, fewer than three functions, both or neither of
// --restverdiencapaciteit / --functielonen) set exit_code to kExitUsage with a message on io.err.
// REQUIRES: `exit_code` outlives `root`.
void AddWiaCommand(CLI::App& root, Io io, int& exit_code);

}  // namespace werkpad::cli
