// duecall agreement add --client CODE --claim REF --operator LOGIN --kind KIND [terms]
// duecall agreement list --client CODE [--claim REF] [--json]
// duecall agreement cancel ID --reason TEXT [--by LOGIN]
// duecall approvals list [--json]
// duecall approvals approve ID [--by LOGIN]
// duecall approvals reject ID --reason TEXT [--by LOGIN]
//
// `add` checks the terms against the client's floors: inside them the agreement is active
// at once (the next strategy run pauses the ladder), outside them it waits for a
// supervisor and the broken floors are printed. Exit 0 when stored either way, 2 on bad
// input, an unknown client, claim or operator, or a claim that already has an open
// agreement. `list --json` prints an array of objects with a `state` of active,
// pending_approval, kept, broken or cancelled.
#include <iostream>

#include "app/agreement_json.hpp"
#include "app/agreements.hpp"
#include "cli/command_context.hpp"

namespace duecall::cli {
namespace {

struct AgreementArguments {
  std::string client;
  std::string claim;
  std::string operator_login;
  std::string kind;
  std::string amount;
  std::string date;
  int instalments = 0;
  std::string first_date;
  std::string every;
  std::vector<std::string> amounts;
  std::string interest;
  std::int64_t id = 0;
  std::string reason;
  std::string by;
  bool json = false;
};

std::optional<std::string> given(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return text;
}

Result<app::NewAgreement> new_agreement_of(const AgreementArguments& arguments) {
  app::AgreementRequest request{.kind = TRY(domain::parse_agreement_kind(arguments.kind)),
                                .amount = given(arguments.amount),
                                .date = given(arguments.date),
                                .instalments = std::nullopt,
                                .first_date = given(arguments.first_date),
                                .every = given(arguments.every),
                                .amounts = arguments.amounts,
                                .interest = given(arguments.interest)};
  if (arguments.instalments != 0) request.instalments = arguments.instalments;
  return app::NewAgreement{.client_code = arguments.client,
                           .claim_ref = arguments.claim,
                           .operator_login = arguments.operator_login,
                           .request = std::move(request)};
}

app::AgreementDecision decision_of(const AgreementArguments& arguments) {
  return {.id = AgreementId(arguments.id),
          .actor = arguments.by.empty() ? std::string(kCommandLineActor) : arguments.by,
          .actor_is_user = !arguments.by.empty(),
          .reason = arguments.reason};
}

void print_line(const app::ListedAgreement& listed) {
  const app::AgreementRecord& agreement = listed.agreement;
  std::cout << agreement.id.value << "\t" << listed.client_code << "\t" << listed.claim_ref << "\t"
            << domain::agreement_kind_name(agreement.terms.kind) << "\t"
            << domain::agreement_state_name(agreement.state) << "\t"
            << domain::terms_to_json(agreement.terms).dump() << "\t" << agreement.operator_login
            << "\n";
  for (const auto& violation : agreement.outside_floors) {
    std::cout << "\toutside floor: " << violation.reason << "\n";
  }
}

Result<int> print_list(const std::vector<app::ListedAgreement>& agreements, bool json) {
  if (json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& listed : agreements) out.push_back(app::agreement_json(listed));
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  for (const auto& listed : agreements) print_line(listed);
  return kExitOk;
}

void print_change(const app::ListedAgreement& listed, std::string_view verb) {
  std::cout << "agreement " << listed.agreement.id.value << " " << verb << ": "
            << domain::agreement_state_name(listed.agreement.state) << "\n";
}

void add_agreement_subcommands(CLI::App& app, CommandContext& context,
                               const std::shared_ptr<AgreementArguments>& arguments) {
  auto* agreement = app.add_subcommand(
      "agreement", "promises, instalment plans, settlements, extensions and reduced interest");
  agreement->require_subcommand(1);

  auto* add = agreement->add_subcommand(
      "add",
      "record an agreement about a claim; inside the client's floors it is active at once and "
      "pauses the ladder, outside them it waits for a supervisor (duecall approvals)");
  add->add_option("--client", arguments->client, "the client's code")->required();
  add->add_option("--claim", arguments->claim, "the claim's client_ref")->required();
  add->add_option("--operator", arguments->operator_login, "login of the operator who agreed it")
      ->required();
  add->add_option("--kind", arguments->kind,
                  "promise, plan, settlement, extension or reduced_interest")
      ->required();
  add->add_option("--amount", arguments->amount,
                  "promise: the amount promised; settlement: the lump sum; plan: the total, "
                  "split in equal instalments with the remainder in the last");
  add->add_option("--date", arguments->date,
                  "promise and settlement: pay by this date (YYYY-MM-DD); extension: the new "
                  "date by which the whole balance is due");
  add->add_option("--instalments", arguments->instalments, "plan: the number of instalments");
  add->add_option("--first-date", arguments->first_date, "plan: the first instalment's date");
  add->add_option("--every", arguments->every, "plan: month (default), week or 2weeks");
  add->add_option("--amounts", arguments->amounts,
                  "plan: each instalment instead of --instalments and --amount, e.g. "
                  "50.00,50.00,20.00")
      ->delimiter(',');
  add->add_option("--interest", arguments->interest,
                  "reduced_interest: the new interest amount, below the claim's interest");
  on_run(add, context, [&context, arguments]() -> Result<int> {
    auto input = TRY(new_agreement_of(*arguments));
    auto store = TRY(context.open_store());
    auto added = TRY(app::add_agreement(*store, context.clock(), input));
    print_change(added, "stored");
    for (const auto& violation : added.agreement.outside_floors) {
      std::cout << "  outside floor: " << violation.reason << "\n";
    }
    return kExitOk;
  });

  auto* list = agreement->add_subcommand("list", "agreements of a client or of one claim");
  list->add_option("--client", arguments->client, "the client's code")->required();
  list->add_option("--claim", arguments->claim, "only this claim's agreements");
  list->add_flag("--json", arguments->json, "print a JSON array");
  on_run(list, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    auto agreements = TRY(app::list_agreements(*store, arguments->client, given(arguments->claim)));
    return print_list(agreements, arguments->json);
  });

  auto* cancel = agreement->add_subcommand("cancel", "end an active or pending agreement");
  cancel->add_option("id", arguments->id, "the agreement's id")->required();
  cancel->add_option("--reason", arguments->reason, "why it is cancelled")->required();
  cancel->add_option("--by", arguments->by, "login of the user cancelling it");
  on_run(cancel, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    print_change(TRY(app::cancel_agreement(*store, context.clock(), decision_of(*arguments))),
                 "cancelled");
    return kExitOk;
  });
}

void add_approval_subcommands(CLI::App& app, CommandContext& context,
                              const std::shared_ptr<AgreementArguments>& arguments) {
  auto* approvals =
      app.add_subcommand("approvals", "agreements outside a client's floors, for a supervisor");
  approvals->require_subcommand(1);

  auto* list = approvals->add_subcommand("list", "agreements waiting for approval");
  list->add_flag("--json", arguments->json, "print a JSON array");
  on_run(list, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    return print_list(TRY(app::list_pending_approvals(*store)), arguments->json);
  });

  auto* approve = approvals->add_subcommand("approve", "make a pending agreement active");
  approve->add_option("id", arguments->id, "the agreement's id")->required();
  approve->add_option("--by", arguments->by, "login of the approving supervisor");
  approve->add_option("--reason", arguments->reason, "a note on the decision");
  on_run(approve, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    print_change(TRY(app::approve_agreement(*store, context.clock(), decision_of(*arguments))),
                 "approved");
    return kExitOk;
  });

  auto* reject = approvals->add_subcommand("reject", "refuse a pending agreement");
  reject->add_option("id", arguments->id, "the agreement's id")->required();
  reject->add_option("--reason", arguments->reason, "why it is refused")->required();
  reject->add_option("--by", arguments->by, "login of the rejecting supervisor");
  on_run(reject, context, [&context, arguments]() -> Result<int> {
    auto store = TRY(context.open_store());
    print_change(TRY(app::reject_agreement(*store, context.clock(), decision_of(*arguments))),
                 "rejected");
    return kExitOk;
  });
}

}  // namespace

void add_agreement_commands(CLI::App& app, CommandContext& context) {
  auto arguments = std::make_shared<AgreementArguments>();
  add_agreement_subcommands(app, context, arguments);
  add_approval_subcommands(app, context, arguments);
}

}  // namespace duecall::cli
