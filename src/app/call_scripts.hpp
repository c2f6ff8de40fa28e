// Use cases for call scripts: save a client's script for a ladder step and language, find
// a stored version, and render one filled for a claim's case.
//
//   - Saving parses and checks the document (domain::CallScript: parts, placeholders),
//     stores its canonical form as the next version and returns it; saving a script equal
//     to the latest version stores nothing and returns that version, so loading the same
//     files twice is harmless.
//   - Step names come from the client's stored strategy: any step of any segment of any
//     version (a case keeps the version it started under), or of the default strategy for
//     a client that has none stored yet.
//   - Rendering reads the case as `case show` does, speaks of what is still open on its
//     claims (placed less payments), takes today's date in the client's time
//     zone, formats money and dates for the script's language with ICU, and adds the
//     mandatory recording notice and disclosures of the debtor's country (the client's when
//     the debtor has none) from compliance/disclosures.hpp.
//
// Unknown clients, steps, versions and claims are kNotFound; a refused document is
// kInvalidArgument with the JSON path of the problem.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ports.hpp"
#include "domain/call_script.hpp"
#include "domain/script_rendering.hpp"

namespace duecall::app {

// The largest script document accepted; a real script is a few kilobytes.
inline constexpr std::size_t kMaxScriptDocumentBytes = 256 * 1024;

struct ScriptKey {
  std::string client_code;
  std::string step;
  std::string language;  // BCP 47, canonical ("sl", "pt-BR")
};

struct SavedScript {
  CallScriptRecord record;
  bool created = false;  // false: the document equals the latest version, nothing stored
};

struct StoredScript {
  domain::Client client;
  CallScriptRecord record;
  domain::CallScript script;
};

// Who is calling, as far as the script says it. Until agency settings and operator logins
// exist, the command line passes these in.
struct Speaker {
  std::string agency_name;
  std::optional<int> recording_retention_months;
  std::string operator_name;
};

struct ScriptForClaim {
  ScriptKey key;
  std::optional<int> version;  // none: the latest
  std::string claim_ref;       // a claim's client_ref; its case fills the script
  Speaker speaker;
};

struct RenderedCallScript {
  StoredScript stored;
  std::string debtor_ref;
  std::string jurisdiction;  // the country whose mandatory texts were added
  domain::RenderedScript rendered;
};

Result<SavedScript> save_call_script(Store& store, const Clock& clock, const ScriptKey& key,
                                     std::string_view document, std::string_view actor);
Result<StoredScript> find_call_script(Store& store, const ScriptKey& key,
                                      std::optional<int> version);
Result<RenderedCallScript> render_call_script_for_claim(Store& store, const Clock& clock,
                                                        const ScriptForClaim& request);
// The latest version of each of the client's scripts, by step and language.
Result<std::vector<StoredScript>> list_call_scripts(Store& store, const std::string& client_code);

// The latest script of `client` for `step` in `language`, read inside the caller's
// transaction; nullopt when there is none.
Result<std::optional<StoredScript>> latest_call_script(StoreTransaction& transaction,
                                                       const domain::Client& client,
                                                       std::string_view step,
                                                       std::string_view language);
// Fills `stored` for a case that the caller has read already, as of `today` in the client's
// time zone. `claims` are spoken of with the balances they carry, so callers pass what is
// still open (CaseFile::claims_as_open).
Result<RenderedCallScript> render_call_script_for_case(StoredScript stored,
                                                       const domain::Debtor& debtor,
                                                       const std::vector<domain::Claim>& claims,
                                                       CivilDate today, const Speaker& speaker);

// The step names a script may be saved for at `client`: every step of every stored version
// of its strategy (cases keep the version they started under), in ladder order.
Result<std::vector<std::string>> scriptable_steps(StoreTransaction& transaction,
                                                  const domain::Client& client);
// The jurisdiction's mandatory texts for a call in `language` to a debtor in `country`,
// ready to render.
Result<std::vector<domain::MandatoryText>> mandatory_texts(std::string_view country,
                                                           std::string_view language);

}  // namespace duecall::app
