# Turns the script files named in SCRIPTS (<step>.<language>.json, joined by '|') into a C++
# source that returns them as a table, so the binary carries its example scripts.
string(REPLACE "|" ";" SCRIPTS "${SCRIPTS}")
set(body "")
foreach(path IN LISTS SCRIPTS)
  get_filename_component(file_name ${path} NAME)
  if(NOT file_name MATCHES "^([a-z0-9_]+)\\.([A-Za-z-]+)\\.json$")
    message(FATAL_ERROR "${path}: example scripts are named <step>.<language>.json")
  endif()
  set(step ${CMAKE_MATCH_1})
  set(language ${CMAKE_MATCH_2})
  file(READ ${path} document)
  string(APPEND body
    "      {\"${step}\", \"${language}\", R\"duecall_script(${document})duecall_script\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "// Generated from app/scripts/*.json by embed_example_scripts.cmake.
#include \"app/example_scripts.hpp\"

namespace duecall::app {

const std::vector<ExampleScript>& example_scripts() {
  static const std::vector<ExampleScript> scripts = {
${body}  };
  return scripts;
}

}  // namespace duecall::app
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
