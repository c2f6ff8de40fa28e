// Base64 (RFC 4648, standard alphabet, with padding), for MIME bodies and RFC 2047
// encoded words in outgoing mail. Encoding only: nothing duecall reads is base64.
#pragma once

#include <string>
#include <string_view>

namespace duecall {

std::string base64_encode(std::string_view bytes);

}  // namespace duecall
