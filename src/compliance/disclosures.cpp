#include "compliance/disclosures.hpp"

#include <algorithm>

namespace duecall::compliance {
namespace {

struct DisclosureEntry {
  std::string_view country;
  std::string_view language;
  std::string_view id;
  DisclosureKind kind;
  std::string_view text;
  std::string_view source;
};

using enum DisclosureKind;

// Slovenia. The Information Commissioner asks that a caller be told that the call is
// recorded, why, and how long the recording is kept; whether it may be recorded at all is
// a ZEKom-2 question of consent or legal basis, hence the invitation to object.
constexpr std::string_view kSloveniaRecordingSource =
    "GDPR art. 13 [U]; Informacijski pooblaščenec, opinions 0712-1/2018/764 and "
    "07120-1/2021/424 (recording, its purpose and retention must be announced) [V]; ZEKom-2 "
    "(recording needs consent or a legal basis; confirm with counsel) [V via IP]";

// The United Kingdom: UK GDPR, information at the time personal data are collected.
constexpr std::string_view kUnitedKingdomRecordingSource =
    "UK GDPR art. 13 (controller, purposes, retention, rights at collection) [U]";

// The United States. Several states forbid recording without every party's consent
// (California Penal Code § 632 among them); announcing the recording on every call meets
// the strictest of them wherever the debtor is.
constexpr std::string_view kUnitedStatesRecordingSource =
    "all-party-consent state recording laws, e.g. Cal. Penal Code § 632 [U]";
constexpr std::string_view kMiniMirandaSource =
    "12 CFR 1006.18(e)(1)-(2), FDCPA § 807(11): the first communication says that the "
    "caller is a debt collector attempting to collect a debt and that information obtained "
    "will be used for that purpose; later ones that it is from a debt collector [U]";

// Brazil: the LGPD gives the data subject clear information on purpose, duration and the
// controller's identity.
constexpr std::string_view kBrazilRecordingSource =
    "LGPD (Lei 13.709/2018) art. 9 (purpose, duration, controller's identity) [U]";

constexpr DisclosureEntry kDisclosures[] = {
    {"SI", "sl", "si_recording_notice", kRecordingNotice,
     "Obveščamo vas, da klic snemamo. Posnetek hranimo kot dokaz o dogovorjenem in za "
     "zagotavljanje kakovosti, rok hrambe je {agency.recording_retention}. Upravljavec "
     "osebnih podatkov je {agency.name}. Več o obdelavi osebnih podatkov in o vaših pravicah "
     "vam lahko povem, če želite. Če se s snemanjem ne strinjate, mi to prosim povejte.",
     kSloveniaRecordingSource},
    {"SI", "en", "si_recording_notice", kRecordingNotice,
     "Please note that this call is recorded. We keep the recording as evidence of what we "
     "agree and for quality assurance, for {agency.recording_retention}. The controller of "
     "your personal data is {agency.name}. I can tell you more about how we process your "
     "personal data and about your rights if you wish. If you do not agree to the recording, "
     "please tell me.",
     kSloveniaRecordingSource},
    {"GB", "en", "gb_recording_notice", kRecordingNotice,
     "Please note that this call is recorded. {agency.name} keeps the recording as a record "
     "of what we agree and for training and quality purposes, for "
     "{agency.recording_retention}. I can tell you more about how we use your personal data "
     "and about your rights if you wish.",
     kUnitedKingdomRecordingSource},
    {"US", "en", "us_recording_notice", kRecordingNotice, "This call is being recorded.",
     kUnitedStatesRecordingSource},
    {"US", "en", "us_mini_miranda", kDisclosure,
     "This is {agency.name}. This communication is from a debt collector. This is an attempt "
     "to collect a debt, and any information obtained will be used for that purpose.",
     kMiniMirandaSource},
    {"BR", "pt-BR", "br_recording_notice", kRecordingNotice,
     "Informamos que esta ligação está sendo gravada. A gravação é mantida por "
     "{agency.recording_retention} como registro do que for combinado e para controle de "
     "qualidade. O controlador dos seus dados pessoais é {agency.name}. Se quiser, posso "
     "informar mais sobre o tratamento dos seus dados e sobre os seus direitos.",
     kBrazilRecordingSource},
    {"BR", "en", "br_recording_notice", kRecordingNotice,
     "Please note that this call is recorded. We keep the recording for "
     "{agency.recording_retention} as a record of what we agree and for quality control. The "
     "controller of your personal data is {agency.name}. I can tell you more about how we "
     "process your data and about your rights if you wish.",
     kBrazilRecordingSource},
};

std::string_view jurisdiction_of(std::string_view country) {
  return country.empty() ? std::string_view("SI") : country;
}

}  // namespace

std::vector<std::string> disclosure_languages(std::string_view country) {
  std::vector<std::string> languages;
  for (const auto& entry : kDisclosures) {
    if (entry.country != jurisdiction_of(country)) continue;
    if (std::find(languages.begin(), languages.end(), entry.language) == languages.end()) {
      languages.emplace_back(entry.language);
    }
  }
  return languages;
}

Result<std::vector<Disclosure>> required_disclosures(std::string_view country,
                                                     std::string_view language) {
  std::string_view jurisdiction = jurisdiction_of(country);
  std::vector<std::string> languages = disclosure_languages(jurisdiction);
  if (languages.empty()) {
    return Error::not_found("no required call disclosures for country '" + std::string(country) +
                            "' (known: SI, US, GB, BR)");
  }
  auto texts_in = [&](std::string_view wanted) {
    std::vector<Disclosure> found;
    for (const auto& entry : kDisclosures) {
      if (entry.country != jurisdiction || entry.language != wanted) continue;
      found.push_back(
          {std::string(entry.id), entry.kind, std::string(entry.text), std::string(entry.source)});
    }
    return found;
  };
  std::vector<Disclosure> found = texts_in(language);
  // A regional variant ("en-GB") reads the language's texts ("en") when it has none of its own.
  if (found.empty() && language.find('-') != std::string_view::npos) {
    found = texts_in(language.substr(0, language.find('-')));
  }
  if (found.empty()) {
    std::string known;
    for (const auto& name : languages) known += (known.empty() ? "" : ", ") + name;
    return Error::not_found("no required call disclosures for " + std::string(jurisdiction) +
                            " in language '" + std::string(language) + "' (there are: " + known +
                            "); a call in that language cannot be scripted yet");
  }
  return found;
}

}  // namespace duecall::compliance
