#include "domain/role.hpp"

#include <array>
#include <string>

namespace duecall::domain {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 5> kRoleNames = {{
    {Role::kOperator, "operator"},
    {Role::kSupervisor, "supervisor"},
    {Role::kAdmin, "admin"},
    {Role::kClient, "client"},
    {Role::kAuditor, "auditor"},
}};

}  // namespace

std::string_view role_name(Role role) {
  for (const auto& [known, name] : kRoleNames) {
    if (known == role) return name;
  }
  return "unknown";
}

Result<Role> parse_role(std::string_view name) {
  for (const auto& [role, known] : kRoleNames) {
    if (known == name) return role;
  }
  return Error::invalid_argument("role '" + std::string(name) +
                                 "' is not one of operator, supervisor, admin, client, auditor");
}

bool role_is_bound_to_client(Role role) {
  return role == Role::kClient;
}

bool role_works_shifts(Role role) {
  return role == Role::kOperator || role == Role::kSupervisor;
}

}  // namespace duecall::domain
