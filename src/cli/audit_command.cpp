#include "cli/audit_command.hpp"

#include <fmt/format.h>

#include <chrono>

#include "audit/verify.hpp"
#include "core/log.hpp"

namespace werkpad::cli {

namespace {

int Verify(Io io, const SettingsSource& source) {
  auto settings = source();
  if (!settings.ok()) return Fail(io, settings.error());
  settings->pool_size = 1;
  auto db = OpenMigrated(*settings);
  if (!db.ok()) return Fail(io, db.error());
  auto started = std::chrono::steady_clock::now();
  auto report = audit::Verify(**db);
  if (!report.ok()) return Fail(io, report.error());
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - started)
                .count();
  core::log::Info("audit_verified", {{"entries", report->entries_checked},
                                     {"ok", report->ok},
                                     {"first_broken_seq", report->first_broken_seq},
                                     {"ms", std::int64_t{ms}}});
  if (!report->ok) {
    io.err << fmt::format(
        "error: audit log broken at seq {} ({}); {} entries checked before it\n",
        report->first_broken_seq, report->problem, report->entries_checked);
    return kExitFailure;
  }
  io.out << fmt::format("audit log intact: {} {} verified (hash chain and head)\n",
                        report->entries_checked, report->entries_checked == 1 ? "entry" : "entries");
  return kExitOk;
}

}  // namespace

void AddAuditCommand(CLI::App& root, Io io, int& exit_code, SettingsSource settings) {
  auto* audit = root.add_subcommand("audit", "Audit log (NEN 7513) maintenance");
  audit->require_subcommand(1);
  auto* verify = audit->add_subcommand("verify", "Check the audit log's hash chain");
  verify->callback([io, &exit_code, settings] { exit_code = Verify(io, settings); });
}

}  // namespace werkpad::cli
