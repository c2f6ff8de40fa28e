// duecall script set --client CODE --step STEP --language LANG FILE
// duecall script show --client CODE --step STEP --language LANG [--version N] [--claim REF]
//                     [--operator NAME] [--agency NAME] [--retention-months N] [--json]
//
// `set` saves FILE (a call script in JSON, see docs/scripts.md) as the next version of the
// client's script for that ladder step and language; saving an unchanged script keeps the
// latest version. `show` prints a version (the latest by default): as written, or with
// --claim filled for that claim's case, with the jurisdiction's mandatory recording notice
// and disclosures. Who is calling comes from --agency, --retention-months and --operator,
// or from DUECALL_AGENCY, DUECALL_RECORDING_RETENTION_MONTHS and DUECALL_OPERATOR, until
// agency settings and operator logins exist; a fact the script needs and nobody gave shows
// as a gap ("[operator.name]") and is named on stderr.
//
// Exit 0 when done; 2 on an unknown client, step, version or claim, a language without
// mandatory texts for the debtor's country, or a script that is refused (the message names
// the JSON path, e.g. an unknown placeholder and the part it is in).
#include <iostream>

#include "app/call_script_json.hpp"
#include "app/call_scripts.hpp"
#include "cli/command_context.hpp"
#include "cli/read_file.hpp"
#include "cli/speaker_options.hpp"

namespace duecall::cli {
namespace {

using nlohmann::ordered_json;

struct ScriptArguments {
  app::ScriptKey key;
  std::string file;
  int version = 0;  // 0: the latest
  std::string claim;
  SpeakerOptions speaker;
  bool json = false;
};

std::string key_text(const app::ScriptKey& key) {
  return key.client_code + "/" + key.step + "/" + key.language;
}

void print_lines(const domain::Passage& lines, const char* indent) {
  for (const auto& line : lines) std::cout << indent << line.source() << "\n";
}

void print_template(const app::StoredScript& stored) {
  const domain::CallScript& script = stored.script;
  std::cout << "Script " << stored.client.code << "/" << stored.record.step << "/"
            << stored.record.language << ", version " << stored.record.version << ", saved "
            << format_iso8601(stored.record.saved_at) << " by " << stored.record.saved_by << "\n";
  if (!script.description.empty()) std::cout << script.description << "\n";
  for (domain::ScriptPart part : domain::kScriptPartsInCallOrder) {
    if (part == domain::ScriptPart::kObjections) {
      if (script.objections.empty()) continue;
      std::cout << "\n" << domain::script_part_title(part) << "\n";
      for (const auto& objection : script.objections) {
        std::cout << "  \"" << objection.objection.source() << "\"\n";
        print_lines(objection.responses, "    - ");
      }
      continue;
    }
    const domain::Passage& lines = script.passage(part);
    if (lines.empty()) continue;
    std::cout << "\n" << domain::script_part_title(part);
    if (part == domain::ScriptPart::kDeadline)
      std::cout << " (" << script.deadline_days << " days)";
    std::cout << "\n";
    print_lines(lines, "  ");
  }
  std::cout << "\nThe recording notice and disclosures the debtor's country requires are added "
               "when the script is shown for a claim (--claim).\n";
}

void print_rendered(const app::RenderedCallScript& filled) {
  const auto& record = filled.stored.record;
  std::cout << "Script " << filled.stored.client.code << "/" << record.step << "/"
            << record.language << ", version " << record.version << ", for debtor "
            << filled.debtor_ref << " (" << filled.jurisdiction << "), deadline "
            << filled.rendered.deadline.to_string() << "\n";
  for (const auto& part : filled.rendered.parts) {
    std::cout << "\n" << domain::script_part_title(part.part) << "\n";
    for (const auto& objection : part.objections) {
      std::cout << "  \"" << objection.objection << "\"\n";
      for (const auto& response : objection.responses) std::cout << "    - " << response << "\n";
    }
    for (const auto& line : part.lines) {
      std::cout << "  " << line.text << "\n";
      if (!line.required_by.empty()) std::cout << "    (required: " << line.required_by << ")\n";
    }
  }
}

ordered_json rendered_json(const app::RenderedCallScript& filled) {
  ordered_json out;
  out["client"] = filled.stored.client.code;
  out["step"] = filled.stored.record.step;
  out["language"] = filled.stored.record.language;
  out["version"] = filled.stored.record.version;
  out["debtor"] = filled.debtor_ref;
  out["jurisdiction"] = filled.jurisdiction;
  ordered_json rendered = domain::rendered_script_to_json(filled.rendered);
  for (auto& [key, value] : rendered.items()) out[key] = std::move(value);
  return out;
}

void warn_about_missing_facts(const std::vector<std::string>& missing) {
  if (missing.empty()) return;
  std::string names;
  for (const auto& name : missing) names += (names.empty() ? "{" : ", {") + name + "}";
  std::cerr << "duecall: no value for " << names
            << "; the script shows a gap there (see --operator, --agency, --retention-months)\n";
}

void add_key_options(CLI::App* command, ScriptArguments& arguments) {
  command->add_option("--client", arguments.key.client_code, "the client's code")->required();
  command->add_option("--step", arguments.key.step, "a step of the client's strategy")->required();
  command->add_option("--language", arguments.key.language, "language tag: sl, en, pt-BR ...")
      ->required();
}

}  // namespace

void add_script_commands(CLI::App& app, CommandContext& context) {
  auto* script =
      app.add_subcommand("script", "what operators say on a call, per step and language");
  script->require_subcommand(1);
  auto arguments = std::make_shared<ScriptArguments>();

  auto* set = script->add_subcommand("set", "save a call script as the next version");
  add_key_options(set, *arguments);
  set->add_option("FILE", arguments->file, "the script in JSON (see docs/scripts.md)")->required();
  on_run(set, context, [&context, arguments]() -> Result<int> {
    std::string document = TRY(read_whole_file(arguments->file));
    auto store = TRY(context.open_store());
    auto saved =
        app::save_call_script(*store, context.clock(), arguments->key, document, kCommandLineActor);
    if (!saved.ok()) {
      Error error = std::move(saved).error();
      if (error.code == ErrorCode::kInvalidArgument)
        error.message = arguments->file + ": " + error.message;
      return error;
    }
    std::cout << "script " << key_text(arguments->key) << ": "
              << (saved->created ? "saved as version " : "unchanged, still version ")
              << saved->record.version << "\n";
    return kExitOk;
  });

  auto* show = script->add_subcommand("show", "print a script, or fill it for a claim");
  add_key_options(show, *arguments);
  show->add_option("--version", arguments->version, "a stored version (default: the latest)")
      ->check(CLI::PositiveNumber);
  show->add_option("--claim", arguments->claim,
                   "a claim's client_ref: fill the script for its case");
  add_speaker_options(show, arguments->speaker);
  show->add_flag("--json", arguments->json, "print JSON");
  on_run(show, context, [&context, arguments]() -> Result<int> {
    std::optional<int> version;
    if (arguments->version > 0) version = arguments->version;
    auto store = TRY(context.open_store());
    if (arguments->claim.empty()) {
      auto stored = TRY(app::find_call_script(*store, arguments->key, version));
      if (arguments->json) {
        std::cout << app::call_script_json(stored).dump(2) << "\n";
      } else {
        print_template(stored);
      }
      return kExitOk;
    }
    app::ScriptForClaim request{.key = arguments->key,
                                .version = version,
                                .claim_ref = arguments->claim,
                                .speaker = TRY(speaker_of(arguments->speaker))};
    auto filled = TRY(app::render_call_script_for_claim(*store, context.clock(), request));
    if (arguments->json) {
      std::cout << rendered_json(filled).dump(2) << "\n";
    } else {
      print_rendered(filled);
    }
    warn_about_missing_facts(filled.rendered.missing_facts);
    return kExitOk;
  });
}

}  // namespace duecall::cli
