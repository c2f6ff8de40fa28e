// Goal: show that the timeline's hash chain detects every kind of tampering that `audit
// verify` promises to find, and only that: a chain built with chain_event() always verifies,
// and any single edit, deletion, repetition or reordering is reported at the first event it
// breaks.
//
// Method: hand-built chains for each kind of damage, then a RapidCheck property over random
// chains (2 to 20 events, random kinds, actors, payloads and times) with one random mutation,
// whose expected position is known from the kind of mutation.
#include "domain/timeline.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <functional>
#include <vector>

namespace duecall::domain {
namespace {

const CaseId kCase{42};
const Instant kStart = from_unix_micros(1'795'000'000'000'000);  // 2026-11-18

std::vector<TimelineEvent> make_chain(CaseId case_id, int length) {
  std::vector<TimelineEvent> events;
  ChainHead head;
  for (int i = 0; i < length; ++i) {
    auto event = chain_event(head, case_id, i == 0 ? event_kind::kCaseOpened : event_kind::kClaimPlaced,
                             kStart + std::chrono::seconds(i), "import",
                             R"({"n":)" + std::to_string(i) + "}");
    event.id = EventId(100 + i);
    head = {event.seq, event.hash};
    events.push_back(event);
  }
  return events;
}

// Feeds the events in order; returns the index of the first reported one and its reason, or
// -1 when all extend the chain.
struct Verdict {
  int index = -1;
  std::string reason;
};
Verdict verify(CaseId case_id, const std::vector<TimelineEvent>& events) {
  ChainVerifier verifier(case_id);
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (auto broken = verifier.feed(events[i])) return {static_cast<int>(i), *broken};
  }
  return {};
}

// ---------------------------------------------------------------------------------------
// chain_event

TEST(ChainEvent, StartsACaseAtSeqOneLinkedToTheZeroHash) {
  auto event = chain_event(ChainHead{}, kCase, event_kind::kCaseOpened, kStart, "import", "{}");
  EXPECT_EQ(event.seq, 1);
  EXPECT_EQ(event.prev_hash, Sha256Digest{});
  EXPECT_EQ(event.case_id, kCase);
  EXPECT_EQ(event.kind, "case_opened");
  EXPECT_EQ(event.occurred_at, kStart);
  EXPECT_EQ(event.actor, "import");
  EXPECT_EQ(event.payload, "{}");
  EXPECT_FALSE(event.id.valid());
  EXPECT_EQ(event.hash, compute_event_hash(event));
  EXPECT_NE(event.hash, Sha256Digest{});
}

TEST(ChainEvent, FollowsTheHeadItIsGiven) {
  ChainHead head{.seq = 7, .hash = Sha256::of("the seventh event")};
  auto event = chain_event(head, kCase, event_kind::kClaimChanged, kStart, "operator.ana",
                           R"({"principal":{"minor":100}})");
  EXPECT_EQ(event.seq, 8);
  EXPECT_EQ(event.prev_hash, head.hash);
  EXPECT_EQ(event.hash, compute_event_hash(event));
}

TEST(ChainEvent, LinksEachEventToItsPredecessor) {
  auto events = make_chain(kCase, 4);
  for (std::size_t i = 1; i < events.size(); ++i) {
    EXPECT_EQ(events[i].seq, events[i - 1].seq + 1);
    EXPECT_EQ(events[i].prev_hash, events[i - 1].hash);
  }
}

// ---------------------------------------------------------------------------------------
// compute_event_hash

TEST(EventHash, IsTheSameForTheSameContent) {
  auto event = make_chain(kCase, 2)[1];
  TimelineEvent copy = event;
  EXPECT_EQ(compute_event_hash(copy), compute_event_hash(event));
}

TEST(EventHash, IgnoresTheRowIdAndTheStoredHash) {
  auto event = make_chain(kCase, 2)[1];
  TimelineEvent other = event;
  other.id = EventId(999);
  other.hash = Sha256::of("anything");
  EXPECT_EQ(compute_event_hash(other), compute_event_hash(event));
}

TEST(EventHash, ChangesWhenAnyHashedFieldChanges) {
  const auto original = make_chain(kCase, 2)[1];
  const std::vector<std::pair<const char*, std::function<void(TimelineEvent&)>>> edits = {
      {"kind", [](TimelineEvent& e) { e.kind = "debtor_changed"; }},
      {"payload", [](TimelineEvent& e) { e.payload += " "; }},
      {"actor", [](TimelineEvent& e) { e.actor = "system"; }},
      {"occurred_at", [](TimelineEvent& e) { e.occurred_at += std::chrono::microseconds(1); }},
      {"case_id", [](TimelineEvent& e) { e.case_id = CaseId(e.case_id.value + 1); }},
      {"seq", [](TimelineEvent& e) { e.seq += 1; }},
      {"prev_hash", [](TimelineEvent& e) { e.prev_hash[31] ^= 1; }},
  };
  for (const auto& [field, edit] : edits) {
    TimelineEvent edited = original;
    edit(edited);
    EXPECT_NE(compute_event_hash(edited), compute_event_hash(original)) << field;
  }
}

TEST(EventHash, KeepsAdjacentTextFieldsApart) {
  // Moving a character from one text field to the next must not give the same hash.
  TimelineEvent a = make_chain(kCase, 1)[0];
  TimelineEvent b = a;
  a.actor = "ab";
  a.payload = "c";
  b.actor = "a";
  b.payload = "bc";
  EXPECT_NE(compute_event_hash(a), compute_event_hash(b));
}

TEST(EventHash, HashesTheDocumentedLengthPrefixedEncoding) {
  // Stored chains depend on this layout: a tag, the previous hash, then case, seq, kind,
  // time, actor and payload, integers as 8 big-endian bytes and text prefixed by its length.
  TimelineEvent event{.case_id = CaseId(0x0102), .seq = 3, .kind = "k",
                      .occurred_at = from_unix_micros(-1), .actor = "ab", .payload = ""};
  event.prev_hash.fill(0xAA);
  auto be64 = [](std::int64_t value) {
    std::string bytes(8, '\0');
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>(static_cast<std::uint64_t>(value) >> (56 - 8 * i));
    return bytes;
  };
  std::string encoding = "duecall-timeline-v1" + std::string(32, '\xAA') + be64(0x0102) + be64(3) +
                         be64(1) + "k" + be64(-1) + be64(2) + "ab" + be64(0);
  EXPECT_EQ(to_hex(compute_event_hash(event)), to_hex(Sha256::of(encoding)));
}

// ---------------------------------------------------------------------------------------
// ChainVerifier

TEST(ChainVerifier, AcceptsAChainBuiltEventByEvent) {
  auto result = verify(kCase, make_chain(kCase, 6));
  EXPECT_EQ(result.index, -1) << result.reason;
}

TEST(ChainVerifier, AcceptsTheFirstEventOfACaseAlone) {
  EXPECT_EQ(verify(kCase, make_chain(kCase, 1)).index, -1);
}

TEST(ChainVerifier, ReportsAnEditedPayloadAtThatEvent) {
  auto events = make_chain(kCase, 5);
  events[2].payload = R"({"n":2000})";
  auto result = verify(kCase, events);
  EXPECT_EQ(result.index, 2);
  EXPECT_EQ(result.reason, "its content does not match its hash");
}

TEST(ChainVerifier, ReportsAnEditedStoredHashAtThatEvent) {
  auto events = make_chain(kCase, 5);
  events[3].hash[0] ^= 0x80;
  auto result = verify(kCase, events);
  EXPECT_EQ(result.index, 3);
  EXPECT_EQ(result.reason, "its content does not match its hash");
}

TEST(ChainVerifier, ReportsAnEditWhoseHashWasRecomputedAtTheNextEvent) {
  auto events = make_chain(kCase, 5);
  events[1].payload = R"({"n":"forged"})";
  events[1].hash = compute_event_hash(events[1]);
  auto result = verify(kCase, events);
  EXPECT_EQ(result.index, 2);
  EXPECT_EQ(result.reason, "does not link to the hash of its predecessor");
}

TEST(ChainVerifier, ReportsAGapInSeqWhereAnEventWasDeleted) {
  auto events = make_chain(kCase, 5);
  events.erase(events.begin() + 2);
  auto result = verify(kCase, events);
  EXPECT_EQ(result.index, 2);
  EXPECT_EQ(result.reason, "sequence number 4 follows 2");
}

TEST(ChainVerifier, ReportsAChainThatDoesNotStartAtOne) {
  auto events = make_chain(kCase, 3);
  events.erase(events.begin());
  auto result = verify(kCase, events);
  EXPECT_EQ(result.index, 0);
  EXPECT_EQ(result.reason, "sequence number 2 follows 0");
}

TEST(ChainVerifier, ReportsARepeatedSeq) {
  auto events = make_chain(kCase, 4);
  events.insert(events.begin() + 2, events[1]);
  auto result = verify(kCase, events);
  EXPECT_EQ(result.index, 2);
  EXPECT_EQ(result.reason, "sequence number 2 follows 2");
}

TEST(ChainVerifier, ReportsAWrongPrevHash) {
  auto events = make_chain(kCase, 4);
  events[2].prev_hash = events[0].hash;
  events[2].hash = compute_event_hash(events[2]);  // consistent in itself, linked wrongly
  auto result = verify(kCase, events);
  EXPECT_EQ(result.index, 2);
  EXPECT_EQ(result.reason, "does not link to the hash of its predecessor");
}

TEST(ChainVerifier, ReportsSwappedEvents) {
  auto events = make_chain(kCase, 4);
  std::swap(events[1], events[2]);
  auto result = verify(kCase, events);
  EXPECT_EQ(result.index, 1);
  EXPECT_EQ(result.reason, "sequence number 3 follows 1");
}

TEST(ChainVerifier, ReportsAnEventOfAnotherCase) {
  auto events = make_chain(kCase, 3);
  auto foreign = make_chain(CaseId(43), 3);
  events[1] = foreign[1];
  auto result = verify(kCase, events);
  EXPECT_EQ(result.index, 1);
  EXPECT_EQ(result.reason, "belongs to another case");
  // A whole valid chain of case 43 is no chain of case 42.
  EXPECT_EQ(verify(kCase, foreign).index, 0);
}

// ---------------------------------------------------------------------------------------
// Property: one random mutation is found exactly where it breaks the chain.

enum class Mutation {
  kPayload, kKind, kActor, kTime, kStoredHash, kPrevHash, kSeq, kCase, kDelete, kRepeat,
  kSwapWithNext, kRecomputedEdit,
};

RC_GTEST_PROP(ChainVerifierProperties, FindsAnySingleMutationAtTheFirstEventItBreaks, ()) {
  const int length = *rc::gen::inRange(2, 21);
  const CaseId case_id(*rc::gen::inRange<std::int64_t>(1, 1'000'000));
  std::vector<TimelineEvent> events;
  ChainHead head;
  for (int i = 0; i < length; ++i) {
    auto event = chain_event(
        head, case_id,
        *rc::gen::element(event_kind::kCaseOpened, event_kind::kClaimPlaced,
                          event_kind::kClaimChanged, event_kind::kDebtorChanged),
        kStart + std::chrono::microseconds(*rc::gen::inRange<std::int64_t>(0, 1'000'000'000'000)),
        *rc::gen::element<std::string>("import", "system", "operator.ana"),
        *rc::gen::arbitrary<std::string>());
    head = {event.seq, event.hash};
    events.push_back(event);
  }
  RC_ASSERT(verify(case_id, events).index == -1);

  const auto mutation = *rc::gen::element(
      Mutation::kPayload, Mutation::kKind, Mutation::kActor, Mutation::kTime, Mutation::kStoredHash,
      Mutation::kPrevHash, Mutation::kSeq, Mutation::kCase, Mutation::kDelete, Mutation::kRepeat,
      Mutation::kSwapWithNext, Mutation::kRecomputedEdit);
  // Deleting or swapping needs a successor to expose it.
  const int last = mutation == Mutation::kDelete || mutation == Mutation::kSwapWithNext ||
                           mutation == Mutation::kRecomputedEdit
                       ? length - 2
                       : length - 1;
  const int target = *rc::gen::inRange(0, last + 1);
  TimelineEvent& event = events[target];
  int expected = target;
  switch (mutation) {
    case Mutation::kPayload: event.payload += *rc::gen::nonEmpty<std::string>(); break;
    case Mutation::kKind: event.kind += "_edited"; break;
    case Mutation::kActor: event.actor = "x" + event.actor; break;
    case Mutation::kTime:
      event.occurred_at += std::chrono::microseconds(*rc::gen::nonZero<std::int32_t>());
      break;
    case Mutation::kStoredHash:
      event.hash[*rc::gen::inRange(0, 32)] ^= *rc::gen::inRange(1, 256);
      break;
    case Mutation::kPrevHash:
      event.prev_hash[*rc::gen::inRange(0, 32)] ^= *rc::gen::inRange(1, 256);
      break;
    case Mutation::kSeq: event.seq += *rc::gen::nonZero<std::int16_t>(); break;
    case Mutation::kCase: event.case_id = CaseId(case_id.value + *rc::gen::inRange(1, 100)); break;
    case Mutation::kDelete: events.erase(events.begin() + target); break;
    case Mutation::kRepeat:
      events.insert(events.begin() + target + 1, events[target]);
      expected = target + 1;
      break;
    case Mutation::kSwapWithNext: std::swap(events[target], events[target + 1]); break;
    case Mutation::kRecomputedEdit:
      event.payload += "!";
      event.hash = compute_event_hash(event);
      expected = target + 1;
      break;
  }
  auto result = verify(case_id, events);
  RC_ASSERT(result.index == expected);
}

}  // namespace
}  // namespace duecall::domain
