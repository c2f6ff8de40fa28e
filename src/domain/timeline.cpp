#include "domain/timeline.hpp"

#include <cstring>

namespace duecall::domain {
namespace {

// A fixed, length-prefixed encoding: no field can bleed into the next, and the layout never
// depends on a JSON library's formatting.
void put_int(Sha256& hasher, std::int64_t value) {
  unsigned char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(value >> (56 - 8 * i));
  hasher.update(std::string_view(reinterpret_cast<const char*>(bytes), 8));
}

void put_text(Sha256& hasher, std::string_view text) {
  put_int(hasher, static_cast<std::int64_t>(text.size()));
  hasher.update(text);
}

}  // namespace

Sha256Digest compute_event_hash(const TimelineEvent& event) {
  // One digest context per thread, reset by finish(): creating an OpenSSL context per event
  // costs more than hashing the event.
  thread_local Sha256 hasher;
  hasher.update(std::string_view("duecall-timeline-v1"));
  hasher.update(event.prev_hash);
  put_int(hasher, event.case_id.value);
  put_int(hasher, event.seq);
  put_text(hasher, event.kind);
  put_int(hasher, to_unix_micros(event.occurred_at));
  put_text(hasher, event.actor);
  put_text(hasher, event.payload);
  return hasher.finish();
}

TimelineEvent chain_event(const ChainHead& head, CaseId case_id, std::string_view kind,
                          Instant occurred_at, std::string actor, std::string payload) {
  TimelineEvent event{.case_id = case_id,
                      .seq = head.seq + 1,
                      .kind = std::string(kind),
                      .occurred_at = occurred_at,
                      .actor = std::move(actor),
                      .payload = std::move(payload),
                      .prev_hash = head.hash};
  event.hash = compute_event_hash(event);
  return event;
}

std::optional<std::string> ChainVerifier::feed(const TimelineEvent& event) {
  if (event.case_id != case_id_) return "belongs to another case";
  if (event.seq != head_.seq + 1) {
    return "sequence number " + std::to_string(event.seq) + " follows " +
           std::to_string(head_.seq);
  }
  if (event.prev_hash != head_.hash) return "does not link to the hash of its predecessor";
  if (compute_event_hash(event) != event.hash) return "its content does not match its hash";
  head_ = {event.seq, event.hash};
  return std::nullopt;
}

}  // namespace duecall::domain
