# Turns the SQL files named in MIGRATIONS into a C++ source that returns them as a table,
# so the binary carries its schema and needs no files at run time.
string(REPLACE "|" ";" MIGRATIONS "${MIGRATIONS}")
set(body "")
foreach(path IN LISTS MIGRATIONS)
  get_filename_component(file_name ${path} NAME_WE)
  string(REGEX MATCH "^([0-9]+)_(.*)$" _ ${file_name})
  set(version ${CMAKE_MATCH_1})
  math(EXPR version "${version} + 0")
  set(name ${CMAKE_MATCH_2})
  file(READ ${path} sql)
  string(APPEND body "    {${version}, \"${name}\", R\"duecall_sql(${sql})duecall_sql\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "// Generated from adapters/sql/migrations/*.sql by embed_migrations.cmake.
#include \"adapters/sql/embedded_migrations.hpp\"

namespace duecall::adapters {

const std::vector<Migration>& embedded_migrations() {
  static const std::vector<Migration> migrations = {
${body}  };
  return migrations;
}

}  // namespace duecall::adapters
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
