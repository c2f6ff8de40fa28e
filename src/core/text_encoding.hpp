// Turning the bytes of an imported file into UTF-8 text, the only encoding the rest of the
// program handles. Creditors send UTF-8, but also windows-1250 (Slovenian banks),
// ISO-8859-2 and windows-1252; any other converter name ICU knows is accepted as well.
//
// Guarantees: the returned text is valid UTF-8 and has no leading byte-order mark. Bytes
// that are not a character in the declared encoding are an error, never a substitution:
// a silently replaced 'č' in a debtor's name or an IBAN is worse than a refused file. For
// the same reason, a single-byte encoding whose byte decodes to a C1 control character
// (U+0080..U+009F) is refused: ICU's tables map the bytes that windows-1250 and
// windows-1252 leave undefined to C1 controls, and a C1 control in an ISO-8859 file almost
// always means the file is really windows-125x (0x9A is 'š' there, a C1 control here).
//
// The UTF-8 path only validates, at memory speed (files run to hundreds of megabytes),
// and hands the caller's buffer back without copying it. Pure: no I/O, no global state.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace duecall {

// Converts `bytes` in `encoding` to UTF-8 and strips a leading byte-order mark.
// `encoding` is matched case-insensitively: "utf-8" / "utf8" (also the empty string),
// "windows-1250" / "cp1250", "iso-8859-2", "windows-1252", or any ICU converter name.
// Returns invalid_argument "unknown encoding 'xyz'" for a name ICU does not know, and
// invalid_argument naming the encoding, the 1-based line and the 0-based byte offset (in
// `bytes`) of the first byte that is not part of a valid character, e.g.
// "the file is not valid UTF-8: invalid byte 0xE8 on line 3 (byte offset 57)".
Result<std::string> to_utf8(std::string bytes, std::string_view encoding = "utf-8");

// Returns true iff `text` is valid UTF-8 without C0 or C1 control characters or DEL: text a
// person could have typed on one line (an identifier, a search term, a date).
bool is_plain_text(std::string_view text);

}  // namespace duecall
