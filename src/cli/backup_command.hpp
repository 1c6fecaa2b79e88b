#pragma once

#include <CLI/CLI.hpp>

#include "cli/database.hpp"
#include "cli/io.hpp"

namespace werkpad::cli {

// Registers `werkpad backup --to PATH`.
//
// SQLite: copies the database with SQLite's online backup API in one read transaction, so the
// copy is a consistent snapshot even while `werkpad serve` keeps writing; the copy is written
// to PATH.partial and renamed to PATH only when complete and passing `PRAGMA quick_check`.
// PATH must not exist yet (exit 2 otherwise: a backup never overwrites).
// PostgreSQL: prints the pg_dump command to run (password redacted), changes nothing.
// REQUIRES: every argument outlives `root`.
void AddBackupCommand(CLI::App& root, Io io, int& exit_code, SettingsSource settings);

}  // namespace werkpad::cli
