#include "cli/case_screen_text.hpp"

#include <algorithm>
#include <iomanip>

namespace duecall::cli {
namespace {

constexpr int kAmountWidth = 13;

void heading(std::ostream& out, const std::string& title) {
  out << "\n" << title << "\n";
}

std::string amount(const Money& money) {
  return money.to_decimal_string();
}

void print_balance_row(std::ostream& out, const char* label, const domain::Balance& balance) {
  out << "    " << std::left << std::setw(8) << label << std::right;
  for (const Money* money : {&balance.principal, &balance.interest, &balance.fees}) {
    out << std::setw(kAmountWidth) << amount(*money);
  }
  out << std::setw(kAmountWidth) << amount(balance.total()) << "\n";
}

void print_debtor(std::ostream& out, const app::CaseFile& file) {
  const domain::Debtor& debtor = file.debtor;
  heading(out, "DEBTOR");
  out << "  " << debtor.ref << "  " << debtor.name << " (" << domain::debtor_kind_name(debtor.kind)
      << "), language "
      << (debtor.language.empty() ? file.client.policy.language : debtor.language);
  if (!debtor.time_zone.empty()) out << ", time zone " << debtor.time_zone;
  out << "\n";
  const std::string place =
      debtor.postal_code.empty() ? debtor.city : debtor.postal_code + " " + debtor.city;
  std::string address;
  for (const std::string* part : {&debtor.address, &place, &debtor.country}) {
    if (!part->empty()) address += (address.empty() ? "" : ", ") + *part;
  }
  if (!address.empty()) out << "  " << address << "\n";
  int position = 0;
  for (const auto& phone : debtor.phones) {
    const bool listed = phone.valid() && std::find(file.numbers_on_do_not_call.begin(),
                                                   file.numbers_on_do_not_call.end(),
                                                   phone.e164) != file.numbers_on_do_not_call.end();
    const char* state = !phone.valid() ? "invalid, not dialled"
                        : listed       ? "on the do-not-call list"
                                       : "reachable";
    out << "  " << std::right << std::setw(2) << ++position << "  phone  " << std::left
        << std::setw(18) << (phone.valid() ? phone.e164 : phone.raw) << std::setw(22)
        << (phone.valid() ? std::string(phone_type_name(phone.type)) : "-") << state << "\n";
  }
  for (const auto& email : debtor.emails) {
    out << "  " << std::right << std::setw(2) << ++position << "  e-mail " << email << "\n";
  }
  if (position == 0) out << "  no contact points\n";
  out << std::right;
}

void print_claims(std::ostream& out, const app::CaseFile& file) {
  out << "\nCLAIMS" << std::string(6, ' ');
  for (const char* column : {"principal", "interest", "fees", "total"}) {
    out << std::setw(kAmountWidth) << column;
  }
  out << "\n";
  for (const auto& claim : file.claims) {
    out << "  " << claim.client_ref << "  " << claim.claim_type << ", due "
        << claim.due_date.to_string() << ", " << domain::claim_status_name(claim.status) << ", "
        << claim.currency().code() << "\n";
    print_balance_row(out, "placed", claim.balance);
    print_balance_row(out, "paid", file.paid_to(claim));
    print_balance_row(out, "open", file.open_of(claim));
  }
  out << "  Total due (open): ";
  std::string separator;
  for (const auto& total : file.open_total_by_currency()) {
    out << separator << total.to_string();
    separator = ", ";
  }
  out << "\n";
}

void print_payments(std::ostream& out, const app::CaseFile& file) {
  heading(out, "PAYMENTS");
  if (file.payments.empty()) out << "  none\n";
  for (const auto& record : file.payments) {
    const domain::Payment& payment = record.payment;
    out << "  " << payment.booking_date.to_string() << "  value " << payment.value_date.to_string()
        << std::setw(kAmountWidth) << amount(payment.amount) << " "
        << payment.amount.currency().code() << "  " << payment.entry_reference << "\n";
    for (const auto& allocation : file.allocations) {
      if (allocation.payment_id != record.id) continue;
      const domain::Claim* claim = file.claim_with(allocation.claim_id);
      out << "      to " << (claim ? claim->client_ref : "?") << " " << std::left << std::setw(10)
          << domain::bucket_name(allocation.bucket) << std::right << std::setw(kAmountWidth)
          << amount(Money(allocation.amount_minor, payment.amount.currency())) << "\n";
    }
    if (record.held_minor > 0) {
      out << "      held (overpayment) " << std::setw(kAmountWidth - 10)
          << amount(Money(record.held_minor, payment.amount.currency())) << "\n";
    }
  }
}

void print_agreements(std::ostream& out, const nlohmann::json& agreements) {
  heading(out, "AGREEMENTS");
  if (agreements.empty()) out << "  none\n";
  for (const auto& agreement : agreements) {
    out << "  #" << agreement["id"].get<std::int64_t>() << "  "
        << agreement["kind"].get<std::string>() << " on " << agreement["claim"].get<std::string>()
        << ", " << agreement["state"].get<std::string>() << ", by "
        << agreement["operator"].get<std::string>() << " at "
        << agreement["created_at"].get<std::string>() << "\n";
    out << "      terms " << agreement["terms"].dump() << "\n";
    for (const auto& instalment : agreement["instalments"]) {
      const Money due(instalment["amount"]["minor"].get<std::int64_t>(),
                      Currency::parse(instalment["amount"]["currency"].get<std::string>()).value());
      const Money covered(instalment["covered"]["minor"].get<std::int64_t>(), due.currency());
      out << "      " << std::setw(2) << instalment["seq"].get<int>() << ". "
          << instalment["due_date"].get<std::string>() << std::setw(kAmountWidth) << amount(due)
          << "  covered " << std::setw(kAmountWidth) << amount(covered) << "\n";
    }
    for (const auto& floor : agreement["outside_floors"]) {
      out << "      outside floor: " << floor["reason"].get<std::string>() << "\n";
    }
    for (const char* key : {"decision", "ended"}) {
      const auto& what = agreement[key];
      if (what.is_null()) continue;
      out << "      " << (std::string(key) == "decision" ? "decided" : "ended") << " by "
          << what["by"].get<std::string>() << " at " << what["at"].get<std::string>();
      if (!what["reason"].get<std::string>().empty())
        out << ": " << what["reason"].get<std::string>();
      out << "\n";
    }
  }
}

void print_ladder(std::ostream& out, const app::CaseFile& file) {
  heading(out, "LADDER");
  if (!file.ladder && !file.due_action) {
    out << "  not on a ladder yet (the strategy has not run for this case)\n";
    return;
  }
  if (const auto& ladder = file.ladder) {
    out << "  step " << (file.ladder_step.empty() ? "?" : file.ladder_step) << " (segment "
        << ladder->segment << ", strategy version " << ladder->strategy_version << "), "
        << ladder->standing << ", " << ladder->attempts.size() << " attempt(s) made\n";
  }
  if (const auto& action = file.due_action) {
    out << "  due: " << action->step_name << " by " << action->channel << ", attempt "
        << action->attempt_number << " of " << action->attempts << ", due "
        << format_iso8601(action->due_at);
    if (action->deadline) out << ", deadline " << format_iso8601(*action->deadline);
    out << "\n";
    if (!action->blocked_by.empty()) {
      out << "  blocked by " << action->blocked_by;
      out << (action->contactable_from
                  ? ", contactable from " + format_iso8601(*action->contactable_from)
                  : std::string(", not contactable while the facts stay as they are"));
      out << "\n";
    } else if (action->contactable_from) {
      out << "  contactable from " << format_iso8601(*action->contactable_from) << "\n";
    }
  } else {
    out << "  nothing due\n";
  }
}

void print_script(std::ostream& out, const app::ScreenPopScript& script) {
  if (!script.filled) {
    heading(out, "SCRIPT");
    out << "  " << script.note << "\n";
    return;
  }
  const auto& filled = *script.filled;
  const auto& record = filled.stored.record;
  heading(out, "SCRIPT " + record.step + " / " + record.language + ", version " +
                   std::to_string(record.version) + ", deadline " +
                   filled.rendered.deadline.to_string());
  if (!script.note.empty()) out << "  (" << script.note << ")\n";
  for (const auto& part : filled.rendered.parts) {
    out << "  " << domain::script_part_title(part.part) << "\n";
    for (const auto& objection : part.objections) {
      out << "    \"" << objection.objection << "\"\n";
      for (const auto& response : objection.responses) out << "      - " << response << "\n";
    }
    for (const auto& line : part.lines) {
      out << "    " << line.text << "\n";
      if (!line.required_by.empty()) out << "      (required: " << line.required_by << ")\n";
    }
  }
}

void print_timeline(std::ostream& out, const app::CaseFile& file, TimelineLength length) {
  const std::size_t total = file.timeline.size();
  const std::size_t shown =
      length == TimelineLength::kFull ? total : std::min(total, kTimelineLines);
  heading(out, "TIMELINE (newest first" +
                   (shown < total ? ", " + std::to_string(shown) + " of " + std::to_string(total) +
                                        "; --full shows all"
                                  : std::string()) +
                   ")");
  for (std::size_t index = 0; index < shown; ++index) {
    const auto& event = file.timeline[total - 1 - index];
    out << "  #" << std::left << std::setw(4) << event.seq << std::right << " "
        << format_iso8601(event.occurred_at) << "  " << std::left << std::setw(26) << event.kind
        << std::right << " by " << event.actor << "  " << event.payload << "\n";
  }
  if (shown < total) out << "  ... " << total - shown << " older event(s)\n";
}

}  // namespace

void print_screen_pop(std::ostream& out, const app::ScreenPop& pop, TimelineLength length) {
  const app::CaseFile& file = pop.file;
  out << "Case " << file.collection_case.id.value << " at " << file.client.code << " ("
      << file.client.name << "), " << domain::case_status_name(file.collection_case.status)
      << ", stage " << file.collection_case.stage << ", today " << pop.today.to_string() << "\n";
  print_debtor(out, file);
  print_claims(out, file);
  print_payments(out, file);
  print_agreements(out, app::case_file_to_json(file)["agreements"]);
  print_ladder(out, file);
  print_script(out, pop.script);
  heading(out, "SOLUTIONS");
  out << "  " << pop.solutions_text << "\n";
  print_timeline(out, file, length);
}

}  // namespace duecall::cli
