#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "domain/forms/definition.hpp"
#include "domain/forms/value.hpp"

namespace werkpad::domain::forms {

// Lifecycle of one filled-in form:
//
//   draft --Finalise--> final --Sign--> signed        (Sign only when the definition requires it)
//     ^                   |               |
//     +------Reopen-------+-------<-------+            (documented reopen, with a reason)
//
// A final (or signed) response cannot be edited: SaveDraft refuses it. The only way back is
// Reopen, which needs a reason, returns the response to draft and drops the signature (the old
// signature stays in the event list). Reopening a signed form means it must be signed again,
// because the signature covered the old content (handbook ch. 4, form 7: "gelezen en getekend ter
// goedkeuring door de revalidant").
//
// Every function takes the current value and returns the new one; who and when are inputs. The
// caller stores the result (with its own optimistic version) and the field history
// (DiffAnswers). Roles (who may finalise or sign) are decided by the service layer.
enum class ResponseStatus { kDraft, kFinal, kSigned };

// Codes "draft", "final", "signed".
std::string_view ToCode(ResponseStatus s);
std::optional<ResponseStatus> ParseResponseStatus(std::string_view code);

// How a signature was obtained: by the revalidant in the portal (timestamped by the system), or
// on paper, recorded afterwards by staff (the RIC) with the date on the paper.
enum class SignatureMethod { kPortal, kPaper };

// Codes "portal", "paper".
std::string_view ToCode(SignatureMethod m);
std::optional<SignatureMethod> ParseSignatureMethod(std::string_view code);

struct Signature {
  SignatureMethod method = SignatureMethod::kPortal;
  core::UserId recorded_by;  // portal: the revalidant's user; paper: the staff member recording it
  core::Instant recorded_at{};
  core::Date signed_on{};  // paper: the date on the paper; portal: DutchDate(recorded_at)

  friend bool operator==(const Signature&, const Signature&) = default;
};

enum class ResponseEventType { kCreated, kSaved, kFinalised, kSigned, kReopened };

// Codes "created", "saved", "finalised", "signed", "reopened".
std::string_view ToCode(ResponseEventType t);

struct ResponseEvent {
  ResponseEventType type = ResponseEventType::kCreated;
  core::UserId by;
  core::Instant at{};
  std::string reason;                  // kReopened only
  std::optional<Signature> signature;  // kSigned only

  friend bool operator==(const ResponseEvent&, const ResponseEvent&) = default;
};

struct FormResponse {
  std::string form_id;
  std::int64_t form_version = 0;
  ResponseStatus status = ResponseStatus::kDraft;
  Answers answers;
  std::optional<Signature> signature;  // set while status == kSigned
  std::vector<ResponseEvent> events;   // append-only, in time order

  friend bool operator==(const FormResponse&, const FormResponse&) = default;
};

inline constexpr std::size_t kMaxReopenReasonLength = 1000;

// A new, empty draft of `def`.
// Errors: kInvalidInput ("by" required) when `by` is not a valid user id.
core::Result<FormResponse> NewResponse(const FormDefinition& def, core::UserId by,
                                       core::Instant at);

// Replaces the answers of a draft. Draft validation (types and limits) applies.
// Errors: kRuleViolation when the response is not a draft or belongs to another definition;
//         kInvalidInput for answer problems (see ValidateAnswers), "by" required, "at"
//         before_previous (time runs forward).
core::Result<FormResponse> SaveDraft(const FormDefinition& def, const FormResponse& response,
                                     Answers answers, core::UserId by, core::Instant at);

// Makes a draft final: final validation (every enabled required item answered), then answers of
// disabled items and empty answers are removed (FinalAnswers).
// Errors: kRuleViolation when not a draft / other definition; kInvalidInput as for SaveDraft.
core::Result<FormResponse> Finalise(const FormDefinition& def, const FormResponse& response,
                                    core::UserId by, core::Instant at);

// Records the signature on a final response of a definition that requires one.
// Errors: kRuleViolation when the definition needs no signature, the response is not final, or
//         belongs to another definition; kInvalidInput: "signature.recorded_by" required,
//         "signature.signed_on" in_future (after the recording date) / mismatch (portal: must be
//         the recording date), "signature.recorded_at" before_previous.
core::Result<FormResponse> Sign(const FormDefinition& def, const FormResponse& response,
                                Signature signature);

// Returns a final or signed response to draft, dropping the signature.
// Errors: kRuleViolation when it is already a draft / other definition; kInvalidInput: "reason"
//         required or too_long, "by" required, "at" before_previous.
core::Result<FormResponse> Reopen(const FormDefinition& def, const FormResponse& response,
                                  core::UserId by, core::Instant at, std::string reason);

// Final and, when the definition requires it, signed: the response can be used (e.g. form 3
// before decision D2).
bool IsComplete(const FormDefinition& def, const FormResponse& response);

}  // namespace werkpad::domain::forms
