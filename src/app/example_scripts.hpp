// The example call scripts shipped with duecall: Slovenian and English scripts for the
// steps of the default strategy that are calls, compiled in from
// src/app/scripts/<step>.<language>.json (see embed_example_scripts.cmake). `duecall demo`
// saves them for its clients; docs/scripts.md walks through one. A test checks that every
// one parses and renders.
#pragma once

#include <string_view>
#include <vector>

namespace duecall::app {

struct ExampleScript {
  std::string_view step;
  std::string_view language;
  std::string_view document;  // the JSON file's text
};

// In file-name order.
const std::vector<ExampleScript>& example_scripts();

}  // namespace duecall::app
