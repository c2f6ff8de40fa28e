// The ISO 20022 half of bank_statement.hpp: camt.053 (BkToCstmrStmt/Stmt/Ntry) and camt.054
// (BkToCstmrDbtCdtNtfctn/Ntfctn/Ntry), any schema version: elements are matched by local
// name, so the namespace's version number does not matter. Parsed with libxml2 without
// network access and without entity substitution, so a statement cannot make us fetch or
// expand anything.
//
// Per <Ntry>: only CdtDbtInd = CRDT counts; the entry reference is NtryRef, else the
// entry's AcctSvcrRef, else the first transaction's Refs/AcctSvcrRef; the amount is Amt
// with its Ccy, read as an exact decimal; the remittance text joins every transaction's
// structured creditor references (Strd/CdtrRefInf/Ref) and unstructured lines (Ustrd).
// An entry that batches several transactions is one payment.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>

#include "app/bank_statement.hpp"
#include "core/decimal.hpp"

namespace duecall::app {
namespace {

struct DocumentDeleter {
  void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};

bool named(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE &&
         std::string_view(reinterpret_cast<const char*>(node->name)) == name;
}

const xmlNode* child(const xmlNode* node, std::string_view name) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (named(c, name)) return c;
  }
  return nullptr;
}

// Follows a path of child names ("BookgDt/Dt" as {"BookgDt", "Dt"}).
const xmlNode* descend(const xmlNode* node, std::initializer_list<std::string_view> path) {
  for (std::string_view name : path) node = child(node, name);
  return node;
}

std::string text_of(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(content));
  xmlFree(content);
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string attribute_of(const xmlNode* node, const char* name) {
  if (node == nullptr) return {};
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

// A booking or value date: <Dt>YYYY-MM-DD</Dt> or <DtTm>YYYY-MM-DDThh:mm:ss...</DtTm>.
Result<CivilDate> date_of(const xmlNode* holder, std::string_view what) {
  std::string text = text_of(child(holder, "Dt"));
  if (text.empty()) text = text_of(child(holder, "DtTm")).substr(0, 10);
  auto date = CivilDate::parse_iso(text);
  if (!date.ok()) return Error::invalid_argument(std::string(what) + ": not a date");
  return *date;
}

void append_word(std::string& text, std::string_view word) {
  if (word.empty()) return;
  if (!text.empty()) text += ' ';
  text += word;
}

// Remittance text, debtor name and IBAN from the entry's transaction details.
void read_details(const xmlNode* entry, domain::Payment& payment) {
  for (const xmlNode* details = entry->children; details != nullptr; details = details->next) {
    if (!named(details, "NtryDtls")) continue;
    for (const xmlNode* tx = details->children; tx != nullptr; tx = tx->next) {
      if (!named(tx, "TxDtls")) continue;
      const xmlNode* remittance = child(tx, "RmtInf");
      for (const xmlNode* r = remittance ? remittance->children : nullptr; r; r = r->next) {
        if (named(r, "Strd"))
          append_word(payment.remittance, text_of(descend(r, {"CdtrRefInf", "Ref"})));
      }
      for (const xmlNode* r = remittance ? remittance->children : nullptr; r; r = r->next) {
        if (named(r, "Ustrd")) append_word(payment.remittance, text_of(r));
      }
      const xmlNode* parties = child(tx, "RltdPties");
      if (payment.debtor_name.empty()) {
        // camt versions up to 07 put the name in Dbtr/Nm, later ones in Dbtr/Pty/Nm.
        std::string name = text_of(descend(parties, {"Dbtr", "Nm"}));
        if (name.empty()) name = text_of(descend(parties, {"Dbtr", "Pty", "Nm"}));
        payment.debtor_name = name;
      }
      if (payment.debtor_iban.empty()) {
        payment.debtor_iban = text_of(descend(parties, {"DbtrAcct", "Id", "IBAN"}));
      }
    }
  }
}

std::string entry_reference_of(const xmlNode* entry) {
  std::string reference = text_of(child(entry, "NtryRef"));
  if (reference.empty()) reference = text_of(child(entry, "AcctSvcrRef"));
  if (reference.empty()) {
    for (const xmlNode* details = entry->children; details; details = details->next) {
      if (!named(details, "NtryDtls")) continue;
      for (const xmlNode* tx = details->children; tx && reference.empty(); tx = tx->next) {
        if (named(tx, "TxDtls")) reference = text_of(descend(tx, {"Refs", "AcctSvcrRef"}));
      }
    }
  }
  return reference;
}

Result<domain::Payment> payment_of(const xmlNode* entry) {
  std::string reference = entry_reference_of(entry);
  if (reference.empty()) return Error::invalid_argument("the entry has no NtryRef or AcctSvcrRef");
  const xmlNode* amount_node = child(entry, "Amt");
  auto currency = Currency::parse(attribute_of(amount_node, "Ccy"));
  if (!currency.ok()) return Error::invalid_argument("Amt: no ISO 4217 currency in Ccy");
  auto minor = parse_decimal(text_of(amount_node), currency->minor_digits());
  if (!minor.ok()) return Error::invalid_argument("Amt: " + minor.error().message);
  if (*minor <= 0) return Error::invalid_argument("Amt: must be positive");
  CivilDate booked = TRY(date_of(child(entry, "BookgDt"), "BookgDt"));
  CivilDate value = booked;
  if (const xmlNode* value_node = child(entry, "ValDt")) value = TRY(date_of(value_node, "ValDt"));
  domain::Payment payment{.entry_reference = reference,
                          .booking_date = booked,
                          .value_date = value,
                          .amount = Money(*minor, *currency),
                          .debtor_name = {},
                          .debtor_iban = {},
                          .remittance = {}};
  read_details(entry, payment);
  return payment;
}

}  // namespace

Result<BankStatement> read_camt(std::string_view bytes, StatementFormat format) {
  const char* message =
      format == StatementFormat::kCamt053 ? "BkToCstmrStmt" : "BkToCstmrDbtCdtNtfctn";
  const char* report = format == StatementFormat::kCamt053 ? "Stmt" : "Ntfctn";
  std::unique_ptr<xmlDoc, DocumentDeleter> document(
      xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "statement.xml", nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!document) return Error::invalid_argument("not well-formed XML");
  const xmlNode* root = xmlDocGetRootElement(document.get());
  const xmlNode* body = root && named(root, "Document") ? child(root, message) : nullptr;
  if (body == nullptr) {
    return Error::invalid_argument(std::string("not a ") +
                                   std::string(statement_format_name(format)) +
                                   " document (no Document/" + message + ")");
  }
  BankStatement statement;
  for (const xmlNode* part = body->children; part != nullptr; part = part->next) {
    if (!named(part, report)) continue;
    for (const xmlNode* entry = part->children; entry != nullptr; entry = entry->next) {
      if (!named(entry, "Ntry")) continue;
      auto line = static_cast<std::size_t>(xmlGetLineNo(entry));
      std::string indicator = text_of(child(entry, "CdtDbtInd"));
      if (indicator == "DBIT") {
        ++statement.debits_skipped;
        continue;
      }
      if (indicator != "CRDT") {
        statement.rejects.push_back({line, "CdtDbtInd: neither CRDT nor DBIT"});
        continue;
      }
      auto payment = payment_of(entry);
      if (!payment.ok()) {
        statement.rejects.push_back({line, payment.error().message});
      } else {
        statement.credits.push_back(std::move(*payment));
      }
    }
  }
  return statement;
}

}  // namespace duecall::app
