#include "app/contact_check.hpp"

#include "app/compliance_overrides.hpp"
#include "app/debtor_reach.hpp"
#include "compliance/gate.hpp"
#include "core/check.hpp"

namespace duecall::app {

Result<compliance::ContactRequest> build_contact_request(StoreTransaction& transaction,
                                                         const CaseTarget& target,
                                                         compliance::Channel channel, Instant at) {
  DC_VERIFY(target.claim.has_value(), "contact is checked about one claim");
  const domain::Debtor& debtor = target.debtor;
  compliance::ContactRequest request;
  request.channel = channel;
  request.at = at;
  request.to = TRY(contact_address(debtor, channel));
  request.country = debtor.country.empty() ? target.client.country : debtor.country;
  request.region = TRY(contact_region(debtor, request.country));
  // The number whose region suggests a zone: the one contacted, or for e-mail and letters
  // the debtor's first valid phone.
  std::optional<std::string> phone;
  if (compliance::reaches_a_phone_number(channel)) {
    phone = request.to;
    request.number_kind = number_kind_of(debtor, request.to);
    request.number_on_dnc = TRY(transaction.find_do_not_call(request.to)).has_value();
  } else if (auto first = contact_address(debtor, compliance::Channel::call); first.ok()) {
    phone = *first;
  }
  request.candidate_zones = candidate_zones(
      debtor, request.country, phone ? std::optional<std::string_view>(*phone) : std::nullopt);
  ClaimId claim = target.claim->id;
  for (const auto& hold : TRY(transaction.holds_of_case(target.case_id))) {
    if (hold.covers(claim)) request.holds.push_back(hold.to_hold());
  }
  for (const auto& contact :
       TRY(transaction.contacts_of_case(target.case_id, at - kContactHistoryLookback))) {
    if (!contact.claim_id || *contact.claim_id == claim) {
      request.history.push_back(contact.to_past_contact());
    }
  }
  return request;
}

Result<ContactCheck> check_contact(Store& store, const Clock& clock,
                                   const ContactCheckInput& input) {
  Instant at = input.at.value_or(clock.now());
  auto transaction = TRY(store.begin());
  CaseTarget target = TRY(resolve_case_target(
      *transaction,
      {.client_code = input.client_code, .scope = TargetScope::kClaim, .ref = input.claim_ref}));
  auto request = TRY(build_contact_request(*transaction, target, input.channel, at));
  TRY(transaction->commit());
  auto overrides = TRY(compliance_overrides_of(target.client));
  auto decision = TRY(compliance::decide(request, overrides));
  return ContactCheck{std::move(request), std::move(decision)};
}

}  // namespace duecall::app
