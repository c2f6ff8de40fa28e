// duecall case show --client CODE REF [--json]
#include <iostream>

#include "app/case_file.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {
namespace {

struct CaseArguments {
  std::string client;
  std::string ref;
  bool json = false;
};

void print_case_file(const app::CaseFile& file) {
  const auto& debtor = file.debtor;
  std::cout << "Case " << file.collection_case.id.value << " at " << file.client.code << " ("
            << file.client.name << "), " << domain::case_status_name(file.collection_case.status)
            << ", stage " << file.collection_case.stage << "\n";
  std::cout << "Debtor " << debtor.ref << ": " << debtor.name << " ("
            << domain::debtor_kind_name(debtor.kind) << ")\n";
  if (!debtor.address.empty() || !debtor.city.empty()) {
    std::cout << "  " << debtor.address << ", " << debtor.postal_code << " " << debtor.city << ", "
              << debtor.country << "\n";
  }
  for (const auto& phone : debtor.phones) {
    std::cout << "  phone " << (phone.valid() ? phone.e164 : phone.raw)
              << (phone.valid() ? " (" + std::string(phone_type_name(phone.type)) + ")"
                                : " (invalid, not dialled)")
              << "\n";
  }
  for (const auto& email : debtor.emails) std::cout << "  e-mail " << email << "\n";
  std::cout << "Claims:\n";
  for (const auto& claim : file.claims) {
    std::cout << "  " << claim.client_ref << "  " << claim.claim_type << "  due "
              << claim.due_date.to_string() << "  principal "
              << claim.balance.principal.to_decimal_string() << "  interest "
              << claim.balance.interest.to_decimal_string() << "  fees "
              << claim.balance.fees.to_decimal_string() << "  balance "
              << claim.balance.total().to_string() << "  ("
              << domain::claim_status_name(claim.status) << ")\n";
  }
  std::cout << "Total due: " << file.total_due().to_string() << "\n";
  std::cout << "Timeline:\n";
  for (const auto& event : file.timeline) {
    std::cout << "  #" << event.seq << "  " << format_iso8601(event.occurred_at) << "  "
              << event.kind << "  by " << event.actor << "  " << event.payload << "\n";
  }
}

}  // namespace

void add_case_command(CLI::App& app, CommandContext& context) {
  auto* collection_case = app.add_subcommand("case", "collection cases");
  collection_case->require_subcommand(1);
  auto arguments = std::make_shared<CaseArguments>();
  auto* show = collection_case->add_subcommand(
      "show", "show the case of a claim (its client_ref) or of a debtor (debtor_ref)");
  show->add_option("--client", arguments->client, "the client's code")->required();
  show->add_option("REF", arguments->ref, "a claim's client_ref or a debtor_ref")->required();
  show->add_flag("--json", arguments->json, "print JSON: debtor, claims, timeline");
  on_run(show, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto file = TRY(app::find_case_file(*store, arguments->client, arguments->ref));
    if (arguments->json) {
      std::cout << app::case_file_to_json(file).dump(2) << "\n";
    } else {
      print_case_file(file);
    }
    return kExitOk;
  });
}

}  // namespace duecall::cli
