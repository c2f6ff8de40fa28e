// The migration files, embedded at build time (see embed_migrations.cmake).
#pragma once

#include <vector>

#include "adapters/sql/migrations.hpp"

namespace duecall::adapters {

const std::vector<Migration>& embedded_migrations();

}  // namespace duecall::adapters
